/**
 * The options page's routes, in the URL's #fragment so back and forward work and a
 * link can open an entry directly (the popup links to `#/entry/<id>`). DOM-free.
 */
export type Route =
  | { page: 'kb'; params: URLSearchParams }
  | { page: 'entry'; id: string }
  | { page: 'new' }
  | { page: 'edit'; id: string }
  | { page: 'data' }
  | { page: 'sites' }
  | { page: 'updates' }
  | { page: 'not-found'; hash: string };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [path = '', query = ''] = raw.split('?', 2);
  const parts = path.split('/').filter(Boolean).map(safeDecode);
  const [first, second, ...rest] = parts;
  if (rest.length > 0) return { page: 'not-found', hash };
  if (first === undefined || first === 'kb') return { page: 'kb', params: new URLSearchParams(query) };
  if (first === 'entry' && second && ID.test(second)) return { page: 'entry', id: second };
  if (first === 'edit' && second && ID.test(second)) return { page: 'edit', id: second };
  if (
    second === undefined &&
    (first === 'new' || first === 'data' || first === 'sites' || first === 'updates')
  ) {
    return { page: first };
  }
  return { page: 'not-found', hash };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The hash for a route, e.g. `#/entry/us-eo-14330-alt-assets-401k`. */
export function routeHash(route: Exclude<Route, { page: 'not-found' }>): string {
  switch (route.page) {
    case 'kb': {
      const query = route.params.toString();
      return query ? `#/?${query}` : '#/';
    }
    case 'entry':
    case 'edit':
      return `#/${route.page}/${encodeURIComponent(route.id)}`;
    default:
      return `#/${route.page}`;
  }
}

export const entryHash = (id: string) => routeHash({ page: 'entry', id });
