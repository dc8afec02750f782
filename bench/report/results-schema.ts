import { z } from 'zod';
import { METHODS } from './results';

const times = z.strictObject(
  Object.fromEntries(METHODS.map((m) => [m, z.number().nonnegative().nullable()])) as Record<
    (typeof METHODS)[number],
    z.ZodNullable<z.ZodNumber>
  >,
);
const share = z.number().min(0).max(1).nullable();

/** The shape of bench/results/*.json, for the quick run's test and anyone reading the file. */
export const benchResultsSchema = z.object({
  machine: z.string().min(1),
  date: z.iso.datetime(),
  chromium: z.string().optional(),
  contentScriptBytes: z.number().int().positive().optional(),
  notes: z.array(z.string()).optional(),
  cases: z
    .array(
      z.object({
        fixture: z.string().min(1),
        kbSize: z.number().int().positive(),
        ms: times,
        ratioToFloor: z.number().nonnegative().nullable(),
        longestTaskMs: z.number().nonnegative().nullable(),
        extensionTaskMs: z.number().nonnegative().optional(),
        extensionTaskCpuMs: z.number().nonnegative().optional(),
        heapMB: z.number().nullable(),
        precision: share,
        recall: share,
        min: times,
        max: times,
        reps: z.number().int().nonnegative(),
        /** The page: its text under <body> and its elements, from the floor's runs. */
        textKB: z.number().nonnegative().optional(),
        elements: z.number().int().nonnegative().optional(),
      }),
    )
    .min(1),
});
