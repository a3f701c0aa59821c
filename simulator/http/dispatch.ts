import type { IncomingMessage, ServerResponse } from "node:http";

import type { Ctx, Runtime } from "./context";
import { internalError, limitExceeded, MatrixError } from "./errors";
import type { FaultDecision, FaultInjector } from "./faults";
import { json, writeRaw, writeReply, type Reply } from "./respond";
import type { Router } from "./router";

/** Synapse's default `max_upload_size` is 50M; the test peer raises it to 200M. Bodies above this are refused. */
const MAX_BODY_BYTES = 200 * 1024 * 1024;

export interface Dispatcher {
  listener: (req: IncomingMessage, res: ServerResponse) => void;
  /** Requests parked by the timeout fault; stop() destroys them so nothing leaks. */
  parked: Set<ServerResponse>;
}

function readBody(req: IncomingMessage): Promise<Buffer | "too-large"> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve("too-large");
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function delay(ms: number, res: ServerResponse): Promise<boolean> {
  if (ms <= 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(!res.destroyed), ms);
    res.once("close", () => {
      clearTimeout(timer);
      resolve(false);
    });
  });
}

function corrupt(
  reply: Reply,
  style: FaultDecision["malformedStyle"],
): { status: number; payload: string; type: string } {
  const text = reply.kind === "json" ? JSON.stringify(reply.body) : reply.body.toString("latin1");
  if (style === "html")
    return {
      status: reply.status,
      payload: "<html><body><h1>502 Bad Gateway</h1></body></html>",
      type: "application/json",
    };
  if (style === "garbage")
    return {
      status: reply.status,
      payload: `{"errcode": M_UNKNOWN, ${text.slice(0, 20)}\u0000`,
      type: "application/json",
    };
  return {
    status: reply.status,
    payload: text.slice(0, Math.max(1, Math.floor(text.length / 2))),
    type: "application/json",
  };
}

export function createDispatcher(rt: Runtime, router: Router, faults: FaultInjector): Dispatcher {
  const parked = new Set<ServerResponse>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawUrl = req.url ?? "/";
    const q = rawUrl.indexOf("?");
    const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
    const query = new URLSearchParams(q < 0 ? "" : rawUrl.slice(q + 1));
    const method = (req.method ?? "GET").toUpperCase();

    if (method === "OPTIONS") {
      // Synapse's OptionsResource answers every OPTIONS with 204 and CORS headers.
      res.writeHead(204, {
        "Access-Control-Allow-Origin": "*",
        "Access-Control-Allow-Methods": "GET, HEAD, POST, PUT, DELETE, OPTIONS",
        "Access-Control-Allow-Headers": "X-Requested-With, Content-Type, Authorization, Date",
        "Content-Length": "0",
      });
      res.end();
      return;
    }
    if (path === "/health") return writeRaw(res, 200, "OK", "text/plain");
    if (!path.startsWith("/_matrix/") && !path.startsWith("/_synapse/") && !path.startsWith("/_simulator/")) {
      // Outside Synapse's JSON resources Twisted answers with its own HTML page.
      return writeRaw(
        res,
        404,
        "<html><head><title>404 - No Such Resource</title></head><body><h1>No Such Resource</h1><p>Sorry. No luck finding that resource.</p></body></html>",
        "text/html",
      );
    }

    const body = await readBody(req);
    if (body === "too-large") {
      return writeReply(res, json({ errcode: "M_TOO_LARGE", error: "Request body too large" }, 413));
    }

    const fault = faults.decide(path);
    if (fault && !(await delay(fault.delayMs, res))) return;
    if (fault?.kind === "timeout") {
      parked.add(res);
      res.once("close", () => parked.delete(res));
      return;
    }
    if (fault?.kind === "error") {
      if (fault.errorStatus === 500) return writeReply(res, errorReply(internalError()));
      return writeRaw(
        res,
        fault.errorStatus,
        `<html><body><h1>${fault.errorStatus} ${fault.errorStatus === 502 ? "Bad Gateway" : "Gateway Time-out"}</h1></body></html>`,
        "text/html",
      );
    }
    if (fault?.kind === "rateLimit") return writeReply(res, errorReply(limitExceeded(fault.retryAfterMs)));

    let reply: Reply;
    const abort = new AbortController();
    res.once("close", () => abort.abort());
    try {
      const { handler, params } = router.match(method, path);
      const ctx: Ctx = {
        rt,
        method,
        path,
        query,
        params,
        headers: req.headers,
        rawHeaders: req.rawHeaders,
        body,
        ip: req.socket.remoteAddress ?? "127.0.0.1",
        signal: abort.signal,
      };
      reply = await handler(ctx);
    } catch (err) {
      if (err instanceof MatrixError) reply = errorReply(err);
      else {
        console.error("simulator: handler failed", method, path, err);
        reply = errorReply(internalError());
      }
    }
    if (method === "HEAD" && reply.kind === "bytes") reply = { ...reply, body: Buffer.alloc(0) };
    if (fault?.kind === "malformed") {
      const broken = corrupt(reply, fault.malformedStyle);
      return writeRaw(res, broken.status, broken.payload, broken.type);
    }
    writeReply(res, reply);
  }

  return {
    parked,
    listener: (req, res) => {
      handle(req, res).catch((err: unknown) => {
        console.error("simulator: request failed", err);
        if (!res.headersSent) writeReply(res, errorReply(internalError()));
      });
    },
  };
}

export function errorReply(err: MatrixError): Reply {
  return json(err.body(), err.status, err.headers);
}
