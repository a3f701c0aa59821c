import { describe, expect, it } from "vitest";

import { attachmentResponse, descriptorResponse, webpResponse } from "./media-responses";
import { ZExposureTotalsQuery, ZPreviewQuery, ZRevealBody } from "./schemas";

describe("media responses", () => {
  it("serves previews as inert, uncached WebP", async () => {
    const res = webpResponse(Buffer.from("RIFF....WEBP"));
    expect(Object.fromEntries(res.headers)).toMatchObject({
      "content-type": "image/webp",
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
      "content-security-policy": "default-src 'none'",
      "content-disposition": 'inline; filename="preview.webp"',
    });
    expect(Buffer.from(await res.arrayBuffer()).toString()).toBe("RIFF....WEBP");
  });

  it("serves originals only as sandboxed octet-stream attachments", () => {
    const res = attachmentResponse(Buffer.from("<svg/>"), "cat.svg", "ab".repeat(32));
    expect(Object.fromEntries(res.headers)).toMatchObject({
      "content-type": "application/octet-stream",
      "content-disposition": `attachment; filename="cat.svg"; filename*=UTF-8''cat.svg`,
      "content-security-policy": "sandbox; default-src 'none'",
      "x-content-type-options": "nosniff",
    });
  });

  it("answers 415 with the descriptor when there is no preview", async () => {
    const res = descriptorResponse({ type: "image/svg+xml", family: "vector", declaredType: "image/png", size: 10, name: "a.svg", sha256: "x", md5: "y", dimensions: null, reason: "unsupported_type" });
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ error: { code: "UNSUPPORTED_MEDIA" }, media: { type: "image/svg+xml", sha256: "x" } });
  });
});

describe("media route inputs", () => {
  it("validates strictly", () => {
    expect(ZPreviewQuery.parse({ mxc: "mxc://a.org/b", greyscale: "1" })).toEqual({ mxc: "mxc://a.org/b", greyscale: true });
    expect(ZPreviewQuery.safeParse({ mxc: "mxc://a.org/b", caseId: "x'; drop" }).success).toBe(false);
    expect(ZRevealBody.safeParse({ mxc: "mxc://a.org/b" }).success).toBe(false); // a reveal names its case
    expect(ZRevealBody.safeParse({ mxc: "mxc://a.org/b", caseId: "c1", extra: 1 }).success).toBe(false);
    expect(ZExposureTotalsQuery.safeParse({ since: "2001-01-01T00:00:00Z" }).success).toBe(false);
  });
});
