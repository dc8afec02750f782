import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parsePageLabels, type PageLabels } from './corpus-labels';

/** The evaluation corpus on disk: tests/fixtures/corpus/{dev,holdout}/<name>.html + <name>.labels.json. */

export const CORPUS_DIR = resolve(import.meta.dirname, '../../tests/fixtures/corpus');
export const CORPUS_PARTS = ['dev', 'holdout'] as const;
export type CorpusPart = (typeof CORPUS_PARTS)[number];

export interface CorpusPage {
  part: CorpusPart;
  /** File name without extension, e.g. "eo-401k-signing". */
  name: string;
  /** "dev/eo-401k-signing.html": how reports name the page. */
  path: string;
  html: string;
  labels: PageLabels;
}

/** Every page of the given parts, in a stable order; throws when a page lacks a labels file or vice versa. */
export function loadCorpus(
  parts: readonly CorpusPart[] = CORPUS_PARTS,
  dir: string = CORPUS_DIR,
): CorpusPage[] {
  const pages: CorpusPage[] = [];
  for (const part of parts) {
    const files = readdirSync(join(dir, part)).sort();
    const htmlNames = files.filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -'.html'.length));
    const labelNames = files
      .filter((f) => f.endsWith('.labels.json'))
      .map((f) => f.slice(0, -'.labels.json'.length));
    const unpaired = [
      ...htmlNames.filter((n) => !labelNames.includes(n)).map((n) => `${part}/${n}.html has no labels file`),
      ...labelNames.filter((n) => !htmlNames.includes(n)).map((n) => `${part}/${n}.labels.json has no page`),
    ];
    if (unpaired.length > 0) throw new Error(unpaired.join('\n'));
    for (const name of htmlNames) {
      const labelsFile = join(dir, part, `${name}.labels.json`);
      pages.push({
        part,
        name,
        path: `${part}/${name}.html`,
        html: readFileSync(join(dir, part, `${name}.html`), 'utf8'),
        labels: parsePageLabels(readFileSync(labelsFile, 'utf8'), `${part}/${name}.labels.json`),
      });
    }
  }
  return pages;
}
