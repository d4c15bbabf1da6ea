/** The ministries' real training centres (DOMAIN.md): ESDM's training units and Perindustrian's seven BDI. */
export interface TrainingCenterSeed {
  _id: string;
  name: string;
  city: string;
}

export const ESDM_TRAINING_CENTERS: readonly TrainingCenterSeed[] = [
  { _id: 'PPSDM-MIGAS', name: 'PPSDM Minyak dan Gas Bumi (PPSDM Migas)', city: 'Cepu' },
  { _id: 'PPSDM-GEOMINERBA', name: 'PPSDM Geologi, Mineral dan Batubara (PPSDM Geominerba)', city: 'Bandung' },
  { _id: 'PPSDM-KEBTKE', name: 'PPSDM Ketenagalistrikan, Energi Baru, Terbarukan dan Konservasi Energi (PPSDM KEBTKE)', city: 'Jakarta' },
  { _id: 'BDTBT', name: 'Balai Diklat Tambang Bawah Tanah', city: 'Sawahlunto' },
  { _id: 'PEM-AKAMIGAS', name: 'Politeknik Energi dan Mineral Akamigas (PEM Akamigas)', city: 'Cepu' },
  { _id: 'PEP-BANDUNG', name: 'Politeknik Energi dan Pertambangan Bandung', city: 'Bandung' },
];

export const BDI_TRAINING_CENTERS: readonly TrainingCenterSeed[] = [
  { _id: 'BDI-MEDAN', name: 'Balai Diklat Industri Medan', city: 'Medan' },
  { _id: 'BDI-PADANG', name: 'Balai Diklat Industri Padang', city: 'Padang' },
  { _id: 'BDI-JAKARTA', name: 'Balai Diklat Industri Jakarta', city: 'Jakarta' },
  { _id: 'BDI-YOGYAKARTA', name: 'Balai Diklat Industri Yogyakarta', city: 'Yogyakarta' },
  { _id: 'BDI-SURABAYA', name: 'Balai Diklat Industri Surabaya', city: 'Surabaya' },
  { _id: 'BDI-DENPASAR', name: 'Balai Diklat Industri Denpasar', city: 'Denpasar' },
  { _id: 'BDI-MAKASSAR', name: 'Balai Diklat Industri Makassar', city: 'Makassar' },
];
