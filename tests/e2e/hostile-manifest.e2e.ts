import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD, ROOT } from './harness/paths';

/**
 * Least privilege, checked on the built extensions (no browser needed): the manifests
 * ask for exactly what the README's "Permissions" table lists and explains, extension
 * pages get no eval and no remote script, and `web-ext lint` finds no error and only the
 * warnings the README explains.
 */

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; all_frames?: boolean; match_about_blank?: boolean }[];
  content_security_policy?: string | Record<string, string>;
  web_accessible_resources?: (
    string | { resources: string[]; matches: string[]; use_dynamic_url?: boolean }
  )[];
  externally_connectable?: unknown;
}

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The rows of the first Markdown table under a heading: cells per row, header and rule left out. */
function tableUnder(heading: string): string[][] {
  const start = README.indexOf(`\n${heading}\n`);
  if (start === -1) throw new Error(`README has no "${heading}" section`);
  const lines = README.slice(start).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}
const codeSpans = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

/** What the README says is asked for, by when. */
function readmePermissions() {
  const rows = tableUnder('## Permissions');
  const install = rows.filter((r) => /install/.test(r[1]!) && !r[0]!.startsWith('content script'));
  return {
    install: install.flatMap((r) => codeSpans(r[0]!)).sort(),
    contentScripts: rows
      .filter((r) => r[0]!.startsWith('content script'))
      .flatMap((r) => codeSpans(r[0]!))
      .sort(),
    optional: rows
      .filter((r) => /run time/.test(r[1]!))
      .flatMap((r) => codeSpans(r[0]!))
      .sort(),
    explained: rows.every((r) => r[2]!.length > 20),
  };
}

const isOrigin = (p: string) => p.includes('://') || p === '<all_urls>';

describe('the built manifests ask for what the README lists, and no more', () => {
  const readme = readmePermissions();

  it('the README explains every permission', () => {
    expect(readme.install.length).toBeGreaterThan(0);
    expect(readme.explained).toBe(true);
  });

  it.each([
    ['Chromium (MV3)', CHROME_BUILD],
    ['Firefox (MV2)', FIREFOX_BUILD],
  ])('%s: install-time permissions, content-script sites and optional hosts', (_name, dir) => {
    const manifest = manifestOf(dir);
    const installed = manifest.permissions ?? [];
    // Nothing but the listed API permissions at install, and no host access beyond the content script.
    expect([...installed].sort()).toEqual(readme.install);
    expect(installed.filter(isOrigin)).toEqual([]);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect([...new Set(manifest.content_scripts?.flatMap((c) => c.matches))].sort()).toEqual(
      readme.contentScripts,
    );
    expect(manifest.content_scripts?.some((c) => c.all_frames || c.match_about_blank)).toBe(false);
    const optional =
      manifest.manifest_version === 3 ? manifest.optional_host_permissions : manifest.optional_permissions;
    expect([...(optional ?? [])].sort()).toEqual(readme.optional);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('Chromium serves its two lazily loaded modules at a per-session address only', () => {
    const modules = ['popover-ui.js', 'detector.js'];
    expect(manifestOf(CHROME_BUILD).web_accessible_resources).toEqual([
      { resources: modules, matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
    ]);
    expect(manifestOf(FIREFOX_BUILD).web_accessible_resources).toEqual(modules);
  });
});

describe('extension pages run no eval and no remote script', () => {
  it.each([
    ['Chromium (MV3)', CHROME_BUILD],
    ['Firefox (MV2)', FIREFOX_BUILD],
  ])('%s: the CSP is the browser default or stricter', (_name, dir) => {
    const csp = manifestOf(dir).content_security_policy;
    const policies = typeof csp === 'string' ? [csp] : Object.values(csp ?? {});
    for (const policy of policies) {
      expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*|data:|blob:/);
      expect(policy).toMatch(/script-src 'self'/);
    }
  });

  it.each([
    ['Chromium (MV3)', CHROME_BUILD],
    ['Firefox (MV2)', FIREFOX_BUILD],
  ])('%s: every extension page loads only its own files, with no inline script', (_name, dir) => {
    const pages = readdirSync(dir).filter((file) => file.endsWith('.html'));
    expect(pages.sort()).toEqual(['options.html', 'popup.html']);
    for (const page of pages) {
      const html = readFileSync(join(dir, page), 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length, page).toBeGreaterThan(0);
      for (const [, attributes, body] of scripts) {
        expect(attributes, page).toMatch(/\bsrc="\/[^/]/);
        expect(body!.trim(), page).toBe('');
      }
      for (const [, url] of html.matchAll(/\b(?:src|href)="([^"]*)"/g)) expect(url, page).toMatch(/^\/[^/]/);
      expect(html, page).not.toMatch(/\bon[a-z]+=/i);
    }
  });
});

describe('web-ext lint on the Firefox build', () => {
  it('reports no error, and only warnings the README explains', async () => {
    const { stdout } = await promisify(execFile)(
      'npx',
      ['web-ext', 'lint', '--source-dir', FIREFOX_BUILD, '--self-hosted', '--output', 'json'],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
      errors: { code: string; file?: string }[];
      warnings: { code: string; file?: string }[];
    };
    expect(report.errors).toEqual([]);
    const explained = tableUnder('### Web-ext lint').map((row) => ({
      code: codeSpans(row[0]!)[0]!,
      file: new RegExp(`^${codeSpans(row[1]!)[0]!.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]+')}$`),
    }));
    const unexplained = report.warnings.filter(
      (w) => !explained.some((e) => e.code === w.code && e.file.test(w.file ?? '')),
    );
    expect(unexplained).toEqual([]);
    const stale = explained.filter(
      (e) => !report.warnings.some((w) => w.code === e.code && e.file.test(w.file ?? '')),
    );
    expect(stale.map((e) => `${e.code} ${e.file}`)).toEqual([]);
  });
});
