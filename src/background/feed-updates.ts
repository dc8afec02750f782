import { browser } from 'wxt/browser';
import type { StatusmarkDb } from '../db/database';
import { effectiveFeedUrl } from '../feed/default-feed-url';
import { feedOriginPattern } from '../feed/feed-url';
import { buildTrustedKeys } from '../feed/trusted-keys';
import { getSettings } from '../settings/settings';
import { runFeedUpdate, type FeedUpdateOutcome } from './feed-update-run';
import { loadFeedValidators, saveFeedValidators } from './feed-validators';

/** The daily check's alarm. */
export const FEED_ALARM = 'statusmark-feed-check';
const DAY_IN_MINUTES = 24 * 60;

/** What the updater needs from the background's KB service (src/background/kb-service.ts). */
export interface FeedUpdateHost {
  db: StatusmarkDb;
  /** The bundled KB is stored first, so the feed is compared with the real installed version. */
  ensureSeeded(): Promise<unknown>;
  /** Tells open tabs, the popup and options that the shipped KB changed. */
  notifyChanged(reason: 'shipped-kb'): void;
}

/**
 * Keeps the KB up to date from the signed feed: checks on browser start, after an
 * install or update, and once a day (alarm); "Check now" in options calls
 * `checkFeedNow` through the background's message router. Call synchronously at the
 * top of the background's main: an MV3 worker may be woken by the very event.
 */
export function registerFeedUpdates(host: FeedUpdateHost): void {
  const check = () => void checkFeedNow(host);
  browser.runtime.onStartup.addListener(check);
  // After an install or update too, so a new install does not wait a day for its first check.
  browser.runtime.onInstalled.addListener(check);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FEED_ALARM) check();
  });
  void ensureDailyAlarm();
}

/** Creates the daily alarm unless it exists: re-creating it on every worker start would keep delaying it. */
async function ensureDailyAlarm(): Promise<void> {
  if (await browser.alarms.get(FEED_ALARM)) return;
  await browser.alarms.create(FEED_ALARM, {
    delayInMinutes: DAY_IN_MINUTES,
    periodInMinutes: DAY_IN_MINUTES,
  });
}

let inFlight: Promise<FeedUpdateOutcome> | null = null;

/** Runs one check now and records it; a check already running is joined rather than doubled. */
export function checkFeedNow(host: FeedUpdateHost): Promise<FeedUpdateOutcome> {
  inFlight ??= runCheck(host)
    .catch((error: unknown): FeedUpdateOutcome => {
      const why = error instanceof Error ? error.message : String(error);
      return { checked: false, reason: `the check could not run: ${why}` };
    })
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

async function runCheck(host: FeedUpdateHost): Promise<FeedUpdateOutcome> {
  const settings = await getSettings();
  await host.ensureSeeded();
  const outcome = await runFeedUpdate({
    db: host.db,
    fetch: (input, init) => fetch(input, init),
    trustedKeys: buildTrustedKeys(),
    feedUrl: effectiveFeedUrl(settings.feedUrl),
    loadValidators: loadFeedValidators,
    saveValidators: saveFeedValidators,
    hasHostPermission: (url) => browser.permissions.contains({ origins: [feedOriginPattern(url)] }),
  });
  if (outcome.checked && outcome.applied) host.notifyChanged('shipped-kb');
  return outcome;
}
