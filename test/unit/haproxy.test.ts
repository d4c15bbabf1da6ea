import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findHaproxy, haproxyConfig, HEALTH_CHECK, REPLICA_SHUTDOWN_DELAY_MS } from '../../scripts/lib/haproxy';

const layout = {
  statsPort: 8404,
  services: [
    { name: 'gateway', port: 4000, servers: [{ name: 'gateway-1', port: 41001 }, { name: 'gateway-2', port: 41002 }] },
    { name: 'esdm', port: 4002, servers: [{ name: 'esdm-1', port: 42001 }, { name: 'esdm-2', port: 42002 }] },
  ],
};

/** The config's sections by their first line (`defaults`, `backend esdm` …), each as its settings without comments. */
function sections(config: string): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  let current: string[] = [];
  for (const line of config.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) found[line] = current = [];
    else current.push(line.trim());
  }
  return found;
}

describe('haproxyConfig', () => {
  const config = sections(haproxyConfig(layout));

  it('retries only what never reached a replica, except readiness questions', () => {
    expect(config.defaults).toEqual(expect.arrayContaining(['retries 3', 'option redispatch 1', 'retry-on conn-failure']));
    expect(Object.values(config).flat().filter((line) => line.startsWith('retry-on'))).toEqual(['retry-on conn-failure', 'retry-on conn-failure 503', 'retry-on conn-failure 503']);
    expect(haproxyConfig(layout)).not.toMatch(/empty-response|http-reuse (always|aggressive)/);
  });

  it('gives each service a frontend on its port, checked replicas, and a readiness backend that follows their checks', () => {
    expect(config['frontend esdm']).toEqual([
      'bind 127.0.0.1:4002',
      'http-response set-header keep-alive timeout=600',
      'use_backend esdm-readiness if METH_GET { path /health/ready }',
      'default_backend esdm',
    ]);
    expect(config['backend esdm']).toEqual(['server esdm-1 127.0.0.1:42001 check', 'server esdm-2 127.0.0.1:42002 check']);
    expect(config['backend esdm-readiness']).toEqual([
      'retry-on conn-failure 503',
      'server esdm-1 127.0.0.1:42001 track esdm/esdm-1',
      'server esdm-2 127.0.0.1:42002 track esdm/esdm-2',
    ]);
    expect(config['frontend gateway']![0]).toBe('bind 127.0.0.1:4000');
    expect(config['listen stats']![0]).toBe('bind 127.0.0.1:8404');
  });

  it("checks /health/ready often enough that a stopping replica is out well within its SHUTDOWN_DELAY_MS", () => {
    expect(config.defaults).toEqual(expect.arrayContaining(['default-server inter 250ms fall 2 rise 2', 'http-check send meth GET uri /health/ready ver HTTP/1.1 hdr host localhost']));
    expect(REPLICA_SHUTDOWN_DELAY_MS).toBe(2000);
    expect(REPLICA_SHUTDOWN_DELAY_MS).toBeGreaterThanOrEqual(4 * HEALTH_CHECK.intervalMs * HEALTH_CHECK.fall);
  });
});

describe('findHaproxy', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'satu-haproxy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const fake = (version: string) => {
    const folder = mkdtempSync(path.join(dir, 'bin-'));
    writeFileSync(path.join(folder, 'haproxy'), `#!/bin/sh\necho "HAProxy version ${version} 2024/01/01 - https://haproxy.org/"\n`);
    chmodSync(path.join(folder, 'haproxy'), 0o755);
    return folder;
  };

  it('says how to install HAProxy when there is none', () => {
    expect(() => findHaproxy(path.join(dir, 'nothing-here'))).toThrow(/^HAProxy is not installed: .*sudo apt-get install haproxy/);
  });

  it('refuses a version older than 2.2 and takes a newer one', () => {
    expect(() => findHaproxy(fake('2.0.33'))).toThrow(/is HAProxy 2\.0, too old for npm run start:replicas\. Install it/);
    const folder = fake('2.6.12-1+deb12u4');
    expect(findHaproxy(`${path.join(dir, 'nothing-here')}${path.delimiter}${folder}`)).toBe(path.join(folder, 'haproxy'));
  });
});
