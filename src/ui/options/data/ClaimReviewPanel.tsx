import { useState } from 'preact/hooks';
import { MAX_CLAIMREVIEW_BYTES } from '../../../claimreview/claimreview-format';
import { claimReviewDocument } from '../../../claimreview/export-claimreview';
import { readClaimReviewText, type ClaimReviewReadResult } from '../../../claimreview/import-claimreview';
import {
  planClaimReviewImport,
  type ClaimReviewDecision,
} from '../../../claimreview/plan-claimreview-import';
import { todayIso } from '../../../kb/status';
import { requestFromPage } from '../../../messaging/send';
import { getSettings } from '../../../settings/settings';
import { downloadText } from '../../shared/download';
import { entriesInForce } from '../../shared/entries-in-force';
import { errorLines } from '../../shared/errors';
import { ProblemList } from '../ProblemList';
import { claimReviewUserData } from './claimreview-import';
import { ClaimReviewDecisions } from './ClaimReviewDecisions';
import { fileDay, readFileCapped } from './read-file';

type CrState =
  | { step: 'idle' }
  | { step: 'invalid'; fileName: string; problems: string[] }
  | { step: 'planned'; fileName: string; read: ClaimReviewReadResult; decisions: ClaimReviewDecision[] }
  | { step: 'done'; added: number };

/** The whole KB as schema.org ClaimReview JSON-LD, and ClaimReview files from fact-checkers as own entries. */
export function ClaimReviewPanel() {
  const [state, setState] = useState<CrState>({ step: 'idle' });
  const [exportError, setExportError] = useState<string[]>([]);

  const exportKb = async () => {
    try {
      const stored = await requestFromPage({ type: 'listEntries' });
      const today = todayIso();
      const entries = entriesInForce(stored, [], today).map(({ entry, origin }) => ({ entry, origin }));
      const doc = claimReviewDocument(entries, today);
      downloadText(
        `statusmark-claimreview-${fileDay()}.jsonld`,
        `${JSON.stringify(doc, null, 2)}\n`,
        'application/ld+json',
      );
      setExportError([]);
    } catch (error) {
      setExportError(errorLines(error));
    }
  };
  const check = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    const text = await readFileCapped(file, MAX_CLAIMREVIEW_BYTES, 'ClaimReview');
    if (!text.ok) return setState({ step: 'invalid', fileName: file.name, problems: [text.problem] });
    const read = readClaimReviewText(text.text);
    if (read.problems.length)
      return setState({ step: 'invalid', fileName: file.name, problems: read.problems });
    // Through the background, which seeds the KB first: in a new profile the options page
    // can open before the shipped entries are in the database, and every item would look new.
    const existing = await requestFromPage({ type: 'listEntries' });
    setState({
      step: 'planned',
      fileName: file.name,
      read,
      decisions: planClaimReviewImport(read.items, existing),
    });
  };
  const apply = async (decisions: ClaimReviewDecision[], fileName: string) => {
    try {
      const data = claimReviewUserData(decisions, await getSettings());
      const result = await requestFromPage({ type: 'applyImport', data });
      setState({ step: 'done', added: result.userEntries.added.length + result.userEntries.updated.length });
    } catch (error) {
      setState({ step: 'invalid', fileName, problems: errorLines(error) });
    }
  };

  return (
    <section aria-labelledby="claimreview-heading">
      <h2 id="claimreview-heading">ClaimReview (schema.org)</h2>
      <p>
        Fact-checkers publish ClaimReview JSON-LD. Export the whole KB (shipped and your own entries) as one
        ClaimReview per entry, with the status as its rating; import ClaimReview files as your own entries
        where their fields allow.
      </p>
      <p>
        <button type="button" onClick={() => void exportKb()}>
          Export the KB as ClaimReview
        </button>
      </p>
      <ProblemList title="The export failed" problems={exportError} />
      <div class="field">
        <label for="claimreview-file">Import a ClaimReview file (JSON-LD)</label>
        <input
          id="claimreview-file"
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          onChange={(e) => void check(e.currentTarget)}
        />
      </div>
      {state.step === 'invalid' ? (
        <ProblemList
          testId="claimreview-problems"
          title={`"${state.fileName}" cannot be imported. Nothing was changed.`}
          problems={state.problems}
        />
      ) : null}
      {state.step === 'planned' ? (
        <ClaimReviewDecisions
          fileName={state.fileName}
          read={state.read}
          decisions={state.decisions}
          onImport={() => void apply(state.decisions, state.fileName)}
          onCancel={() => setState({ step: 'idle' })}
        />
      ) : null}
      {state.step === 'done' ? (
        <p class="notice" role="status" data-testid="claimreview-done">
          Imported {state.added} entr{state.added === 1 ? 'y' : 'ies'} as your own.
        </p>
      ) : null}
    </section>
  );
}
