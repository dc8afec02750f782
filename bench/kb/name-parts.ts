/**
 * Word lists for generated KB entries. The places, surnames, brands and agencies
 * here never appear in the benchmark pages (bench/fixtures uses other lists), so a
 * generated entry fires only where a fixture names it, which none does: the
 * fixtures' truth is about the shipped entries only.
 */

export { STATES } from '../lib/synthetic-kb';

/** Towns and counties for public pension funds (none is used by the fixtures' prose). */
export const PLACES = (
  'Abilene Akron Albany Allentown Amarillo Anaheim Ann-Arbor Arlington Athens Augusta Bakersfield Baton-Rouge ' +
  'Beaumont Bellevue Berkeley Billings Birmingham Bismarck Bloomington Boulder Bridgeport Brockton Buffalo ' +
  'Burbank Cambridge Camden Canton Carlsbad Cary Cedar-Rapids Chandler Charleston Chattanooga Chesapeake ' +
  'Cheyenne Chula-Vista Clarksville Columbia Concord Corona Costa-Mesa Dayton Dearborn Downey Duluth Durham ' +
  'Edison El-Monte Elgin Elizabeth Erie Escondido Eugene Evansville Fairfield Fargo Flint Fontana Fort-Collins ' +
  'Fremont Frisco Gainesville Garland Gilbert Glendale Greeley Green-Bay Gresham Hampton Hartford Hayward ' +
  'Henderson Hialeah Hollywood Huntsville Independence Irvine Jackson Joliet Kalamazoo Kenosha Killeen ' +
  'Knoxville Lafayette Lakewood Lancaster Lansing Laredo Lowell Lubbock Macon Madison Manchester McAllen ' +
  'Mesquite Midland Modesto Montgomery Murfreesboro Naperville Norman Norwalk Oakland Ocala Odessa Olathe ' +
  'Orange Overland-Park Oxnard Palmdale Pasadena Paterson Pembroke Peoria Plano Pomona Provo Pueblo Racine ' +
  'Raleigh Reno Riverside Rochester Rockford Roseville Salem Salinas Santa-Clara Savannah Scottsdale Shreveport ' +
  'Sioux-Falls Springfield Stamford Sterling Stockton Sunnyvale Syracuse Tallahassee Temecula Tempe Toledo ' +
  'Topeka Torrance Tucson Vallejo Ventura Visalia Waco Warren Waterbury Westminster Wichita Wilmington Worcester ' +
  'Yonkers Yuma'
)
  .split(' ')
  .map((name) => name.replace(/-/g, ' '));

export const FUND_GROUPS = (
  'Teachers|Police and Fire|Firefighters|Municipal Employees|County Employees|Public Employees|Judges|' +
  'Transit Workers|School Employees|Sheriffs|Water Workers|Library Employees'
).split('|');

export const FUND_TYPES =
  'Retirement System|Pension Fund|Pension Plan|Retirement Fund|Investment Board'.split('|');

const SURNAME_STARTS =
  'Ab Bar Cal Dre Fen Gor Hal Isk Jor Kel Lom Mar Nor Ost Pel Quin Rad Sel Tor Ulm Vas Wen Yar Zel'.split(
    ' ',
  );
const SURNAME_MIDDLES = ['', 'a', 'e', 'i', 'o', 'en', 'er'];
const SURNAME_ENDS = 'ton ski berg ley man son vik dale ner ford wick stead holm rick'.split(' ');

/** Made-up surnames ("Kelaberg", "Osterdale"): sponsors, governors and plaintiffs of generated entries. */
export const SURNAMES = SURNAME_STARTS.flatMap((start) =>
  SURNAME_MIDDLES.flatMap((middle) => SURNAME_ENDS.map((end) => `${start}${middle}${end}`)),
);

/** Words of generated act names: "Ohio Digital Asset Heritage Act". */
export const ACT_WORDS = (
  'Digital Asset Bitcoin Retirement Pension Investment Modernization Freedom Security Innovation Protection ' +
  'Choice Savings Opportunity Prosperity Sound Money Treasury Diversification Fiduciary Transparency Future ' +
  'Workers Teachers Public Employees Blockchain Virtual Currency Stability Growth Access Trust Heritage'
).split(' ');

/** Brands of generated retirement products; none is a word the fixtures use. */
export const BRANDS =
  'Summit Keystone Meridian Harbor Beacon Cascade Granite Lantern Quarry Tidewater Juniper Alder'.split(' ');
export const COMPANIES =
  'Vanguard Schwab Bitwise Grayscale Coinbase Kraken iTrustCapital BitIRA Swan Unchained Empower Voya Ameritas Guideline'.split(
    ' ',
  );
export const PRODUCT_TYPES = [
  'Crypto IRA',
  'Bitcoin 401(k) Window',
  'Digital Assets Account',
  'Crypto Retirement Account',
];

/** Generated agency documents: "Field Assistance Bulletin 2023-07". */
export const AGENCY_DOCUMENTS = [
  ['Labor Department', 'Field Assistance Bulletin', 'FAB'],
  ['Labor Department', 'Interpretive Bulletin', 'IB'],
  ['SEC', 'Staff Accounting Bulletin', 'SAB'],
  ['SEC', 'Investor Bulletin', 'SEC IB'],
  ['FINRA', 'Regulatory Notice', 'RN'],
  ['IRS', 'Revenue Ruling', 'Rev. Rul.'],
  ['IRS', 'Notice', 'IRS Notice'],
  ['OCC', 'Interpretive Letter', 'OCC IL'],
] as const;
