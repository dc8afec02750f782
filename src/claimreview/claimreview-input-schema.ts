import { z } from 'zod';

/**
 * What Statusmark reads of a ClaimReview from any fact-checker. schema.org lets most
 * properties be one value or a list, and a thing or its name; these schemas accept
 * those shapes and nothing stranger, so every later step works on known types.
 * Properties not named here are kept (looseObject) and reported as not imported.
 */

const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.union([item, z.array(item)]).transform((v): z.infer<T>[] => (Array.isArray(v) ? v : [v]));

const text = z.string().max(20_000);
const typeList = oneOrMany(z.string().max(200));

/** An organization or person given as an object with a name, or as a bare name. */
const party = z.union([
  text.transform((name) => ({ name })),
  z.looseObject({ '@type': typeList.optional(), name: text.optional() }),
]);
export type PartyInput = z.infer<typeof party>;

const creativeWork = z.union([
  text.transform((url) => ({ url }) as CreativeWorkFields),
  z.looseObject({
    '@type': typeList.optional(),
    url: text.optional(),
    name: text.optional(),
    headline: text.optional(),
    datePublished: text.optional(),
    publisher: oneOrMany(party).optional(),
    author: oneOrMany(party).optional(),
  }),
]);
interface CreativeWorkFields {
  url?: string;
  name?: string;
  headline?: string;
  datePublished?: string;
  publisher?: PartyInput[];
  author?: PartyInput[];
}
export type CreativeWorkInput = z.infer<typeof creativeWork>;

const address = z.looseObject({
  addressCountry: z.union([text, z.looseObject({ name: text.optional() })]).optional(),
  addressRegion: text.optional(),
  addressLocality: text.optional(),
});
const place = z.union([
  text.transform((name) => ({ name }) as { name?: string; address?: z.infer<typeof address> }),
  z.looseObject({ '@type': typeList.optional(), name: text.optional(), address: address.optional() }),
]);

export const claimInputSchema = z.looseObject({
  '@type': typeList.optional(),
  name: text.optional(),
  alternateName: oneOrMany(text).optional(),
  appearance: oneOrMany(creativeWork).optional(),
  firstAppearance: creativeWork.optional(),
  spatialCoverage: oneOrMany(place).optional(),
  contentLocation: oneOrMany(place).optional(),
});

export const ratingInputSchema = z.looseObject({
  '@type': typeList.optional(),
  alternateName: text.optional(),
  name: text.optional(),
  ratingExplanation: text.optional(),
});

export const claimReviewInputSchema = z.looseObject({
  '@type': typeList,
  identifier: z.union([text, z.number()]).optional(),
  url: text.optional(),
  claimReviewed: text.optional(),
  reviewBody: text.optional(),
  description: text.optional(),
  datePublished: text.optional(),
  dateModified: text.optional(),
  author: oneOrMany(party).optional(),
  reviewRating: ratingInputSchema.optional(),
  itemReviewed: claimInputSchema.optional(),
  'statusmark:entry': z.unknown().optional(),
});
export type ClaimReviewInput = z.infer<typeof claimReviewInputSchema>;
