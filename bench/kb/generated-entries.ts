import { entrySchema, type Entry, type EntryInput } from '../../src/kb/schema';
import { Random } from '../lib/random';
import {
  ACT_WORDS,
  AGENCY_DOCUMENTS,
  BRANDS,
  COMPANIES,
  FUND_GROUPS,
  FUND_TYPES,
  PLACES,
  PRODUCT_TYPES,
  STATES,
  SURNAMES,
} from './name-parts';

/**
 * Generated KB entries shaped like the shipped ones (src/kb/entries): state bills
 * found by state + number or by their sponsor, pension funds by name or acronym,
 * agency documents by number, governors' orders, retail products and court cases.
 * Every rule has a group of the entry's own (a number, a surname, a fund or brand
 * name), as real rules do, so a generated entry fires only on text about it; the
 * rarest group is what the matcher indexes, so the page pays for the KB's size in
 * lookups, not in rule evaluations.
 */

type Kind = 'bill' | 'fund' | 'guidance' | 'order' | 'product' | 'case';
const KINDS: [Kind, number][] = [
  ['bill', 0.5],
  ['fund', 0.25],
  ['guidance', 0.1],
  ['order', 0.08],
  ['product', 0.05],
  ['case', 0.02],
];

const source = {
  url: 'https://example.org/statusmark-bench-source',
  title: 'Generated source for the benchmark',
  publisher: 'Statusmark bench',
  primary: true,
};

/** Names the generator must not produce: taken by shipped entries or used by the fixtures. */
export interface Reserved {
  /** Numbers in the shipped entries' terms ("2324", "2025-01"): no generated identifier reuses one. */
  numbers: Set<string>;
  /** Lower-cased terms of the shipped entries: no generated name equals one. */
  terms: Set<string>;
}

export function reservedBy(shipped: readonly Entry[]): Reserved {
  const numbers = new Set<string>();
  const terms = new Set<string>();
  for (const { detect } of shipped) {
    const all = [...detect.names, ...detect.rules.flatMap((r) => r.all.flat()), ...detect.prefer];
    for (const term of all) {
      terms.add(term.toLowerCase());
      for (const number of term.match(/\d[\d-]*\w?/g) ?? []) numbers.add(number.toLowerCase());
    }
  }
  return { numbers, terms };
}

/** The identifier at the end of a label: "HB 2324" -> "2324", "FAB 2023-07" -> "2023-07". */
const numberOf = (label: string) => /[\d-]+$/.exec(label)?.[0] ?? '';

class Generator {
  readonly #random: Random;
  readonly #reserved: Reserved;
  readonly #used = new Set<string>();

  constructor(seed: number, reserved: Reserved) {
    this.#random = new Random(seed);
    this.#reserved = reserved;
  }

