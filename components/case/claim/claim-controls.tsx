"use client";

import { useRef } from "react";

import { Timestamp } from "@/components/case/timestamp";
import { Button } from "@/components/ui/button";
import { Kbd } from "@/components/ui/kbd";

import { NoteDialog, type NoteDialogHandle } from "./note-dialog";
import { useClaimActions } from "./use-claim-actions";
import { useClaimRenewal } from "./use-claim-renewal";
import { useClaimShortcuts } from "./use-claim-shortcuts";
import { useNextCase } from "./use-next-case";

/** What the server worked out for the bar (components/case/claim-bar.tsx). */
export type ClaimView = {
  caseId: string;
  updatedAt: string;
  /** OPEN, ON_HOLD or ESCALATED: the claim operations apply. */
  isOpen: boolean;
  status: string;
  claim: { active: boolean; mine: boolean; holder: string | null; expiresAt: string | null };
  may: { claim: boolean; escalate: boolean; claimEscalated: boolean };
};

/** The claim bar's interactive part: who holds the case, the actions, their keys and their outcome. */
export function ClaimControls({ view }: { view: ClaimView }) {
  const { caseId, claim, may, isOpen, status } = view;
  const actions = useClaimActions(caseId, view.updatedAt);
  const { renewedAt } = useClaimRenewal({ caseId, active: claim.mine, expiresAt: claim.expiresAt, onLost: actions.setProblem });
  const nextCase = useNextCase(caseId, claim.mine);
  const holdDialog = useRef<NoteDialogHandle>(null);
  const escalateDialog = useRef<NoteDialogHandle>(null);

  // Someone else's live claim blocks hold/escalate for a reviewer; the server has the last word either way.
  const free = !claim.active || claim.mine;
  const canClaim = isOpen && may.claim && !claim.mine && !claim.active && (status !== "ESCALATED" || may.claimEscalated);
  const canRelease = isOpen && may.claim && claim.mine;
  const canHold = isOpen && may.claim && free && status !== "ON_HOLD";
  const canEscalate = isOpen && may.escalate && free && status !== "ESCALATED";
  const run = actions.run;
  useClaimShortcuts({
    claim: canClaim ? () => run("claim") : null,
    release: canRelease ? () => run("release") : null,
    hold: canHold ? () => holdDialog.current?.open() : null,
    escalate: canEscalate ? () => escalateDialog.current?.open() : null,
    next: nextCase.next,
  });

  return (
    <section aria-label="Claim" data-case-version={view.updatedAt} className="flex min-w-0 flex-wrap items-center gap-2 rounded-md border border-line bg-surface px-3 py-2 text-xs">
      <p className="min-w-0 text-fg" data-claim-state={claim.mine ? "mine" : claim.active ? "other" : "none"}>
        {!isOpen ? (
          "This case is no longer open; there is nothing to claim."
        ) : claim.mine ? (
          <>
            You hold this case until <Timestamp iso={claim.expiresAt} />.{" "}
            <span className="text-fg-muted">
              Renewed automatically while this page is open
              {renewedAt ? (
                <>
                  {" "}
                  (last renewed <Timestamp ms={renewedAt} />)
                </>
              ) : null}
              .
            </span>
          </>
        ) : claim.active ? (
          <>
            Claimed by <span className="break-all">{claim.holder ?? "another reviewer"}</span> until <Timestamp iso={claim.expiresAt} />.
          </>
        ) : (
          "Not claimed."
        )}
      </p>
      <span className="ml-auto flex flex-wrap gap-1.5">
        {canClaim ? <KeyButton label="Claim" keys="c" variant="primary" pending={actions.pending === "claim"} onClick={() => run("claim")} /> : null}
        {canRelease ? <KeyButton label="Release" keys="r" pending={actions.pending === "release"} onClick={() => run("release")} /> : null}
        {canHold ? <KeyButton label="Hold" keys="h" pending={actions.pending === "hold"} onClick={() => holdDialog.current?.open()} /> : null}
        {canEscalate ? (
          <KeyButton label="Escalate to a lead" keys="e" pending={actions.pending === "escalate"} onClick={() => escalateDialog.current?.open()} />
        ) : null}
        <KeyButton label="Next case" keys="n" variant="ghost" pending={nextCase.pending} onClick={nextCase.next} />
      </span>
      <p role="status" className="basis-full text-fg-muted empty:hidden">
        {actions.notice ?? nextCase.message}
      </p>
      {actions.problem ? (
        <div role="alert" className="flex basis-full flex-wrap items-center gap-2 rounded-md bg-tone-warning-bg px-2 py-1.5 text-tone-warning-fg">
          <span className="min-w-0">{actions.problem.message}</span>
          {actions.problem.stale ? (
            <Button size="sm" onClick={actions.reload}>
              Reload the case
            </Button>
          ) : null}
        </div>
      ) : null}
      <NoteDialog
        ref={holdDialog}
        title="Put this case on hold"
        hint="What is it waiting for (more context, a reply from a room admin, a legal question)? The claim is released."
        submitLabel="Put on hold"
        pending={actions.pending === "hold"}
        onSubmit={(note) => run("hold", note)}
      />
      <NoteDialog
        ref={escalateDialog}
        title="Escalate to a lead"
        hint="What did you see, and what do you need a lead to decide? The claim is released; only leads can pick it up."
        submitLabel="Escalate"
        pending={actions.pending === "escalate"}
        onSubmit={(note) => run("escalate", note)}
      />
    </section>
  );
}

function KeyButton({
  label,
  keys,
  variant = "secondary",
  pending,
  onClick,
}: {
  label: string;
  keys: string;
  variant?: "primary" | "secondary" | "ghost";
  pending: boolean;
  onClick: () => void;
}) {
  return (
    <Button size="sm" variant={variant} pending={pending} onClick={onClick} aria-keyshortcuts={keys}>
      {label}{" "}
      <Kbd aria-hidden className={variant === "primary" ? "border-transparent bg-white/20 text-accent-fg" : undefined}>
        {keys}
      </Kbd>
    </Button>
  );
}
