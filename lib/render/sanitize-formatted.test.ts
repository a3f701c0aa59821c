import { describe, expect, it } from "vitest";

import { type RenderNode, sanitizeFormattedBody } from "./sanitize-formatted";

/** Flattens nodes back to a string with a visible marker per element, to assert structure compactly. */
function show(nodes: RenderNode[]): string {
  return nodes
    .map((n) => {
      if (n.kind === "text") return n.text;
      if (n.kind === "br") return "<br>";
      if (n.kind === "link") return `[link ${n.href}](${show(n.children)})`;
      return `<${n.tag}>${show(n.children)}</${n.tag}>`;
    })
    .join("");
}

describe("sanitizeFormattedBody", () => {
  it("keeps only the allowlisted tags and no attributes", () => {
    const out = sanitizeFormattedBody(
      '<p class="x" style="color:red" onclick="alert(1)"><b>bold</b> <i>it</i> <em>e</em> <strong>s</strong> <code>c</code></p><pre>pre</pre><blockquote>q</blockquote><ul><li>one</li></ul><ol><li>two</li></ol>a<br>b',
    );
    expect(show(out.nodes)).toBe(
      "<p><b>bold</b> <i>it</i> <em>e</em> <strong>s</strong> <code>c</code></p><pre>pre</pre><blockquote>q</blockquote><ul><li>one</li></ul><ol><li>two</li></ol>a<br>b",
    );
    expect(out.removed.attributes).toBe(3);
  });

  it("drops script, style, img, iframe, svg and math, with their code", () => {
    const out = sanitizeFormattedBody(
      '<script>alert(1)</script><style>body{display:none}</style><img src=x onerror="window.__pwned=1"><iframe src="javascript:alert(1)"></iframe><svg onload="alert(1)"><script>alert(2)</script></svg><math><mi>x</mi></math>after',
    );
    expect(show(out.nodes)).toBe("after");
    expect(out.removed.tags).toMatchObject({ script: 2, style: 1, img: 1, iframe: 1, svg: 1, math: 1 });
  });

  it("turns every link into an inert node carrying its real target, whatever the scheme", () => {
    const out = sanitizeFormattedBody(
      '<a href="javascript:alert(document.cookie)">click me</a> <a href="https://phish.example" title="https://matrix.org">https://matrix.org</a> <a>no target</a>',
    );
    expect(show(out.nodes)).toBe(
      "[link javascript:alert(document.cookie)](click me) [link https://phish.example](https://matrix.org) no target",
    );
  });

  it("decodes entities into text, so markup inside text stays text", () => {
    const out = sanitizeFormattedBody("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#x202E;");
    expect(out.nodes).toEqual([{ kind: "text", text: "<script>alert(1)</script> & \u202E" }]);
  });

  it("treats a closing-title breakout as text and bounds nesting and size", () => {
    expect(show(sanitizeFormattedBody("</title><script>window.__pwned=1</script>x").nodes)).toBe("x");
    const deep = "<blockquote>".repeat(100) + "deep" + "</blockquote>".repeat(100);
    const nested = sanitizeFormattedBody(deep).nodes;
    let depth = 0;
    let node: RenderNode | undefined = nested[0];
    while (node?.kind === "element") {
      depth += 1;
      node = node.children[0];
    }
    expect(depth).toBeLessThanOrEqual(20);
    expect(sanitizeFormattedBody("a".repeat(100_000)).truncated).toBe(true);
  });
});
