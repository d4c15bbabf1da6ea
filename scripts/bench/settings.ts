/**
 * A benchmark's numeric flag: as given, else its normal value, or its `--quick` one (a tiny
 * round that only checks the benchmark works). Refused unless a positive number, naming the flag.
 */
export function quickOrNormal(quick: boolean) {
  return (name: string, given: string | undefined, normal: number, quickValue: number): number => {
    const value = given === undefined ? (quick ? quickValue : normal) : Number(given);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number; got "${given}"`);
    return value;
  };
}
