import { z } from 'zod';

/**
 * Messages a content script sends to the background. One schema per direction:
 * the background parses every incoming message with it before acting.
 */
export const contentRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('getMatcher') }),
]);
export type ContentRequest = z.infer<typeof contentRequestSchema>;

export const matcherTermSchema = z.object({
  text: z.string().min(1),
  entryId: z.string().min(1),
  status: z.enum(['proposed', 'reported', 'official', 'rescinded']),
});
export const matcherResponseSchema = z.object({ terms: z.array(matcherTermSchema) });
export type MatcherResponse = z.infer<typeof matcherResponseSchema>;

/** Messages an extension page (popup) sends to a tab's content script. */
export const tabRequestSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('getPageInfo') })]);
export type TabRequest = z.infer<typeof tabRequestSchema>;
export const pageInfoSchema = z.object({
  url: z.string(),
  title: z.string(),
  badgeCount: z.number().int().nonnegative(),
});
export type PageInfo = z.infer<typeof pageInfoSchema>;
