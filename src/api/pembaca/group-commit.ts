/**
 * Group commit: the reads reported while one write is on its way to the database wait, and go
 * together in the next one, at most `max` at a time. Each caller is answered only once the write
 * that carried its item returned, so nothing is acknowledged before it is committed.
 *
 * Why this shape, and not a timer window or DataLoader: with one write in flight per process, an
 * item reported on an idle server goes at once (no added latency at low load), and under load the
 * group grows by itself to what arrived during one round trip, which is exactly the wait a
 * per-item write would have spent queueing for a pooled connection or a row lock. DataLoader
 * batches per event-loop tick and lets its batches overlap, so under load it would send many
 * small writes at once, each holding the same hot row lock: the contention this removes.
 */
interface Pending<In, Out> {
  item: In;
  resolve: (result: Out) => void;
  reject: (error: unknown) => void;
}

export class GroupCommit<In, Out> {
  private queue: Array<Pending<In, Out>> = [];
  private running = false;

  /**
   * `write` writes one group and answers one result per item, in the items' order; if it fails,
   * every item of the group fails with its error (the group is one statement: all or nothing).
   */
  constructor(
    private readonly write: (group: In[]) => Promise<Out[]>,
    private readonly max: number,
  ) {}

  submit(item: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    if (this.running || this.queue.length === 0) return;
    this.running = true;
    const group = this.queue.splice(0, this.max);
    // Called inside an async function: a `write` that throws before it returns its promise fails
    // the group the same way as one that rejects later.
    const written = (async () => this.write(group.map((pending) => pending.item)))();
    void written
      .then(
        (results) => group.forEach((pending, i) => pending.resolve(results[i])),
        (error: unknown) => group.forEach((pending) => pending.reject(error)),
      )
      .finally(() => {
        this.running = false;
        this.next();
      });
  }
}
