/**
 * Entry ids as the matcher carries them: each written as how many leading characters it
 * shares with the id before it (one base-36 digit, up to 35) and the rest. Neighbouring
 * entries often share a prefix ("us-ky-hb-", "gen-99"): 187 -> 134 KB of ids at 10,000
 * entries. Every 16th id is written whole, so reading one id reads at most 16.
 */
const RESTART = 16;
const MAX_SHARED = 35;

export function prefixCodedIds(ids: readonly string[]): string[] {
  return ids.map((id, i) => {
    const before = i % RESTART === 0 ? '' : ids[i - 1]!;
    let shared = 0;
    while (shared < MAX_SHARED && shared < id.length && id.charCodeAt(shared) === before.charCodeAt(shared))
      shared++;
    return shared.toString(36) + id.slice(shared);
  });
}

/** The id coded at position `i` after `before`, or undefined if the code is unreadable there. */
function nextId(before: string, code: string | undefined, i: number): string | undefined {
  const shared = code === undefined ? -1 : parseInt(code.charAt(0), 36);
  if (!(shared >= 0 && shared <= before.length) || (i % RESTART === 0 && shared !== 0)) return undefined;
  return before.slice(0, shared) + code!.slice(1);
}

/** The id at `index`, or undefined if its code or one before it in its run is unreadable. */
export function idAt(coded: readonly string[], index: number): string | undefined {
  let id: string | undefined = '';
  for (let i = index - (index % RESTART); i <= index && id !== undefined; i++) id = nextId(id, coded[i], i);
  return id;
}

/** Every id in order, in one pass; throws at the first unreadable one. */
export function allIds(coded: readonly string[]): string[] {
  const ids: string[] = [];
  coded.forEach((code, i) => {
    const id = nextId(ids[i - 1] ?? '', code, i);
    if (id === undefined) throw new TypeError(`prepared matcher: entry id ${i} is unreadable`);
    ids.push(id);
  });
  return ids;
}
