import { Types } from 'mongoose';
import { badUserInput } from './errors';

/** Parses an id argument, naming the argument and the kind of record when it is not an id. */
export function parseObjectId(id: string, field: string, kind: string): Types.ObjectId {
  const article = /^[aeiou]/i.test(kind) ? 'an' : 'a';
  if (!/^[0-9a-f]{24}$/i.test(id)) throw badUserInput(`${field} "${id}" is not ${article} ${kind} id (24 hexadecimal characters)`, field);
  return new Types.ObjectId(id);
}
