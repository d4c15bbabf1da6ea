import { mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Logger, LogFields } from '../../lib/logger';
import { supergraphHash } from '../../gateway/supergraph-file';
import { fetchSupergraph, pollSupergraph, shownUrl } from '../../gateway/supergraph-poller';
import { supergraphReloader } from '../../gateway/supergraph-reloader';
import { watchSupergraphFile } from '../../gateway/supergraph-watcher';

interface Line {
  level: string;
  msg: string;
  fields: LogFields;
}

function recordingLogger(lines: Line[]): Logger {
  const at = (level: string) => (msg: string, fields: LogFields = {}) => void lines.push({ level, msg, fields });
  const logger: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), alert: at('alert'), child: () => logger };
  return logger;
}

async function until(what: string, condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A gateway stand-in: it serves a text by its hash, refuses any text containing "broken" (as
 * @apollo/gateway refuses one it cannot load) and can be held in the middle of a reload.
 */
function stubGateway(first: string) {
  const stub = {
    served: supergraphHash(first),
    replaced: [] as string[],
    hold: undefined as Promise<void> | undefined,
    async replace(text: string) {
      stub.replaced.push(text);
      await stub.hold;
      if (text.includes('broken')) throw new Error('Syntax Error: Unexpected Name "broken".');
      stub.served = supergraphHash(text);
    },
  };
  return stub;
}

describe('the supergraph reloader', () => {
  let lines: Line[];
  let gateway: ReturnType<typeof stubGateway>;
  let reloader: ReturnType<typeof supergraphReloader>;

  beforeEach(() => {
    lines = [];
    gateway = stubGateway('v1');
    reloader = supergraphReloader({ source: 'supergraph.graphql', served: () => gateway.served, replace: (text) => gateway.replace(text), logger: recordingLogger(lines) });
  });

  it('does nothing with the text it serves', async () => {
    await reloader.offer('v1');
    expect(gateway.replaced).toEqual([]);
    expect(lines).toEqual([]);
  });

  it('serves a new text and logs the old and the new hash at info', async () => {
    await reloader.offer('v2');
    expect(gateway.served).toBe(supergraphHash('v2'));
    expect(lines).toEqual([
      { level: 'info', msg: 'supergraph reloaded', fields: { supergraph: 'supergraph.graphql', previous: supergraphHash('v1'), sha256: supergraphHash('v2'), ms: expect.any(Number) } },
    ]);
  });

  it('refuses a text the gateway cannot load, keeps the old one and logs why at error, once', async () => {
    await reloader.offer('broken v2');
    await reloader.offer('broken v2');
    expect(gateway.served).toBe(supergraphHash('v1'));
    expect(gateway.replaced).toEqual(['broken v2']);
    expect(lines).toEqual([
      {
        level: 'error',
        msg: 'supergraph refused, still serving the previous one',
        fields: { supergraph: 'supergraph.graphql', sha256: supergraphHash('broken v2'), serving: supergraphHash('v1'), reason: 'Syntax Error: Unexpected Name "broken".' },
      },
    ]);
    // Once the source holds something else, a return to the refused text is tried again.
    await reloader.offer('v2');
    await reloader.offer('broken v2');
    expect(gateway.replaced).toEqual(['broken v2', 'v2', 'broken v2']);
    expect(lines.map((line) => line.level)).toEqual(['error', 'info', 'error']);
  });

  it('reloads one at a time, the latest text offered meanwhile next', async () => {
    let release!: () => void;
    gateway.hold = new Promise((resolve) => (release = resolve));
    const first = reloader.offer('v2');
    const second = reloader.offer('v3');
    const third = reloader.offer('v4');
    expect(gateway.replaced).toEqual(['v2']);
    release();
    await Promise.all([first, second, third]);
    expect(gateway.replaced).toEqual(['v2', 'v4']);
    expect(gateway.served).toBe(supergraphHash('v4'));
  });
});

describe('watching the supergraph file', () => {
  let dir: string;
  let file: string;
  let lines: Line[];
  let gateway: ReturnType<typeof stubGateway>;
  /** Each text the watcher read, in order. */
  let read: string[];
  let stop: () => void;

  /** Written beside the file, then renamed over it, as a deploy replaces a file. */
  function replaceByRename(text: string) {
    const temporary = path.join(dir, `.supergraph-${Math.random().toString(36).slice(2)}.tmp`);
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  }

  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'supergraph-watch-'));
    file = path.join(dir, 'supergraph.graphql');
    writeFileSync(file, 'v1');
    lines = [];
    gateway = stubGateway('v1');
    const logger = recordingLogger(lines);
    const reloader = supergraphReloader({ source: file, served: () => gateway.served, replace: (text) => gateway.replace(text), logger });
    read = [];
    stop = watchSupergraphFile(
      file,
      (text) => {
        read.push(text);
        return reloader.offer(text);
      },
      { logger, debounceMs: 100 },
    );
  });
  afterEach(() => {
    stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the file as it starts, and reloads nothing when it holds the served supergraph', async () => {
    await sleep(250);
    expect(read).toEqual(['v1']);
    expect(gateway.replaced).toEqual([]);
    expect(lines).toEqual([]);
  });

  it('reloads once when the file is replaced by a rename', async () => {
    replaceByRename('v2');
    await until('the reload', () => gateway.served === supergraphHash('v2'));
    await sleep(250);
    expect(read).toEqual(['v1', 'v2']);
    expect(gateway.replaced).toEqual(['v2']);
  });

  it('reads once, after the last of quick writes in place', async () => {
    for (const text of ['v', 'v2', 'v2 and', 'v2 and more']) {
      writeFileSync(file, text);
      await sleep(5);
    }
    await until('the reload', () => gateway.replaced.length > 0);
    await sleep(250);
    expect(read).toEqual(['v1', 'v2 and more']);
    expect(gateway.replaced).toEqual(['v2 and more']);
  });

  it('does nothing when the file is touched without a change', async () => {
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    writeFileSync(file, 'v1');
    await until('the file read again', () => read.length === 2);
    await sleep(250);
    expect(gateway.replaced).toEqual([]);
    expect(lines).toEqual([]);
  });

  it('ignores the other files of the folder', async () => {
    writeFileSync(path.join(dir, 'notes.txt'), 'v2');
    await sleep(250);
    expect(read).toEqual(['v1']);
  });

  it('keeps serving the old supergraph when the new one is refused, and takes the next good one', async () => {
    replaceByRename('broken v2');
    await until('the refusal', () => lines.some((line) => line.level === 'error'));
    expect(gateway.served).toBe(supergraphHash('v1'));
    replaceByRename('v3');
    await until('the reload', () => gateway.served === supergraphHash('v3'));
    expect(lines.map(({ level, msg }) => [level, msg])).toEqual([
      ['error', 'supergraph refused, still serving the previous one'],
      ['info', 'supergraph reloaded'],
    ]);
  });

  it('logs a file it cannot read and serves on', async () => {
    rmSync(file);
    await until('the error', () => lines.some((line) => line.msg === 'cannot read the supergraph, still serving the previous one'));
    expect(lines[0]!.fields.reason).toContain('ENOENT');
    expect(gateway.served).toBe(supergraphHash('v1'));
  });
});

