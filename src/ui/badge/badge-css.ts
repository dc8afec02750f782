/**
 * The badge's styles: ONE constructable stylesheet shared by every badge's shadow root.
 *
 * Isolation: `all: initial !important` on :host beats any page rule on the host, even
 * `!important` ones and inline styles (for important declarations the shadow tree's
 * context wins the cascade). Sizes are in em of `medium`, the reader's default font
 * size: never the page's (a hostile `font-size: 0` changes nothing), and they scale with
 * zoom. `line-height: 0` on inline boxes means the badge never makes its line taller;
 * the background still paints around the glyphs.
 */
export const BADGE_CSS = `
:host {
  all: initial !important;
  display: inline !important;
  visibility: visible !important;
  opacity: 1 !important;
  position: static !important;
  font-size: medium !important;
  line-height: 0 !important;
  white-space: nowrap !important;
  cursor: pointer !important;
  outline: none !important;
  margin-inline-start: 0.3em !important;
  -webkit-user-select: none !important;
  user-select: none !important;
}
.badge {
  display: inline;
  font: 600 0.75em/0 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  letter-spacing: 0.01em;
  padding: 0.2em 0.5em;
  border: 1px solid var(--edge);
  border-radius: 0.9em;
  color: var(--ink);
  background: var(--paper);
  vertical-align: baseline;
  -webkit-box-decoration-break: clone;
  box-decoration-break: clone;
  --ink: #1f2937; --paper: #f3f4f6; --edge: #9ca3af;
}
:host([data-status="proposed"]) .badge { --ink: #1e40af; --paper: #eff6ff; --edge: #93c5fd; }
:host([data-status="reported"]) .badge { --ink: #854d0e; --paper: #fefce8; --edge: #facc15; }
:host([data-status="official"]) .badge { --ink: #166534; --paper: #f0fdf4; --edge: #4ade80; }
:host([data-status="rescinded"]) .badge { --ink: #991b1b; --paper: #fef2f2; --edge: #f87171; }
:host([data-outdated="true"]) .badge { border-style: dashed; }
.badge::before { font-weight: 700; margin-inline-end: 0.3em; }
:host([data-status="proposed"]) .badge::before { content: "\\270E"; }
:host([data-status="reported"]) .badge::before { content: "?"; }
:host([data-status="official"]) .badge::before { content: "\\2713"; }
:host([data-status="rescinded"]) .badge::before { content: "\\2715"; }
s { font-weight: 500; }
.local {
  margin-inline-start: 0.4em;
  padding-inline-start: 0.4em;
  border-inline-start: 1px solid var(--edge);
  font-weight: 500;
  font-style: italic;
}
:host(:hover) .badge { border-color: var(--ink); }
:host(:focus-visible) .badge { outline: 2px solid var(--ink); outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .badge { --ink: #e5e7eb; --paper: #1f2937; --edge: #6b7280; }
  :host([data-status="proposed"]) .badge { --ink: #bfdbfe; --paper: #172554; --edge: #3b82f6; }
  :host([data-status="reported"]) .badge { --ink: #fef08a; --paper: #422006; --edge: #ca8a04; }
  :host([data-status="official"]) .badge { --ink: #bbf7d0; --paper: #052e16; --edge: #16a34a; }
  :host([data-status="rescinded"]) .badge { --ink: #fecaca; --paper: #450a0a; --edge: #dc2626; }
}
@media (forced-colors: active) {
  .badge { border-color: CanvasText; }
}
`;
