"use client";

import { createContext, use, useEffect, useMemo, useRef, useState } from "react";

import { isTypingTarget, matchesShortcut, type ShortcutKeys } from "./is-typing";

/**
 * The one place key presses become actions. Components register what they offer with useShortcut(); the help
 * dialog lists exactly what is registered on the current page, so it can never drift from what works.
 *
 * Rules: shortcuts never fire while the reviewer types in a field (isTypingTarget) or while a modal dialog is open
 * (the dialog owns the keyboard then), except those marked `global` (Ctrl/Cmd-K, which is how you open the palette
 * from anywhere, even a text field).
 */
export type Shortcut = {
  keys: ShortcutKeys;
  description: string;
  group: "Global" | "Queue" | "Case";
  handler: (event: KeyboardEvent) => void;
  /** Fires even when focus is in a text field. */
  global?: boolean;
};

type Registry = { register(shortcut: Shortcut): () => void; list(): Shortcut[] };

// Two contexts: the registry itself is stable (registering never re-registers anyone), while the version changes
// with the list so that only the help dialog re-renders.
const RegistryContext = createContext<Registry | null>(null);
const VersionContext = createContext(0);

export function ShortcutProvider({ children }: { children: React.ReactNode }) {
  const entries = useRef(new Set<Shortcut>());
  const [version, setVersion] = useState(0);

  const registry = useMemo<Registry>(
    () => ({
      register(shortcut) {
        entries.current.add(shortcut);
        setVersion((v) => v + 1);
        return () => {
          entries.current.delete(shortcut);
          setVersion((v) => v + 1);
        };
      },
      list: () => [...entries.current],
    }),
    [],
  );

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      const typing = isTypingTarget(event.target);
      // Enter on a focused link or button belongs to that element (a row link opens its case by itself).
      if (event.key === "Enter" && (event.target as Element | null)?.closest?.("a,button,summary,[role=button]")) return;
      const modalOpen = !!document.querySelector("dialog[open]");
      // Last registered wins: a page's shortcut can override a global default with the same keys.
      const match = [...entries.current]
        .reverse()
        .find((s) => matchesShortcut(event, s.keys) && (s.global || (!typing && !modalOpen)));
      if (!match) return;
      event.preventDefault();
      match.handler(event);
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <RegistryContext value={registry}>
      <VersionContext value={version}>{children}</VersionContext>
    </RegistryContext>
  );
}

/** Registers a shortcut while the component is mounted (and `enabled`). The handler may change every render. */
export function useShortcut(shortcut: Shortcut & { enabled?: boolean }): void {
  const registry = use(RegistryContext);
  const handler = useRef(shortcut.handler);
  useEffect(() => {
    handler.current = shortcut.handler;
  });
  const { keys, description, group, global, enabled = true } = shortcut;
  useEffect(() => {
    if (!registry || !enabled) return;
    return registry.register({ keys, description, group, global, handler: (e) => handler.current(e) });
  }, [registry, keys, description, group, global, enabled]);
}

/** What the help dialog shows: every shortcut registered right now. */
export function useRegisteredShortcuts(): Shortcut[] {
  const registry = use(RegistryContext);
  use(VersionContext);
  return registry ? registry.list() : [];
}

/** How a shortcut's keys are shown: "mod+k" as "Ctrl K" (or "⌘ K" on Apple devices). */
export function keyLabels(keys: ShortcutKeys, apple: boolean): string[] {
  if (keys.startsWith("mod+")) return [apple ? "⌘" : "Ctrl", keys.slice(4).toUpperCase()];
  return [keys];
}
