import type { DBCoreMutateRequest, DBCoreMutateResponse } from 'dexie';
import type { StatusmarkDb } from '../../src/db/database';

/**
 * Simulated storage pressure: after `room` more records, every write to the database
 * fails as IndexedDB does when the disk or the origin's quota is full. A write that
 * does not fit is made in part first (the records that fit), then fails: the worst
 * moment, halfway through a transaction. A Dexie DBCore middleware, so the code under
 * test runs unchanged and the rollback is IndexedDB's own.
 */
export interface QuotaPressure {
  /** From now on, `room` more records fit; then writes fail. */
  fillUpAfter(room: number): void;
  /** As fillUpAfter, but the failed write's rollback frees the space: later writes work. */
  failOnceAfter(room: number): void;
  /** Writes work again. */
  free(): void;
  /** How many writes failed. */
  readonly failures: number;
}

export function quotaExceeded(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

/** Installs the pressure on `db` (before its first use: middleware applies when the database opens). */
export function underQuotaPressure(db: StatusmarkDb): QuotaPressure {
  let room = Infinity;
  let once = false;
  let failures = 0;
  db.use({
    stack: 'dbcore',
    name: 'quota-pressure',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          async mutate(request: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
            if (request.type !== 'put' && request.type !== 'add') return table.mutate(request);
            if (request.values.length <= room) {
              room -= request.values.length;
              return table.mutate(request);
            }
            const fits = Math.max(0, room);
            if (fits > 0) {
              await table.mutate({
                ...request,
                values: request.values.slice(0, fits),
                ...(request.keys ? { keys: request.keys.slice(0, fits) } : {}),
              } as DBCoreMutateRequest);
            }
            room = once ? Infinity : 0;
            failures++;
            throw quotaExceeded();
          },
        };
      },
    }),
  });
  return {
    fillUpAfter: (records) => void ((room = records), (once = false)),
    failOnceAfter: (records) => void ((room = records), (once = true)),
    free: () => void (room = Infinity),
    get failures() {
      return failures;
    },
  };
}

/** Every table of the database as plain data, in key order. */
export async function everyTable(db: StatusmarkDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}
