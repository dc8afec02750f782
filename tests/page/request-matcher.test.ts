import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (message: unknown) => void;
interface FakePort {
  name: string;
  message: Listener[];
  disconnectListeners: (() => void)[];
  disconnected: boolean;
  sent: unknown[];
}
let port: FakePort;
let lastError: { message: string } | undefined;

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: {
      get lastError() {
        return lastError;
      },
      connect: ({ name }: { name: string }) => {
        port = { name, message: [], disconnectListeners: [], disconnected: false, sent: [] };
        return {
          postMessage: (message: unknown) => port.sent.push(message),
          onMessage: { addListener: (fn: Listener) => port.message.push(fn) },
          onDisconnect: { addListener: (fn: () => void) => port.disconnectListeners.push(fn) },
          disconnect: () => void (port.disconnected = true),
        };
      },
    },
  },
}));

const { requestMatcherRest, requestPageMatcher } = await import('../../src/page/request-matcher');
const answer = (message: unknown) => port.message.forEach((fn) => fn(message));
/** Phrase tables as packed (their shape is the engine's; the port checks only that they are an object). */
const LEAD = { LEAD_IN: { $set: ['also'] } };

describe('asking the background for the prepared matcher', () => {
  beforeEach(() => (lastError = undefined));

  it('resolves with the one answer on the matcher port, then disconnects', async () => {
    const pending = requestPageMatcher();
    expect(port.name).toBe('statusmark-matcher');
    const value = { prepared: { format: 'statusmark-matcher' }, localEntryIds: [], kbVersion: 3 };
    answer({ ok: true, value });
    await expect(pending).resolves.toEqual(value);
    expect(port.disconnected).toBe(true);
  });

  it('fails with the background\u2019s reason, or on an answer that is not a matcher', async () => {
    const refused = requestPageMatcher();
    answer({ ok: false, error: 'the KB could not be seeded' });
    await expect(refused).rejects.toThrow('the KB could not be seeded');
    const garbled = requestPageMatcher();
    answer({ terms: [] });
    await expect(garbled).rejects.toThrow('no valid matcher');
  });

  it('waits for the parts a large matcher is sent in, and joins them in order', async () => {
    const received = vi.fn();
    const pending = requestPageMatcher({ onReceived: received });
    const none = { count: 1, words: '', ids: '', titles: '', facts: '' };
    const prepared = {
      format: 'statusmark-matcher',
      tables: { data: '', layout: [] },
      entries: none,
      phrases: {},
    };
    answer({ ok: true, value: { prepared, localEntryIds: [], kbVersion: 3 }, parts: 3 });
    answer({ part: 'data', text: 'AAAA' });
    answer({ part: 'data', text: 'BBBB' });
    expect(port.disconnected).toBe(false);
    expect(received).not.toHaveBeenCalled();
    answer({ part: 'entries', ids: '0a', titles: '01', facts: '4r2025p', words: 'A bill', phrases: LEAD });
    expect(received).toHaveBeenCalledTimes(1);
    const whole = await pending;
    // The tables' base64 stays in its pieces: the loader decodes them one by one.
    expect(whole.prepared.tables.data).toEqual(['AAAA', 'BBBB']);
    expect(whole.prepared.entries).toEqual({
      count: 1,
      words: 'A bill',
      ids: '0a',
      titles: '01',
      facts: '4r2025p',
    });
    expect(whole.prepared.phrases).toEqual(LEAD);
    expect(port.disconnected).toBe(true);

    const broken = requestPageMatcher();
    answer({ ok: true, value: { prepared, localEntryIds: [], kbVersion: 3 }, parts: 2 });
    answer({ part: 'script', text: 'alert(1)' });
    await expect(broken).rejects.toThrow('not one');

    // Lists that are not strings are refused as they arrive.
    const wrongLists = requestPageMatcher();
    answer({ ok: true, value: { prepared, localEntryIds: [], kbVersion: 3 }, parts: 2 });
    answer({ part: 'entries', ids: ['a'], titles: ['01'], facts: ['4r2025p'], words: '', phrases: LEAD });
    expect(port.disconnected).toBe(true);
    await expect(wrongLists).rejects.toThrow('not one');
    // So are phrase tables that are not an object.
    const wrongPhrases = requestPageMatcher();
    answer({ ok: true, value: { prepared, localEntryIds: [], kbVersion: 3 }, parts: 1 });
    answer({ part: 'entries', ids: '0a', titles: '01', facts: '4r2025p', words: '', phrases: ['LEAD_IN'] });
    expect(port.disconnected).toBe(true);
    await expect(wrongPhrases).rejects.toThrow('not one');
  });

  it('fails when the background closes the port without an answer', async () => {
    const pending = requestPageMatcher();
    lastError = { message: 'Could not establish connection.' };
    port.disconnectListeners.forEach((fn) => fn());
    await expect(pending).rejects.toThrow('Could not establish connection.');
  });

  it('keeps the key to ask for the rest by, when a large matcher comes without it', async () => {
    const pending = requestPageMatcher();
    const none = { count: 1, words: 'A bill', ids: '', titles: '', facts: '' };
    const prepared = { format: 'statusmark-matcher', tables: { data: '', layout: [] }, entries: none };
    answer({ ok: true, value: { prepared, localEntryIds: [], kbVersion: 3, rest: '[3,"h"]' }, parts: 1 });
    answer({ part: 'data', text: 'AAAA' });
    const page = await pending;
    expect(page.rest).toBe('[3,"h"]');
    expect(page.prepared.tables.data).toEqual(['AAAA']);
    // Nothing is sent on the matcher port: connecting is the request.
    expect(port.sent).toEqual([]);
  });
});

describe('asking the background for the rest of a large matcher', () => {
  beforeEach(() => (lastError = undefined));

  it('names the matcher by its key on the rest port, and resolves with the parts announced', async () => {
    const pending = requestMatcherRest('[3,"h"]');
    expect(port.name).toBe('statusmark-matcher-rest');
    expect(port.sent).toEqual([{ rest: '[3,"h"]' }]);
    answer({ ok: true, parts: 2 });
    answer({ part: 'data', text: 'CCCC' });
    expect(port.disconnected).toBe(false);
    const entries = {
      part: 'entries',
      ids: '0a',
      titles: '01',
      facts: '4r2025p',
      words: 'A bill',
      phrases: LEAD,
    };
    answer(entries);
    await expect(pending).resolves.toEqual([{ part: 'data', text: 'CCCC' }, entries]);
    expect(port.disconnected).toBe(true);
  });

  it('fails with the background\u2019s reason, on an answer that is not one, or on a part that is not one', async () => {
    const changed = requestMatcherRest('[3,"h"]');
    answer({ ok: false, error: 'the knowledge base changed since this matcher was prepared' });
    await expect(changed).rejects.toThrow('the knowledge base changed');
    const garbled = requestMatcherRest('[3,"h"]');
    answer({ ok: true, parts: -2 });
    await expect(garbled).rejects.toThrow('no valid answer for the rest of the matcher');
    const broken = requestMatcherRest('[3,"h"]');
    answer({ ok: true, parts: 1 });
    answer({ part: 'script', text: 'alert(1)' });
    await expect(broken).rejects.toThrow('not one');
  });
});
