"use client";

import { useEffect } from "react";

import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

/**
 * An unexpected error in a console page: shown inside the shell, so navigation stays usable. The error's own
 * text is never shown (it may carry internals or report text); the digest matches the server log line.
 */
export default function ConsoleError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <Card role="alert" className="mx-auto mt-10 max-w-lg p-6">
      <h1 className="text-base font-semibold text-fg">This page could not be shown</h1>
      <p className="mt-2 text-sm text-fg-muted">
        Something went wrong while loading it. Trying again often helps; if it keeps happening, tell an
        administrator.
      </p>
      {digest ? (
        <p className="mt-2 text-xs text-fg-muted">
          Reference: <code className="font-mono">{digest.slice(0, 40)}</code>
        </p>
      ) : null}
      <div className="mt-5 flex gap-2">
        <Button variant="primary" onClick={() => retry()}>
          Try again
        </Button>
        <ButtonLink href="/queue">Back to the queue</ButtonLink>
      </div>
    </Card>
  );
}
