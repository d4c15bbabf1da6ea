import type { Ministry } from '../../lib/identity';

/**
 * What the record says of each ministry that neither the schemas nor the registry can tell: its
 * name as controller, and whose data it processes. The people follow each ministry's part in the
 * October 2025 MoU: KP2MI's worker registry follows a person from registration (CANDIDATE) to
 * return (RETURNED); ESDM and Perindustrian train prospective workers before departure;
 * Koperasi-UKM supports the businesses, and the KUR financing, of workers who own a UMKM.
 */
export const CONTROLLERS: Readonly<Record<Ministry, { name: string; dataSubjects: readonly string[] }>> = {
  KP2MI: {
    name: 'Kementerian Pelindungan Pekerja Migran Indonesia (KP2MI)',
    dataSubjects: [
      'Prospective migrant workers (calon PMI, CPMI) registering for a placement abroad',
      'Migrant workers placed abroad (PMI)',
      'Returned migrant workers (purna PMI)',
    ],
  },
  ESDM: {
    name: 'Kementerian Energi dan Sumber Daya Mineral (ESDM)',
    dataSubjects: ['Prospective migrant workers (CPMI) enrolled in ESDM energy and mining vocational training'],
  },
  PERINDUSTRIAN: {
    name: 'Kementerian Perindustrian (Kemenperin)',
    dataSubjects: ['Prospective migrant workers (CPMI) enrolled in the "3 in 1" industrial training at the BDI centres'],
  },
  KOPERASI_UKM: {
    name: 'Kementerian Koperasi dan UKM (Kemenkop UKM)',
    dataSubjects: [
      'Returned migrant workers (purna PMI) who own or start a UMKM',
      'Migrant workers (PMI) who own a UMKM',
      'Those of them whose business applies for KUR financing',
    ],
  },
};
