/** `mxc://<server_name>/<media_id>` URIs, as found in event content and report evidence. */
export interface MediaRef {
  serverName: string;
  mediaId: string;
}

// Server names may carry a port or an IPv6 literal; media ids are opaque but never contain "/".
const MXC = /^mxc:\/\/([^/]+)\/([^/?#]+)$/;

export function parseMxc(uri: string): MediaRef | undefined {
  const match = MXC.exec(uri);
  return match?.[1] && match[2] ? { serverName: match[1], mediaId: match[2] } : undefined;
}

export function toMxc(ref: MediaRef): string {
  return `mxc://${ref.serverName}/${ref.mediaId}`;
}
