import { z } from "zod";

export const CASE_STATUSES = ["OPEN", "ON_HOLD", "ESCALATED", "DECIDED", "APPEALED", "APPEAL_DECIDED", "CLOSED"] as const;
export const OPEN_STATUSES = ["OPEN", "ON_HOLD", "ESCALATED"] as const;

export const ZListCasesQuery = z.object({
  /** One status, or "open" (the default: open, on hold, escalated). */
  status: z.enum([...CASE_STATUSES, "open"]).default("open"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Opaque cursor from the previous page's `nextCursor`. */
  cursor: z.string().max(200).optional(),
});
export type TListCasesQuery = z.input<typeof ZListCasesQuery>;

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
  claimedBy: { mxid: string; displayName: string | null } | null;
  claimExpiresAt: string | null;
  childSafety: boolean;
};

export type CaseListPage = { items: CaseListItem[]; nextCursor: string | null };
