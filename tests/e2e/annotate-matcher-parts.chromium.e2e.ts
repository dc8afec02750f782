import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../../scripts/lib/launch-chromium';
import { waitForAnnotation } from '../../scripts/lib/read-badges';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { prepareMatcher } from '../../src/detect/prepare-matcher';
import { snapshotFromEntryFiles } from '../../src/kb/snapshot-from-files';
import { splitPageMatcher } from '../../src/messaging/matcher-parts';
import { TIMING_ATTRIBUTE } from '../../src/page/timing-marks';
import { collectPageErrors, expectLabelledBadges } from './annotate-harness/expect-labelled';
import { buildTestExtension } from './harness/build-test-extension';
import { FIXTURES_DIR } from './harness/paths';

/** Small enough that the shipped KB's matcher travels the way a large KB's does: in two deliveries. */
const PIECE_CHARS = 4_096;

/** The content script's timing marks the page collected (the page asks for them, see timing-marks.ts). */
const marksOf = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .map((mark) => mark.name)
      .filter((name) => name.startsWith('statusmark:')),
  );

describe('Chromium: a large matcher in two deliveries', () => {
  let browser: ChromiumWithExtension | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    const extensionDir = await buildTestExtension('.output-e2e-parts', {
      STATUSMARK_MATCHER_PIECE_CHARS: String(PIECE_CHARS),
    });
    server = await startStaticServer(`${FIXTURES_DIR}/pages`);
    browser = await launchChromiumWithExtension({ extensionDir });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page of the fixtures' server, asking the content script for its timing marks. */
  async function open(path: string, html?: string) {
    const page = await browser!.context.newPage();
    const errors = collectPageErrors(page);
    await page.route(`${server!.origin}/${path}`, async (route) => {
      const body = html ?? (await (await route.fetch()).text());
      await route.fulfill({
        contentType: 'text/html',
        body: body.replace('<html', `<html ${TIMING_ATTRIBUTE}`),
      });
    });
    await page.goto(`${server!.origin}/${path}`);
    await waitForAnnotation(page);
    return { page, errors };
  }

  it('is a build in which the shipped matcher does not come whole', async () => {
    const built = await snapshotFromEntryFiles();
    if (!built.ok) throw new Error(built.problems.join('\n'));
    const page = { prepared: prepareMatcher(built.snapshot.entries), localEntryIds: [], kbVersion: 1 };
    const { now, later } = splitPageMatcher(page, PIECE_CHARS);
    expect(now.length).toBeGreaterThan(0);
    expect(later.length).toBeGreaterThan(1);
  });

  for (const name of ['split-inline.html', 'live-blog.html', 'hard-negatives.html']) {
    it(`asks for the rest at the first KB term and puts the expected badges on ${name}`, async () => {
      const { page, errors } = await open(name);
      const checked = await expectLabelledBadges(page);
      expect(await page.locator('statusmark-badge').count()).toBe(checked);
      expect(await marksOf(page)).toEqual(
        expect.arrayContaining(['statusmark:matcher-rest-received', 'statusmark:matcher-rest-loaded']),
      );
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('never asks for the rest on a page whose text holds no KB term', async () => {
    const { page, errors } = await open(
      'markets.html',
      '<!doctype html><html lang="en"><head><title>Markets</title></head><body><main>' +
        '<p>Bitcoin rose 3 percent on Tuesday as traders weighed the latest jobs data.</p>' +
        '<p>Ether followed, and trading volumes were thin ahead of the holiday.</p></main></body></html>',
    );
    const marks = await marksOf(page);
    expect(marks).toContain('statusmark:matcher-loaded');
    expect(marks).not.toContain('statusmark:matcher-rest-received');
    expect(await page.locator('statusmark-badge').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
