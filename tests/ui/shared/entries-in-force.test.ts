import { describe, expect, it } from 'vitest';
import type { NoteRecord, StoredEntry } from '../../../src/db/records';
import { entriesInForce } from '../../../src/ui/shared/entries-in-force';
import { order, ownBill } from '../../report/fixtures';

const note = (entryId: string, verified?: NoteRecord['verified'], text?: string): NoteRecord => ({
  id: `n-${entryId}-${verified?.date ?? 'text'}`,
  entryId,
  ...(text ? { text } : {}),
  ...(verified ? { verified } : {}),
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

const shipped = (entry = order): StoredEntry => ({ entry, origin: 'shipped' });

describe('the KB as the user sees it', () => {
  it('gives each entry its status now and since when the status began', () => {
    const [item] = entriesInForce([shipped()], [], '2026-11-27');
    expect(item).toMatchObject({
      status: 'official',
      since: '2025-08-07',
      local: false,
      lastChange: '2025-08-07',
    });
  });

  it("lets the user's own entry win over a shipped one with the same id, and marks it local", () => {
    const own: StoredEntry = {
      entry: { ...order, title: 'My version' },
      origin: 'local',
      updatedAt: '2026-02-01T00:00:00Z',
    };
    const items = entriesInForce([shipped(), own, shipped(ownBill)], [], '2026-11-27');
    expect(items.map((i) => [i.entry.id, i.entry.title, i.origin, i.local])).toEqual([
      [order.id, 'My version', 'local', true],
      [ownBill.id, ownBill.title, 'shipped', false],
    ]);
  });

  it('counts a locally verified status from its day, and marks the entry local', () => {
    const verified = note(order.id, { status: 'rescinded', date: '2026-05-01' });
    const [item] = entriesInForce([shipped()], [verified], '2026-11-27');
    expect(item).toMatchObject({
      status: 'rescinded',
      since: '2026-05-01',
      local: true,
      lastChange: '2026-05-01',
    });
    expect(entriesInForce([shipped()], [verified], '2026-04-30')[0]?.status).toBe('official');
  });

  it('keeps a text-only note from making the entry local', () => {
    const [item] = entriesInForce(
      [shipped()],
      [note(order.id, undefined, 'Call the DOL press office')],
      '2026-11-27',
    );
    expect(item?.local).toBe(false);
    expect(item?.notes).toHaveLength(1);
  });
});
