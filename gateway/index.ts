import { createLogger } from '../lib/logger';
import { listen, runService } from '../lib/service';
import { loadGatewayConfig } from './config';
import { buildGatewayServer } from './server';
import { readSupergraph } from './supergraph-file';

const logger = createLogger('gateway');

runService(logger, async () => {
  const supergraphPath = loadGatewayConfig([]).supergraphPath;
  const supergraph = readSupergraph(supergraphPath);
  const config = loadGatewayConfig(supergraph.subgraphs.map((s) => s.name));
  const { httpServer, apollo } = await buildGatewayServer(config, supergraph, logger);
  const port = await listen(httpServer, config.port, config.host);
  logger.info('serving supergraph', { supergraph: supergraphPath, subgraphs: supergraph.subgraphs.map((s) => s.name) });
  return { url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}${config.graphqlPath}`, stop: () => apollo.stop() };
});
