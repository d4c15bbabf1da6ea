import type { JobSector, PlacementScheme } from '../../subgraphs/kp2mi/models/placement';
import type { Random } from './random';

/**
 * The shape of the PMI labour market abroad (DOMAIN.md, KP2MI 2024): which sectors hire in
 * which countries, under which schemes, with which job titles, employers and languages.
 */
type Weights<T extends string> = Partial<Record<T, number>>;

const HOUSEHOLDS: Weights<JobSector> = { DOMESTIC_WORK: 75, CAREGIVING: 22, HOSPITALITY: 3 };
const GULF: Weights<JobSector> = { DOMESTIC_WORK: 55, HOSPITALITY: 10, ENERGY: 18, CONSTRUCTION: 12, OTHER: 5 };
const ENERGY_BELT: Weights<JobSector> = { ENERGY: 55, MINING: 35, CONSTRUCTION: 10 };
const WEST: Weights<JobSector> = { HOSPITALITY: 35, MANUFACTURING: 25, CAREGIVING: 15, PLANTATION: 10, OTHER: 15 };

const SECTORS_BY_COUNTRY: Record<string, Weights<JobSector>> = {
  HK: HOUSEHOLDS,
  SG: HOUSEHOLDS,
  MO: HOUSEHOLDS,
  TW: { CAREGIVING: 35, DOMESTIC_WORK: 15, MANUFACTURING: 35, FISHERIES: 10, CONSTRUCTION: 5 },
  MY: { PLANTATION: 35, DOMESTIC_WORK: 20, MANUFACTURING: 20, CONSTRUCTION: 15, HOSPITALITY: 5, OTHER: 5 },
  BN: { PLANTATION: 20, DOMESTIC_WORK: 30, CONSTRUCTION: 20, ENERGY: 20, OTHER: 10 },
  JP: { CAREGIVING: 30, MANUFACTURING: 35, CONSTRUCTION: 10, FISHERIES: 10, HOSPITALITY: 10, OTHER: 5 },
  KR: { MANUFACTURING: 60, FISHERIES: 25, CONSTRUCTION: 10, OTHER: 5 },
  SA: GULF,
  KW: GULF,
  BH: GULF,
  JO: GULF,
  OM: GULF,
  AE: { DOMESTIC_WORK: 30, HOSPITALITY: 25, ENERGY: 20, CONSTRUCTION: 20, OTHER: 5 },
  QA: { DOMESTIC_WORK: 30, HOSPITALITY: 25, ENERGY: 20, CONSTRUCTION: 20, OTHER: 5 },
  DZ: ENERGY_BELT,
  NG: ENERGY_BELT,
  KZ: ENERGY_BELT,
  RU: ENERGY_BELT,
  AZ: ENERGY_BELT,
  IQ: ENERGY_BELT,
  AO: ENERGY_BELT,
  UZ: ENERGY_BELT,
  TM: ENERGY_BELT,
  LY: ENERGY_BELT,
  EG: ENERGY_BELT,
};

export function sectorFor(rng: Random, countryCode: string): JobSector {
  return rng.weighted((SECTORS_BY_COUNTRY[countryCode] ?? WEST) as Record<JobSector, number>);
}

/** Countries where ESDM's target markets for energy-sector PMI are (Middle East, Africa, Russia, Central Asia). */
export const ENERGY_COUNTRIES: Readonly<Record<string, number>> = { SA: 20, AE: 18, QA: 14, KW: 8, OM: 8, BN: 6, DZ: 5, NG: 5, KZ: 5, RU: 4, AZ: 3, IQ: 3, AO: 2, UZ: 2, TM: 2, LY: 2, EG: 3 };

