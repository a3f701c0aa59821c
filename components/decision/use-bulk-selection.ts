"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { useShortcut } from "@/components/keyboard/shortcut-registry";
import { fetchJson } from "@/lib/query/fetch-json";
import { meKeys } from "@/lib/query/keys";

import type { BulkScope } from "./bulk-actions";
import type { SelectedCase } from "./bulk-scope";

export type Me = { id: string; mxid: string; role: string; childSafety: boolean; permissions: string[] };

export function useMe() {
  return useQuery({
    queryKey: meKeys.all,
    queryFn: ({ signal }) => fetchJson<Me>("/api/v1/me", signal),
    staleTime: 5 * 60_000,
  });
}

/**
 * The queue's bulk selection: ticked cases (id → number, so cases picked by "all of this sender" that are not on
 * the loaded page still have a name), and the scope when the selection is "every open case of one sender or room".
 * Ticking another case by hand drops the scope (the cases no longer share one target); unticking keeps it. `x`
 * toggles the focused row. Only for reviewers with `case.bulk_decide`; the server checks it again.
 */
export function useBulkSelection(focused: SelectedCase | null) {
  const me = useMe();
  const enabled = !!me.data?.permissions.includes("case.bulk_decide");
  const [selected, setSelected] = useState<ReadonlyMap<string, number>>(new Map());
  const [scope, setScope] = useState<BulkScope | null>(null);

  function toggle(c: SelectedCase) {
    const next = new Map(selected);
    if (next.delete(c.id)) {
      if (next.size === 0) setScope(null);
    } else {
      next.set(c.id, c.number);
      setScope(null);
    }
    setSelected(next);
  }

  function replace(cases: SelectedCase[], newScope: BulkScope | null) {
    setSelected(new Map(cases.map((c) => [c.id, c.number])));
    setScope(newScope);
  }

  useShortcut({
    keys: "x",
    description: "Tick or untick the selected case for a bulk decision",
    group: "Queue",
    enabled: enabled && !!focused,
    handler: () => focused && toggle(focused),
  });

  return {
    enabled,
    permissions: me.data?.permissions ?? [],
    childSafety: !!me.data?.childSafety,
    selected,
    scope,
    isChecked: (id: string) => selected.has(id),
    toggle,
    replace,
    clear: () => replace([], null),
  };
}

export type BulkSelection = ReturnType<typeof useBulkSelection>;
