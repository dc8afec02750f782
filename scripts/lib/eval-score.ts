import type { PageMatch } from './eval-match';

/** Counts behind precision, recall and claimed-status accuracy, for one entry or overall. */
export interface Score {
  hits: number;
  falsePositives: number;
  misses: number;
  /** Hits whose claimed status equals the label's (null included). */
  statusRight: number;
}

export interface Rates {
  /** hits / (hits + false positives); null when nothing was detected. */
  precision: number | null;
  /** hits / (hits + misses); null when nothing is labelled. */
  recall: number | null;
  /** statusRight / hits, over correct detections only; null without hits. */
  statusAccuracy: number | null;
}

export interface Tally {
  overall: Score;
  byEntry: Map<string, Score>;
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

export function rates(score: Score): Rates {
  return {
    precision: ratio(score.hits, score.hits + score.falsePositives),
    recall: ratio(score.hits, score.hits + score.misses),
    statusAccuracy: ratio(score.statusRight, score.hits),
  };
}

export function emptyScore(): Score {
  return { hits: 0, falsePositives: 0, misses: 0, statusRight: 0 };
}

/** Sums page matches into overall and per-entry counts; a false positive counts against the entry it named. */
export function tally(matches: readonly PageMatch[]): Tally {
  const overall = emptyScore();
  const byEntry = new Map<string, Score>();
  const add = (entryId: string, field: keyof Score): void => {
    overall[field] += 1;
    const score = byEntry.get(entryId) ?? emptyScore();
    score[field] += 1;
    byEntry.set(entryId, score);
  };
  for (const match of matches) {
    for (const { label, detection } of match.hits) {
      add(label.entryId, 'hits');
      if (detection.claimedStatus === label.claimedStatus) add(label.entryId, 'statusRight');
    }
    for (const { label } of match.misses) add(label.entryId, 'misses');
    for (const { detection } of match.falsePositives) add(detection.entryId, 'falsePositives');
  }
  return { overall, byEntry };
}
