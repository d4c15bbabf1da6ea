import { badUserInput } from '../../runtime/errors';
import type { Filter } from '../../runtime/pagination';
import { provinceCodeInput } from '../../runtime/province-input';

export interface WorkerFilterInput {
  status?: string | null;
  provinceCode?: string | null;
  sex?: string | null;
  education?: string | null;
  registeredFrom?: Date | null;
  registeredTo?: Date | null;
  nameContains?: string | null;
}

export const NAME_CONTAINS_MAX = 100;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Turns the typed GraphQL filter into a MongoDB filter; nothing the user sends becomes an operator. */
export function workerFilter(input: WorkerFilterInput | null | undefined): Filter {
  const filter: Filter = {};
  if (!input) return filter;
  if (input.status) filter.status = input.status;
  if (input.sex) filter.sex = input.sex;
  if (input.education) filter.education = input.education;
  if (input.provinceCode != null) filter.provinceCode = provinceCodeInput(input.provinceCode, 'filter.provinceCode');
  if (input.registeredFrom || input.registeredTo) {
    if (input.registeredFrom && input.registeredTo && input.registeredFrom > input.registeredTo) {
      throw badUserInput('registeredFrom must not be after registeredTo', 'filter.registeredFrom');
    }
    const range: Record<string, Date> = {};
    if (input.registeredFrom) range.$gte = input.registeredFrom;
    // registeredTo is a whole day: include everything registered on it.
    if (input.registeredTo) range.$lt = new Date(input.registeredTo.getTime() + 86_400_000);
    filter.registeredAt = range;
  }
  if (input.nameContains != null) {
    if (input.nameContains.length > NAME_CONTAINS_MAX) {
      throw badUserInput(`nameContains must be at most ${NAME_CONTAINS_MAX} characters`, 'filter.nameContains');
    }
    filter.fullName = { $regex: escapeRegex(input.nameContains), $options: 'i' };
  }
  return filter;
}
