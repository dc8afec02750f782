import { describe, expect, it } from 'vitest';
import { currentStatus, statusAt, statusOn, todayIso } from '../../src/kb/status';
import type { Timeline } from '../../src/kb/status';

const order: Timeline = {
  events: [
    { date: '2025-07-17', status: 'reported' },
    { date: '2025-08-07', status: 'official' },
  ],
};

describe('status over time', () => {
  it('is null before the first event', () => {
    expect(statusAt(order, '2025-07-16')).toBeNull();
  });

  it('takes the status of an event on its own day', () => {
    expect(statusAt(order, '2025-07-17')).toBe('reported');
    expect(statusAt(order, '2025-08-07')).toBe('official');
  });

  it('keeps the last status between events', () => {
    expect(statusAt(order, '2025-07-20')).toBe('reported');
    expect(statusAt(order, '2026-11-27')).toBe('official');
  });

  it('lets the later-listed of two same-day events win', () => {
    const sameDay: Timeline = {
      events: [
        { date: '2025-05-28', status: 'official' },
        { date: '2025-05-28', status: 'rescinded' },
      ],
    };
    expect(statusAt(sameDay, '2025-05-28')).toBe('rescinded');
  });

  it('counts a month-only event from the first day of that month', () => {
    const monthly: Timeline = { events: [{ date: '2025-04', status: 'official' }] };
    expect(statusAt(monthly, '2025-03-31')).toBeNull();
    expect(statusAt(monthly, '2025-04-01')).toBe('official');
    expect(statusOn(monthly, '2025-06-01')).toEqual({ status: 'official', since: '2025-04' });
  });

  it('counts a year-only event from 1 January of that year', () => {
    const yearly: Timeline = { events: [{ date: '2026', status: 'proposed' }] };
    expect(statusAt(yearly, '2025-12-31')).toBeNull();
    expect(statusOn(yearly, '2026-01-01')).toEqual({ status: 'proposed', since: '2026' });
  });

  it('rejects events out of date order instead of guessing', () => {
    const unsorted: Timeline = {
      events: [
        { date: '2025-08-07', status: 'official' },
        { date: '2025-07-17', status: 'reported' },
      ],
    };
    expect(() => statusAt(unsorted, '2025-09-01')).toThrow(/date order/);
  });

  it('rejects a query date that is not YYYY-MM-DD', () => {
    expect(() => statusAt(order, '07/20/2025')).toThrow(/YYYY-MM-DD/);
  });

  it('gives the current status for the day passed in', () => {
    expect(currentStatus(order, '2025-08-01')).toBe('reported');
    expect(currentStatus(order, todayIso(new Date('2026-11-27T10:00:00Z')))).toBe('official');
  });

  it('reports since when a status holds', () => {
    expect(statusOn(order, '2026-01-01')).toEqual({ status: 'official', since: '2025-08-07' });
  });
});
