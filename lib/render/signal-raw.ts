/**
 * The parts of a signal's verbatim `raw` record a reviewer needs next to the report: which policy-server filters
 * fired and with which harms, whether it was a hellban, and Synapse's soft-fail flag. `raw` is shaped by its source
 * (lib/intake/policyserv-webhook.ts stores `{ notification, parsed }`; soft-failed events store the event), and it
 * is read defensively: a missing or odd field yields nothing rather than an error.
 */
import { boundText } from "./bound";

export type PolicyServerVerdict = {
  /** Filter name → what it answered (class, then harm ids), as policyserv reports it. */
  filters: { name: string; responses: string[] }[];
  harmIds: string[];
  hellban: boolean;
  softFailSpammy: boolean;
};

const MAX_FILTERS = 20;
const MAX_VALUES = 20;

function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === "string").slice(0, MAX_VALUES).map((v) => boundText(v, 200).text)
    : [];
}

export function policyServerVerdict(raw: unknown): PolicyServerVerdict | null {
  const top = record(raw);
  if (!top) return null;
  const parsed = record(top.parsed);
  const unsigned = record(top.unsigned);
  const softFailSpammy = unsigned?.["io.element.synapse.policy_server_spammy"] === true;
  if (!parsed && !softFailSpammy) return null;
  const filterResponses = record(parsed?.filterResponses);
  const filters = filterResponses
    ? Object.entries(filterResponses)
        .slice(0, MAX_FILTERS)
        .map(([name, responses]) => ({ name: boundText(name, 200).text, responses: strings(responses) }))
    : [];
  return { filters, harmIds: strings(parsed?.harmIds), hellban: parsed?.hellban === true, softFailSpammy };
}
