// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { render } from 'preact';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { isSafeLink } from '../../src/ui/popover/safe-link';
import { SafeLink } from '../../src/ui/shared/SafeLink';

/**
 * Only https links reach a reader, and all of them pass one check: `SafeLink`
 * (src/ui/shared/SafeLink.tsx, with `isSafeLink`). Every other link the popover, the
 * popup and the options page can render is internal: a `#/...` route of the options
 * page, or the options page itself. Checked on the source, so a new link cannot slip by.
 */

const ROOT = join(import.meta.dirname, '../..');
const SAFE_LINK = 'src/ui/shared/SafeLink.tsx';

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && /\.tsx?$/.test(f.name))
    .map((f) => relative(ROOT, join(f.parentPath, f.name)));
}
const UI_FILES = [...sourceFiles('src/ui'), ...sourceFiles('entrypoints'), ...sourceFiles('src/page')];

/** An href the options page resolves itself: a `#/` route, built by the router or written out. */
const INTERNAL_HREF = [
  /^'#\/[^']*'$|^"#\/[^"]*"$/, // '#/' literals
  /^(routeHash|entryHash)\(/, // the options router (src/ui/options/route.ts)
  /^s\.hash$/, // the options page's section links, '#/...' (checked below)
  /^entryUrl\(/, // the popup's link to an entry's page in options (runtime.getURL)
];

interface Link {
  file: string;
  href: string;
  target: string | null;
}

function linksIn(file: string): Link[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const links: Link[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) &&
      node.tagName.getText() === 'a'
    ) {
      const attr = (name: string) =>
        node.attributes.properties.find(
          (p): p is ts.JsxAttribute => ts.isJsxAttribute(p) && p.name.getText() === name,
        );
      const value = (a: ts.JsxAttribute | undefined): string[] => {
        const init = a?.initializer;
        if (!init) return [];
        if (!ts.isJsxExpression(init)) return [init.getText()];
        // `cond ? a : b` can render either: both count.
        const alternatives = (e: ts.Expression | undefined): string[] =>
          !e
            ? []
            : ts.isConditionalExpression(e)
              ? [...alternatives(e.whenTrue), ...alternatives(e.whenFalse)]
              : [e.getText()];
        return alternatives(init.expression);
      };
      const target = value(attr('target'))[0] ?? null;
      for (const href of value(attr('href'))) links.push({ file, href, target });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return links;
}

describe('every link the extension can render', () => {
  const links = UI_FILES.flatMap(linksIn);

  it('goes to an outside site only through SafeLink', () => {
    expect(links.length).toBeGreaterThan(5);
    const outside = links.filter((l) => !INTERNAL_HREF.some((pattern) => pattern.test(l.href)));
    expect(outside).toEqual([{ file: SAFE_LINK, href: 'href', target: '"_blank"' }]);
    expect(readFileSync(join(ROOT, SAFE_LINK), 'utf8')).toMatch(/if \(!isSafeLink\(href\)\) return <span>/);
  });

  it('has no second https check to drift from the first', () => {
    const checks = UI_FILES.filter((file) =>
      /protocol\s*===?\s*'https:'|startsWith\(['"]https/.test(readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(checks).toEqual(['src/ui/popover/safe-link.ts']);
  });

  it("keeps the options page's section links on its own routes", async () => {
    const text = readFileSync(join(ROOT, 'src/ui/options/Options.tsx'), 'utf8');
    const hashes = [...text.matchAll(/hash: '([^']*)'/g)].map((m) => m[1]);
    expect(hashes.length).toBeGreaterThan(0);
    for (const hash of hashes) expect(hash).toMatch(/^#\//);
  });

  it('navigates nowhere else: no window.open, tabs.create, location.assign or href written by code', () => {
    for (const file of UI_FILES) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      expect(text, file).not.toMatch(
        /window\.open\(|tabs\.create\(|location\.(assign|replace)\(|location\.href\s*=/,
      );
      // The one href set by code is a download's blob: URL (src/ui/shared/download.ts).
      if (/\.href\s*=/.test(text)) expect(file).toBe('src/ui/shared/download.ts');
    }
  });
});

describe('the https check', () => {
  const HOSTILE = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'http://example.org/',
    '//example.org/',
    '/relative/path',
    ' https://example.org/',
    'https://example.org/\u0000',
    'file:///etc/passwd',
    'chrome-extension://abc/options.html',
    '',
  ];

  it('refuses every non-https or malformed address', () => {
    for (const url of HOSTILE) expect(isSafeLink(url), JSON.stringify(url)).toBe(false);
    expect(isSafeLink('https://www.whitehouse.gov/presidential-actions/')).toBe(true);
  });

  it('passes only strings the browser reads as an https address', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.webUrl({ validSchemes: ['https', 'http', 'ftp'] }),
          fc.string(),
          fc.constantFrom(...HOSTILE),
        ),
        (url) => {
          if (!isSafeLink(url)) return;
          const anchor = document.createElement('a');
          anchor.setAttribute('href', url);
          expect(new URL(anchor.href).protocol).toBe('https:');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('renders a refused address as text, with no link at all', () => {
    const host = document.createElement('div');
    for (const url of HOSTILE) {
      render(<SafeLink href={url}>source</SafeLink>, host);
      expect(host.querySelector('a'), url).toBeNull();
      expect(host.textContent).toBe('source');
    }
    render(<SafeLink href="https://example.org/a">source</SafeLink>, host);
    expect(host.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
  });
});
