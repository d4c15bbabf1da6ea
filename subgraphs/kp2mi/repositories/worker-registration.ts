import { Types } from 'mongoose';
import { badUserInput } from '../../runtime/errors';
import { languagesInput, textInput, today } from '../../runtime/input';
import type { Education } from '../models/worker';
import { checkNikAgainst, type Sex } from '../nik';
import { nikInput } from '../nik-input';
import { phoneInput } from '../worker-inputs';

export interface RegisterWorkerInput {
  nik: string;
  fullName: string;
  sex: Sex;
  birthDate: Date;
  education?: Education | null;
  languages?: string[] | null;
  phone?: string | null;
}

export const MINIMUM_AGE = 18;

function ageOn(birthDate: Date, day: Date): number {
  const years = day.getUTCFullYear() - birthDate.getUTCFullYear();
  const hadBirthday = day.getUTCMonth() > birthDate.getUTCMonth() || (day.getUTCMonth() === birthDate.getUTCMonth() && day.getUTCDate() >= birthDate.getUTCDate());
  return hadBirthday ? years : years - 1;
}

/** Checks a registration against the NIK and age rules and builds the document; nothing is written here. */
export function newWorker(input: RegisterWorkerInput) {
  const nik = input.nik.trim();
  const parts = nikInput(nik, 'input.nik');
  const match = checkNikAgainst(nik, input.birthDate, input.sex);
  if (!match.ok) throw badUserInput(match.message, 'input.nik');
  const registeredAt = new Date();
  if (ageOn(input.birthDate, today()) < MINIMUM_AGE) throw badUserInput(`A worker must be at least ${MINIMUM_AGE} years old`, 'input.birthDate');
  const phone = input.phone?.trim() ? phoneInput(input.phone, 'input.phone') : undefined;
  return {
    _id: new Types.ObjectId(),
    nik,
    fullName: textInput(input.fullName, 'input.fullName', 100),
    sex: input.sex,
    birthDate: input.birthDate,
    provinceCode: parts.provinceCode,
    regencyCode: parts.regencyCode,
    education: input.education ?? undefined,
    status: 'CANDIDATE' as const,
    languages: languagesInput(input.languages ?? ['id'], 'input.languages'),
    phone,
    passportNumber: null,
    registeredAt,
  };
}
