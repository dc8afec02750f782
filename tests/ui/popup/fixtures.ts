import type { PageClaim } from '../../../src/messaging/protocol';

export function pageClaim(overrides: Partial<PageClaim> = {}): PageClaim {
  return {
    key: 'us-eo-14330-alt-assets-401k s1-00000000#1',
    blockIndex: 0,
    start: 0,
    end: 10,
    sentence: 'Trump is preparing to sign an executive order on 401(k) plans.',
    entryId: 'us-eo-14330-alt-assets-401k',
    entryTitle: 'Executive Order 14330',
    claimedStatus: 'reported',
    statusAtPublication: 'reported',
    currentStatus: 'official',
    currentSince: '2025-08-07',
    outdated: true,
    local: false,
    note: '',
    why: ['executive order'],
    confidence: 0.9,
    via: 'direct',
    ...overrides,
  };
}
