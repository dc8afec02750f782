/**
 * Entry titles as codes over one list of words. KB titles share most of their words
 * (places, "Bill", "Act", "Pension", "Bitcoin"): at 10,000 entries the titles were 570 KB of
 * the matcher's JSON, and as codes plus their 5,854 words about a third of that. A page
 * decodes the titles of the few entries it meets, on first use.
 *
 * A title is its words (split at single spaces, so any string round-trips), each written
 * as the word's rank in the list, most used first: in one character for the first
 * TERMINAL.length words, in two for the next CONTINUE.length * TERMINAL.length, and so
 * on. A code is any number of CONTINUE characters, then one TERMINAL character.
 *
 * Both alphabets are printable ASCII that JSON carries as it is: no quote or backslash,
 * and none of < > & (which some serialisers escape to six characters).
 */
const TERMINAL = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CONTINUE = "!#$%'()*+,-./:;=?@[]^_`{|}~";

const T = TERMINAL.length;
const C = CONTINUE.length;

/**
 * Each character's digit, and whether it ends a code (values >= 128: a terminal digit + 128).
 * Marked pure so that bundles which import this module's neighbours but never decode a
 * title (the content script) leave it out.
 */
const DIGITS = /* @__PURE__ */ (() => {
  const digits = new Int16Array(128).fill(-1);
  for (let i = 0; i < T; i++) digits[TERMINAL.charCodeAt(i)] = 128 + i;
  for (let i = 0; i < C; i++) digits[CONTINUE.charCodeAt(i)] = i;
  return digits;
})();

/** The titles' words, most used first, as one string joined by spaces (words have none). */
export function titleWordList(titles: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const title of titles)
    for (const word of title.split(' ')) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .map(([word]) => word)
    .join(' ');
}

/** A coder for titles made of the words in `wordList` (from titleWordList). */
export function titleEncoder(wordList: string): (title: string) => string {
  const rank = new Map(wordList.split(' ').map((word, i) => [word, i]));
  return (title) =>
    title
      .split(' ')
      .map((word) => {
        const index = rank.get(word);
        if (index === undefined) throw new RangeError(`title word "${word}" is not in the word list`);
        return codeOf(index);
      })
      .join('');
}

function codeOf(index: number): string {
  let rest = index;
  let span = T;
  let length = 1;
  while (rest >= span) {
    rest -= span;
    span *= C;
    length++;
  }
  let code = TERMINAL[rest % T]!;
  rest = Math.floor(rest / T);
  for (let i = 1; i < length; i++) {
    code = CONTINUE[rest % C]! + code;
    rest = Math.floor(rest / C);
  }
  return code;
}

/** The title a code stands for, or undefined when the code is not one titleEncoder wrote. */
export function decodeTitle(code: string, words: readonly string[]): string | undefined {
  const out: string[] = [];
  // The code being read: its CONTINUE digits so far, and the rank of its length's first word
  // (0 while none was read, so a code cut after a CONTINUE character leaves it above 0).
  let value = 0;
  let offset = 0;
  let span = T;
  for (let i = 0; i < code.length; i++) {
    const digit = DIGITS[code.charCodeAt(i)] ?? -1;
    if (digit < 0) return undefined;
    if (digit < 128) {
      value = value * C + digit;
      offset += span;
      span *= C;
      continue;
    }
    const word = words[offset + value * T + (digit - 128)];
    if (word === undefined) return undefined;
    out.push(word);
    value = offset = 0;
    span = T;
  }
  return offset === 0 && out.length > 0 ? out.join(' ') : undefined;
}
