/**
 * Seed rows for decision and enforcement tests: reviewers per role, and an open case about a subject. Unique keys
 * per call so tests in one file do not collide.
 */
import { randomBytes } from "node:crypto";

import type { Db } from "@/lib/db/client";
import type { ReviewerRole, SubjectKind } from "@/lib/generated/prisma/enums";

export const uid = () => randomBytes(5).toString("hex");

export async function makeReviewer(db: Db, role: ReviewerRole, options: { childSafety?: boolean } = {}) {
  return db.reviewer.create({
    data: { mxid: `@${role.toLowerCase()}-${uid()}:example.org`, role, childSafety: options.childSafety ?? false },
  });
}

export async function makeCase(
  db: Db,
  subject: { kind: SubjectKind; key: string; isLocal: boolean; server?: string; senderMxid?: string },
  options: { childSafety?: boolean; status?: "OPEN" | "ON_HOLD" | "ESCALATED" } = {},
) {
  const row = await db.subject.upsert({
    where: { kind_key: { kind: subject.kind, key: subject.key } },
    create: { ...subject, server: subject.server ?? null, senderMxid: subject.senderMxid ?? null },
    update: {},
  });
  return db.case.create({
    data: { subjectId: row.id, status: options.status ?? "OPEN", childSafety: options.childSafety ?? false },
  });
}

export const SOR =
  "You posted messages that offered fraudulent investment schemes, which breaks our rule against scams. " +
  "This decision was made by a person. You can appeal through the link in this notice.";

export const FRAUD = "org.matrix.msc4456.spam.fraud";
