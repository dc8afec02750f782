/**
 * The popover's styles, adopted by its one shadow root. Isolated like the badge's: the
 * host resets everything, sizes are relative to the reader's default font size.
 */
export const POPOVER_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: static !important;
  visibility: visible !important;
  opacity: 1 !important;
  font-size: medium !important;
}
.popover {
  position: fixed;
  z-index: 2147483647;
  box-sizing: border-box;
  width: min(26em, calc(100vw - 16px));
  max-height: min(32em, calc(100vh - 16px));
  overflow: auto;
  padding: 0.9em 1em 1em;
  font: 400 0.875em/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  color: #111827;
  background: #ffffff;
  border: 1px solid #9ca3af;
  border-radius: 0.6em;
  box-shadow: 0 10px 30px rgba(0, 0, 0, 0.25);
  text-align: start;
}
.popover:focus { outline: none; }
.popover:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
@media (prefers-reduced-motion: no-preference) {
  .popover { animation: sm-in 120ms ease-out; }
  @keyframes sm-in { from { opacity: 0; transform: translateY(-4px); } to { opacity: 1; transform: none; } }
}
.head { display: flex; gap: 0.5em; align-items: flex-start; }
h2 { flex: 1; margin: 0; font-size: 1.05em; line-height: 1.3; font-weight: 700; }
h3 { margin: 0.9em 0 0.3em; font-size: 0.95em; font-weight: 700; }
p, dl, ul, ol { margin: 0.5em 0; }
button {
  font: inherit;
  cursor: pointer;
  color: inherit;
  background: #f3f4f6;
  border: 1px solid #6b7280;
  border-radius: 0.4em;
  padding: 0.3em 0.7em;
}
button:hover { background: #e5e7eb; }
button:focus-visible, a:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
button:disabled { cursor: default; color: #4b5563; }
.close { padding: 0 0.45em; font-size: 1.2em; line-height: 1.3; }
.chip { display: inline-block; padding: 0 0.45em; border-radius: 0.8em; font-weight: 600; border: 1px solid; }
.chip-proposed { color: #1e40af; background: #eff6ff; border-color: #93c5fd; }
.chip-reported { color: #854d0e; background: #fefce8; border-color: #facc15; }
.chip-official { color: #166534; background: #f0fdf4; border-color: #4ade80; }
.chip-rescinded { color: #991b1b; background: #fef2f2; border-color: #f87171; }
.facts { display: grid; grid-template-columns: auto 1fr; gap: 0.15em 0.8em; }
.facts dt { color: #374151; }
.facts dd { margin: 0; font-weight: 600; }
.outdated { padding: 0.4em 0.6em; border-inline-start: 3px solid #b45309; background: #fffbeb; color: #78350f; }
.muted, .why, .publisher { color: #4b5563; }
.timeline { list-style: none; padding: 0; border-inline-start: 2px solid #d1d5db; margin-inline-start: 0.3em; }
.timeline > li { padding-inline-start: 0.8em; margin: 0 0 0.6em; }
.event-head { display: flex; gap: 0.5em; align-items: baseline; }
time { font-variant-numeric: tabular-nums; font-weight: 600; }
.event-summary { margin: 0.2em 0; }
.sources { padding-inline-start: 1.1em; margin: 0.2em 0; font-size: 0.95em; }
a { color: #1d4ed8; text-decoration: underline; }
.caveats { padding-inline-start: 1.2em; }
.actions { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; margin-top: 0.8em; }
.status-note { color: #166534; }
@media (prefers-color-scheme: dark) {
  .popover { color: #f3f4f6; background: #111827; border-color: #6b7280; }
  button { background: #1f2937; border-color: #9ca3af; }
  button:hover { background: #374151; }
  button:disabled { color: #9ca3af; }
  .facts dt, .muted, .why, .publisher { color: #d1d5db; }
  .chip-proposed { color: #bfdbfe; background: #172554; border-color: #3b82f6; }
  .chip-reported { color: #fef08a; background: #422006; border-color: #ca8a04; }
  .chip-official { color: #bbf7d0; background: #052e16; border-color: #16a34a; }
  .chip-rescinded { color: #fecaca; background: #450a0a; border-color: #dc2626; }
  .outdated { background: #451a03; color: #fde68a; border-color: #f59e0b; }
  .timeline { border-color: #4b5563; }
  a { color: #93c5fd; }
  .status-note { color: #86efac; }
  button:focus-visible, a:focus-visible, .popover:focus-visible { outline-color: #93c5fd; }
}
`;
