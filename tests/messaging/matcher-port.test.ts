import { describe, expect, it } from 'vitest';
import { isMatcherReply } from '../../src/messaging/matcher-port';
import { isClaimCountMessage } from '../../src/messaging/claim-count-port';

describe('port messages checked by hand in the content script', () => {
  it('accepts a matcher reply or an error reply, and nothing else', () => {
    const value = { prepared: { format: 'statusmark-matcher' }, localEntryIds: ['a'], kbVersion: 1 };
    expect(isMatcherReply({ ok: true, value })).toBe(true);
    expect(isMatcherReply({ ok: false, error: 'seeding failed' })).toBe(true);
    expect(isMatcherReply({ ok: true, value: { ...value, localEntryIds: [1] } })).toBe(false);
    expect(isMatcherReply({ ok: true, value: { localEntryIds: [] } })).toBe(false);
    expect(isMatcherReply({ ok: false, error: { message: 'x' } })).toBe(false);
    expect(isMatcherReply({ terms: [] })).toBe(false);
    expect(isMatcherReply(null)).toBe(false);
  });

  it('accepts a whole, non-negative claim count', () => {
    expect(isClaimCountMessage({ count: 0 })).toBe(true);
    expect(isClaimCountMessage({ count: 12 })).toBe(true);
    expect(isClaimCountMessage({ count: -1 })).toBe(false);
    expect(isClaimCountMessage({ count: 2.5 })).toBe(false);
    expect(isClaimCountMessage({ count: '3' })).toBe(false);
  });
});
