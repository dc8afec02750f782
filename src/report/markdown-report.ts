import type { PageReport, ReportClaim } from './page-report';
import { statusWord } from './status-text';

/**
 * The page report as Markdown, to paste into a draft or a chat:
 *
 *   # Statusmark report: <page title>
 *
 *   - Page: <url>
 *   - Published: 2025-07-17
 *   - Checked: 2026-11-27 against Statusmark KB version 2026112701
 *
 *   1. "<sentence>" - <entry title>: Reported at publication, Official now (since 2025-08-07), outdated.
 *      Primary source: The White House, "<title>", <https://...>
 *
 * Page and KB strings are escaped, so a sentence can never turn into a link, a heading
 * or HTML where the Markdown is rendered.
 */

/**
 * Backslash-escapes what could start Markdown syntax inside a line (emphasis, code,
 * links, HTML, tables, strikethrough, entities) and folds line breaks. Parentheses stay
 * as they are: "401(k)" cannot make a link once "[" is escaped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}

/** A URL as an autolink; our URLs are validated and percent-encoded, but never let one close the link. */
const autolink = (url: string) => `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;

function statusLine(claim: ReportClaim): string {
  const since = claim.currentSince ? ` (since ${claim.currentSince})` : '';
  const marks = [claim.outdated ? 'outdated' : '', claim.local ? 'local: from your own notes' : '']
    .filter(Boolean)
    .map((mark) => `, ${mark}`)
    .join('');
  return `${statusWord(claim.statusAtPublication)} at publication, ${statusWord(claim.currentStatus)} now${since}${marks}.`;
}

function sourceLine(claim: ReportClaim): string {
  const source = claim.source;
  if (!source) return 'Source: none recorded.';
  const label = source.primary ? 'Primary source' : 'Source';
  return `${label}: ${escapeMarkdown(source.publisher)}, "${escapeMarkdown(source.title)}", ${autolink(source.url)}`;
}

function claimItem(claim: ReportClaim, index: number): string {
  const number = `${index + 1}.`;
  const indent = ' '.repeat(number.length + 1);
  return [
    `${number} "${escapeMarkdown(claim.sentence)}" - ${escapeMarkdown(claim.entryTitle)}: ${statusLine(claim)}`,
    `${indent}${sourceLine(claim)}`,
  ].join('\n');
}

export function pageReportMarkdown(report: PageReport): string {
  const kb = report.kbVersion === null ? 'the Statusmark KB' : `Statusmark KB version ${report.kbVersion}`;
  const head = [
    `# Statusmark report: ${escapeMarkdown(report.title || report.url)}`,
    '',
    `- Page: ${autolink(report.url)}`,
    `- Published: ${report.publishedAt ?? 'not stated on the page'}`,
    `- Checked: ${report.checkedOn} against ${kb}`,
    '',
  ];
  const body =
    report.claims.length === 0
      ? ['No claims about retirement-crypto policy were found on this page.']
      : report.claims.map(claimItem);
  return [...head, ...body].join('\n') + '\n';
}
