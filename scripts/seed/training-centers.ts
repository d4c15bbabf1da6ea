import type { JobSector } from '../../subgraphs/training/training-ministry';

/**
 * The ministries' real training centres (DOMAIN.md): ESDM's training units and Perindustrian's
 * seven BDI, each with plausible courses. A course's id comes from its centre's position and its
 * own position in the centre's list, so add centres and courses at the end of their lists.
 */
export interface CourseSeed {
  title: string;
  skillArea: string;
  sector: JobSector;
  durationHours: number;
  /** Named after the SKKNI-based certification scheme the course's LSP assesses. */
  certificationScheme: string;
  seatsAvailable: number;
}

export interface TrainingCenterSeed {
  _id: string;
  name: string;
  city: string;
  courses: readonly CourseSeed[];
}

export const ESDM_TRAINING_CENTERS: readonly TrainingCenterSeed[] = [
  {
    _id: 'PPSDM-MIGAS',
    name: 'PPSDM Minyak dan Gas Bumi (PPSDM Migas)',
    city: 'Cepu',
    courses: [
      { title: 'Juru Las (Welder) SMAW Posisi 3G', skillArea: 'Welding', sector: 'ENERGY', durationHours: 160, certificationScheme: 'Juru Las SMAW Posisi 3G (SKKNI Bidang Pengelasan)', seatsAvailable: 16 },
      { title: 'Juru Las (Welder) GTAW Pipa Posisi 6G', skillArea: 'Welding', sector: 'ENERGY', durationHours: 200, certificationScheme: 'Juru Las GTAW Pipa Posisi 6G (SKKNI Bidang Pengelasan)', seatsAvailable: 0 },
      { title: 'Operator K3 Migas', skillArea: 'Oil and gas safety (K3 Migas)', sector: 'ENERGY', durationHours: 40, certificationScheme: 'Operator K3 Migas (SKKNI Keselamatan Kerja Migas)', seatsAvailable: 30 },
      { title: 'Operator Perancah (Scaffolding) Tingkat Dasar', skillArea: 'Scaffolding', sector: 'ENERGY', durationHours: 56, certificationScheme: 'Teknisi Perancah Tingkat Dasar (SKKNI Perancah)', seatsAvailable: 20 },
      { title: 'Operator Crane Mobil Migas', skillArea: 'Lifting and rigging', sector: 'ENERGY', durationHours: 80, certificationScheme: 'Operator Pesawat Angkat Crane Mobil Kelas II (SKKNI Migas)', seatsAvailable: 12 },
      { title: 'Rigger Migas', skillArea: 'Lifting and rigging', sector: 'ENERGY', durationHours: 40, certificationScheme: 'Juru Ikat Beban (Rigger) Migas (SKKNI Migas)', seatsAvailable: 18 },
      { title: 'Juru Bor Darat (Driller) Tingkat Dasar', skillArea: 'Drilling', sector: 'ENERGY', durationHours: 120, certificationScheme: 'Juru Bor Darat Tingkat Dasar (SKKNI Pemboran Migas)', seatsAvailable: 10 },
      { title: 'Pipe Fitter Migas', skillArea: 'Piping', sector: 'ENERGY', durationHours: 120, certificationScheme: 'Pipe Fitter Migas (SKKNI Migas)', seatsAvailable: 14 },
    ],
  },
  {
    _id: 'PPSDM-GEOMINERBA',
    name: 'PPSDM Geologi, Mineral dan Batubara (PPSDM Geominerba)',
    city: 'Bandung',
    courses: [
      { title: 'Operator Bor Lubang Ledak (Blast-hole Drilling)', skillArea: 'Drilling', sector: 'MINING', durationHours: 80, certificationScheme: 'Operator Pengeboran Lubang Ledak (SKKNI Pertambangan)', seatsAvailable: 12 },
      { title: 'Juru Ledak Tambang Terbuka', skillArea: 'Blasting', sector: 'MINING', durationHours: 80, certificationScheme: 'Juru Ledak Kelas II (SKKNI Pertambangan)', seatsAvailable: 0 },
      { title: 'Pengawas Operasional Pertama (POP) Pertambangan', skillArea: 'Mine supervision', sector: 'MINING', durationHours: 56, certificationScheme: 'Pengawas Operasional Pertama (SKKNI Pertambangan Mineral dan Batubara)', seatsAvailable: 25 },
      { title: 'Operator Excavator Tambang', skillArea: 'Heavy equipment', sector: 'MINING', durationHours: 120, certificationScheme: 'Operator Excavator Tambang (SKKNI Alat Berat Pertambangan)', seatsAvailable: 15 },
    ],
  },
  {
    _id: 'PPSDM-KEBTKE',
    name: 'PPSDM Ketenagalistrikan, Energi Baru, Terbarukan dan Konservasi Energi (PPSDM KEBTKE)',
    city: 'Jakarta',
    courses: [
      { title: 'Teknisi Instalasi PLTS (Solar PV) Atap', skillArea: 'Solar PV (PLTS)', sector: 'ENERGY', durationHours: 80, certificationScheme: 'Teknisi Instalasi PLTS Atap (SKKNI Energi Terbarukan)', seatsAvailable: 20 },
      { title: 'Teknisi Pemeliharaan PLTS Terpusat', skillArea: 'Solar PV (PLTS)', sector: 'ENERGY', durationHours: 64, certificationScheme: 'Teknisi Pemeliharaan PLTS (SKKNI Energi Terbarukan)', seatsAvailable: 0 },
      { title: 'Operator Pembangkit Listrik Tenaga Mikrohidro (PLTMH)', skillArea: 'Micro-hydro', sector: 'ENERGY', durationHours: 80, certificationScheme: 'Operator PLTMH (SKKNI Energi Terbarukan)', seatsAvailable: 10 },
      { title: 'Instalatir Listrik Tegangan Rendah', skillArea: 'Electrical installation', sector: 'ENERGY', durationHours: 120, certificationScheme: 'Pemasang Instalasi Listrik Tegangan Rendah (SKKNI Ketenagalistrikan)', seatsAvailable: 22 },
      { title: 'Teknisi Konservasi Energi Bangunan', skillArea: 'Energy conservation', sector: 'ENERGY', durationHours: 40, certificationScheme: 'Teknisi Konservasi Energi (SKKNI Konservasi Energi)', seatsAvailable: 9 },
    ],
  },
  {
    _id: 'BDTBT',
    name: 'Balai Diklat Tambang Bawah Tanah',
    city: 'Sawahlunto',
    courses: [
      { title: 'Juru Ukur Tambang Bawah Tanah (Underground Mine Surveyor)', skillArea: 'Mine surveying', sector: 'MINING', durationHours: 120, certificationScheme: 'Juru Ukur Tambang Bawah Tanah (SKKNI Pertambangan)', seatsAvailable: 10 },
      { title: 'Operator Penyanggaan Tambang Bawah Tanah', skillArea: 'Underground mining', sector: 'MINING', durationHours: 80, certificationScheme: 'Operator Penyanggaan Tambang Bawah Tanah (SKKNI Pertambangan)', seatsAvailable: 8 },
      { title: 'Penyelamat Tambang (Mine Rescue) Tingkat Dasar', skillArea: 'Mine rescue', sector: 'MINING', durationHours: 64, certificationScheme: 'Anggota Tim Penyelamat Tambang (SKKNI Pertambangan)', seatsAvailable: 12 },
    ],
  },
  {
    _id: 'PEM-AKAMIGAS',
    name: 'Politeknik Energi dan Mineral Akamigas (PEM Akamigas)',
    city: 'Cepu',
    courses: [
      { title: 'Operator Forklift Migas', skillArea: 'Lifting and rigging', sector: 'ENERGY', durationHours: 40, certificationScheme: 'Operator Forklift Kelas II (SKKNI Migas)', seatsAvailable: 24 },
      { title: 'Operator Produksi Migas Tingkat Dasar', skillArea: 'Oil and gas production', sector: 'ENERGY', durationHours: 160, certificationScheme: 'Operator Produksi Migas Tingkat Dasar (SKKNI Produksi Migas)', seatsAvailable: 8 },
    ],
  },
  {
    _id: 'PEP-BANDUNG',
    name: 'Politeknik Energi dan Pertambangan Bandung',
    city: 'Bandung',
    courses: [
      { title: 'Juru Las Struktur Tambang FCAW Posisi 3G', skillArea: 'Welding', sector: 'MINING', durationHours: 160, certificationScheme: 'Juru Las FCAW Posisi 3G (SKKNI Bidang Pengelasan)', seatsAvailable: 14 },
      { title: 'Mekanik Alat Berat Tambang', skillArea: 'Heavy equipment', sector: 'MINING', durationHours: 200, certificationScheme: 'Mekanik Alat Berat Tambang (SKKNI Alat Berat Pertambangan)', seatsAvailable: 6 },
    ],
  },
];

