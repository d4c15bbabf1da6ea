import type { Ministry, Role } from '../../../lib/identity';
import { signToken } from '../../../scripts/lib/tokens';
import { stackInfo } from './stack-info';

/** Someone calling the graph with a bearer token, as `npm run token` would make it. */
export interface Caller {
  ministry: Ministry;
  roles: Role[];
  scope?: string;
  /** A free-text note (X-Purpose). */
  purpose?: string;
  /** A registered purpose code (X-Purpose-Code). */
  purposeCode?: string;
  sub?: string;
}

/** Request headers for a caller: the bearer token and, when stated, the purpose code and note. */
export async function headersFor(caller: Caller): Promise<Record<string, string>> {
  const token = await signToken({
    secret: stackInfo().jwtSecret,
    sub: caller.sub ?? `${caller.ministry.toLowerCase()}-${caller.roles.join('-')}`,
    ministry: caller.ministry,
    roles: caller.roles,
    scope: caller.scope ?? '',
    expiresIn: '10m',
  });
  return { authorization: `Bearer ${token}`, ...(caller.purposeCode ? { 'x-purpose-code': caller.purposeCode } : {}), ...(caller.purpose ? { 'x-purpose': caller.purpose } : {}) };
}
