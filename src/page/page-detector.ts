import type { PreparedMatcher } from '../detect/matcher-format';
import type { TableReader } from '../detect/packed-tables';
import type { AssessedClaim, DetectedClaim, TextBlock } from '../detect/types';
import type { OutcomeKind } from '../ui/badge/status-words';

/**
 * Detection and assessment as the page uses them. They live in their own module
 * (detector.js, src/page/detector-module.ts), loaded only on a page whose text holds a
 * KB term: most pages a reader opens never load the bulk of the engine.
 */
export interface PageDetector {
  /** Steps that warm the engine (the sentence-break tables, first compiles), each for a task of its own. */
  readonly warmUpSteps: readonly (() => void)[];
  /** The claims of these blocks, read as the continuation of the article so far. */
  detect(blocks: readonly TextBlock[]): DetectedClaim[];
  assess(
    claims: readonly DetectedClaim[],
    dates: { publishedAt: string | null; today: string },
  ): AssessedClaim[];
  /** How the entry's proposal ended without becoming official, where it did. */
  outcomeOf(entryId: string): OutcomeKind | undefined;
  /** Forgets the article read so far (a new route of a single-page app). */
  reset(): void;
}

/** Makes a detector of the prepared matcher and the reader of its tables (the automaton's already read). */
export type PageDetectorFactory = (prepared: PreparedMatcher, tables: TableReader) => PageDetector;
