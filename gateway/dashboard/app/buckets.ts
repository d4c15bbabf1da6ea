/// <reference lib="dom" />

/** One bar or point of a chart: a statistics bucket as the graph answers it. */
export interface Bucket {
  key: string;
  label: string;
  count: number;
  totalAmountIdr?: number;
}

// The keys the graph gives groups too small to show one by one (README "Statistics that do not single people out").
export const OTHER_KEY = 'OTHER';
export const SUPPRESSED_KEY = 'SUPPRESSED';

export const isWithheld = (bucket: Bucket): boolean => bucket.key === OTHER_KEY || bucket.key === SUPPRESSED_KEY;

/** A trend reads left to right: years ascending, then the merged buckets, which have no year. */
export function chronological(buckets: readonly Bucket[]): Bucket[] {
  const years = buckets.filter((bucket) => !isWithheld(bucket)).sort((a, b) => Number(a.key) - Number(b.key));
  return [...years, ...buckets.filter(isWithheld)];
}

/**
 * The buckets of a statistics field. A field whose ministry cannot answer is null, and the graph
 * says why in an error, which the client raises first; null without one is not an answer to draw.
 */
export function answered<T extends Bucket>(buckets: readonly T[] | null, field: string): T[] {
  if (buckets === null) throw new Error(`The graph answered no ${field}`);
  return [...buckets];
}
