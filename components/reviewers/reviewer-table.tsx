import { ChildSafetyBadge, RoleBadge } from "@/components/shell/reviewer-badges";
import { Badge } from "@/components/ui/badge";
import { BoundedText } from "@/components/ui/bounded-text";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { ReviewerRole } from "@/lib/generated/prisma/enums";

export type RosterRow = {
  id: string;
  mxid: string;
  displayName: string | null;
  role: ReviewerRole;
  childSafety: boolean;
  deactivatedAt: Date | null;
  lastSignInAt: Date | null;
  createdAt: Date;
};

export function ReviewerTable({ reviewers, currentId }: { reviewers: RosterRow[]; currentId: string }) {
  return (
    <Table caption="Reviewers" minWidthClass="min-w-[60rem]">
      <THead>
        <tr>
          <Th>Matrix id</Th>
          <Th className="w-56">Name</Th>
          <Th className="w-28">Role</Th>
          <Th className="w-32">Child safety</Th>
          <Th className="w-32">Last sign-in</Th>
          <Th className="w-32">Added</Th>
          <Th className="w-28">Status</Th>
        </tr>
      </THead>
      <TBody>
        {reviewers.map((r) => (
          <Tr key={r.id} className={r.deactivatedAt ? "text-fg-muted" : undefined}>
            <Td>
              <span className="flex min-w-0 items-center gap-2">
                <BoundedText value={r.mxid} mono max={255} className="min-w-0" />
                {r.id === currentId ? <span className="shrink-0 text-xs text-fg-subtle">(you)</span> : null}
              </span>
            </Td>
            <Td>
              <BoundedText value={r.displayName} max={120} />
            </Td>
            <Td>
              <RoleBadge role={r.role} />
            </Td>
            <Td>{r.childSafety ? <ChildSafetyBadge /> : <span className="text-fg-subtle">No</span>}</Td>
            <Td className="text-fg-muted">
              {r.lastSignInAt ? (
                <RelativeTime value={r.lastSignInAt} />
              ) : (
                <span className="text-fg-subtle">Never</span>
              )}
            </Td>
            <Td className="text-fg-muted">
              <RelativeTime value={r.createdAt} />
            </Td>
            <Td>
              {r.deactivatedAt ? (
                <Badge tone="neutral">Deactivated</Badge>
              ) : (
                <Badge tone="success">Active</Badge>
              )}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
