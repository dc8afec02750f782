import { prepareMatcher } from '../../src/detect/prepare-matcher';
import { DYNAMIC, dynamicAppends, fixture, type FixtureName } from '../fixtures/fixtures';
import { benchKb } from '../kb/bench-kb';
import { peerTerms, type PeerTerms } from '../kb/peer-terms';
import { launchBenchBrowser, type BenchBrowser } from './bench-browser';
import { buildBenchExtension } from './build-extension';
import { dynamicRun, type DynamicRun } from './dynamic-run';
import { startFixtureServer } from './fixture-server';
import { floorRun, type FloorRun } from './floor-run';
import { matcherMessages, matcherParseRun } from './matcher-parse-run';
import { peerRun, type PeerName } from './peer-run';
import { statusmarkRun, tracedStatusmarkRun, type StatusmarkRun } from './statusmark-run';
import type { ExtensionTask } from './traced-run';

export interface BrowserBenchOptions {
  kbSizes: readonly number[];
  fixtures: readonly FixtureName[];
  peers: readonly PeerName[];
  dynamic: boolean;
  warmup: number;
  reps: number;
  /** A peer run longer than this is stopped and the peer reported as too slow. */
  peerTimeoutMs: number;
  /** Untimed runs of each case under a DevTools trace, for the extension's longest task. */
  tracedRuns: number;
}

/** Everything measured for one fixture at one KB size. */
export interface CaseSamples {
  fixture: FixtureName;
  kbSize: number;
  floor: FloorRun[];
  statusmark: StatusmarkRun[];
  peers: Partial<Record<PeerName, number[]>>;
  failures: Partial<Record<PeerName, string>>;
  /** The extension's longest task in each traced run (after the timed ones). */
  traced: ExtensionTask[];
}

export interface SizeInfo {
  kbSize: number;
  matcherBytes: number;
  /** Chromium's share of loading the matcher, per repetition: parsing its messages (see matcher-parse-run.ts). */
  matcherParseMs: number[];
  /** The same for the rest of a large matcher, which a page with a KB term asks for (empty when it comes whole). */
  matcherRestParseMs: number[];
  contentScriptBytes: number;
  dynamic: DynamicRun[];
  /** F3-dyn's traced runs (after the timed ones). */
  dynamicTraced: ExtensionTask[];
  /** F3-dyn's traced runs: the extension's CPU per append (see DynamicRun). */
  dynamicCpuPerAppendMs: number[];
}

export interface BrowserBenchSamples {
  cases: CaseSamples[];
  sizes: SizeInfo[];
  chromium: string;
}

const rotate = <T>(list: readonly T[], by: number) => {
  const k = by % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
};

/**
 * Runs every method on every fixture at every KB size, interleaved: each repetition
 * goes through the sizes, fixtures and methods in an order rotated by one, so slow
 * drifts of the machine spread over all of them. The first `warmup` repetitions are
 * thrown away (they also let each build's background prepare its matcher).
 */
