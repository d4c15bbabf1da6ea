import path from 'node:path';
import { ROOT } from '../../lib/root';

/** Where `npm run bench -- --build-peers` puts the peers it builds (git-ignored, kept between runs). */
export const PEERS_DIR = path.join(ROOT, '.bench', 'peers');

export type PeerName = 'hive-router' | 'apollo-router';

/** How one Rust router is built from crates.io, and where its binary lands. */
export interface PeerRecipe {
  name: PeerName;
  label: string;
  crate: string;
  version: string;
  /** The rustup toolchain cargo builds it with, and the oldest Rust it compiles with. */
  toolchain: string;
  minimumRust: [number, number];
  cargoArgs: string[];
  needsProtoc: boolean;
  binary: string;
  licence: string;
}

export const PEER_RECIPES: Record<PeerName, PeerRecipe> = {
  // The `graphiql` feature builds the bundled GraphiQL from the crate instead of downloading a
  // package this registry does not serve; 0.3.10 needs Rust 1.97, newer than stable here.
  'hive-router': {
    name: 'hive-router',
    label: 'Hive Router',
    crate: 'hive-router',
    version: '0.3.10',
    toolchain: 'nightly',
    minimumRust: [1, 97],
    cargoArgs: ['--features', 'graphiql'],
    needsProtoc: false,
    binary: path.join(PEERS_DIR, 'hive-router', 'bin', 'hive_router'),
    licence: 'MIT',
  },
  // 2.17.0 is the newest Apollo Router that builds with Rust 1.95 (2.19 needs 1.99); its build
  // compiles protobuf files.
  'apollo-router': {
    name: 'apollo-router',
    label: 'Apollo Router',
    crate: 'apollo-router',
    version: '2.17.0',
    toolchain: 'stable',
    minimumRust: [1, 95],
    cargoArgs: [],
    needsProtoc: true,
    binary: path.join(PEERS_DIR, 'apollo-router', 'bin', 'router'),
    licence: 'Elastic License 2.0',
  },
};
