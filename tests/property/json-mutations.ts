import fc from 'fast-check';
import { formatPath } from '../../src/db/zod-problems';

/**
 * Hostile variants of valid JSON documents, for property tests of every parser at a
 * boundary: drop, duplicate or retype a value, make a string huge or a value deeply
 * nested, add prototype-pollution keys, put a non-https URL or an impossible date
 * where a URL or a date was. Each mutation says where it struck, so a test can
 * demand that the parser's error names that place.
 */

export type JsonPath = (string | number)[];
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const MUTATION_KINDS = [
  'drop',
  'duplicate',
  'retype',
  'huge-string',
  'deep-nesting',
  'proto-key',
  'bad-url',
  'bad-date',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export interface Mutation {
  kind: MutationKind;
  /** The value the mutation replaced or dropped, or the container it added to. */
  path: JsonPath;
  /** What the mutation put there, in words (for failure messages). */
  detail: string;
}

/** Values of every JSON type: `retype` picks one of another type than the value it replaces. */
const TYPED_VALUES: Json[] = [null, true, 0, -1.5, 1e308, '', 'text', [], [1, 'two'], {}, { a: 1 }];
const BAD_URLS = [
  'javascript:alert(document.domain)',
  'http://example.org/plain-http',
  'data:text/html,<script>alert(1)</script>',
  ' https://example.org/leading-space',
  'https://exa mple.org/space-in-host',
  'vbscript:msgbox(1)',
  '//example.org/no-scheme',
  'https://',
];
const BAD_DATES = [
  '2025-02-30',
  '2025-13-01',
  '20250807',
  'yesterday',
  '2025-08-07T25:00:00Z',
  '-001-01-01',
  '',
];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const isContainer = (v: unknown): v is Json[] | Record<string, Json> => typeof v === 'object' && v !== null;

/** Every path in a document (the root too), depth first. */
export function pathsOf(value: unknown, path: JsonPath = []): JsonPath[] {
  const out: JsonPath[] = [path];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...path, i])));
  else if (isContainer(value))
    for (const [key, inner] of Object.entries(value)) out.push(...pathsOf(inner, [...path, key]));
  return out;
}

function getAt(doc: unknown, path: JsonPath): unknown {
  let at: unknown = doc;
  for (const key of path) at = (at as Record<string | number, unknown>)[key];
  return at;
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  // defineProperty: `target.__proto__ = x` would change the prototype instead of adding
  // the own key that JSON.parse makes of "__proto__".
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A value nested `depth` levels deep, built without recursion. */
export function deeplyNested(depth: number, leaf: unknown = 'leaf'): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? { nested: value } : [value];
  return value;
}

/** The mutation's new value and whether it applies to the value at `path`. */
function replacement(
  kind: MutationKind,
  old: unknown,
  pick: number,
): { value: unknown; detail: string } | null {
  switch (kind) {
    case 'retype': {
      const choices = TYPED_VALUES.filter((v) => typeOf(v) !== typeOf(old));
      const value = choices[pick % choices.length];
      return { value, detail: `retyped ${typeOf(old)} to ${JSON.stringify(value)}` };
    }
    case 'huge-string': {
      const size = pick % 5 === 0 ? 2_000_000 : 100_000;
      return { value: 'x'.repeat(size), detail: `a ${size}-character string` };
    }
    case 'deep-nesting':
      return { value: deeplyNested(5_000), detail: 'a value nested 5,000 levels deep' };
    case 'bad-url':
      if (typeof old !== 'string' || !/^https?:/.test(old)) return null;
      return { value: BAD_URLS[pick % BAD_URLS.length], detail: `URL ${BAD_URLS[pick % BAD_URLS.length]}` };
    case 'bad-date':
      if (typeof old !== 'string' || !/^\d{4}(-\d{2})?(-\d{2})?(T|$)/.test(old)) return null;
      return {
        value: BAD_DATES[pick % BAD_DATES.length],
        detail: `date "${BAD_DATES[pick % BAD_DATES.length]}"`,
      };
    default:
      return null;
  }
}

/**
 * Applies one mutation to a deep copy of `doc`: the `target`-th path that the kind can
 * strike (modulo their number). Returns null when no path fits (e.g. `bad-url` in a
 * document without URLs).
 */
