import { actorOf, withActor } from './actor-carry';
import { mayLeanOnPlace, notePlace, withArticlePlace } from './article-place';
import { FLAG_TRIGGER } from './automaton';
import { findCandidates } from './candidates';
import { answeredQuestion, heldQuestion, type HeldQuestion } from './forward-heading';
import { forwardPronounClaim } from './forward-pronoun';
import { chooseClaims, tiedToRetirementMoney } from './choose-claims';
import { claimedStatus } from './claimed-status';
import { createDetectionState, hasLiveMentions, remember, type DetectionState } from './context';
import { entryRules, type Matcher } from './load-matcher';
import { referenceClaims } from './reference-claims';
import { mayReferToOpening } from './referring-phrases';
import { HitBuffer, scanText } from './scan-text';
import { featuresOf, withoutFalseFriends, withoutNegatedTopics, type Hit } from './sentence-features';
import { splitSentences, type Span } from './sentences';
import type { DetectedClaim, TextBlock } from './types';

/** How sure a claim attached through a reference ("The order also...", "It now goes...") is. */
const CONTEXT_CONFIDENCE = 0.6;
/** How sure a claim is whose identifier the article tied to the item earlier ("HB 1203 passed..."). */
const REPEAT_CONFIDENCE = 0.75;
/** A number with letters or a dash ("HB 1203", "71-44", "2025-01"); not a bare year or "401(k)" (a shared word). */
const IDENTIFIER =
  /^(?=.*\d)(?=.*[\p{L}-])(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d)/iu;
/** A block of four words or more counts as one block of distance for references. */
const MIN_WORDS_FOR_DISTANCE = /(?:\S+\s+){3}\S/;
/** A block that is only a time of day or a date line: "4:12 p.m.", "10:02 a.m. ET", "Updated 5:30 PM". */
const TIMESTAMP = /^\s*(?:updated\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{2,4})?\s*$/i;
/** How far back (in blocks) an article's earlier mention still says which item a number means. */
const REPEAT_BLOCKS = 12;
/** An item whose first term starts within this many words of its sentence's start is its subject. */
const SUBJECT_WORDS = 5;

/**
 * Finds the sentences that make claims about KB entries. One automaton pass per
 * block; only blocks whose terms could satisfy a rule (or refer back to a recent
 * mention) are cut into sentences, and rules are decided per sentence.
 *
 * `state` carries what the article named so far across calls, so a dynamic page
 * can scan only its new blocks: pass the same state each time (it is updated in
 * place). Claims' blockIndex refers to this call's `blocks`; a heading question the
 * last call ended on, answered by this call's first block, has blockIndex -1.
 */
export function detectClaims(
  matcher: Matcher,
  blocks: readonly TextBlock[],
  state: DetectionState = createDetectionState(),
): DetectedClaim[] {
  const claims: DetectedClaim[] = [];
  const buffer = new HitBuffer();
  // A page is detected in steps of a few blocks: a question may wait across calls.
  let question: HeldQuestion | null = state.question;
  blocks.forEach((block, blockIndex) => {
    // Datelines, timestamps and bylines ("4:41 p.m.") do not put distance between a mention and a reference.
    const words = MIN_WORDS_FOR_DISTANCE.test(block.text);
    if (words) state.blocks++;
    // A live blog's "10:02 a.m." is no sentence: "Braun called it a win" still follows the post before.
    else if (TIMESTAMP.test(block.text)) return;
    const first = claims.length;
    scanBlock(block, blockIndex);
    // "What did the executive order do?": the block below says which item the question means.
    if (question && words) {
      const answer = answeredQuestion(matcher, question, block.text, claims.slice(first));
      question = null;
      if (answer) claims.splice(first, 0, answer);
    }
    if (claims.length === first && words) question = heldQuestion(block.text, blockIndex);
  });
  state.question = question && { ...question, blockIndex: question.blockIndex - blocks.length };
  return claims;

  function scanBlock(block: TextBlock, blockIndex: number): void {
    buffer.clear();
    scanText(matcher.automaton, block.text, buffer);
    let hits: Hit[] | null = null;
    const hitList = () => (hits ??= toHits(buffer));
    if (!worthSegmenting(matcher, buffer, hitList, block.text, state)) {
      notePlace(matcher, buffer, block.text, state);
      return;
    }
    const blockHits = hitList();
    const spans = splitSentences(block.text);
    let openerClaimed = true;
    spans.forEach((span, k) => {
      state.sentences++;
      const inside = blockHits.filter((hit) => hit.start >= span[0] && hit.end <= span[1]);
      const found = sentenceClaims(matcher, block.text, blockIndex, span, inside, state);
      // "It's signed." then the sentence that says what "It" is.
      const forward = openerClaimed
        ? null
        : forwardPronounClaim(matcher, block.text, blockIndex, spans[0]!, found);
      if (forward) claims.push(forward);
      openerClaimed = k > 0 || found.length > 0;
      claims.push(...found);
    });
  }
}

