import { useEffect, useRef } from 'preact/hooks';
import { ensureSeeded } from '../shared/store';
import { KbBrowser } from './kb-browser/KbBrowser';
import type { Route } from './route';
import { UndoProvider } from './undo';
import { useRoute } from './use-route';
import { EntryPage } from './entry-page/EntryPage';
import { EntryFormPage } from './entry-form/EntryFormPage';
import { DataPage } from './data/DataPage';
import { SitesPage } from './sites/SitesPage';
import { UpdatesPage } from './updates/UpdatesPage';

const SECTIONS = [
  { hash: '#/', label: 'Knowledge base', pages: ['kb', 'entry', 'edit'] },
  { hash: '#/new', label: 'Add an entry', pages: ['new'] },
  { hash: '#/data', label: 'Import and export', pages: ['data'] },
  { hash: '#/sites', label: 'Sites', pages: ['sites'] },
  { hash: '#/updates', label: 'KB updates', pages: ['updates'] },
] as const;

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'kb':
      return <KbBrowser params={route.params} />;
    case 'entry':
      return <EntryPage id={route.id} />;
    case 'new':
      return <EntryFormPage />;
    case 'edit':
      return <EntryFormPage editId={route.id} />;
    case 'data':
      return <DataPage />;
    case 'sites':
      return <SitesPage />;
    case 'updates':
      return <UpdatesPage />;
    default:
      return (
        <section>
          <h1 tabIndex={-1}>Page not found</h1>
          <p>
            Nothing lives at this address. <a href="#/">Go to the knowledge base</a>.
          </p>
        </section>
      );
  }
}

/** The options page: the journalist's workspace, one section per hash route. */
export function Options() {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => void ensureSeeded(), []);
  useEffect(() => {
    // Each view has its own title, so history and screen readers tell them apart.
    const section = SECTIONS.find((s) => (s.pages as readonly string[]).includes(route.page));
    const name =
      route.page === 'entry'
        ? `Entry ${route.id}`
        : route.page === 'edit'
          ? `Edit ${route.id}`
          : section?.label;
    document.title = `${name ?? 'Page not found'} - Statusmark`;
  }, [route]);
  useEffect(() => {
    // After a route change, move focus to the new page's heading, as a page load would.
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [route.page, route.page === 'entry' || route.page === 'edit' ? route.id : '']);
  return (
    <UndoProvider>
      <header class="top">
        <p class="brand">Statusmark</p>
        <nav aria-label="Sections">
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.hash}>
                <a
                  href={s.hash}
                  aria-current={(s.pages as readonly string[]).includes(route.page) ? 'page' : undefined}
                >
                  {s.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main ref={main} class="content">
        <Page route={route} />
      </main>
    </UndoProvider>
  );
}
