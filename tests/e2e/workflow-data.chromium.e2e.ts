import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromiumWithExtension } from '../../scripts/lib/launch-chromium';
import { readAllStorage } from './feed-harness/extension-state';
import { CHROME_BUILD } from './harness/paths';
import { entryOf, PRAIRIE_BILL } from './workflow-harness/entry-form-driver';
import { clearUserStorage, request, setStorage } from './workflow-harness/extension-calls';
import { workflowSuite } from './workflow-harness/workflow-suite';

const ORDER = 'us-eo-14330-alt-assets-401k';

interface UserData {
  format: string;
  formatVersion: number;
  exportedAt: string;
  userEntries: { id: string; entry: { events: { date: string; sources: { url: string }[] }[] } }[];
  notes: unknown[];
  settings: unknown;
  dismissals: unknown[];
}

/** Clicks a button that downloads a file; returns the file's path on disk. */
async function downloadFrom(page: Page, label: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`button:has-text("${label}")`),
  ]);
  return download.path();
}

describe('Chromium: user data and ClaimReview import and export', () => {
  const suite = workflowSuite();
  let options: Page;
  let dir: string;
  let exported: UserData;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'statusmark-workflow-'));
    options = (await suite.extensionPage('options.html#/data')).page;
    await request(options, { type: 'createUserEntry', entry: entryOf(PRAIRIE_BILL) });
    await request(options, {
      type: 'addNote',
      note: { entryId: PRAIRIE_BILL.id, text: 'Sponsor says a vote is due in April.' },
    });
    await request(options, {
      type: 'addNote',
      note: {
        entryId: ORDER,
        text: 'Checked the Federal Register.',
        verified: { status: 'official', date: '2025-08-12' },
      },
    });
    await setStorage(options, {
      settings: {
        paused: false,
        disabledSites: ['news.example.com'],
        feedUrl: 'https://kb.example.org/statusmark/feed.json',
      },
      dismissals: [
        {
          pageUrl: 'https://news.example.com/2026/story',
          entryId: ORDER,
          fingerprint: 's1-0123456789abcdef',
          dismissedAt: '2026-03-01T10:00:00Z',
        },
      ],
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exports, then after the storage is cleared imports everything back, field by field', async () => {
    const file = await downloadFrom(options, 'Export your data');
    exported = JSON.parse(readFileSync(file, 'utf8')) as UserData;
    expect(exported).toMatchObject({ format: 'statusmark-user-data', formatVersion: 1 });
    expect(exported.userEntries).toHaveLength(1);
    expect(exported.notes).toHaveLength(2);

    await clearUserStorage(options);
    const cleared = await request<UserData>(options, { type: 'exportUserData' });
    expect([cleared.userEntries, cleared.notes, cleared.dismissals]).toEqual([[], [], []]);

    await options.setInputFiles('#userdata-file', file);
    await options.waitForSelector('[data-testid="import-plan"]');
    expect(await options.textContent('[data-testid="import-plan"]')).toContain('Own entries1');
    await options.click('button:has-text("Import")');
    await options.waitForSelector('[role="status"] [data-testid="import-plan"]');

    const back = await request<UserData>(options, { type: 'exportUserData' });
    expect(back.userEntries).toEqual(exported.userEntries);
    expect(back.notes).toEqual(exported.notes);
    expect(back.settings).toEqual(exported.settings);
    expect(back.dismissals).toEqual(exported.dismissals);
  });

  const invalid = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('refuses invalid files, listing every problem, and changes nothing in any table', async () => {
    const broken = structuredClone(exported);
    broken.userEntries[0]!.entry.events[0]!.sources[0]!.url = 'javascript:alert(1)';
    broken.userEntries[0]!.entry.events[0]!.date = '2026-02-30';
    const cases: [string, string | Buffer, string[]][] = [
      ['bad.json', '{"format": "statusmark-user-data",,}', ['not valid JSON at line 1, column 35']],
      [
        'v2.json',
        JSON.stringify({ ...exported, formatVersion: 2 }),
        ['formatVersion: expected formatVersion 1'],
      ],
      [
        'javascript.json',
        JSON.stringify(broken),
        [
          'userEntries[0].entry.events[0].date: expected a date',
          'userEntries[0].entry.events[0].sources[0].url: expected an https URL',
        ],
      ],
      [
        'huge.json',
        Buffer.alloc(50 * 1024 * 1024, 0x20),
        ['the file is 50 MB; user-data files are at most 10 MB'],
      ],
    ];
    const before = await readAllStorage(options);
    for (const [name, content, expected] of cases) {
      await options.setInputFiles('#userdata-file', invalid(name, content));
      const problems = options.locator('[data-testid="import-problems"]');
      await expect
        .poll(() => problems.textContent())
        .toContain(`"${name}" cannot be imported. Nothing was changed.`);
      const text = (await problems.textContent()) ?? '';
      for (const line of expected) expect(text).toContain(line);
      expect(await readAllStorage(options)).toEqual(before);
    }
  });

  it('exports the KB as ClaimReview, and the file imports back into a fresh profile', async () => {
    const file = await downloadFrom(options, 'Export the KB as ClaimReview');
    const doc = JSON.parse(readFileSync(file, 'utf8')) as {
      '@graph': { identifier: string; reviewRating: { alternateName: string } }[];
    };
    const shipped = (await request<{ origin: string }[]>(options, { type: 'listEntries' })).filter(
      (e) => e.origin === 'shipped',
    );
    expect(doc['@graph']).toHaveLength(shipped.length + 1);
    const own = await request<{ entry: unknown }>(options, { type: 'getEntry', id: PRAIRIE_BILL.id });

    const fresh = await launchChromiumWithExtension({ extensionDir: CHROME_BUILD });
    try {
      const page = await fresh.context.newPage();
      await page.goto(`chrome-extension://${fresh.extensionId}/options.html#/data`);
      await page.setInputFiles('#claimreview-file', file);
      const plan = page.locator('[data-testid="claimreview-plan"]');
      await plan.waitFor();
      expect(await plan.locator('li[data-action="add"]').count()).toBe(1);
      expect(await plan.locator('li[data-action="same"]').count()).toBe(shipped.length);
      await page.click('button:has-text("Import 1 entry")');
      await expect
        .poll(() => page.textContent('[data-testid="claimreview-done"]'))
        .toBe('Imported 1 entry as your own.');
      const imported = await request<{ entry: unknown; origin: string }>(page, {
        type: 'getEntry',
        id: PRAIRIE_BILL.id,
      });
      expect(imported.origin).toBe('local');
      expect(imported.entry).toEqual(own.entry);
    } finally {
      await fresh.close();
    }
  });
});
