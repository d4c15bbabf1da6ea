/** An error that is answered with its HTTP status and a GraphQL-shaped JSON body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Answered beside the code: what helps the caller fix the request (`field`, `limit` …). */
    readonly extensions: Readonly<Record<string, unknown>> = {},
    /** HTTP headers answered with it (a 503's `Retry-After`). */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}
