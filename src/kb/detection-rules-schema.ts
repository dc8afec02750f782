import { z } from 'zod';
import { LEXICON } from '../detect/lexicon';

/**
 * Detection rules each entry carries: what the claim detector looks for in a
 * sentence. Terms are matched case-insensitively as whole words (a trailing
 * plural "s"/"es" or possessive "'s" is allowed); a term starting with "@" names
 * a shared word set from src/detect/lexicon.ts, e.g. "@crypto".
 */
export const termSchema = z
  .string()
  .trim()
  .min(2, { error: 'a term needs at least 2 characters' })
  .max(120)
  .refine((term) => !term.startsWith('@') || Object.hasOwn(LEXICON, term.slice(1)), {
    error: (issue) =>
      `unknown word set "${String(issue.input)}" (known: ${Object.keys(LEXICON)
        .map((k) => `@${k}`)
        .join(', ')})`,
  });

export const detectionRuleSchema = z.strictObject({
  /** Every group must have at least one term in the sentence. */
  all: z.array(z.array(termSchema).min(1)).min(1),
  /** The rule does not fire when the sentence has any of these. */
  none: z.array(termSchema).default([]),
});
export type DetectionRule = z.infer<typeof detectionRuleSchema>;

export const detectionRulesSchema = z
  .strictObject({
    /** Names and numbers that alone identify the entry: "EO 14330", "H.R. 5748", "Financial Freedom Act". */
    names: z.array(termSchema).default([]),
    /** Co-occurrence rules, e.g. an order word + a 401(k) word + a crypto word. */
    rules: z.array(detectionRuleSchema).default([]),
    /** A sentence with any of these is not about this entry, whatever else matched. */
    exclude: z.array(termSchema).default([]),
    /** When several entries match one sentence, each of these present favours this entry. */
    prefer: z.array(termSchema).default([]),
  })
  .refine((rules) => rules.names.length + rules.rules.length > 0, {
    error: 'detection rules need at least one name or one rule',
  });
export type DetectionRules = z.infer<typeof detectionRulesSchema>;
