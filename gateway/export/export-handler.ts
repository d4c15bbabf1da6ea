import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { GraphQLSchema } from 'graphql';
import type { GraphQLAnswer, GraphQLRequest } from '../../lib/http/graphql-handler';
import { HttpError } from '../../lib/http/http-error';
import { readJsonBody } from '../../lib/http/read-body';
import type { RouteHandler } from '../../lib/http/server';
import type { Logger } from '../../lib/logger';
import { MAX_PAGE_SIZE } from '../../lib/page-size';
import type { GatewayContext } from '../context';
import type { TrustedDocuments } from '../trusted-documents/manifest';
import { requestedDocument, withDocument } from '../trusted-documents/request-document';
import { planExport, type ExportPlan } from './export-plan';
import { parseExportRequest, type ExportRequest } from './export-request';
import type { ExportRecorder } from './export-record';
import { encodingFor } from './formats';
import { readPage, type Page } from './page';
import { rowMaker, type Row } from './rows';

export interface ExportOptions {
  /** The GraphQL endpoint's whole handling of one request: every page goes through it. */
  execute: (req: IncomingMessage, request: GraphQLRequest<GatewayContext>) => Promise<GraphQLAnswer>;
  /** Who is asking and the request id, as the endpoint's context makes them. */
  caller: (req: IncomingMessage) => Promise<GatewayContext>;
  /** The API schema served now and its personal-data fields. */
  served: () => { schema: GraphQLSchema; personal: ReadonlySet<string> };
  /** Registered documents by hex sha256, to plan an export sent by id (null: trusted documents off). */
  documents: TrustedDocuments | null;
  record: ExportRecorder;
  maxRows: number;
  bodyLimitBytes: number;
  logger: Logger;
}

