import type { Json } from "../state/json";

/** SQL-ish ordering of column values: numbers and booleans numerically, NULL first, everything else as text. */
export function compareColumn(a: Json | undefined, b: Json | undefined): number {
  const key = (v: Json | undefined): number | string => {
    if (v === null || v === undefined) return "";
    if (typeof v === "number") return v;
    if (typeof v === "boolean") return Number(v);
    return typeof v === "string" ? v : JSON.stringify(v);
  };
  const ka = key(a);
  const kb = key(b);
  if (typeof ka === "number" && typeof kb === "number") return ka - kb;
  const sa = String(ka);
  const sb = String(kb);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}
