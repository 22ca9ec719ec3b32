/**
 * Group commit: the reads reported while one write is on its way to the database wait, and go
 * together in the next one, at most `maks` at a time. Each caller is answered only once the write
 * that carried its item returned, so nothing is acknowledged before it is committed.
 *
 * Why this shape, and not a timer window or DataLoader: with one write in flight per process, an
 * item reported on an idle server goes at once (no added latency at low load), and under load the
 * group grows by itself to what arrived during one round trip, which is exactly the wait a
 * per-item write would have spent queueing for a pooled connection or a row lock. DataLoader
 * batches per event-loop tick and lets its batches overlap, so under load it would send many
 * small writes at once, each holding the same hot row lock: the contention this removes.
 */
interface Menunggu<Masuk, Keluar> {
  masuk: Masuk;
  selesai: (keluar: Keluar) => void;
  gagal: (error: unknown) => void;
}

export class KomitBerkelompok<Masuk, Keluar> {
  private antrean: Array<Menunggu<Masuk, Keluar>> = [];
  private berjalan = false;

  /**
   * `tulis` writes one group and answers one result per item, in the items' order; if it fails,
   * every item of the group fails with its error (the group is one statement: all or nothing).
   */
  constructor(
    private readonly tulis: (kelompok: Masuk[]) => Promise<Keluar[]>,
    private readonly maks: number,
  ) {}

  kirim(masuk: Masuk): Promise<Keluar> {
    return new Promise<Keluar>((selesai, gagal) => {
      this.antrean.push({ masuk, selesai, gagal });
      this.lanjut();
    });
  }

  private lanjut(): void {
    if (this.berjalan || this.antrean.length === 0) return;
    this.berjalan = true;
    const kelompok = this.antrean.splice(0, this.maks);
    // Called inside an async function: a `tulis` that throws before it returns its promise fails
    // the group the same way as one that rejects later.
    const tertulis = (async () => this.tulis(kelompok.map((item) => item.masuk)))();
    void tertulis
      .then(
        (hasil) => kelompok.forEach((item, i) => item.selesai(hasil[i])),
        (error: unknown) => kelompok.forEach((item) => item.gagal(error)),
      )
      .finally(() => {
        this.berjalan = false;
        this.lanjut();
      });
  }
}
