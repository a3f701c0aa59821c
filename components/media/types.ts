/** What the media routes answer (lib/media/exposure-today.ts, lib/media/media-info.ts), as the browser sees it. */
export type ExposureToday = {
  since: string;
  previews: number;
  reveals: number;
  budget: number;
  remaining: number;
  overBudget: boolean;
};

export type MediaInfo = {
  type: string;
  family: string;
  declaredType: string | null;
  size: number;
  name: string;
  sha256: string | null;
  md5: string | null;
  dimensions: { width: number; height: number } | null;
  reason?: string;
  quarantined: boolean;
};

/** An item of the event's media list from the case's enrichment. */
export type CaseMediaItem = {
  mxc: string;
  mimetype: string | null;
  size: number | null;
  uploadName: string | null;
  quarantined: boolean | null;
};
