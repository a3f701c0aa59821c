import { randomBytes } from "node:crypto";

import type { Db } from "@/lib/db/client";

const uniq = () => randomBytes(5).toString("hex");

/** A case about a user account, as intake writes one for a user report: subject USER, case OPEN, one signal. */
export async function seedUserCase(
  db: Db,
  options: { userId: string; serverName: string; roomId?: string | null; reason: string },
): Promise<{ caseId: string; number: number }> {
  const { userId, serverName, reason } = options;
  const subject = await db.subject.create({
    data: {
      kind: "USER",
      key: userId,
      isLocal: userId.endsWith(`:${serverName}`),
      server: userId.slice(userId.indexOf(":") + 1),
      roomId: options.roomId ?? null,
    },
  });
  const created = await db.case.create({
    data: { subjectId: subject.id, status: "OPEN", signalCount: 1, reporterCount: 1, priority: 50 },
  });
  await db.signal.create({
    data: {
      source: "USER_REPORT",
      sourceId: `e2e-${uniq()}`,
      subjectId: subject.id,
      caseId: created.id,
      reporterMxid: `@reporter_${uniq()}:${serverName}`,
      reason,
      occurredAt: new Date(Date.now() - 60_000),
      raw: { reason },
    },
  });
  return { caseId: created.id, number: created.number };
}
