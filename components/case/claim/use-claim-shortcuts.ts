"use client";

import { useShortcut } from "@/components/keyboard/shortcut-registry";

/**
 * The claim bar's keys, registered with the page's shortcut registry so "?" lists them. A key whose action does
 * not apply right now (nothing to release, case already escalated) is not registered, so it neither shows in the
 * help nor does anything. No "v" (reveal the first media item): the media component keeps its reveal state to
 * itself and offers no handle to trigger it from outside; clicking its button through the DOM would be a hack.
 */
export function useClaimShortcuts(handlers: {
  claim: (() => void) | null;
  release: (() => void) | null;
  hold: (() => void) | null;
  escalate: (() => void) | null;
  next: () => void;
}) {
  const { claim, release, hold, escalate, next } = handlers;
  useShortcut({ keys: "c", description: "Claim this case", group: "Case", handler: () => claim?.(), enabled: !!claim });
  useShortcut({ keys: "r", description: "Release this case to the queue", group: "Case", handler: () => release?.(), enabled: !!release });
  useShortcut({ keys: "h", description: "Put on hold (asks for a note)", group: "Case", handler: () => hold?.(), enabled: !!hold });
  useShortcut({
    keys: "e",
    description: "Escalate to a lead (asks for a note)",
    group: "Case",
    handler: () => escalate?.(),
    enabled: !!escalate,
  });
  useShortcut({ keys: "n", description: "Next case (claim and open it)", group: "Case", handler: next });
}
