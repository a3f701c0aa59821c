"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

import type { ClaimedCase } from "@/lib/cases/claim-schemas";
import { postJson } from "@/lib/query/hooks/post-json";

import { type ClaimProblem, toProblem } from "./use-claim-actions";

const MAX_INTERVAL_MS = 5 * 60_000;
const MIN_INTERVAL_MS = 20_000;
/** Coming back to the tab renews only if the last renewal is older than this (no burst on quick tab switches). */
const VISIBLE_AGAIN_AFTER_MS = 60_000;

/**
 * Keeps the reviewer's claim alive while the case page is open: every five minutes (sooner when the claim timeout
 * is short) and when the tab becomes visible again, with `renewOnly`, which never takes the case. A renewal that
 * fails with 409 means the claim lapsed and someone else holds the case now: that becomes a problem to show, and
 * renewing stops until the page is reloaded.
 */
export function useClaimRenewal({
  caseId,
  active,
  expiresAt,
  onLost,
}: {
  caseId: string;
  active: boolean;
  expiresAt: string | null;
  onLost: (problem: ClaimProblem) => void;
}) {
  const router = useRouter();
  const [renewedAt, setRenewedAt] = useState<number | null>(null);
  const lastRenewal = useRef(0);
  const lost = useRef(onLost);
  const expiry = useRef(expiresAt);
  useEffect(() => {
    lost.current = onLost;
    expiry.current = expiresAt;
  });

  useEffect(() => {
    if (!active) return;
    let stopped = false;
    // Fixed when the claim starts: the remaining time then is about the server's claim timeout.
    const interval = intervalFor(expiry.current);
    lastRenewal.current = Date.now();
    async function renew() {
      if (stopped) return;
      lastRenewal.current = Date.now();
      try {
        await postJson<ClaimedCase>(`/api/v1/cases/${encodeURIComponent(caseId)}/claim`, { renewOnly: true });
        if (stopped) return;
        setRenewedAt(Date.now());
        // The renewal moved the case's updatedAt: re-render so the next release/hold/escalate sends the new one.
        router.refresh();
      } catch (error) {
        if (stopped) return;
        const problem = toProblem(error);
        if (problem.stale) stopped = true;
        lost.current(problem);
      }
    }
    const timer = setInterval(() => void renew(), interval);
    const onVisibility = () => {
      if (document.visibilityState === "visible" && Date.now() - lastRenewal.current > VISIBLE_AGAIN_AFTER_MS) void renew();
    };
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [active, caseId, router]);

  return { renewedAt };
}

function intervalFor(expiresAt: string | null): number {
  const remaining = expiresAt ? Date.parse(expiresAt) - Date.now() : MAX_INTERVAL_MS * 3;
  return Math.min(MAX_INTERVAL_MS, Math.max(MIN_INTERVAL_MS, Math.floor(remaining / 3)));
}
