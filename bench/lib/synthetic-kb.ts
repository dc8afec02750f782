import { entrySchema, type Entry, type EntryInput } from '../../src/kb/schema';
import { Random } from './random';

/**
 * Generated KB entries shaped like the real ones: state bills with numbers and
 * act names, public pension funds, agency bulletins, executive orders and retail
 * products, each with names, co-occurrence rules over the shared word sets,
 * exclusions and prefer terms. Names are unique, as real identifiers are.
 */

export const STATES = [
  ['Alabama', 'AL'],
  ['Alaska', 'AK'],
  ['Arizona', 'AZ'],
  ['Arkansas', 'AR'],
  ['California', 'CA'],
  ['Colorado', 'CO'],
  ['Connecticut', 'CT'],
  ['Delaware', 'DE'],
  ['Florida', 'FL'],
  ['Georgia', 'GA'],
  ['Hawaii', 'HI'],
  ['Idaho', 'ID'],
  ['Illinois', 'IL'],
  ['Indiana', 'IN'],
  ['Iowa', 'IA'],
  ['Kansas', 'KS'],
  ['Kentucky', 'KY'],
  ['Louisiana', 'LA'],
  ['Maine', 'ME'],
  ['Maryland', 'MD'],
  ['Massachusetts', 'MA'],
  ['Michigan', 'MI'],
  ['Minnesota', 'MN'],
  ['Mississippi', 'MS'],
  ['Missouri', 'MO'],
  ['Montana', 'MT'],
  ['Nebraska', 'NE'],
  ['Nevada', 'NV'],
  ['New Hampshire', 'NH'],
  ['New Jersey', 'NJ'],
  ['New Mexico', 'NM'],
  ['New York', 'NY'],
  ['North Carolina', 'NC'],
  ['North Dakota', 'ND'],
  ['Ohio', 'OH'],
  ['Oklahoma', 'OK'],
  ['Oregon', 'OR'],
  ['Pennsylvania', 'PA'],
  ['Rhode Island', 'RI'],
  ['South Carolina', 'SC'],
  ['South Dakota', 'SD'],
  ['Tennessee', 'TN'],
  ['Texas', 'TX'],
  ['Utah', 'UT'],
  ['Vermont', 'VT'],
  ['Virginia', 'VA'],
  ['Washington', 'WA'],
  ['West Virginia', 'WV'],
  ['Wisconsin', 'WI'],
  ['Wyoming', 'WY'],
] as const;

const ACT_WORDS = [
  'Digital',
  'Asset',
  'Bitcoin',
  'Retirement',
  'Pension',
  'Investment',
  'Modernization',
  'Freedom',
  'Security',
  'Innovation',
  'Protection',
  'Choice',
  'Savings',
  'Opportunity',
  'Prosperity',
  'Sound',
  'Money',
  'Treasury',
  'Diversification',
  'Fiduciary',
  'Transparency',
  'Future',
  'Workers',
  'Teachers',
  'Public',
  'Employees',
  'Blockchain',
  'Virtual',
  'Currency',
  'Strategic',
  'Stability',
  'Growth',
  'Access',
  'Trust',
  'Heritage',
];
const FUND_GROUPS = [
  'Teachers',
  'Police and Fire',
  'Firefighters',
  'Municipal Employees',
  'County Employees',
  'Public Employees',
  'State Employees',
  'Judges',
  'Transit Workers',
  'School Employees',
  'Sheriffs',
  'Highway Patrol',
];
const FUND_TYPES = [
  'Retirement System',
  'Pension Fund',
  'Pension Plan',
  'Retirement Fund',
  'Investment Board',
];
const CITIES = [
  'Dallas',
  'Houston',
  'Denver',
  'Phoenix',
  'Tampa',
  'Fresno',
  'Omaha',
  'Tulsa',
  'Boise',
  'Austin',
  'Miami',
  'Jersey City',
  'Newark',
  'Detroit',
  'Cleveland',
  'Memphis',
  'Louisville',
  'Richmond',
  'Spokane',
  'Tacoma',
];
const COMPANIES = [
  'Fidelity',
  'Vanguard',
  'Schwab',
  'ForUsAll',
  'Bitwise',
  'Grayscale',
  'Coinbase',
  'Kraken',
  'iTrustCapital',
  'Alto',
  'BitIRA',
  'Swan',
  'River',
  'Unchained',
  'Empower',
  'Principal',
  'Voya',
  'TIAA',
  'Ameritas',
  'Guideline',
];
const SURNAMES = [
  'Barnaby',
  'Rogers',
  'Maynard',
  'Ammon',
  'Weninger',
  'Posthumus',
  'Donalds',
  'Downing',
  'Tuberville',
  'Lummis',
  'Hall',
  'Ross',
  'Jones',
  'Johnson',
  'Moffitt',
  'Finchem',
  'Keller',
  'Ortiz',
  'Nguyen',
  'Patel',
  'Okafor',
];
const AGENCIES = ['Labor Department', 'SEC', 'Treasury', 'IRS', 'FINRA', 'OCC'];

const source = {
  url: 'https://example.org/source',
  title: 'Generated source',
  publisher: 'Bench',
  primary: true,
};

