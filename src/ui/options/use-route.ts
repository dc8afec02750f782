import { useEffect, useState } from 'preact/hooks';
import { parseRoute, type Route } from './route';

/** The current route; follows hashchange, so links, back and forward all work. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}

/** Goes to a route as a new history step. */
export function navigate(hash: string): void {
  if (location.hash !== hash) location.hash = hash;
}
