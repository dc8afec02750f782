import { describe, expect, it } from 'vitest';
import { contentRequestSchema, kbChangedSchema, tabRequestSchema } from '../../src/messaging/protocol';
import { pageRequestSchema, WRITE_REQUEST_TYPES } from '../../src/messaging/page-protocol';
import { RequestError, unwrapReply } from '../../src/messaging/reply';
import { makeEntry } from '../db/helpers';

describe('content script -> background protocol', () => {
  it('accepts the read-only requests', () => {
    for (const request of [{ type: 'getEntry', id: 'us-eo-14330-alt-assets-401k' }, { type: 'getKbInfo' }]) {
      expect(contentRequestSchema.safeParse(request).success).toBe(true);
    }
  });

  it('has no write request at all', () => {
    for (const type of WRITE_REQUEST_TYPES) {
      expect(contentRequestSchema.safeParse({ type, id: 'x' }).success).toBe(false);
    }
  });

  it('rejects extra fields and malformed ids', () => {
    expect(contentRequestSchema.safeParse({ type: 'getKbInfo', url: 'https://a.example' }).success).toBe(
      false,
    );
    expect(contentRequestSchema.safeParse({ type: 'getEntry', id: '../../etc' }).success).toBe(false);
  });
});

describe('extension page -> background protocol', () => {
  it('accepts reads and writes with valid payloads', () => {
    expect(pageRequestSchema.safeParse({ type: 'getEntry', id: 'a-b' }).success).toBe(true);
    expect(
      pageRequestSchema.safeParse({ type: 'createUserEntry', entry: makeEntry('local-a') }).success,
    ).toBe(true);
    expect(
      pageRequestSchema.safeParse({ type: 'addNote', note: { entryId: 'a-b', text: 'x' } }).success,
    ).toBe(true);
  });

  it('rejects a write whose payload breaks the schema', () => {
    expect(pageRequestSchema.safeParse({ type: 'addNote', note: { entryId: 'a-b' } }).success).toBe(false);
    expect(pageRequestSchema.safeParse({ type: 'updateUserEntry', entry: { id: 'a' } }).success).toBe(false);
  });
});

describe('messages to the content script', () => {
  it('accepts page-info requests and KB-changed notices only', () => {
    expect(tabRequestSchema.safeParse({ type: 'getPageInfo' }).success).toBe(true);
    expect(
      kbChangedSchema.safeParse({ type: 'kbChanged', reason: 'notes', version: 3, hash: null }).success,
    ).toBe(true);
    expect(
      kbChangedSchema.safeParse({ type: 'kbChanged', reason: 'everything', version: 3, hash: null }).success,
    ).toBe(false);
    expect(tabRequestSchema.safeParse({ type: 'getKbInfo' }).success).toBe(false);
  });
});

describe('replies', () => {
  it('unwraps a value and turns an error reply into a RequestError with its problems', () => {
    expect(unwrapReply({ ok: true, value: 3 })).toBe(3);
    const error = (() => {
      try {
        unwrapReply({ ok: false, error: { code: 'invalid', message: 'bad', problems: ['id: expected'] } });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(RequestError);
    expect(error).toMatchObject({ code: 'invalid', message: 'bad', problems: ['id: expected'] });
    expect(() => unwrapReply(undefined)).toThrow('the background sent no valid reply');
  });
});
