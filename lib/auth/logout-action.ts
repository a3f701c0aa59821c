"use server";

import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";

import { signOut } from "./auth";
import { getCurrentReviewer } from "./session";

export async function logoutAction(): Promise<void> {
  const reviewer = await getCurrentReviewer();
  if (reviewer) {
    await db().$transaction((tx) =>
      recordAuditEvent(tx, {
        type: "REVIEWER_SIGNED_OUT",
        actor: { kind: "reviewer", id: reviewer.id, mxid: reviewer.mxid },
        target: { type: "reviewer", id: reviewer.id },
        data: {},
      }),
    );
  }
  await signOut({ redirectTo: "/login" });
}
