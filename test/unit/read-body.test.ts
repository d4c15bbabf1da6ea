import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { HttpError } from '../../lib/http/http-error';
import { readJsonBody } from '../../lib/http/read-body';

/** A request stand-in: a stream of byte chunks with the headers Node would parse. */
function request(chunks: (string | Buffer)[], headers: Record<string, string> = {}): IncomingMessage {
  const stream = Readable.from(chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk)));
  return Object.assign(stream, { headers }) as unknown as IncomingMessage;
}

const json = { 'content-type': 'application/json' };

/** The HttpError a body read rejects with, as the plain fields the HTTP layer answers with. */
async function failureOf(promise: Promise<unknown>): Promise<{ status: number; code: string; message: string }> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof HttpError) return { status: err.status, code: err.code, message: err.message };
    throw err;
  }
  throw new Error('expected an HttpError, the body was read');
}

describe('readJsonBody', () => {
  it('parses a JSON body', async () => {
    const body = { query: '{ workers { totalCount } }', variables: { first: 5 } };
    await expect(readJsonBody(request([JSON.stringify(body)], json), 1024)).resolves.toEqual(body);
  });

  it('decodes UTF-8 split across chunks', async () => {
    const bytes = Buffer.from('{"name":"Ṣiti Ñur"}');
    const cut = bytes.indexOf(Buffer.from('Ṣ')) + 1;
    const req = request([bytes.subarray(0, cut), bytes.subarray(cut)], { 'content-type': 'application/json; charset=utf-8' });
    await expect(readJsonBody(req, 1024)).resolves.toEqual({ name: 'Ṣiti Ñur' });
  });

  it('accepts a body exactly at the limit', async () => {
    const text = '{"a":1}';
    await expect(readJsonBody(request([text], { ...json, 'content-length': String(text.length) }), text.length)).resolves.toEqual({ a: 1 });
  });

  it('answers undefined for an empty body, whatever its content type', async () => {
    await expect(readJsonBody(request([], json), 1024)).resolves.toBeUndefined();
    await expect(readJsonBody(request([]), 1024)).resolves.toBeUndefined();
  });

  it('refuses a body whose declared content-length is over the limit without reading it', async () => {
    const req = request([], { ...json, 'content-length': '11' });
    await expect(failureOf(readJsonBody(req, 10))).resolves.toEqual({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      message: 'Request body is larger than the limit of 10 bytes',
    });
  });

  it('refuses a body that streams past the limit without a content-length', async () => {
    const req = request(['{"a":"', '123456', '"}'], json);
    await expect(failureOf(readJsonBody(req, 10))).resolves.toEqual({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      message: 'Request body is larger than the limit of 10 bytes',
    });
  });

  it('refuses a body longer than its declared content-length once it passes the limit', async () => {
    const req = request(['{"a":"123456789"}'], { ...json, 'content-length': '5' });
    await expect(failureOf(readJsonBody(req, 10))).resolves.toEqual({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      message: 'Request body is larger than the limit of 10 bytes',
    });
  });

  it('refuses invalid JSON with 400 and the parser message', async () => {
    const text = '{"query":';
    const parserMessage = (() => {
      try {
        JSON.parse(text);
      } catch (err) {
        return (err as Error).message;
      }
      throw new Error('the sample text must not be valid JSON');
    })();
    await expect(failureOf(readJsonBody(request([text], json), 1024))).resolves.toEqual({
      status: 400,
      code: 'BAD_REQUEST',
      message: `Request body is not valid JSON: ${parserMessage}`,
    });
  });

  it('refuses a body that is not application/json with 415', async () => {
    await expect(failureOf(readJsonBody(request(['{"a":1}'], { 'content-type': 'text/plain' }), 1024))).resolves.toEqual({
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: 'Request bodies must be application/json; got "text/plain"',
    });
  });

  it('refuses a body without a content-type with 415', async () => {
    await expect(failureOf(readJsonBody(request(['{"a":1}']), 1024))).resolves.toEqual({
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: 'Request bodies must be application/json; got "no content-type"',
    });
  });
});
