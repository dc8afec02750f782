import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (message: unknown) => void;
const calls: { setBadgeText: unknown[]; setBadgeBackgroundColor: unknown[] } = {
  setBadgeText: [],
  setBadgeBackgroundColor: [],
};
let onConnect: ((port: unknown) => void) | undefined;

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { onConnect: { addListener: (fn: (port: unknown) => void) => (onConnect = fn) } },
    action: {
      setBadgeText: async (details: unknown) => void calls.setBadgeText.push(details),
      setBadgeBackgroundColor: async (details: unknown) => void calls.setBadgeBackgroundColor.push(details),
    },
  },
}));

const { badgeText, registerClaimCountBadge } = await import('../../src/background/claim-count-badge');

function connect(name: string, sender: unknown): Listener {
  let listener: Listener = () => {};
  onConnect?.({ name, sender, onMessage: { addListener: (fn: Listener) => (listener = fn) } });
  return (message) => listener(message);
}

describe('toolbar claim count', () => {
  beforeEach(() => {
    calls.setBadgeText = [];
    calls.setBadgeBackgroundColor = [];
    registerClaimCountBadge();
  });

  it('shows the page\u2019s claim count on its own tab\u2019s icon', async () => {
    const post = connect('statusmark-claim-count', { tab: { id: 7 }, frameId: 0 });
    post({ count: 3 });
    await vi.waitFor(() => expect(calls.setBadgeText).toEqual([{ tabId: 7, text: '3' }]));
  });

  it('shows nothing for no claims, and caps long numbers', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(12)).toBe('12');
    expect(badgeText(1200)).toBe('999+');
  });

  it('ignores other ports, sub-frames and malformed counts', async () => {
    connect('something-else', { tab: { id: 1 }, frameId: 0 })({ count: 1 });
    connect('statusmark-claim-count', { tab: { id: 2 }, frameId: 3 })({ count: 1 });
    const post = connect('statusmark-claim-count', { tab: { id: 3 }, frameId: 0 });
    post({ count: -1 });
    post({ count: '5' });
    post({ count: 1.5 });
    post(null);
    await new Promise((r) => setTimeout(r, 10));
    expect(calls.setBadgeText).toEqual([]);
  });
});
