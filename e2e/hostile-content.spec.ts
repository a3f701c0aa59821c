/**
 * The case page shows attacker-written content without ever running it, following it, or letting it break the
 * layout. The corpus reuses the simulator's hostile strings (simulator/scenario/hostile.ts) plus payloads that set
 * `window.__pwned`, so an execution would be observable even if it raised no dialog.
 */
import { HOSTILE_SVG } from "../simulator/scenario/images";
import { XSS } from "../simulator/scenario/hostile";
import { expect, test } from "./fixtures";
import { readE2EState } from "./state";
import { cspViolations, guardPage } from "./support/page-guards";
import { enrichedEvent, seedCase } from "./support/seed-case";

const PWN = {
  img: '<img src=x onerror="window.__pwned=1">',
  svg: '<svg onload="window.__pwned=1"><script>window.__pwned=1</script></svg>',
  jsLink: '<a href="javascript:window.__pwned=1">claim your prize</a>',
  titleBreak: "</title><script>window.__pwned=1</script>",
  style: "<style>body{display:none}</style>",
  styleAttr: '<p style="position:fixed;inset:0;background:red;z-index:9999">overlay</p>',
  iframe: '<iframe src="javascript:window.__pwned=1"></iframe>',
} as const;
const ZWJ = "a\u200Dd\u200Dm\u200Di\u200Dn";
const HUGE = `${XSS.script} `.padEnd(1024 * 1024, "A");
const UNBROKEN = "W".repeat(5000);