function timeline(random: Random, kind: string): EntryInput['events'] {
  const year = random.int(2021, 2026);
  const month = String(random.int(1, 9)).padStart(2, '0');
  const first = kind === 'bill' ? 'proposed' : random.pick(['reported', 'official'] as const);
  const steps: [string, 'proposed' | 'reported' | 'official' | 'rescinded'][] = [
    [`${year}-${month}-0${random.int(1, 9)}`, first],
  ];
  if (random.chance(0.5))
    steps.push([
      `${year}-${String(Number(month) + 2).padStart(2, '0')}-1${random.int(0, 9)}`,
      random.pick(['official', 'rescinded'] as const),
    ]);
  return steps.map(([date, status]) => ({
    date,
    status,
    summary: `Generated ${status} event.`,
    sources: [source],
  }));
}

function entry(random: Random, index: number): EntryInput {
  const [state, postal] = random.pick(STATES);
  const roll = random.next();
  const id = `gen-${index}`;
  const base = {
    id,
    summary: 'A generated entry for benchmarks.',
    jurisdiction: { country: 'US' },
    confidence: 'confirmed' as const,
  };
  if (roll < 0.5) {
    const chamber = random.pick(['HB', 'SB', 'H', 'S']);
    const number = 100 + index; // unique, like real bill numbers within a state and session
    const words = [random.pick(ACT_WORDS), random.pick(ACT_WORDS), random.pick(ACT_WORDS)];
    const act = `${state} ${words.join(' ')} Act`;
    const long = chamber.startsWith('H') ? 'House Bill' : 'Senate Bill';
    const pension = random.chance(0.7);
    return {
      ...base,
      title: `${state} ${chamber} ${number}: ${act}`,
      kind: 'bill',
      scope: pension ? 'retirement' : 'adjacent',
      events: timeline(random, 'bill'),
      detect: {
        names: [`${chamber} ${number}`, `${long} ${number}`, act],
        rules: [
          {
            all: [
              [state, `${postal} lawmakers`],
              pension ? ['@pension', '@retirement'] : ['reserve', 'treasury'],
              ['@crypto'],
              ['@bill'],
            ],
          },
        ],
        exclude: pension ? ['strategic bitcoin reserve'] : [],
        prefer: [random.pick(SURNAMES), `${random.int(2, 10)}%`],
      },
    };
  }
  if (roll < 0.75) {
    const place = random.chance(0.5) ? state : random.pick(CITIES);
    const fund = `${place} ${random.pick(FUND_GROUPS)} ${random.pick(FUND_TYPES)}`;
    const acronym =
      fund
        .split(/\s+/)
        .filter((w) => /^[A-Z]/.test(w))
        .map((w) => w[0])
        .join('') + String(index % 97);
    return {
      ...base,
      title: `${fund}: bitcoin ETF holdings`,
      kind: 'pension-fund-action',
      scope: 'retirement',
      events: timeline(random, 'fund'),
      detect: {
        names: [fund, acronym],
        rules: [{ all: [[place], ['@pension'], ['@crypto']] }],
        exclude: [],
        prefer: ['13F', 'ETF'],
      },
    };
  }
  if (roll < 0.85) {
    const agency = random.pick(AGENCIES);
    const bulletin = `Bulletin ${random.int(2019, 2026)}-${String(index % 100).padStart(2, '0')}${index}`;
    return {
      ...base,
      title: `${agency} ${bulletin} on crypto in retirement plans`,
      kind: 'agency-guidance',
      scope: 'retirement',
      events: timeline(random, 'guidance'),
      detect: {
        names: [`${agency} ${bulletin}`, bulletin],
        rules: [{ all: [[agency], ['@guidance'], ['@crypto'], ['@retirement']] }],
        exclude: ['contribution limit'],
        prefer: ['rescinded', 'warning'],
      },
    };
  }
  if (roll < 0.93) {
    const company = random.pick(COMPANIES);
    const product = `${company} ${random.pick(['Crypto IRA', 'Bitcoin 401(k)', 'Digital Assets Account', 'Crypto Window'])} ${index}`;
    return {
      ...base,
      title: product,
      kind: 'private-product',
      scope: 'retirement',
      events: timeline(random, 'product'),
      detect: {
        names: [product],
        rules: [{ all: [[company], ['@retirement'], ['@crypto'], ['launch', 'offer', 'account']] }],
        exclude: [],
        prefer: [company],
      },
    };
  }
  const number = 14000 + index;
  return {
    ...base,
    title: `Executive Order ${number}`,
    kind: 'executive-order',
    scope: random.chance(0.5) ? 'retirement' : 'adjacent',
    events: timeline(random, 'order'),
    detect: {
      names: [`Executive Order ${number}`, `EO ${number}`, `E.O. ${number}`],
      rules: [{ all: [['@order'], ['@retirement'], ['@crypto'], [random.pick(ACT_WORDS).toLowerCase()]] }],
      exclude: ['trumpira'],
      prefer: ['white house'],
    },
  };
}

/** `count` generated entries, validated by the KB schema like shipped ones. */
export function syntheticEntries(count: number, seed = 4): Entry[] {
  const random = new Random(seed);
  return Array.from({ length: count }, (_, i) => entrySchema.parse(entry(random, i)));
}
