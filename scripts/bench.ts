/**
 * npm run bench: the performance benchmark (see bench/ and issue 8).
 *
 *   npm run bench                      every fixture and KB size in Chromium -> bench/results/latest.json
 *   npm run bench -- --quick           F1 at N = 50, three repetitions -> bench/results/quick.json
 *   npm run bench -- --engine [--quick] the engine alone in Node (bench/engine.ts)
 * Options: --out <file>, --reps <n>, --sizes 50,1000, --fixtures F1,F3, --peers naive,markjsRegExp
 * (or --peers none), --no-dynamic.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { FULL, QUICK, browserBench } from '../bench/browser-bench';
import { PEERS, type PeerName } from '../bench/browser/peer-run';
import type { FixtureName } from '../bench/fixtures/fixtures';
import { FIXTURE_NAMES } from '../bench/fixtures/fixtures';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    engine: { type: 'boolean', default: false },
    out: { type: 'string' },
    reps: { type: 'string' },
    sizes: { type: 'string' },
    fixtures: { type: 'string' },
    peers: { type: 'string' },
    'no-dynamic': { type: 'boolean', default: false },
  },
});

if (values.engine) {
  const args = ['--expose-gc', '--import', 'tsx', 'bench/engine.ts', ...(values.quick ? ['--quick'] : [])];
  process.exit(spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1);
}

const options = { ...(values.quick ? QUICK : FULL) };
if (values.reps) options.reps = Number(values.reps);
if (values.sizes) options.kbSizes = values.sizes.split(',').map(Number);
if (values.fixtures) {
  const names = values.fixtures.split(',');
  const unknown = names.filter((name) => !(FIXTURE_NAMES as readonly string[]).includes(name));
  if (unknown.length)
    throw new Error(`unknown fixture ${unknown.join(', ')} (known: ${FIXTURE_NAMES.join(', ')})`);
  options.fixtures = names as FixtureName[];
}
if (values.peers) {
  const names = values.peers === 'none' ? [] : values.peers.split(',');
  const unknown = names.filter((name) => !(PEERS as readonly string[]).includes(name));
  if (unknown.length) throw new Error(`unknown peer ${unknown.join(', ')} (known: ${PEERS.join(', ')})`);
  options.peers = names as PeerName[];
}
if (values['no-dynamic']) options.dynamic = false;
if (!Number.isInteger(options.reps) || options.reps < 1)
  throw new Error('--reps needs a positive whole number');

const out = values.out ?? (values.quick ? 'bench/results/quick.json' : 'bench/results/latest.json');
console.log(await browserBench(options, out));
