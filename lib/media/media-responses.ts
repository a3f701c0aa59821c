/**
 * HTTP responses for media. Every image the console serves is our own WebP, but the headers still assume the worst:
 * no sniffing, a CSP that lets nothing run even if the URL is opened directly, no caching outside the reviewer's
 * browser, and no embedding by other sites. Originals only ever leave as opaque attachments in a sandbox.
 */
import type { MediaDescriptor } from "./describe-media";
import { attachmentDisposition } from "./file-name";

const COMMON = {
  "X-Content-Type-Options": "nosniff",
  "Cache-Control": "private, no-store",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Referrer-Policy": "no-referrer",
};

const body = (bytes: Uint8Array) => new Blob([new Uint8Array(bytes)]);

export function webpResponse(webp: Uint8Array, extra: Record<string, string> = {}): Response {
  return new Response(body(webp), {
    status: 200,
    headers: {
      ...COMMON,
      "Content-Type": "image/webp",
      "Content-Security-Policy": "default-src 'none'",
      "Content-Disposition": 'inline; filename="preview.webp"',
      "Content-Length": String(webp.byteLength),
      ...extra,
    },
  });
}

/** 415: no preview for this file; the descriptor lets the UI show type, size, name and hashes instead. */
export function descriptorResponse(descriptor: MediaDescriptor, quarantined: boolean | null = null): Response {
  const message =
    descriptor.reason === "too_large"
      ? "This file is larger than the preview limit."
      : "No preview for this file; its type and hashes are described instead.";
  return Response.json(
    { error: { code: "UNSUPPORTED_MEDIA", message }, media: { ...descriptor, quarantined } },
    { status: 415, headers: COMMON },
  );
}

export function attachmentResponse(bytes: Uint8Array, safeName: string, sha256: string): Response {
  return new Response(body(bytes), {
    status: 200,
    headers: {
      ...COMMON,
      "Content-Type": "application/octet-stream",
      "Content-Disposition": attachmentDisposition(safeName),
      "Content-Security-Policy": "sandbox; default-src 'none'",
      "Content-Length": String(bytes.byteLength),
      "X-Media-SHA256": sha256,
    },
  });
}
