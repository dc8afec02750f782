// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageClaimsSchema } from '../../src/messaging/protocol';
import { answerPageClaims, type PageClaimsSource } from '../../src/page/page-claims-responder';
import type { BadgeClaim } from '../../src/page/page-text';

const claim = (entryId: string, sentence: string, local = false): BadgeClaim => ({
  blockIndex: 0,
  start: 0,
  end: sentence.length,
  sentence,
  entryId,
  claimedStatus: 'reported',
  why: ['order'],
  confidence: 0.9,
  via: 'direct',
  entryTitle: 'An entry',
  statusAtPublication: 'reported',
  currentStatus: 'official',
  currentSince: '2025-08-07',
  outdated: true,
  note: '',
  ...(local ? { local: true } : {}),
});

async function ask(message: unknown): Promise<unknown> {
  const replies = (await fakeBrowser.runtime.onMessage.trigger(message, {})) as unknown[];
  return replies.find((r) => r !== undefined);
}

describe("the page's claims for the popup", () => {
  let controller: AbortController;
  let hosts: HTMLElement[];
  let active: boolean;

  beforeEach(() => {
    fakeBrowser.reset();
    document.title = 'A page';
    hosts = [0, 1, 2].map(() => {
      const host = document.createElement('statusmark-badge');
      host.tabIndex = 0;
      host.scrollIntoView = vi.fn();
      document.body.append(host);
      return host;
    });
    active = true;
    const claims = [
      claim('us-eo-14330-alt-assets-401k', 'Trump will sign an order.'),
      claim('us-eo-14330-alt-assets-401k', 'Trump will sign an order.'),
      claim('my-bill', 'The bill was filed.', true),
    ];
    const source: PageClaimsSource = {
      claims: async () => claims.map((c, i) => ({ host: hosts[i]!, claim: c })),
      active: () => active,
      publishedAt: () => '2025-07-17',
    };
    controller = new AbortController();
    answerPageClaims(controller.signal, source);
  });
  afterEach(() => {
    controller.abort();
    document.body.replaceChildren();
  });

  it('lists every badged claim with a key per badge, the local mark and the page facts, as the protocol says', async () => {
    const reply = pageClaimsSchema.parse(await ask({ type: 'getPageClaims' }));
    expect(reply).toMatchObject({
      title: 'A page',
      publishedAt: '2025-07-17',
      kbVersion: null,
      active: true,
    });
    expect(reply.claims.map((c) => [c.entryId, c.local])).toEqual([
      ['us-eo-14330-alt-assets-401k', false],
      ['us-eo-14330-alt-assets-401k', false],
      ['my-bill', true],
    ]);
    const keys = reply.claims.map((c) => c.key);
    expect(new Set(keys).size).toBe(3);
    expect(keys[1]).toMatch(/#2$/);
  });

  it('answers with no claims while Statusmark is off on the page', async () => {
    active = false;
    expect(await ask({ type: 'getPageClaims' })).toMatchObject({ active: false, claims: [] });
  });

  it('scrolls to the badge a key names and focuses it', async () => {
    const reply = pageClaimsSchema.parse(await ask({ type: 'getPageClaims' }));
    expect(await ask({ type: 'focusClaim', key: reply.claims[1]!.key })).toEqual({ focused: true });
    expect(hosts[1]!.scrollIntoView).toHaveBeenCalledWith({ block: 'center', behavior: 'smooth' });
    expect(document.activeElement).toBe(hosts[1]);
    expect(await ask({ type: 'focusClaim', key: 'gone s1-0#1' })).toEqual({ focused: false });
  });

  it('stops answering when its signal aborts', async () => {
    controller.abort();
    expect(await ask({ type: 'getPageClaims' })).toBeUndefined();
  });
});
