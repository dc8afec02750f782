#!/usr/bin/env -S npx tsx
// `npm run eval`: runs the claim detector over the labelled corpus in
// tests/fixtures/corpus and reports precision, recall and claimed-status accuracy.
//   --part dev|holdout|all   which pages to run (default all)
//   --json                   machine-readable summary on stdout
//   --check                  exit 1 when the overall scores miss the targets
//   --reveal-holdout         print holdout sentences (for whoever maintains the labels)
import { parseArgs } from 'node:util';
import { loadCorpus, type CorpusPart } from './lib/corpus-pages';
import { loadDetector } from './lib/eval-detector';
import { matchPage } from './lib/eval-match';
import { formatReport } from './lib/eval-report';
import { summarise, targetFailures, TARGETS, type PageResult } from './lib/eval-summary';

const USAGE = 'usage: npm run eval -- [--part dev|holdout|all] [--json] [--check] [--reveal-holdout]';

async function main(argv: string[]): Promise<number> {
  let options;
  try {
    options = parseArgs({
      args: argv,
      options: {
        part: { type: 'string', default: 'all' },
        json: { type: 'boolean', default: false },
        check: { type: 'boolean', default: false },
        'reveal-holdout': { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`eval: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const chosen: Record<string, CorpusPart[]> = {
    dev: ['dev'],
    holdout: ['holdout'],
    all: ['dev', 'holdout'],
  };
  const parts = chosen[options.part];
  if (!parts) {
    console.error(`eval: --part must be dev, holdout or all, not "${options.part}"\n${USAGE}`);
    return 2;
  }

  const detector = await loadDetector();
  const results: PageResult[] = loadCorpus(parts).map((page) => {
    const run = detector.run(page.html);
    return { page, match: matchPage(page.labels, run.detections), publishedAt: run.publishedAt };
  });
  const summary = summarise(results, detector.kbEntryIds, options['reveal-holdout']);
  const overall = summary.parts[options.part === 'all' ? 'all' : (options.part as CorpusPart)]?.overall;
  const failures = overall ? targetFailures(overall) : ['no pages were evaluated'];

  if (options.json) {
    console.log(JSON.stringify({ ...summary, check: { targets: TARGETS, failures } }, null, 2));
  } else {
    console.log(formatReport(summary));
    console.log(
      `\nTargets (precision >= ${TARGETS.precision}, recall >= ${TARGETS.recall}, status >= ${TARGETS.statusAccuracy}): ${failures.length === 0 ? 'met' : `missed: ${failures.join('; ')}`}`,
    );
  }
  return options.check && failures.length > 0 ? 1 : 0;
}

// exitCode, not exit(): exit() cuts off a long --json report written to a pipe.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
