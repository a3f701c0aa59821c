"use client";

import { useState } from "react";

import { Button } from "@/components/ui/button";
import type { MediaPreviewSettings } from "@/lib/media/settings";

import { CheckboxField, NumberField, SaveStatus } from "./fields";
import { HarmRulesEditor } from "./harm-rules-editor";
import { useSaveSettings } from "./use-save-settings";

/** The team-wide preview settings (admins). Harm rules are floors that no personal preference can lower. */
export function MediaPreviewForm({ initial }: { initial: MediaPreviewSettings }) {
  const [form, setForm] = useState(initial);
  const save = useSaveSettings<MediaPreviewSettings>("/api/v1/settings/media-preview");
  const update = (patch: Partial<MediaPreviewSettings>) => setForm((f) => ({ ...f, ...patch }));
  const err = (k: keyof MediaPreviewSettings) => save.fieldErrors[k]?.[0];
  return (
    <form
      className="space-y-4 p-4"
      aria-label="Media preview settings"
      onSubmit={(e) => {
        e.preventDefault();
        save.save(form);
      }}
    >
      <div className="flex flex-wrap gap-6">
        <NumberField
          label="Blur strength"
          hint="Gaussian blur sigma for every preview, 1–100. Reviewers may only raise it for themselves."
          min={1}
          max={100}
          value={form.blurSigma}
          error={err("blurSigma")}
          onChange={(v) => update({ blurSigma: v ?? initial.blurSigma })}
        />
        <NumberField
          label="Daily reveal budget"
          hint="Reveals and original downloads per reviewer per day (UTC) before the break prompt."
          min={0}
          max={10_000}
          value={form.dailyRevealBudget}
          error={err("dailyRevealBudget")}
          onChange={(v) => update({ dailyRevealBudget: v ?? initial.dailyRevealBudget })}
        />
        <CheckboxField
          label="Greyscale by default"
          hint="Reviewers may turn greyscale on for themselves, never off when this is on."
          checked={form.greyscale}
          error={err("greyscale")}
          onChange={(v) => update({ greyscale: v })}
        />
      </div>
      <fieldset className="space-y-2">
        <legend className="text-xs font-medium text-fg">Rules per harm category</legend>
        <HarmRulesEditor rules={form.harms} onChange={(harms) => update({ harms })} />
        {err("harms") ? (
          <p role="alert" className="text-xs text-tone-danger-fg">
            {err("harms")}
          </p>
        ) : null}
      </fieldset>
      <div className="flex items-center gap-3">
        <Button type="submit" variant="primary" pending={save.pending}>
          Save media previews
        </Button>
        <SaveStatus saved={save.saved} error={save.message} />
      </div>
    </form>
  );
}