test("hostile reports, names, rooms and bodies render inert", async ({ page, db, reviewers, signIn }, testInfo) => {
  const { synapse } = readE2EState();
  const { dialogs } = await guardPage(page);
  const sender = `@xss_${Date.now()}:${synapse.serverName}`;
  const roomId = `!hostile${Date.now()}:${synapse.serverName}`;
  const seeded = await seedCase(db, {
    serverName: synapse.serverName,
    sender,
    roomId,
    signals: [
      { reason: XSS.script },
      { reason: HUGE },
      { reason: `${XSS.jsLink} ${PWN.jsLink} ${XSS.rtl}` },
      { reason: `${PWN.img} ${PWN.titleBreak} ${PWN.style} ${PWN.styleAttr}` },
      { reason: `${XSS.zeroWidth} ${ZWJ} ${UNBROKEN}` },
      { source: "POLICY_SERVER_WEBHOOK", reporterMxid: null, harmIds: ["org.matrix.msc4456.spam"], raw: { parsed: { filterResponses: { [PWN.img]: [XSS.script] }, harmIds: ["org.matrix.msc4456.spam"], hellban: true } } },
    ],
    enrichment: {
      event: enrichedEvent({
        sender,
        roomId,
        content: {
          msgtype: "m.text",
          body: `${XSS.script} ${PWN.img} ${XSS.rtl} ${XSS.homoglyph} ${UNBROKEN}`,
          format: "org.matrix.custom.html",
          formatted_body: [XSS.img, XSS.jsLink, PWN.img, PWN.svg, PWN.jsLink, PWN.iframe, PWN.style, PWN.styleAttr, PWN.titleBreak, HOSTILE_SVG.toString(), `<p>${XSS.rtl}</p>`, '<a href="https://phish.example" title="https://matrix.org">https://matrix.org</a>'].join(""),
        },
      }),
      context: {
        before: [enrichedEvent({ sender, roomId, content: { msgtype: "m.text", body: `${PWN.svg} before` } })],
        after: [enrichedEvent({ sender, roomId, content: { msgtype: 42, body: ["not", "text"] } })],
      },
      room: { roomId, name: `${PWN.titleBreak} ${XSS.rtl} Fr\u0435e stuff`, canonicalAlias: `#xss-${Date.now()}:${synapse.serverName}`, topic: `${XSS.img} ${XSS.jsLink} javascript:alert(1) ${PWN.style}`, joinedMembers: 3, public: true },
      sender: { userId: sender, local: true, displayName: `${XSS.homoglyph} (server staff) ${PWN.img} ${XSS.rtl}`, createdAt: Date.now() - 3 * 86_400_000, suspended: true, locked: false, deactivated: false, shadowBanned: null },
    },
  });

  const reviewer = await reviewers.create({ role: "MODERATOR" });
  await signIn(page, reviewer);
  const response = await page.goto(`/cases/${seeded.caseId}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: `Case ${seeded.number}`, level: 1 })).toBeVisible();

  // Open every collapsed part (formatted body, raw records) and expand every "show more", so all content is in the DOM.
  for (const summary of await page.locator("[data-case-main] details > summary").all()) await summary.click();
  const showMore = page.getByRole("button", { name: /^Show more/ });
  // Each click turns its button into "Show less", so take the first remaining one until none is left.
  for (let left = await showMore.count(); left > 0; left--) {
    await showMore.first().click();
    await expect(showMore).toHaveCount(left - 1);
  }

  // Nothing ran.
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  const violations = await cspViolations(page, testInfo);
  // The page never creates a script element or handler from content, so nothing even reaches the CSP.
  expect(violations.filter((v) => v.directive.startsWith("script-src"))).toEqual([]);

  // Nothing from content is a live link, image, frame, style or handler.
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  await expect(page.locator("[data-case-main] a[href]")).toHaveCount(0);
  await expect(page.locator("[data-case-main] img, [data-case-main] iframe, [data-case-main] svg:not([aria-hidden])")).toHaveCount(0);
  await expect(page.locator("[data-case-main] [style], [data-case-main] style")).toHaveCount(0);
  expect(await page.evaluate(() => [...document.querySelectorAll("*")].some((el) => [...el.attributes].some((a) => a.name.startsWith("on"))))).toBe(false);
  expect(await page.title()).not.toMatch(/[<>]/);

  // The payloads are visible as text, and links show their real target.
  const main = page.locator("[data-case-main]");
  await expect(main.getByText(XSS.script).first()).toBeVisible();
  await expect(main.getByText("javascript:window.__pwned=1").first()).toBeVisible();
  await expect(main.getByText("Blocked javascript: link").first()).toBeVisible();
  await expect(main.getByText("https://phish.example").first()).toBeVisible();
  await expect(main.locator("[data-sanitiser-removed]")).toContainText("<img>");
  await expect(page.getByText(/Cut at 8,000 of 1,048,576 characters/)).toBeVisible();

  // Bidi overrides and zero-width characters are visible chips; look-alike names are flagged.
  await expect(page.locator('[data-invisible-char="U+202E"]').first()).toBeVisible();
  await expect(page.locator('[data-invisible-char="U+200D"]').first()).toBeVisible();
  await expect(page.getByText("Look-alike letters").first()).toBeVisible();
  expect(await page.evaluate(() => document.body.innerText.includes("\u202E"))).toBe(false);

  // The layout holds: no horizontal overflow, the main column within the viewport.
  const layout = await page.evaluate(() => {
    const main = document.querySelector("[data-case-main]")!.getBoundingClientRect();
    return { scrollWidth: document.documentElement.scrollWidth, viewport: window.innerWidth, mainRight: main.right, mainLeft: main.left };
  });
  expect(layout.scrollWidth).toBeLessThanOrEqual(layout.viewport);
  expect(layout.mainLeft).toBeGreaterThanOrEqual(0);
  expect(layout.mainRight).toBeLessThanOrEqual(layout.viewport);

  // Opening a link goes through a confirm in the page, never a dialog, and only for http(s).
  await main.getByRole("button", { name: "Open", exact: true }).first().click();
  const confirm = main.getByRole("group", { name: "Confirm opening the link" });
  await expect(confirm.getByRole("link", { name: "Open in new tab" })).toHaveAttribute("href", "https://phish.example/");
  await expect(confirm.getByRole("link", { name: "Open in new tab" })).toHaveAttribute("rel", "noreferrer noopener");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);

  // For the record (and for whoever reviews this spec): the top of the expanded hostile case. Viewport only: a
  // full-page capture of this ~12,000 px page stalls Debian's headless Chromium.
  await page.evaluate(() => window.scrollTo(0, 0));
  await testInfo.attach("hostile-case.png", { body: await page.screenshot(), contentType: "image/png" });
});
