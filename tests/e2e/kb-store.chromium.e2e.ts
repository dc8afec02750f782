import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../../scripts/lib/launch-chromium';
import { CHROME_BUILD } from './harness/paths';

const EO_ID = 'us-eo-14330-alt-assets-401k';

/** Sends a request to the background from an extension page, as the popup and options do. */
function request(page: Page, message: unknown): Promise<{ ok: boolean; value?: unknown; error?: unknown }> {
  return page.evaluate((m) => {
    // Runs in the extension page, where Chromium names the extension API `chrome`.
    const api = (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<never> } } }
    ).chrome;
    return api.runtime.sendMessage(m);
  }, message);
}

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

/**
 * Follows the extension's service worker through the DevTools protocol: every
 * running-status change of background.js, in order. (Playwright's Worker events come
 * late or not at all for a restart of the same version, so CDP is the witness.)
 */
async function watchBackgroundWorker(session: CDPSession, scriptURL: string) {
  const statuses: WorkerVersion['runningStatus'][] = [];
  let versionId: string | undefined;
  session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions as WorkerVersion[]) {
      if (v.scriptURL !== scriptURL) continue;
      versionId = v.versionId;
      if (statuses.at(-1) !== v.runningStatus) statuses.push(v.runningStatus);
    }
  });
  await session.send('ServiceWorker.enable');
  return {
    statuses,
    current: () => statuses.at(-1),
    stop: () => session.send('ServiceWorker.stopWorker', { versionId: versionId ?? '' }),
  };
}

describe('Chromium: the KB store survives a service-worker restart', () => {
  let browser: ChromiumWithExtension;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromiumWithExtension({ extensionDir: CHROME_BUILD });
    page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reads an entry and writes an own entry through the background', async () => {
    const reply = await request(page, { type: 'getEntry', id: EO_ID });
    expect(reply).toMatchObject({
      ok: true,
      value: { origin: 'shipped', entry: { id: EO_ID, kind: 'executive-order' } },
    });

    const own = {
      id: 'local-e2e-pension-note',
      title: 'E2E own entry',
      summary: 'Written by the e2e test through the background.',
      jurisdiction: { country: 'US' },
      kind: 'bill',
      scope: 'retirement',
      events: [
        {
          date: '2026-01-05',
          status: 'proposed',
          summary: 'Filed.',
          sources: [
            { url: 'https://example.org/bill', title: 'Bill', publisher: 'Legislature', primary: true },
          ],
        },
      ],
      confidence: 'confirmed',
      detect: { names: ['E2E pension bill'] },
    };
    expect(await request(page, { type: 'createUserEntry', entry: own })).toMatchObject({ ok: true });
    const info = await request(page, { type: 'getKbInfo' });
    expect(info).toMatchObject({ ok: true, value: { kb: { source: 'bundled' }, userEntryCount: 1 } });
  });

  it('reads the same entries again after the worker was stopped and restarted', async () => {
    const session = await browser.context.newCDPSession(page);
    const worker = await watchBackgroundWorker(
      session,
      `chrome-extension://${browser.extensionId}/background.js`,
    );
    await expect.poll(worker.current).toBe('running');

    await worker.stop();
    await expect.poll(worker.current).toBe('stopped');
    const stoppedAt = worker.statuses.length;

    const reply = await request(page, { type: 'getEntry', id: EO_ID });
    expect(reply).toMatchObject({ ok: true, value: { origin: 'shipped', entry: { id: EO_ID } } });
    // The message itself started a new worker instance, which reopened the database.
    expect(worker.statuses.slice(stoppedAt)).toEqual(['starting', 'running']);
    expect(await request(page, { type: 'getEntry', id: 'local-e2e-pension-note' })).toMatchObject({
      ok: true,
      value: { origin: 'local', entry: { title: 'E2E own entry' } },
    });
    await session.detach();
  });
});
