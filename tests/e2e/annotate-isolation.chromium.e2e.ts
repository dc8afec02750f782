import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectLabelledBadges } from './annotate-harness/expect-labelled';
import { annotateSuite } from './annotate-harness/chromium-suite';

/**
 * For each badge: the height of its block with the badge, and with the badge swapped
 * for an empty inline-block spacer of the same width (so lines wrap the same way).
 * Any difference is height the badge added to a line.
 */
function blockHeightsWithAndWithoutBadges(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('statusmark-badge')].map((host) => {
      const block = host.closest('p, li, h1, h2, td, th') ?? host.parentElement!;
      const range = document.createRange();
      range.selectNode(host);
      const width = range.getBoundingClientRect().width;
      const withBadge = block.getBoundingClientRect().height;
      const spacer = document.createElement('span');
      spacer.style.cssText = `display:inline-block;width:${width}px;height:0;vertical-align:baseline`;
      host.replaceWith(spacer);
      const without = block.getBoundingClientRect().height;
      spacer.replaceWith(host);
      return { withBadge, without, width };
    }),
  );
}

describe('Chromium: badge styles are isolated both ways and never shift the layout', () => {
  const suite = annotateSuite();
  const open = async (path: string) => (await suite.open(suite.fixtures, path)).page;

  it('stays visible and readable whatever the page does to it (all: unset, font-size: 0, display: none)', async () => {
    const page = await open('hostile-css.html');
    expect(await expectLabelledBadges(page)).toBe(2);
    const looks = await page.$$eval('statusmark-badge', (hosts) =>
      hosts.map((host) => {
        const inner = host.shadowRoot!.querySelector('.badge')!;
        const style = getComputedStyle(host);
        const innerStyle = getComputedStyle(inner);
        const box = inner.getBoundingClientRect();
        return {
          display: style.display,
          visibility: style.visibility,
          opacity: style.opacity,
          before: getComputedStyle(host, '::before').content,
          fontSize: innerStyle.fontSize,
          color: innerStyle.color,
          text: host.shadowRoot!.textContent,
          visible: box.width > 20 && box.height > 8,
        };
      }),
    );
    for (const look of looks) {
      expect(look).toMatchObject({
        display: 'inline',
        visibility: 'visible',
        opacity: '1',
        fontSize: '12px',
      });
      expect(look.before).not.toContain('HACKED');
      expect(look.color).not.toBe('rgb(1, 2, 3)');
      expect(look.visible).toBe(true);
    }
    expect(looks.map((l) => l.text)).toEqual(['Reported \u2192 now Official', 'Rescinded']);

    await page.locator('statusmark-badge').first().click();
    const dialog = page.locator('statusmark-popover [role="dialog"]');
    await dialog.waitFor();
    const box = await dialog.boundingBox();
    expect(box && box.width > 200 && box.height > 100).toBe(true);
    await page.close();
  });

  it('never styles the page: its own .badge, <s> and other elements keep their look', async () => {
    const page = await open('hostile-css.html');
    const probes = await page.evaluate(() => {
      const badge = getComputedStyle(document.getElementById('leak-badge')!);
      const strike = getComputedStyle(document.getElementById('leak-s')!);
      return {
        badge: [badge.borderTopWidth, badge.paddingLeft, badge.color, badge.fontWeight],
        strike: [strike.textDecorationLine, strike.color],
      };
    });
    // What the page's own rules say (* { all: unset } and its colour rule), nothing of ours.
    expect(probes.badge).toEqual(['0px', '0px', 'rgb(1, 2, 3)', '400']);
    expect(probes.strike).toEqual(['none', 'rgb(1, 2, 3)']);
    // Our one page-level rule is the underline's ::highlight (on badge holders), and nothing else.
    const ours = await page.$$eval('style[data-statusmark]', (styles) =>
      styles.map((s) => s.textContent ?? ''),
    );
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatch(
      /^:has\(> statusmark-badge\)::highlight\(statusmark-claim\),\n:has\(> \* > statusmark-badge\)::highlight\(statusmark-claim\) \{[^}]*\}$/,
    );
    await page.close();
  });

  for (const name of ['split-inline.html', 'table.html', 'live-blog.html']) {
    it(`never makes a line taller (${name})`, async () => {
      const page = await open(name);
      const heights = await blockHeightsWithAndWithoutBadges(page);
      expect(heights.length).toBeGreaterThan(0);
      for (const h of heights) {
        expect(h.width).toBeGreaterThan(10);
        expect(Math.abs(h.withBadge - h.without)).toBeLessThan(0.5);
      }
      await page.close();
    });
  }

  it('underlines claimed sentences with the Custom Highlight API, wrapping nothing', async () => {
    const page = await open('split-inline.html');
    const highlight = await page.evaluate(() => {
      const h = CSS.highlights.get('statusmark-claim');
      return h ? [...h].map((range) => range.toString()) : null;
    });
    expect(highlight).toContain(
      'President Trump is expected to sign an executive order that would open 401(k) plans to cryptocurrency and other alternative assets, people familiar with the plans said.',
    );
    expect(await page.locator('p mark, p [data-statusmark-highlight]').count()).toBe(0);
    await page.close();
  });
});