/**
 * Most blocks stop here: no term that can start a rule or name ("order", "plan",
 * "fund" alone cannot), or no rule the block's terms satisfy, and nothing named
 * just before for a reference or a repeated identifier to point at.
 */
function toHits(buffer: HitBuffer): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < buffer.length; i += 3) {
    hits.push({ state: buffer.data[i]!, start: buffer.data[i + 1]!, end: buffer.data[i + 2]! });
  }
  return hits;
}

function worthSegmenting(
  matcher: Matcher,
  buffer: HitBuffer,
  hits: () => Hit[],
  text: string,
  state: DetectionState,
): boolean {
  if (hasLiveMentions(state) || mayLeanOnPlace(state, text) || mayReferToOpening(state, text)) return true;
  if (buffer.length === 0) return false;
  const flags = matcher.automaton.flags;
  let triggers = false;
  for (let i = 0; i < buffer.length && !triggers; i += 3)
    triggers = (flags[buffer.data[i]!]! & FLAG_TRIGGER) !== 0;
  if (!triggers) return false;
  if (state.mentions.some((m) => m.entryId !== null && state.blocks - m.block <= REPEAT_BLOCKS)) return true;
  return findCandidates(matcher, featuresOf(matcher, hits())).length > 0;
}

/** A claim of a sentence before its status is read: what it is about and the words that say so. */
interface Found {
  entry: number;
  why: string[];
  confidence: number;
  via: DetectedClaim['via'];
  /** Hits of the entry's names, and the spans of the sentence that are about this entry. */
  names: readonly Hit[];
  own: readonly Hit[];
}

function sentenceClaims(
  matcher: Matcher,
  text: string,
  blockIndex: number,
  [start, end]: Span,
  sentenceHits: Hit[],
  state: DetectionState,
): DetectedClaim[] {
  const sentence = text.slice(start, end);
  const placed = withArticlePlace(matcher, sentenceHits, text, [start, end], state);
  const hits = hasLiveMentions(state) ? withActor(matcher, sentence, start, placed, state) : placed;
  const features = featuresOf(
    matcher,
    withoutNegatedTopics(matcher, withoutFalseFriends(hits, text), text, start),
  );
  const decision =
    hits.length > 0 ? chooseClaims(matcher, findCandidates(matcher, features), features, text, start) : null;

  const found: Found[] = [];
  if (decision && decision.mentioned.length > 0) {
    const opening = text.slice(start, start + 80);
    for (const candidate of decision.mentioned) {
      const { id, kind } = matcher.entries.at(candidate.entry)!;
      const first = candidate.evidence.find((hit) => hit.end > hit.start);
      const subject = first !== undefined && wordsBefore(opening, first.start - start) <= SUBJECT_WORDS;
      remember(state, { entryId: id, kind, subject, actor: actorOf(matcher, text, candidate.evidence) });
    }
    for (const { candidate, confidence } of decision.claims) {
      const others = decision.claims
        .filter((c) => c.candidate !== candidate)
        .flatMap((c) => c.candidate.evidence);
      found.push({
        entry: candidate.entry,
        why: whyOf(text, candidate.evidence),
        confidence,
        via: 'direct',
        names: candidate.nameHits,
        // Not the words another item shares, nor words inside another item's longer term
        // ("investment board" inside "State of Wisconsin Investment Board").
        own: candidate.evidence.filter(
          (hit) => !others.some((o) => o === hit || (o.start <= hit.start && o.end >= hit.end)),
        ),
      });
    }
  }
  const mentioned = new Set(decision?.mentioned.map((c) => c.entry) ?? []);
  // Items the sentence is about but claims nothing of ("...while New Hampshire's HB 302 became
  // law" with no pension tie): their verbs are still theirs.
  const silent = (decision?.mentioned ?? [])
    .filter((c) => !decision!.claims.some((claimed) => claimed.candidate === c))
    .flatMap((c) => c.evidence.filter((hit) => hit.end > hit.start));
  // "HB 1203 passed the House 77-15": an identifier the article already tied to an item.
  for (const entry of repeatedIdentifiers(matcher, hits, text, start, state, mentioned)) {
    mentioned.add(entry);
    const { id, kind } = matcher.entries.at(entry)!;
    remember(state, { entryId: id, kind, subject: false });
    const phrase = hits.find((hit) => entryLiterals(matcher, entry).has(hit.state));
    const why = phrase ? [text.slice(phrase.start, phrase.end)] : [];
    found.push({
      entry,
      why,
      confidence: REPEAT_CONFIDENCE,
      via: 'context',
      names: [],
      own: phrase ? [phrase] : [],
    });
  }
  // "The bill would codify the order": the sentence names one item and refers back to another.
  const pointers = referenceClaims(matcher, sentence, hits, features, text, start, state, mentioned);
  for (const pointer of pointers) {
    const span = { state: -1, start: pointer.start, end: pointer.end };
    const why = [text.slice(pointer.start, pointer.end)];
    found.push({
      entry: pointer.entry,
      why,
      confidence: CONTEXT_CONFIDENCE,
      via: 'context',
      names: [],
      own: [span],
    });
  }

  const relative = (list: readonly Hit[]) => list.map((hit): Span => [hit.start - start, hit.end - start]);
  // "That release was replaced with a neutral release": the words of a phrase that refers back
  // are that item's, not the named item's that shares a word set with it.
  const referring = found.filter((c) => c.via === 'context').flatMap((c) => c.own);
  for (const claim of found)
    if (claim.via === 'direct')
      claim.own = claim.own.filter((hit) => !referring.some((p) => p.start <= hit.start && p.end >= hit.end));
  return found.map((claim) => {
    const { id, kind } = matcher.entries.at(claim.entry)!;
    // A verb nearer another claimed item's words than this one's is about that item.
    const rest = found.filter((c) => c !== claim && c.entry !== claim.entry);
    // ...unless the two are joined as one subject ("Texas and New Hampshire have put..."): then it is both's.
    const others = rest
      .filter((c) => !c.own.some((hit) => claim.own.some((own) => coordinated(text, own, hit))))
      .flatMap((c) => c.own)
      .concat(silent)
      .filter((hit) => !claim.own.includes(hit));
    return {
      blockIndex,
      start,
      end,
      sentence,
      entryId: id,
      claimedStatus: claimedStatus(sentence, {
        kind,
        nameSpans: relative(claim.names),
        ownSpans: relative(claim.own),
        otherSpans: relative(others),
        otherKinds: rest.map((c) => matcher.entries.kindAt(c.entry)!),
      }),
      why: claim.why,
      confidence: Math.round(claim.confidence * 100) / 100,
      via: claim.via,
    } satisfies DetectedClaim;
  });
}

