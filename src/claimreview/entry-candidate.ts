import type { Outcome, Source, Status } from '../kb/schema';

/**
 * An entry as far as a ClaimReview could fill it: what the entry form opens with when
 * the review lacks fields Statusmark needs (kind, scope, confidence...). Every field is
 * optional; entrySchema decides whether it is a whole entry.
 */
export interface EntryCandidate {
  id?: string;
  title?: string;
  summary?: string;
  jurisdiction?: { country?: string; region?: string; locality?: string };
  kind?: string;
  scope?: string;
  confidence?: string;
  events?: { date?: string; status?: Status; summary?: string; sources: Source[] }[];
  outcome?: Outcome;
  caveats?: string[];
  related?: string[];
  detect?: {
    names?: string[];
    rules?: { all: string[][]; none?: string[] }[];
    exclude?: string[];
    prefer?: string[];
  };
}
