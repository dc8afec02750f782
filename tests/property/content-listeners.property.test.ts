// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageClaimsSchema, pageInfoSchema } from '../../src/messaging/protocol';
import { answerPageClaims } from '../../src/page/page-claims-responder';
import { answerPageInfo, onKbChanged } from '../../src/page/page-info';

/**
 * The content script's message listeners check messages by hand (no schema library in
 * the page). Whatever arrives, they answer with a valid reply or not at all, and never throw.
 */
const controller = new AbortController();
afterEach(() => controller.abort());

const anyMessage = fc.oneof(
  fc.anything(),
  fc.record(
    { type: fc.constantFrom('getPageInfo', 'getPageClaims', 'focusClaim', 'kbChanged'), key: fc.anything() },
    { requiredKeys: ['type'] },
  ),
);

describe('content-script listeners under hostile messages', () => {
  it('answer getPageInfo and getPageClaims with replies their schemas accept, and ignore the rest', async () => {
    fakeBrowser.reset();
    let changes = 0;
    answerPageInfo(controller.signal, () => 0);
    answerPageClaims(controller.signal, {
      claims: async () => [],
      active: () => true,
      publishedAt: () => null,
    });
    onKbChanged(controller.signal, () => changes++);
    await fc.assert(
      fc.asyncProperty(anyMessage, async (message) => {
        const replies = await fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id });
        const type = (message as { type?: unknown } | null)?.type;
        const answered = (replies as unknown[]).filter((r) => r !== undefined);
        if (type === 'getPageInfo') expect(pageInfoSchema.safeParse(answered[0]).success).toBe(true);
        else if (type === 'getPageClaims') expect(pageClaimsSchema.safeParse(answered[0]).success).toBe(true);
        else if (type === 'focusClaim' && typeof (message as { key?: unknown }).key === 'string')
          expect(answered).toEqual([{ focused: false }]);
        else expect(answered).toEqual([]);
      }),
      { numRuns: 300 },
    );
    expect(changes).toBeGreaterThan(0);
  });
});
