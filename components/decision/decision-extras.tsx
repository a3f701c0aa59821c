"use client";

/**
 * The internal note (reviewers only), whether the user is told through a server notice, and whether the reporters
 * are thanked. Thanking is off by default. The notice text is fixed on the server (lib/cases/reporter-feedback.ts):
 * it says the report was handled and whether a rule was broken, never which action was taken or by whom.
 */
export function DecisionExtras({
  internalNote,
  onInternalNote,
  notify,
  onNotify,
  subjectUser,
  notifyReporters,
  onNotifyReporters,
}: {
  internalNote: string;
  onInternalNote: (note: string) => void;
  notify: boolean;
  onNotify: (notify: boolean) => void;
  subjectUser: { userId: string; local: boolean } | null;
  notifyReporters: boolean;
  onNotifyReporters: (notify: boolean) => void;
}) {
  const reachable = !!subjectUser?.local;
  return (
    <div className="space-y-3">
      <div className="space-y-1">
        <label htmlFor="decision-note" className="block text-sm font-medium text-fg">
          Internal note
        </label>
        <textarea
          id="decision-note"
          value={internalNote}
          onChange={(e) => onInternalNote(e.target.value)}
          rows={2}
          maxLength={5000}
          aria-describedby="decision-note-hint"
          className="w-full rounded-md border border-line-strong bg-surface px-2 py-1 text-sm text-fg"
        />
        <p id="decision-note-hint" className="text-xs text-fg-muted">
          For reviewers and leads; never shown to the user.
        </p>
      </div>
      <div className="space-y-0.5">
        <label className="flex items-center gap-2 text-sm text-fg">
          <input
            type="checkbox"
            checked={notify}
            disabled={!reachable}
            onChange={(e) => onNotify(e.target.checked)}
            className="size-4 accent-accent"
          />
          Notify the user
        </label>
        <p className="pl-6 text-xs text-fg-muted">
          {reachable
            ? "Sends the statement of reasons as a server notice (it reaches suspended accounts too)."
            : subjectUser
              ? "Server notices reach accounts on this homeserver only; this user is on another server."
              : "This case is not about a single user."}
        </p>
      </div>
      <div className="space-y-0.5">
        <label className="flex items-center gap-2 text-sm text-fg">
          <input
            type="checkbox"
            checked={notifyReporters}
            onChange={(e) => onNotifyReporters(e.target.checked)}
            aria-describedby="decision-thank-hint"
            className="size-4 accent-accent"
          />
          Thank the reporters
        </label>
        <p id="decision-thank-hint" className="pl-6 text-xs text-fg-muted">
          Reporters on this server get a fixed server notice: they are told it was handled (and whether a rule was
          broken), never what was done or by whom.
        </p>
      </div>
    </div>
  );
}
