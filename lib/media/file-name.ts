/**
 * File names from uploaders, made safe to show and to put in a Content-Disposition header. Names are attacker text:
 * a right-to-left override turns "cute-cat.svg\u202Egpj.exe" into something that reads as a .jpg, "../" or "\"
 * would point outside a download folder, and quotes or newlines would break out of the header.
 */
const MAX_NAME_CHARS = 120;

// Control characters, and the bidi embeddings/overrides/isolates and marks that reorder what a reviewer reads.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

const EXTENSIONS: Record<string, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/gif": "gif",
  "image/webp": "webp",
  "image/avif": "avif",
  "image/svg+xml": "svg",
  "text/html": "html",
  "application/pdf": "pdf",
  "video/mp4": "mp4",
  "video/webm": "webm",
};

export function sanitizeFileName(raw: string | null | undefined, sniffedMime?: string): string {
  let name = (raw ?? "").normalize("NFC").replace(INVISIBLE, "");
  name = name.split(/[/\\]/).pop() ?? "";
  name = name.replace(/["'`;<>|:*?]/g, "_").replace(/\s+/g, " ").trim().replace(/^\.+/, "");
  if (!name) name = "media";
  // The real type decides the extension a downloaded copy opens with, whatever the uploader called it.
  const ext = sniffedMime ? EXTENSIONS[sniffedMime] : undefined;
  if (ext && !name.toLowerCase().endsWith(`.${ext}`) && !(ext === "jpg" && /\.jpe?g$/i.test(name))) name += `.${ext}`;
  return truncateKeepingExtension(name, MAX_NAME_CHARS);
}

function truncateKeepingExtension(name: string, max: number): string {
  const chars = [...name];
  if (chars.length <= max) return name;
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : "";
  return chars.slice(0, max - [...ext].length - 1).join("") + "…" + ext;
}

/** `attachment; filename="ascii"; filename*=UTF-8''utf8` (RFC 6266), from an already sanitised name. */
export function attachmentDisposition(safeName: string): string {
  const ascii = safeName.replace(/[^\x20-\x7e]/g, "_").replace(/[\\"]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(safeName)}`;
}

/** The upload name in a Synapse Content-Disposition (`filename*=utf-8''…` wins over `filename=`). */
export function fileNameFromDisposition(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*(?:utf-8|UTF-8)''([^;]+)/.exec(header)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      return undefined;
    }
  }
  return /filename\s*=\s*"?([^";]+)"?/.exec(header)?.[1]?.trim();
}
