import type { z } from "zod";

const MAX_ISSUES = 5;

/**
 * A one-line summary of why a Synapse response did not match its schema: issue paths and zod's messages only.
 * zod's messages name the expected and received *types*, never the values, so event content or tokens in a
 * response body cannot leak into logs through this.
 */
export function summarizeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, MAX_ISSUES).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.map(String).join(".") : "(root)";
    return `${where}: ${issue.message}`;
  });
  const more = error.issues.length - shown.length;
  return shown.join("; ") + (more > 0 ? ` (+${more} more)` : "");
}
