import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import {
  DashboardKurBySchemeDocument,
  DashboardPlacementsByCountryDocument,
  DashboardPlacementsPerYearDocument,
  DashboardReturneeBusinessesByProvinceDocument,
  DashboardWorkersByProvinceDocument,
} from '../../clients/typescript/src';
import { answered, type Bucket } from '../../gateway/dashboard/app/buckets';
import type { ChartId, Filters } from '../../gateway/dashboard/app/panels';
import { ROOT } from '../../scripts/lib/root';
import { headersFor, type Caller } from './support/callers';
import { typedClient } from './support/clients';
import { stackInfo } from './support/stack-info';

/**
 * The analysts' dashboard in a real browser (Debian's Chromium, through playwright-core) against
 * the real gateway: every chart drawn as the graph answers, for the caller signed in, with no
 * request leaving the gateway's origin.
 */
const CLIENT = 'analyst-dashboard';
const ORIGIN = new URL(stackInfo().gatewayUrl).origin;
const SCREENSHOT = path.join(ROOT, '.artifacts', 'dashboard.png');
/** The page, its script and the five answers, gzipped: more means the bundle grew by accident. */
const PAGE_WEIGHT_BUDGET_BYTES = 250 * 1024;
const BROWSER_TIMEOUT_MS = 90_000;

const ALL: Filters = { startYear: null, status: null };
/** Gets exact buckets (README "Statistics that do not single people out"). */
const OFFICER_WITH_PII: Caller = { ministry: 'KP2MI', roles: ['officer'], scope: 'pii:read', purpose: 'dashboard end-to-end test' };

const withheld = (bucket: Bucket) => bucket.key === 'OTHER' || bucket.key === 'SUPPRESSED';

/** The trend's drawn order, written here apart from the page's: years ascending, then what the graph merged. */
const inYearOrder = (buckets: Bucket[]) => [...buckets.filter((b) => !withheld(b)).sort((a, b) => Number(a.key) - Number(b.key)), ...buckets.filter(withheld)];

/** What the graph answers the dashboard's registered operations, asked here as the same caller with the same variables. */
async function answers(headers: Record<string, string>, filters: Filters): Promise<Record<ChartId, Bucket[]>> {
  const graph = typedClient(CLIENT, headers);
  const [countries, provinces, businesses, kur, years] = await Promise.all([
    graph.request(DashboardPlacementsByCountryDocument, { startYear: filters.startYear }),
    graph.request(DashboardWorkersByProvinceDocument, { status: filters.status }),
    graph.request(DashboardReturneeBusinessesByProvinceDocument),
    graph.request(DashboardKurBySchemeDocument),
    graph.request(DashboardPlacementsPerYearDocument),
  ]);
  return {
    placementsByCountry: answered(countries.placementStats, 'placementStats'),
    workersByProvince: answered(provinces.workerStats, 'workerStats'),
    returneeBusinessesByProvince: answered(businesses.businessStats, 'businessStats'),
    kurByScheme: answered(kur.financingStats, 'financingStats'),
    placementsPerYear: inYearOrder(answered(years.placementStats, 'placementStats')),
  };
}

/** One chart as the page drew it: Chart.js's data and rendered elements, and the data table under it. */
async function drawn(page: Page, id: ChartId) {
  return page.evaluate((chartId) => {
    const chart = window.satuDashboard.charts[chartId]!;
    const [counts, amounts] = chart.data.datasets;
    const bars = chart.getDatasetMeta(0).data as unknown as { x: number; y: number; base?: number; options: { backgroundColor: unknown } }[];
    return {
      labels: chart.data.labels as string[],
      counts: counts!.data as number[],
      elements: bars.length,
      amounts: amounts?.data as number[] | undefined,
      amountElements: amounts ? chart.getDatasetMeta(1).data.length : undefined,
      hatched: bars.map((bar) => bar.options.backgroundColor instanceof CanvasPattern),
      // Horizontal bars run from `base` to `x`.
      lengths: bars.map((bar) => Math.abs(bar.x - (bar.base ?? bar.x))),
      table: [...document.querySelectorAll(`#chart-${chartId} details tbody tr`)].map((row) => row.querySelector('th')!.textContent),
    };
  }, id);
}

