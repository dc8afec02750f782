import { useState } from 'preact/hooks';
import type { NoteRecord } from '../../../db/records';
import { requestFromPage } from '../../../messaging/send';
import { readableDate, readableDateTime } from '../../shared/dates';
import { errorLines } from '../../shared/errors';
import { LocalMark, StatusChip } from '../../shared/StatusChip';
import { useUndo } from '../undo';
import { NoteForm } from './NoteForm';

function NoteView({ note, onEdit }: { note: NoteRecord; onEdit(): void }) {
  const offerUndo = useUndo();
  const [error, setError] = useState('');
  const remove = async () => {
    try {
      const deleted = await requestFromPage({ type: 'deleteNote', id: note.id });
      offerUndo({
        message: 'Note deleted.',
        undo: () => requestFromPage({ type: 'restoreNote', note: deleted }),
      });
    } catch (e) {
      setError(errorLines(e).join('; '));
    }
  };
  return (
    <li class="note" data-note-id={note.id}>
      {note.verified ? (
        <p class="note-verified">
          <StatusChip status={note.verified.status} /> since {readableDate(note.verified.date)}{' '}
          <LocalMark title="A status you verified yourself" />
          {note.verified.note ? <span class="hint"> {note.verified.note}</span> : null}
        </p>
      ) : null}
      {note.text ? <p class="note-text">{note.text}</p> : null}
      <p class="hint">Last changed {readableDateTime(note.updatedAt)}</p>
      <div class="actions">
        <button type="button" onClick={onEdit}>
          Edit note
        </button>
        <button type="button" class="danger" onClick={() => void remove()}>
          Delete note
        </button>
      </div>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}

/** The user's notes and verified statuses on an entry; never touched by KB updates. */
export function NotesPanel({ entryId, notes }: { entryId: string; notes: readonly NoteRecord[] }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  return (
    <section aria-labelledby="notes-heading" class="notes">
      <h2 id="notes-heading">Your notes</h2>
      <p class="hint">Kept on this device only. KB updates never change them.</p>
      {notes.length === 0 ? <p>No notes yet.</p> : null}
      <ul class="note-list">
        {notes.map((note) =>
          editing === note.id ? (
            <li key={note.id} class="note">
              <NoteForm entryId={entryId} note={note} onDone={() => setEditing(null)} />
            </li>
          ) : (
            <NoteView key={note.id} note={note} onEdit={() => setEditing(note.id)} />
          ),
        )}
      </ul>
      <h3>Add a note</h3>
      <NoteForm key={formKey} entryId={entryId} onDone={() => setFormKey((k) => k + 1)} />
    </section>
  );
}
