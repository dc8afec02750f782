import { parseArgs } from 'node:util';
import { snapshotFromEntryFiles } from '../../kb/snapshot-from-files';
import type { Command } from '../main';

/**
 * Prints the shipped KB, built from src/kb/entries exactly as the extension build
 * bundles it: { format, version, generatedAt, hash, entries }.
 */
export const command: Command = {
  usage: 'kb export',
  summary: 'print the shipped KB as JSON (version, generatedAt, hash, entries)',
  async run(args) {
    try {
      parseArgs({ args, options: {}, allowPositionals: false });
    } catch (error) {
      console.error(`statusmark kb export: ${(error as Error).message}\nusage: statusmark kb export`);
      return 2;
    }
    const result = await snapshotFromEntryFiles();
    if (!result.ok) {
      console.error(`statusmark kb export: the KB has ${result.problems.length} problem(s):`);
      for (const problem of result.problems) console.error(`  ${problem}`);
      return 1;
    }
    console.log(JSON.stringify(result.snapshot, null, 2));
    return 0;
  },
};
