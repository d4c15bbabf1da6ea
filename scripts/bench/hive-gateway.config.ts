/**
 * Hive Gateway, configured to do the same work as ours in `npm run bench`: it verifies the
 * same bearer tokens with the project's own authenticator and passes the same signed identity
 * to the subgraphs, so both gateways are measured on equal terms. Everything else is Hive
 * Gateway's default. HIVE_ROUTER_RUNTIME=true switches on the Rust query planner
 * (`@graphql-hive/router-runtime`).
 */
import { defineConfig, type GatewayPlugin } from '@graphql-hive/gateway';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { GraphQLError } from 'graphql';
import { authConfig } from '../../gateway/config';
import { requestAuthenticator } from '../../gateway/request-identity';
import { IDENTITY_HEADER, signIdentity, type Identity } from '../../lib/identity';

const identitySecret = process.env.IDENTITY_SECRET;
if (!identitySecret) throw new Error('IDENTITY_SECRET must be set: the subgraphs accept only identities signed with it');
const authenticate = requestAuthenticator({ auth: authConfig(process.env), identitySecret });

/** Who each request is, as verified once when it arrives; read again for every subgraph fetch. */
const identities = new WeakMap<Request, Identity>();

function useProjectAuthentication(): GatewayPlugin {
  return {
    async onRequest({ request, endResponse, fetchAPI }) {
      try {
        identities.set(request, await authenticate((name) => request.headers.get(name) ?? undefined));
      } catch (err) {
        const error = err instanceof GraphQLError ? err : new GraphQLError('authentication failed', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
        const status = (error.extensions.http as { status?: number } | undefined)?.status ?? 401;
        const body = JSON.stringify({ errors: [{ message: error.message, extensions: { code: error.extensions.code } }] });
        endResponse(new fetchAPI.Response(body, { status, headers: { 'content-type': 'application/json' } }));
      }
    },
  };
}

export const gatewayConfig = defineConfig({
  supergraph: process.env.SUPERGRAPH_PATH,
  logging: 'error',
  plugins: () => [useProjectAuthentication()],
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => {
      const identity = identities.get(request);
      return identity ? { [IDENTITY_HEADER]: signIdentity(identity, identitySecret) } : {};
    },
  },
  ...(process.env.HIVE_ROUTER_RUNTIME === 'true' ? { unifiedGraphHandler } : {}),
});
