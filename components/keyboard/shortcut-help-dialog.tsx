"use client";

import { useId, useRef, useState } from "react";

import { Button } from "@/components/ui/button";
import { Kbd } from "@/components/ui/kbd";

import { keyLabels, type Shortcut, useRegisteredShortcuts, useShortcut } from "./shortcut-registry";

const GROUPS: Shortcut["group"][] = ["Global", "Queue", "Case"];

/** "?": every shortcut that works on this page, in a modal dialog (native <dialog>: focus trap and Esc for free). */
export function ShortcutHelpDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const shortcuts = useRegisteredShortcuts();
  const [apple, setApple] = useState(false);

  useShortcut({
    keys: "?",
    description: "Show keyboard shortcuts",
    group: "Global",
    handler: () => {
      // Read on open, in the browser: the server cannot know the platform, and the labels only show here.
      setApple(/Mac|iPhone|iPad/.test(navigator.userAgent));
      dialog.current?.showModal();
    },
  });

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-line bg-surface p-0 text-fg shadow-xl backdrop:bg-black/40"
    >
      <div className="flex items-center justify-between border-b border-line px-4 py-3">
        <h2 id={titleId} className="text-sm font-semibold">
          Keyboard shortcuts
        </h2>
        <Button size="sm" variant="ghost" onClick={() => dialog.current?.close()}>
          Close
        </Button>
      </div>
      <div className="max-h-[70vh] overflow-y-auto px-4 py-3">
        {GROUPS.map((group) => {
          const items = shortcuts.filter((s) => s.group === group);
          if (items.length === 0) return null;
          return (
            <section key={group} className="mb-3 last:mb-0">
              <h3 className="mb-1.5 text-xs font-medium text-fg-muted">{group}</h3>
              <dl className="divide-y divide-line">
                {items.map((s) => (
                  <div key={s.keys} className="flex items-center justify-between gap-4 py-1.5 text-[0.8125rem]">
                    <dt className="text-fg">{s.description}</dt>
                    <dd className="flex shrink-0 gap-1">
                      {keyLabels(s.keys, apple).map((k) => (
                        <Kbd key={k}>{k}</Kbd>
                      ))}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          );
        })}
        <p className="mt-3 text-xs text-fg-subtle">Shortcuts do nothing while you type in a field.</p>
      </div>
    </dialog>
  );
}
