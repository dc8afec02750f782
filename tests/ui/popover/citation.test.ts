import { describe, expect, it } from 'vitest';
import { formatCitation, primarySource } from '../../../src/ui/popover/citation';
import { details } from './fixtures';

describe('citation', () => {
  it('names the entry, the status with its date, the as-of day, the primary source and the KB version', () => {
    const text = formatCitation({
      details,
      currentStatus: 'official',
      currentSince: '2025-08-07',
      asOf: '2026-11-27',
      local: false,
    });
    expect(text).toBe(
      [
        'Executive Order 14330 - Official since 2025-08-07 (as of 2026-11-27).',
        'Primary source: The White House, "The order", https://www.whitehouse.gov/eo',
        'Statusmark KB version 2026112701, entry us-eo-14330-alt-assets-401k.',
      ].join('\n'),
    );
  });

  it("says when the status comes from the reader's own notes", () => {
    const text = formatCitation({
      details,
      currentStatus: 'official',
      currentSince: null,
      asOf: '2026-11-27',
      local: true,
    });
    expect(text.split('\n')[0]).toBe(
      "Executive Order 14330 - Official (as of 2026-11-27) (status from the reader's own notes).",
    );
  });

  it('falls back to a secondary source, never to a link that is not https', () => {
    const onlySecondary = structuredClone(details);
    onlySecondary.entry.events[1]!.sources = [
      { url: 'javascript:alert(1)', title: 'Bad', publisher: 'X', primary: true },
      { url: 'https://law.example/note', title: 'Law note', publisher: 'Law firm', primary: false },
    ];
    expect(primarySource(onlySecondary, 'official')?.url).toBe('https://law.example/note');
  });
});
