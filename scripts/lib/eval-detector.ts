import { parseHTML } from 'linkedom';
import { detectClaims, loadMatcher, prepareMatcher } from '../../src/detect';
import { extractBlocks, findPublishedAt } from '../../src/extract';
import { readEntryFiles } from '../../src/kb/entry-files';
import { KB_ENTRIES_DIR } from '../../src/kb/snapshot-from-files';
import type { Detection } from './eval-match';

/**
 * Runs the shipped pipeline on one corpus page exactly as `statusmark check` does:
 * linkedom parse, extractBlocks, the matcher prepared once from the shipped KB,
 * detectClaims, findPublishedAt.
 */

export interface PageRun {
  detections: Detection[];
  /** The publication day findPublishedAt gave (YYYY-MM-DD), or null. */
  publishedAt: string | null;
}

export interface Detector {
  /** Ids of the entries the shipped KB has: labels for other ids cannot be found. */
  kbEntryIds: ReadonlySet<string>;
  run(html: string): PageRun;
}

export async function loadDetector(): Promise<Detector> {
  const kb = await readEntryFiles(KB_ENTRIES_DIR);
  if (kb.problems.length > 0) throw new Error(`the shipped KB does not load:\n${kb.problems.join('\n')}`);
  const matcher = loadMatcher(prepareMatcher(kb.entries));
  return {
    kbEntryIds: new Set(kb.entries.map((entry) => entry.id)),
    run(html) {
      // linkedom's document implements what extraction reads; its types are its own.
      const document = parseHTML(html).document as unknown as Document;
      const detections = detectClaims(matcher, extractBlocks(document)).map(
        ({ sentence, entryId, claimedStatus }) => ({ sentence, entryId, claimedStatus }),
      );
      const published = findPublishedAt(document);
      return { detections, publishedAt: published === null ? null : published.slice(0, 10) };
    },
  };
}
