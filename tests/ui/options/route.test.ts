import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../../src/ui/options/route';

describe('options page routes', () => {
  it('opens the KB browser by default, with its search in the query', () => {
    const route = parseRoute('#/?q=401k&status=official');
    expect(route.page).toBe('kb');
    expect(route.page === 'kb' && route.params.get('q')).toBe('401k');
    expect(parseRoute('').page).toBe('kb');
  });

  it('opens an entry, its edit form, and the other pages by hash', () => {
    expect(parseRoute('#/entry/us-eo-14330-alt-assets-401k')).toEqual({
      page: 'entry',
      id: 'us-eo-14330-alt-assets-401k',
    });
    expect(parseRoute('#/edit/my-bill')).toEqual({ page: 'edit', id: 'my-bill' });
    expect(['#/new', '#/data', '#/sites', '#/updates'].map((h) => parseRoute(h).page)).toEqual([
      'new',
      'data',
      'sites',
      'updates',
    ]);
  });

  it('refuses ids that are not entry ids and unknown pages', () => {
    expect(parseRoute('#/entry/<script>').page).toBe('not-found');
    expect(parseRoute('#/entry/a/b').page).toBe('not-found');
    expect(parseRoute('#/admin').page).toBe('not-found');
  });

  it('writes hashes that parse back to the same route', () => {
    expect(routeHash({ page: 'entry', id: 'my-bill' })).toBe('#/entry/my-bill');
    expect(routeHash({ page: 'kb', params: new URLSearchParams({ q: 'bitcoin act' }) })).toBe(
      '#/?q=bitcoin+act',
    );
    expect(parseRoute(routeHash({ page: 'edit', id: 'my-bill' }))).toEqual({ page: 'edit', id: 'my-bill' });
  });
});
