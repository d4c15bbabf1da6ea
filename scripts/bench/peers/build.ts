import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, createWriteStream, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PEERS_DIR, type PeerRecipe } from './recipes';

/** Why a peer cannot be built on this machine, or null when its toolchain is there. */
export function missingToolchain(recipe: PeerRecipe): string | null {
  const rustc = spawnSync('rustc', [`+${recipe.toolchain}`, '--version'], { encoding: 'utf8' });
  if (rustc.error || rustc.status !== 0) return `it needs the Rust toolchain "${recipe.toolchain}" (rustup toolchain install ${recipe.toolchain}), which this machine does not have`;
  const version = /rustc (\d+)\.(\d+)/.exec(rustc.stdout);
  const [major, minor] = recipe.minimumRust;
  if (!version || Number(version[1]) < major || (Number(version[1]) === major && Number(version[2]) < minor)) {
    return `it needs Rust ${major}.${minor} or newer, and "${recipe.toolchain}" is ${rustc.stdout.trim()}`;
  }
  return null;
}

/** Fetches a file published on Maven Central, checked against the SHA-256 pinned here. */
async function fromMavenCentral(artifact: { url: string; sha256: string }, file: string): Promise<void> {
  const response = await fetch(artifact.url, { signal: AbortSignal.timeout(120_000) });
  if (!response.ok) throw new Error(`${artifact.url} answered ${response.status}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sha256 !== artifact.sha256) throw new Error(`${artifact.url} has SHA-256 ${sha256}, not ${artifact.sha256}; it is not used`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.partial`, bytes);
  renameSync(`${file}.partial`, file);
}

/**
 * protoc for a build that compiles protobuf files: the one on PATH, or Google's own binary from
 * Maven Central, with the well-known types (`google/protobuf/*.proto`) from the protobuf-java jar
 * of the same release, both checked against their SHA-256 and kept beside the peers: no system
 * package is needed.
 */
async function protoc(log: (line: string) => void): Promise<{ PROTOC: string; PROTOC_INCLUDE?: string }> {
  if (spawnSync('protoc', ['--version']).status === 0) return { PROTOC: 'protoc' };
  const folder = path.join(PEERS_DIR, 'protoc', PROTOC.version);
  const binary = path.join(folder, 'bin', 'protoc');
  const include = path.join(folder, 'include');
  if (!existsSync(binary) || !existsSync(path.join(include, 'google', 'protobuf', 'timestamp.proto'))) {
    log(`protoc is not on PATH: fetching protoc ${PROTOC.version} and its well-known types from Maven Central`);
    try {
      await fromMavenCentral(PROTOC.binary, binary);
      chmodSync(binary, 0o755);
      const jar = path.join(folder, 'protobuf-java.jar');
      await fromMavenCentral(PROTOC.wellKnownTypes, jar);
      const unzip = spawnSync('unzip', ['-o', '-q', jar, 'google/protobuf/*.proto', '-d', include], { encoding: 'utf8' });
      if (unzip.error || unzip.status !== 0) throw new Error(`unzip could not extract the well-known types: ${unzip.error?.message ?? unzip.stderr.trim()}`);
    } catch (err) {
      throw new Error(`protoc is not on PATH and could not be fetched (${(err as Error).message}); install Debian's protobuf-compiler`);
    }
  }
  return { PROTOC: binary, PROTOC_INCLUDE: include };
}

const PROTOC = {
  version: '4.33.2',
  binary: { url: 'https://repo.maven.apache.org/maven2/com/google/protobuf/protoc/4.33.2/protoc-4.33.2-linux-x86_64.exe', sha256: '0e3f0ae2a73bc27682baa8981bc18312bab1b2f90c804d528c6ee1f600247189' },
  wellKnownTypes: { url: 'https://repo.maven.apache.org/maven2/com/google/protobuf/protobuf-java/4.33.2/protobuf-java-4.33.2.jar', sha256: 'c5b582aa127fb62c5fc3077329d522dfb7930b4e9a625c08760b681b2ba5aab7' },
};

const PROGRESS_EVERY_MS = 30_000;

/**
 * Builds one peer with `cargo install --locked` into its own folder under .bench/peers (a
 * shared target folder keeps what a retry can reuse). Cargo's output goes to a log; a line every
 * 30 s says how far it is, since a build takes from ten minutes to an hour on two cores.
 */
export async function buildPeer(recipe: PeerRecipe, log: (line: string) => void): Promise<void> {
  const missing = missingToolchain(recipe);
  if (missing) throw new Error(missing);
  const env: NodeJS.ProcessEnv = { ...process.env, CARGO_TARGET_DIR: path.join(PEERS_DIR, 'target') };
  if (recipe.needsProtoc) Object.assign(env, await protoc(log));
  const args = [`+${recipe.toolchain}`, 'install', '--locked', recipe.crate, '--version', recipe.version, '--root', path.join(PEERS_DIR, recipe.name), ...recipe.cargoArgs];
  const logFile = path.join(PEERS_DIR, `${recipe.name}-build.log`);
  mkdirSync(PEERS_DIR, { recursive: true });
  log(`building ${recipe.label}: cargo ${args.join(' ')} (output in ${path.relative(process.cwd(), logFile)})`);
  const output = createWriteStream(logFile);
  const child = spawn('cargo', args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const started = Date.now();
  let compiled = 0;
  let lastLines: string[] = [];
  const take = (chunk: Buffer) => {
    output.write(chunk);
    const lines = chunk.toString().split('\n').filter((line) => line.trim() !== '');
    compiled += lines.filter((line) => /^\s*Compiling /.test(line)).length;
    lastLines = [...lastLines, ...lines].slice(-20);
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const timer = setInterval(() => log(`building ${recipe.label}: ${compiled} crates compiled in ${Math.round((Date.now() - started) / 60_000)} min`), PROGRESS_EVERY_MS);
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  clearInterval(timer);
  output.end();
  if (code !== 0) {
    const error = lastLines.filter((line) => /error/i.test(line)).slice(0, 3).join(' / ') || lastLines.at(-1) || `cargo exited with ${code}`;
    throw new Error(`cargo install failed after ${Math.round((Date.now() - started) / 60_000)} min: ${error.trim().slice(0, 400)} (whole log: ${path.relative(process.cwd(), logFile)})`);
  }
  log(`built ${recipe.label} in ${Math.round((Date.now() - started) / 60_000)} min: ${path.relative(process.cwd(), recipe.binary)}`);
}
