import { Types } from 'mongoose';
import { countryCodeInput } from '../../runtime/country-input';
import { badUserInput } from '../../runtime/errors';
import { textInput, textListInput } from '../../runtime/input';
import { parseObjectId } from '../../runtime/object-id';
import { CERTIFICATIONS, isCertification, type Certification } from '../certifications';

export interface AddProductInput {
  businessId: string;
  name: string;
  category: string;
  priceIdr: number;
  unit: string;
  exportReady?: boolean | null;
  certifications?: string[] | null;
  marketCountryCodes?: string[] | null;
}

const PRODUCT_NAME_MAX = 150;
export const CATEGORY_MAX = 60;
const UNIT_MAX = 30;
const CERTIFICATIONS_MAX = 10;
/** Longer than any certification code, so a typo is named as unknown rather than as too long. */
const CERTIFICATION_MAX_LENGTH = 20;
const MARKETS_MAX = 20;

function certificationsInput(values: readonly string[] | null | undefined): Certification[] {
  const certifications: Certification[] = [];
  for (const code of textListInput(values, 'input.certifications', CERTIFICATIONS_MAX, CERTIFICATION_MAX_LENGTH).map((text) => text.toUpperCase())) {
    if (!isCertification(code)) throw badUserInput(`certifications "${code}" is not a known certification (${CERTIFICATIONS.join(', ')})`, 'input.certifications');
    if (!certifications.includes(code)) certifications.push(code);
  }
  return certifications;
}

function marketsInput(values: readonly string[] | null | undefined, exportReady: boolean): string[] {
  const list = values ?? [];
  if (list.length > MARKETS_MAX) throw badUserInput(`marketCountryCodes must have at most ${MARKETS_MAX} items`, 'input.marketCountryCodes');
  const codes = [...new Set(list.map((code) => countryCodeInput(code, 'input.marketCountryCodes')))];
  if (codes.length > 0 && !exportReady) {
    throw badUserInput('Only an export-ready product is marketed abroad: set exportReady or leave marketCountryCodes empty', 'input.marketCountryCodes');
  }
  return codes;
}

/** Checks a product against every rule that needs no database and builds the document; nothing is written here. */
export function newProduct(input: AddProductInput) {
  const businessId = parseObjectId(input.businessId.trim(), 'input.businessId', 'business');
  const name = textInput(input.name, 'input.name', PRODUCT_NAME_MAX);
  const category = textInput(input.category, 'input.category', CATEGORY_MAX);
  if (!(input.priceIdr > 0)) throw badUserInput(`priceIdr must be more than 0 (whole rupiah); got ${input.priceIdr}`, 'input.priceIdr');
  const unit = textInput(input.unit, 'input.unit', UNIT_MAX);
  const exportReady = input.exportReady ?? false;
  return {
    _id: new Types.ObjectId(),
    businessId,
    name,
    category,
    priceIdr: input.priceIdr,
    unit,
    exportReady,
    certifications: certificationsInput(input.certifications),
    marketCountryCodes: marketsInput(input.marketCountryCodes, exportReady),
  };
}
