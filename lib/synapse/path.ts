/**
 * Request paths for the Synapse client. Every Matrix identifier that goes into a path is percent-encoded here, and
 * only here: user, room and event ids carry `@ : ! $ #` (and `/` or `?` in hostile input), which would otherwise
 * change the route or be cut off as a fragment. The branded `EncodedPath` type makes `client.request()` refuse a
 * hand-concatenated string, so an unencoded id cannot slip through.
 */
declare const encodedPathBrand: unique symbol;

export type EncodedPath = string & { readonly [encodedPathBrand]: true };

export type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Readonly<Record<string, QueryValue>>;

// Stricter than encodeURIComponent, which leaves `!'()*` alone: we want every sub-delimiter encoded so a proxy or a
// future Synapse router never sees a reserved character inside a path segment.
export function encodeSegment(value: string | number): string {
  const text = String(value);
  if (text === "") {
    // An empty id would silently hit a different route (`/users/` lists users); fail loudly instead.
    throw new TypeError("Empty path segment in a Synapse request path");
  }
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Tagged template: `synapsePath\`/_synapse/admin/v2/users/${userId}\`` encodes each interpolated value. */
export function synapsePath(
  strings: TemplateStringsArray,
  ...segments: ReadonlyArray<string | number>
): EncodedPath {
  let out = strings[0] ?? "";
  segments.forEach((segment, i) => {
    out += encodeSegment(segment) + (strings[i + 1] ?? "");
  });
  if (!out.startsWith("/")) throw new TypeError(`Synapse request paths must start with "/": ${out}`);
  return out as EncodedPath;
}

/** Joins base URL, encoded path and query; `undefined`/`null` query values are left out. */
export function buildUrl(baseUrl: string, path: EncodedPath, query?: QueryParams): URL {
  const url = new URL(baseUrl.replace(/\/+$/, "") + path);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
  }
  return url;
}
