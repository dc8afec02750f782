import type { Page } from 'playwright-core';

export interface BadgeFacts {
  entryId: string;
  status: string;
  atPublication: string;
  outdated: boolean;
  local: boolean;
}

/** Every badge's public attributes, in document order. */
export function badgeFacts(page: Page): Promise<BadgeFacts[]> {
  return page.$$eval('statusmark-badge', (hosts) =>
    hosts.map((host) => ({
      entryId: host.getAttribute('data-entry-id') ?? '',
      status: host.getAttribute('data-status') ?? '',
      atPublication: host.getAttribute('data-status-at-publication') ?? '',
      outdated: host.getAttribute('data-outdated') === 'true',
      local: host.getAttribute('data-local') === 'true',
    })),
  );
}

/** The popup's claims, as it lists them (grouped by status). */
export function popupClaims(popup: Page): Promise<{ entryId: string; status: string }[]> {
  return popup.$$eval('li.claim', (items) =>
    items.map((li) => ({
      entryId: li.getAttribute('data-entry-id') ?? '',
      status: li.getAttribute('data-status') ?? '',
    })),
  );
}

/** Opens the popup as a page reporting on the tab that shows `url` (the `?tabId=` form tests use). */
export async function openPopupFor(popup: Page, extensionId: string, url: string): Promise<void> {
  const { tabIdForUrlInExtensionPage } = await import('../harness/tabs');
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const tabId = await popup.evaluate(tabIdForUrlInExtensionPage, url);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
}
