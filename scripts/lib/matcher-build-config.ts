/** Build-time environment that shapes how the background sends the prepared matcher. */
export interface MatcherBuildEnv {
  /**
   * The most base64 one matcher message carries (a multiple of 4). Only e2e builds set it,
   * small, so the shipped KB's matcher travels in two deliveries the way a large KB's does.
   */
  STATUSMARK_MATCHER_PIECE_CHARS?: string | undefined;
}

/** The Vite `define` read by src/messaging/matcher-parts.ts (null: the default piece size). */
export function matcherBuildDefines(env: MatcherBuildEnv): Record<string, string> {
  const chars = /^[1-9]\d*$/.test(env.STATUSMARK_MATCHER_PIECE_CHARS ?? '')
    ? Number(env.STATUSMARK_MATCHER_PIECE_CHARS)
    : null;
  return {
    __STATUSMARK_MATCHER_PIECE_CHARS__: JSON.stringify(chars !== null && chars % 4 === 0 ? chars : null),
  };
}
