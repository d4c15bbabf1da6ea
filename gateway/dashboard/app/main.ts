/// <reference lib="dom" />
import type { Chart } from 'chart.js';
import { filtersFromUrl, statusSelect, writeFiltersToUrl, yearSelect } from './filters';
import { describeProblem, graphClient, type Problem } from './graph';
import { PanelView, type PanelContext } from './panel-view';
import { PANELS, type ChartId, type Filters } from './panels';
import { describeCaller, loadSession, saveSession, sessionHeaders, type Session } from './session';

/** For tests and debugging: each chart as drawn, and a promise settled once every chart has been asked for the first time. */
interface SatuDashboard {
  readonly charts: Partial<Record<ChartId, Chart>>;
  ready: Promise<void>;
}

declare global {
  interface Window {
    satuDashboard: SatuDashboard;
  }
}

function byId<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

const graphqlUrl = new URL(document.body.dataset.graphqlPath ?? '/graphql', location.origin).href;
let session: Session = loadSession();
let graph = graphClient(graphqlUrl, sessionHeaders(session));
const filters = filtersFromUrl(location.search);

const tokenInput = byId<HTMLInputElement>('token');
const purposeInput = byId<HTMLInputElement>('purpose');
const caller = byId('caller');
const notice = byId('notice');

function showProblem(problem: Problem): void {
  // A refused token fails every chart alike: said once, with what to do.
  if (problem.code !== 'UNAUTHENTICATED') return;
  notice.textContent = `The gateway refused the token (${describeProblem(problem)}). Paste a new token, or sign out to see the public statistics.`;
  notice.hidden = false;
}

// Marks on the page's own timeline, so the time to the first chart can be read from navigation start.
const FIRST_CHART_MARK = 'dashboard:first-chart';
const READY_MARK = 'dashboard:ready';

const context: PanelContext = {
  graph: () => graph,
  headers: () => sessionHeaders(session),
  filters,
  onProblem: showProblem,
  onDrawn: () => {
    if (performance.getEntriesByName(FIRST_CHART_MARK).length === 0) performance.mark(FIRST_CHART_MARK);
  },
};

const views = new Map<ChartId, PanelView>();
const reload = (id: ChartId) => {
  writeFiltersToUrl(filters);
  void views.get(id)?.load();
};
const years = yearSelect(filters, (startYear) => {
  filters.startYear = startYear;
  reload('placementsByCountry');
});
const status = statusSelect(filters, (value) => {
  filters.status = value;
  reload('workersByProvince');
});
const controls: Record<keyof Filters, HTMLElement> = { startYear: years.label, status };
for (const panel of PANELS) views.set(panel.id, new PanelView(panel, context, panel.filter ? controls[panel.filter] : undefined));
byId('charts').append(...[...views.values()].map((view) => view.figure));

async function loadAll(): Promise<void> {
  notice.hidden = true;
  caller.textContent = describeCaller(session);
  await Promise.all(
    [...views.values()].map(async (view) => {
      const buckets = await view.load();
      if (buckets && view.panel.id === 'placementsPerYear') years.offerYears(buckets);
    }),
  );
}

function signIn(next: Session): void {
  session = next;
  saveSession(session);
  graph = graphClient(graphqlUrl, sessionHeaders(session));
  void loadAll();
}

tokenInput.value = session.token;
purposeInput.value = session.purpose;
byId('session').addEventListener('submit', (event) => {
  event.preventDefault();
  // Pasted from a header line, a token may come with its scheme.
  signIn({ token: tokenInput.value.trim().replace(/^Bearer\s+/i, ''), purpose: purposeInput.value.trim() });
});
byId('sign-out').addEventListener('click', () => {
  tokenInput.value = purposeInput.value = '';
  signIn({ token: '', purpose: '' });
});

window.satuDashboard = {
  get charts() {
    return Object.fromEntries([...views].flatMap(([id, view]) => (view.chart ? [[id, view.chart]] : [])));
  },
  ready: loadAll().then(() => {
    performance.mark(READY_MARK);
    document.body.dataset.ready = 'true';
  }),
};
