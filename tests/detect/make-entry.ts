import { entrySchema, type Entry, type EntryInput } from '../../src/kb/schema';

type EntryOverrides = Partial<Omit<EntryInput, 'detect'>> & { detect: EntryInput['detect'] };

/** A valid KB entry for tests: only the fields a test cares about need to be given. */
export function makeEntry(overrides: EntryOverrides): Entry {
  return entrySchema.parse({
    id: 'test-entry',
    title: 'Test entry',
    summary: 'An entry made for a test.',
    jurisdiction: { country: 'US' },
    kind: 'executive-order',
    scope: 'retirement',
    events: [
      {
        date: '2025-01-01',
        status: 'official',
        summary: 'It happened.',
        sources: [{ url: 'https://example.org/a', title: 'Source', publisher: 'Example', primary: true }],
      },
    ],
    confidence: 'confirmed',
    ...overrides,
  });
}

/** Events with the one source a test does not care about. */
export function events(
  ...steps: [date: string, status: 'proposed' | 'reported' | 'official' | 'rescinded'][]
) {
  return steps.map(([date, status]) => ({
    date,
    status,
    summary: `${status} on ${date}`,
    sources: [{ url: 'https://example.org/a', title: 'Source', publisher: 'Example', primary: true }],
  }));
}
