import { expect } from 'vitest';
import { expectedBadges, type LabelledBlock } from '../annotate-harness/labelled-badges';
import type { RawPage } from './raw-page';

/**
 * Every block labelled with data-expect and the badges in it (see
 * tests/e2e/annotate-harness/labelled-badges.ts), read from our own isolated world so a
 * page that replaced its built-ins cannot break the reading, and looking into open
 * shadow roots (the page's web components) as Statusmark does. Closed roots are out of
 * reach here as they are for Statusmark.
 */
const READ_LABELLED = `(() => {
  const roots = [document];
  for (let i = 0; i < roots.length; i++)
    for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  const deep = (scope, selector) => {
    const found = [...scope.querySelectorAll(selector)];
    for (const el of scope.querySelectorAll('*')) if (el.shadowRoot) found.push(...deep(el.shadowRoot, selector));
    return found;
  };
  return roots.flatMap((root) => [...root.querySelectorAll('[data-expect]')]).map((block) => ({
    label: block.getAttribute('data-expect') || '',
    text: (block.textContent || '').trim().slice(0, 80),
    badges: deep(block, 'statusmark-badge').map((host) => ({
      entryId: host.getAttribute('data-entry-id') || '',
      status: host.getAttribute('data-status') || '',
      claimedStatus: host.getAttribute('data-claimed-status') || '',
      statusAtPublication: host.getAttribute('data-status-at-publication') || '',
      outdated: host.getAttribute('data-outdated') || '',
    })),
  }));
})()`;

export const readLabelledDeep = (raw: RawPage) => raw.reader<LabelledBlock[]>(READ_LABELLED);

const PUBLISHED = `(document.querySelector('meta[property="article:published_time"]')?.content || '').slice(0, 10)`;

/** Checks every labelled block (as expectLabelledBadges does); returns the number of badges checked. */
export async function expectLabelledDeep(raw: RawPage): Promise<number> {
  const blocks = await readLabelledDeep(raw);
  expect(blocks.length, 'labelled blocks on the page').toBeGreaterThan(0);
  const expected = expectedBadges(blocks, await raw.reader<string>(PUBLISHED));
  blocks.forEach((block, i) => {
    const want = expected[i] ?? [];
    expect(block.badges, `badges in "${block.text}"`).toHaveLength(want.length);
    want.forEach((badge, j) => expect(block.badges[j], `badge ${j} in "${block.text}"`).toMatchObject(badge));
  });
  return expected.flat().length;
}

/** Every badge on the page, open shadow roots included. */
export const countBadgesDeep = (raw: RawPage) =>
  raw.reader<number>(`(() => {
    let n = 0;
    const roots = [document];
    for (let i = 0; i < roots.length; i++) {
      n += roots[i].querySelectorAll('statusmark-badge').length;
      for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    }
    return n;
  })()`);
