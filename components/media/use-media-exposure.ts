import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";

import { requestOriginal, requestReveal, saveBlob } from "./media-request";
import { exposureKeys } from "./media-keys";
import type { MediaInfo } from "./types";

export type ExposureState =
  | { kind: "idle" }
  | { kind: "pending"; action: "reveal" | "download" }
  | { kind: "confirm_budget"; action: "reveal" | "download" }
  | { kind: "revealed"; url: string }
  | { kind: "descriptor"; info: MediaInfo }
  | { kind: "error"; message: string };

/**
 * Reveal and download for one media item, with the over-budget confirmation in between. A revealed image lives in
 * an object URL owned by this hook and is revoked when hidden again or when the component goes away, so the
 * unblurred pixels do not outlive the moment the reviewer chose to look.
 */
export function useMediaExposure({ mxc, caseId, fallbackName }: { mxc: string; caseId: string; fallbackName: string }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<ExposureState>({ kind: "idle" });
  const revealedUrl = state.kind === "revealed" ? state.url : null;

  useEffect(() => {
    if (!revealedUrl) return;
    return () => URL.revokeObjectURL(revealedUrl);
  }, [revealedUrl]);

  async function run(action: "reveal" | "download", acknowledgeOverBudget: boolean, greyscale?: boolean) {
    setState({ kind: "pending", action });
    try {
      const result =
        action === "reveal"
          ? await requestReveal({ mxc, caseId, acknowledgeOverBudget, greyscale })
          : await requestOriginal({ mxc, caseId, acknowledgeOverBudget });
      if (result.kind === "ok") {
        if (action === "reveal") setState({ kind: "revealed", url: URL.createObjectURL(result.blob) });
        else {
          saveBlob(result.blob, result.fileName ?? fallbackName);
          setState({ kind: "idle" });
        }
      } else if (result.kind === "over_budget") setState({ kind: "confirm_budget", action });
      else setState(result);
    } catch {
      setState({ kind: "error", message: "The request did not reach the server. Check the connection and try again." });
    } finally {
      // Counted on the server whatever happened; the meter should show the server's truth.
      void queryClient.invalidateQueries({ queryKey: exposureKeys.today() });
    }
  }

  return {
    state,
    reveal: (options: { acknowledgeOverBudget?: boolean; greyscale?: boolean } = {}) =>
      run("reveal", options.acknowledgeOverBudget ?? false, options.greyscale),
    download: (acknowledgeOverBudget = false) => run("download", acknowledgeOverBudget),
    hide: () => setState({ kind: "idle" }),
  };
}
