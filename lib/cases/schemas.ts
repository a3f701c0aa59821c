import { z } from "zod";

export const CASE_STATUSES = ["OPEN", "ON_HOLD", "ESCALATED", "DECIDED", "APPEALED", "APPEAL_DECIDED", "CLOSED"] as const;
export const OPEN_STATUSES = ["OPEN", "ON_HOLD", "ESCALATED"] as const;

export const SIGNAL_SOURCES = [
  "EVENT_REPORT",
  "USER_REPORT",
  "ROOM_REPORT",
  "POLICY_SERVER_WEBHOOK",
  "POLICY_SERVER_SOFT_FAIL",
  "KEYWORD_SCAN",
  "HASH_MATCH",
  "MANUAL",
] as const;
export const SUBJECT_KINDS = ["USER", "ROOM", "EVENT", "MEDIA", "SERVER"] as const;

/** Queue orders. Each has a matching index (see the init migration) so keyset pages stay cheap at any depth. */
export const QUEUE_SORTS = ["priority", "oldest", "newest"] as const;
/** "Older than" age filters, in hours. */
export const AGE_FILTER_HOURS = { "24h": 24, "72h": 72, "7d": 168 } as const;

/** A top-level MSC4456 harm category id, e.g. org.matrix.msc4456.spam (or "none": no suggested harm yet). */
const ZHarmCategory = z.union([z.literal("none"), z.string().regex(/^org\.matrix\.msc4456\.[a-z_]{1,40}$/)]);

export const ZListCasesQuery = z.object({
  /** One status, "open" (the default: open, on hold, escalated) or "all" (any status, e.g. for a subject search). */
  status: z.enum([...CASE_STATUSES, "open", "all"]).default("open"),
  sort: z.enum(QUEUE_SORTS).default("priority"),
  /** Cases with at least one signal from this source. */
  source: z.enum(SIGNAL_SOURCES).optional(),
  harm: ZHarmCategory.optional(),
  kind: z.enum(SUBJECT_KINDS).optional(),
  origin: z.enum(["local", "remote"]).optional(),
  /** A room id: the room itself, or events sent in it. */
  room: z.string().trim().regex(/^!\S{1,300}$/, "must be a room id (!room:server)").optional(),
  /** Only cases the caller holds a live claim on. */
  mine: z
    .union([z.boolean(), z.enum(["1", "true", "0", "false"])])
    .transform((v) => v === true || v === "1" || v === "true")
    .optional(),
  /** Only cases opened longer ago than this. */
  age: z.enum(Object.keys(AGE_FILTER_HOURS) as [keyof typeof AGE_FILTER_HOURS]).optional(),
  /** An exact Matrix identifier (@user, !room, $event, mxc://): cases about it, or about events from/in it. */
  subject: z.string().trim().min(2).max(1000).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Opaque cursor from the previous page's `nextCursor`. */
  cursor: z.string().max(400).optional(),
});
export type TListCasesQuery = z.input<typeof ZListCasesQuery>;
export type ListCasesQuery = z.output<typeof ZListCasesQuery>;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export type CaseListItem = {
  id: string;
  number: number;
  status: (typeof CASE_STATUSES)[number];
  priority: number;
  severity: number;
  subject: { kind: string; key: string; isLocal: boolean };
  source: string | null;
  suggestedPolicyId: string | null;
  signalCount: number;
  reporterCount: number;
  openedAt: string;
  lastSignalAt: string;
  /** Only while the claim is live. `id` lets the UI say "you" without another request. */
  claimedBy: { id: string; mxid: string; displayName: string | null } | null;
  claimExpiresAt: string | null;
  childSafety: boolean;
  /** For optimistic concurrency on hold/escalate/release (send back as `expectedUpdatedAt`). */
  updatedAt: string;
};

export type CaseListPage = { items: CaseListItem[]; nextCursor: string | null };

/** Open-case counts per filter value, for the queue's filter menus (GET /api/v1/cases/counts). */
export type QueueCounts = {
  total: number;
  status: Record<string, number>;
  kind: Record<string, number>;
  origin: { local: number; remote: number };
  harm: Record<string, number>;
  source: Record<string, number>;
  age: Record<keyof typeof AGE_FILTER_HOURS, number>;
  mine: number;
  unclaimed: number;
};