/**
 * Entries named earlier in the article whose identifiers (a term of their names or
 * rules with a digit: "HB 1203", "SB 1025", "71-44") this sentence repeats. Alone
 * such a number is ambiguous across states; after the article has said which bill
 * it means, it is not.
 */
function repeatedIdentifiers(
  matcher: Matcher,
  hits: readonly Hit[],
  text: string,
  start: number,
  state: DetectionState,
  mentioned: ReadonlySet<number>,
): number[] {
  const numbered = hits.filter((hit) => {
    const term = text.slice(hit.start, hit.end);
    return (
      !matcher.setsOfState.has(hit.state) &&
      IDENTIFIER.test(term) &&
      term.replace(/[^\p{L}\p{N}]/gu, '').length >= 4
    );
  });
  if (numbered.length === 0) return [];
  const recent = new Set(
    state.mentions
      .filter((m) => m.entryId !== null && state.blocks - m.block <= REPEAT_BLOCKS)
      .map((m) => m.entryId!),
  );
  const found: number[] = [];
  for (const id of recent) {
    const entry = matcher.entries.indexOf(id);
    if (entry < 0 || mentioned.has(entry)) continue;
    const literals = entryLiterals(matcher, entry);
    if (!numbered.some((hit) => literals.has(hit.state))) continue;
    // A reserve bill's number repeated without its tie to pension money is still not a claim.
    if (
      matcher.needsTie[entry] === 1 &&
      !tiedToRetirementMoney(matcher, featuresOf(matcher, hits), [], text, start)
    )
      continue;
    found.push(entry);
  }
  return found;
}

/** The term features of an entry's names and rule groups (not its word sets, exclusions or prefer terms). */
function entryLiterals(matcher: Matcher, entry: number): Set<number> {
  const rules = entryRules(matcher, entry);
  const all = [...rules.names, ...rules.rules.flatMap((rule) => rule.groups.flat())];
  return new Set(all.filter((feature) => feature < matcher.states));
}

/** Whether two hits are conjuncts of one phrase: "Texas and New Hampshire", "Florida, Oklahoma". */
function coordinated(text: string, a: Hit, b: Hit): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  return (
    first.end <= second.start && /^\s*(?:,\s*)?(?:and|or|&|,)\s*$/.test(text.slice(first.end, second.start))
  );
}

function wordsBefore(text: string, offset: number): number {
  return text.slice(0, Math.max(0, offset)).split(/\s+/).filter(Boolean).length;
}

/** The page text of the hits that made a claim, in order, without hits nested in longer ones. */
function whyOf(text: string, evidence: readonly Hit[]): string[] {
  const outer = evidence.filter(
    (hit) =>
      hit.end > hit.start &&
      !evidence.some(
        (other) =>
          other !== hit &&
          other.start <= hit.start &&
          other.end >= hit.end &&
          other.end - other.start > hit.end - hit.start,
      ),
  );
  return [...new Set(outer.map((hit) => text.slice(hit.start, hit.end).replace(/\s+/g, ' ')))];
}
