/**
 * koperasi-ukm demo data: UMKM businesses (about one per five workers, two in five of them founded
 * by returned PMI), their products with export markets, and KUR financing applications.
 * Business i depends only on the seed, its index and the workers before it, so seeding more
 * workers later adds businesses without changing the existing ones.
 */
import type { Certification } from '../../subgraphs/koperasi-ukm/certifications';
import { KUR_BANKS, KUR_CEILINGS_IDR, type KurScheme } from '../../subgraphs/koperasi-ukm/kur';
import type { KoperasiModels } from '../../subgraphs/koperasi-ukm/models';
import type { BusinessScale, BusinessSector } from '../../subgraphs/koperasi-ukm/models/business';
import type { FinancingStatus } from '../../subgraphs/koperasi-ukm/models/financing-application';
import { PLACEMENT_WEIGHTS } from '../../subgraphs/reference/countries';
import type { SeedContext } from './context';
import { addDays, ID_KIND, SEED_NOW, seedObjectId } from './ids';
import { createRandom, type Random } from './random';
import { KIND_WEIGHTS, KINDS, type BusinessKind } from './umkm-catalog';
import type { WorkerSeed } from './workers';

export interface BusinessSeed {
  _id: string;
  name: string;
  ownerWorkerId: string | null;
  ownedByReturnedWorker: boolean;
  provinceCode: string;
  sector: BusinessSector;
  scale: BusinessScale;
  foundedOn: Date;
}

export interface ProductSeed {
  _id: string;
  businessId: string;
  name: string;
  category: string;
  priceIdr: number;
  unit: string;
  exportReady: boolean;
  certifications: Certification[];
  marketCountryCodes: string[];
}

export interface FinancingApplicationSeed {
  _id: string;
  businessId: string;
  scheme: KurScheme;
  amountIdr: number;
  bank: string;
  status: FinancingStatus;
  appliedOn: Date;
  decidedOn: Date | null;
}

/** Kinds of seeded documents in ids (scripts/seed/ids.ts), apart from kp2mi's. */
/** At most this many products and applications per business, so their ids derive from the business's index. */
const PRODUCTS_PER_BUSINESS = 8;
const APPLICATIONS_PER_BUSINESS = 4;

const BUSINESSES_PER_WORKER = 0.2;
const RETURNED_OWNER_SHARE = 0.4;

/** Where UMKM are (BPS counts): Java first, then North Sumatra, South Sulawesi, Lampung, Banten … */
const UMKM_PROVINCE_WEIGHTS: Readonly<Record<string, number>> = {
  '35': 98, '32': 95, '33': 85, '12': 26, '73': 18, '36': 17, '18': 16, '31': 15, '16': 14, '13': 11, '51': 10,
  '52': 10, '34': 9, '11': 8, '14': 8, '61': 7, '63': 6, '53': 6, '64': 6, '71': 4, '15': 5, '72': 4, '74': 4,
  '17': 3, '21': 3, '19': 2, '62': 3, '75': 2, '76': 2, '81': 2, '82': 1, '65': 1, '91': 1, '92': 1,
};

const SCALE_WEIGHTS: Readonly<Record<BusinessScale, number>> = { MICRO: 80, SMALL: 16, MEDIUM: 4 };
/** A returned worker starts small, with savings from abroad. */
const RETURNED_SCALE_WEIGHTS: Readonly<Record<BusinessScale, number>> = { MICRO: 92, SMALL: 7, MEDIUM: 1 };

/** Markets abroad: PMI destinations (KP2MI's overseas network and the diaspora buy home products) plus the classic UMKM export markets. */
const EXPORT_MARKET_BOOST: Readonly<Record<string, number>> = { US: 45, JP: 30, AU: 25, NL: 20, DE: 10, SG: 10, MY: 10, AE: 5, SA: 5 };
const MARKET_WEIGHTS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(PLACEMENT_WEIGHTS).map(([code, placed]) => [code, placed / 1000 + (EXPORT_MARKET_BOOST[code] ?? 0)]),
);

/** The share of a kind's exportable products that are export-ready grows with the business. */
const EXPORT_READY_CHANCE: Readonly<Record<BusinessScale, number>> = { MICRO: 0.6, SMALL: 0.85, MEDIUM: 0.95 };


/** The closing words of a trading name when it does not carry the owner's name. */
const NAME_ENDINGS = ['Mandiri', 'Lestari', 'Abadi', 'Nusantara', 'Berkah', 'Jaya', 'Makmur', 'Sejahtera', 'Barokah', 'Sentosa', 'Sumber Rejeki', 'Sari', 'Asri', 'Utama', 'Rejeki', 'Mulya'];
/** Owners' nicknames for businesses not linked to a worker record. */
const NICKNAMES = ['Bu Sri', 'Mak Ijah', 'Pak Darto', 'Bu Tini', 'Bu Yati', 'Pak Slamet', 'Bu Endang', 'Mbak Rina', 'Pak Haji Umar', 'Bu Nining', 'Bu Ratna', 'Pak Made'];
/** Words of a name that are titles or birth-order markers rather than what people call the owner. */
const NOT_A_NICKNAME = new Set(['I', 'Ni', 'Luh', 'Lalu', 'Baiq', 'Lale', 'Gusti', 'Muhammad', 'Siti', 'Nur']);

