/**
 * Strict parsing of the `mxc://<server_name>/<media_id>` URIs that media routes accept. lib/synapse/mxc.ts is
 * lenient on purpose (it reads whatever events contain); here the value comes from a browser and ends up in a
 * Synapse request path and a cache key, so only the grammar the Matrix spec allows gets through, with bounds.
 */
import { z } from "zod";

import type { MediaRef } from "@/lib/synapse/mxc";

// Server name: DNS name or IPv4 (letters, digits, "-", "."), or a bracketed IPv6 literal, then an optional port.
const SERVER_NAME = String.raw`(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,253}[A-Za-z0-9])?|\[[0-9A-Fa-f:.]{2,45}\])(?::[0-9]{1,5})?`;
// Media ids: the spec limits them to A-Z a-z 0-9 "_" "-"; Synapse generates 24 letters.
const MEDIA_ID = "[A-Za-z0-9_-]{1,255}";
const MXC = new RegExp(`^mxc://(${SERVER_NAME})/(${MEDIA_ID})$`);

export const MAX_MXC_LENGTH = 512;

export function parseStrictMxc(uri: string): MediaRef | undefined {
  if (uri.length > MAX_MXC_LENGTH) return undefined;
  const match = MXC.exec(uri);
  if (!match?.[1] || !match[2]) return undefined;
  const port = /:([0-9]+)$/.exec(match[1])?.[1];
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return undefined;
  return { serverName: match[1], mediaId: match[2] };
}

export const ZMxcUri = z
  .string()
  .max(MAX_MXC_LENGTH)
  .refine((v) => parseStrictMxc(v) !== undefined, "must be mxc://<server_name>/<media_id>");

/** Case ids are cuids; anything else is refused before it reaches a query. */
export const ZCaseId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be a case id");