export function mutate(
  doc: unknown,
  kind: MutationKind,
  target: number,
  pick: number,
): { doc: unknown; mutation: Mutation } | null {
  const copy = structuredClone(doc) as unknown;
  const all = pathsOf(copy);
  const fits = all.filter((path) => {
    const value = getAt(copy, path);
    if (kind === 'duplicate' || kind === 'proto-key') return isContainer(value);
    if (kind === 'drop') return path.length > 0;
    if (kind === 'bad-url' || kind === 'bad-date') return replacement(kind, value, pick) !== null;
    return true;
  });
  if (fits.length === 0) return null;
  const path = fits[target % fits.length]!;
  const value = getAt(copy, path);
  const parent = path.length ? getAt(copy, path.slice(0, -1)) : undefined;
  const key = path.at(-1);

  if (kind === 'drop') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete (parent as Record<string, unknown>)[key as string];
    return { doc: copy, mutation: { kind, path, detail: 'dropped' } };
  }
  if (kind === 'duplicate') {
    if (Array.isArray(value)) {
      if (value.length === 0) value.push(null);
      else value.splice(pick % value.length, 0, structuredClone(value[pick % value.length]));
    } else {
      const keys = Object.keys(value as object);
      const from = keys[pick % Math.max(keys.length, 1)] ?? 'field';
      setOwn(
        value as Record<string, unknown>,
        `${from}Copy`,
        (value as Record<string, unknown>)[from] ?? null,
      );
    }
    return { doc: copy, mutation: { kind, path, detail: 'duplicated a member' } };
  }
  if (kind === 'proto-key') {
    const name = PROTO_KEYS[pick % PROTO_KEYS.length]!;
    const payload = { polluted: 'yes', isAdmin: true, toString: 'not a function' };
    if (Array.isArray(value)) value.push(JSON.parse(`{"${name}": ${JSON.stringify(payload)}}`));
    else setOwn(value as Record<string, unknown>, name, payload);
    return { doc: copy, mutation: { kind, path, detail: `added own key "${name}"` } };
  }
  const next = replacement(kind, value, pick);
  if (!next) return null;
  if (path.length === 0) return { doc: next.value, mutation: { kind, path, detail: next.detail } };
  if (Array.isArray(parent)) parent[key as number] = next.value as Json;
  else setOwn(parent as Record<string, unknown>, key as string, next.value);
  return { doc: copy, mutation: { kind, path, detail: next.detail } };
}

export interface MutatedDocument {
  doc: unknown;
  mutation: Mutation;
}

/** A hostile variant of one of `docs`: a mutation kind, which path it strikes, and a choice of payload. */
export function mutatedDocument(docs: readonly unknown[]): fc.Arbitrary<MutatedDocument> {
  return fc
    .record({
      doc: fc.nat({ max: docs.length - 1 }),
      kind: fc.constantFrom(...MUTATION_KINDS),
      target: fc.nat(),
      pick: fc.nat(),
    })
    .map(({ doc, kind, target, pick }) => {
      const mutated = mutate(docs[doc], kind, target, pick);
      // Counterexamples print as the mutation, not as a document 5,000 levels deep.
      return (
        mutated &&
        Object.assign(mutated, { [fc.toStringMethod]: () => describeMutation(doc, mutated.mutation) })
      );
    })
    .filter((m): m is MutatedDocument & { [fc.toStringMethod]: () => string } => m !== null);
}

export function describeMutation(doc: number, mutation: Mutation): string {
  return `document ${doc}: ${mutation.kind} at ${formatPath(mutation.path)} (${mutation.detail})`;
}

/**
 * The path strings a problem may start with to name the mutation's place: the path
 * itself or one of its containers, as `formatPath` writes them (`events[0].date`,
 * `(root)`), optionally after a prefix such as a file name.
 */
export function pathNames(path: JsonPath): string[] {
  return path.map((_, i) => formatPath(path.slice(0, path.length - i))).concat('(root)');
}

/**
 * True when some problem line names the mutated place, one of its containers, or a
 * place inside it. `linePrefix` comes before the path on each line (e.g. a file name);
 * `base` is where the mutated document sits in what was parsed (e.g. `data` in a message).
 */
export function namesPlace(
  problems: readonly string[],
  mutation: Mutation,
  { linePrefix = '', base = [] }: { linePrefix?: string; base?: JsonPath } = {},
): boolean {
  const path = [...base, ...mutation.path];
  const here = formatPath(path);
  const names = pathNames(path);
  return problems.some((line) => {
    if (!line.startsWith(linePrefix)) return false;
    const rest = line.slice(linePrefix.length);
    const named = rest.slice(0, rest.indexOf(': '));
    return (
      names.includes(named) ||
      here === '(root)' ||
      named.startsWith(`${here}.`) ||
      named.startsWith(`${here}[`)
    );
  });
}

/** Object.prototype still has none of the keys the payloads carry. */
export function prototypeIsClean(): boolean {
  const probe = {} as Record<string, unknown>;
  return probe.polluted === undefined && probe.isAdmin === undefined && typeof probe.toString === 'function';
}

const CLOSE = Symbol('json close');

/**
 * JSON.stringify without recursion: a document 5,000 levels deep overflows the
 * native one's stack, and a hostile file is exactly such text.
 */
export function jsonText(value: unknown): string {
  const out: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item === 'object' && item !== null && CLOSE in item) {
      out.push((item as { [CLOSE]: string })[CLOSE]);
    } else if (Array.isArray(item)) {
      out.push('[');
      stack.push({ [CLOSE]: ']' });
      for (let i = item.length - 1; i >= 0; i--) {
        stack.push(item[i] === undefined ? null : item[i]);
        if (i > 0) stack.push({ [CLOSE]: ',' });
      }
    } else if (typeof item === 'object' && item !== null) {
      const keys = Object.keys(item);
      out.push('{');
      stack.push({ [CLOSE]: '}' });
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push((item as Record<string, unknown>)[keys[i]!]);
        stack.push({ [CLOSE]: `${i > 0 ? ',' : ''}${JSON.stringify(keys[i])}:` });
      }
    } else out.push(JSON.stringify(item) ?? 'null');
  }
  return out.join('');
}
