/**
 * Benchmark (not a test): how long the Synapse client takes to page through N event reports on the simulator,
 * and the process's peak memory while doing it.
 *
 *   npx tsx scripts/bench/client-paging.ts [--reports 100000] [--page 1000]
 *
 * The simulator runs in a child process so its memory is not counted as the client's.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";

import { createSynapse } from "@/lib/synapse/synapse";

function arg(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

async function startSimulatorProcess(reports: number): Promise<{ url: string; token: string; child: ChildProcess }> {
  const child = spawn("node_modules/.bin/tsx", ["simulator/main.ts", "--port", "0", "--scale", String(reports), "--admin-token", "bench-admin-token"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  // Keep reading its output for its whole life: a closed pipe would kill it with EPIPE.
  let output = "";
  child.stdout.setEncoding("utf8");
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (chunk: string) => {
      output += chunk;
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once("exit", () => reject(new Error(`The simulator exited before printing its URL:\n${output}`)));
  });
  return { url, token: "bench-admin-token", child };
}

async function main() {
  const reports = arg("reports", 100_000);
  const pageSize = arg("page", 1000);
  const { url, token, child } = await startSimulatorProcess(reports);
  try {
    const synapse = createSynapse({ baseUrl: url, accessToken: token, timeoutMs: 30_000 });
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
    const started = performance.now();
    let count = 0;
    for await (const report of synapse.reports.eventReports({ limit: pageSize, dir: "b" })) {
      if (report.id >= 0) count++;
    }
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    console.log(
      JSON.stringify({
        reports: count,
        pageSize,
        seconds: Number(seconds.toFixed(2)),
        reportsPerSecond: Math.round(count / seconds),
        clientPeakRssMiB: Math.round(peakRss / 2 ** 20),
      }),
    );
  } finally {
    child.kill("SIGTERM");
    await once(child, "exit");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
