"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import {
  type BulkBody,
  type BulkForm,
  bulkActionChoices,
  buildBulkBody,
  scopeTarget,
} from "@/components/decision/bulk-actions";
import { PolicyPicker } from "@/components/decision/policy-picker";
import { policyGroups } from "@/components/decision/policy-groups";
import type { BulkSelection } from "@/components/decision/use-bulk-selection";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { BulkDecideResult } from "@/lib/cases/bulk-decide";
import { postJson } from "@/lib/query/hooks/post-json";
import { caseKeys } from "@/lib/query/keys";

import { BulkResults } from "./bulk-results";

const EMPTY: BulkForm = { policy: "", actions: [], statement: "", notifyUser: true, notifyReporters: false };

/**
 * One decision for every ticked case: policy, actions that apply to all of them (only when they share a sender or
 * room), one statement of reasons. Each case is decided on its own on the server; the answer lists each outcome.
 */
export function BulkDecisionPanel({ selection }: { selection: BulkSelection }) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState<BulkForm>(EMPTY);
  const [problems, setProblems] = useState<string[]>([]);
  const [numbers, setNumbers] = useState<ReadonlyMap<string, number>>(new Map());
  const mutation = useMutation({
    mutationFn: (body: BulkBody) => postJson<BulkDecideResult>("/api/v1/decisions/bulk", body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: caseKeys.all }),
  });
  const count = selection.selected.size;
  if (count === 0 && !mutation.data) return null;

  const update = (patch: Partial<BulkForm>) => setForm((f) => ({ ...f, ...patch }));
  const choices = bulkActionChoices(selection.scope, selection.permissions);
  const violation = form.policy !== "" && form.policy !== "none";

  function submit() {
    const built = buildBulkBody([...selection.selected.keys()], selection.scope, form, selection.permissions);
    if (!built.ok) {
      setProblems(built.problems);
      return;
    }
    setProblems([]);
    setNumbers(new Map(selection.selected));
    mutation.mutate(built.body, {
      onSuccess: () => {
        selection.clear();
        setForm(EMPTY);
      },
    });
  }

  return (
    <Card aria-labelledby="bulk-title" className="mt-4">
      <CardHeader
        titleId="bulk-title"
        title={count ? `Bulk decision: ${count} ${count === 1 ? "case" : "cases"} selected` : "Bulk decision"}
        description={
          selection.scope ? `Every open case of ${scopeTarget(selection.scope)}.` : "Cases ticked by hand."
        }
        actions={
          count ? (
            <Button size="sm" variant="ghost" onClick={selection.clear}>
              Clear selection
            </Button>
          ) : null
        }
      />
      <CardBody className="space-y-4">
        {mutation.data ? <BulkResults result={mutation.data} numbers={numbers} /> : null}
        {count ? (
          <form
            aria-label="Decide the selected cases"
            className="max-w-2xl space-y-3"
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <PolicyPicker
              groups={policyGroups(selection.childSafety)}
              value={form.policy}
              onChange={(policy) => update({ policy, actions: policy === "none" ? [] : form.actions })}
              canDecideViolation={selection.permissions.includes("case.decide")}
              suggestedPolicyId={null}
            />
            <fieldset className="space-y-1">
              <legend className="text-xs font-semibold tracking-wide text-fg-muted uppercase">
                Actions for all selected cases
              </legend>
              {choices.length === 0 ? (
                <p className="text-xs text-fg-muted">
                  {selection.scope
                    ? "Your role may take no action here."
                    : "Actions need one target: use a row's ⋯ menu to select every open case of one sender or room."}
                </p>
              ) : (
                choices.map((c) => (
                  <label key={c.kind} className="flex items-center gap-2 text-sm text-fg">
                    <input
                      type="checkbox"
                      className="size-4 accent-accent"
                      checked={form.actions.includes(c.kind)}
                      disabled={!violation}
                      onChange={(e) =>
                        update({
                          actions: e.target.checked
                            ? [...form.actions, c.kind]
                            : form.actions.filter((k) => k !== c.kind),
                        })
                      }
                    />
                    {c.label}
                  </label>
                ))
              )}
            </fieldset>
            <div className="space-y-1">
              <label htmlFor="bulk-statement" className="block text-sm font-medium text-fg">
                Statement of reasons
              </label>
              <textarea
                id="bulk-statement"
                rows={5}
                maxLength={5000}
                value={form.statement}
                onChange={(e) => update({ statement: e.target.value })}
                aria-describedby="bulk-statement-hint"
                className="w-full rounded-md border border-line-strong bg-surface px-2 py-1 text-sm text-fg"
              />
              <p id="bulk-statement-hint" className="text-xs text-fg-muted">
                The same text for every case, sent as written; each affected user is notified once per batch.
              </p>
            </div>
            <label className="flex items-center gap-2 text-sm text-fg">
              <input
                type="checkbox"
                className="size-4 accent-accent"
                checked={violation && form.notifyUser}
                disabled={!violation}
                onChange={(e) => update({ notifyUser: e.target.checked })}
              />
              Notify the affected users
            </label>
            <label className="flex items-center gap-2 text-sm text-fg">
              <input
                type="checkbox"
                className="size-4 accent-accent"
                checked={form.notifyReporters}
                onChange={(e) => update({ notifyReporters: e.target.checked })}
              />
              Thank the reporters
              <span className="text-xs text-fg-muted">
                (they are told it was handled, never what was done or by whom)
              </span>
            </label>
            {problems.length || mutation.error ? (
              <ul
                role="alert"
                className="list-disc rounded-md bg-tone-warning-bg py-2 pr-3 pl-7 text-xs text-tone-warning-fg"
              >
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
                {mutation.error ? <li>{mutation.error.message}</li> : null}
              </ul>
            ) : null}
            <Button type="submit" variant="primary" pending={mutation.isPending}>
              Decide {count} {count === 1 ? "case" : "cases"}
            </Button>
          </form>
        ) : null}
      </CardBody>
    </Card>
  );
}
