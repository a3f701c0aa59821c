import type { Metadata } from "next";

import { AppealTable } from "@/components/appeals/appeal-table";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { listAppeals } from "@/lib/appeals/list-appeals";
import { requireReviewer } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Appeals" };

export default async function AppealsPage() {
  const reviewer = await requireReviewer("appeal.read");
  const { waiting, recent } = await listAppeals(reviewer);
  return (
    <>
      <PageHeader
        title="Appeals"
        description="Complaints from users about decisions. Each is decided by a reviewer other than the one who made the decision."
      />
      <div className="space-y-5">
        <Card aria-labelledby="appeals-waiting">
          <CardHeader
            titleId="appeals-waiting"
            title="Waiting"
            description="Filed or in review, soonest deadline first."
          />
          {waiting.length === 0 ? (
            <EmptyState title="No appeals waiting.">
              Users appeal through the link in the statement of reasons they receive; new appeals appear here.
            </EmptyState>
          ) : (
            <AppealTable caption="Appeals waiting" items={waiting} mode="waiting" />
          )}
        </Card>
        <Card aria-labelledby="appeals-recent">
          <CardHeader
            titleId="appeals-recent"
            title="Recently closed"
            description="Decided or withdrawn, newest first."
          />
          {recent.length === 0 ? (
            <EmptyState title="No appeals decided yet." />
          ) : (
            <AppealTable caption="Appeals recently closed" items={recent} mode="recent" />
          )}
        </Card>
      </div>
    </>
  );
}
