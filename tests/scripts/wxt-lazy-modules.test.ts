import { describe, expect, it } from 'vitest';
import { COMPILE_ALL_HINT, moduleFileText } from '../../scripts/wxt-lazy-modules';
import { LAZY_MODULES } from '../../src/page/lazy-module-files';

describe('the lazily loaded modules as the build writes them', () => {
  it("puts V8's compile-everything hint on the detector's first line, alone", () => {
    const text = moduleFileText(LAZY_MODULES.detector, 'export const a=1;');
    expect(text.split('\n')).toEqual(['//# allFunctionsCalledOnLoad', 'export const a=1;']);
    expect(text.startsWith(`${COMPILE_ALL_HINT}\n`)).toBe(true);
  });

  it("leaves the popover's UI as built: most of it runs only as a reader clicks around", () => {
    expect(moduleFileText(LAZY_MODULES.popoverUi, 'export const a=1;')).toBe('export const a=1;');
  });
});
