import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pageInfoSchema } from '../../src/messaging/protocol';

/** The tab this popup reports on: `?tabId=` when opened as a page, else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function Popup() {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    void (async () => {
      const tabId = await targetTabId();
      if (tabId === undefined) return setCount(0);
      const reply: unknown = await browser.tabs.sendMessage(tabId, { type: 'getPageInfo' });
      setCount(pageInfoSchema.parse(reply).badgeCount);
    })().catch(() => setCount(0));
  }, []);
  return (
    <main>
      <h1>Statusmark</h1>
      <p data-testid="badge-count">
        {count === null ? 'Counting claims...' : `${count} claim${count === 1 ? '' : 's'} on this page`}
      </p>
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<Popup />, app);
