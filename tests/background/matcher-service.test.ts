import { describe, expect, it, vi } from 'vitest';
import { createMatcherService } from '../../src/background/matcher-service';
import { replaceShippedEntries } from '../../src/db/replace-shipped';
import { createUserEntry } from '../../src/db/user-entries';
import { addNote } from '../../src/db/notes';
import { loadMatcher } from '../../src/detect/load-matcher';
import { freshDb, makeEntry, makeSnapshot } from '../db/helpers';
import { EntryTable } from '../../src/detect/entry-table';
import type { PageMatcher } from '../../src/messaging/matcher-port';

async function setup() {
  const db = freshDb();
  await replaceShippedEntries(db, await makeSnapshot([makeEntry('alpha'), makeEntry('beta')], 7), {
    kind: 'bundled',
  });
  let seeded = 0;
  const pageMatcher = createMatcherService({ db, ensureSeeded: async () => seeded++ });
  return { db, pageMatcher, seeded: () => seeded };
}

/** The entry ids a page matcher carries, read as the engine reads them. */
const idsOf = (page: PageMatcher): string[] => {
  const table = new EntryTable(page.prepared.entries);
  return Array.from({ length: table.length }, (_, index) => table.at(index)!.id);
};

describe('page matcher service', () => {
  it('prepares one matcher from the KB that a page can load, with the KB version', async () => {
    const { pageMatcher, seeded } = await setup();
    const page = await pageMatcher();
    expect(seeded()).toBe(1);
    expect(page.kbVersion).toBe(7);
    expect(page.localEntryIds).toEqual([]);
    const matcher = loadMatcher(JSON.parse(JSON.stringify(page.prepared)));
    expect([0, 1].map((i) => matcher.entries.at(i)?.id).sort()).toEqual(['alpha', 'beta']);
  });

  it('prepares once and reuses it while nothing changed, without reading the KB again', async () => {
    const { db, pageMatcher } = await setup();
    const first = await pageMatcher();
    const reads = vi.spyOn(db.shippedEntries, 'toArray');
    expect(await pageMatcher()).toBe(first);
    expect(reads).not.toHaveBeenCalled();
  });

  it('prepares again after a KB update replaced the shipped entries', async () => {
    const { db, pageMatcher } = await setup();
    const before = await pageMatcher();
    await replaceShippedEntries(db, await makeSnapshot([makeEntry('alpha'), makeEntry('delta')], 8), {
      kind: 'bundled',
    });
    const after = await pageMatcher();
    expect(after.kbVersion).toBe(8);
    expect(idsOf(after).sort()).toEqual(['alpha', 'delta']);
    expect(idsOf(before).sort()).toEqual(['alpha', 'beta']);
  });

  it('prepares again after the reader adds an own entry, marked local', async () => {
    const { db, pageMatcher } = await setup();
    const before = await pageMatcher();
    await createUserEntry(db, makeEntry('gamma'));
    const after = await pageMatcher();
    expect(after).not.toBe(before);
    expect(after.localEntryIds).toEqual(['gamma']);
    expect(idsOf(after)).toContain('gamma');
  });

  it("puts the reader's verified status on the entry's timeline and marks it local", async () => {
    const { db, pageMatcher } = await setup();
    await addNote(db, { entryId: 'alpha', verified: { status: 'official', date: '2025-09-01' } });
    const page = await pageMatcher();
    const alpha = new EntryTable(page.prepared.entries).get('alpha');
    expect(alpha?.timeline).toEqual([
      ['2025-07-17', 'proposed'],
      ['2025-09-01', 'official'],
    ]);
    expect(page.localEntryIds).toEqual(['alpha']);
  });
});
