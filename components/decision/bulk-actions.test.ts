import { describe, expect, it } from "vitest";

import { bulkActionChoices, type BulkForm, buildBulkBody } from "./bulk-actions";

const lead = [
  "case.decide",
  "case.bulk_decide",
  "user.suspend",
  "user.redact",
  "media.quarantine",
  "room.block",
];
const sender = { kind: "sender" as const, userId: "@spam:example.org", local: true };
const form = (patch: Partial<BulkForm>): BulkForm => ({
  policy: "",
  actions: [],
  statement: "",
  notifyUser: true,
  notifyReporters: false,
  ...patch,
});
const statement = "These messages were unsolicited advertising sent to many rooms.";

describe("bulk decision rules", () => {
  it("offers actions only with one shared target, within the role, and local-only ones for local senders", () => {
    expect(bulkActionChoices(null, lead)).toEqual([]);
    expect(bulkActionChoices(sender, lead).map((a) => a.kind)).toEqual([
      "SUSPEND_USER",
      "REDACT_USER_EVENTS",
      "QUARANTINE_USER_MEDIA",
    ]);
    expect(bulkActionChoices({ ...sender, local: false }, lead).map((a) => a.kind)).toEqual([
      "REDACT_USER_EVENTS",
    ]);
  });

  it("builds one decision for the ticked cases", () => {
    const r = buildBulkBody(
      ["a", "b"],
      sender,
      form({ policy: "org.matrix.msc4456.spam", actions: ["SUSPEND_USER"], statement }),
      lead,
    );
    expect(r.ok && r.body).toEqual({
      selection: { caseIds: ["a", "b"] },
      decision: {
        outcome: "VIOLATION",
        policyId: "org.matrix.msc4456.spam",
        actions: [{ kind: "SUSPEND_USER", userId: "@spam:example.org" }],
        statementOfReasons: statement,
        notifyUser: true,
        notifyReporters: false,
      },
    });
  });

  it("refuses actions with No violation, a missing policy and a too-short statement", () => {
    const r = buildBulkBody(
      ["a"],
      sender,
      form({ policy: "none", actions: ["SUSPEND_USER"], statement }),
      lead,
    );
    expect(!r.ok && r.problems).toEqual(["A “No violation” decision cannot take actions."]);
    const empty = buildBulkBody([], null, form({}), lead);
    expect(!empty.ok && empty.problems.length).toBe(3);
    const dismiss = buildBulkBody(["a"], null, form({ policy: "none", statement }), lead);
    expect(dismiss.ok && dismiss.body.decision).toMatchObject({
      outcome: "NO_VIOLATION",
      actions: [],
      notifyUser: false,
    });
  });
});
