import type { Model } from 'mongoose';
import { createLogger } from '../../lib/logger';
import { Registry } from '../../lib/metrics';
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
    const metrics = new Registry();
    const commands = metrics.counter('satu_graf_db_commands_total', 'MongoDB commands sent by this subgraph, by command name');
    const connection = await connectDatabase({
      uri: config.mongodbUri,
      databaseName: config.databaseName,
      attempts: config.databaseConnectAttempts,
      logger,
      onCommand: (command) => commands.inc({ subgraph: definition.entry.name, command }),
    });
    const { httpServer, apollo } = await buildSubgraphServer(definition, config, connection, logger, metrics);
    const port = await listen(httpServer, config.port, config.host);
    return {
      url: `http://${config.host}:${port}/graphql`,
      httpServer,
      stop: async () => {
        // Apollo's drain plugin closes the HTTP server and waits for in-flight requests.
        await apollo.stop();
        await connection.close();
      },
    };
  });
}
