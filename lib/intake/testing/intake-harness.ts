/**
 * Test helpers for intake integration tests: a simulator plus a Synapse client pointed at it, and a count of what
 * the simulator holds, so tests can assert "every report exactly once".
 */
import { startSimulator, type SimulatorHandle, type SimulatorOptions } from "@/simulator/server";
import { createSynapse, type Synapse } from "@/lib/synapse";

export type Harness = {
  sim: SimulatorHandle;
  synapse: Synapse;
  adminGet: (path: string) => Promise<Record<string, unknown>>;
};

export async function startHarness(options: SimulatorOptions = {}): Promise<Harness> {
  const sim = await startSimulator({
    port: 0,
    shadowBanDelayMs: [0, 0],
    jobDelayMs: 20,
    now: Date.UTC(2026, 10, 1),
    ...options,
  });
  // Short timeouts and quick retries: fault-injection tests inject hangs on purpose.
  const synapse = createSynapse({
    baseUrl: sim.url,
    accessToken: sim.adminToken,
    timeoutMs: 2_000,
    maxRetries: 3,
    retryBaseDelayMs: 5,
    maxRetryDelayMs: 50,
  });
  const adminGet = async (path: string) => {
    const res = await fetch(`${sim.url}${path}`, { headers: { authorization: `Bearer ${sim.adminToken}` } });
    return (await res.json()) as Record<string, unknown>;
  };
  return { sim, synapse, adminGet };
}

/** Every report id the simulator lists for `kind` (event_reports / user_reports), read with large pages. */
export async function allReportIds(h: Harness, kind: "event_reports" | "user_reports"): Promise<string[]> {
  const ids: string[] = [];
  for (let from = 0; ;) {
    const page = await h.adminGet(`/_synapse/admin/v1/${kind}?from=${from}&limit=1000&dir=f`);
    const rows = (page[kind] as { id: number }[] | undefined) ?? [];
    ids.push(...rows.map((r) => String(r.id)));
    if (typeof page.next_token !== "number") return ids.sort();
    from = page.next_token;
  }
}

export async function deleteEventReport(h: Harness, id: number | string): Promise<void> {
  await fetch(`${h.sim.url}/_synapse/admin/v1/event_reports/${id}`, {
    method: "DELETE",
    headers: { authorization: `Bearer ${h.sim.adminToken}` },
  });
}
