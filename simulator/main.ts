/**
 * CLI: `npm run simulator -- --port 8448 --scenario demo --seed 1 --error-rate 0.1 ...`
 * Starts the simulator, prints where it listens, the admin token and the demo logins, optionally posts the scenario's
 * policy-server verdicts to a webhook, and runs until interrupted.
 */
import { parseArgs } from "node:util";

import type { FaultConfig, FaultKind } from "./http/faults";
import { sendPolicyservWebhook } from "./policyserv-webhook";
import type { Scenario } from "./scenario/build";
import { launchSimulator, type SimulatorOptions } from "./server";

const USAGE = `Usage: npm run simulator -- [options]

  --port <n>                 port to listen on (default 8448; 0 = any free port)
  --host <addr>              address to bind (default 127.0.0.1)
  --server-name <name>       Matrix server name (default localhost)
  --scenario <s>             empty | demo | hostile | scale:<N> (default demo)
  --scale <N>                shorthand for --scenario scale:<N>
  --seed <n>                 PRNG seed for the scenario and faults (default 1)
  --admin-token <t>          use this admin access token instead of a random one
  --room-reports-api         serve the proposed room-report admin API (Synapse PR #19648)
  --database <d>             sqlite (default, as the test peer) | postgres
  --job-delay-ms <n>         how long redactions/room deletions stay active (default 300)
  --shared-secret <s>        registration_shared_secret for /_synapse/admin/v1/register
  --webhook-url <url>        POST policyserv-style notifications for the scenario's flagged events
Faults (admin API only unless --fault-scope all; change at runtime with POST /_simulator/faults):
  --error-rate <0..1>        5xx responses
  --rate-limit-rate <0..1>   429 M_LIMIT_EXCEEDED   (--retry-after-ms <n>, default 2000)
  --latency-ms <n>           added latency           (--jitter-ms <n> of uniform jitter)
  --timeout-rate <0..1>      accept and never answer
  --malformed-rate <0..1>    truncated / invalid JSON bodies
  --every-nth <n>            fail every Nth call     (--every-nth-kind error|rateLimit|timeout|malformed)
  --fault-scope <s>          admin (default) | all
`;

function num(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new Error(`--${name} must be a number, got '${raw}'`);
  return n;
}

function parseScenario(raw: string): Scenario {
  if (raw === "empty" || raw === "demo" || raw === "hostile") return raw;
  const m = /^scale:(\d+)$/.exec(raw);
  if (m) return { scale: Number(m[1]) };
  throw new Error(`--scenario must be empty, demo, hostile or scale:<N>, got '${raw}'`);
}

function parse(argv: string[]): { options: SimulatorOptions; webhookUrl?: string } {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      "server-name": { type: "string" },
      scenario: { type: "string" },
      scale: { type: "string" },
      seed: { type: "string" },
      "admin-token": { type: "string" },
      "room-reports-api": { type: "boolean" },
      database: { type: "string" },
      "job-delay-ms": { type: "string" },
      "shared-secret": { type: "string" },
      "webhook-url": { type: "string" },
      "error-rate": { type: "string" },
      "rate-limit-rate": { type: "string" },
      "retry-after-ms": { type: "string" },
      "latency-ms": { type: "string" },
      "jitter-ms": { type: "string" },
      "timeout-rate": { type: "string" },
      "malformed-rate": { type: "string" },
      "every-nth": { type: "string" },
      "every-nth-kind": { type: "string" },
      "fault-scope": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const faults: FaultConfig = {};
  const setFault = <K extends keyof FaultConfig>(key: K, value: FaultConfig[K] | undefined) => {
    if (value !== undefined) faults[key] = value;
  };
  setFault("errorRate", num("error-rate", values["error-rate"]));
  setFault("rateLimitRate", num("rate-limit-rate", values["rate-limit-rate"]));
  setFault("retryAfterMs", num("retry-after-ms", values["retry-after-ms"]));
  setFault("latencyMs", num("latency-ms", values["latency-ms"]));
  setFault("jitterMs", num("jitter-ms", values["jitter-ms"]));
  setFault("timeoutRate", num("timeout-rate", values["timeout-rate"]));
  setFault("malformedRate", num("malformed-rate", values["malformed-rate"]));
  setFault("everyNth", num("every-nth", values["every-nth"]));
  setFault("everyNthKind", values["every-nth-kind"] as FaultKind | undefined);
  setFault("scope", values["fault-scope"] as FaultConfig["scope"]);
  const database = values.database;
  if (database !== undefined && database !== "sqlite" && database !== "postgres")
    throw new Error("--database must be sqlite or postgres");
  const scale = num("scale", values.scale);
  const options: SimulatorOptions = {
    port: num("port", values.port) ?? 8448,
    scenario: scale !== undefined ? { scale } : parseScenario(values.scenario ?? "demo"),
    seed: num("seed", values.seed) ?? 1,
    faults,
    roomReportsApi: values["room-reports-api"] ?? false,
    ...(values.host !== undefined ? { host: values.host } : {}),
    ...(values["server-name"] !== undefined ? { serverName: values["server-name"] } : {}),
    ...(values["admin-token"] !== undefined ? { adminToken: values["admin-token"] } : {}),
    ...(database !== undefined ? { database } : {}),
    ...(values["job-delay-ms"] !== undefined
      ? { jobDelayMs: num("job-delay-ms", values["job-delay-ms"]) ?? 300 }
      : {}),
    ...(values["shared-secret"] !== undefined ? { registrationSharedSecret: values["shared-secret"] } : {}),
  };
  return { options, ...(values["webhook-url"] !== undefined ? { webhookUrl: values["webhook-url"] } : {}) };
}

async function main(): Promise<void> {
  const { options, webhookUrl } = parse(process.argv.slice(2));
  const { handle, flagged } = await launchSimulator(options);
  const out = (line = "") => process.stdout.write(`${line}\n`);
  out(`Synapse simulator listening on ${handle.url} (server name ${handle.serverName})`);
  out(`Admin access token: ${handle.adminToken}`);
  out("Logins (password login at /_matrix/client/v3/login):");
  for (const u of handle.users)
    out(`  ${u.mxid.padEnd(32)} ${u.password}${u.admin ? "   (server admin)" : ""}`);
  if (options.faults && Object.keys(options.faults).length > 0)
    out(`Faults: ${JSON.stringify(options.faults)}`);

  if (webhookUrl) {
    let ok = 0;
    for (const ev of flagged) {
      const status = await sendPolicyservWebhook(webhookUrl, ev).catch((err: unknown) => {
        out(`  webhook for ${ev.eventId} failed: ${err instanceof Error ? err.message : String(err)}`);
        return 0;
      });
      if (status >= 200 && status < 300) ok += 1;
    }
    out(`Sent ${ok}/${flagged.length} policyserv notifications to ${webhookUrl}`);
  }

  const shutdown = () => {
    out("Stopping…");
    void handle.stop().then(() => process.exit(0));
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

main().catch((err: unknown) => {
  process.stderr.write(`simulator: ${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
  process.exit(1);
});
