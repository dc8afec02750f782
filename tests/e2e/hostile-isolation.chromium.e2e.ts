import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../../scripts/lib/launch-chromium';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { waitForAnnotation } from '../../scripts/lib/read-badges';
import { collectPageErrors, expectLabelledBadges } from './annotate-harness/expect-labelled';
import { readAllStorage } from './feed-harness/extension-state';
import { readExtensionErrors, recordExtensionErrors } from './harness/extension-errors';
import { CHROME_BUILD, FIXTURES_DIR } from './harness/paths';
import { makeEntry } from '../db/helpers';
import { contentWorld } from './hostile-harness/content-world';

/**
 * A web page must not reach Statusmark at all, and code in Statusmark's content-script
 * world may read but never write its database. Checked in real Chromium from the page
 * itself (the main world) and from the content script's isolated world.
 */
describe('Chromium: what a web page and a content script can reach', () => {
  let browser: ChromiumWithExtension;
  let server: StaticServer;
  let options: Page;

  beforeAll(async () => {
    server = await startStaticServer(`${FIXTURES_DIR}/hostile`);
    browser = await launchChromiumWithExtension({ extensionDir: CHROME_BUILD });
    await recordExtensionErrors(browser.context, browser.extensionId);
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openArticle() {
    const page = await browser.context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${server.origin}/isolation.html`);
    await waitForAnnotation(page);
    expect(await expectLabelledBadges(page)).toBe(2);
    return { page, errors };
  }

  it('gives a web page no extension API to message Statusmark with', async () => {
    const { page, errors } = await openArticle();
    const reach = await page.evaluate((id) => {
      const scope = globalThis as { chrome?: { runtime?: { sendMessage?: unknown } }; browser?: unknown };
      return {
        runtime: typeof scope.chrome?.runtime,
        sendMessage: typeof scope.chrome?.runtime?.sendMessage,
        browser: typeof scope.browser,
        id,
      };
    }, browser.extensionId);
    expect(reach).toEqual({
      runtime: 'undefined',
      sendMessage: 'undefined',
      browser: 'undefined',
      id: browser.extensionId,
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("ignores window messages and DOM events a page forges, including the framework's own event names", async () => {
    const { page, errors } = await openArticle();
    const before = await readAllStorage(options);
    await page.evaluate((id) => {
      const forged = [
        { type: 'createUserEntry', entry: { id: 'planted' } },
        { type: 'applyImport', data: {} },
        { type: 'kbChanged', reason: 'shipped-kb', version: 1, hash: null },
        { type: 'getPageClaims' },
        { type: 'wxt:content-script-started', contentScriptName: 'content', messageId: 'forged' },
        {
          type: `${id}:content:wxt:content-script-started`,
          contentScriptName: 'content',
          messageId: 'forged',
        },
      ];
      for (const message of forged) window.postMessage(message, '*');
      const detail = { contentScriptName: 'content', messageId: 'forged' };
      for (const name of [
        `${id}:content:wxt:content-script-started`,
        'wxt:content-script-started',
        `${id}:content:wxt:locationchange`,
        'wxt:locationchange',
      ]) {
        document.dispatchEvent(new CustomEvent(name, { detail }));
        window.dispatchEvent(new CustomEvent(name, { detail }));
      }
    }, browser.extensionId);
    await page.waitForTimeout(800);
    expect(await page.getAttribute('html', 'data-statusmark-state')).toBe('done');
    expect(await expectLabelledBadges(page)).toBe(2);
    // The content script still answers the popup: it was not shut down.
    await page.locator('statusmark-badge').first().click();
    await expect
      .poll(() =>
        page.evaluate(
          () => !!document.querySelector('statusmark-popover')?.shadowRoot?.querySelector('[role="dialog"]'),
        ),
      )
      .toBe(true);
    expect(await readAllStorage(options)).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lets a page fetch none of Statusmark's files at a fixed address", async () => {
    const { page } = await openArticle();
    const fetched = await page.evaluate(async (id) => {
      const results: Record<string, string> = {};
      for (const path of [
        'popover-ui.js',
        'detector.js',
        'manifest.json',
        'kb/snapshot.json',
        'options.html',
      ]) {
        try {
          const response = await fetch(`chrome-extension://${id}/${path}`);
          results[path] = `HTTP ${response.status}`;
        } catch {
          results[path] = 'refused';
        }
      }
      return results;
    }, browser.extensionId);
    expect(fetched).toEqual({
      'popover-ui.js': 'refused',
      'detector.js': 'refused',
      'manifest.json': 'refused',
      'kb/snapshot.json': 'refused',
      'options.html': 'refused',
    });
    // The content script itself still loads the popover's module (at its per-session address).
    await page.locator('statusmark-badge').first().click();
    await expect
      .poll(() =>
        page.evaluate(
          () => !!document.querySelector('statusmark-popover')?.shadowRoot?.querySelector('[role="dialog"]'),
        ),
      )
      .toBe(true);
    await page.close();
  });

  it("lets code in the content script's world read the KB but change nothing in the database", async () => {
    const { page } = await openArticle();
    const world = await contentWorld(browser.context, page);
    const before = await readAllStorage(options);
    const entry = makeEntry('planted-by-a-page');
    const replies = await world.evaluate<
      { type: string; reply: { ok: boolean; error?: { code: string } } }[]
    >(`
      (async () => {
        const entry = ${JSON.stringify(entry)};
        const out = [];
        for (const message of [
          { type: 'getKbInfo' },
          { type: 'createUserEntry', entry },
          { type: 'addNote', note: { entryId: 'us-eo-14330-alt-assets-401k', text: 'planted' } },
          { type: 'deleteUserEntry', id: 'planted-by-a-page' },
          { type: 'applyImport', data: { format: 'statusmark-user-data' } },
          { type: 'checkFeedNow' },
          { type: 'exportUserData' },
        ]) out.push({ type: message.type, reply: await chrome.runtime.sendMessage(message) });
        return out;
      })()`);
    expect(replies.map((r) => [r.type, r.reply.ok, r.reply.error?.code ?? null])).toEqual([
      ['getKbInfo', true, null],
      ['createUserEntry', false, 'refused'],
      ['addNote', false, 'refused'],
      ['deleteUserEntry', false, 'refused'],
      ['applyImport', false, 'refused'],
      ['checkFeedNow', false, 'refused'],
      ['exportUserData', false, 'invalid'],
    ]);
    // Its IndexedDB is the page's: Statusmark's database is not there to open.
    expect(
      await world.evaluate<string[]>('indexedDB.databases().then((all) => all.map((d) => d.name))'),
    ).not.toContain('statusmark');
    expect(await readAllStorage(options)).toEqual(before);
    await world.close();
    await page.close();
  });

  it('runs extension pages under a CSP that refuses eval and remote scripts', async () => {
    const tried = await options.evaluate(async () => {
      // In a task of its own: DevTools lets code it evaluates itself bypass the page's CSP.
      const outcome = (attempt: () => unknown) =>
        new Promise<string>((resolve) =>
          setTimeout(async () => {
            try {
              await attempt();
              resolve('ran');
            } catch (error) {
              resolve((error as Error).name);
            }
          }, 0),
        );
      return {
        // eslint-disable-next-line no-new-func -- the point: the page's CSP must refuse it
        newFunction: await outcome(() => new Function('return 1')()),
        remoteScript: await outcome(
          () =>
            new Promise((resolve, reject) => {
              const script = document.createElement('script');
              script.src = 'https://cdn.example.org/remote.js';
              script.onload = resolve;
              script.onerror = () => reject(new Error('blocked'));
              document.head.append(script);
            }),
        ),
      };
    });
    expect(tried).toEqual({ newFunction: 'EvalError', remoteScript: 'Error' });
  });

  it('shows no errors on chrome://extensions after all of the above', async () => {
    expect(await readExtensionErrors(browser.context, browser.extensionId)).toMatchObject({
      state: 'ENABLED',
      runtimeErrors: [],
      manifestErrors: [],
    });
  });
});
