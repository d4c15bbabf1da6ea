/**
 * Runs tasks with the same key one after another within this process, tasks with different keys
 * side by side. The embedded database (FerretDB v1.24, SQLite) applies an update as read, modify,
 * write without isolation — measured: of concurrent guarded `findOneAndUpdate`s on one last seat
 * several succeed, and concurrent `$inc`s lose increments — so the writes of one course or one
 * enrollment go through here. On MongoDB the guarded updates alone are atomic across processes.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const result = (this.tails.get(key) ?? Promise.resolve()).then(task);
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    // Forget the key once its last task is done, so the map holds only keys in use.
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
