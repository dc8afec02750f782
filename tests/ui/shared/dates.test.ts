import { describe, expect, it } from 'vitest';
import { readableDate, readableDateTime } from '../../../src/ui/shared/dates';

describe('readable dates', () => {
  it('spells out a day, a month or a year as precisely as the KB knows it', () => {
    expect(readableDate('2025-08-07')).toBe('7 Aug 2025');
    expect(readableDate('2025-04')).toBe('Apr 2025');
    expect(readableDate('2026')).toBe('2026');
    expect(readableDate('not a date')).toBe('not a date');
  });

  it('gives date-times in UTC so they never shift a day', () => {
    expect(readableDateTime('2026-11-27T23:30:00-05:00')).toBe('28 Nov 2026, 04:30 UTC');
  });
});
