import {
  MAX_BLOCK_DISTANCE,
  openingItems,
  type DetectionState,
  type Mention,
  type MentionKind,
} from './context';
import { entryFeatures } from './entry-lookup';
import type { Matcher } from './load-matcher';
import type { Reference } from './referring-phrases';
import type { Hit } from './sentence-features';
import { opensWithSubjectNotIt } from './sentence-tokens';

/**
 * What a referring phrase points at. The rules follow how news is written:
 * - "It" means the subject of the sentence just before.
 * - "The order" means the most recent item it can describe, in this paragraph or the
 *   two before; "the 2022 release" and "the Quebec pension manager" skip items their
 *   year or modifier does not fit (the year of an item's undoing is not its year).
 *   Two fitting items in one sentence: ambiguous, none.
 * - "The earlier guidance" is the older of the items just named; "the new release" the newer.
 * - "Both bills", "neither bill": every bill just named.
 * - Failing all that, the item the article opened with (its headline and lede) when
 *   nothing of that kind came up since: "the order" three screens into a story on it.
 */
export interface ResolveContext {
  matcher: Matcher;
  state: DetectionState;
  /** The hits of the sentence (block offsets) and where the sentence starts in its block. */
  hits: readonly Hit[];
  sentenceStart: number;
  sentence: string;
}

/** The entry ids `reference` points at (most often one; none when it is unclear). */
export function resolveReference(ctx: ResolveContext, reference: Reference): string[] {
  if (reference.form === 'pronoun' || reference.form === 'possessive')
    return pronounAntecedent(ctx, reference);
  const { state } = ctx;
  const fits = (m: Mention) => reference.kinds.includes(m.kind);
  const near: Mention[] = [];
  for (let i = state.mentions.length - 1; i >= 0; i--) {
    const mention = state.mentions[i]!;
    if (state.blocks - mention.block > MAX_BLOCK_DISTANCE) break;
    // A definite phrase points back to what came before, not to what its own sentence names.
    if (mention.sentence === state.sentences || !fits(mention)) continue;
    // An item outside the KB that the phrase fits, named more recently, is what it means;
    // unless the phrase's modifiers say which item ("the Norwegian fund" after an ETF).
    if (mention.entryId === null) {
      if (reference.modifiers.length > 0) continue;
      if (near.length === 0) return [];
      break;
    }
    if (compatible(ctx, mention.entryId, reference)) near.push(mention);
  }
  const ids = [...new Set(near.map((m) => m.entryId!))];
  if (reference.form === 'each') return ids.length <= 2 ? ids : [];
  if (reference.age !== null && ids.length > 0) return byAge(ctx.matcher, ids, reference);
  const latest = near[0];
  if (latest) {
    const rivals = near.filter((m) => m.sentence === latest.sentence && m.entryId !== latest.entryId);
    return rivals.length === 0 ? [latest.entryId!] : [];
  }
  const opening = openingItem(ctx, reference);
  return opening.length > 0 ? opening : describedByYear(ctx, reference);
}

/** "becomes law", "is signed into law", "passes the Senate": what only a bill does. */
const LEGISLATIVE_PREDICATE =
  /^\s+(?:(?:ever|eventually|still|also|then)\s+)?(?:becomes?|became|is signed into|gets signed into|is enacted|passes|passed|clears|cleared)\b(?:\s+(?:law|the|into))?/i;
const LEGISLATION_KINDS = new Set<MentionKind>(['bill', 'law']);

/** Kinds that a year and a noun can describe uniquely ("the 2022 release"); bills and funds are too many. */
const DATED_KINDS = new Set<MentionKind>([
  'executive-order',
  'agency-guidance',
  'proposed-rule',
  'final-rule',
  'court-case',
]);

/**
 * "The 2020 letter that first opened that door still stands": a phrase whose year and noun
 * fit exactly one item of the KB, made that year, describes it even when the article has
 * not named it. Only within an article about these items (the caller requires a mention).
 */
function describedByYear(ctx: ResolveContext, reference: Reference): string[] {
  const year = reference.year;
  if (!year || reference.form !== 'definite') return [];
  const { entries } = ctx.matcher;
  const fitting = entries.firstEventIn(year).flatMap((index) => {
    const kind = entries.kindAt(index)!;
    if (!DATED_KINDS.has(kind) || !reference.kinds.includes(kind)) return [];
    const { id } = entries.at(index)!;
    return compatible(ctx, id, reference) ? [id] : [];
  });
  return fitting.length === 1 ? fitting : [];
}

/** The entry a referring "it" means: the one subject of the sentence just before, in this block or the last. */
function pronounAntecedent({ state, sentence }: ResolveContext, reference: Reference): string[] {
  const current = state.sentences;
  let last: Mention | undefined;
  for (let i = state.mentions.length - 1; i >= 0 && !last; i--)
    if (state.mentions[i]!.sentence < current) last = state.mentions[i];
  if (!last || current - last.sentence > 1 || state.blocks - last.block > 1) return [];
  const before = state.mentions.filter((m) => m.sentence === last.sentence);
  // "If it becomes law": a predicate only a bill can take says "it" is the one bill of the
  // sentence before, wherever it stood there.
  const billOnly = LEGISLATIVE_PREDICATE.test(sentence.slice(reference.end));
  // "The White House has not confirmed it.": an object "it" may mean the one item of the
  // sentence before, subject or not, when that sentence named nothing else.
  const object =
    reference.form === 'pronoun' && !reference.subject && before.every((m) => m.entryId !== null);
  // "Comments on the proposal are due June 1. The department has not finalized it.": a plural
  // subject, or a person ("Gov. Stitt is expected to sign it"), cannot be "it", so the one item
  // of that sentence is.
  const anyRole = object || lastSubjectNotIt(state, last.sentence);
  const subjects = anyRole
    ? before
    : before.filter((m) => m.subject || (billOnly && LEGISLATION_KINDS.has(m.kind)));
  if (billOnly && subjects.some((m) => !LEGISLATION_KINDS.has(m.kind))) return [];
  const ids = new Set(subjects.map((m) => m.entryId));
  const only = subjects[0];
  // A statistic is a figure: "it" after one means the money, not the figure.
  return ids.size === 1 && only?.entryId && only.kind !== 'statistic' ? [only.entryId] : [];
}

