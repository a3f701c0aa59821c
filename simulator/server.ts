import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { controlHandlers } from "./handlers/control";
import type { Runtime, ServerSettings } from "./http/context";
import { createDispatcher } from "./http/dispatch";
import { FaultInjector, type FaultConfig } from "./http/faults";
import { buildRouter } from "./routes";
import { buildScenario, type Scenario } from "./scenario/build";
import type { FlaggedEvent } from "./scenario/types";
import { newAccessToken } from "./state/ids";

export type { FaultConfig } from "./http/faults";
export type { Scenario } from "./scenario/build";

/** The shared secret used when none is given (documented so contract tests can register users through it). */
export const DEFAULT_REGISTRATION_SHARED_SECRET = "simulator-registration-shared-secret";

export interface SimulatorOptions {
  /** 0 = any free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default "localhost", like the test peer. */
  serverName?: string;
  scenario?: Scenario;
  seed?: number;
  faults?: FaultConfig;
  /** The admin's access token; random when omitted. */
  adminToken?: string;
  /** Serve the room-report admin API proposed in element-hq/synapse#19648. Default false, like released Synapse. */
  roomReportsApi?: boolean;
  registrationSharedSecret?: string;
  /** How long redactions and room deletions stay `active` (default 300 ms). */
  jobDelayMs?: number;
  /** Synapse delays a shadow-banned sender 1-10 s; tests may shrink it. */
  shadowBanDelayMs?: readonly [number, number];
  /** LIKE semantics of the imitated database: "sqlite" (default, as the test peer) ignores ASCII case. */
  database?: "sqlite" | "postgres";
  /** Anchor for generated timestamps (default: now). Fixed in tests for reproducible scenarios. */
  now?: number;
  /** The server's clock for runtime timestamps (default Date.now); tests move it to skip Synapse's 5 s batching. */
  clock?: () => number;
}

export interface SimulatorHandle {
  url: string;
  serverName: string;
  adminToken: string;
  users: { mxid: string; password: string; admin: boolean }[];
  setFaults(f: FaultConfig): void;
  stop(): Promise<void>;
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<SimulatorHandle> {
  return (await launchSimulator(options)).handle;
}

/** startSimulator plus what the CLI needs besides the handle (the scenario's policy-server-flagged events). */
export async function launchSimulator(
  options: SimulatorOptions = {},
): Promise<{ handle: SimulatorHandle; flagged: FlaggedEvent[] }> {
  const serverName = options.serverName ?? "localhost";
  const seed = options.seed ?? 1;
  const built = await buildScenario({
    scenario: options.scenario ?? "empty",
    seed,
    serverName,
    now: options.now ?? Date.now(),
    likeCaseInsensitive: (options.database ?? "sqlite") === "sqlite",
    jobDelayMs: options.jobDelayMs ?? 300,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const state = built.state;
  const adminToken = options.adminToken ?? newAccessToken("admin");
  state.users.openSession(built.adminUserId, "SIMULATOR_ADMIN", state.now(), adminToken);

  const stopping = new AbortController();
  const settings: ServerSettings = {
    serverName,
    registrationSharedSecret: options.registrationSharedSecret ?? DEFAULT_REGISTRATION_SHARED_SECRET,
    roomReportsApi: options.roomReportsApi ?? false,
    shadowBanDelayMs: options.shadowBanDelayMs ?? [1000, 10_000],
    serverVersion: "1.160.0",
    database: options.database ?? "sqlite",
  };
  const runtime: Runtime = {
    state,
    settings,
    txnCache: new Map(),
    nonces: new Map(),
    sleep: (ms, signal) =>
      new Promise((resolve) => {
        const finish = (completed: boolean) => {
          clearTimeout(timer);
          signal.removeEventListener("abort", onAbort);
          stopping.signal.removeEventListener("abort", onAbort);
          resolve(completed);
        };
        const onAbort = () => finish(false);
        const timer = setTimeout(() => finish(true), ms);
        signal.addEventListener("abort", onAbort, { once: true });
        stopping.signal.addEventListener("abort", onAbort, { once: true });
      }),
  };

  const faults = new FaultInjector(seed, options.faults ?? {});
  const router = buildRouter({
    roomReportsApi: settings.roomReportsApi,
    control: controlHandlers({ get: () => faults.current, set: (f) => faults.set(f) }),
  });
  const dispatcher = createDispatcher(runtime, router, faults);
  const server: Server = createServer(dispatcher.listener);
  // Synapse keeps connections alive; a short timeout keeps stop() quick for clients that linger.
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;

  let stopped: Promise<void> | null = null;
  const handle: SimulatorHandle = {
    url: `http://${host}:${address.port}`,
    serverName,
    adminToken,
    users: built.logins,
    setFaults: (f) => faults.set(f),
    stop: () => {
      stopped ??= new Promise<void>((resolve) => {
        stopping.abort();
        state.stop();
        for (const res of dispatcher.parked) res.destroy();
        dispatcher.parked.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return stopped;
    },
  };
  return { handle, flagged: built.flagged };
}
