import type { ServerResponse } from "node:http";

import type { Json } from "../state/json";

/** What a handler returns: a JSON body, or raw bytes (media). */
export type Reply =
  | { kind: "json"; status: number; body: Json; headers?: Record<string, string> }
  | { kind: "bytes"; status: number; body: Buffer; headers: Record<string, string> };

export const json = (body: Json, status = 200, headers?: Record<string, string>): Reply => ({
  kind: "json",
  status,
  body,
  ...(headers ? { headers } : {}),
});

export const bytes = (body: Buffer, headers: Record<string, string>, status = 200): Reply => ({
  kind: "bytes",
  status,
  body,
  headers,
});

/** Synapse sets these on every JSON response (`synapse/http/server.py::set_cors_headers`, `respond_with_json`). */
const COMMON_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, POST, PUT, DELETE, OPTIONS",
  "Access-Control-Allow-Headers": "X-Requested-With, Content-Type, Authorization, Date",
  "Access-Control-Expose-Headers": "Synapse-Trace-Id, Server",
  "Cache-Control": "no-cache, no-store, must-revalidate",
};

export function writeReply(res: ServerResponse, reply: Reply): void {
  if (res.headersSent || res.destroyed) return;
  if (reply.kind === "json") {
    const payload = Buffer.from(JSON.stringify(reply.body), "utf8");
    res.writeHead(reply.status, {
      ...COMMON_HEADERS,
      "Content-Type": "application/json",
      "Content-Length": String(payload.length),
      ...reply.headers,
    });
    res.end(payload);
    return;
  }
  res.writeHead(reply.status, {
    ...COMMON_HEADERS,
    "Content-Length": String(reply.body.length),
    ...reply.headers,
  });
  res.end(reply.body);
}

/** Bytes that are not valid JSON, or are cut short: what a broken proxy or a crashed worker can send. */
export function writeRaw(
  res: ServerResponse,
  status: number,
  payload: string,
  contentType = "application/json",
): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { ...COMMON_HEADERS, "Content-Type": contentType });
  res.end(payload);
}
