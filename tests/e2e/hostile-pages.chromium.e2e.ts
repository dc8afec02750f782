import { describe, expect, it } from 'vitest';
import type { Frame, Locator, Page } from 'playwright-core';
import { readExtensionErrors } from './harness/extension-errors';
import { expectHealthy } from './hostile-harness/expect-healthy';
import { hostileSuite } from './hostile-harness/hostile-suite';
import { countBadgesDeep, expectLabelledDeep } from './hostile-harness/labelled-deep';
import * as pages from '../fixtures/hostile/pages';

const GENERATED = {
  'big-dom.html': pages.bigDom,
  'five-megabytes.html': pages.fiveMegabytes,
  'deep-nesting.html': pages.deepNesting,
  'megabyte-text-node.html': pages.megabyteTextNode,
  'mutation-storm.html': pages.mutationStorm,
  'badge-fight.html': pages.badgeFight,
  'replaced-builtins.html': pages.replacedBuiltins,
};

const TYPED = ' Typed: President Trump may sign an executive order letting 401(k) plans hold crypto.';
/** Waits long enough for a rescan of typing to have happened, if it were going to. */
const RESCAN_MS = 400;

/** Types a claim at the end of an editor's first line, as a reader would. */
async function typeAtEnd(page: Page, editor: Locator): Promise<void> {
  await editor.click();
  // The keyboard, not the locator: focusing a paragraph of a design-mode document moves no caret.
  await page.keyboard.press('End');
  await page.keyboard.type(TYPED);
}

const badgesIn = (frame: Frame) => frame.evaluate(() => document.querySelectorAll('statusmark-badge').length);

describe('Chromium: hostile pages', () => {
  const suite = hostileSuite(GENERATED);

  it.each(Object.keys(GENERATED))(
    '%s',
    async (path) => {
      const run = await suite.run(path);
      expectHealthy(path, run);
      expect(await expectLabelledDeep(run.raw)).toBeGreaterThan(0);
      if (path === 'mutation-storm.html') {
        // The claim that arrives when the storm ends gets its badge (after our back-off, at most 1 s).
        await expect.poll(() => run.raw.main<boolean>('window.storm.done'), { timeout: 10_000 }).toBe(true);
        await expect.poll(() => expectLabelledDeep(run.raw).catch(() => 0), { timeout: 3_000 }).toBe(3);
      }
      await run.page.close();
      // A 100,000-element page loads three times (up to five when a trace or the heartbeat is taken again).
    },
    120_000,
  );

  it('leaves contenteditable editors and rich-text frames alone, and they still take typing', async () => {
    const run = await suite.run('editors.html');
    expectHealthy('editors.html', run);
    const { page } = run;
    // The claim outside the editors has its badge; none inside them.
    expect(await expectLabelledDeep(run.raw)).toBe(2);
    const frame = page.frameLocator('#frame-editor').locator('p').first();
    for (const editor of [page.locator('#rich > p'), page.locator('#plain'), frame])
      await typeAtEnd(page, editor);
    await page.waitForTimeout(RESCAN_MS);
    expect(await page.textContent('#rich > p')).toContain(TYPED.trim());
    expect(await page.textContent('#plain')).toContain(TYPED.trim());
    expect(await frame.textContent()).toContain(TYPED.trim());
    expect(await expectLabelledDeep(run.raw)).toBe(2);
    for (const inner of page.frames().slice(1)) expect(await badgesIn(inner), inner.url()).toBe(0);
    await page.close();
  });

  it('adds nothing to a document in design mode, which would save it with the story', async () => {
    const run = await suite.run('design-mode.html');
    expectHealthy('design-mode.html', run);
    const { page } = run;
    expect(await expectLabelledDeep(run.raw)).toBe(0);
    await typeAtEnd(page, page.locator('p').first());
    await page.waitForTimeout(RESCAN_MS);
    expect(await page.textContent('p')).toContain(TYPED.trim());
    const html = await run.raw.reader<string>('document.documentElement.outerHTML');
    expect(html).not.toMatch(/statusmark-badge|data-statusmark="/);
    await page.close();
  });

  it('reads claims that carry markup as text: correct badges, nothing runs, an inert popover', async () => {
    const run = await suite.run('payloads.html');
    expectHealthy('payloads.html', run);
    const { page, raw } = run;
    expect(await expectLabelledDeep(raw)).toBe(5);
    expect(await raw.main<number>('window.pwned')).toBe(0);
    expect(
      await raw.reader<number>('document.querySelectorAll("main img, main svg, main script").length'),
    ).toBe(0);

    await page.locator('p:first-of-type statusmark-badge').click();
    await page.locator('statusmark-popover [role="dialog"]').waitFor();
    await page.waitForTimeout(300);
    const popover = await raw.reader<{
      active: number;
      links: string[];
      text: string;
      why: string;
      quoted: string;
      sentence: string;
    }>(`(() => {
      const root = document.querySelector('statusmark-popover').shadowRoot;
      return {
        active: root.querySelectorAll('img, svg, script, iframe, object, embed, [onerror], [onload]').length,
        links: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') || ''),
        text: root.textContent,
        why: root.querySelector('.why').textContent,
        quoted: root.querySelector('.claim-sentence').textContent,
        sentence: document.querySelector('main p').textContent,
      };
    })()`);
    // The page's own words in the popover (what matched) are text taken from the sentence.
    const matched = popover.why.replace(/^Why it matched: /, '').split(', ');
    expect(matched.length).toBeGreaterThan(0);
    for (const words of matched) expect(popover.sentence).toContain(words);
    // The claimed sentence, payload and all, is quoted as inert text.
    expect(popover.quoted).toContain('<img src=x onerror="window.pwned++">');
    expect(popover.active).toBe(0);
    expect(popover.links.length).toBeGreaterThan(0);
    for (const href of popover.links) expect(href).toMatch(/^https:\/\//);
    expect(popover.text).toContain('Executive Order 14330');
    expect(await raw.main<number>('window.pwned')).toBe(0);
    await page.close();
  });

  it('annotates article text in open shadow roots of web components, and respects closed ones', async () => {
    const run = await suite.run('shadow-components.html');
    expectHealthy('shadow-components.html', run);
    // Light DOM, an open root, a root nested in it, and a paragraph a component rendered late.
    expect(await expectLabelledDeep(run.raw)).toBe(4);
    // Nothing in the closed root (its Wisconsin sentence): the four labelled badges are all.
    expect(await countBadgesDeep(run.raw)).toBe(4);
    await run.page.close();
  });

  it('reports no extension errors', async () => {
    expect(await readExtensionErrors(suite.browser.context, suite.browser.extensionId)).toMatchObject({
      runtimeErrors: [],
    });
  });
});
