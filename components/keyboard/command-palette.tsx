"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";

import { BoundedText } from "@/components/ui/bounded-text";
import { cn } from "@/components/ui/cn";
import { useCasesAbout } from "@/lib/query/hooks/use-cases-about";

import { parseMatrixId } from "./matrix-id";
import { useShortcut } from "./shortcut-registry";

export type PalettePage = { href: string; label: string };
type Option = { id: string; label: string; detail?: string; href: string; mono?: boolean };

/**
 * Ctrl/Cmd-K: jump anywhere. A pasted Matrix id (or matrix.to link) lists the cases about it, or says there is no
 * case about it; anything else filters the console's pages. An ARIA combobox: focus stays in the input while the
 * arrow keys move the active option, Enter opens it, Esc closes.
 */
export function CommandPalette({ pages }: { pages: PalettePage[] }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const router = useRouter();
  const ids = { title: useId(), list: useId(), status: useId() };
  const [text, setText] = useState("");
  const [active, setActive] = useState(0);

  const matrixId = parseMatrixId(text);
  const about = useCasesAbout(matrixId?.key ?? null);
  const options: Option[] = matrixId
    ? (about.data?.items ?? []).map((c) => ({
        id: c.id,
        label: `Case ${c.number}`,
        detail: `${c.status.toLowerCase().replaceAll("_", " ")} · ${c.subject.key}`,
        href: `/cases/${c.id}`,
      }))
    : pages
        .filter((p) => p.label.toLowerCase().includes(text.trim().toLowerCase()))
        .map((p) => ({ id: p.href, label: p.label, detail: p.href, href: p.href }));

  function open() {
    setText("");
    setActive(0);
    dialog.current?.showModal();
    input.current?.focus();
  }

  function go(option: Option | undefined) {
    if (!option) return;
    dialog.current?.close();
    router.push(option.href);
  }

  useShortcut({ keys: "mod+k", description: "Open the command palette", group: "Global", global: true, handler: open });

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (options.length ? (i + step + options.length) % options.length : 0));
    } else if (event.key === "Enter") {
      event.preventDefault();
      go(options[active]);
    }
  }

  const status = !matrixId
    ? options.length === 0
      ? "No page matches."
      : null
    : about.isPending
      ? "Searching cases…"
      : about.isError
        ? "Cases could not be searched."
        : options.length === 0
          ? "No case about this."
          : null;

  return (
    <dialog
      ref={dialog}
      aria-labelledby={ids.title}
      className="m-auto mt-[12vh] w-[min(36rem,calc(100vw-2rem))] rounded-lg border border-line bg-surface p-0 text-fg shadow-xl backdrop:bg-black/40"
    >
      <h2 id={ids.title} className="sr-only">
        Command palette
      </h2>
      <div className="border-b border-line p-2">
        <input
          ref={input}
          role="combobox"
          aria-expanded={options.length > 0}
          aria-controls={ids.list}
          aria-activedescendant={options[active] ? `${ids.list}-${active}` : undefined}
          aria-describedby={ids.status}
          aria-label="Go to a page, or paste @user:server, !room:server, $event or mxc:// id"
          placeholder="Go to… or paste @user:server, !room, $event, mxc://"
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          className="h-9 w-full rounded-md border border-line-strong bg-surface px-2.5 text-sm text-fg"
        />
      </div>
      {matrixId ? (
        <p className="flex min-w-0 gap-1 px-3 pt-2 text-xs text-fg-muted">
          <span className="shrink-0">Cases about</span>
          <BoundedText value={matrixId.key} mono max={200} className="min-w-0" />
        </p>
      ) : null}
      <ul id={ids.list} role="listbox" aria-label="Results" className="max-h-80 overflow-y-auto p-1">
        {options.map((o, i) => (
          <li
            key={o.id}
            id={`${ids.list}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => go(o)}
            onMouseMove={() => setActive(i)}
            className={cn(
              "flex cursor-pointer items-center justify-between gap-3 rounded-md px-2.5 py-1.5 text-sm",
              i === active ? "bg-surface-3 outline-2 outline-focus" : "hover:bg-surface-2",
            )}
          >
            <span className="shrink-0 font-medium">{o.label}</span>
            {o.detail ? <BoundedText value={o.detail} max={200} className="min-w-0 text-xs text-fg-muted" /> : null}
          </li>
        ))}
      </ul>
      <p id={ids.status} role="status" className={cn("px-3 pb-3 text-sm text-fg-muted", !status && "sr-only")}>
        {status ?? `${options.length} results`}
      </p>
    </dialog>
  );
}
