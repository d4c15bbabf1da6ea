/// <reference lib="dom" />
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration, type Plugin } from 'chart.js';
import { isWithheld, SUPPRESSED_KEY, type Bucket } from './buckets';
import { formatCount, formatRupiah, formatRupiahCompact } from './format';

// Only what the three kinds of chart draw, so the bundle carries nothing else of Chart.js.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

/** `ranking`: horizontal bars, largest first; `amounts`: a count and a rupiah sum per bucket; `trend`: a line over years. */
export type ChartKind = 'ranking' | 'amounts' | 'trend';

const TEAL = '#0b7285';
const AMBER = '#d9822b';
const GREY = '#616e7c';
const GREY_LIGHT = '#d9dde3';
// A SUPPRESSED bucket counts 0: it still gets a bar this long, so a reader sees it is there.
const MIN_BAR_PX = 6;

let hatch: CanvasPattern | string | undefined;

/** Grey with diagonal stripes: what a bucket the graph merged or withheld is drawn with. */
function withheldFill(): CanvasPattern | string {
  if (hatch) return hatch;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const context = tile.getContext('2d');
  if (!context) return (hatch = GREY_LIGHT);
  context.fillStyle = GREY_LIGHT;
  context.fillRect(0, 0, 8, 8);
  context.strokeStyle = GREY;
  context.lineWidth = 1.5;
  context.beginPath();
  for (const offset of [-8, 0, 8]) {
    context.moveTo(offset, 8);
    context.lineTo(offset + 8, 0);
  }
  context.stroke();
  return (hatch = context.createPattern(tile, 'repeat') ?? GREY_LIGHT);
}

const fills = (buckets: readonly Bucket[], color: string) => buckets.map((bucket) => (isWithheld(bucket) ? withheldFill() : color));

/** Writes "suppressed" or "merged" beside each withheld bar or point, so the grey is never the only sign. */
function withheldLabels(drawn: () => readonly Bucket[], beside: boolean): Plugin {
  return {
    id: 'withheldLabels',
    afterDatasetsDraw(chart) {
      const elements = chart.getDatasetMeta(0).data;
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = GREY;
      ctx.font = 'italic 600 12px system-ui, sans-serif';
      ctx.textAlign = beside ? 'left' : 'center';
      ctx.textBaseline = beside ? 'middle' : 'bottom';
      drawn().forEach((bucket, index) => {
        const element = elements[index];
        if (!element || !isWithheld(bucket)) return;
        const { x, y } = element.tooltipPosition(true);
        if (x === null || y === null) return;
        const text = bucket.key === SUPPRESSED_KEY ? 'suppressed' : 'merged';
        if (beside) ctx.fillText(text, x + 6, y);
        else ctx.fillText(text, x, y - 8);
      });
      ctx.restore();
    },
  };
}

/** The part of a Chart.js tooltip item these callbacks read, the same for bars and lines. */
interface HoveredItem {
  dataset: { label?: string; yAxisID?: string };
  raw: unknown;
  dataIndex: number;
}

function tooltip(drawn: () => readonly Bucket[]) {
  return {
    callbacks: {
      label: (item: HoveredItem) => `${item.dataset.label}: ${(item.dataset.yAxisID === 'amount' ? formatRupiah : formatCount)(Number(item.raw))}`,
      afterLabel: (item: HoveredItem) => (isWithheld(drawn()[item.dataIndex]!) ? 'Groups too small to show one by one, so no one is singled out' : ''),
    },
  };
}

const COMMON = { responsive: true, maintainAspectRatio: false, animation: false } as const;

function ranking(buckets: readonly Bucket[], drawn: () => readonly Bucket[]): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: { labels: buckets.map((bucket) => bucket.label), datasets: [{ label: 'Count', data: buckets.map((bucket) => bucket.count), backgroundColor: fills(buckets, TEAL), minBarLength: MIN_BAR_PX }] },
    options: {
      ...COMMON,
      indexAxis: 'y',
      // Room for "suppressed" after the longest bar.
      layout: { padding: { right: 80 } },
      scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { ticks: { autoSkip: false } } },
      plugins: { legend: { display: false }, tooltip: tooltip(drawn) },
    },
  };
}

function amounts(buckets: readonly Bucket[], drawn: () => readonly Bucket[]): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: buckets.map((bucket) => bucket.label),
      datasets: [
        { label: 'Applications', data: buckets.map((bucket) => bucket.count), backgroundColor: fills(buckets, TEAL), yAxisID: 'y', minBarLength: MIN_BAR_PX },
        { label: 'Amount applied for', data: buckets.map((bucket) => bucket.totalAmountIdr ?? 0), backgroundColor: fills(buckets, AMBER), yAxisID: 'amount', minBarLength: MIN_BAR_PX },
      ],
    },
    options: {
      ...COMMON,
      scales: {
        y: { beginAtZero: true, position: 'left', title: { display: true, text: 'Applications' }, ticks: { precision: 0 } },
        amount: { beginAtZero: true, position: 'right', title: { display: true, text: 'Amount applied for' }, grid: { drawOnChartArea: false }, ticks: { callback: (value) => formatRupiahCompact(Number(value)) } },
      },
      plugins: { tooltip: tooltip(drawn) },
    },
  };
}

function trend(buckets: readonly Bucket[], drawn: () => readonly Bucket[]): ChartConfiguration<'line'> {
  return {
    type: 'line',
    data: {
      labels: buckets.map((bucket) => bucket.label),
      datasets: [
        {
          label: 'Placements',
          data: buckets.map((bucket) => bucket.count),
          borderColor: TEAL,
          pointBackgroundColor: fills(buckets, TEAL),
          pointBorderColor: buckets.map((bucket) => (isWithheld(bucket) ? GREY : TEAL)),
          pointRadius: buckets.map((bucket) => (isWithheld(bucket) ? 7 : 4)),
          // A merged bucket is no year: the line stops before it.
          segment: { borderColor: (segment) => (buckets[segment.p1DataIndex] && isWithheld(buckets[segment.p1DataIndex]!) ? 'transparent' : undefined) },
        },
      ],
    },
    options: { ...COMMON, layout: { padding: { top: 16 } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { display: false }, tooltip: tooltip(drawn) } },
  };
}

const CONFIGS = { ranking, amounts, trend } as const;

/** A chart of one statistic, drawn again in place when its buckets change. */
export interface BucketChart {
  chart: Chart;
  show(buckets: readonly Bucket[]): void;
}

export function bucketChart(canvas: HTMLCanvasElement, kind: ChartKind, buckets: readonly Bucket[]): BucketChart {
  let drawn = buckets;
  const current = () => drawn;
  const config = CONFIGS[kind](buckets, current) as ChartConfiguration;
  const chart = new Chart(canvas, { ...config, plugins: [withheldLabels(current, kind === 'ranking')] });
  return {
    chart,
    show(next) {
      drawn = next;
      chart.data = CONFIGS[kind](next, current).data as Chart['data'];
      chart.update();
    },
  };
}
