import { isHttpsUrl, type Source } from '../kb/schema';
import type { ClaimReviewInput, CreativeWorkInput, PartyInput } from './claimreview-input-schema';

/**
 * A ClaimReview's sources: the review itself (the fact-check article, by its author),
 * then where the claim appeared. https links only; each one left out is reported.
 */

export interface MappedSources {
  sources: Source[];
  /** Sources left out, "<path>: <why>". */
  problems: string[];
  /** What was filled from something other than the field itself. */
  notes: string[];
}

const nameOf = (parties: PartyInput[] | undefined) => parties?.find((p) => p.name?.trim())?.name?.trim();

function mapSource(work: CreativeWorkInput, path: string, out: MappedSources, fallbackPublisher?: string) {
  const url = work.url?.trim() ?? '';
  if (!isHttpsUrl(url)) {
    out.problems.push(
      `${path}.url: ${url ? `"${url.slice(0, 80)}" is not an https URL` : 'no URL'}; left out`,
    );
    return;
  }
  if (out.sources.some((s) => s.url === url)) return;
  const title = (work.name ?? work.headline)?.trim();
  if (!title) out.notes.push(`${path}: no name or headline; the URL is used as its title`);
  let publisher = nameOf(work.publisher) ?? nameOf(work.author) ?? fallbackPublisher;
  if (!publisher) {
    publisher = new URL(url).hostname;
    out.notes.push(`${path}: no publisher or author; the site's host name is used`);
  }
  out.sources.push({
    url,
    title: (title ?? url).slice(0, 300),
    publisher: publisher.slice(0, 120),
    primary: false,
  });
}

export function mapSources(review: ClaimReviewInput): MappedSources {
  const out: MappedSources = { sources: [], problems: [], notes: [] };
  if (review.url !== undefined) {
    const name = review.claimReviewed ? `Fact check: ${review.claimReviewed}` : undefined;
    mapSource({ url: review.url, name }, 'url', out, nameOf(review.author));
  }
  review.itemReviewed?.appearance?.forEach((work, i) =>
    mapSource(work, `itemReviewed.appearance[${i}]`, out),
  );
  const first = review.itemReviewed?.firstAppearance;
  if (first) mapSource(first, 'itemReviewed.firstAppearance', out);
  if (out.sources.length > 0) {
    out.notes.push('ClaimReview does not say which sources are primary: every source is marked not primary');
  }
  return out;
}
