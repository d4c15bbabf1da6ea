import { Types } from 'mongoose';
import { badUserInput } from '../../runtime/errors';
import { today } from '../../runtime/input';
import { parseObjectId } from '../../runtime/object-id';
import { kurBankByCode, KUR_BANKS, KUR_CEILINGS_IDR, KUR_SCHEME_LABELS, type KurScheme } from '../kur';

export interface ApplyForFinancingInput {
  businessId: string;
  scheme: KurScheme;
  amountIdr: number;
  bank: string;
}

const rupiah = (amount: number) => `Rp${amount.toLocaleString('en-US')}`;

/**
 * Checks an application against the ceiling of its scheme and the list of KUR banks and builds the
 * document; the business (and, for KUR PMI, its owner) are checked after, before anything is written.
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
