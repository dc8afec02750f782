import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export type LiveResult<T> =
  { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; error: string };

/**
 * A store read kept current: Dexie's liveQuery re-runs it whenever the tables it read
 * change, in this page or any other extension context (the background's writes too).
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ state: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ state: 'ready', value }),
      error: (error: unknown) =>
        setResult({ state: 'error', error: error instanceof Error ? error.message : String(error) }),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on, as with useEffect.
  }, deps);
  return result;
}
