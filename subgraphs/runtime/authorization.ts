import { GraphQLError } from 'graphql';
import { hasScope, type Identity } from '../../lib/identity';

export const PERSONAL_DATA_SCOPE = 'pii:read';

function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/**
 * Personal data (UU 27/2022) is read only with the `pii:read` scope and a stated purpose
 * (`X-Purpose`). Checked in the subgraph, field by field: a denied field is null with a
 * FORBIDDEN error for its path, and the rest of the answer stands.
 */
export function requirePersonalDataAccess(identity: Identity): void {
  if (!hasScope(identity, PERSONAL_DATA_SCOPE)) throw forbidden(`Personal data needs the ${PERSONAL_DATA_SCOPE} scope`);
  if (!identity.purpose) throw forbidden('Personal data needs a stated purpose: send the X-Purpose header');
}
