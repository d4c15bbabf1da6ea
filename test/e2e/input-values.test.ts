import { isScalarType, isSpecifiedScalarType, type GraphQLSchema } from 'graphql';
import { postGraphQL } from './support/clients';
import { commandsDuring } from './support/db-commands';
import { apiSchema, fieldPath, fieldsWithArguments, inputPlaces, operationWith, type FieldSite, type InputPlace, type Operation } from './support/api-schema';
import { stackInfo } from './support/stack-info';

/**
 * Every string input of every subgraph, and every value of the graph's own scalars, is checked
 * at the gateway before anything is planned: a refusal is 400 `BAD_USER_INPUT` naming the place
 * (`extensions.field`), and no subgraph is asked, so nothing can be written.
 */
let api: GraphQLSchema;
let places: { site: FieldSite; place: InputPlace }[];
beforeAll(async () => {
  api = await apiSchema();
  places = fieldsWithArguments(api).flatMap((site) => inputPlaces(site.path.at(-1)!).map((place) => ({ site, place })));
});

async function refusals(requests: { operation: Operation; field: string }[]) {
  const answers: { status: number; body: unknown }[] = [];
  const commands = await commandsDuring(async () => {
    for (const { operation } of requests) {
      const { status, body } = await postGraphQL(stackInfo().gatewayUrl, operation, stackInfo().defaultHeaders);
      answers.push({ status, body });
    }
  });
  return { answers, commands };
}

const refusal = (field: string, message: string) => ({
  status: 400,
  body: { errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field, requestId: expect.any(String) } }] },
});

/** How a message names the place: its last key, with the list index (`languages[0]`). */
const leaf = (field: string) => field.split('.').at(-1)!;

describe('every string input of the graph', () => {
  const textPlaces = () => places.filter(({ place }) => place.scalar === 'String' || place.scalar === 'ID');

  it('is found in every subgraph: mutations, filters, ids and cursors', () => {
    const fields = new Set(textPlaces().map(({ site, place }) => `${site.path.at(-1)!.name}(${fieldPath(place)})`));
    for (const expected of ['registerWorker(input.fullName)', 'registerWorker(input.languages[0])', 'publishJobOpening(input.requirements[0])', 'enrollInEnergyCourse(workerId)', 'enrollInIndustryCourse(courseId)', 'addProduct(input.certifications[0])', 'applyForFinancing(input.bank)', 'workers(filter.nameContains)', 'placements(after)', 'marketedProducts(after)', 'energyCourses(filter.city)']) {
      expect(fields).toContain(expected);
    }
    expect(fields.size).toBeGreaterThan(40);
  });

  it.each([
    ['a NUL byte', 'Siti\u0000Rahayu', 'must not contain control characters (U+0000 at character 5)'],
    ['an escape character', 'Budi\u001b[31m', 'must not contain control characters (U+001B at character 5)'],
    ['a C1 control', 'Dewi\u0085Lestari', 'must not contain control characters (U+0085 at character 5)'],
    ['a line break', 'Siti\nRahayu', 'must not contain control characters (U+000A at character 5)'],
    ['a lone surrogate', 'Budi \ud83d Santoso', 'is not valid Unicode text (a lone surrogate at character 6)'],
    ['a lone low surrogate', '\udc00x', 'is not valid Unicode text (a lone surrogate at character 1)'],
  ])('refuses %s in variables, naming the field, and asks no subgraph', async (_name, value, problem) => {
    const requests = textPlaces().map(({ site, place }) => ({ operation: operationWith(site, place, value, 'variables'), field: fieldPath(place) }));
    const { answers, commands } = await refusals(requests);
    expect(answers).toEqual(requests.map(({ field }) => refusal(field, `${leaf(field)} ${problem}`)));
    expect(commands).toEqual({});
  });

  it('refuses a NUL byte written into the document as a literal', async () => {
    const requests = textPlaces().map(({ site, place }) => ({ operation: operationWith(site, place, 'Siti\u0000Rahayu', 'literal'), field: fieldPath(place) }));
    const { answers, commands } = await refusals(requests);
    expect(answers).toEqual(requests.map(({ field }) => refusal(field, `${leaf(field)} must not contain control characters (U+0000 at character 5)`)));
    expect(commands).toEqual({});
  });

  it('accepts text that is valid Unicode with no control characters, emoji and accents included', async () => {
    const { body } = await postGraphQL(stackInfo().gatewayUrl, { query: 'query($t: String) { workers(filter: { nameContains: $t }) { totalCount } }', variables: { t: 'Sité 😀 Rahayu\u00a0' } }, stackInfo().defaultHeaders);
    expect(body).toEqual({ data: { workers: { totalCount: 0 } } });
  });
});

