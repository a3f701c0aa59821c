import type { Metadata } from "next";

import { MyPreviewForm } from "@/components/settings/my-preview-form";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardHeader } from "@/components/ui/card";
import { requireReviewer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { loadMyPreview } from "@/lib/settings/load-my-preview";

export const metadata: Metadata = { title: "My preferences" };

export default async function MyPreferencesPage() {
  const reviewer = await requireReviewer("case.read");
  const view = await loadMyPreview(db(), reviewer.id);
  return (
    <>
      <PageHeader
        title="My preferences"
        description="How media previews look to you. You can make them safer than the team's settings, never less safe."
      />
      <Card aria-labelledby="my-previews">
        <CardHeader titleId="my-previews" title="Media previews" />
        <MyPreviewForm initial={view} />
      </Card>
    </>
  );
}
