import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from '../../lib/http/http-error';
import type { RouteHandler } from '../../lib/http/server';
import { bundleApp } from './bundle';
import { dashboardPage } from './page';
import { sendAsset, staticAsset, type StaticAsset } from './static-asset';

export const DASHBOARD_PATH = '/dashboard';
const SCRIPT_PATH = `${DASHBOARD_PATH}/app.js`;
// The script's URL carries its hash (`?v=`): a URL names one content, which may be kept for a year.
const VERSIONED = 'public, max-age=31536000, immutable';
// The page names the current script: browsers ask again each time, and get a 304 while it holds.
const REVALIDATE = 'no-cache';

interface DashboardAssets {
  page: StaticAsset;
  script: StaticAsset;
  hash: string;
}

/** Bundles and renders once, on first use; a failed build is tried again by the next request. */
function onFirstUse(graphqlPath: string): () => Promise<DashboardAssets> {
  let assets: Promise<DashboardAssets> | undefined;
  const make = async (): Promise<DashboardAssets> => {
    const { code, hash } = await bundleApp();
    const page = dashboardPage({ graphqlPath, scriptUrl: `${SCRIPT_PATH}?v=${hash}` });
    return {
      page: staticAsset(page.html, 'text/html; charset=utf-8', { 'content-security-policy': page.contentSecurityPolicy, 'referrer-policy': 'no-referrer' }),
      script: staticAsset(code, 'text/javascript; charset=utf-8'),
      hash,
    };
  };
  return () => {
    assets ??= make().catch((err: unknown) => {
      assets = undefined;
      throw err;
    });
    return assets;
  };
}

function readOnly(handler: (req: IncomingMessage, res: ServerResponse, search: string) => Promise<void>): RouteHandler {
  return async (req, res, search) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed on the dashboard; use GET`);
    }
    return handler(req, res, search);
  };
}

/**
 * The analysts' dashboard: the page at `/dashboard` and its script, bundled from
 * gateway/dashboard/app/ on the first request and served from memory afterwards. Everything
 * it loads comes from the gateway itself, so it works without internet.
 */
export function dashboardRoutes(options: { graphqlPath: string }): Record<string, RouteHandler> {
  const assets = onFirstUse(options.graphqlPath);
  const page = readOnly(async (req, res) => sendAsset(req, res, (await assets()).page, REVALIDATE));
  return {
    [DASHBOARD_PATH]: page,
    [`${DASHBOARD_PATH}/`]: page,
    [SCRIPT_PATH]: readOnly(async (req, res, search) => {
      const { script, hash } = await assets();
      sendAsset(req, res, script, new URLSearchParams(search).get('v') === hash ? VERSIONED : REVALIDATE);
    }),
  };
}