async function expectDrawnAsAnswered(page: Page, expected: Record<ChartId, Bucket[]>): Promise<void> {
  for (const [id, buckets] of Object.entries(expected) as [ChartId, Bucket[]][]) {
    expect(await page.getAttribute(`#chart-${id}`, 'data-state')).toBe('ready');
    const chart = await drawn(page, id);
    expect({ id, elements: chart.elements, labels: chart.labels, counts: chart.counts, table: chart.table }).toEqual({
      id,
      elements: buckets.length,
      labels: buckets.map((b) => b.label),
      counts: buckets.map((b) => b.count),
      table: buckets.map((b) => b.label),
    });
    // Merged buckets are hatched grey, the others are not.
    expect(chart.hatched).toEqual(buckets.map(withheld));
    if (id === 'kurByScheme') expect({ amounts: chart.amounts, elements: chart.amountElements }).toEqual({ amounts: buckets.map((b) => b.totalAmountIdr), elements: buckets.length });
  }
}

const settled = (page: Page) => page.waitForFunction(() => [...document.querySelectorAll('figure')].every((figure) => figure.dataset.state !== 'loading'));

const tokenOf = (headers: Record<string, string>) => headers.authorization!.replace(/^Bearer /, '');

async function pasteToken(page: Page, headers: Record<string, string>): Promise<void> {
  await page.fill('#token', tokenOf(headers));
  await page.fill('#purpose', headers['x-purpose'] ?? '');
  await page.click('#session button[type=submit]');
  await settled(page);
}

interface Opened {
  page: Page;
  context: BrowserContext;
  /** Requests to any other origin: refused, or (when timing) only seen. */
  external: string[];
  /** Script errors and console errors (a Content-Security-Policy violation among them). */
  errors: string[];
  /** Bytes on the wire (headers and encoded bodies) of every response of the page load. */
  transferred(): Promise<number>;
}

let browser: Browser;

/**
 * A fresh browser profile on the dashboard, every chart asked once. Requests to other origins are
 * refused, except when `timing`: Playwright's interception routes each request through this
 * process, which would count in the times measured, so they are only watched for.
 */
