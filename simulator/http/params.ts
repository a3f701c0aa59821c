import { isJsonObject, type Json, type JsonObject } from "../state/json";
import { badJson, invalidParam, MatrixError, missingParam } from "./errors";

export { optionalStrictField, requireStrictField } from "./pydantic";

/**
 * Query-string and body parsing with Synapse's exact rules and messages (`synapse/http/servlet.py`). Twisted keeps
 * blank values and the first of repeated keys wins, as with URLSearchParams.get.
 */

/** Python's `int(str)`: surrounding whitespace, a sign and `_` between digits are accepted. */
export function pythonInt(raw: string): number | null {
  const m = /^\s*([+-]?)(\d+(?:_\d+)*)\s*$/.exec(raw);
  if (!m) return null;
  const value = Number((m[2] ?? "").replace(/_/g, ""));
  if (!Number.isSafeInteger(value)) return null;
  return m[1] === "-" ? -value : value;
}

export function parseInteger(query: URLSearchParams, name: string, defaultValue: number): number;
export function parseInteger(query: URLSearchParams, name: string, defaultValue?: number): number | undefined;
export function parseInteger(
  query: URLSearchParams,
  name: string,
  defaultValue?: number,
): number | undefined {
  const raw = query.get(name);
  if (raw === null) return defaultValue;
  const value = pythonInt(raw);
  if (value === null) throw invalidParam(`Query parameter ${name} must be an integer`);
  if (value < 0) throw invalidParam(`Query parameter ${name} must be a positive integer.`);
  return value;
}

export function parseBoolean(query: URLSearchParams, name: string): boolean | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  if (raw === "true") return true;
  if (raw === "false") return false;
  throw invalidParam(`Boolean query parameter '${name}' must be one of ['true', 'false']`);
}

/** `parse_string(..., allowed_values=...)`, whose message lists the values in Python's repr. */
export function parseChoice<T extends string>(
  query: URLSearchParams,
  name: string,
  allowed: readonly T[],
  defaultValue: T,
): T {
  const raw = query.get(name);
  if (raw === null) return defaultValue;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw invalidParam(`Query parameter '${name}' must be one of [${allowed.map((v) => `'${v}'`).join(", ")}]`);
}

export type Direction = "b" | "f";

export const parseDirection = (query: URLSearchParams, defaultValue: Direction): Direction =>
  parseChoice(query, "dir", ["b", "f"] as const, defaultValue);

/** `parse_json`: a URL-encoded JSON query parameter such as `filter`. */
export function parseJsonQuery(query: URLSearchParams, name: string): JsonObject | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  try {
    const value = JSON.parse(raw) as unknown;
    if (isJsonObject(value)) return value;
  } catch {
    // fall through
  }
  throw new MatrixError(400, "M_NOT_JSON", `Query parameter ${name} must be a valid JSON object`);
}

/** `parse_json_value_from_request`. An empty body is `undefined` when allowed. */
export function parseJsonBody(body: Buffer, allowEmpty = false): Json | undefined {
  if (body.length === 0 && allowEmpty) return undefined;
  try {
    return JSON.parse(body.toString("utf8")) as Json;
  } catch {
    throw new MatrixError(400, "M_NOT_JSON", "Content not JSON.");
  }
}

/** `parse_json_object_from_request`. */
export function parseJsonObject(body: Buffer, allowEmpty = false): JsonObject {
  const value = parseJsonBody(body, allowEmpty);
  if (value === undefined) return {};
  if (!isJsonObject(value)) throw badJson("Content must be a JSON object.");
  return value;
}

/** `assert_params_in_dict`; the message is Python's repr of the list of absent keys. */
export function assertParams(body: JsonObject, required: readonly string[]): void {
  const absent = required.filter((key) => !(key in body));
  if (absent.length > 0) throw missingParam(`Missing params: [${absent.map((k) => `'${k}'`).join(", ")}]`);
}

/** The admin report servlets' id check: any Python int >= 0. */
export function parseReportId(raw: string, message: string): number {
  const value = pythonInt(raw);
  if (value === null || value < 0) throw invalidParam(message);
  return value;
}

/**
 * SQL `LIKE '%value%'` as Synapse's report filters use it: `%` and `_` in the value are wildcards. SQLite compares
 * ASCII case-insensitively, PostgreSQL does not; `caseInsensitive` picks which database is imitated.
 */
export function likeContains(pattern: string, caseInsensitive: boolean): (value: string) => boolean {
  const source = pattern
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/%/g, ".*")
    .replace(/_/g, ".");
  const re = new RegExp(source, caseInsensitive ? "is" : "s");
  return (value) => re.test(value);
}
