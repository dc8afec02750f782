import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runFeedUpdate } from '../../src/background/feed-update-run';
import { addNote } from '../../src/db/notes';
import { replaceShippedEntries } from '../../src/db/replace-shipped';
import { createUserEntry } from '../../src/db/user-entries';
import { verifyFeed } from '../../src/feed/verify-feed';
import type { KbSnapshot } from '../../src/kb/schema';
import { dumpTables, FEED_URL, feedDeps } from '../background/feed-harness';
import { freshDb, makeSnapshot } from '../db/helpers';
import { feedHost } from '../feed/helpers/fake-fetch';
import { DEV_TRUSTED_KEYS, policyEntry, sign } from '../feed/helpers/feed-fixtures';
import { jsonText, mutatedDocument, namesPlace, prototypeIsClean } from './json-mutations';
import { entrySample } from './shipped-entries';

/**
 * The feed under hostile input. Mutated feeds are signed with the trusted dev key, so
 * they get past the signature and reach the schema, hash and version checks: the
 * worst a compromised key or a publishing mistake could send.
 */

let snapshot: KbSnapshot;
beforeAll(async () => {
  snapshot = await makeSnapshot(entrySample(4), 2026120101);
});

/** The schema problems a rejection lists: "the feed does not match the KB schema: a: x; b: y (and 2 more)". */
function listedProblems(reason: string): string[] {
  const list = reason
    .replace(/^the feed does not match the KB schema: /, '')
    .replace(/ \(and \d+ more\)$/, '');
  return list.split('; ');
}

describe('verifyFeed under hostile input', () => {
  it('a signed but mutated feed is applied only when valid, else refused naming the check and the path', async () => {
    const checks: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(mutatedDocument([snapshot]), async ({ doc, mutation }) => {
        const signed = await sign(jsonText(doc));
        const verdict = await verifyFeed(signed.feed, signed.signature, DEV_TRUSTED_KEYS, {
          version: 2026110101,
        });
        expect(prototypeIsClean()).toBe(true);
        if (verdict.outcome === 'apply') {
          // Only harmless mutations pass: the hash still covers every entry.
          expect(verdict.snapshot.hash).toBe(snapshot.hash);
          return;
        }
        expect(verdict.outcome).toBe('rejected');
        if (verdict.outcome !== 'rejected') return;
        expect(['size', 'schema', 'hash', 'version']).toContain(verdict.check);
        checks[verdict.check] = (checks[verdict.check] ?? 0) + 1;
        if (verdict.check === 'schema') {
          expect(namesPlace(listedProblems(verdict.reason), mutation), verdict.reason).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
    // Most mutations break the schema; those that keep it (a reordered or renamed-yet-valid value) break the hash.
    expect(checks.schema).toBeGreaterThan(75);
  });

  it('any bytes as feed or signature are refused with a reason, never an exception', async () => {
    const bytes = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.uint8Array({ maxLength: 300 }),
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      fc.constant('['.repeat(200_000)),
    );
    await fc.assert(
      fc.asyncProperty(bytes, bytes, async (feed, signature) => {
        const verdict = await verifyFeed(feed, signature, DEV_TRUSTED_KEYS, null);
        expect(verdict).toMatchObject({ outcome: 'rejected', reason: expect.stringMatching(/\S/) });
      }),
      { numRuns: 100 },
    );
  });
});

describe('a feed update under hostile input writes nothing but its check record', () => {
  it('leaves every table as it was unless the feed was applied whole', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedDocument([snapshot]), async ({ doc }) => {
        fakeBrowser.reset();
        const db = freshDb();
        await replaceShippedEntries(db, await makeSnapshot([policyEntry('example-bill')], 2026110101), {
          kind: 'bundled',
        });
        await createUserEntry(db, policyEntry('my-own-entry', 'reported'));
        await addNote(db, { entryId: 'example-bill', text: 'Call the sponsor' });
        const before = await dumpTables(db);

        const outcome = await runFeedUpdate(feedDeps(db, feedHost(FEED_URL, await sign(jsonText(doc)))));
        const after = await dumpTables(db);
        expect(after.userEntries).toEqual(before.userEntries);
        expect(after.notes).toEqual(before.notes);
        if (outcome.checked && outcome.applied) {
          const byId = [...snapshot.entries].sort((a, b) => a.id.localeCompare(b.id));
          expect(after.shipped).toEqual(byId);
        } else {
          expect(after).toEqual(before);
          expect(outcome).toMatchObject({
            checked: true,
            record: { result: expect.stringMatching(/rejected|failed/) },
          });
        }
        db.close();
      }),
      { numRuns: 40 },
    );
  });
});
