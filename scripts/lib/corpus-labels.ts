import { z } from 'zod';
import { isoDaySchema, statusSchema } from '../../src/kb/schema';
import { CORPUS_ENTRY_IDS } from './corpus-entry-ids';

/**
 * The labels file that sits beside each corpus page (`<name>.labels.json`).
 * The rules for filling it in are in tests/fixtures/corpus/LABELLING.md.
 */

const sentenceSchema = z.string().trim().min(1, { error: 'a labelled sentence must not be empty' });

export const claimLabelSchema = z.strictObject({
  /** The sentence as a reader sees it (inline markup dropped, whitespace collapsed). */
  sentence: sentenceSchema,
  entryId: z.enum(CORPUS_ENTRY_IDS, { error: (issue) => `unknown entry id ${JSON.stringify(issue.input)}` }),
  /** What the sentence's own wording claims; null when it names the item but claims no status. */
  claimedStatus: statusSchema.nullable(),
});
export type ClaimLabel = z.infer<typeof claimLabelSchema>;

export const pageLabelsSchema = z.strictObject({
  /** The publication day the page itself states (metadata or visible date), or null when it has none. */
  publishedAt: isoDaySchema.nullable(),
  claims: z.array(claimLabelSchema),
  /** Visible sentences that must get no badge. */
  negatives: z.array(sentenceSchema),
  /**
   * Claim-like text the reader never sees (script, style, attributes, template, hidden
   * elements, form fields). Kept apart from `negatives`, which are visible sentences;
   * any detection there is a false positive like any other.
   */
  hiddenNegatives: z.array(sentenceSchema).default([]),
});
export type PageLabels = z.infer<typeof pageLabelsSchema>;

/** Parses a labels file's JSON text; the error names the file and every problem in it. */
export function parsePageLabels(json: string, file: string): PageLabels {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const result = pageLabelsSchema.safeParse(data);
  if (!result.success) throw new Error(`${file}: invalid labels\n${z.prettifyError(result.error)}`);
  return result.data;
}
