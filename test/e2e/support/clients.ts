import { GraphQLClient } from 'graphql-request';
import { createGraphClient, type GraphClient } from '../../../clients/typescript/src';
import mongoose, { type Connection } from 'mongoose';
import { stackInfo } from './stack-info';

/** A client of the gateway, as a frontend would have; by default the stack's test caller (see StackInfo). */
export function gatewayClient(headers: Record<string, string> = stackInfo().defaultHeaders): GraphQLClient {
  return new GraphQLClient(stackInfo().gatewayUrl, { headers });
}

/**
 * The typed client a frontend would use, sending registered documents by id only (as production
 * requires of most callers); by default as the stack's test caller, naming a registered client.
 */
export function typedClient(client: string, headers: Record<string, string> = stackInfo().defaultHeaders): GraphClient {
  return createGraphClient({ url: stackInfo().gatewayUrl, headers, client: { name: client }, send: 'id' });
}

/** Raw POST to the gateway, for asserting status codes and error bodies exactly. */
export async function postGraphQL(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON: the assertion will show the text.
  }
  return { status: response.status, body: parsed };
}

/** Direct access to one subgraph's database, to compute expectations independently of the graph. */
export async function openDatabase(databaseName: string): Promise<Connection> {
  return mongoose.createConnection(stackInfo().mongodbUri, { dbName: databaseName, autoCreate: false }).asPromise();
}
