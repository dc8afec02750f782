import type { EntryKind, Outcome, Status } from '../kb/schema';

/**
 * The claim detector's contract, shared by the content script, the CLI and the
 * evaluation. DOM-free: text comes in as blocks, claims go out with offsets.
 */

/** What kind of element a block of text came from. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-cell' | 'quote' | 'caption' | 'other';

/** One block of page text (a paragraph, list item, heading, table cell...). */
export interface TextBlock {
  /** The block's text as the reader sees it (inline elements joined, whitespace as in the DOM). */
  text: string;
  kind: BlockKind;
}

/** A sentence that makes a claim about one KB entry. */
export interface DetectedClaim {
  /** Index of the block in the input array. */
  blockIndex: number;
  /** The sentence's span in the block's text: [start, end). */
  start: number;
  end: number;
  /** The sentence as on the page (block text from start to end, trimmed of surrounding space). */
  sentence: string;
  entryId: string;
  /** The status the sentence's own wording claims, or null when it claims none. */
  claimedStatus: Status | null;
  /** The terms that matched, as found in the text (for "why it matched"). */
  why: string[];
  /** 0..1: how sure the detector is that this sentence is about this entry. */
  confidence: number;
  /** `context`: the sentence refers back ("The order also...") to an entry named earlier. */
  via: 'direct' | 'context';
}

/** What the detector and the badges need of an entry, small enough to ship to every page. */
export interface MatcherEntry {
  id: string;
  title: string;
  kind: EntryKind;
  scope: 'retirement' | 'adjacent';
  /** [date, status] pairs, oldest first: enough for status at any date. */
  timeline: [date: string, status: Status][];
  outcome?: Pick<Outcome, 'kind' | 'date'>;
}

/** A claim set against the KB: status when the article was published, now, and whether the claim is behind. */
export interface AssessedClaim extends DetectedClaim {
  entryTitle: string;
  statusAtPublication: Status | null;
  currentStatus: Status | null;
  /** When currentStatus took effect (YYYY-MM-DD or YYYY-MM). */
  currentSince: string | null;
  /** The KB's status now differs from what the article claimed or from the status at publication. */
  outdated: boolean;
  /** A short human note, e.g. "Reported 2025-07-17 · signed 2025-08-07". */
  note: string;
}
