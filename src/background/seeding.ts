import type { StatusmarkDb } from '../db/database';
import { getKbMeta } from '../db/kb-info';
import type { KbMeta } from '../db/records';
import { replaceShippedEntries } from '../db/replace-shipped';
import type { BundledKb } from './bundled-kb-loader';
import { decideSeed } from './seed-policy';

export interface SeedDeps {
  db: StatusmarkDb;
  bundled: BundledKb;
  /** Told after the shipped entries were replaced (to notify open tabs). */
  onSeeded?: (meta: KbMeta) => void;
  now?: () => Date;
}

export type SeedOutcome = { applied: boolean; reason: string };

/**
 * Seeds or refreshes the shipped entries from the bundled KB when decideSeed says so.
 * Cheap when nothing is to do: one meta read and the small info file. The decision is
 * made again inside the write transaction, so a feed update that lands meanwhile wins.
 * User tables are never touched.
 */
export async function seedFromBundle(deps: SeedDeps): Promise<SeedOutcome> {
  const info = await deps.bundled.info();
  const first = decideSeed(await getKbMeta(deps.db), info);
  if (first.action === 'keep') return { applied: false, reason: first.reason };

  const snapshot = await deps.bundled.snapshot();
  let reason = first.reason;
  const result = await replaceShippedEntries(
    deps.db,
    snapshot,
    { kind: 'bundled' },
    {
      ...(deps.now ? { now: deps.now() } : {}),
      accept: (current) => {
        const decision = decideSeed(current, snapshot);
        reason = decision.reason;
        return decision.action === 'keep' ? decision.reason : true;
      },
    },
  );
  if (result.applied) deps.onSeeded?.(result.meta);
  return { applied: result.applied, reason };
}

/**
 * `ensureSeeded()` for one worker lifetime: onInstalled, onStartup and the first
 * message may all ask at once, and they share one run. Nothing else is kept: a
 * restarted worker checks again (cheaply) on its first request. A failed run is
 * forgotten, so the next request retries.
 */
export function createSeeder(deps: SeedDeps): { ensureSeeded(): Promise<SeedOutcome> } {
  let run: Promise<SeedOutcome> | undefined;
  return {
    ensureSeeded() {
      run ??= seedFromBundle(deps).catch((error: unknown) => {
        run = undefined;
        throw error;
      });
      return run;
    },
  };
}
