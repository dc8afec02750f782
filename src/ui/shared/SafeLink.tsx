import type { ComponentChildren } from 'preact';
import { isSafeLink } from '../popover/safe-link';

/** A link to an outside source: https only, in a new tab, with no opener or referrer. Else plain text. */
export function SafeLink({ href, children }: { href: string; children: ComponentChildren }) {
  if (!isSafeLink(href)) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span class="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
