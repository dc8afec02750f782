import { useState } from 'preact/hooks';
import type { ImportPlan } from '../../../db/user-data';
import { MAX_USER_DATA_BYTES, parseUserDataText, type UserData } from '../../../db/user-data-schema';
import { requestFromPage } from '../../../messaging/send';
import { downloadText } from '../../shared/download';
import { errorLines } from '../../shared/errors';
import { ProblemList } from '../ProblemList';
import { ImportPlanView } from './ImportPlanView';
import { fileDay, readFileCapped } from './read-file';

type ImportState =
  | { step: 'idle' }
  | { step: 'checking' }
  | { step: 'invalid'; fileName: string; problems: string[] }
  | { step: 'planned'; fileName: string; data: UserData; plan: ImportPlan }
  | { step: 'done'; plan: ImportPlan };

/** Export all user data as one file; import one after showing what it will change. */
export function UserDataPanel() {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [exportError, setExportError] = useState<string[]>([]);

  const exportAll = async () => {
    try {
      const data = await requestFromPage({ type: 'exportUserData' });
      downloadText(
        `statusmark-user-data-${fileDay()}.json`,
        `${JSON.stringify(data, null, 2)}\n`,
        'application/json',
      );
      setExportError([]);
    } catch (error) {
      setExportError(errorLines(error));
    }
  };
  const check = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    // Cleared, so choosing the same file again (after fixing it) checks it again.
    input.value = '';
    setState({ step: 'checking' });
    const read = await readFileCapped(file, MAX_USER_DATA_BYTES, 'user-data');
    const parsed = read.ok ? parseUserDataText(read.text) : { ok: false as const, problems: [read.problem] };
    if (!parsed.ok) return setState({ step: 'invalid', fileName: file.name, problems: parsed.problems });
    try {
      const plan = await requestFromPage({ type: 'planImport', data: parsed.data });
      setState({ step: 'planned', fileName: file.name, data: parsed.data, plan });
    } catch (error) {
      setState({ step: 'invalid', fileName: file.name, problems: errorLines(error) });
    }
  };
  const apply = async (data: UserData, fileName: string) => {
    try {
      setState({ step: 'done', plan: await requestFromPage({ type: 'applyImport', data }) });
    } catch (error) {
      setState({ step: 'invalid', fileName, problems: errorLines(error) });
    }
  };

  return (
    <section aria-labelledby="userdata-heading">
      <h2 id="userdata-heading">Your data</h2>
      <p>
        One versioned JSON file with your own entries, notes and verified statuses, settings and dismissed
        badges. Use it as a backup or to move to another browser.
      </p>
      <p>
        <button type="button" class="primary" onClick={() => void exportAll()}>
          Export your data
        </button>
      </p>
      <ProblemList title="The export failed" problems={exportError} />
      <div class="field">
        <label for="userdata-file">Import a Statusmark data file</label>
        <p class="hint" id="userdata-file-hint">
          Nothing changes until you confirm. Records you changed later than the file are kept.
        </p>
        <input
          id="userdata-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="userdata-file-hint"
          onChange={(e) => void check(e.currentTarget)}
        />
      </div>
      {state.step === 'checking' ? <p role="status">Checking the file{'\u2026'}</p> : null}
      {state.step === 'invalid' ? (
        <ProblemList
          testId="import-problems"
          title={`"${state.fileName}" cannot be imported. Nothing was changed.`}
          problems={state.problems}
        />
      ) : null}
      {state.step === 'planned' ? (
        <div class="notice">
          <ImportPlanView plan={state.plan} caption={`What importing "${state.fileName}" will change`} />
          <div class="actions">
            <button type="button" class="primary" onClick={() => void apply(state.data, state.fileName)}>
              Import
            </button>
            <button type="button" onClick={() => setState({ step: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {state.step === 'done' ? (
        <div class="notice" role="status">
          <ImportPlanView plan={state.plan} caption="Imported" />
        </div>
      ) : null}
    </section>
  );
}
