import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { z } from 'zod';
import { readEntryFiles } from '../../src/kb/entry-files';
import { statusSchema } from '../../src/kb/schema';
import { KB_ENTRIES_DIR } from '../../src/kb/snapshot-from-files';
import type { Detection } from './eval-match';

/**
 * Runs the shipped pipeline on one corpus page: linkedom parse, extractBlocks
 * (src/extract), the matcher prepared from the shipped KB, detectClaims, and
 * findPublishedAt. Bound by name through the contract in src/detect/types.ts, and
 * everything coming back is validated, so a contract change shows up as a clear
 * error here rather than as silently wrong scores.
 */

export interface PageRun {
  detections: Detection[];
  /** YYYY-MM-DD as findPublishedAt gave it, or null. */
  publishedAt: string | null;
}

export interface Detector {
  /** Ids of the entries the shipped KB has: labels for other ids cannot be found. */
  kbEntryIds: ReadonlySet<string>;
  run(html: string): PageRun;
}

type Fn = (...args: unknown[]) => unknown;

const SOURCE_DIRS = ['src/extract', 'src/detect'];
const REQUIRED = [
  'extractBlocks',
  'prepareMatcher',
  'loadMatcher',
  'detectClaims',
  'findPublishedAt',
] as const;

const detectionsSchema = z.array(
  z.looseObject({ sentence: z.string(), entryId: z.string(), claimedStatus: statusSchema.nullable() }),
);

/** Every named function export of the modules in src/extract and src/detect. */
async function exportedFunctions(root: string): Promise<Map<string, Fn>> {
  const found = new Map<string, Fn>();
  for (const dir of SOURCE_DIRS) {
    let files: string[];
    try {
      files = readdirSync(join(root, dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
    } catch {
      continue;
    }
    for (const file of files.sort()) {
      // Until src/extract lands the modules are found by listing these two folders of this repo;
      // the path is built from our own file names, never from input.
      // eslint-disable-next-line no-unsanitized/method
      const module = (await import(pathToFileURL(join(root, dir, file)).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        if (typeof value === 'function' && !found.has(name)) found.set(name, value as Fn);
      }
    }
  }
  return found;
}

function dayOf(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] ?? null;
  return null;
}

export async function loadDetector(root: string = resolve(import.meta.dirname, '../..')): Promise<Detector> {
  const functions = await exportedFunctions(root);
  const missing = REQUIRED.filter((name) => !functions.has(name));
  if (missing.length > 0) {
    throw new Error(
      `the detector is not complete yet: no export named ${missing.join(', ')} in ${SOURCE_DIRS.join(' or ')}`,
    );
  }
  const call = (name: (typeof REQUIRED)[number], ...args: unknown[]): unknown =>
    (functions.get(name) as Fn)(...args);

  const kb = await readEntryFiles(KB_ENTRIES_DIR);
  if (kb.problems.length > 0) throw new Error(`the shipped KB does not load:\n${kb.problems.join('\n')}`);
  const matcher = call('loadMatcher', call('prepareMatcher', kb.entries));

  return {
    kbEntryIds: new Set(kb.entries.map((entry) => entry.id)),
    run(html) {
      const { document } = parseHTML(html);
      const blocks = call('extractBlocks', document.body ?? document.documentElement);
      const parsed = detectionsSchema.safeParse(call('detectClaims', matcher, blocks));
      if (!parsed.success)
        throw new Error(
          `detectClaims returned claims outside the contract:\n${z.prettifyError(parsed.error)}`,
        );
      const detections = parsed.data.map(({ sentence, entryId, claimedStatus }) => ({
        sentence,
        entryId,
        claimedStatus,
      }));
      return { detections, publishedAt: dayOf(call('findPublishedAt', document)) };
    },
  };
}
