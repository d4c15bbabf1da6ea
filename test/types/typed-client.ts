/**
 * Type-level tests of the typed client, checked by `npm run typecheck` (part of `npm test`):
 * each `@ts-expect-error` must meet an error, or the compiler fails on the unused directive.
 * Nothing here runs.
 */
import { AnalystStatisticsDocument, createGraphClient, DestinationsDocument, RegisterWorkerDocument, WorkerSearchDocument, WorkerStoryDocument } from '../../clients/typescript/src';

const graph = createGraphClient({ url: 'http://localhost:4000/graphql', client: { name: 'type-tests' } });

export async function typedCalls(): Promise<void> {
  const story = await graph.request(WorkerStoryDocument, { id: '64f0c2a1b2c3d4e5f6a7b8c9' });
  const fullName: string | null | undefined = story.worker?.fullName;
  const countries: string[] | undefined = story.worker?.placements.map((placement) => placement.country.code);
  void [fullName, countries];
  // @ts-expect-error WorkerStory does not select the NIK: its result has no such field.
  void story.worker?.nik;
  // @ts-expect-error The year is an Int, not a string.
  await graph.request(AnalystStatisticsDocument, { year: '2025' });
  // @ts-expect-error The worker's id may be a string or a number (GraphQL IDs coerce both), never a list.
  await graph.request(WorkerStoryDocument, { id: ['64f0c2a1b2c3d4e5f6a7b8c9'] });
  // @ts-expect-error WorkerStory needs its $id.
  await graph.request(WorkerStoryDocument);
  // @ts-expect-error No such variable in WorkerStory.
  await graph.request(WorkerStoryDocument, { id: 'x', nik: '3507335203950001' });

  const { countries: destinations } = await graph.request(DestinationsDocument);
  // Null (with an error) while KP2MI cannot answer: the client must say so, not read on.
  // @ts-expect-error countries may be null.
  void destinations[0];
  const active: number | undefined = destinations?.[0]?.activeWorkers;
  void active;
  // @ts-expect-error Destinations declares no variables.
  await graph.request(DestinationsDocument, { code: 'TW' });

  await graph.request(WorkerSearchDocument, { filter: { status: 'DEPLOYED', provinceCode: '35' } });
  // @ts-expect-error WorkerStatus is an enum of the schema: SLEEPING is not one of its values.
  await graph.request(WorkerSearchDocument, { filter: { status: 'SLEEPING' } });
  // @ts-expect-error RegisterWorkerInput requires birthDate.
  await graph.request(RegisterWorkerDocument, { input: { nik: '3507335203950001', fullName: 'Siti Rahayu', sex: 'FEMALE' } });
}
