"use client";

import { useShortcut } from "@/components/keyboard/shortcut-registry";

/**
 * The common decisions from the keyboard. d, s and q PREPARE the form (outcome and actions) rather than sending
 * it: the statement of reasons still needs the facts, and a stray key press must never suspend anyone. Ctrl/Cmd-Enter
 * sends and moves on, and works from inside the text fields (that is where the reviewer's hands are).
 */
export function useDecisionShortcuts(handlers: {
  dismiss: () => void;
  suspendAndRedact: (() => void) | null;
  quarantineMedia: (() => void) | null;
  submitAndNext: () => void;
}) {
  useShortcut({ keys: "d", description: "Decide: no violation (dismiss)", group: "Case", handler: handlers.dismiss });
  useShortcut({
    keys: "s",
    description: "Decide: suspend and redact the user's messages",
    group: "Case",
    handler: () => handlers.suspendAndRedact?.(),
    enabled: !!handlers.suspendAndRedact,
  });
  useShortcut({
    keys: "q",
    description: "Decide: quarantine the case's media",
    group: "Case",
    handler: () => handlers.quarantineMedia?.(),
    enabled: !!handlers.quarantineMedia,
  });
  useShortcut({
    keys: "mod+enter",
    description: "Send the decision and open the next case",
    group: "Case",
    global: true,
    handler: handlers.submitAndNext,
  });
}
