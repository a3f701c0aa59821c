/**
 * Account actions on local users. Each is a flag on Synapse's side, so repeating one after a lost answer changes
 * nothing; each checks Synapse's answer says the flag now has the wanted value before calling the action done.
 */
import type { SpecOf } from "../action-schemas";
import type { ExecutionOutcome, ExecutorContext } from "../types";

const confirmed = (ok: boolean, what: string, result: Record<string, unknown>): ExecutionOutcome =>
  ok ? { type: "done", result } : { type: "failed", error: `Synapse answered but did not confirm: ${what}`, result };

export async function setSuspended(
  { synapse, spec }: ExecutorContext<SpecOf<"SUSPEND_USER"> | SpecOf<"UNSUSPEND_USER">>,
): Promise<ExecutionOutcome> {
  const wanted = spec.kind === "SUSPEND_USER";
  const suspended = await synapse.users.setSuspended(spec.userId, wanted);
  return confirmed(suspended === wanted, `suspended=${wanted}`, { suspended });
}

export async function setLocked(
  { synapse, spec }: ExecutorContext<SpecOf<"LOCK_USER"> | SpecOf<"UNLOCK_USER">>,
): Promise<ExecutionOutcome> {
  const wanted = spec.kind === "LOCK_USER";
  // users.setLocked looks the account up first: PUT /v2/users would otherwise create a missing one.
  const user = await synapse.users.setLocked(spec.userId, wanted);
  return confirmed(user.locked === wanted, `locked=${wanted}`, { locked: user.locked ?? null });
}

export async function deactivate({ synapse, spec }: ExecutorContext<SpecOf<"DEACTIVATE_USER">>): Promise<ExecutionOutcome> {
  const answer = await synapse.users.deactivate(spec.userId, { erase: spec.erase });
  return { type: "done", result: { erase: spec.erase, idServerUnbindResult: answer.id_server_unbind_result } };
}

export async function setShadowBanned(
  { synapse, spec }: ExecutorContext<SpecOf<"SHADOW_BAN_USER"> | SpecOf<"UNSHADOW_BAN_USER">>,
): Promise<ExecutionOutcome> {
  // Synapse answers `{}` both ways; a 2xx is its confirmation.
  if (spec.kind === "SHADOW_BAN_USER") await synapse.users.shadowBan(spec.userId);
  else await synapse.users.unshadowBan(spec.userId);
  return { type: "done", result: { shadowBanned: spec.kind === "SHADOW_BAN_USER" } };
}
