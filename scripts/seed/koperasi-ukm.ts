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

interface ProductTemplate {
  name: string;
  unit: string;
  /** Price range in whole rupiah and the step prices are rounded to. */
  price: readonly [number, number, number];
}

/** One kind of UMKM: what it is called, what it sells, which certifications its products carry. */
interface BusinessKind {
  sector: BusinessSector;
  weight: number;
  /** Opening words of a trading name, e.g. `Keripik Singkong` of "Keripik Singkong Bu Sri". */
  stems: readonly string[];
  category: string;
  products: readonly ProductTemplate[];
  /** False for goods and services that do not travel (groceries, laundry). */
  exportable: boolean;
  certifications: (rng: Random, exportReady: boolean) => Certification[];
}

const some = (rng: Random, chances: readonly (readonly [Certification, number])[]): Certification[] =>
  chances.filter(([, chance]) => rng.chance(chance)).map(([code]) => code);

/** Home-industry food carries a PIRT licence; exported food needs BPOM registration, and mostly halal. */
const processedFood = (rng: Random, exportReady: boolean): Certification[] =>
  exportReady ? ['HALAL', 'BPOM', ...some(rng, [['HACCP', 0.3]])] : some(rng, [['HALAL', 0.6], ['PIRT', 0.85]]);
const commodity = (rng: Random): Certification[] => some(rng, [['ORGANIC', 0.25], ['FAIR_TRADE', 0.1], ['GI', 0.15]]);
/** Timber products leave the country only with an SVLK legality certificate. */
const timber = (rng: Random, exportReady: boolean): Certification[] => (exportReady ? ['SVLK'] : some(rng, [['SVLK', 0.3]]));
const none = (): Certification[] => [];

