import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { entryListSchema, entrySchema, kbSnapshotSchema, type EntryInput } from '../../src/kb/schema';

function validEntry(overrides: Partial<EntryInput> = {}): EntryInput {
  return {
    id: 'us-example-order',
    title: 'Example order',
    summary: 'An example entry.',
    jurisdiction: { country: 'US' },
    kind: 'executive-order',
    scope: 'retirement',
    events: [
      {
        date: '2025-07-17',
        status: 'reported',
        summary: 'Reported.',
        sources: [{ url: 'https://example.org/a', title: 'A', publisher: 'Example', primary: false }],
      },
    ],
    confidence: 'confirmed',
    detect: { names: ['Example Order 1'] },
    ...overrides,
  };
}

function problems(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('entry schema', () => {
  it('accepts a complete entry and fills defaults', () => {
    const entry = entrySchema.parse(validEntry());
    expect(entry.caveats).toEqual([]);
    expect(entry.related).toEqual([]);
    expect(entry.detect.rules).toEqual([]);
  });

  it('rejects a javascript: source URL at its path', () => {
    const entry = validEntry();
    entry.events[0]!.sources[0]!.url = 'javascript:alert(1)';
    expect(problems(entrySchema, entry)).toEqual([
      expect.stringMatching(/^events\.0\.sources\.0\.url: .*https/),
    ]);
  });

  it('rejects an http source URL', () => {
    const entry = validEntry();
    entry.events[0]!.sources[0]!.url = 'http://example.org/a';
    expect(problems(entrySchema, entry)).toEqual([
      'events.0.sources.0.url: expected an https URL (http, javascript: and other schemes are not allowed)',
    ]);
  });

  it('rejects an event without a date', () => {
    const entry = validEntry();
    delete (entry.events[0] as { date?: string }).date;
    expect(problems(entrySchema, entry)[0]).toMatch(/^events\.0\.date: /);
  });

  it('rejects an impossible calendar date', () => {
    const entry = validEntry();
    entry.events[0]!.date = '2025-02-30';
    expect(problems(entrySchema, entry)[0]).toMatch(/^events\.0\.date: /);
  });

  it('accepts a month-only date where sources give only the month', () => {
    const entry = validEntry();
    entry.events[0]!.date = '2025-04';
    expect(problems(entrySchema, entry)).toEqual([]);
  });

  it('accepts a year-only date where sources give only the year', () => {
    const entry = validEntry();
    entry.events[0]!.date = '2026';
    expect(problems(entrySchema, entry)).toEqual([]);
  });

  it('rejects a month that does not exist', () => {
    const entry = validEntry();
    entry.events[0]!.date = '2026-13';
    expect(problems(entrySchema, entry)[0]).toMatch(/^events\.0\.date: expected a date as YYYY-MM-DD/);
  });

  it('rejects an unknown status', () => {
    const entry = validEntry();
    (entry.events[0] as { status: string }).status = 'rumoured';
    expect(problems(entrySchema, entry)[0]).toMatch(/^events\.0\.status: /);
  });

  it('rejects an event without sources', () => {
    const entry = validEntry();
    entry.events[0]!.sources = [];
    expect(problems(entrySchema, entry)).toEqual(['events.0.sources: an event needs at least one source']);
  });

  it('rejects events out of date order', () => {
    const entry = validEntry();
    const first = entry.events[0]!;
    entry.events = [{ ...first, date: '2025-08-07', status: 'official' }, first];
    expect(problems(entrySchema, entry)).toEqual([
      'events.1.date: events must be in date order: 2025-07-17 comes after 2025-08-07',
    ]);
  });

  it('rejects a non-kebab-case id', () => {
    expect(problems(entrySchema, validEntry({ id: 'US_EO 14330' }))[0]).toMatch(
      /^id: expected a kebab-case id/,
    );
  });

  it('rejects unknown fields, catching typos in KB files', () => {
    expect(problems(entrySchema, { ...validEntry(), sumary: 'typo' })[0]).toMatch(/sumary/);
  });

  it('rejects detection rules that name an unknown word set', () => {
    const entry = validEntry({ detect: { rules: [{ all: [['@cryptos']] }] } });
    expect(problems(entrySchema, entry)[0]).toMatch(
      /^detect\.rules\.0\.all\.0\.0: unknown word set "@cryptos"/,
    );
  });

  it('rejects detection rules with neither names nor rules', () => {
    expect(problems(entrySchema, validEntry({ detect: {} }))).toEqual([
      'detect: detection rules need at least one name or one rule',
    ]);
  });

  it('records an outcome beside the status without changing it', () => {
    const entry = entrySchema.parse(
      validEntry({
        kind: 'bill',
        outcome: { kind: 'vetoed', date: '2025-05-02', summary: 'Vetoed by the governor.' },
      }),
    );
    expect(entry.outcome?.kind).toBe('vetoed');
    expect(entry.events.at(-1)?.status).toBe('reported');
  });
});

describe('entry lists and snapshots', () => {
  it('rejects a duplicate id, naming both places', () => {
    expect(problems(entryListSchema, [validEntry(), validEntry()])).toEqual([
      '1.id: duplicate id "us-example-order" (first used by entry 0)',
    ]);
  });

  it('rejects a related id that names no entry', () => {
    expect(problems(entryListSchema, [validEntry({ related: ['us-missing'] })])).toEqual([
      '0.related.0: related id "us-missing" names no entry in this KB',
    ]);
  });

  it('accepts a snapshot with version, time and hash', () => {
    const snapshot = {
      format: 'statusmark-kb',
      version: 1,
      generatedAt: '2026-11-27T12:00:00Z',
      hash: `sha256-${'0'.repeat(64)}`,
      entries: [validEntry()],
    };
    expect(problems(kbSnapshotSchema, snapshot)).toEqual([]);
  });
});
