import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listUserEntries } from '../../src/db/user-entries';
import { makeEntry, makeSnapshot } from '../db/helpers';
import { CONTENT_SCRIPT, EXTENSION_PAGE, memoryBundle, startTestService } from './kb-service-helpers';

async function started() {
  const snapshot = await makeSnapshot([makeEntry('shipped-a')], 10);
  return startTestService(memoryBundle(snapshot).bundle);
}

describe('messages from extension pages', () => {
  it('reads and writes through the background', async () => {
    const { send, db } = await started();
    const created = await send({ type: 'createUserEntry', entry: makeEntry('local-a') }, EXTENSION_PAGE);
    expect(created).toMatchObject({ ok: true, value: { id: 'local-a', entry: makeEntry('local-a') } });
    expect((await listUserEntries(db)).map((r) => r.id)).toEqual(['local-a']);

    const listed = await send({ type: 'listEntries' });
    expect(listed).toMatchObject({
      ok: true,
      value: [
        { origin: 'shipped', entry: { id: 'shipped-a' } },
        { origin: 'local', entry: { id: 'local-a' } },
      ],
    });
  });

  it('tells open tabs after an own entry changed', async () => {
    const { send, sentToTabs } = await started();
    await send({ type: 'getKbInfo' });
    sentToTabs.length = 0;
    await send({ type: 'createUserEntry', entry: makeEntry('local-a') });
    await expect
      .poll(() => sentToTabs)
      .toEqual([
        { type: 'kbChanged', reason: 'user-entries', version: 10, hash: expect.stringMatching(/^sha256-/) },
      ]);
  });

  it('passes store refusals back with their code', async () => {
    const { send } = await started();
    expect(await send({ type: 'createUserEntry', entry: makeEntry('shipped-a') })).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'id "shipped-a" is used by a shipped entry; choose another id' },
    });
    expect(await send({ type: 'deleteNote', id: 'no-such-note' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('messages from content scripts', () => {
  it('answers reads', async () => {
    const { send } = await started();
    expect(await send({ type: 'getEntry', id: 'shipped-a' }, CONTENT_SCRIPT)).toMatchObject({
      ok: true,
      value: { origin: 'shipped', entry: { id: 'shipped-a' } },
    });
  });

  it("hands a content script the reader's own notes on an entry, for its popover", async () => {
    const { send } = await started();
    const bare = await send({ type: 'getEntry', id: 'shipped-a' }, CONTENT_SCRIPT);
    expect(bare).toMatchObject({ ok: true, value: { origin: 'shipped' } });
    expect(bare).not.toHaveProperty('value.localNote');
    const notes = [
      { entryId: 'shipped-a', text: 'Called the sponsor' },
      { entryId: 'shipped-a', verified: { status: 'official', date: '2026-01-05' } },
      { entryId: 'shipped-a', text: 'Filing due in May' },
    ];
    for (const note of notes)
      expect(await send({ type: 'addNote', note }, EXTENSION_PAGE)).toMatchObject({ ok: true });
    expect(await send({ type: 'getEntry', id: 'shipped-a' }, CONTENT_SCRIPT)).toMatchObject({
      ok: true,
      value: { localNote: 'Called the sponsor / Filing due in May' },
    });
  });

  it('refuses every write and writes nothing', async () => {
    const { send, db } = await started();
    for (const message of [
      { type: 'createUserEntry', entry: makeEntry('local-a') },
      { type: 'deleteUserEntry', id: 'local-a' },
      { type: 'addNote', note: { entryId: 'shipped-a', text: 'from a page' } },
    ]) {
      expect(await send(message, CONTENT_SCRIPT)).toEqual({
        ok: false,
        error: {
          code: 'refused',
          message: `"${message.type}" changes the database and is accepted only from Statusmark's own pages`,
        },
      });
    }
    expect(await listUserEntries(db)).toEqual([]);
    expect(await db.entryNotes.count()).toBe(0);
  });

  it('refuses extension-page reads that a content script does not need', async () => {
    const { send } = await started();
    expect(await send({ type: 'exportUserData' }, CONTENT_SCRIPT)).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
  });
});

describe('invalid messages and strangers', () => {
  it.each([
    [{ type: 'dropAllTables' }, /^type: /],
    [{ type: 'getEntry' }, /^id: /],
    [{ type: 'getEntry', id: 'Not An Id' }, /^id: /],
    [{ type: 'getEntry', id: 'shipped-a', extra: true }, /^\(root\): /],
    ['getEntry', /^\(root\): /],
  ])('rejects %o with the problem and its path', async (message, problem) => {
    const { send } = await started();
    const reply = (await send(message)) as { ok: boolean; error: { code: string; problems: string[] } };
    expect(reply.ok).toBe(false);
    expect(reply.error.code).toBe('invalid');
    expect(reply.error.problems[0]).toMatch(problem);
  });

  it('rejects an own entry with a javascript: source, naming the field', async () => {
    const { send } = await started();
    const entry = makeEntry('local-a');
    entry.events[0]!.sources[0]!.url = 'javascript:alert(1)';
    expect(await send({ type: 'createUserEntry', entry })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        problems: [expect.stringMatching(/^entry\.events\[0\]\.sources\[0\]\.url: expected an https URL/)],
      },
    });
  });

  it.each<[string, Browser.runtime.MessageSender]>([
    [
      'another extension',
      { id: 'some-other-extension', url: 'chrome-extension://some-other-extension/page.html' },
    ],
    ['a sender without id', { url: 'https://evil.example.com/' }],
    [
      'our id from a non-web, non-extension URL',
      { id: fakeBrowser.runtime.id, url: 'file:///tmp/x.html', tab: CONTENT_SCRIPT.tab! },
    ],
  ])('refuses %s', async (_label, sender) => {
    const { send } = await started();
    expect(await send({ type: 'getKbInfo' }, sender)).toEqual({
      ok: false,
      error: { code: 'refused', message: 'Statusmark answers only its own pages and content scripts' },
    });
  });
});