/**
 * Whether sentence `n` is the last sentence read for references whose subject cannot be
 * "it" (plural, or a person). `n` is the sentence before the current one, which was read
 * too: so `n` counts only if it was read, opens so, and the current one does not.
 */
function lastSubjectNotIt(state: DetectionState, n: number): boolean {
  const at = state.openings.findIndex((o) => o.sentence === n);
  if (at < 0 || !opensWithSubjectNotIt(state.openings[at]!.text)) return false;
  return state.openings.slice(at + 1).every((later) => !opensWithSubjectNotIt(later.text));
}

function byAge(matcher: Matcher, ids: readonly string[], reference: Reference): string[] {
  const legislation = reference.kinds.includes('bill');
  // "the original bill" with one bill named is that bill; "the earlier guidance" with one release named is another one.
  if (ids.length === 1) return reference.age === 'newer' || legislation ? [...ids] : [];
  const firstDate = (id: string) => matcher.entries.get(id)?.timeline[0]?.[0] ?? '';
  const sorted = [...ids].sort((a, b) => firstDate(a).localeCompare(firstDate(b)));
  const pick = reference.age === 'older' ? sorted[0]! : sorted[sorted.length - 1]!;
  return firstDate(sorted[0]!) === firstDate(sorted[sorted.length - 1]!) ? [] : [pick];
}

/**
 * The item the article opened with, for a phrase that names its kind plainly ("the order",
 * "the Norwegian fund"; not "the move"), when no other item it could mean came up since.
 */
function openingItem(ctx: ResolveContext, reference: Reference): string[] {
  if (reference.generic && reference.modifiers.length === 0) return [];
  const fits = (m: Mention) => reference.kinds.includes(m.kind);
  const topics = openingItems(ctx.state).filter((t) => fits(t) && compatible(ctx, t.entryId!, reference));
  const ids = new Set(topics.map((t) => t.entryId));
  if (ids.size !== 1) return [];
  const id = topics[0]!.entryId!;
  const others = ctx.state.mentions.filter(
    (m) =>
      fits(m) &&
      m.entryId !== id &&
      (m.entryId === null ? reference.modifiers.length === 0 : compatible(ctx, m.entryId, reference)),
  );
  return others.length === 0 ? [id] : [];
}

/** Whether the year and the modifiers of the phrase agree with the entry. */
function compatible(ctx: ResolveContext, entryId: string, reference: Reference): boolean {
  const index = ctx.matcher.entries.indexOf(entryId);
  const entry = ctx.matcher.entries.at(index);
  if (!entry) return false;
  // "The 2025 release" is an item made or moved in 2025: the year its undoing fell in
  // names the item that undid it, not this one.
  const year = reference.year;
  if (year && !entry.timeline.some(([date, status]) => status !== 'rescinded' && date.startsWith(year)))
    return false;
  for (const modifier of reference.modifiers) {
    // "the March guidance", "the August order": a month the item was made or moved in.
    const month = monthOf(ctx.sentence.slice(modifier.start, modifier.end));
    if (month !== null) {
      if (entry.timeline.some(([date, status]) => status !== 'rescinded' && date.slice(5, 7) === month))
        continue;
      return false;
    }
    const from = ctx.sentenceStart + modifier.start;
    const to = ctx.sentenceStart + modifier.end;
    const features = entryFeatures(ctx.matcher, index);
    const inside = ctx.hits.filter((hit) => hit.start < to && hit.end > from);
    const agrees = inside.some(
      (hit) =>
        features.has(hit.state) ||
        (ctx.matcher.setsOfState.get(hit.state) ?? []).some((set) => features.has(set)),
    );
    if (agrees || titleAgrees(entry.title, ctx.sentence.slice(modifier.start, modifier.end))) continue;
    return false;
  }
  return true;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "March" or "Sept." as a two-digit month ("03"), or null for any other word. */
function monthOf(word: string): string | null {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return null;
  const index = MONTHS.findIndex((month) => month.startsWith(lower));
  return index < 0 ? null : String(index + 1).padStart(2, '0');
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** "Quebec" agrees with "...du Quebec (CDPQ)", "Norwegian" with "Norway's...": the same first four letters. */
function titleAgrees(title: string, word: string): boolean {
  const stem = fold(word).replace(/'s?$/, '');
  const key = stem.length <= 4 ? stem : stem.slice(0, 4);
  return fold(title)
    .split(/[^\p{L}\p{N}]+/u)
    .some((w) => (stem.length <= 4 ? w === stem : w.startsWith(key)));
}
