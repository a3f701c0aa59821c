/** Shapes shared by the intake sources, the case writer and the worker. */
import type { SignalSource, SubjectKind } from "@/lib/generated/prisma/enums";

export type SubjectRef = {
  kind: SubjectKind;
  /** The Matrix identifier: @user:server, !room:server, $event. */
  key: string;
  /** For events: where it was sent and by whom, when known. */
  roomId?: string | null;
  senderMxid?: string | null;
};

/** One input ready to be stored: already cleaned (sanitize.ts) and bounded. */
export type IncomingSignal = {
  source: SignalSource;
  sourceId: string;
  subject: SubjectRef;
  reporterMxid: string | null;
  reason: string | null;
  score: number | null;
  harmIds: string[];
  occurredAt: Date;
  /** The source record verbatim (cleaned only of what PostgreSQL cannot store). */
  raw: unknown;
};

export type SourceSummary = { fetched: number; new: number; duplicates: number; errors: number };

export const emptySummary = (): SourceSummary => ({ fetched: 0, new: 0, duplicates: 0, errors: 0 });

export type AttachResult = {
  /** Signals stored by this call (not seen before). */
  inserted: { signalId: string; sourceId: string; caseId: string }[];
  duplicates: number;
  casesOpened: string[];
  casesUpdated: string[];
};

export const INTAKE_ACTOR = { kind: "system", name: "intake" } as const;
