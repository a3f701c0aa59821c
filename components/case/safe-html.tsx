import type { RenderNode } from "@/lib/render/sanitize-formatted";

import { ExternalLink } from "./external-link";
import { InvisibleAware } from "./inert-text";

/**
 * Renders the sanitiser's node tree as React elements. Only the allowlisted tags exist as cases below; there is no
 * path from content to innerHTML, attributes, styles or event handlers.
 */
export function SafeHtml({ nodes }: { nodes: RenderNode[] }) {
  return <Nodes nodes={nodes} />;
}

const TAG_CLASSES = {
  p: "my-1",
  b: "font-semibold",
  strong: "font-semibold",
  i: "italic",
  em: "italic",
  code: "rounded-sm bg-surface-2 px-1 font-mono text-[0.85em]",
  pre: "my-1 max-w-full overflow-x-auto rounded-md bg-surface-2 p-2 font-mono text-xs whitespace-pre-wrap",
  blockquote: "my-1 border-l-2 border-line-strong pl-3 text-fg-muted",
  ul: "my-1 list-disc pl-5",
  ol: "my-1 list-decimal pl-5",
  li: "",
} as const;

function Nodes({ nodes }: { nodes: RenderNode[] }) {
  return nodes.map((node, i) => {
    switch (node.kind) {
      case "text":
        return <InvisibleAware key={i} value={node.text} />;
      case "br":
        return <br key={i} />;
      case "link":
        return (
          <ExternalLink key={i} href={node.href}>
            <Nodes nodes={node.children} />
          </ExternalLink>
        );
      case "element": {
        const Tag = node.tag;
        return (
          <Tag key={i} className={TAG_CLASSES[node.tag]}>
            <Nodes nodes={node.children} />
          </Tag>
        );
      }
    }
  });
}
