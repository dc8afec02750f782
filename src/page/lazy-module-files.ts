/**
 * The content script's lazily loaded modules, as the build writes them
 * (scripts/wxt-lazy-modules.ts reads this list too, so the names live in one place).
 */
/** A module as the build makes it: its file, its entry source, and whether V8 should compile all of it on load. */
export interface LazyModuleFile {
  file: string;
  entry: string;
  compileAll?: boolean;
}

export const LAZY_MODULES = {
  /** The popover's UI, on a reader's first click on a badge. */
  popoverUi: { file: 'popover-ui.js', entry: 'src/ui/popover/popover-ui.tsx' },
  /**
   * Detection and assessment, on the first page text that holds a KB term. Nearly every
   * function of it runs on the page that loads it, so the build asks V8 to compile them
   * all as the module loads (scripts/wxt-lazy-modules.ts), not each on its first call.
   */
  detector: { file: 'detector.js', entry: 'src/page/detector-module.ts', compileAll: true },
} as const satisfies Record<string, LazyModuleFile>;

export type LazyModuleName = keyof typeof LAZY_MODULES;
