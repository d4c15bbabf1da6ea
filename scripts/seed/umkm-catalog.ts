/**
 * What UMKM sell (DOMAIN.md): kinds of business with their trading-name words, product
 * catalogue, price ranges in whole rupiah and the certifications their products carry.
 */
import type { Certification } from '../../subgraphs/koperasi-ukm/certifications';
import type { BusinessSector } from '../../subgraphs/koperasi-ukm/models/business';
import type { Random } from './random';

export interface ProductTemplate {
  name: string;
  unit: string;
  /** Price range in whole rupiah and the step prices are rounded to. */
  price: readonly [number, number, number];
}

/** One kind of UMKM: what it is called, what it sells, which certifications its products carry. */
export interface BusinessKind {
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

export const KINDS: readonly BusinessKind[] = [
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

export const KIND_WEIGHTS: Readonly<Record<string, number>> = Object.fromEntries(KINDS.map((kind, i) => [String(i), kind.weight]));
