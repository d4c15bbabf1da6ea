import { badUserInput } from './errors';

/** A required text input, trimmed, within a length limit; named in the error when it is not. */
export function textInput(value: string, field: string, maxLength: number): string {
  const text = value.trim();
  if (text === '') throw badUserInput(`${field.split('.').at(-1)} must not be empty`, field);
  if (text.length > maxLength) throw badUserInput(`${field.split('.').at(-1)} must be at most ${maxLength} characters`, field);
  return text;
}

/** A list of short texts (requirements, certifications) within count and length limits. */
export function textListInput(values: readonly string[] | null | undefined, field: string, maxItems: number, maxLength: number): string[] {
  const list = values ?? [];
  if (list.length > maxItems) throw badUserInput(`${field.split('.').at(-1)} must have at most ${maxItems} items`, field);
  return list.map((value) => textInput(value, field, maxLength));
}

/** ISO 639-1 language codes, lower case, at most 10. */
export function languagesInput(values: readonly string[] | null | undefined, field: string): string[] {
  const list = textListInput(values, field, 10, 2).map((code) => code.toLowerCase());
  const bad = list.find((code) => !/^[a-z]{2}$/.test(code));
  if (bad !== undefined) throw badUserInput(`${field.split('.').at(-1)} must be ISO 639-1 codes such as "id" or "en"; got "${bad}"`, field);
  return [...new Set(list)];
}

/** Today at UTC midnight: dates in the graph are whole days. */
export function today(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
