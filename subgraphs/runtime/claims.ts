import { Schema, type Connection, type Model } from 'mongoose';
import { conflict } from './errors';

/**
 * Once-only rights decided by the database, for rules that must hold across every replica of a
 * subgraph. The embedded database (FerretDB v1.24, SQLite) applies an update as read, modify,
 * write without isolation — measured: of concurrent guarded `findOneAndUpdate`s on one last seat
 * several succeed, and concurrent `$inc`s lose increments — but it enforces a unique index. So a
 * contested change is made by whoever inserts the claim naming it (the unique `_id` lets exactly
 * one insert of a name succeed, in any process), and the claim is removed once the change is made.
 * Each name includes the state the change starts from (a version, a status), so a claim taken
 * after the change finds its guarded update matching nothing. On MongoDB the guarded updates are
 * atomic by themselves; the claims cost one insert and one delete more and decide the same way.
 */
const claimSchema = new Schema(
  {
    _id: { type: String, required: true },
    /** When it was taken: a claim older than ABANDONED_AFTER_MS belongs to a holder that died. */
    at: { type: Date, required: true },
  },
  { collection: 'claims', versionKey: false },
);

export type ClaimModel = Model<{ _id: string; at: Date }>;

export const claimModel = (connection: Connection): ClaimModel => connection.model('Claim', claimSchema) as unknown as ClaimModel;

/**
 * A holder does one or two writes and removes its claim; one still there after this long was
 * left by a process that died in between. Exactly one caller (by a claim on the abandoned claim's
 * name and time) then removes it, and the right is free again.
 */
export const ABANDONED_AFTER_MS = 10_000;

/** How long a caller keeps trying while others hold the right, before it answers CONFLICT. */
const PATIENCE_MS = 5_000;

export type Held<T> = { held: true; value: T } | { held: false };

function isDuplicateKey(err: unknown): boolean {
  return (err as { code?: number }).code === 11000;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class Claims {
  constructor(
    private readonly model: ClaimModel,
    private readonly clock: () => number = Date.now,
  ) {}

  /**
   * Runs `change` as the only holder of `name`, then gives the name up (also when `change`
   * fails: a change that did apply has moved the state its name starts from). `{ held: false }`
   * when another caller holds it now.
   */
  async once<T>(name: string, change: () => Promise<T>): Promise<Held<T>> {
    const at = new Date(this.clock());
    try {
      await this.model.create({ _id: name, at });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      await this.freeIfAbandoned(name);
      return { held: false };
    }
    try {
      return { held: true, value: await change() };
    } finally {
      await this.model.deleteOne({ _id: name, at });
    }
  }

  /**
   * Tries `attempt` until it returns a value: each try reads the current state and calls `once`
   * with the name of its change, answering undefined when another caller held it (or the state
   * moved meanwhile). Retries after a short random pause, so racing replicas spread out; past
   * PATIENCE_MS a CONFLICT that says what was busy.
   */
  async retry<T>(what: string, attempt: () => Promise<T | undefined>): Promise<T> {
    const giveUpAt = this.clock() + PATIENCE_MS;
    for (let tries = 1; ; tries += 1) {
      const value = await attempt();
      if (value !== undefined) return value;
      if (this.clock() > giveUpAt) throw conflict(`${what} is being changed by other requests; try again`);
      await pause(2 + Math.random() * Math.min(50, 4 * tries));
    }
  }

  private async freeIfAbandoned(name: string): Promise<void> {
    const current = await this.model.findById(name).lean();
    if (!current || this.clock() - current.at.getTime() < ABANDONED_AFTER_MS) return;
    // Several callers may find it abandoned: the one whose claim on it succeeds removes it.
    await this.once(`${name}@abandoned:${current.at.getTime()}`, () => this.model.deleteOne({ _id: name, at: current.at }));
  }
}
