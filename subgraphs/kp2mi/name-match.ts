/**
 * Whether two spellings of a person's name are the same name, in the ways the same name is
 * written differently on Indonesian documents and nothing more: letter case (`SITI` / `Siti`),
 * spacing (double spaces, spaces at the ends) and diacritics (`Adé` / `Ade`, as some foreign
 * systems write Indonesian names). Anything else (a letter more or less, `Muhamad` / `Muhammad`)
 * is a different name: verification is not fuzzy matching.
 */
export function normalizedName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('id-ID')
    .replace(/\s+/gu, ' ')
    .trim();
}

export const sameName = (a: string, b: string) => normalizedName(a) === normalizedName(b);
