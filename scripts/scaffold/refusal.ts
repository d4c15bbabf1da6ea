/**
 * A request the scaffold will not carry out (a malformed value, a name or port already taken):
 * the caller's mistake, reported with exit code 2 before anything is written.
 */
export class Refusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Refusal';
  }
}
