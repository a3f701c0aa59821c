import { requireAdmin } from "../http/auth";
import type { Ctx } from "../http/context";
import { badJson } from "../http/errors";
import { validateFaults, type FaultConfig } from "../http/faults";
import { parseJsonObject } from "../http/params";
import { json, type Reply } from "../http/respond";
import type { JsonObject } from "../state/json";

/**
 * `/_simulator/*`: the simulator's own control surface (not Synapse's). Admin-only, never fault-injected, so a running
 * demo can be switched into "sick homeserver" mode and back.
 */
export function controlHandlers(faults: { get(): FaultConfig; set(f: FaultConfig): void }) {
  return {
    // GET /_simulator/faults
    getFaults(ctx: Ctx): Reply {
      requireAdmin(ctx);
      return json(faults.get() as JsonObject);
    },
    // POST /_simulator/faults with a FaultConfig body ({} switches faults off)
    setFaults(ctx: Ctx): Reply {
      requireAdmin(ctx);
      const body = parseJsonObject(ctx.body);
      let config: FaultConfig;
      try {
        config = validateFaults(body);
      } catch (err) {
        throw badJson(err instanceof Error ? err.message : String(err));
      }
      faults.set(config);
      return json(faults.get() as JsonObject);
    },
  };
}
