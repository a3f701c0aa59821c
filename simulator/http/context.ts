import type { IncomingHttpHeaders } from "node:http";

import type { SimState } from "../state/state";
import type { Reply } from "./respond";
import type { CachedReply } from "./txn";

/** Server settings handlers read (the parts of homeserver.yaml the simulator imitates). */
export interface ServerSettings {
  serverName: string;
  /** `registration_shared_secret`, for `/_synapse/admin/v1/register`. */
  registrationSharedSecret: string;
  /** Serve the room-report admin API of the unmerged PR #19648 (released Synapse answers M_UNRECOGNIZED). */
  roomReportsApi: boolean;
  /** Synapse sleeps 1-10 s before answering a shadow-banned sender, "to annoy the requester". */
  shadowBanDelayMs: readonly [number, number];
  serverVersion: string;
  /**
   * The database Synapse is imagined on. SQLite returns some boolean columns as 0/1 (media `authenticated`,
   * `safe_from_quarantine`, quarantine `quarantined`; see lib/synapse/__fixtures__/peer) and compares LIKE
   * case-insensitively; PostgreSQL returns real booleans.
   */
  database: "sqlite" | "postgres";
}

/** State that lives beside the stores but belongs to the HTTP surface (transaction ids, registration nonces). */
export interface Runtime {
  state: SimState;
  settings: ServerSettings;
  /** `HttpTransactionCache`: (path, access token) -> the first response, so retried PUTs are idempotent. */
  txnCache: Map<string, CachedReply>;
  /** Shared-secret registration nonces -> issue time (ms); valid for 60 s. */
  nonces: Map<string, number>;
  /** A delay that ends early (resolving false) when the request is aborted or the simulator stops. */
  sleep(ms: number, signal: AbortSignal): Promise<boolean>;
}

export interface Ctx {
  rt: Runtime;
  method: string;
  /** The raw (percent-encoded) path, which Synapse's route regexes match. */
  path: string;
  query: URLSearchParams;
  /** Path groups, percent-decoded. */
  params: Record<string, string>;
  headers: IncomingHttpHeaders;
  rawHeaders: string[];
  body: Buffer;
  ip: string;
  /** Aborted when the client goes away, so long polls and delays stop holding resources. */
  signal: AbortSignal;
}

export type Handler = (ctx: Ctx) => Reply | Promise<Reply>;
