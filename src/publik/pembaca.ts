import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { tanggalWib } from '../plugins/redaksi/server/src/domain/tenggat';

const UID_LIPUTAN = 'api::liputan.liputan';
const UID_PEMBACA = 'api::pembaca.pembaca-harian';
const UID_KUNJUNGAN = 'api::pembaca.kunjungan-harian';

export interface Pengunjung {
  ip: string;
  userAgent: string;
}

/**
 * Reader counts ("jumlah pembaca", SOP 20): one read per visitor (IP and user agent) per
 * Liputan per WIB day, in daily buckets of their own collection, never in the Liputan (a
 * published entry written to would turn Modified). Both writes are single atomic upserts in one
 * transaction, so concurrent reads, from any number of server processes, are all counted once.
 */
export function layananPembaca(strapi: Core.Strapi) {
  const tabel = (uid: string) => strapi.db.metadata.get(uid as never).tableName;

  /** Visitors are kept only as a salted hash: the count needs no IP address stored. */
  const sidik = (documentId: string, tanggal: string, pengunjung: Pengunjung) =>
    createHash('sha256')
      .update([strapi.config.get<string[]>('server.app.keys')[0], documentId, tanggal, pengunjung.ip, pengunjung.userAgent].join('|'))
      .digest('hex');

  return {
    async hitung(documentId: string, pengunjung: Pengunjung, sekarang: Date): Promise<{ dihitung: boolean }> {
      const tayang = await strapi.db.query(UID_LIPUTAN).count({ where: { documentId, publishedAt: { $notNull: true } } });
      if (tayang === 0) throw new errors.NotFoundError('Liputan tidak ditemukan atau belum tayang');
      const tanggal = tanggalWib(sekarang);

      return strapi.db.transaction(async ({ trx }) => {
        const baru = await trx(tabel(UID_KUNJUNGAN))
          .insert({ kunci: sidik(documentId, tanggal, pengunjung), tanggal })
          .onConflict('kunci')
          .ignore()
          .returning('id');
        if (baru.length === 0) return { dihitung: false };
        const pembaca = tabel(UID_PEMBACA);
        await trx(pembaca)
          .insert({ liputan_id: documentId, tanggal, jumlah: 1 })
          .onConflict(['liputan_id', 'tanggal'])
          .merge({ jumlah: trx.raw('??.?? + 1', [pembaca, 'jumlah']) });
        return { dihitung: true };
      });
    },

    /** Total readers per Liputan, one grouped query for a page of results. */
    async total(documentIds: string[]): Promise<Map<string, number>> {
      if (documentIds.length === 0) return new Map();
      const rows: Array<{ liputan_id: string; jumlah: string | number }> = await strapi.db
        .connection(tabel(UID_PEMBACA))
        .select('liputan_id')
        .sum({ jumlah: 'jumlah' })
        .whereIn('liputan_id', documentIds)
        .groupBy('liputan_id');
      return new Map(rows.map((row) => [row.liputan_id, Number(row.jumlah)]));
    },
  };
}
