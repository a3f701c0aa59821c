import type { ReviewerRole } from "@/lib/generated/prisma/enums";

import type { Permission } from "./permissions";

/** The signed-in reviewer as pages, routes and components see it (read fresh from the database per request). */
export type CurrentReviewer = {
  id: string;
  mxid: string;
  displayName: string | null;
  role: ReviewerRole;
  childSafety: boolean;
  permissions: Permission[];
  /** How the request was authenticated. */
  via: "session" | "api_token";
};
