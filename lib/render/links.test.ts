import { describe, expect, it } from "vitest";

import { classifyHref, matrixToUrl } from "./links";

describe("classifyHref", () => {
  it("lets only http(s) be opened", () => {
    expect(classifyHref("https://example.org/a?b=c").openable).toBe("https://example.org/a?b=c");
    expect(classifyHref("http://example.org").openable).toBe("http://example.org/");
  });

  it("never opens javascript:, data: or vbscript:, even disguised", () => {
    for (const href of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>", "vbscript:msgbox"]) {
      const target = classifyHref(href);
      expect(target.openable, href).toBeNull();
      expect(target.raw).toBe(href);
    }
  });

  it("refuses relative and malformed targets and shows homoglyph hosts in punycode", () => {
    expect(classifyHref("/admin").blockedReason).toBe("malformed");
    expect(classifyHref("https://m\u0430trix.org/login").host).toBe("xn--mtrix-4ve.org");
  });
});

describe("matrixToUrl", () => {
  it("builds matrix.to links for users, rooms and events, and nothing for other strings", () => {
    expect(matrixToUrl("@alice:example.org")).toBe("https://matrix.to/#/@alice:example.org");
    expect(matrixToUrl("$ev", "!room:example.org")).toBe("https://matrix.to/#/!room:example.org/$ev");
    expect(matrixToUrl("@a/b?c:example.org")).toBe("https://matrix.to/#/@a%2Fb%3Fc:example.org");
    expect(matrixToUrl("javascript:alert(1)")).toBeNull();
    expect(matrixToUrl("$ev")).toBeNull();
  });
});
