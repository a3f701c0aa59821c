"use client";

import { useRef, useState } from "react";

import type { BulkScope } from "@/components/decision/bulk-actions";
import { openCasesOf, resolveScope } from "@/components/decision/bulk-scope";
import type { BulkSelection } from "@/components/decision/use-bulk-selection";
import { Button } from "@/components/ui/button";
import type { CaseListItem } from "@/lib/cases/schemas";

/**
 * A row's bulk menu: replace the selection with every open case of this row's sender or room, so one decision
 * (with actions against that sender or room) can be applied to the whole wave.
 */
export function BulkRowMenu({
  item,
  selection,
  onSelected,
}: {
  item: CaseListItem;
  selection: BulkSelection;
  onSelected: (message: string) => void;
}) {
  const popover = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState({ top: 0, left: 0 });
  const [busy, setBusy] = useState<BulkScope["kind"] | null>(null);
  const menuId = `bulk-menu-${item.id}`;
  const canSender =
    item.subject.kind === "USER" || item.subject.kind === "EVENT" || item.subject.kind === "MEDIA";
  const canRoom = item.subject.kind === "ROOM" || item.subject.kind === "EVENT";

  async function selectAll(which: BulkScope["kind"]) {
    setBusy(which);
    try {
      const scope = await resolveScope(item, which);
      if (!scope) {
        onSelected(`Case ${item.number} has no known ${which}.`);
        return;
      }
      const { cases, truncated } = await openCasesOf(scope);
      selection.replace(cases, scope);
      const target = scope.kind === "sender" ? scope.userId : scope.roomId;
      onSelected(
        `Selected ${cases.length} open ${cases.length === 1 ? "case" : "cases"} of ${target}${truncated ? " (the first 500)" : ""}.`,
      );
      popover.current?.hidePopover();
    } catch (error) {
      onSelected(error instanceof Error ? error.message : "The cases could not be listed.");
    } finally {
      setBusy(null);
    }
  }

  return (
    // A popover sits in the top layer: the table's scroll container cannot clip it, and Escape or a click outside
    // closes it natively. Clicks inside must not reach the row (which would move the keyboard selection).
    <div onClick={(e) => e.stopPropagation()}>
      <Button
        size="sm"
        variant="ghost"
        popoverTarget={menuId}
        aria-label={`Bulk options for case ${item.number}`}
        onClick={(e) => {
          const rect = e.currentTarget.getBoundingClientRect();
          setPosition({ top: rect.bottom + 4, left: Math.max(8, rect.right - 288) });
        }}
      >
        ⋯
      </Button>
      <div
        ref={popover}
        id={menuId}
        popover="auto"
        role="group"
        aria-label={`Bulk options for case ${item.number}`}
        style={{ top: position.top, left: position.left }}
        className="fixed inset-auto m-0 h-fit w-72 space-y-1 rounded-md border border-line bg-surface p-1 shadow-lg"
      >
        {canSender ? (
          <Button
            size="sm"
            variant="ghost"
            className="w-full justify-start"
            pending={busy === "sender"}
            onClick={() => void selectAll("sender")}
          >
            Select all open cases of this sender
          </Button>
        ) : null}
        {canRoom ? (
          <Button
            size="sm"
            variant="ghost"
            className="w-full justify-start"
            pending={busy === "room"}
            onClick={() => void selectAll("room")}
          >
            Select all open cases of this room
          </Button>
        ) : null}
      </div>
    </div>
  );
}
