import { describe, expect, it } from 'vitest';
import { statusSince } from '../../src/report/status-since';

const entry = {
  events: [
    { date: '2025-07-17', status: 'reported' as const },
    { date: '2025-08-06', status: 'reported' as const },
    { date: '2025-08-07', status: 'official' as const },
    { date: '2025-08-12', status: 'official' as const },
  ],
};

describe('status since', () => {
  it('dates an official order from the day it became official, not its latest event', () => {
    expect(statusSince(entry, '2026-11-27')).toEqual({ status: 'official', since: '2025-08-07' });
  });

  it('dates a rumour from the first report of the run', () => {
    expect(statusSince(entry, '2025-08-06')).toEqual({ status: 'reported', since: '2025-07-17' });
  });

  it('starts a new run after a status changed back', () => {
    const back = {
      events: [
        ...entry.events,
        { date: '2026-01-01', status: 'rescinded' as const },
        { date: '2026-02-01', status: 'official' as const },
      ],
    };
    expect(statusSince(back, '2026-03-01')).toEqual({ status: 'official', since: '2026-02-01' });
  });

  it('is null before the first event', () => {
    expect(statusSince(entry, '2024-01-01')).toBeNull();
  });
});
