import type { EntryCandidate } from '../../../claimreview/entry-candidate';
import type { Entry, EntryKind, Outcome, Source, Status } from '../../../kb/schema';

/**
 * The entry form's state: every field of the schema as the user types it (strings,
 * one item per line for lists). `draftToInput` turns it into the object entrySchema
 * validates, and remembers which line each list item came from, so an error on
 * `caveats[1]` can say "Line 3" when line 2 was blank. DOM-free.
 */

export interface SourceDraft {
  url: string;
  title: string;
  publisher: string;
  primary: boolean;
}
export interface EventDraft {
  date: string;
  status: Status | '';
  summary: string;
  sources: SourceDraft[];
}
export interface RuleDraft {
  /** One group per line; the terms of a group separated by commas. */
  all: string;
  /** Terms separated by commas. */
  none: string;
}
export interface EntryDraft {
  id: string;
  title: string;
  summary: string;
  country: string;
  region: string;
  locality: string;
  kind: EntryKind | '';
  scope: Entry['scope'] | '';
  confidence: Entry['confidence'] | '';
  events: EventDraft[];
  hasOutcome: boolean;
  outcome: { kind: Outcome['kind'] | ''; date: string; summary: string; sources: SourceDraft[] };
  caveats: string;
  related: string;
  names: string;
  rules: RuleDraft[];
  exclude: string;
  prefer: string;
}

export const emptySource = (): SourceDraft => ({ url: '', title: '', publisher: '', primary: false });
export const emptyEvent = (): EventDraft => ({ date: '', status: '', summary: '', sources: [emptySource()] });
export const emptyRule = (): RuleDraft => ({ all: '', none: '' });

export function emptyDraft(): EntryDraft {
  return {
    id: '',
    title: '',
    summary: '',
    country: '',
    region: '',
    locality: '',
    kind: '',
    scope: '',
    confidence: '',
    events: [emptyEvent()],
    hasOutcome: false,
    outcome: { kind: '', date: '', summary: '', sources: [] },
    caveats: '',
    related: '',
    names: '',
    rules: [],
    exclude: '',
    prefer: '',
  };
}

const sourceDraft = (s: Source): SourceDraft => ({ ...s });
const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[]): T | '' =>
  allowed.find((a) => a === value) ?? '';

/** A draft of a whole entry (to edit it) or of what a ClaimReview gave (to complete it). */
export function draftFromEntry(entry: Entry | EntryCandidate): EntryDraft {
  const empty = emptyDraft();
  return {
    id: entry.id ?? '',
    title: entry.title ?? '',
    summary: entry.summary ?? '',
    country: entry.jurisdiction?.country ?? '',
    region: entry.jurisdiction?.region ?? '',
    locality: entry.jurisdiction?.locality ?? '',
    kind: (entry.kind as EntryKind | undefined) ?? '',
    scope: oneOf(entry.scope, ['retirement', 'adjacent'] as const),
    confidence: oneOf(entry.confidence, ['confirmed', 'partly-confirmed'] as const),
    events: entry.events?.length
      ? entry.events.map((e) => ({
          date: e.date ?? '',
          status: e.status ?? '',
          summary: e.summary ?? '',
          sources: e.sources.map(sourceDraft),
        }))
      : empty.events,
    hasOutcome: entry.outcome !== undefined,
    outcome: entry.outcome
      ? {
          kind: entry.outcome.kind,
          date: entry.outcome.date ?? '',
          summary: entry.outcome.summary,
          sources: entry.outcome.sources.map(sourceDraft),
        }
      : empty.outcome,
    caveats: (entry.caveats ?? []).join('\n'),
    related: (entry.related ?? []).join('\n'),
    names: (entry.detect?.names ?? []).join('\n'),
    rules: (entry.detect?.rules ?? []).map((rule) => ({
      all: rule.all.map((group) => group.join(', ')).join('\n'),
      none: (rule.none ?? []).join(', '),
    })),
    exclude: (entry.detect?.exclude ?? []).join('\n'),
    prefer: (entry.detect?.prefer ?? []).join('\n'),
  };
}

/** Non-empty trimmed lines, and the 1-based line each came from. */
export function splitLines(text: string): { items: string[]; lines: number[] } {
  const items: string[] = [];
  const lines: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim()) {
      items.push(line.trim());
      lines.push(i + 1);
    }
  });
  return { items, lines };
}

export const splitTerms = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

/** Where list items came from in the form: line numbers per list field (for error messages). */
export interface DraftLines {
  caveats: number[];
  related: number[];
  names: number[];
  exclude: number[];
  prefer: number[];
  /** Per rule: the line of each group in its "all" box. */
  ruleGroups: number[][];
}

const optional = (value: string) => (value.trim() ? value : undefined);

function sourcesInput(sources: readonly SourceDraft[]) {
  return sources.map((s) => ({
    url: s.url.trim(),
    title: s.title,
    publisher: s.publisher,
    primary: s.primary,
  }));
}

/** The draft as the object entrySchema validates (blank optional fields left out). */
export function draftToInput(draft: EntryDraft): { input: Record<string, unknown>; lines: DraftLines } {
  const caveats = splitLines(draft.caveats);
  const related = splitLines(draft.related);
  const names = splitLines(draft.names);
  const exclude = splitLines(draft.exclude);
  const prefer = splitLines(draft.prefer);
  const rules = draft.rules.map((rule) => {
    const groups = splitLines(rule.all);
    return { groups, value: { all: groups.items.map(splitTerms), none: splitTerms(rule.none) } };
  });
  const input: Record<string, unknown> = {
    id: draft.id.trim(),
    title: draft.title,
    summary: draft.summary,
    jurisdiction: {
      country: draft.country.trim().toUpperCase(),
      ...(optional(draft.region) ? { region: draft.region } : {}),
      ...(optional(draft.locality) ? { locality: draft.locality } : {}),
    },
    kind: draft.kind || undefined,
    scope: draft.scope || undefined,
    confidence: draft.confidence || undefined,
    events: draft.events.map((e) => ({
      date: e.date.trim(),
      status: e.status || undefined,
      summary: e.summary,
      sources: sourcesInput(e.sources),
    })),
    ...(draft.hasOutcome
      ? {
          outcome: {
            kind: draft.outcome.kind || undefined,
            ...(optional(draft.outcome.date) ? { date: draft.outcome.date.trim() } : {}),
            summary: draft.outcome.summary,
            sources: sourcesInput(draft.outcome.sources),
          },
        }
      : {}),
    caveats: caveats.items,
    related: related.items,
    detect: {
      names: names.items,
      rules: rules.map((r) => r.value),
      exclude: exclude.items,
      prefer: prefer.items,
    },
  };
  return {
    input,
    lines: {
      caveats: caveats.lines,
      related: related.lines,
      names: names.lines,
      exclude: exclude.lines,
      prefer: prefer.lines,
      ruleGroups: rules.map((r) => r.groups.lines),
    },
  };
}