export async function runCases(
  options: BrowserBenchOptions,
  log: (line: string) => void,
): Promise<BrowserBenchSamples> {
  const server = await startFixtureServer();
  const browsers = new Map<number, { browser: BenchBrowser; terms: PeerTerms; info: SizeInfo }>();
  const messages = new Map<number, ReturnType<typeof matcherMessages>>();
  try {
    for (const kbSize of options.kbSizes) {
      const build = await buildBenchExtension(kbSize, log);
      const entries = await benchKb(kbSize);
      const prepared = prepareMatcher(entries);
      messages.set(kbSize, matcherMessages({ prepared, localEntryIds: [], kbVersion: 1 }));
      const info = {
        kbSize,
        matcherBytes: JSON.stringify(prepared).length,
        matcherParseMs: [],
        matcherRestParseMs: [],
        contentScriptBytes: build.contentScriptBytes,
        dynamic: [],
        dynamicTraced: [],
        dynamicCpuPerAppendMs: [],
      };
      browsers.set(kbSize, {
        browser: await launchBenchBrowser(build, server.port),
        terms: peerTerms(entries),
        info,
      });
    }
    const cases = new Map<string, CaseSamples>();
    for (const kbSize of options.kbSizes)
      for (const name of options.fixtures)
        cases.set(`${name}/${kbSize}`, {
          fixture: name,
          kbSize,
          floor: [],
          statusmark: [],
          peers: {},
          failures: {},
          traced: [],
        });

    for (let rep = 0; rep < options.warmup + options.reps; rep++) {
      const measured = rep >= options.warmup;
      log(`${measured ? 'repetition' : 'warm-up'} ${measured ? rep - options.warmup + 1 : rep + 1}`);
      for (const kbSize of rotate(options.kbSizes, rep)) {
        const { browser, terms, info } = browsers.get(kbSize)!;
        for (const name of rotate(options.fixtures, rep)) {
          const samples = cases.get(`${name}/${kbSize}`)!;
          const path = `/${name}`;
          const methods = rotate(['floor', 'statusmark', ...options.peers] as const, rep);
          for (const method of methods) {
            if (method === 'floor') {
              const run = await floorRun(browser, path);
              if (measured) samples.floor.push(run);
            } else if (method === 'statusmark') {
              const run = await statusmarkRun(browser, path, fixture(name).truth);
              if (measured) samples.statusmark.push(run);
              // A wrong or missing badge is a defect to look at, not only a figure.
              for (const wrong of run.score.extra)
                log(`  ${name} at ${kbSize}: badge not in the truth: ${wrong}`);
              for (const lost of run.score.missed) log(`  ${name} at ${kbSize}: no badge for ${lost}`);
            } else if (!samples.failures[method]) {
              try {
                const run = await peerRun(browser, path, method, terms, options.peerTimeoutMs);
                if (measured) (samples.peers[method] ??= []).push(run.ms);
              } catch (error) {
                samples.failures[method] = (error as Error).message.slice(0, 120);
                log(`  ${method} on ${name} at ${kbSize}: ${samples.failures[method]}`);
              }
            }
          }
        }
        const { now, later } = messages.get(kbSize)!;
        const parseMs = await matcherParseRun(browser, now);
        if (measured) info.matcherParseMs.push(parseMs);
        if (later.length > 0) {
          const restParseMs = await matcherParseRun(browser, later);
          if (measured) info.matcherRestParseMs.push(restParseMs);
        }
        if (options.dynamic) {
          const run = await dynamicRun(browser, fixture(DYNAMIC.base).truth, dynamicAppends());
          if (measured) info.dynamic.push(run);
        }
      }
    }
    // Then, untimed, each case under a DevTools trace: whose task was each long one.
    for (let run = 0; run < options.tracedRuns; run++) {
      log(`traced run ${run + 1}`);
      for (const kbSize of options.kbSizes) {
        const { browser, info } = browsers.get(kbSize)!;
        const noted = (what: string, task: ExtensionTask) => {
          log(
            `  ${what} at ${kbSize}: longest extension task ${task.wallMs} ms (${task.cpuMs} ms CPU): ${task.detail}`,
          );
          return task;
        };
        for (const name of options.fixtures) {
          const task = await tracedStatusmarkRun(browser, `/${name}`);
          cases.get(`${name}/${kbSize}`)!.traced.push(noted(name, task));
        }
        if (options.dynamic) {
          const run = await dynamicRun(browser, fixture(DYNAMIC.base).truth, dynamicAppends(), {
            traced: true,
          });
          if (run.extensionTask) info.dynamicTraced.push(noted('F3-dyn', run.extensionTask));
          if (run.cpuPerAppendMs !== undefined) {
            info.dynamicCpuPerAppendMs.push(run.cpuPerAppendMs);
            log(`  F3-dyn at ${kbSize}: extension CPU ${run.cpuPerAppendMs.toFixed(2)} ms per append`);
          }
        }
      }
    }
    const chromium = (await browsers.values().next().value?.browser.version()) ?? '';
    return { cases: [...cases.values()], sizes: [...browsers.values()].map((b) => b.info), chromium };
  } finally {
    for (const { browser } of browsers.values()) await browser.close();
    await server.close();
  }
}
