import { describe, expect, it } from "vitest";

import { buildDecisionBody, type FormState, initialState, NO_VIOLATION, notifyUser, statementText } from "./form-state";
import type { ActionChoice, DecisionFormSetup } from "./types";

const user = "@mallory:example.org";
const room = "!garden:example.org";
const choice = (kind: ActionChoice["kind"], target: string, extra: Partial<ActionChoice> = {}): ActionChoice => ({
  key: `${kind} ${target}`,
  kind,
  group: "account",
  label: kind,
  target,
  restricts: !kind.startsWith("UN"),
  typedConfirmation: kind === "DEACTIVATE_USER" || kind === "DELETE_ROOM",
  unavailable: null,
  ...extra,
});

const setup: DecisionFormSetup = {
  caseId: "c1",
  caseNumber: 7,
  caseStatus: "OPEN",
  subjectUser: { userId: user, local: true },
  roomId: room,
  mediaCount: 0,
  choices: [
    choice("SUSPEND_USER", user),
    choice("UNSUSPEND_USER", user),
    choice("DEACTIVATE_USER", user),
    choice("REDACT_USER_EVENTS", user),
    choice("LOCK_USER", user, { unavailable: "remote" }),
  ],
  policyGroups: [],
  suggestedPolicyId: null,
  canDecideViolation: true,
  appealUrl: "https://console.example.org/appeal?case=7",
  detectedAutomatically: false,
};
const state = (patch: Partial<FormState>): FormState => ({ ...initialState(setup), ...patch });
const facts = "Sent insults to three members of the garden room.";

describe("decision form rules", () => {
  it("asks for a policy, the facts and the typed confirmation before sending", () => {
    const empty = buildDecisionBody(setup, state({}), null);
    expect(!empty.ok && empty.problems).toContain("Choose the policy broken, or No violation.");
    const r = buildDecisionBody(setup, state({ policy: "org.matrix.msc4456.spam", selected: [`DEACTIVATE_USER ${user}`] }), "Spam");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.join(" ")).toContain(`Type ${user} to confirm`);
      expect(r.problems.join(" ")).toContain("{facts}");
    }
  });

  it("builds the body: policy, actions with their parameters, the rendered statement, notify on for local users", () => {
    const s = state({
      policy: "org.matrix.msc4456.harassment.targeted",
      selected: [`SUSPEND_USER ${user}`, `REDACT_USER_EVENTS ${user}`, `DEACTIVATE_USER ${user}`, `LOCK_USER ${user}`],
      confirmations: { [`DEACTIVATE_USER ${user}`]: ` ${user} ` },
      erase: true,
      facts,
    });
    const r = buildDecisionBody(setup, s, "Targeted harassment");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.body.outcome).toBe("VIOLATION");
    expect(r.body.policyId).toBe("org.matrix.msc4456.harassment.targeted");
    expect(r.body.notifyUser).toBe(true);
    // LOCK_USER is unavailable: never sent even if it was ticked.
    expect(r.body.actions.map((a) => a.kind)).toEqual(["SUSPEND_USER", "DEACTIVATE_USER", "REDACT_USER_EVENTS"]);
    expect(r.body.actions).toContainEqual({ kind: "DEACTIVATE_USER", userId: user, erase: true });
    expect(r.body.actions).toContainEqual(expect.objectContaining({ kind: "REDACT_USER_EVENTS", rooms: [room] }));
    expect(r.body.statementOfReasons).toContain(facts);
    expect(r.body.statementOfReasons).toContain("Targeted harassment");
    expect(r.body.statementOfReasons).toContain(setup.appealUrl);
  });

  it("a no-violation decision cannot restrict, and does not notify by default", () => {
    const r = buildDecisionBody(setup, state({ policy: NO_VIOLATION, selected: [`SUSPEND_USER ${user}`], facts }), null);
    expect(r.ok).toBe(false);
    const ok = buildDecisionBody(setup, state({ policy: NO_VIOLATION, selected: [`UNSUSPEND_USER ${user}`], facts }), null);
    expect(ok.ok && ok.body.outcome).toBe("NO_VIOLATION");
    expect(ok.ok && ok.body.policyId).toBeUndefined();
    expect(notifyUser(setup, state({ policy: NO_VIOLATION }))).toBe(false);
  });

  it("never notifies a remote user, whatever the checkbox said", () => {
    const remote = { ...setup, subjectUser: { userId: "@x:elsewhere.example", local: false } };
    expect(notifyUser(remote, state({ policy: "org.matrix.msc4456.spam", notifyOverride: true }))).toBe(false);
  });

  it("keeps the reviewer's own edit of the statement instead of the template", () => {
    const s = state({ policy: "org.matrix.msc4456.spam", facts, statementOverride: "My own words for this user, long enough." });
    expect(statementText(setup, s, "Spam")).toBe("My own words for this user, long enough.");
  });

  it("rejects a redaction window that ends before it starts", () => {
    const s = state({ policy: "org.matrix.msc4456.spam", facts, selected: [`REDACT_USER_EVENTS ${user}`], redactSince: "2026-05-02T10:00", redactUntil: "2026-05-01T10:00" });
    const r = buildDecisionBody(setup, s, "Spam");
    expect(!r.ok && r.problems).toContain("The redaction window starts after it ends.");
  });
});
