import { formatPath } from './zod-problems';

/**
 * Bounds on what a hostile import file can make a validator do. Zod reports one
 * problem per bad value, and each costs about a kilobyte: a 10 MB file of a million
 * `0`s in a list of entries took seconds and most of a gigabyte to refuse. So imports
 * count their values first (cheap, no recursion) and refuse a document far larger
 * than any real export before validating it, and list only the first problems.
 * DOM-free: the options page and the CLI share it.
 */

/** Values (objects, lists, strings, numbers, booleans, nulls) an imported document may hold. */
export const MAX_IMPORT_VALUES = 200_000;

/** Problems listed before the rest are counted in one last line. */
export const MAX_PROBLEMS_LISTED = 100;

/**
 * Null when `value` holds at most `limit` values; otherwise the problem, naming the
 * longest list met on the way (almost always the culprit).
 */
export function tooManyValues(value: unknown, limit = MAX_IMPORT_VALUES): string | null {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value, path: [] }];
  let count = 0;
  let longest: { path: PropertyKey[]; length: number } | null = null;
  while (stack.length > 0) {
    const { value: at, path } = stack.pop()!;
    if (++count > limit) {
      const where = longest ? `${formatPath(longest.path)}: a list of ${longest.length} items; ` : '(root): ';
      return `${where}the file holds more than ${limit} values, far more than any export`;
    }
    if (typeof at !== 'object' || at === null) continue;
    if (Array.isArray(at)) {
      if (!longest || at.length > longest.length) longest = { path, length: at.length };
      for (let i = at.length - 1; i >= 0; i--) stack.push({ value: at[i], path: [...path, i] });
    } else {
      for (const key of Object.keys(at))
        stack.push({ value: (at as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return null;
}

/** The first `max` problem lines, and one line saying how many more there were. */
export function limitProblems(problems: readonly string[], max = MAX_PROBLEMS_LISTED): string[] {
  if (problems.length <= max) return [...problems];
  return [...problems.slice(0, max), `(root): ${problems.length - max} more problems not listed`];
}
