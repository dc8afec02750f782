import type { BenchBrowser } from './bench-browser';
import { settled } from './bench-browser';
import { isolatedWorld, timedTask } from './isolated-world';

export interface FloorRun {
  ms: number;
  /** Characters and Text nodes under <body>; elements in the document. */
  chars: number;
  textNodes: number;
  elements: number;
  /** The same page without annotation: the baselines of heap and layout figures. */
  heapBytes: number;
  layoutMs: number;
}

/** The physical floor: one TreeWalker pass reading every Text node's data, in an isolated world, cold. */
export const FLOOR_SCRIPT = timedTask(`
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  let textNodes = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    chars += node.data.length;
    textNodes++;
  }
  return { chars, textNodes };
`);
/**
 * Counted after the timed walk, not inside it: the count is no part of the floor, and
 * it walks every element again (about 1.3 ms of F3's 17, measured 2026-11-29).
 */
const ELEMENT_COUNT = 'document.getElementsByTagName("*").length';

export async function floorRun(browser: BenchBrowser, fixturePath: string): Promise<FloorRun> {
  const bench = await browser.newPage('off');
  try {
    await bench.open(fixturePath);
    await settled(bench.page);
    const layoutMs = await bench.layoutMs();
    const heapBytes = await bench.heapAfterGc();
    const run = await isolatedWorld(bench.cdp);
    const { ms, value } = await run<{ ms: number; value: Pick<FloorRun, 'chars' | 'textNodes'> }>(
      FLOOR_SCRIPT,
    );
    const elements = await run<number>(ELEMENT_COUNT);
    return { ms, ...value, elements, heapBytes, layoutMs };
  } finally {
    await bench.close();
  }
}
