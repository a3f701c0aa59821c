"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";

import { putSettings, SettingsSaveError } from "./put-settings";

/** Saves one settings document; the server-rendered page is refreshed afterwards so every section shows what is stored. */
export function useSaveSettings<TBody, TResult = unknown>(path: string) {
  const router = useRouter();
  const mutation = useMutation<TResult, Error, TBody>({
    mutationFn: (body) => putSettings<TResult>(path, body),
    onSuccess: () => router.refresh(),
  });
  const error = mutation.error;
  return {
    save: (body: TBody) => mutation.mutate(body),
    pending: mutation.isPending,
    saved: mutation.isSuccess,
    message: error ? error.message : null,
    fieldErrors: error instanceof SettingsSaveError ? error.fieldErrors : {},
    reset: mutation.reset,
  };
}
