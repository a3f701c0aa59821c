/**
 * A single intake pass in its own process, for the crash test (run-intake-pass.kill.integration.test.ts), which
 * SIGKILLs it at random points. Arguments: <databaseUrl> <synapseUrl> <adminToken> <serverName>.
 */
import { createPrismaClient } from "@/lib/db/client";
import { createSynapse } from "@/lib/synapse";

import { runIntakePass } from "../run-intake-pass";

const [databaseUrl, baseUrl, accessToken, serverName] = process.argv.slice(2);
if (!databaseUrl || !baseUrl || !accessToken || !serverName)
  throw new Error("usage: pass-child <db> <url> <token> <server>");
const db = createPrismaClient(databaseUrl);
const synapse = createSynapse({ baseUrl, accessToken, timeoutMs: 5_000 });
await runIntakePass({
  db,
  synapse,
  serverName,
  sources: ["EVENT_REPORT", "USER_REPORT"],
  pageSize: 50,
  enrichLimit: 0,
});
await db.$disconnect();
