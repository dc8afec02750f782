import type { ImportPlan, TableChanges } from '../../../db/user-data';

const SETTING_WORDS: Record<string, string> = {
  paused: 'pause everywhere',
  disabledSites: 'sites where Statusmark is off (merged)',
  feedUrl: 'KB feed URL',
};

function TableRow({ label, changes }: { label: string; changes: TableChanges }) {
  const cell = (ids: string[]) =>
    ids.length === 0 ? (
      '0'
    ) : (
      <details>
        <summary>{ids.length}</summary>
        <ul>
          {ids.map((id) => (
            <li key={id}>
              <code>{id}</code>
            </li>
          ))}
        </ul>
      </details>
    );
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{cell(changes.added)}</td>
      <td>{cell(changes.updated)}</td>
      <td>{cell(changes.unchanged)}</td>
      <td>{cell(changes.keptNewer)}</td>
    </tr>
  );
}

/** What an import will change (or changed): records per table, settings, dismissed badges. */
export function ImportPlanView({ plan, caption }: { plan: ImportPlan; caption: string }) {
  return (
    <div class="import-plan" data-testid="import-plan">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Records</th>
            <th scope="col">Added</th>
            <th scope="col">Updated</th>
            <th scope="col">Unchanged</th>
            <th scope="col">Kept yours (newer)</th>
          </tr>
        </thead>
        <tbody>
          <TableRow label="Own entries" changes={plan.userEntries} />
          <TableRow label="Notes" changes={plan.notes} />
        </tbody>
      </table>
      <p>
        Settings changed:{' '}
        {plan.settings.length ? plan.settings.map((key) => SETTING_WORDS[key] ?? key).join(', ') : 'none'}.
        Dismissed badges added: {plan.dismissalsAdded}.
      </p>
    </div>
  );
}
