import { createHash } from 'node:crypto';
import path from 'node:path';

/** The dashboard's script, bundled: Chart.js (only the parts registered), the typed client and the app. */
export interface AppBundle {
  code: string;
  /** A short hash of the code, put in the script's URL so browsers may keep it for good. */
  hash: string;
}

const ENTRY = path.join(__dirname, 'app', 'main.ts');

/**
 * Bundles the app in memory with esbuild. esbuild is loaded here, on the first request, so a
 * gateway with the dashboard off never loads it.
 */
export async function bundleApp(): Promise<AppBundle> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    // graphql-js checks NODE_ENV for its development-only instanceof warnings.
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const code = result.outputFiles[0]!.text;
  return { code, hash: createHash('sha256').update(code).digest('hex').slice(0, 16) };
}
