import type { ApolloServerPlugin } from '@apollo/server';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { readRegistry, type RegisteredOperation } from '../lib/operation-registry';

export interface ExplorerOptions {
  title: string;
  defaultQuery: string;
}

/**
 * One explorer tab per registered client, holding its queries as ready-made examples (GraphiQL
 * offers to run any of a tab's named operations); mutations are left out, so trying a tab writes
 * nothing.
 */
export function registeredTabs(operations: readonly RegisteredOperation[] = readRegistry()): { query: string }[] {
  const byClient = new Map<string, RegisteredOperation[]>();
  for (const operation of operations) {
    if (operation.kind !== 'query') continue;
    byClient.set(operation.client.id, [...(byClient.get(operation.client.id) ?? []), operation]);
  }
  return [...byClient.values()].map((registered) => {
    const { client } = registered[0]!;
    const header = `# ${client.name} (operations/${client.id}, owner: ${client.owner}).\n# Called as ${client.caller}; every operation below is registered, so it may be sent by id.\n\n`;
    return { query: header + registered.map((operation) => operation.source.trim()).join('\n\n') + '\n' };
  });
}

/**
 * GraphiQL as the landing page, with its JavaScript and CSS inlined in the page, so the
 * explorer works on a machine without internet (Apollo's default landing page loads
 * Sandbox from a CDN). Rendered once: the page is about 9 MB of inlined assets.
 */
export function explorerLandingPage(options: ExplorerOptions): ApolloServerPlugin {
  let html: string | undefined;
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          html ??= renderGraphiQL({
            title: options.title,
            defaultQuery: options.defaultQuery,
            // The example first, then the registered operations, client by client.
            defaultTabs: [{ query: options.defaultQuery }, ...registeredTabs()],
            // Lets the user paste `Authorization: Bearer …` in the headers editor.
            headers: JSON.stringify({}, null, 2),
            shouldPersistHeaders: false,
          });
          return { html };
        },
      };
    },
  };
}
