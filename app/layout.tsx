import "./globals.css";

import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { cookies } from "next/headers";

import { parseTheme, THEME_COOKIE, themeAttribute } from "@/components/ui/theme";
import { QueryProvider } from "@/lib/query/provider";

// Self-hosted (the build and the console never reach the network). Inter's latin-ext file is a second family with
// its own unicode-range, so it is downloaded only when a name actually uses such a glyph. Next's generated
// metric-matched fallback would sit between the two families (and catch every latin-ext glyph before the second
// family could), so it is off here and globals.css declares one after both.
const inter = localFont({
  src: "./fonts/inter-latin-wght.woff2",
  weight: "100 900",
  display: "swap",
  variable: "--font-inter",
  adjustFontFallback: false,
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD",
    },
  ],
});

const interExt = localFont({
  src: "./fonts/inter-latin-ext-wght.woff2",
  weight: "100 900",
  display: "swap",
  preload: false,
  variable: "--font-inter-ext",
  adjustFontFallback: false,
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF",
    },
  ],
});

const jetbrainsMono = localFont({
  src: "./fonts/jetbrains-mono-latin-wght.woff2",
  weight: "100 800",
  display: "swap",
  variable: "--font-jetbrains-mono",
  adjustFontFallback: false,
  fallback: ["ui-monospace", "monospace"],
});

export const metadata: Metadata = {
  title: { default: "Safety console", template: "%s · Safety console" },
  description: "Trust-and-safety review for a Matrix homeserver.",
  applicationName: "Safety console",
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "32x32" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
  },
  // An internal tool: never indexed, never sends a referrer.
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

export const viewport: Viewport = {
  colorScheme: "light dark",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Reading the cookie makes every page dynamic, which the nonce-based CSP needs anyway.
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html
      lang="en"
      data-theme={themeAttribute(theme)}
      className={`${inter.variable} ${interExt.variable} ${jetbrainsMono.variable}`}
    >
      <body className="bg-canvas text-fg antialiased">
        <QueryProvider>{children}</QueryProvider>
      </body>
    </html>
  );
}
