"use client";

import { useState } from "react";

import { Button } from "@/components/ui/button";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { MAX_BLUR_SIGMA, type MediaPreviewSettings, type RevealRule } from "@/lib/media/settings";

import { HARM_RULE_OPTIONS, harmLabel } from "./harm-options";

type Rules = MediaPreviewSettings["harms"];

const REVEAL_OPTIONS: { value: RevealRule | ""; label: string }[] = [
  { value: "", label: "Not restricted" },
  { value: "allowed", label: "Allowed" },
  { value: "qualified_only", label: "Qualified reviewers only" },
  { value: "disabled", label: "Never" },
];

/** Per-harm floors: minimum blur, forced greyscale, who may reveal. A rule applies to the harm and its sub-harms. */
export function HarmRulesEditor({ rules, onChange }: { rules: Rules; onChange: (rules: Rules) => void }) {
  const unused = HARM_RULE_OPTIONS.filter((o) => !(o.value in rules));
  const [adding, setAdding] = useState(unused[0]?.value ?? "");
  const set = (key: string, patch: Partial<Rules[string]>) =>
    onChange({ ...rules, [key]: { ...rules[key], ...patch } });
  const remove = (key: string) =>
    onChange(Object.fromEntries(Object.entries(rules).filter(([k]) => k !== key)));
  const keys = Object.keys(rules).sort();
  return (
    <div className="space-y-2">
      <Table caption="Rules per harm category" minWidthClass="min-w-[44rem]">
        <THead>
          <tr>
            <Th>Harm</Th>
            <Th className="w-36">Minimum blur</Th>
            <Th className="w-36">Force greyscale</Th>
            <Th className="w-52">Reveal</Th>
            <Th className="w-24">
              <span className="sr-only">Remove</span>
            </Th>
          </tr>
        </THead>
        <TBody>
          {keys.map((key) => {
            const rule = rules[key] ?? {};
            const name = harmLabel(key);
            return (
              <Tr key={key}>
                <Td>
                  {name} <span className="font-mono text-xs text-fg-muted">{key}</span>
                </Td>
                <Td>
                  <input
                    type="number"
                    min={1}
                    max={100}
                    aria-label={`Minimum blur for ${name}`}
                    value={rule.blurSigma ?? ""}
                    onChange={(e) =>
                      set(key, { blurSigma: e.target.value === "" ? undefined : Number(e.target.value) })
                    }
                    className="h-8 w-20 rounded-md border border-line-strong bg-surface px-2 tabular"
                  />
                </Td>
                <Td>
                  <input
                    type="checkbox"
                    aria-label={`Force greyscale for ${name}`}
                    checked={rule.greyscale === true}
                    onChange={(e) => set(key, { greyscale: e.target.checked || undefined })}
                  />
                </Td>
                <Td>
                  <select
                    aria-label={`Reveal rule for ${name}`}
                    value={rule.reveal ?? ""}
                    onChange={(e) =>
                      set(key, {
                        reveal: REVEAL_OPTIONS.find((o) => o.value === e.target.value)?.value || undefined,
                      })
                    }
                    className="h-8 rounded-md border border-line-strong bg-surface px-2"
                  >
                    {REVEAL_OPTIONS.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                </Td>
                <Td>
                  <Button
                    size="sm"
                    variant="ghost"
                    onClick={() => remove(key)}
                    aria-label={`Remove the rule for ${name}`}
                  >
                    Remove
                  </Button>
                </Td>
              </Tr>
            );
          })}
        </TBody>
      </Table>
      {unused.length > 0 ? (
        <div className="flex items-end gap-2">
          <label className="flex flex-col gap-1 text-xs font-medium text-fg">
            Add a rule for
            <select
              value={adding}
              onChange={(e) => setAdding(e.target.value)}
              className="h-8 rounded-md border border-line-strong bg-surface px-2 text-[0.8125rem] font-normal"
            >
              {unused.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          <Button
            size="sm"
            onClick={() =>
              adding && onChange({ ...rules, [adding]: { blurSigma: MAX_BLUR_SIGMA, greyscale: true } })
            }
          >
            Add rule
          </Button>
        </div>
      ) : null}
    </div>
  );
}
