/**
 * `formatted_body` (org.matrix.custom.html) turned into an inert tree the page renders as React elements.
 *
 * Two stages, on purpose:
 * 1. sanitize-html with a strict allowlist (no img, style, class, on*, iframe, svg, math; no attribute at all
 *    except a link's target, which is moved to `data-href` so it can never be an active href);
 * 2. a small parser for sanitize-html's output, which is well-formed and contains only the allowlisted tags, into
 *    `RenderNode`s. React then creates every element itself: no HTML string ever reaches innerHTML, so even a
 *    sanitiser bug could at worst produce wrong text, never markup.
 */
import sanitizeHtml from "sanitize-html";

export const ALLOWED_TAGS = ["b", "i", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "p", "br", "a"] as const;
export type AllowedTag = (typeof ALLOWED_TAGS)[number];

export type RenderNode =
  | { kind: "text"; text: string }
  | { kind: "element"; tag: Exclude<AllowedTag, "a" | "br">; children: RenderNode[] }
  | { kind: "br" }
  | { kind: "link"; href: string; children: RenderNode[] };

export type SanitizedBody = {
  nodes: RenderNode[];
  /** What the sanitiser removed (tag name → count, plus attributes), shown to the reviewer as evidence. */
  removed: { tags: Record<string, number>; attributes: number };
  truncated: boolean;
};

const MAX_INPUT = 64_000;
const MAX_NODES = 5_000;
const NESTING_LIMIT = 20;

const ALLOWED = new Set<string>(ALLOWED_TAGS);

export function sanitizeFormattedBody(html: string): SanitizedBody {
  const truncated = html.length > MAX_INPUT;
  const input = truncated ? html.slice(0, MAX_INPUT) : html;
  const removed: SanitizedBody["removed"] = { tags: {}, attributes: 0 };
  const clean = sanitizeHtml(input, {
    allowedTags: [...ALLOWED_TAGS],
    allowedAttributes: { a: ["data-href"] },
    // No URL attribute survives (href becomes data-href below), so no scheme needs allowing.
    allowedSchemes: [],
    allowedSchemesAppliedToAttributes: [],
    allowedStyles: {},
    allowedClasses: {},
    allowVulnerableTags: false,
    disallowedTagsMode: "discard",
    // Script and style bodies are code, not text a user saw; the raw JSON view keeps them as evidence.
    nonTextTags: ["script", "style", "textarea", "option", "noscript", "title", "svg", "math", "template", "iframe", "object"],
    nestingLimit: NESTING_LIMIT,
    parseStyleAttributes: false,
    transformTags: {
      a: (_tagName, attribs) => {
        const moved: Record<string, string> = {};
        if (attribs.href !== undefined) moved["data-href"] = attribs.href;
        return { tagName: "a", attribs: moved };
      },
    },
    onOpenTag: (name, attribs) => {
      if (!ALLOWED.has(name)) removed.tags[name] = (removed.tags[name] ?? 0) + 1;
      const kept = name === "a" ? ["href"] : [];
      removed.attributes += Object.keys(attribs).filter((a) => !kept.includes(a)).length;
    },
  });
  return { nodes: parseSanitized(clean), removed, truncated };
}

const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (whole, body: string) => {
    if (body.startsWith("#")) {
      const cp = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : "\uFFFD";
    }
    return ENTITY[body] ?? whole;
  });
}

const TOKEN = /<(\/?)([a-z]+)((?:\s+[a-z-]+="[^"]*")*)\s*(\/?)>|([^<]+)|</g;

/** Parses sanitize-html's output (allowlisted tags only, attributes double-quoted) into nodes. */
export function parseSanitized(html: string): RenderNode[] {
  const root: RenderNode[] = [];
  const stack: { tag: string; children: RenderNode[] }[] = [{ tag: "#root", children: root }];
  let count = 0;
  for (const m of html.matchAll(TOKEN)) {
    if (++count > MAX_NODES) break;
    const top = stack[stack.length - 1]!;
    const [, closing, tag, attrs, , text] = m;
    if (text !== undefined || tag === undefined) {
      // A stray "<" cannot occur in sanitize-html output, but if it did it is text, never markup.
      const value = decodeEntities(text ?? "<");
      const last = top.children.at(-1);
      if (last?.kind === "text") last.text += value;
      else top.children.push({ kind: "text", text: value });
      continue;
    }
    if (!ALLOWED.has(tag)) continue;
    if (closing) {
      const at = stack.findLastIndex((f) => f.tag === tag);
      if (at > 0) stack.length = at;
      continue;
    }
    if (tag === "br") {
      top.children.push({ kind: "br" });
      continue;
    }
    const children: RenderNode[] = [];
    if (tag === "a") {
      const href = /data-href="([^"]*)"/.exec(attrs ?? "")?.[1];
      if (href === undefined) {
        // An anchor without a target is just its text.
        stack.push({ tag, children: top.children });
        continue;
      }
      top.children.push({ kind: "link", href: decodeEntities(href), children });
    } else {
      top.children.push({ kind: "element", tag: tag as Exclude<AllowedTag, "a" | "br">, children });
    }
    stack.push({ tag, children });
  }
  return root;
}
