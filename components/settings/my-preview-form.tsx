"use client";

import { useState } from "react";

import { Button } from "@/components/ui/button";
import type { MyPreviewView } from "@/lib/settings/load-my-preview";
import type { TMyPreviewInput } from "@/lib/settings/my-preview";

import { CheckboxField, NumberField, SaveStatus } from "./fields";
import { useSaveSettings } from "./use-save-settings";

/** A reviewer's own preview preferences: only ever safer than the team's settings. Empty = the team default. */
export function MyPreviewForm({ initial }: { initial: MyPreviewView }) {
  const { team } = initial;
  const [form, setForm] = useState<TMyPreviewInput>(initial.preferences);
  const save = useSaveSettings<TMyPreviewInput>("/api/v1/settings/me/media-preview");
  const update = (patch: Partial<TMyPreviewInput>) => setForm((f) => ({ ...f, ...patch }));
  const err = (k: keyof TMyPreviewInput) => save.fieldErrors[k]?.[0];
  const greyscale = team.greyscale || form.greyscale === true;
  return (
    <form
      className="space-y-4 p-4"
      aria-label="My preview preferences"
      onSubmit={(e) => {
        e.preventDefault();
        save.save(form);
      }}
    >
      <div className="flex flex-wrap gap-6">
        <NumberField
          label="My blur strength"
          hint={`Team default ${team.blurSigma}; you can choose stronger (up to 100). Leave empty for the default.`}
          min={team.blurSigma}
          max={100}
          placeholder={String(team.blurSigma)}
          value={form.blurSigma}
          error={err("blurSigma")}
          onChange={(blurSigma) => update({ blurSigma })}
        />
        <NumberField
          label="My daily reveal budget"
          hint={`Team budget ${team.dailyRevealBudget}; you can set a smaller one. Leave empty for the team's.`}
          min={0}
          max={team.dailyRevealBudget}
          placeholder={String(team.dailyRevealBudget)}
          value={form.dailyRevealBudget}
          error={err("dailyRevealBudget")}
          onChange={(dailyRevealBudget) => update({ dailyRevealBudget })}
        />
        <CheckboxField
          label="Show previews in greyscale"
          hint={
            team.greyscale
              ? "Greyscale is on for the whole team."
              : "Off by default for the team; turn it on for yourself."
          }
          checked={greyscale}
          disabled={team.greyscale}
          error={err("greyscale")}
          onChange={(v) => update({ greyscale: v ? true : null })}
        />
      </div>
      <p className="text-xs text-fg-muted">
        Stricter rules for the most severe harms (graphic violence, child safety) always apply on top of
        these.
      </p>
      <div className="flex items-center gap-3">
        <Button type="submit" variant="primary" pending={save.pending}>
          Save my preferences
        </Button>
        <SaveStatus saved={save.saved} error={save.message} />
      </div>
    </form>
  );
}
