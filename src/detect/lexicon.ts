/**
 * Shared word sets for detection rules ("@crypto" in a KB rule means any of these).
 * One place for the vocabulary news uses, so every entry matches the same way.
 * Terms are matched case-insensitively as whole words; a plural "s"/"es" or a
 * possessive "'s" after a term is allowed, so list singulars.
 */
export const LEXICON = {
  crypto: [
    'crypto', 'cryptocurrency', 'cryptocurrencies', 'crypto asset', 'crypto-asset', 'digital asset',
    'digital-asset', 'digital currency', 'virtual currency', 'virtual asset', 'bitcoin', 'btc', 'ether',
    'ethereum', 'eth', 'spot bitcoin etf', 'bitcoin etf', 'bitcoin fund', 'ibit', 'gbtc', 'arkb',
  ],
  alternatives: [
    'alternative asset', 'alternative investment', 'alternatives', 'private equity', 'private market',
    'private credit', 'private fund', 'real estate', 'commodities', 'gold', 'infrastructure', 'hedge fund',
    'lifetime income', 'illiquid asset',
  ],
  retirement: [
    '401(k)', '401k', '401 (k)', '403(b)', '457(b)', 'ira', 'roth ira', 'retirement plan', 'retirement account',
    'retirement savings', 'retirement saver', 'retirement market', 'retirement fund', 'retirement portfolio',
    'defined contribution', 'defined-contribution', 'workplace plan', 'workplace retirement', 'nest egg',
  ],
  pension: [
    'pension', 'pension fund', 'pension plan', 'pension scheme', 'pension system', 'retirement system',
    'retirement fund', 'superannuation', 'super fund', 'retirement board', 'investment board',
  ],
  order: ['executive order', 'executive action', 'presidential order', 'order'],
  labor: [
    'labor department', 'department of labor', 'labour department', 'dol', 'ebsa',
    'employee benefits security administration', 'labor secretary',
  ],
  bill: ['bill', 'legislation', 'measure', 'act', 'proposal', 'lawmaker', 'legislator', 'legislature'],
  guidance: ['guidance', 'release', 'compliance assistance release', 'warning', 'statement', 'bulletin', 'advisory'],
} as const satisfies Record<string, readonly string[]>;

export type LexiconName = keyof typeof LEXICON;
