const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A KB date as people read it: "7 Aug 2025", "Aug 2025" or "2025" for the precision
 * the KB has. Spelled out by hand, not Intl, so it never shifts a day with the time zone.
 */
export function readableDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!year || (month && !monthName)) return date;
  if (!monthName) return year;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** An ISO date-time as "7 Aug 2025, 14:05 UTC". */
export function readableDateTime(iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso)) return iso;
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const utc = at.toISOString();
  return `${readableDate(utc.slice(0, 10))}, ${utc.slice(11, 16)} UTC`;
}
