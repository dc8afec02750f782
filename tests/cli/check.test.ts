import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '../../src/cli/check/check-report';
import { runCli } from './run-command';

const DEMO = join(import.meta.dirname, '../../demo');
const EO_PAGE = join(DEMO, 'eo-401k-report.html');
const AS_OF = ['--as-of', '2026-11-27'];

async function checkJson(...args: string[]): Promise<CheckReport> {
  const run = await runCli(['check', ...args, '--json', ...AS_OF]);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as CheckReport;
}

describe('statusmark check', () => {
  it('returns the demo order as reported at publication, official now, outdated', async () => {
    const report = await checkJson(EO_PAGE);
    expect(report.publishedAt).toBe('2025-07-17T21:35:00-04:00');
    expect(report.title).toMatch(/^Trump readies executive order/);
    expect(report.url).toMatch(/^file:.*eo-401k-report\.html$/);
    expect(report.kb.entries).toBeGreaterThan(0);
    const order = report.claims.filter((c) => c.entryId === 'us-eo-14330-alt-assets-401k');
    expect(order.length).toBeGreaterThan(0);
    for (const claim of order) {
      expect(claim).toMatchObject({
        statusAtPublication: 'reported',
        currentStatus: 'official',
        outdated: true,
      });
    }
    expect(order[0]).toMatchObject({
      claimedStatus: 'reported',
      note: 'Reported 2025-07-17 \u00b7 signed 2025-08-07',
    });
  });

  it('prints exactly the fields of the JSON report', async () => {
    const report = await checkJson(EO_PAGE);
    expect(Object.keys(report)).toEqual(['url', 'title', 'publishedAt', 'kb', 'claims']);
    expect(Object.keys(report.claims[0]!)).toEqual([
      'text',
      'entryId',
      'entryTitle',
      'claimedStatus',
      'statusAtPublication',
      'currentStatus',
      'outdated',
      'note',
      'why',
    ]);
    expect(report.claims[0]!.text).not.toMatch(/\s{2,}|\n/);
  });

  it('gives no badge to the market sentences of the demo page', async () => {
    const report = await checkJson(EO_PAGE);
    expect(report.claims.some((c) => /GENIUS Act|exchange-traded funds drew/.test(c.text))).toBe(false);
  });

  it('prints a readable table by default', async () => {
    const run = await runCli(['check', EO_PAGE, ...AS_OF]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('published 2025-07-17T21:35:00-04:00');
    expect(run.stdout).toMatch(/reported\s+reported\s+official\s+us-eo-14330-alt-assets-401k {2}OUTDATED/);
    expect(run.stdout).toContain('Reported 2025-07-17 \u00b7 signed 2025-08-07');
  });

  it('reads a page from standard input with "-"', async () => {
    const html = await readFile(EO_PAGE, 'utf8');
    const child = spawn('node', [
      join(import.meta.dirname, '../../bin/statusmark.mjs'),
      'check',
      '-',
      '--json',
      ...AS_OF,
    ]);
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stdin.end(html);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as CheckReport;
    expect(report.url).toBeNull();
    expect(report.claims.some((c) => c.entryId === 'us-eo-14330-alt-assets-401k')).toBe(true);
  });

  describe('from a URL', () => {
    let server: Server;
    let base = '';
    beforeAll(async () => {
      const html = await readFile(EO_PAGE, 'utf8');
      server = createServer((request, response) => {
        if (request.url === '/article')
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
        else if (request.url === '/data')
          response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        else if (request.url === '/slow') setTimeout(() => response.end(html), 2000);
        else response.writeHead(404).end('not here');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => {
      server.closeAllConnections();
      server.close();
    });

    it('fetches and checks the page', async () => {
      const report = await checkJson(`${base}/article`);
      expect(report.url).toBe(`${base}/article`);
      expect(report.claims.length).toBeGreaterThan(0);
    });

    it('exits 1 with a message for an HTTP error, a non-HTML answer, a timeout or no server', async () => {
      const notFound = await runCli(['check', `${base}/missing`]);
      expect([notFound.code, notFound.stderr]).toEqual([1, expect.stringContaining('HTTP 404')]);
      const json = await runCli(['check', `${base}/data`]);
      expect([json.code, json.stderr]).toEqual([1, expect.stringContaining('is not an HTML page')]);
      process.env.STATUSMARK_FETCH_TIMEOUT_MS = '200';
      try {
        const slow = await runCli(['check', `${base}/slow`]);
        expect([slow.code, slow.stderr]).toEqual([1, expect.stringContaining('did not answer within 0.2 s')]);
      } finally {
        delete process.env.STATUSMARK_FETCH_TIMEOUT_MS;
      }
      const closed = await runCli(['check', 'http://127.0.0.1:9/article']);
      expect([closed.code, closed.stderr]).toEqual([1, expect.stringContaining('cannot reach')]);
    });
  });

  it('exits 1 for a file it cannot read or that is not HTML', async () => {
    const missing = await runCli(['check', join(DEMO, 'no-such-page.html')]);
    expect([missing.code, missing.stderr]).toEqual([1, expect.stringContaining('no such file')]);
    const folder = await runCli(['check', DEMO]);
    expect([folder.code, folder.stderr]).toEqual([1, expect.stringContaining('it is a folder')]);
    const css = await runCli(['check', join(DEMO, 'demo.css')]);
    expect([css.code, css.stderr]).toEqual([1, expect.stringContaining('does not look like an HTML page')]);
  });

  it('exits 2 on usage errors', async () => {
    for (const args of [[], [EO_PAGE, 'extra'], [EO_PAGE, '--as-of', '2026-02-30'], [EO_PAGE, '--colour']]) {
      const run = await runCli(['check', ...args]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('usage: statusmark check');
    }
  });
});
