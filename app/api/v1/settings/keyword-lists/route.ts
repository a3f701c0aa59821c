import { requestContext } from "@/lib/auth/request-context";
import { db } from "@/lib/db/client";
import { withReviewerBody } from "@/lib/http/body-route";
import { withReviewer } from "@/lib/http/route";
import { KEYWORD_LISTS_KEY, parseKeywordLists } from "@/lib/settings/keyword-lists";
import { readSetting } from "@/lib/settings/read-setting";
import { saveKeywordLists } from "@/lib/settings/save-keyword-lists";
import { ZPutKeywordListsBody } from "@/lib/settings/schemas";

export const runtime = "nodejs";

// 20 lists × 200 terms × 64 characters fit; the schema enforces the real bounds.
const MAX_BODY_BYTES = 512 * 1024;

// GET /api/v1/settings/keyword-lists — the lists the proactive room scan matches names and topics against.
export const GET = withReviewer({ permission: "settings.manage" }, () =>
  readSetting(db(), KEYWORD_LISTS_KEY, parseKeywordLists),
);

// PUT /api/v1/settings/keyword-lists — replace them; audited SETTING_CHANGED in the same transaction.
export const PUT = withReviewerBody(
  { permission: "settings.manage", body: ZPutKeywordListsBody, maxBytes: MAX_BODY_BYTES },
  ({ reviewer, body, request }) =>
    saveKeywordLists(db(), { actor: reviewer, lists: body, context: requestContext(request.headers) }),
);