  /** A fresh label from `make`, retried until unused and not reserved (nor its number). */
  unique(make: () => string, number: (label: string) => string = () => ''): string {
    for (;;) {
      const id = make();
      const key = id.toLowerCase();
      if (this.#used.has(key) || this.#reserved.terms.has(key)) continue;
      if (this.#reserved.numbers.has(number(id).toLowerCase())) continue;
      this.#used.add(key);
      return id;
    }
  }

  get random(): Random {
    return this.#random;
  }

  timeline(first: 'proposed' | 'reported' | 'official'): EntryInput['events'] {
    const r = this.#random;
    const year = r.int(2021, 2025);
    const month = r.int(1, 9);
    const day = (d: number) => String(d).padStart(2, '0');
    const events: EntryInput['events'] = [
      {
        date: `${year}-${day(month)}-${day(r.int(1, 28))}`,
        status: first,
        summary: 'Generated event.',
        sources: [source],
      },
    ];
    if (r.chance(0.5)) {
      const next = r.pick(['official', 'rescinded'] as const);
      events.push({
        date: `${year}-${day(month + 2)}-${day(r.int(1, 28))}`,
        status: next,
        summary: 'Generated event.',
        sources: [source],
      });
    }
    return events;
  }
}

function pickKind(random: Random): Kind {
  let roll = random.next();
  for (const [kind, share] of KINDS) {
    if (roll < share) return kind;
    roll -= share;
  }
  return 'bill';
}

const base = (id: string, title: string, kind: EntryInput['kind'], region?: string) => ({
  id,
  title,
  summary: 'A generated entry for the Statusmark benchmark.',
  jurisdiction: region ? { country: 'US', region } : { country: 'US' },
  kind,
  confidence: 'confirmed' as const,
});

function bill(g: Generator, index: number): EntryInput {
  const r = g.random;
  const [state, postal] = r.pick(STATES);
  const chamber = r.pick(['HB', 'SB', 'H', 'S'] as const);
  const label = g.unique(() => `${chamber} ${r.int(100, 9999)}`, numberOf);
  const number = numberOf(label);
  const long = chamber.startsWith('H') ? 'House Bill' : 'Senate Bill';
  const act = g.unique(() => `${state} ${r.pick(ACT_WORDS)} ${r.pick(ACT_WORDS)} ${r.pick(ACT_WORDS)} Act`);
  const sponsor = r.pick(SURNAMES);
  const pension = r.chance(0.7);
  return {
    ...base(
      `gen-${index}-${postal.toLowerCase()}-${chamber.toLowerCase()}${number}`,
      `${state} ${label}: ${act}`,
      'bill',
      state,
    ),
    scope: pension ? 'retirement' : 'adjacent',
    events: g.timeline('proposed'),
    detect: {
      names: [act],
      rules: [
        { all: [[state], [label, `${chamber}${number}`, `${long} ${number}`]] },
        { all: [[sponsor], ['@crypto'], ['@bill'], pension ? ['@pension', '@retirement'] : ['reserve']] },
      ],
      exclude: [],
      prefer: [sponsor, number],
    },
  };
}

function fund(g: Generator, index: number): EntryInput {
  const r = g.random;
  const place = r.pick(PLACES);
  const name = g.unique(() => `${place} ${r.pick(FUND_GROUPS)} ${r.pick(FUND_TYPES)}`);
  const acronym = g.unique(() =>
    name
      .split(/\s+/)
      .filter((word) => /^[A-Z]/.test(word))
      .map((word) => word[0])
      .join('')
      .concat(String(r.int(2, 99))),
  );
  return {
    ...base(`gen-${index}-fund`, `${name}: crypto holdings`, 'pension-fund-action'),
    jurisdiction: { country: 'US', locality: place },
    scope: 'retirement',
    events: g.timeline('reported'),
    detect: {
      names: [name],
      rules: [{ all: [[acronym], ['@crypto', '@alternatives']] }],
      exclude: [],
      prefer: ['13F', 'ETF'],
    },
  };
}

function guidance(g: Generator, index: number): EntryInput {
  const r = g.random;
  const [agency, document, short] = r.pick(AGENCY_DOCUMENTS);
  const label = g.unique(
    () => `${short} ${r.int(2018, 2026)}-${String(r.int(1, 120)).padStart(2, '0')}`,
    numberOf,
  );
  const number = numberOf(label);
  return {
    ...base(
      `gen-${index}-guidance`,
      `${agency} ${document} ${number} on crypto in retirement plans`,
      'agency-guidance',
    ),
    scope: 'retirement',
    events: g.timeline('official'),
    detect: {
      names: [`${document} ${number}`, label],
      rules: [{ all: [[agency], [number]] }],
      exclude: ['contribution limit'],
      prefer: ['rescinded', 'withdrawn'],
    },
  };
}

function order(g: Generator, index: number): EntryInput {
  const r = g.random;
  const [state, postal] = r.pick(STATES);
  const name = g.unique(
    () => `${state} Executive Order ${r.int(2019, 2026)}-${String(r.int(1, 60)).padStart(2, '0')}`,
    numberOf,
  );
  const number = numberOf(name);
  const governor = r.pick(SURNAMES);
  return {
    ...base(`gen-${index}-order`, name, 'executive-order', state),
    scope: r.chance(0.5) ? 'retirement' : 'adjacent',
    events: g.timeline('official'),
    detect: {
      names: [name, `${postal} EO ${number}`],
      rules: [{ all: [[`Gov. ${governor}`, `Governor ${governor}`], ['@order'], ['@crypto']] }],
      exclude: [],
      prefer: [state.toLowerCase()],
    },
  };
}

function product(g: Generator, index: number): EntryInput {
  const r = g.random;
  const company = r.pick(COMPANIES);
  const brand = g.unique(() => `${company} ${r.pick(BRANDS)} ${r.int(1, 99)}`);
  const name = `${brand} ${r.pick(PRODUCT_TYPES)}`;
  return {
    ...base(`gen-${index}-product`, name, 'private-product'),
    scope: 'retirement',
    events: g.timeline('reported'),
    detect: { names: [name], rules: [{ all: [[brand], ['@retirement']] }], exclude: [], prefer: [company] },
  };
}

function courtCase(g: Generator, index: number): EntryInput {
  const r = g.random;
  const plaintiff = r.pick(SURNAMES);
  const defendant = `${r.pick(COMPANIES)} ${r.pick(BRANDS)}`;
  g.unique(() => `${plaintiff} v. ${defendant}`);
  return {
    ...base(`gen-${index}-case`, `${plaintiff} v. ${defendant}`, 'court-case'),
    scope: 'retirement',
    events: g.timeline('proposed'),
    detect: {
      names: [`${plaintiff} v. ${defendant}`, `${plaintiff} v ${defendant}`],
      rules: [{ all: [[plaintiff], [defendant], ['@retirement']] }],
      exclude: [],
      prefer: ['lawsuit'],
    },
  };
}

const MAKERS: Record<Kind, (g: Generator, index: number) => EntryInput> = {
  bill,
  fund,
  guidance,
  order,
  product,
  case: courtCase,
};

/** `count` generated entries (seeded: the same every run), validated by the KB schema. */
export function generatedEntries(count: number, reserved: Reserved, seed = 8): Entry[] {
  const g = new Generator(seed, reserved);
  return Array.from({ length: count }, (_, index) => entrySchema.parse(MAKERS[pickKind(g.random)](g, index)));
}
