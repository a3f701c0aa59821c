import type { JsonObject } from "../state/json";
import type { SimState } from "../state/state";

/** An event a policy server judged spammy, with what policyserv's audit webhook would say about it. */
export interface FlaggedEvent {
  eventId: string;
  roomId: string;
  sender: string;
  type: string;
  originServerTs: number;
  content: JsonObject;
  /** Filter name -> [class, harm ids...], as in policyserv's `FilterResponses`. */
  filterResponses: Record<string, string[]>;
  /** false: a local send the policy server refused, so Synapse never stored it (only the webhook knows). */
  stored: boolean;
}

export interface Login {
  mxid: string;
  password: string;
  admin: boolean;
}

/** What every scenario generator hands back. */
export interface Built {
  state: SimState;
  adminUserId: string;
  logins: Login[];
  flagged: FlaggedEvent[];
}

export const DAY = 24 * 60 * 60 * 1000;
export const HOUR = 60 * 60 * 1000;
export const MINUTE = 60 * 1000;
