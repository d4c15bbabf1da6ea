import type { GraphQLSchema } from 'graphql';
import type { ServedSupergraph } from '../reloadable-gateway';
import { personalDataCoordinates } from '../scoped-fields';

/** Where the gateway takes exports (README, "Exports"). */
export const EXPORT_PATH = '/export';

// Read once per supergraph served: the export asks for each export, the supergraph changes rarely.
const personalBySupergraph = new WeakMap<object, ReadonlySet<string>>();

/** The API schema an export is planned over, and the personal-data fields of the supergraph it comes from. */
export function servedForExport(served: ServedSupergraph): { schema: GraphQLSchema; personal: ReadonlySet<string> } {
  let personal = personalBySupergraph.get(served.supergraph);
  if (!personal) {
    personal = personalDataCoordinates(served.supergraph.sdl);
    personalBySupergraph.set(served.supergraph, personal);
  }
  return { schema: served.schema, personal };
}
