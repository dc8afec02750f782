import { describe, expect, it } from 'vitest';
import { eventDateSchema, kbSnapshotSchema } from '../../src/kb/schema';
import { hashMatches } from '../../src/kb/snapshot';
import { runCli, spawnCli } from './run-command';

describe('statusmark kb export', () => {
  it('prints the shipped KB as a valid snapshot through bin/statusmark.mjs', async () => {
    const { code, stdout } = await spawnCli(['kb', 'export']);
    expect(code).toBe(0);
    const kb = kbSnapshotSchema.parse(JSON.parse(stdout));
    expect(await hashMatches(kb)).toBe(true);
    expect(kb.entries.map((e) => e.id)).toContain('us-eo-14330-alt-assets-401k');
    for (const entry of kb.entries) {
      for (const event of entry.events) {
        expect(eventDateSchema.safeParse(event.date).success).toBe(true);
        expect(event.sources.length).toBeGreaterThan(0);
        for (const source of event.sources) expect(source.url).toMatch(/^https:\/\//);
      }
    }
  }, 30_000);

  it('refuses arguments it does not know with exit 2', async () => {
    const { code, stderr } = await runCli(['kb', 'export', '--pretty']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^statusmark kb export: .*--pretty/);
  });
});
