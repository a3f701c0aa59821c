/**
 * Demo mode: with no homeserver configured, the console starts its built-in simulated Synapse with a believable
 * scenario and puts the demo accounts on the roster, so a newcomer sees a populated console at once.
 */
import { addReviewer } from "@/lib/reviewers/add-reviewer";
import type { Db } from "@/lib/db/client";
import { DEMO_ACCOUNTS } from "@/simulator/scenario/demo-accounts";

export type DemoHomeserver = { url: string; serverName: string; adminToken: string; stop(): Promise<void> };

export async function startDemoHomeserver(db: Db, port: number): Promise<DemoHomeserver> {
  // Loaded only in demo mode: a production console never carries the simulator.
  const { startSimulator } = await import("@/simulator/server");
  // The demo serves the room-reports admin API proposed in Synapse PR #19648, so room reports show up too.
  const simulator = await startSimulator({ port, scenario: "demo", seed: 1, roomReportsApi: true });
  for (const account of DEMO_ACCOUNTS) {
    const mxid = `@${account.username}:${simulator.serverName}`;
    const existing = await db.reviewer.findUnique({ where: { mxid } });
    // Keep whatever an admin changed on a demo account since; only add the missing ones.
    if (!existing) {
      await addReviewer(db, { mxid, role: account.reviewerRole, childSafety: account.childSafety }, { kind: "system", name: "demo" });
    }
  }
  return simulator;
}
