// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { ClaimFinder } from '../../src/page/page-text';
import { TIMING_ATTRIBUTE, markTiming, timedFinder } from '../../src/page/timing-marks';

const marks = () => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('statusmark:'));

const finder: ClaimFinder = {
  find: async () => ({
    text: {
      blocks: [
        { text: 'First block.', kind: 'paragraph' },
        { text: 'Second.', kind: 'paragraph' },
      ],
      locate: () => null,
      blockElement: () => null,
    },
    claims: [],
  }),
};

describe('timing marks for the benchmark', () => {
  afterEach(() => {
    document.documentElement.removeAttribute(TIMING_ATTRIBUTE);
    performance.clearMarks();
  });

  it('leaves no entry in the timeline of a page that did not ask for marks', async () => {
    markTiming('start');
    await timedFinder(finder).find([document.body], {});
    expect(marks()).toEqual([]);
  });

  it('marks each pass, with the blocks and characters it read, on a page that asks', async () => {
    document.documentElement.setAttribute(TIMING_ATTRIBUTE, '');
    markTiming('start');
    const found = await timedFinder(finder).find([document.body], {});
    expect(found.text.blocks).toHaveLength(2);
    expect(marks().map((m) => m.name)).toEqual([
      'statusmark:start',
      'statusmark:find-start',
      'statusmark:scan-done',
    ]);
    expect((marks()[2] as PerformanceMark).detail).toEqual({ blocks: 2, chars: 19, claims: 0 });
  });
});
