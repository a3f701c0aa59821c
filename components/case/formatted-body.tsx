import { sanitizeFormattedBody } from "@/lib/render/sanitize-formatted";

import { SafeHtml } from "./safe-html";

/**
 * The HTML version of a message, collapsed behind a native <details>: the plain body is the default reading, and
 * the formatted one is what the sender's client would have shown (links as inert text). What the sanitiser removed
 * is listed, because an <img onerror> or an <iframe> in a message is itself evidence.
 */
export function FormattedBody({ html }: { html: string }) {
  const { nodes, removed, truncated } = sanitizeFormattedBody(html);
  const removedTags = Object.entries(removed.tags);
  return (
    <details className="mt-3 min-w-0 rounded-md border border-line">
      <summary className="cursor-pointer px-3 py-1.5 text-xs text-fg-muted select-none hover:text-fg">
        Formatted version (sanitised; links are shown, not followed)
      </summary>
      <div className="min-w-0 border-t border-line px-3 py-2">
        {removedTags.length || removed.attributes ? (
          <p className="mb-2 text-xs text-tone-warning-fg" data-sanitiser-removed="">
            Removed before display:{" "}
            {[
              ...removedTags.map(([tag, n]) => `<${tag}> ×${n}`),
              ...(removed.attributes ? [`${removed.attributes} attribute${removed.attributes === 1 ? "" : "s"}`] : []),
            ].join(", ")}
            {truncated ? "; cut at 64,000 characters" : ""}
          </p>
        ) : null}
        <div dir="auto" className="bidi-isolate text-sm [overflow-wrap:anywhere] text-fg">
          <SafeHtml nodes={nodes} />
        </div>
      </div>
    </details>
  );
}
