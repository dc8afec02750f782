import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { expectedBadges, publishedDay, readLabelledBlocks } from './labelled-badges';

/**
 * Checks every labelled block of a fixture page: the badges inside it are exactly the
 * ones its label asks for (entry, claimed status, status at publication, now, outdated),
 * and a `none` block has none. Returns the number of badges checked.
 */
export async function expectLabelledBadges(page: Page): Promise<number> {
  const blocks = await readLabelledBlocks(page);
  const expected = expectedBadges(blocks, await publishedDay(page));
  blocks.forEach((block, i) => {
    const want = expected[i] ?? [];
    expect(block.badges, `badges in "${block.text}"`).toHaveLength(want.length);
    want.forEach((badge, j) => expect(block.badges[j], `badge ${j} in "${block.text}"`).toMatchObject(badge));
  });
  return expected.flat().length;
}

/** Collects the page's console errors and uncaught exceptions. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    // A missing favicon is the test server's 404, not the page's or ours.
    if (message.type() === 'error' && !message.text().includes('404')) errors.push(message.text());
  });
  return errors;
}
