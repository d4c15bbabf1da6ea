import { badUserInput } from '../runtime/errors';
import { parseNik, type NikParts } from './nik';

/**
 * A NIK from user input (a registration or a lookup), parsed: 16 digits that name an existing
 * district and a possible birth date, or a BAD_USER_INPUT naming the field and the part at fault.
 */
export function nikInput(nik: string, field: string): NikParts {
  const parts = parseNik(nik);
  if (!parts.ok) throw badUserInput(parts.message, field);
  return parts;
}
