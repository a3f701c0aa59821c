"use client";

import { CommandPalette, type PalettePage } from "./command-palette";
import { ShortcutHelpDialog } from "./shortcut-help-dialog";
import { ShortcutProvider } from "./shortcut-registry";

/** Mounted once by the console shell: the shortcut registry for every page, the "?" help and the Ctrl/Cmd-K palette. */
export function KeyboardRoot({ pages, children }: { pages: PalettePage[]; children: React.ReactNode }) {
  return (
    <ShortcutProvider>
      {children}
      <ShortcutHelpDialog />
      <CommandPalette pages={pages} />
    </ShortcutProvider>
  );
}
