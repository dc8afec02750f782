import type { Automaton } from '../detect/automaton';
import { hasKbTerm } from '../detect/kb-term-check';
import { HitBuffer } from '../detect/scan-text';
import type { DetectedClaim, TextBlock } from '../detect/types';
import { readPageText } from '../extract/extract-blocks';
import type { MatcherPart } from '../messaging/matcher-parts';
import type { PageMatcher } from '../messaging/matcher-port';
import { detectionPieces, type DetectionPieces } from './detection-pieces';
import { earlyTermWatch, type PageReading } from './early-term-watch';
import { completePageMatcher, loadPageMatcher, type LoadedPageMatcher } from './loaded-matcher';
import type { PageDetector, PageDetectorFactory } from './page-detector';
import { joinedPageText, type BadgeClaim, type ClaimFinder } from './page-text';
import { nextSlice, runInSlices, startSlice, type SliceOptions } from './scheduler';
import { eachScanRoot } from './scan-roots';

/** Detection steps aim at this many milliseconds, so several fit in one 16 ms slice. */
const STEP_TARGET_MS = 4;

/**
 * Reading's slices are half the usual budget. Its steps are small (a root's queries, 1,000
 * Text nodes), but now and then one stalls for 10-30 ms inside the browser (a bare
 * TreeWalker over the same 100,000-element page stalls the same way from a content
 * script's world; some are garbage collections), and a stall at the end of a full 16 ms
 * slice made a 41-68 ms task there. Traced, 10 loads each: longest extension task 20-31 ms
 * of CPU against 24-35.
 */
const READING_BUDGET_MS = 8;

export interface EngineFinderOptions {
  /** The article's publication date as the page states it now (ISO), or null. */
  publishedAt(): string | null;
  today(): string;
  /** Called at each stage of the first pass ('matcher-loaded', 'detector-request', 'matcher-rest-loaded', 'detector-loaded', 'detector-warm'), for timing marks. */
  mark?(stage: string): void;
  /** Asks for the rest of a large matcher, what only the detector reads, by its key (see requestMatcherRest). */
  requestRest?(key: string): Promise<MatcherPart[]>;
}

/** The subtrees to read of each root in turn (see eachScanRoot), with its pauses. */
function* scanRootsOf(roots: readonly Element[], shadowRoots: ShadowRoot[]): Generator<Element | null> {
  for (const root of roots) yield* eachScanRoot(root, undefined, shadowRoots);
}

/** Reads each root in steps (see readPageText) into `reading`: one item per step, for runInSlices. */
function* readingSteps(roots: Iterable<Element | null>, reading: PageReading): Generator<null> {
  for (const root of roots) {
    if (!root) {
      yield null;
      continue;
    }
    const steps = readPageText(root);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        reading.parts.push(step.value);
        reading.current = null;
        break;
      }
      reading.current = step.value;
      yield null;
    }
    // After every root too: most are small, and a page of thousands must still pause.
    yield null;
  }
}

/** Whether any block from `from` on holds a KB term, read in slices and stopping at the first. */
async function anyKbTerm(
  automaton: Automaton,
  blocks: readonly TextBlock[],
  slicing: SliceOptions,
  from: number,
) {
  let found = false;
  const hits = new HitBuffer();
  function* unread() {
    for (let i = from; i < blocks.length && !found; i++) yield blocks[i]!;
  }
  await runInSlices(unread(), (block) => void (found = hasKbTerm(automaton, block.text, hits)), slicing);
  return found;
}

/** The first piece of block `block` (pieces are in block order; only long blocks have several). */
function firstPieceOf(pieces: DetectionPieces, block: number): number {
  let lo = 0;
  let hi = pieces.blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pieces.place(mid, 0, 0).blockIndex < block) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The engine in the page: extraction (src/extract) here, detection and assessment
 * (src/detect) from the detector module, which is loaded only once the page's text
 * holds a KB term. The matcher is asked for at once and the page is read while it
 * comes (at 10,000 entries it takes longer to arrive than F3 takes to read). Large
 * pages are read root by root and detected in steps sized to take a few milliseconds,
 * all inside the 16 ms slices.
 */
