import type { Metadata } from "next";

import { StatusPage } from "@/components/shell/status-page";
import { ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <StatusPage
      code="404"
      title="This page does not exist"
      actions={
        <ButtonLink href="/queue" variant="primary">
          Back to the queue
        </ButtonLink>
      }
    >
      The address may be mistyped, or what it pointed to was removed.
    </StatusPage>
  );
}
