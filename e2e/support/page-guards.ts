/**
 * Tripwires for hostile-content pages: any dialog (alert/confirm/prompt from injected script) fails the test, and
 * every CSP violation is recorded in the page so a spec can assert none came from an attempt to run script.
 */
import type { Page, TestInfo } from "@playwright/test";

export type CspViolation = { directive: string; blockedURI: string; sample: string };

declare global {
  interface Window {
    __pwned?: unknown;
    __cspViolations?: CspViolation[];
  }
}

export async function guardPage(page: Page): Promise<{ dialogs: string[] }> {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations?.push({ directive: e.effectiveDirective, blockedURI: e.blockedURI, sample: e.sample });
    });
  });
  return { dialogs };
}

export async function cspViolations(page: Page, testInfo: TestInfo): Promise<CspViolation[]> {
  const violations = await page.evaluate(() => window.__cspViolations ?? []);
  await testInfo.attach("csp-violations.json", { body: JSON.stringify(violations, null, 2), contentType: "application/json" });
  return violations;
}
