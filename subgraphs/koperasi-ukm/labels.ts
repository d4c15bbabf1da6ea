import { provinceByCode } from '../reference/provinces';
import { kurBankByCode, KUR_SCHEME_LABELS, type KurScheme } from './kur';

/** Human labels of the statistics' buckets, in the words analysts use. */
const ENUM_LABELS: Readonly<Record<string, string>> = {
  MICRO: 'Micro',
  SMALL: 'Small',
  MEDIUM: 'Medium',
  FOOD_BEVERAGE: 'Food and beverages',
  HANDICRAFT: 'Handicrafts',
  FASHION: 'Fashion and textiles',
  AGRICULTURE: 'Agriculture, plantation and fishery',
  FURNITURE: 'Furniture',
  TRADE: 'Trade',
  SERVICES: 'Services',
  OTHER: 'Other',
  SUBMITTED: 'Submitted',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
  DISBURSED: 'Disbursed',
};

export const enumLabel = (key: string) => ENUM_LABELS[key] ?? key;
export const provinceLabel = (code: string) => provinceByCode(code)?.name ?? code;
export const schemeLabel = (scheme: string) => KUR_SCHEME_LABELS[scheme as KurScheme] ?? scheme;
export const bankLabel = (code: string) => kurBankByCode(code)?.name ?? code;
