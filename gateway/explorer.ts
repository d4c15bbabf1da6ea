import type { ApolloServerPlugin } from '@apollo/server';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

export interface ExplorerOptions {
  title: string;
  defaultQuery: string;
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
