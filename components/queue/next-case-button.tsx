"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { useShortcut } from "@/components/keyboard/shortcut-registry";
import { Button } from "@/components/ui/button";
import { Kbd } from "@/components/ui/kbd";
import { useClaimNext } from "@/lib/query/hooks/use-claim-next";

/** "Next case" (or n): claims the highest-priority case the reviewer may see and opens it. */
export function NextCaseButton() {
  const router = useRouter();
  const claim = useClaimNext();
  const [message, setMessage] = useState<string | null>(null);

  function next() {
    if (claim.isPending) return;
    setMessage(null);
    claim.mutate(undefined, {
      onSuccess: (result) => {
        if (result.outcome === "empty") setMessage("Nothing to claim right now: every open case you may see is in review.");
        else router.push(`/cases/${result.caseId}`);
      },
      onError: (error) => setMessage(error.message),
    });
  }

  useShortcut({ keys: "n", description: "Next case (claim and open it)", group: "Queue", handler: next });

  return (
    <span className="flex items-center gap-2">
      <span role="status" className="max-w-80 text-xs text-fg-muted">
        {message}
      </span>
      <Button size="sm" variant="primary" onClick={next} pending={claim.isPending} aria-keyshortcuts="n">
        Next case <Kbd className="border-transparent bg-white/20 text-accent-fg">n</Kbd>
      </Button>
    </span>
  );
}
