#!/usr/bin/env -S npx tsx
// `npm run demo`: serves demo/ on 127.0.0.1 and opens Chromium with the built
// extension. Headed where a display exists; otherwise headless, printing the
// badges found and writing screenshots to demo-output/.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromiumWithExtension } from './lib/launch-chromium';
import { startStaticServer } from './lib/static-server';
import { readBadges, waitForAnnotation } from './lib/read-badges';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION = join(ROOT, process.env.STATUSMARK_OUT ?? '.output', 'chrome-mv3');
const OUTPUT = join(ROOT, 'demo-output');
const PAGES = ['eo-401k-report.html', 'dol-rescinds-guidance.html', 'state-pension-bills.html'];

async function main(): Promise<void> {
  const headed = Boolean(process.env.DISPLAY) && process.env.STATUSMARK_DEMO_HEADLESS !== '1';
  const server = await startStaticServer(join(ROOT, 'demo'));
  const browser = await launchChromiumWithExtension({ extensionDir: EXTENSION, headed });
  console.log(`Serving the demo articles at ${server.origin}/ (${headed ? 'headed' : 'headless'} Chromium)`);
  mkdirSync(OUTPUT, { recursive: true });
  let total = 0;
  for (const name of PAGES) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(`${server.origin}/${name}`);
    await waitForAnnotation(page);
    const badges = await readBadges(page);
    total += badges.length;
    console.log(`\n${name}: ${badges.length} badge(s)`);
    for (const badge of badges) console.log(`  ${badge.status.padEnd(10)} ${badge.entryId}`);
    if (!headed) {
      const shot = join(OUTPUT, name.replace(/\.html$/, '.png'));
      await page.screenshot({ path: shot, fullPage: true });
      console.log(`  screenshot: ${shot}`);
      await page.close();
    }
  }
  if (headed) {
    console.log('\nThe browser stays open: close its window (or press Ctrl+C) to end the demo.');
    await new Promise<void>((done) => browser.context.on('close', () => done()));
  } else {
    await browser.close();
  }
  await server.close();
  if (total === 0) {
    console.error('\nNo badge appeared on any demo page: the extension did not annotate.');
    process.exit(1);
  }
  console.log(`\n${total} badge(s) on ${PAGES.length} demo pages.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
