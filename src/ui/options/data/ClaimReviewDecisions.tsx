import type { ClaimReviewReadResult } from '../../../claimreview/import-claimreview';
import type { ClaimReviewDecision } from '../../../claimreview/plan-claimreview-import';
import { offerDraft } from '../entry-form/pending-draft';
import { routeHash } from '../route';
import { navigate } from '../use-route';

interface Props {
  fileName: string;
  read: ClaimReviewReadResult;
  decisions: ClaimReviewDecision[];
  onImport(): void;
  onCancel(): void;
}

function Details({ title, lines }: { title: string; lines: readonly string[] }) {
  if (lines.length === 0) return null;
  return (
    <details>
      <summary>{title}</summary>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </details>
  );
}

/** What a ClaimReview import would do, review by review, before anything is written. */
export function ClaimReviewDecisions({ fileName, read, decisions, onImport, onCancel }: Props) {
  const toAdd = decisions.filter((d) => d.action === 'add' || d.action === 'rename').length;
  const complete = (d: ClaimReviewDecision) => {
    offerDraft(d.item.candidate);
    navigate(routeHash({ page: 'new' }));
  };
  return (
    <div class="notice" data-testid="claimreview-plan">
      <h3>
        "{fileName}": {decisions.length} ClaimReview{decisions.length === 1 ? '' : 's'}, {toAdd} to import
      </h3>
      <ul class="decisions">
        {decisions.map((d, i) => (
          <li key={i} data-action={d.action}>
            <p>
              <strong>{d.item.label}</strong> <span class="hint">({d.item.path})</span>
            </p>
            <p>
              {d.action === 'add' ? `Will be added as "${d.entry.id}".` : null}
              {d.action === 'rename'
                ? `"${d.from}" is taken by a different entry: will be added as "${d.entry.id}".`
                : null}
              {d.action === 'same'
                ? `Already in your KB (${d.origin === 'shipped' ? 'shipped' : 'your own'} entry "${d.id}"): skipped.`
                : null}
              {d.action === 'invalid' ? 'Cannot be imported as it is:' : null}
            </p>
            {d.action === 'invalid' ? (
              <>
                <ul class="problem-lines">
                  {d.item.problems.map((p, j) => (
                    <li key={j}>{p}</li>
                  ))}
                </ul>
                {d.item.via === 'schema.org' && d.item.candidate.title ? (
                  <button type="button" onClick={() => complete(d)}>
                    Complete it in the entry form
                  </button>
                ) : null}
              </>
            ) : null}
            <Details title="Filled in by Statusmark" lines={d.item.notes} />
            <Details title="Fields not imported (no place in an entry)" lines={d.item.unmapped} />
          </li>
        ))}
      </ul>
      <Details title="Other items in the file (not ClaimReviews)" lines={read.ignored} />
      <div class="actions">
        <button type="button" class="primary" disabled={toAdd === 0} onClick={onImport}>
          Import {toAdd} entr{toAdd === 1 ? 'y' : 'ies'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
