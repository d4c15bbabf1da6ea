/// <reference lib="dom" />
import type { WorkerStatus } from '../../../clients/typescript/src';
import { isWithheld, type Bucket } from './buckets';
import type { Filters } from './panels';

/** The worker lifecycle (WorkerStatus), in its order; a Record, so a status added to the schema fails to compile here. */
const WORKER_STATUSES: Record<WorkerStatus, string> = {
  CANDIDATE: 'Candidate (CPMI)',
  VERIFIED: 'Verified',
  IN_TRAINING: 'In training',
  READY: 'Ready to depart',
  DEPLOYED: 'Deployed abroad',
  RETURNED: 'Returned (purna PMI)',
};

const isStatus = (value: string | null): value is WorkerStatus => value !== null && Object.hasOwn(WORKER_STATUSES, value);

/** The filters in the address (`?year=2024&status=DEPLOYED`), so a view can be bookmarked and shared. */
export function filtersFromUrl(search: string): Filters {
  const params = new URLSearchParams(search);
  const year = Number(params.get('year'));
  const status = params.get('status');
  return { startYear: Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : null, status: isStatus(status) ? status : null };
}

export function writeFiltersToUrl(filters: Filters): void {
  const params = new URLSearchParams();
  if (filters.startYear !== null) params.set('year', String(filters.startYear));
  if (filters.status !== null) params.set('status', filters.status);
  const query = params.toString();
  history.replaceState(null, '', query ? `${location.pathname}?${query}` : location.pathname);
}

function select(name: string, label: string, choices: readonly [value: string, text: string][], chosen: string): { label: HTMLLabelElement; select: HTMLSelectElement } {
  const element = document.createElement('select');
  element.name = name;
  element.append(...choices.map(([value, text]) => new Option(text, value, false, value === chosen)));
  const wrapper = document.createElement('label');
  wrapper.append(label, element);
  return { label: wrapper, select: element };
}

export function statusSelect(filters: Filters, onChange: (status: WorkerStatus | null) => void): HTMLLabelElement {
  const control = select('status', 'Status', [['', 'All statuses'], ...Object.entries(WORKER_STATUSES)], filters.status ?? '');
  control.select.addEventListener('change', () => onChange(isStatus(control.select.value) ? control.select.value : null));
  return control.label;
}

/** The year choice; its years come from the start-year trend's answer once it is there. */
export function yearSelect(filters: Filters, onChange: (year: number | null) => void): { label: HTMLLabelElement; offerYears(trend: readonly Bucket[]): void } {
  const yearChoices = (years: readonly number[]): [string, string][] => [['', 'All years'], ...years.map((year): [string, string] => [String(year), String(year)])];
  const control = select('year', 'Start year', yearChoices(filters.startYear === null ? [] : [filters.startYear]), String(filters.startYear ?? ''));
  control.select.addEventListener('change', () => onChange(control.select.value === '' ? null : Number(control.select.value)));
  return {
    label: control.label,
    offerYears(trend) {
      const chosen = control.select.value;
      const years = new Set(trend.filter((bucket) => !isWithheld(bucket)).map((bucket) => Number(bucket.key)));
      if (chosen !== '') years.add(Number(chosen));
      control.select.replaceChildren(...yearChoices([...years].sort((a, b) => b - a)).map(([value, text]) => new Option(text, value, false, value === chosen)));
    },
  };
}