async function openDashboard(options: { search?: string; timing?: boolean } = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const external: string[] = [];
  const isExternal = (url: string) => new URL(url).origin !== ORIGIN;
  if (options.timing) context.on('request', (request) => isExternal(request.url()) && external.push(request.url()));
  else {
    await context.route('**/*', (route) => {
      if (!isExternal(route.request().url())) return route.continue();
      external.push(route.request().url());
      return route.abort('blockedbyclient');
    });
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const sizes: Promise<number>[] = [];
  page.on('requestfinished', (request) => sizes.push(request.sizes().then((size) => size.responseHeadersSize + size.responseBodySize)));
  await page.goto(`${ORIGIN}/dashboard${options.search ?? ''}`);
  await page.waitForSelector('body[data-ready="true"]');
  return {
    page,
    context,
    external,
    errors,
    transferred: async () => {
      // Every response of the load has finished once the network is idle.
      await page.waitForLoadState('networkidle');
      return (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
    },
  };
}

/** Closes the profile, once it is clear the page asked no other origin and raised no error. */
async function closeClean({ external, errors, context }: Opened): Promise<void> {
  expect({ external, errors }).toEqual({ external: [], errors: [] });
  await context.close();
}

/** Milliseconds from navigation start to the page's own marks: the first chart drawn, and every chart asked once. */
const timings = (page: Page) =>
  page.evaluate(() => ({
    firstChart: Math.round(performance.getEntriesByName('dashboard:first-chart')[0]!.startTime),
    allCharts: Math.round(performance.getEntriesByName('dashboard:ready')[0]!.startTime),
  }));

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
afterAll(async () => {
  await browser?.close();
});

describe('the dashboard at /dashboard', () => {
  it('serves the page and its script from the gateway: gzipped, validated, cached by content, GET and HEAD only', async () => {
    const started = performance.now();
    const page = await fetch(`${ORIGIN}/dashboard`);
    const html = await page.text();
    console.log(`dashboard: the first request, which bundles the app, answered in ${Math.round(performance.now() - started)} ms`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'; script-src 'self'; connect-src 'self'/);
    const scriptUrl = /<script type="module" src="([^"]+)">/.exec(html)![1]!;
    expect(scriptUrl).toMatch(/^\/dashboard\/app\.js\?v=[0-9a-f]{16}$/);
    const script = await fetch(`${ORIGIN}${scriptUrl}`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Number(script.headers.get('content-length'))).toBeLessThan((await script.arrayBuffer()).byteLength);
    const again = await fetch(`${ORIGIN}${scriptUrl}`, { headers: { 'if-none-match': script.headers.get('etag')! } });
    expect(again.status).toBe(304);
    const head = await fetch(`${ORIGIN}/dashboard`, { method: 'HEAD', headers: { 'accept-encoding': 'identity' } });
    expect({ status: head.status, length: Number(head.headers.get('content-length')), body: await head.text() }).toEqual({ status: 200, length: Buffer.byteLength(html), body: '' });
    const post = await fetch(`${ORIGIN}/dashboard`, { method: 'POST' });
    expect({ status: post.status, allow: post.headers.get('allow'), code: ((await post.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code }).toEqual({
      status: 405,
      allow: 'GET, HEAD',
      code: 'METHOD_NOT_ALLOWED',
    });
  });

  it(
    'draws every chart anonymously with its merged buckets, offline, within its weight; the filters re-ask their chart',
    async () => {
      const opened = await openDashboard();
      const { page } = opened;
      const anonymous = await answers({}, ALL);
      await expectDrawnAsAnswered(page, anonymous);
      // The public sees small groups merged: the seeded data has some, drawn and labelled.
      const merged = Object.values(anonymous).flat().filter(withheld);
      expect(merged.length).toBeGreaterThan(0);
      expect(merged.every((bucket) => /^(Other \(\d+ groups of fewer than 5 each\)|Suppressed \(groups of fewer than 5\))$/.test(bucket.label))).toBe(true);
      expect(await page.textContent('#caller')).toMatch(/^Anonymous/);

      // A year whose countries include a group too small even merged, if the data has one: drawn at count 0, still visible.
      const years = anonymous.placementsPerYear.filter((bucket) => !withheld(bucket)).map((bucket) => Number(bucket.key));
      const byYear = await Promise.all(years.map(async (startYear) => ({ startYear, buckets: (await answers({}, { ...ALL, startYear })).placementsByCountry })));
      const chosen = byYear.find(({ buckets }) => buckets.some((b) => b.key === 'SUPPRESSED')) ?? byYear[0]!;
      await page.selectOption('#chart-placementsByCountry select', String(chosen.startYear));
      await page.waitForSelector('#chart-placementsByCountry[data-state="ready"]');
      const countries = await drawn(page, 'placementsByCountry');
      expect({ labels: countries.labels, counts: countries.counts }).toEqual({ labels: chosen.buckets.map((b) => b.label), counts: chosen.buckets.map((b) => b.count) });
      expect(countries.labels).not.toEqual(anonymous.placementsByCountry.map((b) => b.label));
      const suppressed = chosen.buckets.findIndex((b) => b.key === 'SUPPRESSED');
      // Chart.js's minBarLength (6 px), less the half pixel it aligns bars to.
      if (suppressed >= 0) expect(countries.lengths[suppressed]).toBeGreaterThanOrEqual(5);
      expect(page.url()).toBe(`${ORIGIN}/dashboard?year=${chosen.startYear}`);

      await page.selectOption('#chart-workersByProvince select', 'RETURNED');
      await page.waitForSelector('#chart-workersByProvince[data-state="ready"]');
      const returned = (await answers({}, { ...ALL, status: 'RETURNED' })).workersByProvince;
      expect(returned.map((b) => b.count)).not.toEqual(anonymous.workersByProvince.map((b) => b.count));
      const provinces = await drawn(page, 'workersByProvince');
      expect({ elements: provinces.elements, labels: provinces.labels, counts: provinces.counts }).toEqual({ elements: returned.length, labels: returned.map((b) => b.label), counts: returned.map((b) => b.count) });

      mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });

      // What a user's first visit costs: a browser with nothing cached.
      const timed = await openDashboard({ timing: true });
      const { firstChart, allCharts } = await timings(timed.page);
      const weight = await timed.transferred();
      console.log(
        [
          `dashboard: page weight ${weight} bytes transferred (gzip; page, script and five answers), budget ${PAGE_WEIGHT_BUDGET_BYTES}`,
          `dashboard: time to first chart ${firstChart} ms, all five charts ${allCharts} ms, from navigation start`,
          `dashboard: screenshot ${path.relative(ROOT, SCREENSHOT)}`,
        ].join('\n'),
      );
      expect(weight).toBeLessThan(PAGE_WEIGHT_BUDGET_BYTES);
      await closeClean(opened);
      await closeClean(timed);
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    "draws every chart as the pasted token's caller: merged for an analyst, exact for an officer with pii:read",
    async () => {
      const opened = await openDashboard();
      const { page } = opened;
      const analyst = await headersFor({ ministry: 'KOPERASI_UKM', roles: ['analyst'], sub: 'dashboard-analyst' });
      await pasteToken(page, analyst);
      expect(await page.textContent('#caller')).toMatch(/^Signed in as dashboard-analyst: analyst of KOPERASI_UKM .*small groups merged\.$/);
      await expectDrawnAsAnswered(page, await answers(analyst, ALL));

      const officer = await headersFor(OFFICER_WITH_PII);
      await pasteToken(page, officer);
      expect(await page.textContent('#caller')).toMatch(/exact counts\.$/);
      const exact = await answers(officer, ALL);
      expect(Object.values(exact).flat().filter(withheld)).toEqual([]);
      await expectDrawnAsAnswered(page, exact);
      // Kept for the next visit, like the explorer's headers.
      expect(await page.evaluate(() => localStorage.getItem('satu-graf-dashboard:token'))).toBe(tokenOf(officer));
      await closeClean(opened);
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    "saves a chart's data as CSV through the export, with its filter, as the signed-in caller",
    async () => {
      const opened = await openDashboard({ search: '?status=DEPLOYED' });
      const { page } = opened;
      const officer = await headersFor(OFFICER_WITH_PII);
      await pasteToken(page, officer);
      const expected = (await answers(officer, { ...ALL, status: 'DEPLOYED' })).workersByProvince;
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#chart-workersByProvince button:text-is("CSV")')]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      const text = readFileSync((await download.path())!, 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const rows = parse(text.slice(1), { columns: true }) as Record<string, string>[];
      expect(rows.map((row) => ({ label: row.label, count: Number(row.count) }))).toEqual(expected.map(({ label, count }) => ({ label, count })));
      expect(await page.textContent('#chart-workersByProvince .status')).toBe(`Saved ${download.suggestedFilename()}.`);
      await closeClean(opened);
    },
    BROWSER_TIMEOUT_MS,
  );

  it(
    'says so when the gateway refuses the token, on every chart and once for the page',
    async () => {
      const { page, context, external } = await openDashboard();
      // The first character of the signature changed: a token the gateway did not sign.
      const [header, payload, signature] = tokenOf(await headersFor({ ministry: 'KP2MI', roles: ['analyst'] })).split('.') as [string, string, string];
      await pasteToken(page, { authorization: `Bearer ${header}.${payload}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}` });
      const states = await page.$$eval('figure', (figures) => figures.map((figure) => [figure.dataset.state, figure.querySelector('.status')!.textContent]));
      expect(states).toHaveLength(5);
      for (const [state, status] of states) expect({ state, status }).toEqual({ state: 'error', status: expect.stringMatching(/^UNAUTHENTICATED: /) });
      expect(await page.isVisible('#notice')).toBe(true);
      expect(await page.textContent('#notice')).toMatch(/^The gateway refused the token \(UNAUTHENTICATED: .+\)\. Paste a new token, or sign out to see the public statistics\.$/);
      await page.click('#sign-out');
      await settled(page);
      expect(await page.$$eval('figure', (figures) => figures.map((figure) => figure.dataset.state))).toEqual(Array(5).fill('ready'));
      expect(await page.isVisible('#notice')).toBe(false);
      // The browser logs each refused answer as a console error: here only other origins are ruled out.
      expect(external).toEqual([]);
      await context.close();
    },
    BROWSER_TIMEOUT_MS,
  );
});
