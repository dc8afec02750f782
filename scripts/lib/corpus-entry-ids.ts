/**
 * The label vocabulary of the evaluation corpus: the KB entry ids a corpus claim may
 * name. Fixed here rather than read from src/kb/entries so the corpus can be checked
 * (and written) before every entry has shipped, and so a renamed KB id shows up as a
 * failing corpus test instead of silently emptying the evaluation.
 */
export const RETIREMENT_ENTRY_IDS = [
  'us-eo-14330-alt-assets-401k',
  'us-dol-nprm-dia-selection-2026',
  'us-dol-car-2022-01',
  'us-dol-car-2025-01',
  'us-dol-2020-pe-info-letter',
  'us-dol-2021-pe-supplemental-statement',
  'us-sec-adi-2025-16',
  'us-fidelity-digital-assets-account-401k',
  'us-fidelity-crypto-ira-2025',
  'us-forusall-v-dol',
  'us-financial-freedom-act',
  'us-retirement-savings-modernization-act-2022',
  'us-retirement-investment-choice-act',
  'us-nc-h92',
  'us-nc-h506-s709',
  'us-nc-s327',
  'us-wi-swib-btc-etf',
  'us-mi-smrs-crypto-etf',
  'us-fl-hb487-sb550-2025',
  'us-fl-hb183-2026',
  'us-az-sb1025',
  'us-ok-hb1203',
  'us-tx-hfrrf-2021',
  'us-nj-jersey-city-ers-2024',
  'jp-gpif-rfi-2024',
  'uk-cartwright-db-scheme-3pct-btc',
  'au-amp-super-btc-2024',
  'kr-nps-indirect-crypto-equities',
  'no-nbim-gpfg-indirect-btc',
  'ca-cdpq-celsius',
  'ca-otpp-ftx',
  'stat-us-401k-assets',
  'us-in-hea-1042-2026',
  'us-ok-sb1985-2026',
  'us-wv-sb143-2026',
] as const;

/** Often conflated with retirement-crypto policy; a claim only when a sentence ties them to retirement money. */
export const ADJACENT_ENTRY_IDS = [
  'us-mi-hb4087',
  'us-az-sb1373',
  'us-az-hb2749',
  'us-az-hb2324',
  'us-nh-hb302',
  'us-tx-sb21',
  'us-eo-14233-strategic-bitcoin-reserve',
  'us-eo-14331-fair-banking',
  'us-eo-14403-trumpira',
  'us-dol-ao-2025-04a',
  'us-scotus-anderson-v-intel',
] as const;

export const CORPUS_ENTRY_IDS = [...RETIREMENT_ENTRY_IDS, ...ADJACENT_ENTRY_IDS] as const;
export type CorpusEntryId = (typeof CORPUS_ENTRY_IDS)[number];
