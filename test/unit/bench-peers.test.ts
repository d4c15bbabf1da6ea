import path from 'node:path';
import { withoutRequiresScopes, withPreSignedIdentity } from '../../scripts/bench/peers/apollo-router';
import { availablePeers } from '../../scripts/bench/peers/availability';
import { PEER_RECIPES, type PeerRecipe } from '../../scripts/bench/peers/recipes';
import { readFileSync } from 'node:fs';
import { IDENTITY_HEADER, verifyIdentity } from '../../lib/identity';

const ROOT = path.join(__dirname, '..', '..');

/** A peer as the benchmark knows one, its binary nowhere and its toolchain one no machine has. */
const unbuilt: PeerRecipe = { ...PEER_RECIPES['hive-router'], binary: path.join(ROOT, '.bench', 'no-such-peer', 'hive_router'), toolchain: 'satu-no-such-toolchain' };

describe('the benchmark peers', () => {
  it('leaves out a peer that is not built, saying how to build it and what this machine lacks for it', async () => {
    const logged: string[] = [];
    const { skipped, notes } = await availablePeers(new Set(['ours', 'hive-router']), false, (line) => logged.push(line), [unbuilt]);
    expect([...skipped]).toEqual(['hive-router']);
    expect(notes).toEqual([
      'Hive Router (MIT) is not compared: it is not built (.bench/no-such-peer/hive_router); `npm run bench -- --build-peers` builds it once, but it needs the Rust toolchain "satu-no-such-toolchain" (rustup toolchain install satu-no-such-toolchain), which this machine does not have',
    ]);
    expect(logged).toEqual(notes);
  });

  it('says why a peer could not be built, and goes on without it', async () => {
    const { skipped, notes } = await availablePeers(new Set(['hive-router']), true, () => undefined, [unbuilt]);
    expect([...skipped]).toEqual(['hive-router']);
    expect(notes).toEqual(['Hive Router (MIT) is not compared: it could not be built: it needs the Rust toolchain "satu-no-such-toolchain" (rustup toolchain install satu-no-such-toolchain), which this machine does not have']);
  });

  it('asks nothing of a peer that is not wanted', async () => {
    expect(await availablePeers(new Set(['ours']), true, () => undefined, [unbuilt])).toEqual({ skipped: new Set(), notes: [] });
  });

  it('serves Apollo Router the committed supergraph without @requiresScopes, and nothing else changed', () => {
    const sdl = readFileSync(path.join(ROOT, 'schema', 'supergraph.graphql'), 'utf8');
    const stripped = withoutRequiresScopes(sdl);
    expect(stripped).not.toContain('requiresScopes');
    const removed = sdl.split('\n').filter((line) => line.includes('requiresScopes'));
    expect(removed.length).toBeGreaterThan(3);
    // Every other line is kept; lines that used the directive keep the rest of their text.
    expect(stripped.split('\n').length).toBe(sdl.split('\n').length - removed.filter((line) => /^\s*(@link|directive @requiresScopes|scalar requiresScopes__Scope)/.test(line)).length);
    expect(stripped).toContain('nik: String @join__field(graph: KP2MI) @personal(category: "identity-number")');
  });

  it("signs for Apollo Router the identity ours would sign for the caller the token names", () => {
    const payload = Buffer.from(JSON.stringify({ sub: 'bench-officer', ministry: 'KP2MI', roles: ['officer'], scope: 'pii:read audit:read' })).toString('base64url');
    const headers = withPreSignedIdentity({ authorization: `Bearer x.${payload}.y`, 'x-purpose-code': 'KP2MI-VERIFIKASI-PENEMPATAN', 'x-purpose': 'benchmark' }, 's'.repeat(32));
    expect(verifyIdentity(headers[IDENTITY_HEADER], 's'.repeat(32))).toEqual({ sub: 'bench-officer', ministry: 'KP2MI', roles: ['officer'], scopes: ['pii:read', 'audit:read'], purpose: 'benchmark', purposeCode: 'KP2MI-VERIFIKASI-PENEMPATAN' });
    expect(verifyIdentity(withPreSignedIdentity({}, 's'.repeat(32))[IDENTITY_HEADER], 's'.repeat(32))).toEqual({ sub: 'anonymous', ministry: null, roles: [], scopes: [], purpose: null });
  });
});