/** Why a walk stopped before its last row: answered to no one (the response has begun), recorded and logged. */
class StoppedExport extends Error {
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

async function answerOf(answer: GraphQLAnswer): Promise<{ status: number; body: unknown }> {
  let text = '';
  if (typeof answer.body === 'string') text = answer.body;
  else for await (const chunk of answer.body) text += chunk;
  try {
    return { status: answer.status, body: JSON.parse(text) };
  } catch {
    return { status: answer.status, body: null };
  }
}

/** The document an export request names: its text, sent or registered. */
function documentText(request: ExportRequest, documents: TrustedDocuments | null): string {
  const requested = requestedDocument(request.operation);
  if (requested.kind === 'text') return requested.text;
  if (requested.kind === 'none') throw new HttpError(400, 'BAD_USER_INPUT', 'Send the operation to export: query (a document) or documentId (a registered one)', { field: 'query' });
  const registered = requested.hex === undefined ? undefined : documents?.get(requested.hex);
  if (!registered) throw new HttpError(404, 'PERSISTED_QUERY_NOT_FOUND', `No registered document has the id ${requested.id}${documents ? '' : ' (trusted documents are off on this gateway)'}`, { documentId: requested.id });
  return registered.text;
}

function filename(plan: ExportPlan, extension: string): string {
  const day = new Date().toISOString().slice(0, 10);
  return `${plan.operationName ?? plan.target.join('-')}-${day}.${extension}`;
}

/**
 * `POST /export`: every row of one connection (or statistics list) of an operation's answer,
 * streamed as CSV, NDJSON or Parquet. Each page is an operation of the GraphQL endpoint, run by
 * its own handling (authentication, trusted documents, limits, the subgraphs' access rules,
 * audit and suppression): an export can read nothing its caller could not page through by hand.
 * The first page is read before the answer begins, so a refusal is a JSON error with its status;
 * a failure later ends the stream unfinished, which every HTTP client reports as an error.
 */
export function exportHandler(options: ExportOptions): RouteHandler {
  return async (req, res) => {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      throw new HttpError(405, 'METHOD_NOT_ALLOWED', 'POST the operation to export as JSON: {"query" or "documentId", "variables", "format"}');
    }
    const started = Date.now();
    const request = parseExportRequest(await readJsonBody(req, options.bodyLimitBytes));
    const { schema, personal } = options.served();
    const plan = planExport(schema, documentText(request, options.documents), request.operationName, request.path);
    const keys = plan.connection;
    const sent = plan.changed ? withDocument(request.operation, plan.document) : request.operation;
    const variablesFor = (after: string | null | undefined, firstPage: boolean): Record<string, unknown> => {
      if (!keys) return request.variables;
      const variables: Record<string, unknown> = { ...request.variables, [keys.after]: after ?? null };
      if (keys.first && request.variables[keys.first] === undefined) variables[keys.first] = MAX_PAGE_SIZE;
      if (keys.counting) variables[keys.counting] = firstPage;
      return variables;
    };
    // One request id for the whole export: its pages' entries in the audit trail and lines in every
    // process's log are found by it, beside the export's own entry.
    const requestId = randomUUID();
    const adjust = (context: GatewayContext): GatewayContext => ({ ...context, requestId, fetched: new Set() });
    const fetchPage = async (after: string | null | undefined, number: number): Promise<Page> => {
      const answer = await options.execute(req, { method: 'POST', body: { ...sent, variables: variablesFor(after, number === 1) }, search: '', adjust });
      return readPage(await answerOf(answer), plan, personal, number);
    };
    let first: Page;
    try {
      first = await fetchPage(keys ? (request.variables[keys.after] as string | null | undefined) : undefined, 1);
    } catch (err) {
      if (err instanceof HttpError && err.code === 'TRUSTED_DOCUMENT_REQUIRED' && plan.changed) {
        throw new HttpError(err.status, err.code, `${err.message}. The export added $${keys!.after} to page through ${plan.target.join('.')}, which made the registered document a new one: register it with $after on its connection to export it by id`, err.extensions);
      }
      throw err;
    }
    if (first.total !== null && first.total > options.maxRows) {
      throw new HttpError(400, 'EXPORT_TOO_LARGE', `${plan.target.join('.')} has ${first.total} rows; an export may have at most ${options.maxRows} (EXPORT_MAX_ROWS): narrow the filter, or export it in parts`, { rows: first.total, limit: options.maxRows });
    }
    const caller = adjust(await options.caller(req));
    const exportId = randomUUID();
    // Personal data exported: in a column the caller was answered, or on the way to the rows (the worker of `workerByNik`).
    const personalRead = [...plan.through.filter((coordinate) => personal.has(coordinate)), ...plan.columns.filter((column) => personal.has(column.coordinate) && !first.hidden.has(column.name)).map((column) => column.coordinate)];
    const encoding = encodingFor(request.format, plan.columns, request.lists);
    res.writeHead(200, {
      'content-type': encoding.contentType,
      'content-disposition': `attachment; filename="${filename(plan, encoding.extension)}"`,
      'cache-control': 'no-store',
      'x-export-id': exportId,
      'x-request-id': requestId,
      ...(first.total !== null ? { 'x-export-rows-expected': String(first.total) } : {}),
      ...(first.hidden.size ? { 'x-export-hidden-columns': [...first.hidden].join(', ') } : {}),
    });
    const progress = { rows: 0, pages: 1 };
    const fields = [...new Set(personalRead)].sort();
    let recorded = false;
    // Once per export, as soon as its outcome is known: a complete export of personal data ends
    // only once it is on record, so a file that arrived whole is always in the audit trail.
    const recordOutcome = async (stoppedBy: string | null): Promise<void> => {
      if (fields.length === 0 || recorded) return;
      recorded = true;
      await options.record(caller.identity, caller.requestId, { exportId, operationName: plan.operationName, format: request.format, fields, rows: progress.rows, stoppedBy });
    };
    const makeRows = rowMaker(plan.columns, plan.lists, request.lists);
    const maxRows = options.maxRows;
    // The next page is asked for while this one's rows are written: one page ahead, no more.
    const ahead = (page: Page): Promise<Page> | null => {
      if (!page.hasNextPage || !keys) return null;
      if (!page.endCursor) return Promise.reject(new StoppedExport('EXPORT_INCOMPLETE', `page ${progress.pages} says there is a next page but gives no endCursor`));
      const next = fetchPage(page.endCursor, progress.pages + 1);
      // Awaited below, unless the walk stops first (a client gone): its failure is then no one's.
      next.catch(() => undefined);
      return next;
    };
    async function* rows(): AsyncGenerator<Row> {
      let page = first;
      for (;;) {
        const next = ahead(page);
        for (const item of page.items) {
          for (const row of makeRows(item)) {
            progress.rows += 1;
            if (progress.rows > maxRows) throw new StoppedExport('EXPORT_TOO_LARGE', `the export passed ${maxRows} rows (EXPORT_MAX_ROWS)`);
            yield row;
          }
        }
        if (!next) break;
        try {
          page = await next;
        } catch (err) {
          throw err instanceof StoppedExport ? err : new StoppedExport(err instanceof HttpError ? err.code : 'EXPORT_INCOMPLETE', (err as Error).message);
        }
        progress.pages += 1;
      }
      try {
        await recordOutcome(null);
      } catch (err) {
        throw new StoppedExport('NOT_RECORDED', `the export of personal data could not be put on record: ${(err as Error).message}`);
      }
    }
    let stoppedBy: string | null = null;
    try {
      await pipeline(Readable.from(rows(), { objectMode: true, highWaterMark: MAX_PAGE_SIZE }), encoding.encoder, res as ServerResponse);
    } catch (err) {
      stoppedBy = err instanceof StoppedExport ? err.reason : res.destroyed && !res.writableFinished ? 'CLIENT_GONE' : 'EXPORT_FAILED';
      options.logger.warn('export stopped', { exportId, requestId: caller.requestId, reason: stoppedBy, err: err instanceof StoppedExport ? err.message : (err as Error).message, rows: progress.rows, pages: progress.pages });
      res.destroy();
    }
    const summary = { exportId, requestId: caller.requestId, operationName: plan.operationName, format: request.format, rows: progress.rows, pages: progress.pages, ms: Date.now() - started, stoppedBy };
    if (stoppedBy === null) options.logger.info('export finished', summary);
    await recordOutcome(stoppedBy).catch((err: unknown) => {
      // Each worker's personal data was on record before its page was answered; this is the export's own entry.
      options.logger.error('export of personal data not recorded', { ...summary, fields, err });
    });
  };
}
