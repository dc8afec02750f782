/** Edit distance (insertions, deletions, substitutions), for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Up to `limit` candidates close to `wanted`: ones that contain it or share its
 * words ("eo-14330" finds "us-eo-14330-alt-assets-401k"), then small typos.
 */
export function closeMatches(wanted: string, candidates: readonly string[], limit = 3): string[] {
  const query = wanted.toLowerCase();
  const words = query.split(/[^a-z0-9]+/).filter((w) => w.length >= 2);
  const scored = candidates.map((candidate) => {
    const parts = new Set(candidate.split('-'));
    const shared = words.filter((w) => parts.has(w)).length;
    const distance = editDistance(query, candidate);
    const contains = candidate.includes(query) || (query.length >= 4 && query.includes(candidate));
    const score = (contains ? 100 : 0) + shared * 10 - distance / 10;
    const close = contains || shared > 0 || distance <= Math.max(2, Math.floor(query.length / 4));
    return { candidate, score, close };
  });
  return scored
    .filter((s) => s.close)
    .sort((a, b) => b.score - a.score || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map((s) => s.candidate);
}
