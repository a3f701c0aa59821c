import type { Metadata } from "next";

import { ReviewerTable } from "@/components/reviewers/reviewer-table";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireReviewer } from "@/lib/auth/session";
import { listReviewers } from "@/lib/reviewers/list-reviewers";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const reviewer = await requireReviewer("settings.manage");
  const reviewers = await listReviewers();
  return (
    <>
      <PageHeader title="Settings" description="Who can use this console, and with which role." />
      <Card aria-labelledby="settings-roster">
        <CardHeader
          titleId="settings-roster"
          title="Reviewers"
          description={
            <>
              Reviewers are added from the server&apos;s command line:{" "}
              <code className="rounded bg-surface-2 px-1 py-0.5 font-mono text-[0.6875rem] text-fg">
                npm run console -- add-reviewer &lt;mxid&gt; &lt;role&gt;
              </code>
            </>
          }
        />
        {reviewers.length === 0 ? (
          <EmptyState title="No reviewers yet." />
        ) : (
          <ReviewerTable reviewers={reviewers} currentId={reviewer.id} />
        )}
      </Card>
    </>
  );
}
