/** Why a store call was refused; the background sends `code` and `message` to the caller. */
export type StoreErrorCode = 'invalid' | 'not-found' | 'conflict';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    /** One line per problem, "<path>: <message>", for invalid input. */
    readonly problems: readonly string[] = [],
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
