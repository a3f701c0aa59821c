import { requireAdmin } from "../http/auth";
import type { Ctx } from "../http/context";
import { badJson, notFound, synapseError } from "../http/errors";
import { optionalStrictField, parseJsonObject } from "../http/params";
import { missingField } from "../http/pydantic";
import { json, type Reply } from "../http/respond";
import { defaultRedactionRooms, redactAllEvents } from "../state/redaction";
import { parseUserId } from "./ids";

// POST /_synapse/admin/v1/user/<user_id>/redact (the path regex has no `$`, so trailing segments still match)
export function startRedaction(ctx: Ctx): Reply {
  const requester = requireAdmin(ctx);
  const state = ctx.rt.state;
  const userId = ctx.params.user_id ?? "";
  parseUserId(userId);
  const body = parseJsonObject(ctx.body);
  if (!("rooms" in body)) missingField("PostBody", "rooms", body);
  if (!Array.isArray(body.rooms) || body.rooms.some((r) => typeof r !== "string")) {
    throw badJson("1 validation error for PostBody\nrooms\n  Input should be a valid list [type=list_type]");
  }
  optionalStrictField(body, "reason", "string", "PostBody");
  optionalStrictField(body, "limit", "integer", "PostBody");
  optionalStrictField(body, "use_admin", "boolean", "PostBody");
  optionalStrictField(body, "before_ts", "integer", "PostBody");
  optionalStrictField(body, "after_ts", "integer", "PostBody");
  const limit = typeof body.limit === "number" ? body.limit : null;
  if (limit !== null && limit !== 0 && limit <= 0) {
    throw synapseError(400, "If limit is provided it must be a non-negative integer greater than 0.");
  }
  const rooms = body.rooms.length > 0 ? (body.rooms as string[]) : defaultRedactionRooms(state, userId);
  if (state.jobs.find("redact_all_events", userId, ["active"]).length > 0) {
    throw synapseError(400, `Redact already in progress for user ${userId}`);
  }
  const task = state.jobs.start(
    { id: state.ids.taskId(), action: "redact_all_events", resourceId: userId, createdTs: state.now() },
    () => ({
      result: redactAllEvents(state, {
        userId,
        rooms,
        reason: typeof body.reason === "string" ? body.reason : null,
        limit: limit || 1000,
        useAdmin: body.use_admin === true,
        adminId: requester.userId,
        beforeTs: typeof body.before_ts === "number" ? body.before_ts : null,
        afterTs: typeof body.after_ts === "number" ? body.after_ts : null,
      }),
    }),
  );
  return json({ redact_id: task.id });
}

// GET /_synapse/admin/v1/user/redact_status/<redact_id> (does not check the task's kind: a delete_id resolves too)
export function redactStatus(ctx: Ctx): Reply {
  requireAdmin(ctx);
  const id = ctx.params.redact_id ?? "";
  const task = ctx.rt.state.jobs.get(id);
  if (!task) throw notFound(`redact id '${id}' not found`);
  if (task.status === "active" || task.status === "scheduled") return json({ status: task.status });
  if (task.status === "complete") {
    const failed = task.result?.failed_redactions;
    return json({
      status: "complete",
      failed_redactions: failed && typeof failed === "object" ? failed : {},
    });
  }
  return json({
    status: "failed",
    error: task.error || "Unknown error, please check the logs for more information.",
  });
}
