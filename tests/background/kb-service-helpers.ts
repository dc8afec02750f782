import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser, type Browser } from 'wxt/browser';
import type { BundledKb } from '../../src/background/bundled-kb-loader';
import { startKbService } from '../../src/background/kb-service';
import { bundledKbInfo } from '../../src/kb/bundled-kb';
import type { KbSnapshot } from '../../src/kb/schema';
import type { StatusmarkDb } from '../../src/db/database';
import { freshDb } from '../db/helpers';

/** A bundled KB served from memory, counting how often the full snapshot is read. */
export function memoryBundle(snapshot: KbSnapshot) {
  const reads = { info: 0, snapshot: 0 };
  const bundle: BundledKb = {
    info: async () => (reads.info++, bundledKbInfo(snapshot)),
    snapshot: async () => (reads.snapshot++, snapshot),
  };
  return { bundle, reads };
}

export const EXTENSION_PAGE: Browser.runtime.MessageSender = {
  id: fakeBrowser.runtime.id,
  url: `chrome-extension://${fakeBrowser.runtime.id}/options.html`,
};

export const CONTENT_SCRIPT: Browser.runtime.MessageSender = {
  id: fakeBrowser.runtime.id,
  url: 'https://news.example.com/2026/03/pension-story',
  tab: {
    id: 7,
    index: 0,
    pinned: false,
    highlighted: false,
    windowId: 1,
    active: true,
    incognito: false,
    frozen: false,
    discarded: false,
    autoDiscardable: true,
    groupId: -1,
  } as Browser.tabs.Tab,
  frameId: 0,
};

/** Starts the KB service on fakeBrowser with an in-memory database and bundle; tabs are recorded. */
export function startTestService(bundle: BundledKb, db: StatusmarkDb = freshDb()) {
  fakeBrowser.reset();
  const sentToTabs: unknown[] = [];
  const tabs = {
    query: vi.fn(async () => [{ id: 1 }, { id: 2 }] as Browser.tabs.Tab[]),
    sendMessage: vi.fn(async (tabId: number, message: unknown) => {
      if (tabId === 2) throw new Error('Could not establish connection. Receiving end does not exist.');
      sentToTabs.push(message);
    }),
  } as unknown as typeof browser.tabs;
  // Under WxtVitest, `browser` is the fakeBrowser.
  const service = startKbService({ runtime: browser.runtime, tabs }, { db, bundled: bundle });
  /** Delivers a message as the browser would, from `sender`; resolves to the reply. */
  const send = async (message: unknown, sender: Browser.runtime.MessageSender = EXTENSION_PAGE) => {
    const replies = (await fakeBrowser.runtime.onMessage.trigger(message, sender)) as unknown[];
    return replies[0];
  };
  return { service, db, send, sentToTabs };
}
