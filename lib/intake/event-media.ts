/**
 * The media an event references, read from its content: `url` (m.image, m.file, m.video, m.audio, stickers),
 * `info.thumbnail_url`, and `mxc://` URIs inside `formatted_body`. Only well-formed mxc URIs are returned; a
 * hostile `url: "javascript:…"` is ignored. Type and size from `info` are hints the sender wrote, not facts.
 */
export type MediaRefHint = { mxc: string; mimetype: string | null; size: number | null };

const MXC = /^mxc:\/\/[A-Za-z0-9.:\-[\]]{1,255}\/[A-Za-z0-9_-]{1,255}$/;

export function mediaInContent(content: unknown, max = 20): MediaRefHint[] {
  if (!content || typeof content !== "object") return [];
  const c = content as Record<string, unknown>;
  const info = c.info && typeof c.info === "object" ? (c.info as Record<string, unknown>) : {};
  const out = new Map<string, MediaRefHint>();
  const add = (uri: unknown, mimetype: unknown, size: unknown) => {
    if (typeof uri !== "string" || !MXC.test(uri) || out.has(uri) || out.size >= max) return;
    out.set(uri, {
      mxc: uri,
      mimetype: typeof mimetype === "string" ? mimetype.slice(0, 100) : null,
      size: typeof size === "number" && Number.isFinite(size) && size >= 0 ? size : null,
    });
  };
  add(c.url, info.mimetype, info.size);
  const thumb =
    info.thumbnail_info && typeof info.thumbnail_info === "object"
      ? (info.thumbnail_info as Record<string, unknown>)
      : {};
  add(info.thumbnail_url, thumb.mimetype, thumb.size);
  if (typeof c.formatted_body === "string") {
    for (const m of c.formatted_body
      .slice(0, 50_000)
      .matchAll(/mxc:\/\/[A-Za-z0-9.:\-[\]]+\/[A-Za-z0-9_-]+/g))
      add(m[0], null, null);
  }
  return [...out.values()];
}