export function engineFinder(
  requestMatcher: () => Promise<PageMatcher>,
  options: EngineFinderOptions,
  loadDetector: () => Promise<PageDetectorFactory>,
): ClaimFinder {
  // A failed request is asked again by the next scan (the background may have been starting).
  let matcher: Promise<LoadedPageMatcher> | null = null;
  let ready: LoadedPageMatcher | null = null;
  const loaded = () =>
    (matcher ??= requestMatcher()
      .then(loadPageMatcher)
      .then((m) => ((ready = m), options.mark?.('matcher-loaded'), m))
      .catch((error: unknown) => {
        matcher = null;
        ready = null;
        throw error;
      }));
  void loaded().catch(() => {});
  let detector: Promise<PageDetector> | null = null;
  // The module, asked for at the first KB term seen (see early-term-watch.ts).
  let detectorModule: Promise<PageDetectorFactory> | null = null;
  const importDetector = () =>
    (detectorModule ??= loadDetector().catch((error: unknown) => {
      detectorModule = null;
      throw error;
    }));
  // A large matcher's rest, asked for together with the detector module: both at the first KB term.
  let whole: Promise<LoadedPageMatcher> | null = null;
  const withRest = async (m: LoadedPageMatcher): Promise<LoadedPageMatcher> => {
    if (m.page.rest === undefined) return m;
    if (!options.requestRest)
      throw new Error('the matcher came without its rest, and there is no way to ask for it');
    const full = completePageMatcher(m, await options.requestRest(m.page.rest));
    options.mark?.('matcher-rest-loaded');
    return full;
  };
  const completed = (m: LoadedPageMatcher) =>
    (whole ??= withRest(m)
      .catch(async () => {
        // The KB changed since the matcher came, or the background restarted without it:
        // a new matcher then, its rest asked for at once.
        matcher = null;
        ready = null;
        return withRest(await loaded());
      })
      .then((full) => (ready = full))
      .catch((error: unknown) => {
        whole = null;
        throw error;
      }));
  const startDetector = () => {
    void importDetector().catch(() => {});
    if (ready) void completed(ready).catch(() => {});
  };
  let fresh = false;
  // Looked up with four document-wide queries: on a live blog, 20 appended posts were 20
  // lookups (10-18 ms in one task). Kept once found, until a new article (reset).
  let published: string | null = null;
  const readyDetector = async (m: LoadedPageMatcher, slicing: SliceOptions): Promise<PageDetector> => {
    options.mark?.('detector-request');
    const [factory, full] = await Promise.all([importDetector(), completed(m)]);
    const made = factory(full.page.prepared, full.tables);
    options.mark?.('detector-loaded');
    // The module arrived in a task of its own; its warm-up steps (the sentence-break tables,
    // first compiles: together over 50 ms on a busy machine) each get one too.
    for (const step of made.warmUpSteps) {
      await nextSlice(slicing);
      step();
    }
    options.mark?.('detector-warm');
    await nextSlice(slicing);
    return made;
  };
  return {
    reset() {
      fresh = true;
      published = null;
    },
    async find(roots, slicing) {
      const reading: PageReading = { parts: [], current: null };
      const shadowRoots: ShadowRoot[] = [];
      const watch = detector ? null : earlyTermWatch(reading, () => ready?.automaton ?? null, startDetector);
      await runInSlices(readingSteps(scanRootsOf(roots, shadowRoots), reading), () => watch?.step(), {
        ...slicing,
        budgetMs: READING_BUDGET_MS,
      });
      const text = joinedPageText(reading.parts);
      const pieces = detectionPieces(text.blocks);
      const waited = ready === null;
      const m = await loaded();
      // Resumed by the matcher's last message: this is its task, so a slice starts here (the
      // page had its turn while we waited). A forced pause here instead waited 4-22 ms
      // behind the page's own tasks on a short article, on the way to its first badge.
      if (waited) startSlice(slicing);
      if (!detector) {
        const hasTerm =
          watch?.found ||
          (await anyKbTerm(
            m.automaton,
            pieces.blocks,
            slicing,
            watch ? firstPieceOf(pieces, watch.clearBlocks) : 0,
          ));
        if (!hasTerm) return { text, claims: [], shadowRoots };
        detector = readyDetector(m, slicing).catch((error: unknown) => {
          detector = null;
          throw error;
        });
      }
      const engine = await detector;
      if (fresh) engine.reset();
      fresh = false;
      const detected: DetectedClaim[] = [];
      // Small at first: the first steps run code (and patterns) for the first time.
      let size = 4;
      function* steps() {
        // `size` adapts as steps run; each step covers exactly the blocks it was given.
        for (let start = 0, count = size; start < pieces.blocks.length; start += count, count = size) {
          yield [start, count] as const;
        }
      }
      await runInSlices(
        steps(),
        ([start, count]) => {
          const began = performance.now();
          for (const claim of engine.detect(pieces.blocks.slice(start, start + count))) {
            // A heading question of the step before comes back at -1; one of an earlier pass has no block here.
            const index = claim.blockIndex + start;
            if (index >= 0) detected.push({ ...claim, ...pieces.place(index, claim.start, claim.end) });
          }
          const took = performance.now() - began;
          // At most double: after a run of empty blocks, a step sized on them met a page's dense
          // part (a 53 ms CPU task at 10,000 entries).
          const fits = Math.round((count * STEP_TARGET_MS) / Math.max(took, 0.5));
          size = Math.max(4, Math.min(2 * count, 256, fits));
        },
        slicing,
      );
      const assessed = engine.assess(detected, {
        publishedAt: (published ??= options.publishedAt()),
        today: options.today(),
      });
      // The matcher the detector was made of: a new one if the KB changed on the way.
      const { local } = ready ?? m;
      const claims: BadgeClaim[] = assessed.map((claim) => {
        const outcome = engine.outcomeOf(claim.entryId);
        return { ...claim, ...(local.has(claim.entryId) && { local: true }), ...(outcome && { outcome }) };
      });
      return { text, claims, shadowRoots };
    },
  };
}
