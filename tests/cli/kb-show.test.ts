import { describe, expect, it } from 'vitest';
import { runCli } from './run-command';

const EO = 'us-eo-14330-alt-assets-401k';

describe('statusmark kb show', () => {
  it('says reported on 2025-07-20, before the order was signed', async () => {
    const { code, stdout } = await runCli(['kb', 'show', EO, '--at', '2025-07-20']);
    expect(code).toBe(0);
    expect(stdout).toContain('Status on 2025-07-20: reported (since 2025-07-17)');
  });

  it('says official on 2025-08-08, the day after the signing', async () => {
    const { stdout } = await runCli(['kb', 'show', EO, '--at', '2025-08-08']);
    expect(stdout).toContain('Status on 2025-08-08: official (since 2025-08-07)');
    // Official since it was signed, not since a later official event (its publication).
    expect(stdout).toMatch(/Status today \(\d{4}-\d{2}-\d{2}\): official \(since 2025-08-07\)/);
  });

  it('prints title, kind, jurisdiction, timeline with sources, and caveats', async () => {
    const { stdout } = await runCli(['kb', 'show', EO, '--at', '2025-08-08']);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(EO);
    expect(lines[1]).toMatch(/^Executive Order 14330/);
    expect(lines).toContain('Kind: executive order');
    expect(lines).toContain('Jurisdiction: US');
    expect(stdout).toMatch(/^ {2}2025-08-07 {2}official {3}President Trump signed/m);
    expect(stdout).toMatch(/The White House \(primary\): "Democratizing Access/);
    expect(stdout).toMatch(/^Caveats:\n {2}- The order does not itself allow crypto/m);
  });

  it('prints the status and entry as JSON with --json', async () => {
    const { stdout } = await runCli(['kb', 'show', EO, '--at', '2025-07-20', '--json']);
    expect(JSON.parse(stdout)).toMatchObject({
      at: '2025-07-20',
      status: 'reported',
      since: '2025-07-17',
      entry: { id: EO },
    });
  });

  it('says there is no status before the first event', async () => {
    const { stdout } = await runCli(['kb', 'show', EO, '--at', '2025-01-01']);
    expect(stdout).toContain('Status on 2025-01-01: no status yet (the first event is on 2025-07-17)');
  });

  it('exits 1 for an unknown id and suggests close ones', async () => {
    const { code, stderr } = await runCli(['kb', 'show', 'us-eo-14330']);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^statusmark kb show: no entry with id "us-eo-14330"\. Did you mean: us-eo-14330-alt-assets-401k/,
    );
  });

  it.each([
    [['kb', 'show']],
    [['kb', 'show', EO, '--at', '2025-02-30']],
    [['kb', 'show', EO, '--at', '20250720']],
    [['kb', 'show', EO, 'extra']],
    [['kb', 'show', EO, '--when', 'now']],
  ])('exits 2 for bad usage: %j', async (args) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toContain('usage: statusmark kb show <id> [--at YYYY-MM-DD] [--json]');
  });
});
