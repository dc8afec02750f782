import type { CorpusPage, CorpusPart } from './corpus-pages';
import type { FalsePositiveKind, PageMatch } from './eval-match';
import { rates, tally, type Rates, type Score } from './eval-score';

/** Everything `npm run eval` reports, as plain data (printed as text, or as JSON with --json). */

export interface PageResult {
  page: CorpusPage;
  match: PageMatch;
  /** What findPublishedAt gave (YYYY-MM-DD) or null. */
  publishedAt: string | null;
}

export type Measured = Score & Rates;

export interface PartSummary {
  pages: number;
  labelledClaims: number;
  negatives: number;
  overall: Measured;
  entries: Record<string, Measured>;
}

export type ReportPart = CorpusPart | 'all';

interface Listed {
  page: string;
  part: CorpusPart;
  /** The sentence, or null for a holdout page when sentences are not revealed. */
  sentence: string | null;
  entryId: string;
}

export interface EvalSummary {
  kb: { entries: number; labelledEntriesMissing: string[] };
  parts: Partial<Record<ReportPart, PartSummary>>;
  publishedAt: {
    right: number;
    pages: number;
    wrong: { page: string; expected: string | null; got: string | null }[];
  };
  misses: (Listed & { expected: string | null; got: string[] })[];
  falsePositives: (Listed & { claimedStatus: string | null; kind: FalsePositiveKind })[];
  wrongStatus: (Listed & { expected: string | null; got: string | null })[];
}

const measured = (score: Score): Measured => ({ ...score, ...rates(score) });

function partSummary(results: readonly PageResult[]): PartSummary {
  const { overall, byEntry } = tally(results.map((r) => r.match));
  const entries: Record<string, Measured> = {};
  for (const [id, score] of [...byEntry].sort(([a], [b]) => a.localeCompare(b)))
    entries[id] = measured(score);
  return {
    pages: results.length,
    labelledClaims: results.reduce((n, r) => n + r.page.labels.claims.length, 0),
    negatives: results.reduce((n, r) => n + r.page.labels.negatives.length, 0),
    overall: measured(overall),
    entries,
  };
}

export function summarise(
  results: readonly PageResult[],
  kbEntryIds: ReadonlySet<string>,
  revealHoldout: boolean,
): EvalSummary {
  const listed = (r: PageResult, sentence: string, entryId: string): Listed => ({
    page: r.page.path,
    part: r.page.part,
    sentence: r.page.part === 'holdout' && !revealHoldout ? null : sentence,
    entryId,
  });
  const labelled = new Set(results.flatMap((r) => r.page.labels.claims.map((c) => c.entryId)));
  const parts: EvalSummary['parts'] = {};
  for (const part of ['dev', 'holdout'] as const) {
    const inPart = results.filter((r) => r.page.part === part);
    if (inPart.length > 0) parts[part] = partSummary(inPart);
  }
  if (parts.dev && parts.holdout) parts.all = partSummary(results);
  const dated = results.map((r) => ({
    page: r.page.path,
    expected: r.page.labels.publishedAt,
    got: r.publishedAt,
  }));
  return {
    kb: {
      entries: kbEntryIds.size,
      labelledEntriesMissing: [...labelled].filter((id) => !kbEntryIds.has(id)).sort(),
    },
    parts,
    publishedAt: {
      right: dated.filter((d) => d.expected === d.got).length,
      pages: dated.length,
      wrong: dated.filter((d) => d.expected !== d.got),
    },
    misses: results.flatMap((r) =>
      r.match.misses.map(({ label, got }) => ({
        ...listed(r, label.sentence, label.entryId),
        expected: label.claimedStatus,
        got: got.map((d) => `${d.entryId} (${d.claimedStatus ?? 'no status'})`),
      })),
    ),
    falsePositives: results.flatMap((r) =>
      r.match.falsePositives.map(({ detection, kind }) => ({
        ...listed(r, detection.sentence, detection.entryId),
        claimedStatus: detection.claimedStatus,
        kind,
      })),
    ),
    wrongStatus: results.flatMap((r) =>
      r.match.hits
        .filter(({ label, detection }) => label.claimedStatus !== detection.claimedStatus)
        .map(({ label, detection }) => ({
          ...listed(r, label.sentence, label.entryId),
          expected: label.claimedStatus,
          got: detection.claimedStatus,
        })),
    ),
  };
}

export const TARGETS = { precision: 0.97, recall: 0.92, statusAccuracy: 0.88 } as const;

/** The targets the overall scores miss, e.g. "recall 0.903 < 0.92"; empty when all are met. */
export function targetFailures(overall: Rates): string[] {
  return (Object.keys(TARGETS) as (keyof typeof TARGETS)[]).flatMap((metric) => {
    const value = overall[metric];
    if (value !== null && value >= TARGETS[metric]) return [];
    return [`${metric} ${value === null ? 'n/a' : value.toFixed(3)} < ${TARGETS[metric]}`];
  });
}
