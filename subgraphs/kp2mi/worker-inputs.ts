import { badUserInput } from '../runtime/errors';

/** The forms the worker record keeps (its model checks them again on write). */
export const PHONE = /^\+62\d{8,13}$/;
export const PASSPORT_NUMBER = /^[A-Z]\d{7}$/;

/** A mobile number from user input (registration, correction): trimmed, Indonesian E.164, or BAD_USER_INPUT naming `field`. */
export function phoneInput(value: string, field: string): string {
  const phone = value.trim();
  if (!PHONE.test(phone)) throw badUserInput('phone must be an Indonesian number in E.164 form, e.g. +6281234567890', field);
  return phone;
}

/** A passport number from user input (correction, verification): trimmed, a letter and seven digits. */
export function passportNumberInput(value: string, field: string): string {
  const passport = value.trim();
  if (!PASSPORT_NUMBER.test(passport)) throw badUserInput('passportNumber must be a letter and seven digits, e.g. C1234567', field);
  return passport;
}
