import type { browser } from 'wxt/browser';
import type { StatusmarkDb } from '../db/database';
import { getKbMeta } from '../db/kb-info';
import type { KbChanged } from '../messaging/protocol';

type TabsApi = Pick<typeof browser.tabs, 'query' | 'sendMessage'>;

/**
 * Tells every open tab that the KB changed, so their badges can refresh. Best effort:
 * tabs without our content script (or closed meanwhile) reject, and that is fine.
 * tabs.query works without the "tabs" permission (tabs come without URLs).
 */
export async function notifyTabsKbChanged(tabs: TabsApi, change: KbChanged): Promise<number> {
  const open = await tabs.query({});
  const sent = await Promise.allSettled(
    open.flatMap((tab) => (tab.id === undefined ? [] : [tabs.sendMessage(tab.id, change)])),
  );
  return sent.filter((result) => result.status === 'fulfilled').length;
}

/** The kbChanged message for a reason, with the stored KB's version and hash. */
export async function kbChangedMessage(db: StatusmarkDb, reason: KbChanged['reason']): Promise<KbChanged> {
  const meta = await getKbMeta(db);
  return { type: 'kbChanged', reason, version: meta?.version ?? null, hash: meta?.hash ?? null };
}
