"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";

import type { BlastRadius } from "@/lib/blast-radius/types";
import type { TEnforcementActionInput } from "@/lib/enforcement/action-schemas";
import { fetchJson } from "@/lib/query/fetch-json";

import { hasDestructive } from "./blast-radius-text";
import { decisionKeys } from "./decision-keys";

/** Long enough that ticking three boxes in a row asks Synapse once, short enough to feel live. */
export const BLAST_RADIUS_DEBOUNCE_MS = 400;

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * What the planned actions would touch, asked of the server once the reviewer stops changing them. Only destructive
 * plans are previewed. The previous answer stays on screen (marked as updating) while the next one loads, and the
 * form never waits for it: a slow homeserver must not stop a reviewer from acting on abuse.
 */
export function useBlastRadius(caseId: string, actions: TEnforcementActionInput[]) {
  const destructive = hasDestructive(actions);
  const json = destructive ? JSON.stringify(actions) : "";
  const debounced = useDebounced(json, BLAST_RADIUS_DEBOUNCE_MS);
  const query = useQuery({
    queryKey: decisionKeys.blastRadius(caseId, debounced),
    queryFn: ({ signal }) =>
      fetchJson<BlastRadius>(
        `/api/v1/cases/${encodeURIComponent(caseId)}/blast-radius?${new URLSearchParams({ actions: debounced })}`,
        signal,
      ),
    enabled: debounced !== "",
    staleTime: 30_000,
    retry: 1,
    placeholderData: keepPreviousData,
  });
  return {
    destructive,
    /** The shown numbers are for an earlier plan (or the debounce has not fired yet). */
    stale: destructive && (debounced !== json || query.isPlaceholderData),
    query,
  };
}
