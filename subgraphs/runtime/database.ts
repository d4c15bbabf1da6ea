import mongoose, { type Connection } from 'mongoose';
import type { Logger } from '../../lib/logger';

export interface DatabaseOptions {
  uri: string;
  databaseName: string;
  attempts: number;
  logger: Logger;
  /** Called for each command the driver sends; used to count round trips. */
  onCommand?: (commandName: string) => void;
}

/** Shows where we connect without showing a password. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/([^:@/]+):([^@/]+)@/, '//$1:***@');
}

/**
 * Connects with retries, so a subgraph started next to its database (or while the
 * database restarts) waits for it instead of crashing; after the last attempt the error
 * says where it tried to connect and why it failed.
 */
export async function connectDatabase(options: DatabaseOptions): Promise<Connection> {
  const { uri, databaseName, attempts, logger, onCommand } = options;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const connection = mongoose.createConnection(uri, {
      dbName: databaseName,
      serverSelectionTimeoutMS: 2000,
      // Errors instead of silently queueing operations while disconnected: a request fails fast and readiness tells why.
      bufferCommands: false,
      autoIndex: false,
      // Collections are created by their first insert; creating them up front only produces 'already exists' errors.
      autoCreate: false,
      monitorCommands: onCommand !== undefined,
    });
    if (onCommand) connection.getClient().on('commandStarted', (event) => onCommand(event.commandName));
    try {
      await connection.asPromise();
      logger.info('database connected', { uri: redactUri(uri), database: databaseName, attempt });
      return connection;
    } catch (err) {
      lastError = err;
      await connection.close().catch(() => undefined);
      logger.warn('database not reachable yet', { uri: redactUri(uri), attempt, attempts, reason: (err as Error).message });
      if (attempt < attempts) await new Promise((resolve) => setTimeout(resolve, Math.min(250 * 2 ** (attempt - 1), 2000)));
    }
  }
  throw new Error(
    `Cannot reach the database at ${redactUri(uri)} (database "${databaseName}") after ${attempts} attempts: ${(lastError as Error).message}. ` +
      'Is the server running? Check MONGODB_URI.',
  );
}

export async function pingDatabase(connection: Connection): Promise<void> {
  const db = connection.db;
  if (!db) throw new Error('database connection is not open');
  await db.command({ ping: 1 });
}
