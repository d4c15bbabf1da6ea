import { Types } from 'mongoose';
import { badUserInput } from '../../runtime/errors';
import { today } from '../../runtime/input';
import { parseObjectId } from '../../runtime/object-id';
import { kurBankByCode, KUR_BANKS, KUR_CEILINGS_IDR, KUR_SCHEME_LABELS, lendsIn, type KurScheme } from '../kur';
import { provinceLabel } from '../labels';

export interface ApplyForFinancingInput {
  businessId: string;
  scheme: KurScheme;
  amountIdr: number;
  bank: string;
}

const rupiah = (amount: number) => `Rp${amount.toLocaleString('en-US')}`;
const province = (code: string) => `${provinceLabel(code)} (${code})`;

/**
 * Checks an application against the ceiling of its scheme and the list of KUR banks and builds the
 * document; the business (its province: checkBankLendsIn; for KUR PMI, its owner) is checked after,
 * before anything is written.
 */
export function newFinancingApplication(input: ApplyForFinancingInput) {
  const businessId = parseObjectId(input.businessId.trim(), 'input.businessId', 'business');
  if (!(input.amountIdr > 0)) throw badUserInput(`amountIdr must be more than 0 (whole rupiah); got ${input.amountIdr}`, 'input.amountIdr');
  const ceiling = KUR_CEILINGS_IDR[input.scheme];
  if (input.amountIdr > ceiling) {
    throw badUserInput(`${KUR_SCHEME_LABELS[input.scheme]} lends at most ${rupiah(ceiling)}; got ${rupiah(input.amountIdr)}`, 'input.amountIdr');
  }
  const bank = kurBankByCode(input.bank.trim().toUpperCase());
  if (!bank) throw badUserInput(`bank "${input.bank}" is not a KUR-distributing bank (${KUR_BANKS.map((b) => b.code).join(', ')})`, 'input.bank');
  return {
    _id: new Types.ObjectId(),
    businessId,
    scheme: input.scheme,
    amountIdr: input.amountIdr,
    bank: bank.code,
    status: 'SUBMITTED' as const,
    appliedOn: today(),
    decidedOn: null,
  };
}

/**
 * A regional development bank (BPD) lends in its home provinces only, so an application to one
 * for a business elsewhere could never be granted: refused here rather than left to the bank.
 */
export function checkBankLendsIn(bankCode: string, business: { _id: Types.ObjectId; provinceCode: string }): void {
  // An unknown code never gets here: newFinancingApplication refused it.
  const bank = kurBankByCode(bankCode);
  if (!bank || lendsIn(bank, business.provinceCode)) return;
  const home = (bank.provinceCodes ?? []).map(province).join(' and ');
  const lenders = KUR_BANKS.filter((other) => lendsIn(other, business.provinceCode)).map((other) => other.code).join(', ');
  throw badUserInput(
    `${bank.name} is a regional development bank (BPD) that lends in ${home} only; business ${business._id.toHexString()} is in ${province(business.provinceCode)}, where ${lenders} lend`,
    'input.bank',
  );
}
