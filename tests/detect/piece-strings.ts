import fc from 'fast-check';

/** Strings made of up to `maxLength` of these pieces, in any order: the tricky characters a spec names. */
export const stringsOf = (pieces: readonly string[], maxLength: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...pieces), { maxLength }).map((parts) => parts.join(''));
