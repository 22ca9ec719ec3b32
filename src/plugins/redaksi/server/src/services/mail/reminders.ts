import { TZDate } from '@date-fns/tz';
import type { Core } from '@strapi/strapi';
import { format } from 'date-fns';
import { TIME_ZONE } from '../../constants';
import { formatWib, tanggalWib } from '../../domain/tenggat';
import { getService } from '../../utils/get-service';
import { adminUrl, documentUrl } from '../../utils/admin-links';

/**
 * The reminder run (cron, 07:00 and 13:00 WIB by default): each person gets one digest of what
 * waits for them that is due today (WIB) or already late; nobody with nothing due gets mail.
 * The slot (date and hour in WIB) is part of each mail's key, so a restart that runs the same
 * slot again sends nothing twice.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async jalankan(): Promise<{ slot: string; dikirim: number }> {
    const sekarang = getService('clock').now();
    const hariIni = tanggalWib(sekarang);
    const slot = format(new TZDate(sekarang, TIME_ZONE), "yyyy-MM-dd'T'HH");
    if (!getService('mailer').aktif()) return { slot, dikirim: 0 };

    let dikirim = 0;
    for (const { aktor, ...kepada } of await getService('notifications').penerimaPengingat()) {
      const antrean = await getService('queue').semua(aktor);
      const jatuhTempo = antrean.filter(
        (item) =>
          item.lewat || (item.tenggat !== null && tanggalWib(new Date(item.tenggat)) === hariIni),
      );
      if (jatuhTempo.length === 0) continue;
      await getService('mailer').antrekan({
        kunci: `pengingat:${slot}:${kepada.id}`,
        jenis: 'pengingat',
        kepada,
        data: {
          tanggal: formatWib(sekarang),
          jumlahLewat: jatuhTempo.filter((item) => item.lewat).length,
          item: jatuhTempo.map((item) => ({
            judul: item.judul ?? '(tanpa judul)',
            tahap: item.tahapLabel,
            tenggat: item.tenggat ? formatWib(new Date(item.tenggat)) : '-',
            lewat: item.lewat,
            tautan: documentUrl(strapi, item.uid, item.documentId),
          })),
          mejaRedaksi: adminUrl(strapi, '/plugins/redaksi'),
        },
      });
      dikirim += 1;
    }
    return { slot, dikirim };
  },
});
