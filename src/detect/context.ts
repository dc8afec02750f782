import type { EntryKind } from '../kb/schema';
import type { HeldQuestion } from './forward-heading';

/**
 * What an article has named so far, so a later sentence that refers back ("The
 * order also directs...", "The bill would...") can be attached to it. Plain data:
 * the content script keeps one per page and passes it to each detectClaims() call
 * as new blocks arrive; a new article (SPA navigation) starts a new state.
 */
export interface DetectionState {
  /** Blocks seen over all calls: distances between a mention and a reference are counted in blocks. */
  blocks: number;
  /** Sentences seen over all calls: mentions of one sentence share a number. */
  sentences: number;
  /** Recent mentions, oldest first (at most MAX_MENTIONS). */
  mentions: Mention[];
  /** The last US state the article named, as written ("Florida"), and in which block: what a bare "HB 487" means. */
  place: { name: string; block: number } | null;
  /** The items the article's opening (headline and lede) is about: what "the order" means pages later. */
  topics: Mention[];
  /**
   * The last two sentences read for references, by number: whether the one before opens with
   * a subject that cannot be "it" ("Comments on the rule are due...") is asked only when a
   * next "it" needs it (see lastSubjectNotIt), not of every sentence.
   */
  openings: { sentence: number; text: string }[];
  /**
   * A heading question the last call ended on ("What did the executive order do?"), waiting
   * for the block below; its blockIndex counts from the next call's first block (so -1).
   */
  question: HeldQuestion | null;
  /**
   * KB entries the article has already said are done (a claim read as official): "the order
   * could..." after "Trump signed the order" describes the order, it does not report a rumour.
   */
  inForce: string[];
}

/** Kinds of the KB, and of items outside it that a later phrase may mean instead ("another order"). */
export type MentionKind =
  EntryKind | 'other-bill' | 'other-order' | 'other-fund' | 'other-rule' | 'other-guidance';

export interface Mention {
  /** A KB entry id, or null for an item outside the KB ("HB 1234", "the GENIUS Act"). */
  entryId: string | null;
  kind: MentionKind;
  /** The item opens its sentence (its subject, roughly): what a following "It..." means. */
  subject: boolean;
  /** The company or body that acts in the mention ("Fidelity"): what "the company" means next. */
  actor?: string | null;
  block: number;
  sentence: number;
}

export function createDetectionState(): DetectionState {
  return {
    blocks: 0,
    sentences: 0,
    mentions: [],
    place: null,
    topics: [],
    openings: [],
    question: null,
    inForce: [],
  };
}

const MAX_MENTIONS = 12;
/** A reference reaches back this many blocks at most: the same paragraph or the two before. */
export const MAX_BLOCK_DISTANCE = 2;
/** The opening of an article: its headline, dek and lede fit in this many blocks of four words or more. */
const OPENING_BLOCKS = 3;

export function remember(state: DetectionState, mention: Omit<Mention, 'block' | 'sentence'>): void {
  // Spelled out, not spread: mentions come in two shapes (with an actor or without), and a
  // spread of either was a slow generic copy (2 ms of a 55 ms warm pass over F3, in Node).
  const { entryId, kind, subject, actor } = mention;
  const full: Mention = { entryId, kind, subject, actor, block: state.blocks, sentence: state.sentences };
  state.mentions.push(full);
  if (state.mentions.length > MAX_MENTIONS) state.mentions.splice(0, state.mentions.length - MAX_MENTIONS);
  if (
    state.blocks <= OPENING_BLOCKS &&
    mention.entryId !== null &&
    !state.topics.some((t) => t.entryId === mention.entryId)
  )
    state.topics.push(full);
}

/** Notes the current sentence as read for references (the last two are kept). */
export function noteOpening(state: DetectionState, text: string): void {
  state.openings.push({ sentence: state.sentences, text });
  if (state.openings.length > 2) state.openings.shift();
}

/** How far (in blocks) into a story its opening item is still what "the order" means: a long article, not a homepage. */
const OPENING_REACH = 40;

/** The opening items still in reach of the current block. */
export function openingItems(state: DetectionState): readonly Mention[] {
  return state.topics.length > 0 && state.blocks - state.topics[0]!.block <= OPENING_REACH
    ? state.topics
    : [];
}

/** Whether any mention is still near enough for a reference in the current block. */
export function hasLiveMentions(state: DetectionState): boolean {
  const last = state.mentions[state.mentions.length - 1];
  return last !== undefined && state.blocks - last.block <= MAX_BLOCK_DISTANCE;
}
