import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { feedBuildDefines, feedHostPermissions } from './scripts/lib/feed-build-config';
import { matcherBuildDefines } from './scripts/lib/matcher-build-config';
import { kbSnapshotHooks } from './scripts/wxt-kb-snapshot';
import { lazyModuleResources, withLazyModules } from './scripts/wxt-lazy-modules';

// Where builds go. Tests and helpers may build into their own folder
// (STATUSMARK_OUT) so two builds never overwrite each other.
const outDir = process.env.STATUSMARK_OUT ?? '.output';

export default defineConfig({
  outDir,
  // WXT's auto-imports hide where things come from; every import is explicit.
  imports: false,
  // Validates the KB entries and ships them as kb/snapshot.json (see scripts/wxt-kb-snapshot.ts);
  // adds the lazily loaded modules popover-ui.js and detector.js (see scripts/wxt-lazy-modules.ts).
  hooks: withLazyModules(kbSnapshotHooks),
  vite: () => ({
    plugins: [preact()],
    build: {
      // Keep bundles ASCII-only: Chromium refuses content scripts it reads as non-UTF-8.
      target: 'es2022',
    },
    esbuild: { charset: 'ascii' },
    // KB feed: trusted dev key (test builds only) and the default feed URL; the matcher's
    // message size (test builds only).
    define: { ...feedBuildDefines(process.env), ...matcherBuildDefines(process.env) },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Statusmark',
    description:
      'Status badges for retirement-crypto policy claims on news pages: proposed, reported, official or rescinded.',
    permissions: ['storage', 'alarms'],
    // The KB feed's host: asked for at runtime by the options page, never at install.
    ...feedHostPermissions(manifestVersion),
    ...lazyModuleResources(manifestVersion),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'statusmark@statusmark.dev',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