const PRODUCT_COUNT_WEIGHTS = { '1': 20, '2': 30, '3': 25, '4': 15, '5': 10 } as const;
const MARKET_COUNT_WEIGHTS = { '1': 50, '2': 35, '3': 15 } as const;

/** How the owner is addressed in a trading name, e.g. "Bu Sri" for Sri Wahyuni. */
function ownerNickname(owner: WorkerSeed): string {
  const words = owner.fullName.split(' ');
  const nickname = words.find((word) => !NOT_A_NICKNAME.has(word)) ?? words.at(-1)!;
  return `${owner.sex === 'FEMALE' ? 'Bu' : 'Pak'} ${nickname}`;
}

function tradingName(rng: Random, kind: BusinessKind, scale: BusinessScale, owner: WorkerSeed | null): string {
  const ending = owner && rng.chance(0.6) ? ownerNickname(owner) : rng.chance(0.25) ? rng.pick(NICKNAMES) : rng.pick(NAME_ENDINGS);
  // Larger businesses are usually incorporated (CV, or PT for medium ones).
  const legalForm = scale === 'MEDIUM' ? 'PT ' : scale === 'SMALL' && rng.chance(0.5) ? 'CV ' : '';
  return `${legalForm}${rng.pick(kind.stems)} ${ending}`;
}

/** Somewhere between coming home (a two-year contract after months of preparation) and now. */
function foundedAfterReturn(rng: Random, owner: WorkerSeed): Date {
  const returned = addDays(owner.registeredAt, rng.int(120, 300) + 730);
  const founded = addDays(returned, rng.int(30, 365));
  const latest = addDays(SEED_NOW, -rng.int(14, 120));
  return founded < latest ? founded : latest;
}

function generateProducts(rng: Random, index: number, business: BusinessSeed, kind: BusinessKind): ProductSeed[] {
  const count = Math.min(Number(rng.weighted(PRODUCT_COUNT_WEIGHTS)), kind.products.length);
  const templates = [...kind.products];
  const products: ProductSeed[] = [];
  for (let j = 0; j < count; j += 1) {
    const template = templates.splice(rng.int(0, templates.length - 1), 1)[0]!;
    const [min, max, step] = template.price;
    const exportReady = kind.exportable && rng.chance(EXPORT_READY_CHANCE[business.scale]);
    const markets = new Set<string>();
    const marketCount = exportReady ? Number(rng.weighted(MARKET_COUNT_WEIGHTS)) : 0;
    while (markets.size < marketCount) markets.add(rng.weighted(MARKET_WEIGHTS));
    products.push({
      _id: seedObjectId(business.foundedOn, ID_KIND.product, index * PRODUCTS_PER_BUSINESS + j),
      businessId: business._id,
      name: template.name,
      category: kind.category,
      priceIdr: rng.int(min / step, max / step) * step,
      unit: template.unit,
      exportReady,
      certifications: kind.certifications(rng, exportReady),
      marketCountryCodes: [...markets],
    });
  }
  return products;
}

function schemeWeights(business: BusinessSeed): Readonly<Record<string, number>> {
  // KUR PMI needs an owner registered with KP2MI: only businesses linked to a worker.
  if (business.ownerWorkerId) return { PMI: 50, SUPER_MICRO: 20, MICRO: 25, SMALL: 5 };
  if (business.scale === 'MEDIUM') return { MICRO: 40, SMALL: 60 };
  if (business.scale === 'SMALL') return { SUPER_MICRO: 10, MICRO: 50, SMALL: 40 };
  return { SUPER_MICRO: 35, MICRO: 55, SMALL: 10 };
}

/** Amount ranges and rounding per scheme, within the KUR ceilings. */
const AMOUNTS: Readonly<Record<KurScheme, readonly [number, number]>> = {
  SUPER_MICRO: [3_000_000, 500_000],
  MICRO: [15_000_000, 5_000_000],
  SMALL: [150_000_000, 25_000_000],
  PMI: [10_000_000, 5_000_000],
};

/** BRI carries most KUR; the regional development bank (BPD) of the business's province takes a share where there is one. */
function bankWeights(provinceCode: string): Record<string, number> {
  const weights: Record<string, number> = { BRI: 60, MANDIRI: 12, BNI: 12, BSI: 6, BTN: 2 };
  for (const bank of KUR_BANKS) if (bank.provinceCodes?.includes(provinceCode)) weights[bank.code] = 10;
  return weights;
}

