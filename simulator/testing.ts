/**
 * Helpers for the simulator's own tests: start a simulator on a free port and talk to it with fetch. Not part of the
 * simulator's runtime; kept beside it so tests stay short.
 */
import { startSimulator, type SimulatorHandle, type SimulatorOptions } from "./server";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Res {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed body, or undefined when it isn't JSON. */
  json: Json | undefined;
  body: Record<string, Json>;
}

export async function call(
  base: string,
  path: string,
  init: {
    method?: string;
    token?: string;
    body?: unknown;
    headers?: Record<string, string>;
    signal?: AbortSignal;
  } = {},
): Promise<Res> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  let body: string | undefined;
  if (init.body !== undefined) {
    headers["content-type"] ??= "application/json";
    body = typeof init.body === "string" ? init.body : JSON.stringify(init.body);
  }
  const res = await fetch(`${base}${path}`, {
    method: init.method ?? (body ? "POST" : "GET"),
    headers,
    ...(body !== undefined ? { body } : {}),
    ...(init.signal ? { signal: init.signal } : {}),
  });
  const text = await res.text();
  let json: Json | undefined;
  try {
    json = JSON.parse(text) as Json;
  } catch {
    json = undefined;
  }
  const bodyObj = json && typeof json === "object" && !Array.isArray(json) ? json : {};
  return { status: res.status, headers: res.headers, text, json, body: bodyObj };
}

/** Fast defaults for tests: no shadow-ban sleep, short job delay, fixed clock anchor. */
export async function testSimulator(
  options: SimulatorOptions = {},
): Promise<SimulatorHandle & { admin: (path: string, init?: Parameters<typeof call>[2]) => Promise<Res> }> {
  const sim = await startSimulator({
    port: 0,
    scenario: "empty",
    shadowBanDelayMs: [0, 0],
    jobDelayMs: 20,
    ...options,
  });
  return { ...sim, admin: (path, init = {}) => call(sim.url, path, { token: sim.adminToken, ...init }) };
}

/** Create a user through the admin API and log in; returns the access token. */
export async function makeUser(
  sim: { url: string; adminToken: string; serverName: string },
  localpart: string,
): Promise<{ userId: string; token: string }> {
  const userId = `@${localpart}:${sim.serverName}`;
  await call(sim.url, `/_synapse/admin/v2/users/${encodeURIComponent(userId)}`, {
    method: "PUT",
    token: sim.adminToken,
    body: { password: "pw" },
  });
  const login = await call(sim.url, "/_matrix/client/v3/login", {
    body: { type: "m.login.password", identifier: { type: "m.id.user", user: localpart }, password: "pw" },
  });
  return { userId, token: str(login.body.access_token) };
}

export const enc = encodeURIComponent;

/** A JSON value that must be a string (or number) in a response; fails the test loudly otherwise. */
export function str(value: Json | undefined): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  throw new Error(`expected a string, got ${JSON.stringify(value)}`);
}

/** Bounded polling for asynchronous simulator work (jobs): short growing waits, a hard deadline, no fixed sleep. */
export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let wait = 5;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`not done after ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, wait));
    wait = Math.min(100, wait * 2);
  }
}
