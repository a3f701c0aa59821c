import { Prng } from "../scenario/prng";

/**
 * Fault injection, for testing how the console copes with a sick homeserver. Rates are probabilities in [0, 1] drawn
 * from a seeded PRNG (same seed, same sequence of faults); `everyNth` is fully deterministic.
 */
export interface FaultConfig {
  /** 5xx: Synapse's own 500, or a reverse proxy's 502/504 page. */
  errorRate?: number;
  /** 429 M_LIMIT_EXCEEDED with `retry_after_ms` and `Retry-After`. */
  rateLimitRate?: number;
  /** `retry_after_ms` for injected 429s (default 2000). */
  retryAfterMs?: number;
  /** Added to every in-scope request, plus uniform jitter in [0, jitterMs]. */
  latencyMs?: number;
  jitterMs?: number;
  /** Accept the request and never answer (until the client gives up or the simulator stops). */
  timeoutRate?: number;
  /** Run the request, then send a truncated or otherwise invalid JSON body. */
  malformedRate?: number;
  /** Fail every Nth in-scope call (1-based count) with `everyNthKind` (default "error"). */
  everyNth?: number;
  everyNthKind?: FaultKind;
  /** "admin" (default): only `/_synapse/admin/*`; "all": every Matrix path. The control endpoint is never faulted. */
  scope?: "admin" | "all";
  /** Seed for the fault PRNG (defaults to the simulator's seed). */
  seed?: number;
}

export type FaultKind = "error" | "rateLimit" | "timeout" | "malformed";

export interface FaultDecision {
  delayMs: number;
  kind: FaultKind | null;
  /** For "error": which flavour of 5xx. */
  errorStatus: 500 | 502 | 504;
  retryAfterMs: number;
  /** For "malformed": cut the body short, or replace it with non-JSON. */
  malformedStyle: "truncate" | "html" | "garbage";
}

const RATE_KEYS = ["errorRate", "rateLimitRate", "timeoutRate", "malformedRate"] as const;

/** Throws on nonsense so a typo in a test or on the CLI is loud instead of silently fault-free. */
export function validateFaults(input: unknown): FaultConfig {
  if (typeof input !== "object" || input === null || Array.isArray(input))
    throw new Error("faults must be an object");
  const f = input as Record<string, unknown>;
  const known = new Set<string>([
    ...RATE_KEYS,
    "retryAfterMs",
    "latencyMs",
    "jitterMs",
    "everyNth",
    "everyNthKind",
    "scope",
    "seed",
  ]);
  for (const key of Object.keys(f)) if (!known.has(key)) throw new Error(`unknown fault option '${key}'`);
  for (const key of RATE_KEYS) {
    const v = f[key];
    if (v !== undefined && (typeof v !== "number" || !(v >= 0 && v <= 1)))
      throw new Error(`${key} must be a number in [0, 1]`);
  }
  for (const key of ["retryAfterMs", "latencyMs", "jitterMs", "everyNth", "seed"]) {
    const v = f[key];
    if (v !== undefined && (typeof v !== "number" || !Number.isInteger(v) || v < 0))
      throw new Error(`${key} must be a non-negative integer`);
  }
  if (
    f.everyNthKind !== undefined &&
    (typeof f.everyNthKind !== "string" ||
      !["error", "rateLimit", "timeout", "malformed"].includes(f.everyNthKind))
  ) {
    throw new Error("everyNthKind must be error | rateLimit | timeout | malformed");
  }
  if (f.scope !== undefined && f.scope !== "admin" && f.scope !== "all")
    throw new Error("scope must be admin | all");
  return f;
}

export class FaultInjector {
  private config: FaultConfig = {};
  private prng: Prng;
  private counter = 0;

  constructor(
    private readonly defaultSeed: number,
    initial: FaultConfig = {},
  ) {
    this.prng = Prng.derive(defaultSeed, "faults");
    this.set(initial);
  }

  /** Replace the configuration; the call counter and PRNG restart so a test's fault sequence is reproducible. */
  set(config: FaultConfig): void {
    this.config = validateFaults(config);
    this.prng = Prng.derive(config.seed ?? this.defaultSeed, "faults");
    this.counter = 0;
  }

  get current(): FaultConfig {
    return { ...this.config };
  }

  inScope(path: string): boolean {
    if (path.startsWith("/_simulator/")) return false;
    return (this.config.scope ?? "admin") === "all" || path.startsWith("/_synapse/admin/");
  }

  /** Decide the fate of one request. Draw order is fixed so sequences don't depend on which rates are zero. */
  decide(path: string): FaultDecision | null {
    if (!this.inScope(path)) return null;
    const c = this.config;
    this.counter += 1;
    const draws = {
      timeout: this.prng.next(),
      error: this.prng.next(),
      rate: this.prng.next(),
      malformed: this.prng.next(),
    };
    const flavour = this.prng.next();
    const jitter = this.prng.next();
    let kind: FaultKind | null = null;
    if (c.everyNth && c.everyNth > 0 && this.counter % c.everyNth === 0) kind = c.everyNthKind ?? "error";
    else if (draws.timeout < (c.timeoutRate ?? 0)) kind = "timeout";
    else if (draws.error < (c.errorRate ?? 0)) kind = "error";
    else if (draws.rate < (c.rateLimitRate ?? 0)) kind = "rateLimit";
    else if (draws.malformed < (c.malformedRate ?? 0)) kind = "malformed";
    return {
      delayMs: (c.latencyMs ?? 0) + Math.floor(jitter * ((c.jitterMs ?? 0) + 1)),
      kind,
      errorStatus: flavour < 0.6 ? 500 : flavour < 0.8 ? 502 : 504,
      retryAfterMs: c.retryAfterMs ?? 2000,
      malformedStyle: flavour < 0.5 ? "truncate" : flavour < 0.8 ? "html" : "garbage",
    };
  }
}
