import { describe, expect, it } from 'vitest';
import { isMatcherReply, isRestReply } from '../../src/messaging/matcher-port';
import { matcherRestRequestSchema } from '../../src/messaging/protocol';
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
    // The key to ask for the rest by, when the matcher came without it, is a string.
    expect(isMatcherReply({ ok: true, value: { ...value, rest: '[3,"h"]' }, parts: 2 })).toBe(true);
    expect(isMatcherReply({ ok: true, value: { ...value, rest: 3 } })).toBe(false);
  });

  it('accepts a request for the rest of a matcher by its key, and an answer with a count of parts or a reason', () => {
    const isRequest = (message: unknown) => matcherRestRequestSchema.safeParse(message).success;
    expect(isRequest({ rest: '[3,"h",[],[]]' })).toBe(true);
    expect(isRequest({ rest: 3 })).toBe(false);
    expect(isRequest({ rest: '' })).toBe(false);
    expect(isRequest({ rest: 'k', more: true })).toBe(false);
    expect(isRequest({ key: 'x' })).toBe(false);
    expect(isRestReply({ ok: true, parts: 3 })).toBe(true);
    expect(isRestReply({ ok: true, parts: 0 })).toBe(true);
    expect(isRestReply({ ok: false, error: 'the knowledge base changed' })).toBe(true);
    expect(isRestReply({ ok: true, parts: -1 })).toBe(false);
    expect(isRestReply({ ok: true, parts: 1.5 })).toBe(false);
    expect(isRestReply({ ok: true })).toBe(false);
    expect(isRestReply({ ok: false })).toBe(false);
    expect(isRestReply(null)).toBe(false);
  });

  it('accepts a whole, non-negative claim count', () => {
    expect(isClaimCountMessage({ count: 0 })).toBe(true);
    expect(isClaimCountMessage({ count: 12 })).toBe(true);
    expect(isClaimCountMessage({ count: -1 })).toBe(false);
    expect(isClaimCountMessage({ count: 2.5 })).toBe(false);
    expect(isClaimCountMessage({ count: '3' })).toBe(false);
  });
});
