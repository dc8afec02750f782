import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CLAIM_SENTENCES } from '../../bench/fixtures/claim-bank';
import { DYNAMIC, FIXTURE_NAMES, dynamicAppends, fixture } from '../../bench/fixtures/fixtures';
import { writePage, articleBody } from '../../bench/fixtures/layouts';

const SIZES = { F1: [1700, 50], F2: [10_000, 150], F3: [30_000, 500] } as const;

describe('benchmark fixtures', () => {
  it.each(FIXTURE_NAMES)('%s has the element count and text size of its kind of page', (name) => {
    const page = fixture(name);
    const [elements, kb] = SIZES[name];
    const { document } = parseHTML(page.html);
    expect(document.querySelectorAll('*').length).toBeGreaterThan(elements * 0.95);
    expect(document.querySelectorAll('*').length).toBeLessThan(elements * 1.05);
    expect(page.textChars / 1000).toBeGreaterThan(kb * 0.9);
    expect(page.textChars / 1000).toBeLessThan(kb * 1.15);
  });

  it('gives F1 10 claims, F2 50 and F3 200, each in a block that carries its truth index', () => {
    expect(FIXTURE_NAMES.map((name) => fixture(name).truth.length)).toEqual([10, 50, 200]);
    const page = fixture('F2');
    const { document } = parseHTML(page.html);
    for (const claim of page.truth) {
      const block = document.querySelector(`[data-truth="${claim.index}"]`);
      expect(block?.textContent?.replace(/\s+/g, ' ')).toContain(claim.sentence);
    }
  });

  it('is the same page on every run (seeded)', () => {
    const again = writePage(101, { title: 'Article', body: articleBody(145, 10) }, 1700);
    expect(again.html()).toBe(fixture('F1').html);
  });

  it('splits sentences by inline tags, and has non-breaking spaces, curly quotes and 401(k)', () => {
    const { html } = fixture('F3');
    expect(html).toMatch(/data-truth="\d+">[^<]*<(?:a|em|strong|span)\b/);
    expect(html).toContain('&nbsp;');
    expect(html).toContain('\u2019');
    expect(html).toContain('401(k)');
  });

  it('hides claim text in scripts, styles, attributes, templates, noscript, hidden elements and form fields', () => {
    const { html } = fixture('F1');
    const sentences = CLAIM_SENTENCES.map(([, sentence]) => sentence.replace(/&/g, '&amp;'));
    const holds = (pattern: RegExp) =>
      [...html.matchAll(pattern)].some((m) =>
        sentences.some((s) => m[0].includes(s.replace(/"/g, '&quot;'))),
      );
    expect(holds(/<script type="application\/ld\+json">.*?<\/script>/g)).toBe(true);
    expect(holds(/<style>.*?<\/style>/g)).toBe(true);
    expect(holds(/alt="[^"]*"/g)).toBe(true);
    expect(holds(/data-share-text="[^"]*"/g)).toBe(true);
    for (const wrapper of [
      /<template>.*?<\/template>/g,
      /<noscript>.*?<\/noscript>/g,
      /<div hidden>.*?<\/div>/g,
    ]) {
      expect(holds(wrapper)).toBe(true);
    }
  });

  it('appends F3-dyn posts in batches of 20 whose truth continues F3\u2019s', () => {
    const appends = dynamicAppends();
    expect(appends).toHaveLength(DYNAMIC.appends);
    const indexes = appends.flatMap((a) => a.truth.map((t) => t.index));
    expect(indexes[0]).toBe(fixture('F3').truth.length);
    expect(new Set(indexes).size).toBe(DYNAMIC.appends * DYNAMIC.claimsPerAppend);
    const { document } = parseHTML(`<div>${appends[0]!.html}</div>`);
    expect(document.querySelectorAll('article.post')).toHaveLength(DYNAMIC.postsPerAppend);
  });
});
