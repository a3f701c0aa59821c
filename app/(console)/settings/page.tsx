import type { Metadata } from "next";

import { ReviewerTable } from "@/components/reviewers/reviewer-table";
import { KeywordListsForm } from "@/components/settings/keyword-lists-form";
import { LastChanged } from "@/components/settings/last-changed";
import { MediaPreviewForm } from "@/components/settings/media-preview-form";
import { SettingsSectionsNav } from "@/components/settings/settings-sections-nav";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireReviewer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { GLOBAL_SETTINGS_KEY, parseGlobalSettings } from "@/lib/media/settings";
import { listReviewers } from "@/lib/reviewers/list-reviewers";
import { KEYWORD_LISTS_KEY, parseKeywordLists } from "@/lib/settings/keyword-lists";
import { readSetting } from "@/lib/settings/read-setting";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const reviewer = await requireReviewer("settings.manage");
  const [reviewers, media, keywords] = await Promise.all([
    listReviewers(),
    readSetting(db(), GLOBAL_SETTINGS_KEY, parseGlobalSettings),
    readSetting(db(), KEYWORD_LISTS_KEY, parseKeywordLists),
  ]);
  return (
    <>
      <PageHeader
        title="Settings"
        description="Who can use this console, how media is shown, and what the room scan looks for."
      />
      <SettingsSectionsNav />
      <div className="space-y-5">
        <Card id="settings-roster" aria-labelledby="settings-roster-title">
          <CardHeader
            titleId="settings-roster-title"
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
        <Card id="settings-media" aria-labelledby="settings-media-title">
          <CardHeader
            titleId="settings-media-title"
            title="Media previews"
            description={
              <>
                Blur, greyscale and reveal rules for everyone; reviewers can only make their own previews
                safer. <LastChanged view={media} />
              </>
            }
          />
          <MediaPreviewForm initial={media.value} />
        </Card>
        <Card id="settings-keywords" aria-labelledby="settings-keywords-title">
          <CardHeader
            titleId="settings-keywords-title"
            title="Keyword lists"
            description={
              <>
                Room names and topics are scanned against these lists; a match opens a case on the room with
                the list&apos;s harm. <LastChanged view={keywords} />
              </>
            }
          />
          <KeywordListsForm initial={keywords.value} />
        </Card>
      </div>
    </>
  );
}
