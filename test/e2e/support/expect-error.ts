import { postGraphQL } from './clients';
import { stackInfo } from './stack-info';

/** Sends an operation to the gateway and returns its single error, failing when there is not exactly one. */
export async function singleError(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = stackInfo().defaultHeaders,
): Promise<{ message: string; code: string; field?: string; path?: unknown }> {
  const { body } = await postGraphQL(stackInfo().gatewayUrl, { query, variables }, headers);
  expect(body.errors).toHaveLength(1);
  const [error] = body.errors;
  return { message: error.message, code: error.extensions?.code, field: error.extensions?.field, path: error.path };
}
