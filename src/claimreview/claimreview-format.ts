/**
 * The schema.org ClaimReview JSON-LD that Statusmark writes (one ClaimReview per KB
 * entry) and the extension term it adds. A consumer that knows only schema.org reads
 * the claim, the status as `reviewRating.alternateName`, the date and the sources;
 * `statusmark:entry` carries the whole entry, so a file Statusmark wrote imports back
 * with nothing lost.
 */

export const STATUSMARK_NS = 'https://statusmark.dev/ns/claimreview#';
export const ENTRY_TERM = 'statusmark:entry';
export const CLAIMREVIEW_CONTEXT = ['https://schema.org', { statusmark: STATUSMARK_NS }] as const;

/** Larger files are refused before they are read: a whole-KB export is far smaller. */
export const MAX_CLAIMREVIEW_BYTES = 10 * 1024 * 1024;

export interface OrganizationJson {
  '@type': 'Organization';
  name: string;
}

export interface SourceJson {
  '@type': 'CreativeWork';
  url: string;
  name: string;
  publisher: OrganizationJson;
  datePublished: string;
}

export interface ClaimReviewJson {
  '@type': 'ClaimReview';
  identifier: string;
  claimReviewed: string;
  reviewBody: string;
  /** The day the status now took effect. */
  datePublished: string;
  /** The day of the entry's latest event. */
  dateModified: string;
  author: OrganizationJson;
  reviewRating: { '@type': 'Rating'; alternateName: string; name: string };
  itemReviewed: {
    '@type': 'Claim';
    name: string;
    /** The entry's detection names: what identifies the claim in articles. */
    alternateName?: string[];
    spatialCoverage: {
      '@type': 'Place';
      address: {
        '@type': 'PostalAddress';
        addressCountry: string;
        addressRegion?: string;
        addressLocality?: string;
      };
    };
    appearance: SourceJson[];
  };
  [ENTRY_TERM]: unknown;
}

export interface ClaimReviewDocumentJson {
  '@context': typeof CLAIMREVIEW_CONTEXT;
  '@graph': ClaimReviewJson[];
}
