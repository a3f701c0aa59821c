import sharp from "sharp";

import { requireUser } from "../http/auth";
import type { Ctx } from "../http/context";
import { MatrixError } from "../http/errors";
import { parseChoice, parseInteger } from "../http/params";
import { bytes, json, type Reply } from "../http/respond";
import type { MediaItem } from "../state/media";

/** Types Synapse serves `inline`; everything else (SVG included) is an attachment. */
const INLINE_TYPES = new Set([
  "text/css",
  "text/plain",
  "text/csv",
  "application/json",
  "application/ld+json",
  "image/jpeg",
  "image/gif",
  "image/png",
  "image/apng",
  "image/webp",
  "image/avif",
  "video/mp4",
  "video/webm",
  "video/ogg",
  "video/quicktime",
  "audio/mp4",
  "audio/webm",
  "audio/aac",
  "audio/mpeg",
  "audio/ogg",
  "audio/wave",
  "audio/wav",
  "audio/x-wav",
  "audio/x-pn-wav",
  "audio/flac",
  "audio/x-flac",
]);

const MEDIA_HEADERS = {
  "Content-Security-Policy":
    "sandbox; default-src 'none'; script-src 'none'; plugin-types application/pdf; style-src 'unsafe-inline'; media-src 'self'; object-src 'self';",
  "X-Content-Security-Policy": "sandbox;",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Resource-Policy": "cross-origin",
};

/** `respond_404` names the request path in its message. */
const notFoundPath = (ctx: Ctx) => new MatrixError(404, "M_NOT_FOUND", `Not found '${ctx.path}'`);

// POST /_matrix/media/v3/upload?filename=
export function upload(ctx: Ctx): Reply {
  const requester = requireUser(ctx);
  const state = ctx.rt.state;
  const item = state.media.add({
    origin: state.serverName,
    mediaId: state.ids.mediaId(),
    userId: requester.userId,
    mediaType: String(ctx.headers["content-type"] ?? "application/octet-stream"),
    uploadName: ctx.query.get("filename"),
    createdTs: state.now(),
    lastAccessTs: null,
    safeFromQuarantine: false,
    authenticated: true,
    bytes: ctx.body,
  });
  return json({ content_uri: `mxc://${item.origin}/${item.mediaId}` });
}

function disposition(item: MediaItem, fileName: string | undefined): string {
  const kind = INLINE_TYPES.has(item.mediaType.split(";")[0]?.trim() ?? "") ? "inline" : "attachment";
  const name = fileName ?? item.uploadName;
  if (!name) return kind;
  return /^[\x20-\x7e]*$/.test(name) && !/[;"\\]/.test(name)
    ? `${kind}; filename=${name}`
    : `${kind}; filename*=utf-8''${encodeURIComponent(name)}`;
}

// GET /_matrix/client/v1/media/download/<server_name>/<media_id>[/<file_name>]
export function download(ctx: Ctx): Reply {
  const requester = requireUser(ctx);
  let bypass = false;
  if (ctx.query.get("admin_unsafely_bypass_quarantine") === "true") {
    if (!requester.isAdmin)
      throw new MatrixError(400, "M_UNKNOWN", "Must be a server admin to bypass quarantine");
    bypass = true;
  }
  const item = ctx.rt.state.media.get(ctx.params.server_name ?? "", ctx.params.media_id ?? "");
  if (!item || (item.quarantinedBy !== null && !bypass)) throw notFoundPath(ctx);
  item.lastAccessTs = ctx.rt.state.now();
  return bytes(item.bytes, {
    ...MEDIA_HEADERS,
    "Content-Type": item.mediaType,
    "Content-Disposition": disposition(item, ctx.params.file_name),
  });
}

/** Synapse's default `thumbnail_sizes`; without dynamic thumbnails the nearest pre-generated size is served. */
const SIZES = [
  { width: 32, height: 32, method: "crop" },
  { width: 96, height: 96, method: "crop" },
  { width: 320, height: 240, method: "scale" },
  { width: 640, height: 480, method: "scale" },
  { width: 800, height: 600, method: "scale" },
] as const;

const THUMBNAILABLE = new Set(["image/jpeg", "image/png", "image/gif", "image/webp"]);
const thumbnailCache = new WeakMap<MediaItem, Map<string, Buffer>>();

// GET /_matrix/client/v1/media/thumbnail/<server_name>/<media_id>?width=&height=&method=: never bypasses quarantine.
export async function thumbnail(ctx: Ctx): Promise<Reply> {
  requireUser(ctx);
  const width = parseInteger(ctx.query, "width");
  const height = parseInteger(ctx.query, "height");
  if (width === undefined)
    throw new MatrixError(400, "M_MISSING_PARAM", "Missing required integer query parameter width");
  if (height === undefined)
    throw new MatrixError(400, "M_MISSING_PARAM", "Missing required integer query parameter height");
  const method = parseChoice(ctx.query, "method", ["crop", "scale"] as const, "scale");
  const item = ctx.rt.state.media.get(ctx.params.server_name ?? "", ctx.params.media_id ?? "");
  if (!item || item.quarantinedBy !== null || !THUMBNAILABLE.has(item.mediaType)) throw notFoundPath(ctx);
  const candidates = SIZES.filter((s) => s.method === method);
  const size =
    candidates.find((s) => s.width >= width && s.height >= height) ??
    candidates[candidates.length - 1] ??
    SIZES[2];
  const key = `${size.width}x${size.height}-${size.method}`;
  const cache = thumbnailCache.get(item) ?? new Map<string, Buffer>();
  thumbnailCache.set(item, cache);
  let out = cache.get(key);
  const type = item.mediaType === "image/png" ? "image/png" : "image/jpeg";
  if (!out) {
    const pipeline = sharp(item.bytes).resize(size.width, size.height, {
      fit: size.method === "crop" ? "cover" : "inside",
      withoutEnlargement: size.method === "scale",
    });
    out = await (type === "image/png" ? pipeline.png() : pipeline.jpeg({ quality: 80 })).toBuffer();
    cache.set(key, out);
  }
  return bytes(out, {
    ...MEDIA_HEADERS,
    "Content-Type": type,
    "Content-Disposition": "inline; filename=thumbnail",
  });
}
