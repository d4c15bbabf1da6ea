/// <reference lib="dom" />
import type { Chart } from 'chart.js';
import type { GraphClient } from '../../../clients/typescript/src';
import { isWithheld, SUPPRESSED_KEY, type Bucket } from './buckets';
import { bucketChart, type BucketChart } from './charts';
import { downloadCsv } from './csv-export';
import { bucketTable } from './data-table';
import { formatCount } from './format';
import { describeProblem, problemFrom, type Problem } from './graph';
import type { Filters, Panel } from './panels';

/** What every chart shares: the session's graph and headers, the chosen filters, and where problems are told. */
export interface PanelContext {
  graph(): GraphClient;
  headers(): Record<string, string>;
  readonly filters: Filters;
  onProblem(problem: Problem): void;
  onDrawn(): void;
}

type State = 'loading' | 'ready' | 'error';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const created = Object.assign(document.createElement(tag), properties);
  created.append(...children);
  return created;
}

function summary(buckets: readonly Bucket[]): string {
  if (buckets.length === 0) return 'No records for this choice.';
  const total = `${formatCount(buckets.reduce((sum, bucket) => sum + bucket.count, 0))} in ${buckets.length} groups.`;
  if (!buckets.some(isWithheld)) return total;
  const uncounted = buckets.some((bucket) => bucket.key === SUPPRESSED_KEY) ? ' A suppressed group is not in the total.' : '';
  return `${total} Hatched grey: small groups merged or suppressed, so no one is singled out.${uncounted}`;
}

/**
 * One chart's figure: its title and filter, the chart, a status line, the CSV button and the
 * data table. `data-state` says whether it is loading, ready or failed.
 */
export class PanelView {
  readonly figure: HTMLElement;
  private readonly canvas = element('canvas');
  private readonly plot = element('div', { className: 'plot' }, this.canvas);
  private readonly status = element('p', { className: 'status' });
  private readonly data = element('details', {}, element('summary', {}, 'Data'));
  private readonly exportButton = element('button', { type: 'button', textContent: 'CSV', title: 'Download this chart’s data as CSV' });
  private drawn: BucketChart | undefined;
  private asked = 0;

  constructor(
    readonly panel: Panel,
    private readonly context: PanelContext,
    control?: HTMLElement,
  ) {
    const heading = element('div', {}, element('h2', { textContent: panel.title }), element('p', { textContent: panel.description }));
    const caption = element('figcaption', {}, heading, element('div', { className: 'actions' }, ...(control ? [control] : []), this.exportButton));
    this.figure = element('figure', { id: `chart-${panel.id}` }, caption, this.plot, this.status, this.data);
    this.figure.dataset.chart = panel.id;
    // The chart is a picture to assistive technology; its figures are in the Data table.
    this.canvas.setAttribute('role', 'img');
    this.status.setAttribute('role', 'status');
    this.exportButton.addEventListener('click', () => void this.exportCsv());
    this.setState('loading', 'Loading…');
  }

  get chart(): Chart | undefined {
    return this.drawn?.chart;
  }

  /** Asks the graph with the current filters and draws the answer; resolves to the buckets drawn, or null when it failed or was overtaken by a newer ask. */
  async load(): Promise<Bucket[] | null> {
    const asked = ++this.asked;
    this.setState('loading', 'Loading…');
    try {
      const buckets = await this.panel.load(this.context.graph(), this.context.filters);
      if (asked !== this.asked) return null;
      this.draw(buckets);
      this.setState('ready', summary(buckets));
      return buckets;
    } catch (err) {
      if (asked !== this.asked) return null;
      const problem = problemFrom(err);
      this.setState('error', describeProblem(problem));
      this.context.onProblem(problem);
      return null;
    }
  }

  private setState(state: State, message: string): void {
    this.figure.dataset.state = state;
    this.figure.setAttribute('aria-busy', String(state === 'loading'));
    // A failed ask shows no chart: the last one drawn was for another choice.
    this.plot.hidden = this.data.hidden = state === 'error';
    this.status.textContent = message;
  }

  private draw(buckets: readonly Bucket[]): void {
    // Horizontal bars get a row each, so every label stays readable however many buckets come back.
    this.plot.style.height = `${this.panel.kind === 'ranking' ? Math.max(160, buckets.length * 24 + 48) : 300}px`;
    this.canvas.setAttribute('aria-label', `${this.panel.title}: ${buckets.length} groups; the figures are in the Data table below.`);
    if (this.drawn) this.drawn.show(buckets);
    else this.drawn = bucketChart(this.canvas, this.panel.kind, buckets);
    this.data.querySelector('table')?.remove();
    this.data.append(bucketTable(this.panel.title, buckets, this.panel.kind === 'amounts'));
    this.context.onDrawn();
  }

  private async exportCsv(): Promise<void> {
    this.exportButton.disabled = true;
    try {
      const fileName = await downloadCsv({
        documentId: this.panel.documentId,
        operationName: this.panel.operationName,
        variables: this.panel.variables(this.context.filters),
        headers: this.context.headers(),
      });
      this.status.textContent = `Saved ${fileName}.`;
    } catch (err) {
      this.status.textContent = `CSV export failed: ${describeProblem(problemFrom(err))}`;
    } finally {
      this.exportButton.disabled = false;
    }
  }
}
