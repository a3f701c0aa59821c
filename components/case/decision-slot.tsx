/**
 * Where the decision form mounts on the case page. A server component: it works out on the server which actions
 * apply and which the reviewer's role allows (components/decision/decision-options.ts), then hands plain data to
 * the client form. Once the case is decided it shows the latest decision's actions with their live status instead.
 *
 * `detail` is optional so the page's existing `<DecisionSlot caseId=…/>` keeps working; passing the detail the page
 * already loaded saves loading the case a second time.
 */
import { buildDecisionSetup } from "@/components/decision/decision-options";
import { DecisionForm } from "@/components/decision/decision-form";
import { DecisionProgress } from "@/components/decision/decision-progress";
import { can } from "@/lib/auth/permissions";
import { requireReviewer } from "@/lib/auth/session";
import { type CaseDetail, getCaseDetail } from "@/lib/cases/get-case-detail";
import { env } from "@/lib/env";

export async function DecisionSlot({ caseId, detail }: { caseId: string; detail?: CaseDetail }) {
  const reviewer = await requireReviewer("case.read");
  const loaded = detail ?? (await getCaseDetail(reviewer, caseId));
  const config = env();
  const setup = can(reviewer, "case.dismiss")
    ? buildDecisionSetup(loaded, reviewer, { localServerName: config.SYNAPSE_SERVER_NAME, appealBaseUrl: config.AUTH_URL })
    : null;
  const latest = loaded.decisions.at(-1);
  return (
    <section aria-labelledby="decision-title" data-case-id={caseId} className="rounded-lg border border-line bg-surface">
      <div className="border-b border-line px-4 py-2.5">
        <h2 id="decision-title" className="text-sm font-semibold text-fg">
          Decision
        </h2>
      </div>
      <div className="px-4 py-3">
        {setup ? (
          <DecisionForm key={`${loaded.id}:${loaded.status}`} setup={setup} />
        ) : latest ? (
          <DecisionProgress caseId={loaded.id} decision={latest} />
        ) : (
          <p className="text-sm text-fg-muted">This case is {loaded.status.toLowerCase().replace(/_/g, " ")}; there is nothing to decide.</p>
        )}
      </div>
    </section>
  );
}
