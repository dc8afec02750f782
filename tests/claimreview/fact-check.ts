/**
 * A fact-checker's ClaimReview, written by us in the shape fact-checkers publish
 * (a rating scale, an author, the claim's appearance), with switches for each test.
 */
export function factCheck(options: {
  rating: string;
  appearanceUrl?: string;
  kind?: string;
  scope?: string;
  confidence?: string;
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: 'https://factcheck.example/state-pension-bitcoin',
    claimReviewed: 'The state pension fund will buy bitcoin next month.',
    datePublished: '2026-03-02T09:30:00Z',
    author: { '@type': 'Organization', name: 'Example Fact Desk', url: 'https://factcheck.example' },
    reviewRating: { '@type': 'Rating', alternateName: options.rating, ratingValue: 3, bestRating: 5 },
    itemReviewed: {
      '@type': 'Claim',
      alternateName: ['State Pension Bitcoin Act'],
      author: { '@type': 'Person', name: 'A. Columnist' },
      spatialCoverage: {
        '@type': 'Place',
        address: { addressCountry: 'us', addressRegion: 'Example State' },
      },
      appearance: [
        {
          '@type': 'CreativeWork',
          url: options.appearanceUrl ?? 'https://news.example/pension-story',
          headline: 'Pension fund to buy bitcoin',
          publisher: { '@type': 'Organization', name: 'Example News' },
        },
      ],
    },
  };
}
