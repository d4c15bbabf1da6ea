/**
 * npm run db: runs the embedded database alone in the foreground (for running a subgraph
 * by hand, or a MongoDB shell), until Ctrl-C.
 */
import { optionalString, port } from '../lib/env';
import { startEmbeddedDatabase } from './lib/ferretdb';

const log = (line: string) => console.error(`[db] ${line}`);

startEmbeddedDatabase({ log, port: port(process.env, 'FERRETDB_PORT', 27018), dataDir: optionalString(process.env, 'FERRETDB_DATA_DIR') }).then(
  (database) => {
    log(`MONGODB_URI=${database.uri}`);
    const stop = () => void database.stop().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
  (err: unknown) => {
    log(`failed: ${(err as Error).message}`);
    process.exit(1);
  },
);
