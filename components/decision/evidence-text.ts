/**
 * What an evidence snapshot kept and, as important, what it did not: a reviewer must never assume a copy of a
 * file exists when only its hash was kept. Reads the snapshot's captured JSON defensively (it is `unknown` to the
 * client; lib/evidence/capture-*.ts writes it). Pure.
 */
import type { EvidenceListItem } from "@/lib/evidence/list-evidence";

export const EVIDENCE_KIND_LABELS: Record<string, string> = {
  event: "Message",
  media: "File",
  room: "Room",
  capture_error: "Not captured",
};

const OMITTED: Record<string, string> = {
  over_file_cap: "Bytes not kept: the file is larger than the per-file limit.",
  over_decision_cap: "Bytes not kept: the decision's storage limit was used up by earlier files.",
  not_found: "Bytes not kept: Synapse no longer had the file.",
  fetch_failed: "Bytes not kept: downloading the file from Synapse failed.",
  not_requested: "Bytes not kept: the file was described, not removed, by this decision.",
};

const record = (v: unknown): Record<string, unknown> =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : [];

/** Sentences on what is missing from the snapshot and why; empty when it is complete. */
export function evidenceOmissions(item: Pick<EvidenceListItem, "kind" | "data">): string[] {
  const data = record(item.data);
  const notes: string[] = [];
  if (item.kind === "capture_error") {
    const part = typeof data.part === "string" ? data.part.replace(/_/g, " ") : "part";
    notes.push(
      `The ${part} could not be captured: ${typeof data.message === "string" ? data.message : "no reason given"}`,
    );
  }
  if (item.kind === "media" && typeof data.bytesOmitted === "string") {
    notes.push(OMITTED[data.bytesOmitted] ?? `Bytes not kept (${data.bytesOmitted}).`);
  }
  if (item.kind === "media" && data.sha256MatchesSynapse === false) {
    notes.push("The kept bytes do not match the hash Synapse recorded at upload.");
  }
  if (item.kind === "room" && data.membersTruncated === true) notes.push("Only the first members were kept.");
  for (const error of strings(data.errors)) notes.push(error);
  return notes;
}

/** The size of what was kept: the stored bytes for a file, otherwise the size Synapse reported (not kept). */
export function evidenceSize(item: Pick<EvidenceListItem, "kind" | "contentBytes" | "data">): string {
  if (item.contentBytes > 0) return formatSize(item.contentBytes);
  const size = record(item.data).size;
  if (item.kind === "media" && typeof size === "number") return `${formatSize(size)} (not kept)`;
  return item.kind === "media" ? "unknown" : "metadata only";
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
