import type { Json, JsonObject } from "../state/json";
import { badJson, missingParam } from "./errors";

/**
 * Pydantic-style body validation for the servlets that use `parse_and_validate_json_object_from_request` (suspend,
 * redact, room and user reports). Errcodes follow `validate_json_object` (a single `missing` error is
 * M_MISSING_PARAM, a wrong strict type M_BAD_JSON); messages are pydantic 2's, with the docs link of the version on
 * the test peer (2.14).
 */
const PYDANTIC_DOCS = "https://errors.pydantic.dev/2.14/v";

type Kind = "boolean" | "string" | "integer";
const PY_NAME: Record<Kind, string> = { boolean: "bool", string: "string", integer: "int" };

function pydanticMessage(
  model: string,
  key: string,
  text: string,
  type: string,
  input: Json,
  inputType: string,
): string {
  return `1 validation error for ${model}\n${key}\n  ${text} [type=${type}, input_value=${pyRepr(input)}, input_type=${inputType}]\n    For further information visit ${PYDANTIC_DOCS}/${type}`;
}

function wrongType(model: string, key: string, kind: Kind, value: Json): never {
  throw badJson(
    pydanticMessage(
      model,
      key,
      `Input should be a valid ${kind}`,
      `${PY_NAME[kind]}_type`,
      value,
      pyType(value),
    ),
  );
}

export function requireStrictField(
  body: JsonObject,
  key: string,
  kind: "boolean" | "string",
  model: string,
): void {
  if (!(key in body))
    throw missingParam(pydanticMessage(model, key, "Field required", "missing", body, "dict"));
  const value = body[key] ?? null;
  if (typeof value !== kind) wrongType(model, key, kind, value);
}

export function optionalStrictField(body: JsonObject, key: string, kind: Kind, model: string): void {
  const value = body[key];
  if (value === undefined || value === null) return;
  const ok =
    kind === "integer" ? typeof value === "number" && Number.isInteger(value) : typeof value === kind;
  if (!ok) wrongType(model, key, kind, value);
}

/** `pydantic`'s `missing` error for a required field (used where the field has a non-scalar type). */
export function missingField(model: string, key: string, body: JsonObject): never {
  throw missingParam(pydanticMessage(model, key, "Field required", "missing", body, "dict"));
}

function pyType(value: Json): string {
  if (value === null) return "NoneType";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "float";
  if (typeof value === "string") return "str";
  return Array.isArray(value) ? "list" : "dict";
}

/** Python's repr() of a decoded JSON value. */
export function pyRepr(value: Json): string {
  if (value === null) return "None";
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") return String(value);
  if (typeof value === "string")
    return value.includes("'") && !value.includes('"') ? `"${value}"` : `'${value.replace(/'/g, "\\'")}'`;
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(", ")}]`;
  return `{${Object.entries(value)
    .map(([k, v]) => `${pyRepr(k)}: ${pyRepr(v)}`)
    .join(", ")}}`;
}
