import { openStatusmarkDb, type StatusmarkDb } from '../../db/database';
import { requestFromPage } from '../../messaging/send';

/**
 * The extension pages' handle on the store: reads straight from the database (so
 * liveQuery sees every change), writes through the background (requestFromPage).
 */
let db: StatusmarkDb | null = null;

export function pageDb(): StatusmarkDb {
  db ??= openStatusmarkDb();
  return db;
}

/**
 * Asks the background for the KB info once: the background seeds the database on
 * its first request, so a page opened right after install does not read an empty KB.
 */
export function ensureSeeded(): Promise<unknown> {
  return requestFromPage({ type: 'getKbInfo' }).catch(() => null);
}