export function schemeFor(rng: Random, countryCode: string, sector: JobSector): PlacementScheme {
  if (countryCode === 'KR') return rng.weighted({ G_TO_G: 90, P_TO_P: 10 });
  if (countryCode === 'JP') return rng.weighted({ G_TO_G: 35, P_TO_P: 60, INDIVIDUAL: 5 });
  if (countryCode === 'DE') return rng.weighted({ G_TO_G: 50, P_TO_P: 40, INDIVIDUAL: 10 });
  if (sector === 'ENERGY' || sector === 'MINING') return rng.weighted({ P_TO_P: 60, COMPANY_OWN: 30, INDIVIDUAL: 10 });
  return rng.weighted({ P_TO_P: 85, INDIVIDUAL: 12, COMPANY_OWN: 3 });
}

const JOB_TITLES: Record<JobSector, readonly string[]> = {
  DOMESTIC_WORK: ['Domestic helper', 'Housekeeper', 'Domestic helper and cook'],
  CAREGIVING: ['Caregiver', 'Elderly caregiver', 'Care worker (kaigo)', 'Nursing assistant'],
  MANUFACTURING: ['Production operator', 'Machine operator', 'Factory worker', 'Quality control operator', 'Assembly line worker'],
  CONSTRUCTION: ['Construction worker', 'Welder', 'Carpenter', 'Steel fixer', 'Scaffolder'],
  PLANTATION: ['Oil-palm harvester', 'Plantation worker', 'Fruit picker', 'Farm worker'],
  FISHERIES: ['Deckhand (ABK)', 'Fishing vessel crew', 'Fish processing worker'],
  HOSPITALITY: ['Housekeeping attendant', 'Cook', 'Waiter', 'Spa therapist', 'Kitchen helper'],
  ENERGY: ['Welder 6G', 'Scaffolder', 'Rigger', 'Pipe fitter', 'Solar PV technician', 'Electrical technician', 'Oil and gas safety officer (K3 Migas)'],
  MINING: ['Underground miner', 'Drill operator', 'Heavy equipment operator', 'Blast-hole drilling operator', 'Mine surveyor'],
  OTHER: ['General worker', 'Driver', 'Warehouse worker'],
};

export function jobTitleFor(rng: Random, sector: JobSector): string {
  return rng.pick(JOB_TITLES[sector]);
}

const CITIES: Record<string, readonly string[]> = {
  HK: ['Kowloon', 'Sha Tin', 'Tuen Mun', 'Causeway Bay', 'Tsuen Wan'],
  TW: ['Taipei', 'Taichung', 'Kaohsiung', 'Taoyuan', 'Tainan'],
  SG: ['Singapore'],
  MO: ['Macau'],
  MY: ['Kuala Lumpur', 'Johor Bahru', 'Penang', 'Kota Kinabalu'],
  SA: ['Riyadh', 'Jeddah', 'Dammam'],
  AE: ['Dubai', 'Abu Dhabi'],
  QA: ['Doha'],
  KW: ['Kuwait City'],
  BN: ['Bandar Seri Begawan'],
  JP: ['Osaka', 'Nagoya', 'Tokyo'],
};

const COMPANY_STYLE: Record<string, { names: readonly string[]; suffix: string }> = {
  TW: { names: ['Hsin-Yi', 'Formosa', 'Chang Hwa', 'Tai-Yuan', 'Kuo Feng'], suffix: 'Co., Ltd.' },
  KR: { names: ['Daehan', 'Hanil', 'Seoul', 'Busan', 'Shinsung'], suffix: 'Co., Ltd.' },
  JP: { names: ['Kanto', 'Nagoya', 'Sakura', 'Chubu', 'Kansai'], suffix: 'K.K.' },
  MY: { names: ['Sawit Makmur', 'Bumi Hijau', 'Perkasa', 'Mega Jaya', 'Sinar'], suffix: 'Sdn. Bhd.' },
  BN: { names: ['Seri', 'Bunga Raya', 'Brunei Shell'], suffix: 'Sdn. Bhd.' },
  SA: { names: ['Al-Rashid', 'Al-Faisal', 'Gulf Star', 'Najd'], suffix: 'Co.' },
  AE: { names: ['Emirates', 'Gulf Energy', 'Al Noor', 'Falcon'], suffix: 'LLC' },
  QA: { names: ['Doha', 'Qatar Gulf', 'Al Khor'], suffix: 'W.L.L.' },
};
const DEFAULT_STYLE = { names: ['Global', 'United', 'Pacific', 'Atlas', 'Prime'], suffix: 'Ltd.' };

