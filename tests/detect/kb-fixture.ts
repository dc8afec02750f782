import { loadMatcher } from '../../src/detect/load-matcher';
import { prepareMatcher } from '../../src/detect/prepare-matcher';
import { events, makeEntry } from './make-entry';

/**
 * A small KB shaped like the real one (orders, guidance, rules, state bills, adjacent
 * reserve bills), with rules written here so engine tests do not move when the
 * shipped KB's rules are tuned.
 */
export const fixtureEntries = [
  makeEntry({
    id: 'eo-401k',
    title: 'Executive Order 14330 on alternative assets in 401(k) plans',
    kind: 'executive-order',
    events: events(['2025-07-17', 'reported'], ['2025-08-07', 'official']),
    detect: {
      names: ['EO 14330', 'Executive Order 14330'],
      rules: [{ all: [['@order'], ['@retirement'], ['@crypto', '@alternatives']] }],
      exclude: ['strategic bitcoin reserve', 'trumpira'],
      prefer: ['executive order', 'trump', 'president', 'white house'],
    },
  }),
  makeEntry({
    id: 'dol-rule',
    title: 'Labor Department proposed rule on selecting investment alternatives',
    kind: 'proposed-rule',
    events: events(['2026-03-31', 'proposed']),
    detect: {
      names: ['RIN 1210-AC38'],
      rules: [{ all: [['@labor'], ['rule', 'proposed rule', 'safe harbor'], ['@retirement']] }],
      prefer: ['proposed rule', 'safe harbor', 'labor department'],
    },
  }),
  makeEntry({
    id: 'car-2022',
    title: 'Compliance Assistance Release No. 2022-01',
    kind: 'agency-guidance',
    events: events(['2022-03-10', 'official'], ['2025-05-28', 'rescinded']),
    detect: {
      names: ['CAR 2022-01', 'Compliance Assistance Release No. 2022-01'],
      rules: [{ all: [['@labor'], ['@guidance'], ['2022', 'biden-era', 'extreme care']] }],
      prefer: ['2022', 'extreme care'],
    },
  }),
  makeEntry({
    id: 'car-2025',
    title: 'Compliance Assistance Release No. 2025-01',
    kind: 'agency-guidance',
    events: events(['2025-05-28', 'official']),
    detect: {
      names: ['CAR 2025-01', 'Compliance Assistance Release No. 2025-01'],
      rules: [{ all: [['@labor'], ['@guidance'], ['2025', 'neutral']] }],
      exclude: ['2022'],
      prefer: ['2025', 'neutral'],
    },
  }),
  makeEntry({
    id: 'nc-h92',
    title: 'North Carolina H92',
    kind: 'bill',
    events: events(['2025-02-12', 'proposed']),
    detect: {
      names: ['H92', 'House Bill 92', 'Digital Assets Investments Act'],
      rules: [{ all: [['north carolina'], ['@pension'], ['@crypto'], ['passed', 'house', '71-44']] }],
      prefer: ['passed', '71-44'],
    },
  }),
  makeEntry({
    id: 'nc-h506',
    title: 'North Carolina H506 / S709',
    kind: 'bill',
    events: events(['2025-03-24', 'proposed']),
    detect: {
      names: ['H506', 'S709', 'State Investment Modernization Act'],
      rules: [{ all: [['north carolina'], ['@pension'], ['@crypto'], ['march', 'investment authority']] }],
      prefer: ['march'],
    },
  }),
  makeEntry({
    id: 'nh-hb302',
    title: 'New Hampshire HB 302 (treasury, not pension)',
    kind: 'law',
    scope: 'adjacent',
    events: events(['2025-05-06', 'official']),
    detect: {
      names: ['HB 302'],
      rules: [{ all: [['new hampshire'], ['@crypto'], ['treasurer', 'reserve', 'public funds']] }],
    },
  }),
  makeEntry({
    id: 'tx-reserve',
    title: 'Texas strategic bitcoin reserve (not pension money)',
    kind: 'law',
    scope: 'adjacent',
    events: events(['2025-06-21', 'official']),
    detect: {
      names: ['Texas Strategic Bitcoin Reserve'],
      rules: [{ all: [['texas'], ['strategic bitcoin reserve', 'bitcoin reserve']] }],
    },
  }),
];

export const fixtureMatcher = () => loadMatcher(prepareMatcher(fixtureEntries));
