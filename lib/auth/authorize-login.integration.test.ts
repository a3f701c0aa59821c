import { describe, expect, it } from "vitest";

import { addReviewer } from "@/lib/reviewers/add-reviewer";
import { deactivateReviewer } from "@/lib/reviewers/deactivate-reviewer";
import { testDb } from "@/tests/integration/per-file-database";

import { authorizeLogin, type HomeserverVerdict } from "./authorize-login";

const actor = { kind: "system", name: "test" } as const;
const PASSWORDS: Record<string, string> = { "@rita:hs.test": "right", "@otto:hs.test": "right", "@dora:hs.test": "right", "@pia:hs.test": "right" };

/** Stands in for the homeserver's /login (the real one is exercised in the end-to-end tests). */
function homeserver() {
  const calls: string[] = [];
  const verify = async (userId: string, password: string): Promise<HomeserverVerdict> => {
    calls.push(userId);
    return PASSWORDS[userId] === password ? { ok: true, userId } : { ok: false, reason: "invalid_credentials" };
  };
  return { calls, verify };
}

function attempt(username: string, password: string, verify: ReturnType<typeof homeserver>["verify"], ip = "192.0.2.1") {
  return authorizeLogin(testDb(), {
    username,
    password,
    serverName: "hs.test",
    context: { ipAddress: ip, userAgent: "vitest" },
    policy: { attempts: 3, windowMinutes: 15 },
    verifyPassword: verify,
  });
}

describe("reviewer sign-in", () => {
  it("signs in a reviewer on the roster, by localpart or full id, and audits it", async () => {
    await addReviewer(testDb(), { mxid: "@rita:hs.test", role: "MODERATOR" }, actor);
    const hs = homeserver();
    const byLocalpart = await attempt("Rita", "right", hs.verify);
    expect(byLocalpart).toMatchObject({ ok: true, reviewer: { mxid: "@rita:hs.test" } });
    expect(await attempt("@rita:hs.test", "right", hs.verify)).toMatchObject({ ok: true });
    expect(hs.calls).toEqual(["@rita:hs.test", "@rita:hs.test"]);

    const reviewer = await testDb().reviewer.findUniqueOrThrow({ where: { mxid: "@rita:hs.test" } });
    expect(reviewer.lastSignInAt).not.toBeNull();
    const event = await testDb().auditEvent.findFirstOrThrow({ where: { type: "REVIEWER_SIGNED_IN" } });
    expect(event).toMatchObject({ actorId: reviewer.id, ipAddress: "192.0.2.1", userAgent: "vitest" });
  });

  it("refuses a wrong password, an account not on the roster, and a removed reviewer", async () => {
    const hs = homeserver();
    expect(await attempt("rita", "wrong", hs.verify)).toMatchObject({ ok: false, reason: "invalid_credentials" });
    expect(await attempt("otto", "right", hs.verify)).toMatchObject({ ok: false, reason: "not_on_roster" });
    await addReviewer(testDb(), { mxid: "@dora:hs.test", role: "TRIAGE" }, actor);
    await deactivateReviewer(testDb(), "@dora:hs.test", actor);
    expect(await attempt("dora", "right", hs.verify, "192.0.2.9")).toMatchObject({ ok: false, reason: "deactivated" });
    const failures = await testDb().auditEvent.findMany({ where: { type: "REVIEWER_SIGN_IN_FAILED" } });
    expect(failures.map((f) => (f.data as { reason: string }).reason)).toEqual([
      "invalid_credentials",
      "not_on_roster",
      "deactivated",
    ]);
  });

  it("stops asking the homeserver after too many failures for one username", async () => {
    await addReviewer(testDb(), { mxid: "@pia:hs.test", role: "TRIAGE" }, actor);
    const hs = homeserver();
    for (let i = 0; i < 3; i++) {
      expect(await attempt("pia", `guess-${i}`, hs.verify, `198.51.100.${i}`)).toMatchObject({ reason: "invalid_credentials" });
    }
    const limited = await attempt("pia", "right", hs.verify, "198.51.100.99");
    expect(limited).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(limited.ok || limited.retryAfterMinutes).toBeGreaterThan(0);
    expect(hs.calls).toHaveLength(3);
    // Another reviewer from a fresh address is not affected.
    expect(await attempt("rita", "right", hs.verify, "203.0.113.5")).toMatchObject({ ok: true });
  });

  it("rejects malformed usernames without asking the homeserver", async () => {
    const hs = homeserver();
    for (const username of ["", "@nocolon", "bad name", "x".repeat(400), "@a:b:c:d"]) {
      expect(await attempt(username, "right", hs.verify, "203.0.113.77")).toMatchObject({ ok: false });
    }
    expect(hs.calls).toEqual([]);
  });
});
