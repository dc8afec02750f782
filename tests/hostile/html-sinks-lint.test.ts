import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * Page and KB strings are never HTML and never code: the lint config (eslint.config.js)
 * must refuse every way of turning a string into markup or script, in every part of the
 * extension. Each snippet is linted as if it were a file at each path below.
 */

const PLACES = [
  'entrypoints/content.ts',
  'entrypoints/background.ts',
  'entrypoints/popup/main.tsx',
  'entrypoints/options/main.tsx',
  'src/page/hostile-sink.ts',
  'src/ui/popover/HostileSink.tsx',
  'src/ui/options/HostileSink.tsx',
  'src/background/hostile-sink.ts',
  'src/db/hostile-sink.ts',
  'src/extract/hostile-sink.ts',
];

/** A sink, written as code would use it with a string from a page, the KB or a file. */
const SINKS: [name: string, code: string][] = [
  ['innerHTML', 'export function f(el: Element, text: string) { el.innerHTML = text; }'],
  ['innerHTML +=', 'export function f(el: Element, text: string) { el.innerHTML += text; }'],
  ['outerHTML', 'export function f(el: Element, text: string) { el.outerHTML = text; }'],
  [
    'insertAdjacentHTML',
    "export function f(el: Element, text: string) { el.insertAdjacentHTML('beforeend', text); }",
  ],
  ['document.write', 'export function f(text: string) { document.write(text); }'],
  ['document.writeln', 'export function f(text: string) { document.writeln(text); }'],
  [
    'createContextualFragment',
    'export function f(r: Range, text: string) { return r.createContextualFragment(text); }',
  ],
  ['iframe srcdoc', 'export function f(frame: HTMLIFrameElement, text: string) { frame.srcdoc = text; }'],
  [
    'setAttribute srcdoc',
    "export function f(frame: Element, text: string) { frame.setAttribute('srcdoc', text); }",
  ],
  ['setAttribute on*', "export function f(el: Element, text: string) { el.setAttribute('onclick', text); }"],
  ['JSX srcDoc', 'export const F = ({ text }: { text: string }) => <iframe srcDoc={text} />;'],
  [
    'setHTMLUnsafe',
    'export function f(el: Element, text: string) { (el as unknown as { setHTMLUnsafe(t: string): void }).setHTMLUnsafe(text); }',
  ],
  ['new Function', "export function f(text: string) { return new Function('x', text); }"],
  ['eval', 'export function f(text: string) { return eval(text); }'],
  ['setTimeout with a string', "export function f() { setTimeout('alert(1)', 0); }"],
  [
    'dangerouslySetInnerHTML',
    'export const F = ({ text }: { text: string }) => <div dangerouslySetInnerHTML={{ __html: text }} />;',
  ],
];

const eslint = new ESLint({ cwd: process.cwd() });

async function problemsAt(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the lint rules refuse every HTML and code sink, everywhere', () => {
  for (const [name, code] of SINKS) {
    it(`refuses ${name} in every part of the extension`, async () => {
      for (const place of PLACES) {
        // JSX only parses in .tsx files; every other sink everywhere.
        if (code.includes('=> <') && !place.endsWith('.tsx')) continue;
        const problems = await problemsAt(place, code);
        expect(problems, `${name} in ${place}`).not.toEqual([]);
      }
    });
  }

  it('accepts the safe way: text as text', async () => {
    for (const place of PLACES) {
      expect(
        await problemsAt(
          place,
          "export function f(el: Element, text: string) { el.textContent = text; el.append(text); el.setAttribute('data-state', 'on'); }",
        ),
        place,
      ).toEqual([]);
    }
  });
});