const KINDS: readonly BusinessKind[] = [
  {
    sector: 'FOOD_BEVERAGE', weight: 9, category: 'Crackers', exportable: true, certifications: processedFood,
    stems: ['Keripik Singkong', 'Keripik Pisang', 'Keripik Tempe', 'Kerupuk Udang', 'Kerupuk Ikan', 'Aneka Keripik'],
    products: [
      { name: 'Keripik Singkong Balado 250 g', unit: 'pack', price: [12_000, 25_000, 500] },
      { name: 'Keripik Pisang Cokelat 200 g', unit: 'pack', price: [15_000, 30_000, 500] },
      { name: 'Keripik Tempe Original 150 g', unit: 'pack', price: [10_000, 20_000, 500] },
      { name: 'Kerupuk Udang Sidoarjo 500 g', unit: 'pack', price: [35_000, 70_000, 1_000] },
      { name: 'Kerupuk Ikan Tenggiri 250 g', unit: 'pack', price: [20_000, 40_000, 1_000] },
      { name: 'Rengginang Ketan 250 g', unit: 'pack', price: [15_000, 25_000, 500] },
    ],
  },
  {
    sector: 'FOOD_BEVERAGE', weight: 7, category: 'Sambal', exportable: true, certifications: processedFood,
    stems: ['Sambal', 'Dapur Sambal', 'Sambal Bawang', 'Sambal Roa'],
    products: [
      { name: 'Sambal Bawang 150 g', unit: 'jar', price: [20_000, 38_000, 500] },
      { name: 'Sambal Roa 200 g', unit: 'jar', price: [35_000, 60_000, 1_000] },
      { name: 'Sambal Cumi Asin 200 g', unit: 'jar', price: [35_000, 55_000, 1_000] },
      { name: 'Sambal Teri Medan 150 g', unit: 'jar', price: [28_000, 45_000, 1_000] },
      { name: 'Sambal Matah 150 g', unit: 'jar', price: [25_000, 40_000, 1_000] },
    ],
  },
  {
    sector: 'FOOD_BEVERAGE', weight: 8, category: 'Coffee', exportable: true,
    certifications: (rng, exportReady) => [...processedFood(rng, exportReady), ...some(rng, [['ORGANIC', 0.15], ['GI', 0.2]])],
    stems: ['Kopi Gayo', 'Kopi Toraja', 'Kopi Kintamani', 'Kopi Lampung', 'Kopi Temanggung', 'Kopi Bajawa', 'Kopi Ijen'],
    products: [
      { name: 'Kopi Arabika Bubuk 250 g', unit: 'pack', price: [60_000, 120_000, 1_000] },
      { name: 'Kopi Robusta Bubuk 250 g', unit: 'pack', price: [40_000, 80_000, 1_000] },
      { name: 'Biji Kopi Arabika Sangrai 1 kg', unit: 'kg', price: [220_000, 400_000, 5_000] },
      { name: 'Kopi Drip Bag Arabika isi 10', unit: 'box', price: [50_000, 90_000, 1_000] },
      { name: 'Kopi Luwak Bubuk 100 g', unit: 'pack', price: [150_000, 400_000, 5_000] },
    ],
  },
  {
    sector: 'FOOD_BEVERAGE', weight: 3, category: 'Cocoa', exportable: true, certifications: processedFood,
    stems: ['Cokelat Jembrana', 'Cokelat Pidie', 'Kakao Nglanggeran', 'Cokelat Nusantara'],
    products: [
      { name: 'Cokelat Batang Dark 70% 100 g', unit: 'bar', price: [25_000, 50_000, 1_000] },
      { name: 'Bubuk Kakao Murni 250 g', unit: 'pack', price: [40_000, 80_000, 1_000] },
      { name: 'Pasta Kakao 1 kg', unit: 'kg', price: [120_000, 200_000, 5_000] },
    ],
  },
  {
    sector: 'FOOD_BEVERAGE', weight: 4, category: 'Ready meals', exportable: true, certifications: processedFood,
    stems: ['Rendang', 'Dapur Rendang', 'Rendang Padang'],
    products: [
      { name: 'Rendang Daging Sapi 250 g', unit: 'pack', price: [75_000, 120_000, 1_000] },
      { name: 'Rendang Paru 200 g', unit: 'pack', price: [55_000, 85_000, 1_000] },
      { name: 'Rendang Telur 250 g', unit: 'pack', price: [25_000, 40_000, 1_000] },
    ],
  },
  {
    sector: 'FOOD_BEVERAGE', weight: 4, category: 'Herbal drinks', exportable: true, certifications: processedFood,
    stems: ['Jamu', 'Wedang Jahe', 'Empon-Empon', 'Madu Hutan'],
    products: [
      { name: 'Jahe Merah Instan 250 g', unit: 'pack', price: [25_000, 45_000, 500] },
      { name: 'Temulawak Instan 200 g', unit: 'pack', price: [22_000, 40_000, 500] },
      { name: 'Wedang Uwuh isi 10', unit: 'pack', price: [20_000, 35_000, 500] },
      { name: 'Madu Hutan Sumbawa 500 ml', unit: 'bottle', price: [90_000, 180_000, 5_000] },
    ],
  },
  {
    sector: 'AGRICULTURE', weight: 4, category: 'Coffee', exportable: true, certifications: commodity,
    stems: ['Kopi Gayo', 'Tani Kopi', 'Kopi Kerinci', 'Kopi Flores'],
    products: [
      { name: 'Biji Kopi Arabika Hijau', unit: 'kg', price: [95_000, 160_000, 1_000] },
      { name: 'Biji Kopi Robusta Hijau', unit: 'kg', price: [45_000, 75_000, 1_000] },
    ],
  },
  {
    sector: 'AGRICULTURE', weight: 2, category: 'Cocoa', exportable: true, certifications: commodity,
    stems: ['Kakao', 'Tani Kakao', 'Kakao Sulawesi'],
    products: [{ name: 'Biji Kakao Fermentasi', unit: 'kg', price: [45_000, 90_000, 1_000] }],
  },
  {
    sector: 'AGRICULTURE', weight: 4, category: 'Spices', exportable: true, certifications: commodity,
    stems: ['Rempah', 'Lada Muntok', 'Pala Banda', 'Cengkih', 'Rempah Maluku'],
    products: [
      { name: 'Lada Putih Muntok', unit: 'kg', price: [110_000, 180_000, 1_000] },
      { name: 'Lada Hitam Lampung', unit: 'kg', price: [70_000, 120_000, 1_000] },
      { name: 'Pala Biji Kering', unit: 'kg', price: [90_000, 150_000, 1_000] },
      { name: 'Cengkih Kering', unit: 'kg', price: [100_000, 160_000, 1_000] },
      { name: 'Kayu Manis Batang', unit: 'kg', price: [45_000, 90_000, 1_000] },
      { name: 'Vanili Kering Grade A', unit: 'kg', price: [2_500_000, 4_500_000, 50_000] },
    ],
  },
  {
    sector: 'AGRICULTURE', weight: 3, category: 'Seaweed', exportable: true, certifications: commodity,
    stems: ['Rumput Laut', 'Rumput Laut Nusa', 'Tani Rumput Laut'],
    products: [
      { name: 'Rumput Laut Kering Eucheuma cottonii', unit: 'kg', price: [15_000, 30_000, 500] },
      { name: 'Rumput Laut Kering Gracilaria', unit: 'kg', price: [8_000, 15_000, 500] },
    ],
  },
  {
    sector: 'AGRICULTURE', weight: 2, category: 'Essential oils', exportable: true,
    certifications: (rng) => some(rng, [['SNI', 0.4], ['ORGANIC', 0.1]]),
    stems: ['Minyak Atsiri', 'Nilam Aceh', 'Serai Wangi', 'Atsiri Nusantara'],
    products: [
      { name: 'Minyak Nilam', unit: 'kg', price: [600_000, 1_100_000, 10_000] },
      { name: 'Minyak Serai Wangi', unit: 'kg', price: [180_000, 300_000, 5_000] },
      { name: 'Minyak Cengkih', unit: 'kg', price: [150_000, 250_000, 5_000] },
    ],
  },
  {
    sector: 'AGRICULTURE', weight: 2, category: 'Palm sugar', exportable: true, certifications: commodity,
    stems: ['Gula Aren', 'Gula Semut', 'Gula Kelapa'],
    products: [
      { name: 'Gula Semut Aren', unit: 'kg', price: [35_000, 60_000, 1_000] },
      { name: 'Gula Kelapa Cetak', unit: 'kg', price: [18_000, 30_000, 500] },
    ],
  },
  {
    sector: 'HANDICRAFT', weight: 7, category: 'Handicrafts', exportable: true, certifications: none,
    stems: ['Anyaman Pandan', 'Kerajinan Rotan', 'Anyaman Bambu', 'Kerajinan Enceng Gondok', 'Anyaman Lidi'],
    products: [
      { name: 'Tas Anyaman Pandan', unit: 'piece', price: [75_000, 250_000, 5_000] },
      { name: 'Keranjang Rotan Set 3', unit: 'set', price: [150_000, 400_000, 5_000] },
      { name: 'Tikar Pandan 2 x 1 m', unit: 'piece', price: [120_000, 250_000, 5_000] },
      { name: 'Tas Enceng Gondok', unit: 'piece', price: [150_000, 350_000, 5_000] },
      { name: 'Tudung Saji Bambu', unit: 'piece', price: [35_000, 80_000, 1_000] },
    ],
  },
  {
    sector: 'HANDICRAFT', weight: 5, category: 'Handicrafts', exportable: true, certifications: timber,
    stems: ['Kerajinan Perak Celuk', 'Gerabah Kasongan', 'Ukiran Kayu', 'Topeng Kayu', 'Kerajinan Kayu'],
    products: [
      { name: 'Cincin Perak Ukir', unit: 'piece', price: [250_000, 900_000, 10_000] },
      { name: 'Vas Gerabah Terakota', unit: 'piece', price: [60_000, 250_000, 5_000] },
      { name: 'Patung Kayu Ukir', unit: 'piece', price: [300_000, 2_000_000, 25_000] },
      { name: 'Topeng Kayu Panji', unit: 'piece', price: [150_000, 600_000, 10_000] },
    ],
  },
  {
    sector: 'FASHION', weight: 6, category: 'Batik', exportable: true,
    certifications: (rng) => some(rng, [['BATIKMARK', 0.4], ['SNI', 0.1]]),
    stems: ['Batik Tulis', 'Batik Cap', 'Batik Pekalongan', 'Batik Lasem', 'Batik Madura', 'Batik Tulis Lestari'],
    products: [
      { name: 'Kain Batik Tulis 2 m', unit: 'piece', price: [350_000, 2_500_000, 25_000] },
      { name: 'Kain Batik Cap 2 m', unit: 'piece', price: [120_000, 300_000, 5_000] },
      { name: 'Kemeja Batik Pria', unit: 'piece', price: [150_000, 450_000, 5_000] },
      { name: 'Selendang Batik Sutra', unit: 'piece', price: [250_000, 900_000, 10_000] },
    ],
  },
  {
    sector: 'FASHION', weight: 3, category: 'Woven textiles', exportable: true, certifications: none,
    stems: ['Tenun Ikat', 'Songket Palembang', 'Tenun Lombok', 'Tenun Sumba'],
    products: [
      { name: 'Kain Tenun Ikat', unit: 'piece', price: [400_000, 3_000_000, 25_000] },
      { name: 'Kain Songket', unit: 'piece', price: [750_000, 4_000_000, 50_000] },
      { name: 'Syal Tenun', unit: 'piece', price: [150_000, 350_000, 5_000] },
    ],
  },
  {
    sector: 'FASHION', weight: 4, category: 'Muslim fashion', exportable: true, certifications: none,
    stems: ['Konveksi', 'Busana Muslim', 'Hijab'],
    products: [
      { name: 'Gamis Katun', unit: 'piece', price: [120_000, 300_000, 5_000] },
      { name: 'Kerudung Segi Empat', unit: 'piece', price: [35_000, 90_000, 1_000] },
      { name: 'Mukena Bordir', unit: 'piece', price: [150_000, 450_000, 5_000] },
    ],
  },
  {
    sector: 'FURNITURE', weight: 6, category: 'Furniture', exportable: true, certifications: timber,
    stems: ['Mebel Jati Jepara', 'Mebel Jati', 'Furnitur Rotan Cirebon', 'Mebel Bambu', 'Mebel Ukir Jepara'],
    products: [
      { name: 'Kursi Makan Jati', unit: 'piece', price: [900_000, 2_500_000, 25_000] },
      { name: 'Meja Makan Jati 6 Kursi', unit: 'set', price: [8_000_000, 18_000_000, 250_000] },
      { name: 'Lemari Ukir Jati', unit: 'piece', price: [4_000_000, 12_000_000, 250_000] },
      { name: 'Kursi Teras Rotan', unit: 'piece', price: [600_000, 1_800_000, 25_000] },
      { name: 'Rak Buku Bambu', unit: 'piece', price: [250_000, 600_000, 10_000] },
    ],
  },
  {
    sector: 'TRADE', weight: 8, category: 'Groceries', exportable: false, certifications: none,
    stems: ['Toko Sembako', 'UD Tani', 'Warung Grosir', 'Toko Kelontong'],
    products: [
      { name: 'Beras Premium 5 kg', unit: 'sack', price: [65_000, 85_000, 500] },
      { name: 'Minyak Goreng 2 l', unit: 'pouch', price: [32_000, 40_000, 500] },
      { name: 'Telur Ayam', unit: 'kg', price: [26_000, 32_000, 500] },
      { name: 'Gula Pasir 1 kg', unit: 'pack', price: [16_000, 19_000, 500] },
    ],
  },
  {
    sector: 'SERVICES', weight: 2, category: 'Catering', exportable: false, certifications: (rng) => some(rng, [['HALAL', 0.5], ['PIRT', 0.3]]),
    stems: ['Catering', 'Dapur', 'Warung Makan'],
    products: [
      { name: 'Nasi Kotak', unit: 'box', price: [20_000, 45_000, 1_000] },
      { name: 'Tumpeng Mini', unit: 'box', price: [35_000, 60_000, 1_000] },
      { name: 'Paket Prasmanan per Orang', unit: 'person', price: [45_000, 90_000, 1_000] },
    ],
  },
  {
    sector: 'SERVICES', weight: 2, category: 'Laundry', exportable: false, certifications: none,
    stems: ['Laundry Kiloan', 'Laundry'],
    products: [
      { name: 'Cuci Setrika Kiloan', unit: 'kg', price: [6_000, 10_000, 500] },
      { name: 'Cuci Bed Cover', unit: 'piece', price: [25_000, 45_000, 1_000] },
    ],
  },
  {
    sector: 'SERVICES', weight: 1, category: 'Tailoring', exportable: false, certifications: none,
    stems: ['Penjahit', 'Jahit Kebaya'],
    products: [
      { name: 'Jahit Kebaya', unit: 'piece', price: [250_000, 800_000, 10_000] },
      { name: 'Jahit Seragam Sekolah', unit: 'set', price: [120_000, 200_000, 5_000] },
    ],
  },
  {
    sector: 'OTHER', weight: 3, category: 'Coconut-shell briquettes', exportable: true,
    certifications: (rng) => some(rng, [['SNI', 0.3]]),
    stems: ['Briket Kelapa', 'Briket Arang', 'Arang Kelapa'],
    products: [
      { name: 'Briket Arang Tempurung Kelapa Shisha 25 mm', unit: 'kg', price: [12_000, 22_000, 500] },
      { name: 'Briket Arang Tempurung Kelapa BBQ Heksagonal', unit: 'kg', price: [9_000, 16_000, 500] },
      { name: 'Arang Tempurung Kelapa Curah', unit: 'kg', price: [5_000, 9_000, 500] },
    ],
  },
  {
    sector: 'OTHER', weight: 1, category: 'Soap and candles', exportable: true,
    certifications: (rng) => some(rng, [['BPOM', 0.7], ['HALAL', 0.4]]),
    stems: ['Sabun Herbal', 'Sabun Sereh', 'Aromaterapi'],
    products: [
      { name: 'Sabun Batang Sereh 100 g', unit: 'bar', price: [12_000, 25_000, 500] },
      { name: 'Lilin Aromaterapi', unit: 'piece', price: [35_000, 80_000, 1_000] },
    ],
  },
];

const KIND_WEIGHTS: Readonly<Record<string, number>> = Object.fromEntries(KINDS.map((kind, i) => [String(i), kind.weight]));

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
