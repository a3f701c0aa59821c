/** Media admin responses (`synapse/rest/admin/media.py`, `docs/admin_api/media_admin_api.md`). */
import { z } from "zod";

import { ZDbBool, ZInt } from "./common";

export const ZMediaInfo = z.looseObject({
  media_info: z.looseObject({
    /** null for local media. */
    media_origin: z.string().nullish(),
    /** Uploader (local media only). */
    user_id: z.string().nullish(),
    media_id: z.string(),
    media_type: z.string(),
    /** null while an async upload is pending. */
    media_length: ZInt.nullish(),
    upload_name: z.string().nullish(),
    created_ts: ZInt,
    last_access_ts: ZInt.nullish(),
    /** Admin id, or `system` for auto-quarantine by hash. */
    quarantined_by: z.string().nullish(),
    authenticated: ZDbBool.nullish(),
    /** null for remote media (protection applies to local media only). */
    safe_from_quarantine: ZDbBool.nullish(),
    sha256: z.string().nullish(),
  }),
});
export type MediaInfo = z.infer<typeof ZMediaInfo>["media_info"];

export const ZQuarantineCount = z.looseObject({ num_quarantined: ZInt });

export const ZDeletedMedia = z.looseObject({ deleted_media: z.array(z.string()), total: ZInt });

export const ZRoomMedia = z.looseObject({ local: z.array(z.string()), remote: z.array(z.string()) });

export const ZQuarantineChange = z.looseObject({
  origin: z.string(),
  media_id: z.string(),
  quarantined: ZDbBool,
});
export type QuarantineChange = z.infer<typeof ZQuarantineChange>;

export const ZQuarantineChangePage = z.looseObject({
  /** Always present; equal to `from` when there is nothing new. */
  next_batch: ZInt,
  changes: z.array(ZQuarantineChange),
});
export type QuarantineChangePage = z.infer<typeof ZQuarantineChangePage>;
