"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { useShortcut } from "@/components/keyboard/shortcut-registry";

import { rowLinkId } from "./queue-table";

/**
 * j/k move the selection (and focus, so the ring shows where you are and a screen reader reads the case), Enter
 * opens it. Selection is by case id: a poll that inserts new cases above does not move it to another case.
 */
export function useQueueSelection(ids: string[]) {
  const router = useRouter();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const index = selectedId ? ids.indexOf(selectedId) : -1;

  function move(step: 1 | -1) {
    if (ids.length === 0) return;
    const nextIndex = index === -1 ? 0 : Math.min(ids.length - 1, Math.max(0, index + step));
    const id = ids[nextIndex];
    if (!id) return;
    setSelectedId(id);
    const link = document.getElementById(rowLinkId(id));
    link?.focus();
    link?.scrollIntoView({ block: "nearest" });
  }

  useShortcut({ keys: "j", description: "Select the next case", group: "Queue", handler: () => move(1) });
  useShortcut({ keys: "k", description: "Select the previous case", group: "Queue", handler: () => move(-1) });
  useShortcut({
    keys: "Enter",
    description: "Open the selected case",
    group: "Queue",
    enabled: index !== -1,
    handler: () => selectedId && router.push(`/cases/${selectedId}`),
  });

  return { selectedId: index === -1 ? null : selectedId, select: setSelectedId };
}
