import { provinceByCode } from '../reference/provinces';
import { badUserInput } from './errors';

/** A province code from user input: known to Kemendagri, or a BAD_USER_INPUT naming the field. */
export function provinceCodeInput(code: string, field: string): string {
  if (!provinceByCode(code)) throw badUserInput(`${field.split('.').at(-1)} "${code}" is not a Kemendagri province code (e.g. "35" for Jawa Timur)`, field);
  return code;
}
