import type { Status } from '../../src/kb/schema';
import type { ClaimLabel, PageLabels } from './corpus-labels';
import { foldSentence } from './corpus-text';

/**
 * Pairs one page's detections with its labels. A detection is right when its entry id
 * equals a label's and its sentence is the labelled one: equal after folding, or one
 * containing the other (segmenters disagree at the edges: a bold lead-in, a trailing
 * quote mark). The shorter side must still be at least half the longer, so that a
 * detected fragment cannot claim a long sentence, nor one run-on detection several.
 */

export interface Detection {
  sentence: string;
  entryId: string;
  claimedStatus: Status | null;
}

/** Why a detection matched no claim label. */
export type FalsePositiveKind = 'wrong-entry' | 'negative' | 'hidden' | 'unlabelled';

export interface PageMatch {
  hits: { label: ClaimLabel; detection: Detection }[];
  misses: { label: ClaimLabel; got: Detection[] }[];
  falsePositives: { detection: Detection; kind: FalsePositiveKind }[];
  /** Second detections of an already matched label (same sentence, same entry): neither right nor wrong. */
  duplicates: Detection[];
}

const MIN_OVERLAP = 0.5;

/** 1 for the same folded sentence, the length ratio when one contains the other, 0 otherwise. */
export function sentenceOverlap(a: string, b: string): number {
  const x = foldSentence(a);
  const y = foldSentence(b);
  if (x === y) return 1;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length === 0 || !long.includes(short)) return 0;
  const ratio = short.length / long.length;
  return ratio >= MIN_OVERLAP ? ratio : 0;
}

function classify(detection: Detection, labels: PageLabels): FalsePositiveKind {
  const same = (sentence: string): boolean => sentenceOverlap(sentence, detection.sentence) > 0;
  if (labels.claims.some((claim) => same(claim.sentence))) return 'wrong-entry';
  if (labels.negatives.some(same)) return 'negative';
  if (labels.hiddenNegatives.some(same)) return 'hidden';
  return 'unlabelled';
}

export function matchPage(labels: PageLabels, detections: readonly Detection[]): PageMatch {
  // By index, not by object: the same sentence may be labelled twice (a pull quote repeats it).
  const matched = new Set<number>();
  const result: PageMatch = { hits: [], misses: [], falsePositives: [], duplicates: [] };
  for (const detection of detections) {
    const candidates = labels.claims
      .map((label, index) => ({ label, index, overlap: sentenceOverlap(label.sentence, detection.sentence) }))
      .filter((candidate) => candidate.label.entryId === detection.entryId && candidate.overlap > 0)
      .sort((a, b) => b.overlap - a.overlap);
    const free = candidates.find((candidate) => !matched.has(candidate.index));
    if (free) {
      matched.add(free.index);
      result.hits.push({ label: free.label, detection });
    } else if (candidates.length > 0) {
      result.duplicates.push(detection);
    } else {
      result.falsePositives.push({ detection, kind: classify(detection, labels) });
    }
  }
  labels.claims.forEach((label, index) => {
    if (matched.has(index)) return;
    const got = detections.filter((d) => sentenceOverlap(label.sentence, d.sentence) > 0);
    result.misses.push({ label, got });
  });
  return result;
}
