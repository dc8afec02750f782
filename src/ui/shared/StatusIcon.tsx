import type { Status } from '../../kb/schema';

/**
 * One icon per status, drawn (not a font glyph) so it looks the same everywhere and
 * keeps bundles ASCII: a pencil (proposed), a question mark (reported), a check
 * (official), a cross (rescinded). Decorative: the word beside it is what is read.
 */
const PATHS: Record<Status, string> = {
  proposed: 'M3 13l1-3.5L11 2.5l2.5 2.5L6.5 12z',
  reported: 'M5.5 6a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5V11M8 13.2v.3',
  official: 'M3 8.5l3 3 7-7',
  rescinded: 'M4 4l8 8M12 4l-8 8',
};

export function StatusIcon({ status }: { status: Status }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d={PATHS[status]}
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
