import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/lib/launch-firefox';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { buildTestExtension } from './harness/build-test-extension';
import { DEMO_DIR } from './harness/paths';

/** As in the Chromium spec: small enough that the shipped matcher comes in two deliveries. */
const PIECE_CHARS = 4_096;

describe('Firefox ESR: a large matcher in two deliveries', () => {
  let firefox: FirefoxWithExtension | undefined;
  let demo: StaticServer | undefined;
  beforeAll(async () => {
    const extensionDir = await buildTestExtension(
      '.output-e2e-parts',
      { STATUSMARK_MATCHER_PIECE_CHARS: String(PIECE_CHARS) },
      'firefox',
    );
    demo = await startStaticServer(DEMO_DIR);
    firefox = await launchFirefoxWithExtension(extensionDir);
  });
  afterAll(async () => {
    await firefox?.close();
    await demo?.close();
  });

  // The detector cannot load without the rest (its tables read as truncated): badges mean it came.
  it('asks for the rest on its second port and badges the demo article as the whole matcher does', async () => {
    const page = await firefox!.browser.newPage();
    await page.goto(`${demo!.origin}/eo-401k-report.html`);
    await page.waitForSelector('html[data-statusmark-state="done"]', { timeout: 15_000 });
    const order = await page.$$eval(
      'statusmark-badge[data-entry-id="us-eo-14330-alt-assets-401k"]',
      (hosts) =>
        hosts.map((h) => [h.getAttribute('data-status'), h.getAttribute('data-status-at-publication')]),
    );
    expect(order.length).toBeGreaterThanOrEqual(3);
    expect(order[0]).toEqual(['official', 'reported']);
    await page.close();
  });
});
