/**
 * The theme preference, kept in a cookie so the server renders the right theme on the first byte (no flash, and
 * no inline script, which the CSP forbids). "system" means: follow the operating system (CSS `color-scheme`).
 */
export const THEME_COOKIE = "theme";
export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

export function parseTheme(value: string | undefined | null): Theme {
  return value === "light" || value === "dark" ? value : "system";
}

/** The value of <html data-theme>; absent for "system". */
export function themeAttribute(theme: Theme): "light" | "dark" | undefined {
  return theme === "system" ? undefined : theme;
}
