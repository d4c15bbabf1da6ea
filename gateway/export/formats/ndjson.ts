import { stringify } from 'ndjson';
import type { Transform } from 'node:stream';

/** One JSON object per line (NDJSON), each with every column, null where the answer had none. */
export function ndjsonEncoder(): Transform {
  return stringify() as Transform;
}
