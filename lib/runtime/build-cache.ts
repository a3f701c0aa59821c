/**
 * Builds the web app only when it is missing or its sources changed since the last build, so `npm start` is fast
 * after the first run and never serves a stale build after a pull.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "public", "proxy.ts", "next.config.ts", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];
const STAMP = path.join(".next", "console-build-fingerprint");

async function fingerprint(): Promise<string> {
  const hash = createHash("sha256");
  const walk = async (entry: string): Promise<void> => {
    const info = await stat(entry).catch(() => null);
    if (!info) return;
    if (info.isDirectory()) {
      if (entry.endsWith(`${path.sep}generated`) || entry.includes("__fixtures__")) return;
      for (const child of (await readdir(entry)).sort()) await walk(path.join(entry, child));
    } else {
      hash.update(`${entry}\0${info.size}\0${info.mtimeMs}\n`);
    }
  };
  for (const source of SOURCES) await walk(source);
  return hash.digest("hex");
}

export async function ensureBuild(childEnv: NodeJS.ProcessEnv): Promise<void> {
  const current = await fingerprint();
  const previous = await readFile(STAMP, "utf8").catch(() => "");
  const hasBuild = await stat(path.join(".next", "BUILD_ID")).then(() => true, () => false);
  if (hasBuild && previous === current) return;
  console.log(hasBuild ? "Sources changed since the last build: rebuilding…" : "Building the console (first run, about a minute)…");
  await new Promise<void>((resolve, reject) => {
    const build = spawn("node_modules/.bin/next", ["build"], { stdio: "inherit", env: { ...childEnv, NODE_ENV: "production" } });
    build.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code})`))));
  });
  await writeFile(STAMP, current);
}
