/**
 * The contract's page sizes: 20 unless asked, never more than 100 (more is an error, not a silent
 * cap). Shared by the subgraphs, which page, and the gateway, which refuses an oversized page
 * before it prices the operation: `first: 1000000` is a page too large, not a query too costly.
 */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** What is wrong with a requested page size, or undefined when it is one the graph serves. */
export function pageSizeProblem(first: number): string | undefined {
  if (!Number.isInteger(first) || first < 0) return `first must be between 0 and ${MAX_PAGE_SIZE}; got ${first}`;
  if (first > MAX_PAGE_SIZE) return `first must be at most ${MAX_PAGE_SIZE}; got ${first}. Page through the rest with after.`;
  return undefined;
}
