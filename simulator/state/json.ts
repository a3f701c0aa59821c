/** JSON values as they travel through the simulator: request bodies, event content, responses. */
export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Deep copy, so stored events can't be mutated through a response object (and vice versa). */
export function cloneJson<T extends Json>(value: T): T {
  return structuredClone(value);
}
