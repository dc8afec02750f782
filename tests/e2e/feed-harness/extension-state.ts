/**
 * Reads and drives the extension from one of its pages (the options page), in
 * Chromium (Playwright) and Firefox (Puppeteer) alike.
 */

/** What these helpers need of a Playwright or Puppeteer page. */
export interface ExtensionPage {
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
}

/** The part of the extension API used inside the page (`browser` in Firefox, `chrome` in Chromium). */
export interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  alarms: { create(name: string, info: { when: number }): Promise<void> | void };
  storage: { local: { get(keys: null): Promise<Record<string, unknown>> } };
}
export type ExtensionPageGlobals = { browser?: ExtensionApi; chrome: ExtensionApi };

export interface FeedCheck {
  time: string;
  url: string;
  result: string;
  reason: string;
}

export interface KbInfo {
  kb: { version: number; hash: string | null; source: string } | null;
  lastFeedCheck: FeedCheck | null;
}

/** The background's KB info, asked from an extension page as the options page asks. */
export async function kbInfo(page: ExtensionPage): Promise<KbInfo> {
  const reply = await page.evaluate(() => {
    const scope = globalThis as unknown as ExtensionPageGlobals;
    return (scope.browser ?? scope.chrome).runtime.sendMessage({ type: 'getKbInfo' });
  });
  const { ok, value } = reply as { ok: boolean; value: KbInfo };
  if (!ok) throw new Error(`getKbInfo failed: ${JSON.stringify(reply)}`);
  return value;
}

/** Polls until a feed check newer than `after` (an ISO time) is recorded, and returns it. */
export async function nextFeedCheck(page: ExtensionPage, after = ''): Promise<FeedCheck> {
  for (let i = 0; i < 150; i++) {
    const record = (await kbInfo(page)).lastFeedCheck;
    if (record && record.time > after) return record;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no feed check recorded after ${after || 'start'}`);
}

/**
 * Starts a feed check now and resolves with its record. It fires the updater's own
 * alarm (an unpacked extension's alarm fires at once), the path the daily check takes.
 */
export async function checkFeedNow(page: ExtensionPage): Promise<FeedCheck> {
  const before = (await kbInfo(page)).lastFeedCheck?.time ?? '';
  await page.evaluate(async () => {
    const scope = globalThis as unknown as ExtensionPageGlobals;
    await (scope.browser ?? scope.chrome).alarms.create('statusmark-feed-check', { when: Date.now() });
  });
  return nextFeedCheck(page, before);
}

/**
 * Every IndexedDB table and all of storage.local, read raw in the extension's origin
 * (not through the store's code), minus the feed-check record every attempt rewrites.
 */
export function readAllStorage(page: ExtensionPage): Promise<Record<string, unknown>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('statusmark');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tables: Record<string, unknown> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      tables[name] = await new Promise((resolve) => {
        const all = db.transaction(name).objectStore(name).getAll();
        all.onsuccess = () => resolve(all.result);
      });
    }
    db.close();
    const meta = (tables.meta as { key: string }[] | undefined) ?? [];
    tables.meta = meta.filter((row) => row.key !== 'feedCheck');
    const scope = globalThis as unknown as ExtensionPageGlobals;
    return { tables, storageLocal: await (scope.browser ?? scope.chrome).storage.local.get(null) };
  });
}
