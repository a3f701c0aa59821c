"use client";

import { useState } from "react";

import { Badge } from "@/components/ui/badge";
import { Button, buttonClasses } from "@/components/ui/button";
import { classifyHref } from "@/lib/render/links";

import { InertText } from "./inert-text";

/**
 * A link from hostile content (or a deep link we build): the real target is shown as text, and nothing navigates
 * until the reviewer asks to open it and then confirms, in the page (no native dialog). Only http(s) targets can be
 * opened, in a new tab without referrer or opener. Other schemes (javascript:, data:…) are shown as blocked.
 */
export function ExternalLink({
  href,
  children,
  openLabel = "Open",
}: {
  href: string;
  children?: React.ReactNode;
  openLabel?: string;
}) {
  const target = classifyHref(href);
  const [confirming, setConfirming] = useState(false);
  return (
    <span className="inline min-w-0" data-inert-link="">
      {children ? <span className="underline decoration-dotted underline-offset-2">{children}</span> : null}
      <span className="mx-1 text-fg-muted" aria-hidden="true">
        →
      </span>
      <code className="rounded-sm bg-surface-2 px-1 font-mono text-[0.8em] text-fg" title="The link's real target">
        <InertText value={target.raw} />
      </code>
      {target.openable === null ? (
        <Badge tone="danger" className="ml-1" title="This link cannot be opened from the console.">
          {target.blockedReason === "scheme" ? `Blocked ${target.scheme}: link` : "Not a web address"}
        </Badge>
      ) : confirming ? (
        <span role="group" aria-label="Confirm opening the link" className="ml-1 inline-flex flex-wrap items-center gap-1 align-middle">
          <span className="text-xs text-fg-muted">
            Leave the console for <span className="font-mono">{target.host}</span>?
          </span>
          <a
            href={target.openable}
            target="_blank"
            rel="noreferrer noopener"
            referrerPolicy="no-referrer"
            className={buttonClasses({ size: "sm", variant: "primary" })}
            onClick={() => setConfirming(false)}
          >
            Open in new tab
          </a>
          <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </span>
      ) : (
        <Button size="sm" variant="ghost" className="ml-1 h-6 px-1.5 align-middle" onClick={() => setConfirming(true)}>
          {openLabel}
        </Button>
      )}
    </span>
  );
}
