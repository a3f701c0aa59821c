"use client";

import { useFormStatus } from "react-dom";

import { Button } from "@/components/ui/button";
import { logoutAction } from "@/lib/auth/logout-action";
import { clearQueryCache } from "@/lib/query/provider";

/** A form, so signing out works before hydration too; the cached queries go first, so nothing outlives the session. */
export function SignOutButton() {
  return (
    <form action={logoutAction} onSubmit={() => clearQueryCache()}>
      <SubmitButton />
    </form>
  );
}

function SubmitButton() {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant="ghost" size="sm" pending={pending}>
      Sign out
    </Button>
  );
}
