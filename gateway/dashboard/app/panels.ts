/// <reference lib="dom" />
import type { OperationDefinitionNode } from 'graphql';
import {
  DashboardKurBySchemeDocument,
  DashboardPlacementsByCountryDocument,
  DashboardPlacementsPerYearDocument,
  DashboardReturneeBusinessesByProvinceDocument,
  DashboardWorkersByProvinceDocument,
  type GraphClient,
  type WorkerStatus,
} from '../../../clients/typescript/src';
import { answered, chronological, type Bucket } from './buckets';
import type { ChartKind } from './charts';

export type ChartId = 'placementsByCountry' | 'workersByProvince' | 'returneeBusinessesByProvince' | 'kurByScheme' | 'placementsPerYear';

/** What the analyst chose; each chart reads the part it is filtered by. */
export interface Filters {
  startYear: number | null;
  status: WorkerStatus | null;
}

/** One chart: the registered operation it asks, and how its one statistics field is drawn. */
export interface Panel {
  id: ChartId;
  title: string;
  description: string;
  kind: ChartKind;
  /** The filter that re-asks this chart alone. */
  filter?: keyof Filters;
  /** The registered document's id and name, for the export. */
  documentId: string;
  operationName: string;
  variables(filters: Filters): Record<string, unknown>;
  /** Asks the graph and gives the buckets in the order they are drawn. */
  load(graph: GraphClient, filters: Filters): Promise<Bucket[]>;
}

interface RegisteredDocument {
  __meta__?: { hash?: string };
  definitions: readonly unknown[];
}

function registered(document: RegisteredDocument): Pick<Panel, 'documentId' | 'operationName'> {
  const operation = document.definitions[0] as OperationDefinitionNode;
  return { documentId: document.__meta__!.hash!, operationName: operation.name!.value };
}

const none = () => ({});

export const PANELS: readonly Panel[] = [
  {
    id: 'placementsByCountry',
    title: 'Placements by destination country',
    description: 'Placements that started in the chosen year, by country.',
    kind: 'ranking',
    filter: 'startYear',
    ...registered(DashboardPlacementsByCountryDocument),
    variables: ({ startYear }) => ({ startYear }),
    load: async (graph, { startYear }) => answered((await graph.request(DashboardPlacementsByCountryDocument, { startYear })).placementStats, 'placementStats'),
  },
  {
    id: 'workersByProvince',
    title: 'Workers by province of origin',
    description: 'Registered workers (PMI) at the chosen lifecycle status, by province.',
    kind: 'ranking',
    filter: 'status',
    ...registered(DashboardWorkersByProvinceDocument),
    variables: ({ status }) => ({ status }),
    load: async (graph, { status }) => answered((await graph.request(DashboardWorkersByProvinceDocument, { status })).workerStats, 'workerStats'),
  },
  {
    id: 'returneeBusinessesByProvince',
    title: "Returned workers' businesses by province",
    description: 'UMKM owned by returned workers (purna PMI), by province.',
    kind: 'ranking',
    ...registered(DashboardReturneeBusinessesByProvinceDocument),
    variables: none,
    load: async (graph) => answered((await graph.request(DashboardReturneeBusinessesByProvinceDocument)).businessStats, 'businessStats'),
  },
  {
    id: 'kurByScheme',
    title: 'KUR financing by scheme',
    description: 'Applications for KUR (Kredit Usaha Rakyat) by scheme, and the rupiah they ask for.',
    kind: 'amounts',
    ...registered(DashboardKurBySchemeDocument),
    variables: none,
    load: async (graph) => answered((await graph.request(DashboardKurBySchemeDocument)).financingStats, 'financingStats'),
  },
  {
    id: 'placementsPerYear',
    title: 'Placements per start year',
    description: 'Placements by the year they started; its years are the choices of the country chart.',
    kind: 'trend',
    ...registered(DashboardPlacementsPerYearDocument),
    variables: none,
    load: async (graph) => chronological(answered((await graph.request(DashboardPlacementsPerYearDocument)).placementStats, 'placementStats')),
  },
];
