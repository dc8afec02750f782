import preact from '@preact/preset-vite';
import { build, transformWithEsbuild, type Rollup } from 'vite';
import type { WxtHooks } from 'wxt';

/**
 * Ships the popover's UI (Preact, the popover and its styles) as one ES module,
 * popover-ui.js, which the content script imports only when a reader first opens a
 * badge (src/page/load-popover-ui.ts): every page loads a content script without it.
 * WXT builds unlisted scripts as IIFEs, so this module gets its own small Vite build,
 * added next to the public assets like the KB files.
 */
export const POPOVER_UI_FILE = 'popover-ui.js';
const ENTRY = 'src/ui/popover/popover-ui.tsx';

async function bundlePopoverUi(root: string): Promise<string> {
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
      lib: { entry: ENTRY, formats: ['es'], fileName: 'popover-ui' },
    },
  })) as Rollup.RollupOutput[] | Rollup.RollupOutput;
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  const entry = chunks.find((c): c is Rollup.OutputChunk => c.type === 'chunk' && c.isEntry);
  if (!entry || chunks.filter((c) => c.type === 'chunk').length !== 1) {
    throw new Error(`the popover UI must build to exactly one module (${ENTRY})`);
  }
  // Vite leaves whitespace in an ES library build (for downstream bundlers): minify it here.
  const minified = await transformWithEsbuild(entry.code, 'popover-ui.js', {
    minify: true,
    format: 'esm',
    charset: 'ascii',
    target: 'es2022',
  });
  return minified.code;
}

/** Adds popover-ui.js to the build, after whatever `hooks` already add. */
export function withPopoverUi(hooks: Partial<WxtHooks>): Partial<WxtHooks> {
  return {
    ...hooks,
    'build:publicAssets': async (wxt, files) => {
      await hooks['build:publicAssets']?.(wxt, files);
      files.push({ relativeDest: POPOVER_UI_FILE, contents: await bundlePopoverUi(wxt.config.root) });
    },
  };
}

/**
 * Pages' content scripts may import the module. In Chromium it is reachable only at a
 * per-session address (`use_dynamic_url`, which runtime.getURL gives the content
 * script): a page cannot tell Statusmark is installed by fetching a fixed URL. Firefox
 * (MV2) addresses an extension by a random per-install UUID already.
 */
export function popoverUiResources(manifestVersion: number) {
  const matches = ['http://*/*', 'https://*/*'];
  return {
    web_accessible_resources:
      manifestVersion === 3
        ? [{ resources: [POPOVER_UI_FILE], matches, use_dynamic_url: true }]
        : [POPOVER_UI_FILE],
  };
}
