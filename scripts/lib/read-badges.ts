import type { Page } from 'playwright-core';

export interface BadgeFacts {
  entryId: string;
  status: string;
}

/** Waits until the content script has annotated the page (it marks <html> when done). */
export async function waitForAnnotation(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForSelector('html[data-statusmark-state="done"]', { state: 'attached', timeout });
}

/** The badges on a page, in document order. */
export function readBadges(page: Page): Promise<BadgeFacts[]> {
  return page.$$eval('statusmark-badge', (hosts) =>
    hosts.map((host) => ({
      entryId: host.getAttribute('data-entry-id') ?? '',
      status: host.getAttribute('data-status') ?? '',
    })),
  );
}
