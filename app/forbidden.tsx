import type { Metadata } from "next";

import { StatusPage } from "@/components/shell/status-page";
import { ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = { title: "No access" };

export default function Forbidden() {
  return (
    <StatusPage
      code="403"
      title="You don't have access to this page"
      actions={
        <ButtonLink href="/queue" variant="primary">
          Back to the queue
        </ButtonLink>
      }
    >
      Your role does not include this part of the console. If you need it, ask an administrator to change your
      role.
    </StatusPage>
  );
}
