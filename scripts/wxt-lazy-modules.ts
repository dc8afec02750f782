import preact from '@preact/preset-vite';
import { build, transformWithEsbuild, type Rollup } from 'vite';
import type { WxtHooks } from 'wxt';
import { LAZY_MODULES, type LazyModuleFile } from '../src/page/lazy-module-files';

/**
 * Modules the content script imports only when it needs them, so every page loads a
 * content script without them (src/page/lazy-module-files.ts lists them, and
 * src/page/load-own-module.ts imports them): the popover's UI on a reader's first click,
 * detection and assessment when a page's text first holds a KB term. WXT builds unlisted
 * scripts as IIFEs, so each module gets its own small Vite build, added next to the
 * public assets like the KB files.
 */
const MODULES: readonly LazyModuleFile[] = Object.values(LAZY_MODULES);

/**
 * V8's explicit compile hint (Chromium 136+; a comment elsewhere): compile every function
 * of the file as it loads, instead of pre-parsing each and compiling it on its first call.
 * Interleaved A/B in the bench, detector.js with and without it, 11 cold runs each (N = 50):
 * F1 133 -> 118 ms to the last badge, F2 158 -> 148, F3 268 -> 260.
 */
export const COMPILE_ALL_HINT = '//# allFunctionsCalledOnLoad';

/** The module's code as the build writes it: with the compile hint on its first line if it asks for one. */
export function moduleFileText(module: LazyModuleFile, code: string): string {
  return module.compileAll ? `${COMPILE_ALL_HINT}\n${code}` : code;
}

async function bundleModule(root: string, module: LazyModuleFile): Promise<string> {
  const { file, entry: source } = module;
  const output = (await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [preact()],
    // ASCII only, like every other bundle: Chromium refuses scripts it reads as non-UTF-8.
    esbuild: { charset: 'ascii' },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: source, formats: ['es'], fileName: file.replace(/\.js$/, '') },
    },
  })) as Rollup.RollupOutput[] | Rollup.RollupOutput;
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  const entry = chunks.find((c): c is Rollup.OutputChunk => c.type === 'chunk' && c.isEntry);
  if (!entry || chunks.filter((c) => c.type === 'chunk').length !== 1) {
    throw new Error(`${file} must build to exactly one module (${source})`);
  }
  // Vite leaves whitespace in an ES library build (for downstream bundlers): minify it here.
  const minified = await transformWithEsbuild(entry.code, file, {
    minify: true,
    format: 'esm',
    charset: 'ascii',
    target: 'es2022',
  });
  return moduleFileText(module, minified.code);
}

/** Adds the lazily loaded modules to the build, after whatever `hooks` already add. */
export function withLazyModules(hooks: Partial<WxtHooks>): Partial<WxtHooks> {
  return {
    ...hooks,
    'build:publicAssets': async (wxt, files) => {
      await hooks['build:publicAssets']?.(wxt, files);
      for (const module of MODULES) {
        files.push({ relativeDest: module.file, contents: await bundleModule(wxt.config.root, module) });
      }
    },
  };
}

/**
 * Pages' content scripts may import the modules. In Chromium it is reachable only at a
 * per-session address (`use_dynamic_url`, which runtime.getURL gives the content
 * script): a page cannot tell Statusmark is installed by fetching a fixed URL. Firefox
 * (MV2) addresses an extension by a random per-install UUID already.
 */
export function lazyModuleResources(manifestVersion: number) {
  const matches = ['http://*/*', 'https://*/*'];
  const resources = MODULES.map((module) => module.file);
  return {
    web_accessible_resources:
      manifestVersion === 3 ? [{ resources, matches, use_dynamic_url: true }] : resources,
  };
}
