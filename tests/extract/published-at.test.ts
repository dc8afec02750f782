import { describe, expect, it } from 'vitest';
import { findPublishedAt, normaliseDate } from '../../src/extract/published-at';
import { DOMS } from './dom';

const page = (head: string, body = '') =>
  DOMS.linkedom(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);

describe('finding when an article was published', () => {
  it('reads article:published_time, keeping the publisher\u2019s offset', () => {
    expect(
      findPublishedAt(page('<meta property="article:published_time" content="2025-07-17T21:35:00-04:00">')),
    ).toBe('2025-07-17T21:35:00-04:00');
  });

  it('reads JSON-LD datePublished, also inside @graph arrays', () => {
    const graph = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'x' },
        { '@type': 'NewsArticle', datePublished: '2025-05-28T16:10:00Z' },
      ],
    });
    expect(findPublishedAt(page(`<script type="application/ld+json">${graph}</script>`))).toBe(
      '2025-05-28T16:10:00Z',
    );
    const list = JSON.stringify([
      { '@type': 'BreadcrumbList' },
      { '@type': 'Article', datePublished: '2024-11-04' },
    ]);
    expect(findPublishedAt(page(`<script type="application/ld+json">${list}</script>`))).toBe('2024-11-04');
  });

  it('skips a broken JSON-LD block and falls back to other metadata', () => {
    expect(
      findPublishedAt(
        page('<script type="application/ld+json">{oops</script><meta name="pubdate" content="2025-05-07">'),
      ),
    ).toBe('2025-05-07');
  });

  it('reads microdata, common meta names and <time datetime> in the article', () => {
    expect(findPublishedAt(page('', '<span itemprop="datePublished" content="2023-08-29"></span>'))).toBe(
      '2023-08-29',
    );
    expect(findPublishedAt(page('<meta name="sailthru.date" content="2022-03-10 09:00:00">'))).toBe(
      '2022-03-10T09:00:00',
    );
    expect(findPublishedAt(page('<meta name="parsely-pub-date" content="2021-10-21T12:00:00+0000">'))).toBe(
      '2021-10-21T12:00:00+00:00',
    );
    expect(findPublishedAt(page('<meta name="DC.date" content="2024-03-19">'))).toBe('2024-03-19');
    expect(
      findPublishedAt(page('', '<article><p>By us <time datetime="2025-05-07">May 7</time></p></article>')),
    ).toBe('2025-05-07');
  });

  it('returns null when the page gives no date, or an implausible one', () => {
    expect(
      findPublishedAt(
        page('<title>No date</title>', '<p>Hello</p><time datetime="2025-01-01">in a footer</time>'),
      ),
    ).toBeNull();
    expect(findPublishedAt(page('<meta name="date" content="0000-00-00">'))).toBeNull();
  });

  it('normalises other date forms to ISO', () => {
    expect(normaliseDate('Thu, 17 Jul 2025 21:35:00 GMT')).toBe('2025-07-17T21:35:00.000Z');
    expect(normaliseDate('not a date')).toBeNull();
  });
});
