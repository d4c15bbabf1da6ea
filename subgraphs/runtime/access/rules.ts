import { GraphQLError } from 'graphql';
import { hasRole, hasScope, type Identity, type Ministry } from '../../../lib/identity';

export const PERSONAL_DATA_SCOPE = 'pii:read';
export const AUDIT_SCOPE = 'audit:read';

/**
 * One line of the authorization table (README, "Authorization"): a name for the table and
 * a check that returns why the caller is refused, or null. Rules are data so the policy of
 * a subgraph reads like the table and the same rule is written once for all four.
 */
export interface Rule {
  name: string;
  refuse(identity: Identity): GraphQLError | null;
}

function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

const isAnonymous = (identity: Identity) => identity.roles.length === 0;

/** Signed-in staff of any ministry; `service` is a subgraph asking the graph for a rule check. */
const READERS = ['officer', 'analyst', 'admin', 'service'] as const;

/** Public data: courses, training centres, job openings, countries, products, statistics. */
export const everyone: Rule = { name: 'everyone', refuse: () => null };

/** Worker records (without personal data): any officer, analyst or admin. */
export const staff: Rule = {
  name: 'staff',
  refuse: (identity) =>
    hasRole(identity, ...READERS)
      ? null
      : isAnonymous(identity)
        ? unauthenticated('Sign in: this data is only for ministry staff (send a bearer token)')
        : forbidden('This data is only for officers, analysts and admins'),
};

/** Names single people out: officers and admins see them, analysts do not. */
export const caseworker: Rule = {
  name: 'officer or admin',
  refuse: (identity) => {
    if (hasRole(identity, 'officer', 'admin', 'service')) return null;
    if (isAnonymous(identity)) return staff.refuse(identity);
    return forbidden('Worker names are hidden from analysts; officers and admins see them');
  },
};

/** Officers and admins of any ministry (not analysts): verification, refusing a ministry's part of a request. */
export const officerOrAdmin: Rule = {
  name: 'officer or admin of any ministry',
  refuse: (identity) => (hasRole(identity, 'officer', 'admin') ? null : isAnonymous(identity) ? staff.refuse(identity) : forbidden('This is only for officers and admins')),
};

/**
 * UU 27/2022 personal data: an officer or admin with the pii:read scope. Which fields they
 * read is then up to their registered purpose (X-Purpose-Code), checked per field.
 */
export const personalData: Rule = {
  name: `officer or admin with ${PERSONAL_DATA_SCOPE} and a registered purpose`,
  refuse: (identity) => {
    if (!hasRole(identity, 'officer', 'admin')) return isAnonymous(identity) ? staff.refuse(identity) : forbidden('Personal data is only for officers and admins');
    if (!hasScope(identity, PERSONAL_DATA_SCOPE)) return forbidden(`Personal data needs the ${PERSONAL_DATA_SCOPE} scope`);
    return null;
  },
};

/** Who processed whose data: admins with the audit:read scope. */
export const auditReader: Rule = {
  name: `admin with ${AUDIT_SCOPE}`,
  refuse: (identity) => {
    if (!hasRole(identity, 'admin')) return isAnonymous(identity) ? staff.refuse(identity) : forbidden('The audit trail is only for admins');
    if (!hasScope(identity, AUDIT_SCOPE)) return forbidden(`The audit trail needs the ${AUDIT_SCOPE} scope`);
    return null;
  },
};

/** The data subject's report: personal data and the audit trail, so both rules at once. */
export const dataSubjectOfficer: Rule = {
  name: `admin with ${PERSONAL_DATA_SCOPE}, ${AUDIT_SCOPE} and a registered purpose`,
  refuse: (identity) => auditReader.refuse(identity) ?? personalData.refuse(identity),
};

/** KP2MI's own service, carrying a data-subject request to the ministry's subgraph. */
export const kp2miService: Rule = {
  name: 'KP2MI service',
  refuse: (identity) => (hasRole(identity, 'service') && identity.ministry === 'KP2MI' ? null : forbidden('Only KP2MI carries data-subject requests to the ministries')),
};

/** Writes: an officer or admin of the ministry that owns the subgraph, and nobody else. */
export function ministryWriter(ministry: Ministry): Rule {
  return {
    name: `officer or admin of ${ministry}`,
    refuse: (identity) => {
      if (isAnonymous(identity)) return staff.refuse(identity);
      if (!hasRole(identity, 'officer', 'admin')) return forbidden(`Only officers and admins of ${ministry} change ${ministry} data`);
      if (identity.ministry !== ministry) return forbidden(`Only ${ministry} changes ${ministry} data; you sign in for ${identity.ministry ?? 'no ministry'}`);
      return null;
    },
  };
}

/** Exact statistics: whoever may read personal data anyway; everyone else gets small buckets merged. */
export const mayReadExactStatistics = (identity: Identity) => hasRole(identity, 'officer', 'admin') && hasScope(identity, PERSONAL_DATA_SCOPE);
