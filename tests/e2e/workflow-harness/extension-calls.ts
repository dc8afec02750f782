import type { Page } from 'playwright-core';

/** The extension API as an extension page sees it in Chromium. */
interface ChromeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { set(items: object): Promise<void>; clear(): Promise<void> } };
}

/** Sends a page-protocol request from an extension page, as the options page does; returns the value. */
export async function request<T = unknown>(page: Page, message: object): Promise<T> {
  const reply = (await page.evaluate(
    (m) => (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.sendMessage(m),
    message,
  )) as { ok: boolean; value?: T; error?: unknown };
  if (!reply.ok) throw new Error(`request failed: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

/** Writes storage.local keys directly (settings, dismissals), as another context would. */
export function setStorage(page: Page, items: object): Promise<void> {
  return page.evaluate(
    (i) => (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.set(i),
    items,
  );
}

/**
 * Clears the user's part of the extension's storage: every own entry and note in
 * IndexedDB, and all of storage.local (settings, dismissals). The shipped KB stays.
 */
export function clearUserStorage(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('statusmark');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['userEntries', 'entryNotes'], 'readwrite');
      tx.objectStore('userEntries').clear();
      tx.objectStore('entryNotes').clear();
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.clear();
  });
}
