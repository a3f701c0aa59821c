"use client";

import { useEffect } from "react";

import { StatusPage } from "@/components/shell/status-page";
import { Button, ButtonLink } from "@/components/ui/button";

/**
 * Any unexpected error below the root layout. The error's own text is never shown: it may carry internals (SQL,
 * paths) or text from a report. The digest lets an operator find the server log line.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <StatusPage
      code="Error"
      title="Something went wrong"
      actions={
        <>
          <Button variant="primary" onClick={() => retry()}>
            Try again
          </Button>
          <ButtonLink href="/queue">Back to the queue</ButtonLink>
        </>
      }
    >
      <p>
        This page could not be shown. Trying again often helps; if it keeps happening, tell an administrator.
      </p>
      {digest ? (
        <p className="mt-2 text-xs">
          Reference: <code className="font-mono">{digest.slice(0, 40)}</code>
        </p>
      ) : null}
    </StatusPage>
  );
}