export const BDI_TRAINING_CENTERS: readonly TrainingCenterSeed[] = [
  {
    _id: 'BDI-MEDAN',
    name: 'Balai Diklat Industri Medan',
    city: 'Medan',
    courses: [
      { title: 'Operator Mesin Pabrik Kelapa Sawit', skillArea: 'Palm-oil milling', sector: 'MANUFACTURING', durationHours: 120, certificationScheme: 'Operator Pabrik Kelapa Sawit (SKKNI Industri Pengolahan Kelapa Sawit)', seatsAvailable: 20 },
      { title: 'Operator Boiler Pabrik Kelapa Sawit', skillArea: 'Palm-oil milling', sector: 'MANUFACTURING', durationHours: 160, certificationScheme: 'Operator Boiler Kelas II (SKKNI Industri Pengolahan Kelapa Sawit)', seatsAvailable: 0 },
      { title: 'Teknisi Perawatan Mesin Industri', skillArea: 'Machine maintenance', sector: 'MANUFACTURING', durationHours: 120, certificationScheme: 'Teknisi Perawatan Mesin Industri (SKKNI Industri Mesin)', seatsAvailable: 16 },
    ],
  },
  {
    _id: 'BDI-PADANG',
    name: 'Balai Diklat Industri Padang',
    city: 'Padang',
    courses: [
      { title: 'Bordir dan Hiasan Garmen (Embellishment)', skillArea: 'Garment embellishment', sector: 'MANUFACTURING', durationHours: 80, certificationScheme: 'Operator Bordir Garmen (SKKNI Industri Garmen)', seatsAvailable: 18 },
      { title: 'Membatik Tulis', skillArea: 'Batik', sector: 'MANUFACTURING', durationHours: 120, certificationScheme: 'Pembatik Tulis (SKKNI Industri Batik)', seatsAvailable: 15 },
      { title: 'Menenun Songket', skillArea: 'Weaving', sector: 'MANUFACTURING', durationHours: 120, certificationScheme: 'Penenun Songket (SKKNI Industri Tekstil)', seatsAvailable: 12 },
    ],
  },
  {
    _id: 'BDI-JAKARTA',
    name: 'Balai Diklat Industri Jakarta',
    city: 'Jakarta',
    courses: [
      { title: 'Operator Mesin Jahit Garmen', skillArea: 'Garment sewing', sector: 'MANUFACTURING', durationHours: 80, certificationScheme: 'Operator Mesin Jahit (SKKNI Industri Garmen)', seatsAvailable: 30 },
      { title: 'Operator Mesin Jahit High Speed', skillArea: 'Garment sewing', sector: 'MANUFACTURING', durationHours: 120, certificationScheme: 'Operator Mesin Jahit High Speed (SKKNI Industri Garmen)', seatsAvailable: 0 },
      { title: 'Pengendali Mutu (Quality Control) Garmen', skillArea: 'Garment quality control', sector: 'MANUFACTURING', durationHours: 56, certificationScheme: 'Quality Control Garmen (SKKNI Industri Garmen)', seatsAvailable: 14 },
    ],
  },
  {
    _id: 'BDI-YOGYAKARTA',
    name: 'Balai Diklat Industri Yogyakarta',
    city: 'Yogyakarta',
    courses: [
      { title: 'Penjahitan Atasan Alas Kaki (Footwear Upper Sewing)', skillArea: 'Footwear', sector: 'MANUFACTURING', durationHours: 120, certificationScheme: 'Penjahit Atasan Alas Kaki (SKKNI Industri Alas Kaki)', seatsAvailable: 20 },
      { title: 'Operator Produksi Alas Kaki', skillArea: 'Footwear', sector: 'MANUFACTURING', durationHours: 80, certificationScheme: 'Operator Produksi Alas Kaki (SKKNI Industri Alas Kaki)', seatsAvailable: 16 },
      { title: 'Kerajinan Kulit', skillArea: 'Leather craft', sector: 'MANUFACTURING', durationHours: 80, certificationScheme: 'Pengrajin Barang Kulit (SKKNI Industri Kulit)', seatsAvailable: 0 },
    ],
  },
  {
    _id: 'BDI-SURABAYA',
    name: 'Balai Diklat Industri Surabaya',
    city: 'Surabaya',
    courses: [
      { title: 'Operator Mesin Jahit Garmen Ekspor', skillArea: 'Garment sewing', sector: 'MANUFACTURING', durationHours: 80, certificationScheme: 'Operator Mesin Jahit (SKKNI Industri Garmen)', seatsAvailable: 28 },
      { title: 'Operator Mesin Injeksi Plastik', skillArea: 'Plastics moulding', sector: 'MANUFACTURING', durationHours: 80, certificationScheme: 'Operator Mesin Injeksi Plastik (SKKNI Industri Plastik)', seatsAvailable: 12 },
      { title: 'Juru Las Industri SMAW', skillArea: 'Welding', sector: 'MANUFACTURING', durationHours: 120, certificationScheme: 'Juru Las SMAW Posisi 2G (SKKNI Bidang Pengelasan)', seatsAvailable: 10 },
    ],
  },
  {
    _id: 'BDI-DENPASAR',
    name: 'Balai Diklat Industri Denpasar',
    city: 'Denpasar',
    courses: [
      { title: 'Animasi 2D', skillArea: 'Animation', sector: 'OTHER', durationHours: 240, certificationScheme: 'Animator 2D (SKKNI Industri Animasi)', seatsAvailable: 16 },
      { title: 'Animasi 3D dan Modeling', skillArea: 'Animation', sector: 'OTHER', durationHours: 320, certificationScheme: 'Animator 3D (SKKNI Industri Animasi)', seatsAvailable: 10 },
      { title: 'Desain Grafis Industri Kreatif', skillArea: 'Graphic design', sector: 'OTHER', durationHours: 160, certificationScheme: 'Desainer Grafis Muda (SKKNI Desain Grafis)', seatsAvailable: 14 },
    ],
  },
  {
    _id: 'BDI-MAKASSAR',
    name: 'Balai Diklat Industri Makassar',
    city: 'Makassar',
    courses: [
      { title: 'Desain Kemasan Produk Pangan', skillArea: 'Food packaging', sector: 'MANUFACTURING', durationHours: 80, certificationScheme: 'Desainer Kemasan (SKKNI Industri Kemasan)', seatsAvailable: 18 },
      { title: 'Pengolahan Produk Kakao', skillArea: 'Cocoa processing', sector: 'MANUFACTURING', durationHours: 120, certificationScheme: 'Operator Pengolahan Kakao (SKKNI Industri Pengolahan Kakao)', seatsAvailable: 20 },
    ],
  },
];
