import type { Core } from '@strapi/strapi';
import { UID } from '../../constants';
import { tahunBulanWib } from '../../domain/tenggat';
import type { TransactionParams } from '../../utils/transaction';

/**
 * Sequential numbers that are never reused, also under concurrency: one counter row per period,
 * incremented by a single atomic upsert inside the caller's transaction.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async berikutnya(kunci: string): Promise<number> {
    const { tableName } = strapi.db.metadata.get(UID.penomoran);
    return strapi.db.transaction(async ({ trx }: TransactionParams) => {
      const rows: Array<{ nilai: number }> = await trx(tableName)
        .insert({ kunci, nilai: 1 })
        .onConflict('kunci')
        .merge({ nilai: trx.raw('??.?? + 1', [tableName, 'nilai']) })
        .returning('nilai');
      return Number(rows[0].nilai);
    });
  },

  /** "Register dokumentasi dan konten" (SOP 21 langkah 1): REG/2025/05/0007, per WIB month. */
  async nomorRegister(waktu: Date): Promise<string> {
    const { tahun, bulan } = tahunBulanWib(waktu);
    const nomor = await this.berikutnya(`register/${tahun}/${bulan}`);
    return `REG/${tahun}/${bulan}/${String(nomor).padStart(4, '0')}`;
  },

  /** Agenda number of an incoming disposition, per WIB year: 001/DISP/2025. */
  async nomorAgenda(waktu: Date): Promise<string> {
    const { tahun } = tahunBulanWib(waktu);
    const nomor = await this.berikutnya(`agenda/${tahun}`);
    return `${String(nomor).padStart(3, '0')}/DISP/${tahun}`;
  },
});
