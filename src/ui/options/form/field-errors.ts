/**
 * Zod issues (or the background's "<path>: <message>" problems) as errors beside the
 * form fields they belong to. DOM-free: the mapping from an issue path to a field is
 * the part worth testing.
 */

export type IssuePath = readonly (string | number)[];
export interface Issue {
  path: IssuePath;
  message: string;
}

/** Errors per field id, in the order they were found; "" holds errors of the whole form. */
export type FieldErrors = Record<string, string[]>;

/** Which field an issue belongs to, and words to put before its message (e.g. "Line 3: "). */
export interface FieldTarget {
  field: string;
  prefix?: string;
}

export function errorsByField(
  issues: readonly Issue[],
  fieldOf: (path: IssuePath) => FieldTarget,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const { field, prefix = '' } = fieldOf(issue.path);
    const list = (errors[field] ??= []);
    const message = prefix + issue.message;
    if (!list.includes(message)) list.push(message);
  }
  return errors;
}

/** Zod's issue paths (PropertyKey[]) as plain string/number paths. */
export function toIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Issue[] {
  return issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
    message: issue.message,
  }));
}

/**
 * Parses the background's problem lines, "events[0].sources[1].url: expected ...", back
 * into issues, so errors found by the store land beside the same fields.
 */
export function issuesFromProblems(problems: readonly string[]): Issue[] {
  return problems.map((line) => {
    const match =
      /^((?:[A-Za-z_$][\w$:]*|\[\d+\])(?:\.[A-Za-z_$][\w$:]*|\[\d+\])*|\(root\)): ([\s\S]*)$/.exec(line);
    if (!match) return { path: [], message: line };
    const [, pathText = '', message = ''] = match;
    if (pathText === '(root)') return { path: [], message };
    const path = [...pathText.matchAll(/([A-Za-z_$][\w$:]*)|\[(\d+)\]/g)].map((m) =>
      m[2] !== undefined ? Number(m[2]) : (m[1] ?? ''),
    );
    return { path, message };
  });
}

/** The first field with an error, in the order the form shows its fields. */
export function firstErrorField(errors: FieldErrors, fieldOrder: readonly string[]): string | undefined {
  return fieldOrder.find((field) => (errors[field]?.length ?? 0) > 0) ?? Object.keys(errors)[0];
}
