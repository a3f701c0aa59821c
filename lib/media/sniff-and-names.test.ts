import sharp from "sharp";
import { describe, expect, it } from "vitest";

import { attachmentDisposition, fileNameFromDisposition, sanitizeFileName } from "./file-name";
import { hashMedia } from "./hash-media";
import { parseStrictMxc, ZMxcUri } from "./mxc";
import { sniffType } from "./sniff-type";
import { photoLike, SCRIPTED_SVG } from "./testing/fixtures";

describe("sniffType", () => {
  it("goes by magic bytes, whatever the file claims to be", async () => {
    expect(sniffType(await photoLike(20, 20))).toMatchObject({ mime: "image/png", decodable: true });
    expect(sniffType(await sharp(await photoLike(20, 20)).webp().toBuffer()).mime).toBe("image/webp");
    expect(sniffType(SCRIPTED_SVG)).toMatchObject({ mime: "image/svg+xml", decodable: false });
    expect(sniffType(Buffer.from("\ufeff  <svg xmlns='x'/>")).mime).toBe("image/svg+xml");
    expect(sniffType(Buffer.from("<!DOCTYPE html><script>x</script>")).mime).toBe("text/html");
    expect(sniffType(Buffer.from("%PDF-1.7\n")).mime).toBe("application/pdf");
    expect(sniffType(Buffer.from([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d, 0, 0, 0, 0])).mime).toBe("video/mp4");
    expect(sniffType(Buffer.from([0, 0, 0, 0x1c, 0x66, 0x74, 0x79, 0x70, 0x61, 0x76, 0x69, 0x66])).mime).toBe("image/avif");
    expect(sniffType(Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 1])).family).toBe("video");
    expect(sniffType(Buffer.from([0, 1, 2, 3, 0xff])).mime).toBe("application/octet-stream");
    expect(sniffType(Buffer.from("II*\0....")).decodable).toBe(false); // TIFF: libvips could, we don't
  });
});

describe("file names", () => {
  it("removes bidi overrides, paths and header-breaking characters, and bounds the length", () => {
    expect(sanitizeFileName("cute-cat.svg\u202Egpj.exe", "image/svg+xml")).toBe("cute-cat.svggpj.exe.svg");
    expect(sanitizeFileName("../../etc/passwd")).toBe("passwd");
    expect(sanitizeFileName('a"b\r\nc;d.png', "image/png")).toBe("a_bc_d.png");
    expect(sanitizeFileName("", "image/jpeg")).toBe("media.jpg");
    expect(sanitizeFileName("photo.jpeg", "image/jpeg")).toBe("photo.jpeg");
    expect(sanitizeFileName("photo.jpg", "image/png")).toBe("photo.jpg.png");
    const long = sanitizeFileName(`${"x".repeat(500)}.png`, "image/png");
    expect([...long].length).toBeLessThanOrEqual(120);
    expect(long.endsWith("….png")).toBe(true);
  });

  it("writes an RFC 6266 attachment header and reads Synapse's back", () => {
    const header = attachmentDisposition("résumé.pdf");
    expect(header).toBe(`attachment; filename="r_sum_.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf`);
    expect(fileNameFromDisposition("inline; filename*=utf-8''r%C3%A9sum%C3%A9.pdf")).toBe("résumé.pdf");
    expect(fileNameFromDisposition("attachment; filename=cat.png")).toBe("cat.png");
    expect(fileNameFromDisposition(undefined)).toBeUndefined();
  });
});

describe("strict mxc URIs", () => {
  it("accepts the spec's grammar only", () => {
    expect(parseStrictMxc("mxc://example.org/AbC_-123")).toEqual({ serverName: "example.org", mediaId: "AbC_-123" });
    expect(parseStrictMxc("mxc://localhost:8448/abc")?.serverName).toBe("localhost:8448");
    expect(parseStrictMxc("mxc://[::1]:8448/abc")?.serverName).toBe("[::1]:8448");
    for (const bad of [
      "mxc://example.org/a/b",
      "mxc://example.org/../x",
      "mxc://example.org/a%2Fb",
      "mxc://example.org/a?b",
      "mxc://exa mple.org/a",
      "mxc://example.org:99999/a",
      "https://example.org/a",
      `mxc://example.org/${"a".repeat(600)}`,
      "mxc:///a",
    ]) {
      expect(ZMxcUri.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe("hashMedia", () => {
  it("gives SHA-256 and MD5 of the bytes", () => {
    expect(hashMedia(Buffer.from("abc"))).toEqual({
      sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
      md5: "900150983cd24fb0d6963f7d28e17f72",
    });
  });
});
