import { setFlagsFromString } from 'node:v8';
import { createLogger } from '../lib/logger';
import { listen, runService } from '../lib/service';
import { loadGatewayConfig } from './config';
import { buildGatewayServer } from './server';
import { parseSupergraph, readSupergraph } from './supergraph-file';
import { fetchSupergraph, pollSupergraph, shownUrl } from './supergraph-poller';
import { supergraphReloader } from './supergraph-reloader';
import { watchSupergraphFile } from './supergraph-watcher';
import { readTrustedDocuments } from './trusted-documents/manifest';

// V8 lets the heap grow to up to four times what survived the last full collection when the
// gateway allocates fast, and the memory is not given back: in the benchmark our peak RSS ranged
// from 180 to 285 MB between runs. Growing by at most half keeps it near 190 MB at the same CPU
// per request (README, "Performance"). Read at each collection, so it applies when set here.
setFlagsFromString('--heap-growing-percent=50');

const logger = createLogger('gateway');

runService(logger, async () => {
  const { supergraphPath, supergraphUrl } = loadGatewayConfig([]);
  const source = supergraphUrl === null ? supergraphPath : shownUrl(supergraphUrl);
  const supergraph = supergraphUrl === null ? readSupergraph(supergraphPath) : parseSupergraph(await fetchSupergraph(supergraphUrl), source);
  const config = loadGatewayConfig(supergraph.subgraphs.map((s) => s.name));
  // Read once: a new manifest is taken up by a restart, not with a new supergraph.
  const documents = config.trustedDocuments.mode === 'off' ? null : readTrustedDocuments(config.trustedDocuments);
  const { httpServer, apollo, gateway } = await buildGatewayServer(config, supergraph, documents, logger);
  const reloader = supergraphReloader({ source, served: () => gateway.served().supergraph.sha256, replace: async (text) => gateway.replace(parseSupergraph(text, source)), logger });
  const stopWatching =
    supergraphUrl === null
      ? watchSupergraphFile(supergraphPath, reloader.offer, { logger })
      : pollSupergraph(supergraphUrl, config.supergraphPollIntervalMs, reloader.offer, logger);
  const port = await listen(httpServer, config.port, config.host);
  logger.info('serving supergraph', { supergraph: source, sha256: supergraph.sha256, subgraphs: supergraph.subgraphs.map((s) => s.name) });
  logger.info('trusted documents', { mode: config.trustedDocuments.mode, perClient: config.trustedDocuments.perClient, ...(documents ? { manifest: config.trustedDocuments.documentsPath, documents: documents.size } : {}) });
  return {
    url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}${config.graphqlPath}`,
    httpServer,
    stop: async () => {
      stopWatching();
      await apollo.stop();
    },
  };
});
