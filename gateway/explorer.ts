import type { ApolloServerPlugin } from '@apollo/server';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { readRegistry, type RegisteredOperation } from '../lib/operation-registry';

export interface ExplorerOptions {
  title: string;
  defaultQuery: string;
  /** The id a registered operation is sent by (`sha256:…`), when the gateway holds the manifest. */
  documentIdOf?: (operationName: string) => string | undefined;
}

interface Tab {
  query: string;
  variables?: string;
}

/** `# Example: {"by": "COUNTRY"}` in a registered file: the variables its explorer tab opens with. */
const EXAMPLE = /^# Example: (\{.*\})\s*$/m;

/** The registry's clients whose operations are analysts' saved questions, offered one tab each. */
const isAnalysts = (operation: RegisteredOperation) => operation.client.id.startsWith('analyst-');

/**
 * One tab per saved question of the analysts (their registered queries), ready to run with its
 * example variables, headed by what it answers and how to export all of its rows.
 */
export function savedQuestionTabs(operations: readonly RegisteredOperation[] = readRegistry(), documentIdOf: (name: string) => string | undefined = () => undefined): Tab[] {
  return operations
    .filter((operation) => operation.kind === 'query' && isAnalysts(operation))
    .map((operation) => {
      const variables = EXAMPLE.exec(operation.source)?.[1] ?? '{}';
      const id = documentIdOf(operation.name);
      const exportBody = JSON.stringify({ ...(id ? { documentId: id } : {}), variables: JSON.parse(variables) as unknown, format: 'csv' });
      const header = [
        `# Saved question ${operation.name} (operations/${operation.file}, ${operation.client.name}).`,
        `# Every row as a spreadsheet: POST /export ${exportBody}`,
        `#   or: npm run export -- --query operations/${operation.file} --variables '${variables}' --out ${operation.name}.csv`,
        '',
      ].join('\n');
      return { query: `${header}\n${operation.source.trim()}\n`, variables };
    });
}

/**
 * One explorer tab per registered client but the analysts' (their saved questions have a tab
 * each), holding its queries as ready-made examples (GraphiQL offers to run any of a tab's named
 * operations); mutations are left out, so trying a tab writes nothing.
 */
export function registeredTabs(operations: readonly RegisteredOperation[] = readRegistry()): Tab[] {
  const byClient = new Map<string, RegisteredOperation[]>();
  for (const operation of operations) {
    if (operation.kind !== 'query' || isAnalysts(operation)) continue;
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
            // The example first, the analysts' saved questions, then the other clients' registered operations.
            defaultTabs: [{ query: options.defaultQuery }, ...savedQuestionTabs(readRegistry(), options.documentIdOf), ...registeredTabs()],
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