const INDUSTRY_WORDS: Record<JobSector, string> = {
  DOMESTIC_WORK: 'Services',
  CAREGIVING: 'Care Services',
  MANUFACTURING: 'Precision',
  CONSTRUCTION: 'Construction',
  PLANTATION: 'Plantations',
  FISHERIES: 'Fisheries',
  HOSPITALITY: 'Hospitality',
  ENERGY: 'Energy Services',
  MINING: 'Mining',
  OTHER: 'Logistics',
};

/** Domestic workers and many caregivers work for private households; everyone else for a company. */
export function employerFor(rng: Random, countryCode: string, sector: JobSector): string {
  if (sector === 'DOMESTIC_WORK' || (sector === 'CAREGIVING' && rng.chance(0.7))) {
    const city = CITIES[countryCode] ? rng.pick(CITIES[countryCode]) : countryCode;
    return `Private household, ${city}`;
  }
  const style = COMPANY_STYLE[countryCode] ?? DEFAULT_STYLE;
  return `${rng.pick(style.names)} ${INDUSTRY_WORDS[sector]} ${style.suffix}`;
}

const LANGUAGES: Record<string, readonly string[]> = {
  HK: ['zh', 'en'],
  TW: ['zh'],
  MO: ['zh'],
  SG: ['en'],
  MY: ['ms'],
  BN: ['ms'],
  JP: ['ja'],
  KR: ['ko'],
  SA: ['ar'],
  KW: ['ar'],
  BH: ['ar'],
  OM: ['ar'],
  JO: ['ar'],
  AE: ['en', 'ar'],
  QA: ['en', 'ar'],
  DE: ['de'],
  IT: ['it'],
  TR: ['tr'],
  PL: ['pl'],
};

export function languagesFor(countryCode: string, sector: JobSector): string[] {
  if (sector === 'ENERGY' || sector === 'MINING') return ['en'];
  return [...(LANGUAGES[countryCode] ?? ['en'])];
}

const REQUIREMENTS: Record<JobSector, readonly string[]> = {
  DOMESTIC_WORK: ['Experience in housekeeping', 'Able to cook Chinese dishes', 'Willing to care for children', 'Pre-departure orientation (PAP) completed'],
  CAREGIVING: ['Caregiver certificate (BNSP)', 'Experience with elderly care', 'Basic first aid', 'Language test passed'],
  MANUFACTURING: ['Senior high school', 'Good eyesight, no colour blindness', 'Willing to work shifts', 'Forklift licence an advantage'],
  CONSTRUCTION: ['Two years of construction experience', 'Welding certificate an advantage', 'Physically fit'],
  PLANTATION: ['Physically fit', 'Experience with oil-palm harvesting an advantage'],
  FISHERIES: ['Basic Safety Training (BST) certificate', 'Seaman book', 'Able to swim'],
  HOSPITALITY: ['Hospitality school or experience', 'Food handler certificate', 'Customer service skills'],
  ENERGY: ['K3 Migas certificate (BNSP)', 'Welder 6G qualification', 'Scaffolding or rigging certificate', 'Three years in oil and gas', 'Offshore safety training (BOSIET)'],
  MINING: ['Underground mining certificate', 'Heavy equipment licence (SIO)', 'Mine safety (K3 Pertambangan) certificate', 'Three years in mining'],
  OTHER: ['Senior high school', 'Driving licence an advantage'],
};

export function requirementsFor(rng: Random, sector: JobSector): string[] {
  const all = REQUIREMENTS[sector];
  const count = rng.int(1, Math.min(3, all.length));
  const start = rng.int(0, all.length - 1);
  return Array.from({ length: count }, (_, i) => all[(start + i) % all.length]!);
}
