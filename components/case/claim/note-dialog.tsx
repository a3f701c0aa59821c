"use client";

import { useId, useImperativeHandle, useRef, useState } from "react";

import { Button } from "@/components/ui/button";

export type NoteDialogHandle = { open(): void };

/**
 * The required note for "Hold" and "Escalate to a lead": a native modal <dialog> (focus trap and Esc for free; the
 * shortcut registry stays quiet while it is open). The note must say something (3+ characters, as the server
 * checks too) so the next person knows what the case waits for.
 */
export function NoteDialog({
  ref,
  title,
  hint,
  submitLabel,
  pending,
  onSubmit,
}: {
  ref: React.Ref<NoteDialogHandle>;
  title: string;
  hint: string;
  submitLabel: string;
  pending: boolean;
  onSubmit: (note: string) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const noteId = useId();
  const hintId = useId();
  const [note, setNote] = useState("");
  useImperativeHandle(ref, () => ({
    open: () => {
      setNote("");
      dialog.current?.showModal();
    },
  }));
  const ready = note.trim().length >= 3;

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-line bg-surface p-0 text-fg shadow-xl backdrop:bg-black/40"
    >
      <form
        method="dialog"
        className="space-y-3 p-4"
        onSubmit={(event) => {
          event.preventDefault();
          if (!ready) return;
          onSubmit(note.trim());
          setNote("");
          dialog.current?.close();
        }}
      >
        <h2 id={titleId} className="text-sm font-semibold">
          {title}
        </h2>
        <label htmlFor={noteId} className="block text-xs font-medium text-fg">
          Note (required)
        </label>
        <textarea
          id={noteId}
          aria-describedby={hintId}
          required
          minLength={3}
          maxLength={2000}
          rows={4}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          className="w-full rounded-md border border-line-strong bg-surface px-2 py-1.5 text-sm text-fg"
        />
        <p id={hintId} className="text-xs text-fg-muted">
          {hint}
        </p>
        <div className="flex justify-end gap-2">
          <Button size="sm" variant="ghost" onClick={() => dialog.current?.close()}>
            Cancel
          </Button>
          <Button size="sm" variant="primary" type="submit" disabled={!ready} pending={pending}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
