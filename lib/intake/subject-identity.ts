/**
 * Where a Matrix identifier lives. Room ids in room version 12 carry no server part (`!opaque`), so "server" may
 * be unknown; an unknown server is treated as remote, the safe default (only local users can be suspended).
 */
import type { SubjectRef } from "./types";

export function serverOf(id: string | null | undefined): string | null {
  if (!id) return null;
  const colon = id.indexOf(":");
  return colon > 0 && colon < id.length - 1 ? id.slice(colon + 1) : null;
}

export type SubjectRow = {
  kind: SubjectRef["kind"];
  key: string;
  isLocal: boolean;
  server: string | null;
  roomId: string | null;
  senderMxid: string | null;
};

export function subjectRow(ref: SubjectRef, serverName: string): SubjectRow {
  // Events: the schema records the room's server; for users and rooms, the id's own server part.
  const server = ref.kind === "EVENT" ? serverOf(ref.roomId) : serverOf(ref.key);
  return {
    kind: ref.kind,
    key: ref.key,
    isLocal: server === serverName,
    server,
    roomId: ref.roomId ?? null,
    senderMxid: ref.senderMxid ?? null,
  };
}

export const subjectKey = (s: { kind: string; key: string }) => `${s.kind}\u0000${s.key}`;