describe('polling the supergraph URL', () => {
  let server: Server;
  let origin: string;
  let answer: { status: number; body: string };
  let authorization: string | undefined;

  beforeAll(async () => {
    server = createServer((req, res) => {
      authorization = req.headers.authorization;
      res.writeHead(answer.status, { 'content-type': 'text/plain' });
      res.end(answer.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('hands over what the URL holds at each interval, and logs a failed fetch at warn', async () => {
    const url = `${origin}/supergraph.graphql`;
    answer = { status: 200, body: 'v1' };
    const texts: string[] = [];
    const lines: Line[] = [];
    const stop = pollSupergraph(url, 40, (text) => texts.push(text), recordingLogger(lines));
    try {
      await until('a first poll', () => texts.length > 0);
      answer = { status: 503, body: 'unavailable' };
      await until('a failed poll', () => lines.length > 0);
      answer = { status: 200, body: 'v2' };
      await until('a poll after the failure', () => texts.at(-1) === 'v2');
    } finally {
      stop();
    }
    expect(new Set(texts)).toEqual(new Set(['v1', 'v2']));
    expect(lines[0]).toEqual({ level: 'warn', msg: 'supergraph not fetched, still serving the previous one', fields: { reason: `Cannot fetch the supergraph from ${url}: it answered HTTP 503` } });
  });

  it('sends the credentials of the URL as basic authentication, and never names them', async () => {
    answer = { status: 401, body: 'who are you' };
    await expect(fetchSupergraph(`http://deploy:s%40cret@${origin.slice('http://'.length)}/graph?token=abc`)).rejects.toThrow(
      `Cannot fetch the supergraph from ${origin}/graph: it answered HTTP 401`,
    );
    expect(authorization).toBe(`Basic ${Buffer.from('deploy:s@cret').toString('base64')}`);
    expect(shownUrl('https://deploy:secret@registry.example/graphs/pmi?token=abc')).toBe('https://registry.example/graphs/pmi');
  });

  it('names what went wrong when nothing answers', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(fetchSupergraph(`http://127.0.0.1:${port}/graph`)).rejects.toThrow(new RegExp(`^Cannot fetch the supergraph from http://127\\.0\\.0\\.1:${port}/graph: fetch failed: .*ECONNREFUSED`));
  });
});
