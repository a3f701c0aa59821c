/** `npm run build`: builds the web app (when its sources changed) and records the fingerprint `npm start` checks. */
import { childProcessEnv } from "@/lib/env";
import { ensureBuild } from "@/lib/runtime/build-cache";

ensureBuild(childProcessEnv({ NEXT_TELEMETRY_DISABLED: "1" })).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
