import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../src/ui/shared/excerpt';
import { groupByStatus } from '../../../src/ui/popup/group-claims';
import { pageClaim } from './fixtures';

describe('popup claim groups', () => {
  it('groups claims by status now, settled statuses first, page order kept inside a group', () => {
    const claims = [
      pageClaim({ key: 'a', currentStatus: 'proposed' }),
      pageClaim({ key: 'b', currentStatus: 'official' }),
      pageClaim({ key: 'c', currentStatus: 'proposed' }),
      pageClaim({ key: 'd', currentStatus: null }),
    ];
    expect(groupByStatus(claims).map((g) => [g.status, g.claims.map((c) => c.key)])).toEqual([
      ['official', ['b']],
      ['proposed', ['a', 'c']],
      [null, ['d']],
    ]);
  });

  it('shortens long sentences at a word boundary with an ellipsis', () => {
    const long = `${'word '.repeat(50)}end.`;
    const short = excerpt(long, 40);
    expect(short.length).toBeLessThanOrEqual(40);
    expect(short.endsWith('word\u2026')).toBe(true);
    expect(excerpt('  A short   sentence. ')).toBe('A short sentence.');
  });
});
