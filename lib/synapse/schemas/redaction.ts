/** Mass redaction of a user's events (`RedactUser`, `RedactUserStatus` in `synapse/rest/admin/users.py`). */
import { z } from "zod";

export const ZRedactStarted = z.looseObject({ redact_id: z.string() });

/** The docs say `completed` and a list; the code (and 1.160 on the wire) says `complete` and a map. */
export const ZRedactStatus = z.discriminatedUnion("status", [
  z.looseObject({ status: z.literal("scheduled") }),
  z.looseObject({ status: z.literal("active") }),
  z.looseObject({ status: z.literal("complete"), failed_redactions: z.record(z.string(), z.string()) }),
  z.looseObject({ status: z.literal("failed"), error: z.string().optional() }),
]);
export type RedactStatus = z.infer<typeof ZRedactStatus>;
