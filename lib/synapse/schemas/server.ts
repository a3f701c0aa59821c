/** Server-level responses: version, whoami, server notices. */
import { z } from "zod";

export const ZServerVersion = z.looseObject({ server_version: z.string() });

export const ZWhoami = z.looseObject({
  user_id: z.string(),
  is_guest: z.boolean().optional(),
  device_id: z.string().optional(),
});
export type Whoami = z.infer<typeof ZWhoami>;

export const ZServerNoticeSent = z.looseObject({ event_id: z.string() });
