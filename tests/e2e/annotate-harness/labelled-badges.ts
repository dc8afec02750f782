import type { Page } from 'playwright-core';
import { expectedBadge } from '../../fixtures/pages/expected-statuses';

export interface BadgeData {
  entryId: string;
  status: string;
  claimedStatus: string;
  statusAtPublication: string;
  outdated: string;
}

export interface LabelledBlock {
  label: string;
  text: string;
  badges: BadgeData[];
}

/** Every block a fixture labels with data-expect, and the badges inside it (document order). */
export function readLabelledBlocks(page: Page): Promise<LabelledBlock[]> {
  return page.$$eval('[data-expect]', (blocks) =>
    blocks.map((block) => ({
      label: block.getAttribute('data-expect') ?? '',
      text: (block.textContent ?? '').trim().slice(0, 80),
      badges: [...block.querySelectorAll('statusmark-badge')].map((host) => ({
        entryId: host.getAttribute('data-entry-id') ?? '',
        status: host.getAttribute('data-status') ?? '',
        claimedStatus: host.getAttribute('data-claimed-status') ?? '',
        statusAtPublication: host.getAttribute('data-status-at-publication') ?? '',
        outdated: host.getAttribute('data-outdated') ?? '',
      })),
    })),
  );
}

/** The page's publication day from its article:published_time meta (as the fixtures state it). */
export async function publishedDay(page: Page): Promise<string> {
  const content = await page.getAttribute('meta[property="article:published_time"]', 'content');
  return (content ?? '').slice(0, 10);
}

export const todayIso = () => new Date().toISOString().slice(0, 10);

/** What each labelled block should hold: `none` means no badge; otherwise one badge per label. */
export function expectedBadges(blocks: LabelledBlock[], published: string): Partial<BadgeData>[][] {
  return blocks.map((block) =>
    block.label === 'none'
      ? []
      : block.label.split(';').map((label) => expectedBadge(label, published, todayIso())),
  );
}
