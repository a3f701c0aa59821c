import type { Metadata } from "next";

import { IntakeTable } from "@/components/intake/intake-table";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireReviewer } from "@/lib/auth/session";
import { listIntakeStatus } from "@/lib/intake/status-queries";

export const metadata: Metadata = { title: "Intake status" };

export default async function IntakePage() {
  await requireReviewer("intake.read");
  const rows = await listIntakeStatus();
  return (
    <>
      <PageHeader
        title="Intake status"
        description="Where each source of reports and signals stopped, and how its last passes went. Lag is the time since the last successful pass."
      />
      <Card aria-label="Intake sources" className="overflow-hidden">
        {rows.length === 0 ? (
          <EmptyState title="Intake hasn't run yet.">
            Once the console is running with a homeserver configured, intake pulls event and user reports (and
            policy-server rejections) on a schedule. Each source gets a row here after its first pass.
          </EmptyState>
        ) : (
          <IntakeTable rows={rows} />
        )}
      </Card>
    </>
  );
}
