import { resolveReference } from './antecedents';
import { tiedToRetirementMoney } from './choose-claims';
import {
  hasLiveMentions,
  noteOpening,
  openingItems,
  remember,
  type DetectionState,
  type MentionKind,
} from './context';
import { type Matcher, needsTie } from './load-matcher';
import { phrases } from './phrase-book';
import { aboutTheAct, namesAnother } from './reference-guards';
import { meansAnyItem } from './reference-nouns';
import { findReferences, type Reference } from './referring-phrases';
import type { Features, Hit } from './sentence-features';

/** A sentence's phrase that refers back to an entry: the entry and the phrase's span in the block. */
export interface Pointer {
  entry: number;
  start: number;
  end: number;
}

/** Items outside the KB that a sentence names, as mentions later references may point at. */
export function otherItemsNamed(sentence: string): MentionKind[] {
  const kinds: MentionKind[] = [];
  if (phrases().OTHER_BILL.test(sentence)) kinds.push('other-bill');
  if (phrases().OTHER_ORDER.test(sentence)) kinds.push('other-order');
  return kinds;
}

/**
 * The entries a sentence refers back to ("The bill would codify the order": the bill
 * and the order), beside those it names (`mentioned`, never claimed twice). Each
 * resolved phrase becomes a mention later references can point at.
 */
export function referenceClaims(
  matcher: Matcher,
  sentence: string,
  hits: readonly Hit[],
  features: Features,
  text: string,
  start: number,
  state: DetectionState,
  mentioned: ReadonlySet<number>,
): Pointer[] {
  // Nothing named recently nor at the top of the article: no reference can point anywhere.
  if (!hasLiveMentions(state) && openingItems(state).length === 0) return [];
  noteOpening(state, sentence);
  const others = mentioned.size === 0 ? otherItemsNamed(sentence) : [];
  for (const kind of others) remember(state, { entryId: null, kind, subject: false });
  // "A bill to codify Biden's order would...": "the bill" and "it" may mean the item named
  // here; a phrase of another kind ("the release", after "the Administrative Procedure Act") may not.
  const free = (reference: Reference) =>
    others.length === 0 ||
    (reference.form === 'definite' && !reference.kinds.some((kind) => others.includes(kind)));
  const pointers = resolveAll(matcher, sentence, hits, features, text, start, state, mentioned, free);
  // "...held shares of the iShares Bitcoin Trust. The fund has drawn $50 billion": an ETF named
  // after the item is what a next "the fund" means.
  if (phrases().FUND_NAME.test(sentence))
    remember(state, { entryId: null, kind: 'other-fund', subject: false });
  return pointers;
}

function resolveAll(
  matcher: Matcher,
  sentence: string,
  hits: readonly Hit[],
  features: Features,
  text: string,
  start: number,
  state: DetectionState,
  mentioned: ReadonlySet<number>,
  free: (reference: Reference) => boolean,
): Pointer[] {
  // "The rule. The department proposed...": a run-in label that is only the phrase says nothing of the item.
  if (/^[\s\p{P}]*$/u.test(sentence.replace(/^\s*(?:the|this)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?/iu, '')))
    return [];
  const references = findReferences(sentence).filter(free);
  if (references.length === 0) return [];
  const named = [...mentioned].map((e) => matcher.entries.at(e)!);
  const context = { matcher, state, hits, sentenceStart: start, sentence };
  const pointers: Pointer[] = [];
  const claimed = new Set(mentioned);
  for (const reference of references) {
    if (reference.form === 'new') {
      // A new item of a kind the sentence names nothing of: later phrases may mean it, not ours.
      const other = reference.kinds.find((kind) => kind.startsWith('other-'));
      if (other && !named.some((e) => reference.kinds.includes(e.kind)))
        remember(state, { entryId: null, kind: other, subject: reference.subject });
      continue;
    }
    if (reference.form === 'pronoun' || reference.form === 'possessive') {
      // A named item is what an "it" inside its sentence, or "its" anywhere, most likely means.
      if (mentioned.size > 0 && (reference.start > 0 || reference.form === 'possessive')) continue;
    } else if (meansAnyItem(reference.kinds)) {
      // "Traders said the move had been priced in": a price move, not a policy step.
      if (phrases().MARKET_TALK.test(sentence)) continue;
    } else if (
      named.some((e) => reference.kinds.includes(e.kind)) &&
      !opensBeforeAnother(sentence, reference)
    )
      continue;
    const ids = resolveReference(context, reference);
    // "Biden's order", "the Texas bill": a phrase whose name fits none of ours brings in another item.
    if (ids.length === 0 && reference.form === 'definite' && namesAnother(sentence, reference)) {
      const other = reference.kinds.find((kind) => kind.startsWith('other-'));
      if (other) remember(state, { entryId: null, kind: other, subject: reference.subject });
    }
    for (const id of ids) {
      const entry = matcher.entries.indexOf(id);
      if (entry < 0 || claimed.has(entry)) continue;
      claimed.add(entry);
      // The item keeps its company: "It charges no fees. The firm also offers..." still means Fidelity.
      const actor = state.mentions.findLast((m) => m.entryId === id && m.actor)?.actor ?? null;
      remember(state, {
        entryId: id,
        kind: matcher.entries.kindAt(entry)!,
        subject: reference.subject,
        actor,
      });
      // "The fund manages $1.6 trillion": the body named, but not what it did.
      if (phrases().ACTORS.has(reference.head) && !aboutTheAct(matcher, entry, sentence, features)) continue;
      if (needsTie(matcher, entry) && !tiedToRetirementMoney(matcher, features, [], text, start)) continue;
      pointers.push({ entry, start: start + reference.start, end: start + reference.end });
    }
  }
  return pointers;
}

/**
 * "That guidance was replaced with a release saying...": a phrase that opens the sentence as
 * its subject, its verb right after it, means the item named before, not the one of its kind
 * the sentence goes on to name ("The release, Release 2025-01, says..." is that one).
 */
function opensBeforeAnother(sentence: string, reference: Reference): boolean {
  return (
    reference.form === 'definite' &&
    !reference.generic &&
    /^\W*$/.test(sentence.slice(0, reference.start)) &&
    /^\s+(?:was|were|is|has|had|will|would|could|may|might|can)\b/.test(sentence.slice(reference.end))
  );
}