/** Values each of the graph's own scalars must refuse, with the reason its parser gives. */
const BAD_VALUES: Record<string, [unknown, string][]> = {
  Date: [
    ['1995-02-30', 'Date 1995-02-30 does not exist'],
    [19950314, 'Date must be a string of the form YYYY-MM-DD; got 19950314'],
    ['1995-3-14', 'Date must be a string of the form YYYY-MM-DD; got "1995-3-14"'],
    ['14/03/1995', 'Date must be a string of the form YYYY-MM-DD; got "14/03/1995"'],
    ['', 'Date must be a string of the form YYYY-MM-DD; got ""'],
  ],
};

/**
 * Scalars the graph only answers with: no argument takes one, so there is nothing to send. The
 * gateway checks them all the same (test/unit/input-check.test.ts); the test below fails when
 * one becomes an input, so that its bad values join the table above.
 */
const OUTPUT_ONLY = ['DateTime'];

/** A literal is parsed from the document: a number there is refused by kind, not by value. */
const LITERAL_REASON: Record<string, (value: unknown, reason: string) => string> = {
  Date: (value, reason) => (typeof value === 'number' ? 'Date must be a string of the form YYYY-MM-DD' : reason),
};

describe("every one of the graph's own scalars", () => {
  it('has bad values to be tested with wherever it is an input', () => {
    const custom = Object.values(api.getTypeMap()).filter((type) => isScalarType(type) && !isSpecifiedScalarType(type) && !type.name.startsWith('__'));
    expect(custom.map((type) => type.name).sort()).toEqual([...Object.keys(BAD_VALUES), ...OUTPUT_ONLY].sort());
    for (const scalar of OUTPUT_ONLY) expect(places.filter(({ place }) => place.scalar === scalar)).toEqual([]);
  });

  it.each(Object.keys(BAD_VALUES))('%s: every bad value is refused at every place that takes one, as a variable and as a literal', async (scalar) => {
    const at = places.filter(({ place }) => place.scalar === scalar);
    expect(at.length).toBeGreaterThan(0);
    const requests = at.flatMap(({ site, place }) =>
      BAD_VALUES[scalar]!.flatMap(([value, reason]) => [
        { operation: operationWith(site, place, value, 'variables'), field: fieldPath(place), message: `${leaf(fieldPath(place))} is not a valid ${scalar}: ${reason}` },
        { operation: operationWith(site, place, value, 'literal'), field: fieldPath(place), message: `${leaf(fieldPath(place))} is not a valid ${scalar}: ${LITERAL_REASON[scalar]!(value, reason)}` },
      ]),
    );
    const { answers, commands } = await refusals(requests);
    expect(answers).toEqual(requests.map(({ field, message }) => refusal(field, message)));
    expect(commands).toEqual({});
  });

  it('refuses the reported birthDate of registerWorker and registers no one', async () => {
    const query = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
    const input = { nik: '3507335203950001', fullName: 'Siti Rahayu', sex: 'FEMALE', birthDate: '1995-02-30' };
    const { status, body } = await postGraphQL(stackInfo().gatewayUrl, { query, variables: { input } }, stackInfo().officerHeaders.KP2MI);
    expect({ status, body }).toEqual(refusal('input.birthDate', 'birthDate is not a valid Date: Date 1995-02-30 does not exist'));
  });
});
