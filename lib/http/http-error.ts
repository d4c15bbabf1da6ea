/** An error that is answered with its HTTP status and a GraphQL-shaped JSON body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Answered beside the code: what helps the caller fix the request (`field`, `limit` …). */
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}
