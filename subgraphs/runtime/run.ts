import type { Model } from 'mongoose';
import { createLogger } from '../../lib/logger';
import { listen, runService } from '../../lib/service';
import { loadSubgraphConfig } from './config';
import { connectDatabase } from './database';
import type { SubgraphDefinition } from './definition';
import { buildSubgraphServer } from './server';

/** The whole life of a subgraph process: config, database, server, listen, shutdown. */
export function runSubgraph<TModels extends Record<string, Model<any>>, TSources>(definition: SubgraphDefinition<TModels, TSources>): void {
  const logger = createLogger(definition.entry.name);
  runService(logger, async () => {
    const config = loadSubgraphConfig(definition.entry);
    const connection = await connectDatabase({
      uri: config.mongodbUri,
      databaseName: config.databaseName,
      attempts: config.databaseConnectAttempts,
      logger,
    });
    const { httpServer, apollo } = await buildSubgraphServer(definition, config, connection, logger);
    const port = await listen(httpServer, config.port, config.host);
    return {
      url: `http://${config.host}:${port}/graphql`,
      stop: async () => {
        // Apollo's drain plugin closes the HTTP server and waits for in-flight requests.
        await apollo.stop();
        await connection.close();
      },
    };
  });
}
