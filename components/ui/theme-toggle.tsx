"use client";

import { useState } from "react";

import { cn } from "./cn";
import { THEME_COOKIE, type Theme, themeAttribute } from "./theme";

const OPTIONS: { value: Theme; label: string; icon: React.ReactNode }[] = [
  {
    value: "system",
    label: "System",
    icon: (
      <path d="M3 4.5A1.5 1.5 0 0 1 4.5 3h11A1.5 1.5 0 0 1 17 4.5v8a1.5 1.5 0 0 1-1.5 1.5h-11A1.5 1.5 0 0 1 3 12.5v-8ZM7 17h6" />
    ),
  },
  {
    value: "light",
    label: "Light",
    icon: (
      <>
        <circle cx="10" cy="10" r="3.25" />
        <path d="M10 2.5v1.5M10 16v1.5M2.5 10H4M16 10h1.5M4.7 4.7l1.06 1.06M14.24 14.24l1.06 1.06M4.7 15.3l1.06-1.06M14.24 5.76l1.06-1.06" />
      </>
    ),
  },
  {
    value: "dark",
    label: "Dark",
    icon: <path d="M16 12.2A6.5 6.5 0 0 1 7.8 4a6.5 6.5 0 1 0 8.2 8.2Z" />,
  },
];

/**
 * System / light / dark, as a native radio group (arrow keys move between options). The choice is written to a
 * cookie that the root layout reads, so the next page load renders the same theme with no flash; the <html>
 * attribute is switched at once here, so nothing reloads.
 */
function applyTheme(theme: Theme) {
  document.cookie = `${THEME_COOKIE}=${theme}; Path=/; Max-Age=31536000; SameSite=Lax`;
  const attr = themeAttribute(theme);
  const root = document.documentElement;
  if (attr) root.dataset.theme = attr;
  else delete root.dataset.theme;
}

export function ThemeToggle({ initial, className }: { initial: Theme; className?: string }) {
  const [theme, setTheme] = useState<Theme>(initial);

  function choose(next: Theme) {
    setTheme(next);
    applyTheme(next);
  }

  return (
    <fieldset className={cn("flex items-center rounded-md border border-line bg-surface-2 p-0.5", className)}>
      <legend className="sr-only">Theme</legend>
      {OPTIONS.map((option) => (
        <label key={option.value} className="relative flex cursor-pointer" title={`${option.label} theme`}>
          <input
            type="radio"
            name="theme"
            value={option.value}
            checked={theme === option.value}
            onChange={() => choose(option.value)}
            // Transparent over the icon (not sr-only): pointer clicks land on the radio itself.
            className="peer absolute inset-0 z-10 m-0 cursor-pointer appearance-none opacity-0"
          />
          <span
            aria-hidden="true"
            className={cn(
              "flex size-7 items-center justify-center rounded-[5px] text-fg-muted transition-colors",
              "hover:text-fg peer-checked:bg-surface peer-checked:text-fg peer-checked:shadow-sm",
              "peer-focus-visible:outline-2 peer-focus-visible:outline-offset-1 peer-focus-visible:outline-focus peer-focus-visible:outline-solid",
            )}
          >
            <svg
              viewBox="0 0 20 20"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.5"
              strokeLinecap="round"
              strokeLinejoin="round"
              className="size-4"
            >
              {option.icon}
            </svg>
          </span>
          <span className="sr-only">{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
