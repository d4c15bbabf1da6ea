import { GraphQLError } from 'graphql';
import type { HeaderLookup } from './request-identity';

/** Which client application is calling, as it names itself (the headers Apollo's clients send). */
export interface CallingClient {
  /** `apollographql-client-name`: a registered client names its folder in the operation registry (`job-portal`). */
  name: string;
  /** `apollographql-client-version`, if sent. */
  version: string | null;
}

export const CLIENT_NAME_HEADER = 'apollographql-client-name';
export const CLIENT_VERSION_HEADER = 'apollographql-client-version';

/** Long enough for any client's name or build; the values go into every log line of the request. */
const MAX_LENGTH = 100;

/**
 * The calling client, or null when the request names none (a version alone names no client).
 * Not a credential: any caller may send any name; it says whose documents a request may run
 * (TRUSTED_DOCUMENTS_PER_CLIENT) and which client the logs are about.
 */
export function callingClient(header: HeaderLookup): CallingClient | null {
  const read = (name: string) => {
    const value = header(name)?.trim() || null;
    if (value !== null && value.length > MAX_LENGTH) {
      throw new GraphQLError(`${name} must be at most ${MAX_LENGTH} characters`, { extensions: { code: 'BAD_USER_INPUT', field: name, http: { status: 400 } } });
    }
    return value;
  };
  const name = read(CLIENT_NAME_HEADER);
  const version = read(CLIENT_VERSION_HEADER);
  return name === null ? null : { name, version };
}
