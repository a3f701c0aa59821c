"use client";

import "./globals.css";

/**
 * Replaces the root layout when it fails, so it renders its own document. It cannot read the theme cookie (the
 * layout that does so is what failed); it follows the system theme through CSS. No error text is shown.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <html lang="en">
      <body className="bg-canvas font-sans text-fg antialiased">
        <title>Error · Safety console</title>
        <main className="flex min-h-dvh items-start justify-center px-4 pt-[18vh]">
          <div className="w-full max-w-md">
            <p className="font-mono text-xs tracking-wide text-fg-subtle">Error</p>
            <h1 className="mt-1 text-lg font-semibold tracking-tight">The console could not be shown</h1>
            <p className="mt-2 text-sm text-fg-muted">
              Something went wrong on our side. Try again; if it keeps happening, tell an administrator.
            </p>
            {digest ? (
              <p className="mt-2 text-xs text-fg-muted">
                Reference: <code className="font-mono">{digest.slice(0, 40)}</code>
              </p>
            ) : null}
            <div className="mt-5 flex gap-2">
              <button
                type="button"
                onClick={() => retry()}
                className="inline-flex h-9 items-center rounded-md bg-accent px-3.5 text-sm font-medium text-accent-fg hover:bg-accent-hover"
              >
                Try again
              </button>
              {/* A plain link: a full reload is the surest way out of a broken root layout. */}
              <a
                href="/queue"
                className="inline-flex h-9 items-center rounded-md border border-line-strong bg-surface px-3.5 text-sm font-medium hover:bg-surface-2"
              >
                Back to the queue
              </a>
            </div>
          </div>
        </main>
      </body>
    </html>
  );
}
