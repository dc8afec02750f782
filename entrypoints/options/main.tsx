import { render } from 'preact';

function Options() {
  return (
    <main>
      <h1>Statusmark options</h1>
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<Options />, app);
