import { withReviewer } from "@/lib/http/route";
import { defaultMediaDeps } from "@/lib/media/media-deps";
import { getMediaDescriptor } from "@/lib/media/media-info";
import { ZInfoQuery } from "@/lib/media/schemas";

export const runtime = "nodejs";

// GET /api/v1/media/info?mxc=… — type, size, sha256, md5, dimensions, quarantined; never pixels.
export const GET = withReviewer({ permission: "case.read", query: ZInfoQuery }, ({ reviewer, query }) =>
  getMediaDescriptor(defaultMediaDeps(), reviewer, query.mxc),
);
