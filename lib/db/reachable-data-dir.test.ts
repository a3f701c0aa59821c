import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { reachableDataDir } from "./embedded-postgres";

const created: string[] = [];
afterAll(async () => {
  for (const dir of created) await rm(dir, { recursive: true, force: true });
});

async function folder(mode: number): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "console-pgdir-"));
  created.push(dir);
  const { chmod } = await import("node:fs/promises");
  await chmod(dir, mode);
  return dir;
}

describe("where the embedded PostgreSQL keeps its data", () => {
  it("uses the requested folder when the postgres user can reach it", async () => {
    const open = await folder(0o755);
    expect(await reachableDataDir(path.join(open, "postgres"))).toBe(path.join(open, "postgres"));
  });

  it("moves out of a private folder when running as root, to the same place every time", async () => {
    const closed = await folder(0o700);
    const requested = path.join(closed, "data", "postgres");
    const chosen = await reachableDataDir(requested);
    if (process.getuid?.() === 0) {
      expect(chosen.startsWith("/var/lib/matrix-safety-console/postgres/")).toBe(true);
      expect(path.basename(chosen)).toBe("postgres");
      expect(await reachableDataDir(requested)).toBe(chosen);
    } else {
      // Not root: PostgreSQL runs as this user, who can reach their own folders.
      expect(chosen).toBe(requested);
    }
  });
});