const STATUS_WEIGHTS: Readonly<Record<FinancingStatus, number>> = { DISBURSED: 60, APPROVED: 8, REJECTED: 15, SUBMITTED: 17 };

/** KUR in its present form started in August 2015. */
const KUR_FROM = new Date(Date.UTC(2015, 7, 1));

const later = (a: Date, b: Date): Date => (a > b ? a : b);

/**
 * Submitted applications are recent, approved ones await disbursement, the others were decided
 * years back; the bank took one to four weeks. Only businesses founded at least 100 days ago get
 * decided applications, so every range below holds at least one day.
 */
function applicationDates(rng: Random, status: FinancingStatus, foundedOn: Date): { appliedOn: Date; decidedOn: Date | null } {
  const earliest = status === 'SUBMITTED' ? addDays(SEED_NOW, -40) : status === 'APPROVED' ? addDays(SEED_NOW, -90) : later(addDays(foundedOn, 60), KUR_FROM);
  const latest = status === 'SUBMITTED' ? addDays(SEED_NOW, -1) : addDays(SEED_NOW, -35);
  const appliedOn = rng.dateBetween(later(earliest, foundedOn), latest);
  return { appliedOn, decidedOn: status === 'SUBMITTED' ? null : addDays(appliedOn, rng.int(5, 30)) };
}

function generateApplications(rng: Random, index: number, business: BusinessSeed): FinancingApplicationSeed[] {
  if (!rng.chance(0.5)) return [];
  const count = rng.chance(0.25) ? 2 : 1;
  const applications: FinancingApplicationSeed[] = [];
  for (let j = 0; j < count; j += 1) {
    const scheme = rng.weighted(schemeWeights(business)) as KurScheme;
    const [min, step] = AMOUNTS[scheme];
    // A business founded days ago cannot have been decided on yet.
    const status = business.foundedOn > addDays(SEED_NOW, -100) ? 'SUBMITTED' : rng.weighted(STATUS_WEIGHTS);
    const { appliedOn, decidedOn } = applicationDates(rng, status, business.foundedOn);
    applications.push({
      _id: seedObjectId(appliedOn, ID_KIND.financing, index * APPLICATIONS_PER_BUSINESS + j),
      businessId: business._id,
      scheme,
      amountIdr: rng.int(min / step, KUR_CEILINGS_IDR[scheme] / step) * step,
      bank: rng.weighted(bankWeights(business.provinceCode)),
      status,
      appliedOn,
      decidedOn,
    });
  }
  return applications;
}

export interface KoperasiSeed {
  businesses: BusinessSeed[];
  products: ProductSeed[];
  financingApplications: FinancingApplicationSeed[];
}

/**
 * Each business draws from its own generator (seed and index); an owned business takes the next
 * returned worker not yet owning one, in worker order, so more workers never change earlier owners.
 */
export function generateKoperasiData(seed: number, workers: readonly WorkerSeed[]): KoperasiSeed {
  const returned = workers.filter((worker) => worker.status === 'RETURNED');
  const data: KoperasiSeed = { businesses: [], products: [], financingApplications: [] };
  const count = Math.round(workers.length * BUSINESSES_PER_WORKER);
  let nextOwner = 0;
  for (let index = 0; index < count; index += 1) {
    const rng = createRandom(seed + 41 + index * 104_729);
    const owner = rng.chance(RETURNED_OWNER_SHARE) ? (returned[nextOwner++] ?? null) : null;
    const kind = KINDS[Number(rng.weighted(KIND_WEIGHTS))]!;
    const scale = rng.weighted(owner ? RETURNED_SCALE_WEIGHTS : SCALE_WEIGHTS);
    const foundedOn = owner ? foundedAfterReturn(rng, owner) : rng.dateBetween(new Date(Date.UTC(2005, 0, 1)), addDays(SEED_NOW, -30));
    const business: BusinessSeed = {
      _id: seedObjectId(foundedOn, ID_KIND.business, index),
      name: tradingName(rng, kind, scale, owner),
      ownerWorkerId: owner?._id ?? null,
      ownedByReturnedWorker: owner !== null,
      provinceCode: owner?.provinceCode ?? rng.weighted(UMKM_PROVINCE_WEIGHTS),
      sector: kind.sector,
      scale,
      foundedOn,
    };
    data.businesses.push(business);
    data.products.push(...generateProducts(rng, index, business, kind));
    data.financingApplications.push(...generateApplications(rng, index, business));
  }
  return data;
}

/** koperasi-ukm: businesses, their products and KUR applications. */
export async function seedKoperasiUkm(models: KoperasiModels, context: SeedContext): Promise<Record<string, number>> {
  const data = generateKoperasiData(context.seed, context.workers);
  return {
    businesses: await context.insert('businesses', models.Business, data.businesses),
    products: await context.insert('products', models.Product, data.products),
    'financing applications': await context.insert('financing applications', models.FinancingApplication, data.financingApplications),
  };
}
