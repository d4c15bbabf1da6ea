import { countryByCode } from '../reference/countries';
import { provinceByCode } from '../reference/provinces';

/** Human labels of the statistics' buckets, in the words analysts use. */
const ENUM_LABELS: Record<string, string> = {
  CANDIDATE: 'Candidate (CPMI)',
  VERIFIED: 'Verified',
  IN_TRAINING: 'In training',
  READY: 'Ready to depart',
  DEPLOYED: 'Deployed',
  RETURNED: 'Returned (purna PMI)',
  MALE: 'Male',
  FEMALE: 'Female',
  PRIMARY: 'Primary school (SD)',
  JUNIOR_HIGH: 'Junior high school (SMP)',
  SENIOR_HIGH: 'Senior high school (SMA/SMK)',
  DIPLOMA: 'Diploma',
  BACHELOR: "Bachelor's degree or higher",
  DOMESTIC_WORK: 'Domestic work',
  CAREGIVING: 'Caregiving',
  MANUFACTURING: 'Manufacturing',
  CONSTRUCTION: 'Construction',
  PLANTATION: 'Plantation',
  FISHERIES: 'Fisheries',
  HOSPITALITY: 'Hospitality',
  ENERGY: 'Energy',
  MINING: 'Mining',
  OTHER: 'Other',
  G_TO_G: 'Government to government (G to G)',
  P_TO_P: 'Placement agency (P to P)',
  INDIVIDUAL: 'Individual',
  COMPANY_OWN: "Company's own staff",
  PLANNED: 'Planned',
  ACTIVE: 'Active',
  COMPLETED: 'Completed',
  TERMINATED: 'Terminated',
};

export const enumLabel = (key: string) => ENUM_LABELS[key] ?? key;
export const provinceLabel = (code: string) => provinceByCode(code)?.name ?? code;
export const countryLabel = (code: string) => countryByCode(code)?.name ?? code;
export const yearLabel = (year: string) => year;
