import { useQuery } from "@tanstack/react-query";

import { fetchJson } from "@/lib/query/fetch-json";

import { exposureKeys } from "./media-keys";
import type { ExposureToday } from "./types";

/** Today's previews and reveals for the signed-in reviewer; refreshed after every reveal (see useReveal). */
export function useExposureToday() {
  return useQuery({
    queryKey: exposureKeys.today(),
    queryFn: ({ signal }) => fetchJson<ExposureToday>("/api/v1/me/exposure", signal),
  });
}
