import { Types } from 'mongoose';
import { badUserInput } from '../../runtime/errors';
import { textInput, today } from '../../runtime/input';
import { parseObjectId } from '../../runtime/object-id';
import { provinceCodeInput } from '../../runtime/province-input';
import type { BusinessScale, BusinessSector } from '../models/business';

export interface RegisterBusinessInput {
  name: string;
  ownerWorkerId?: string | null;
  provinceCode: string;
  sector: BusinessSector;
  scale: BusinessScale;
  foundedOn?: Date | null;
}

const BUSINESS_NAME_MAX = 150;

/**
 * Checks everything a registration can be checked against without asking anyone and builds the
 * document; whether the owner is a registered (and returned) worker is asked of the graph after.
 */
export function newBusiness(input: RegisterBusinessInput) {
  const name = textInput(input.name, 'input.name', BUSINESS_NAME_MAX);
  const provinceCode = provinceCodeInput(input.provinceCode.trim(), 'input.provinceCode');
  if (input.foundedOn && input.foundedOn > today()) throw badUserInput('foundedOn must not be in the future', 'input.foundedOn');
  const ownerWorkerId = input.ownerWorkerId == null ? null : parseObjectId(input.ownerWorkerId.trim(), 'input.ownerWorkerId', 'worker');
  return {
    _id: new Types.ObjectId(),
    name,
    ownerWorkerId,
    ownedByReturnedWorker: false,
    provinceCode,
    sector: input.sector,
    scale: input.scale,
    foundedOn: input.foundedOn ?? null,
  };
}
