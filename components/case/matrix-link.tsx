import { matrixToUrl } from "@/lib/render/links";

import { ExternalLink } from "./external-link";

/**
 * A matrix.to deep link for a user, room or event, shown as text; it opens a Matrix client only when the reviewer
 * chooses "Open in Matrix client" and confirms. Never followed automatically (it would tell the subject's
 * homeserver nothing, but it would put a reviewer in front of the content outside the console's protections).
 */
export function MatrixLink({ id, roomId }: { id: string; roomId?: string | null }) {
  const url = matrixToUrl(id, roomId);
  if (!url) return null;
  return (
    <span className="block min-w-0 text-xs">
      <ExternalLink href={url} openLabel="Open in Matrix client" />
    </span>
  );
}
