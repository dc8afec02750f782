/** A JSON path as people read it: `entries[0].events[1].date`, or `(root)` for the whole value. */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/** One line per Zod issue (from `zod` or `zod/mini`), "<path>: <message>", in the order Zod found them. */
export function zodProblems(
  error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] },
  prefix = '',
): string[] {
  return error.issues.map((issue) => `${formatPath(issue.path, prefix)}: ${issue.message}`);
}
