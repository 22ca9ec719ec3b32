import type { Core } from '@strapi/strapi';
import { TIME_ZONE } from './constants';
import { installFileGuard } from './document-middleware/file-guard';
import { getService } from './utils/get-service';

/** The admin plugin's permission service, as far as this uses it (untyped in Strapi's types). */
interface LayananPermission {
  actionProvider: {
    registerMany(
      actions: Array<{ section: string; displayName: string; uid: string; pluginName: string }>,
    ): Promise<unknown>;
  };
}

/** Never fails the admin's own change: a problem is logged, and the firing checks the roles again. */
async function periksaPemasang(strapi: Core.Strapi, user: unknown): Promise<void> {
  const id = (user as { id?: number } | null)?.id;
  if (typeof id !== 'number') return;
  try {
    await getService('jadwal-tayang').periksaPemasang(id);
  } catch (error) {
    strapi.log.error(`Jadwal tayang pengguna #${id} gagal diperiksa: ${String(error)}`);
  }
}

/**
 * Only what must hold before the first request. The SOP roles and the demo data are set up by
 * the application's bootstrap (src/index.ts), which runs after the admin panel has created its
 * own roles and registered every permission action.
 */
export default async ({ strapi }: { strapi: Core.Strapi }) => {
  getService('riwayat').lindungi();
  // #24: items kept in a stage before contents were kept get one now, as the base of "what changed".
  const cuplikanAwal = await getService('cuplikan').isiAwal();
  if (cuplikanAwal > 0)
    strapi.log.info(`Cuplikan awal: isi ${cuplikanAwal} dokumen disimpan sebagai pembanding`);
  // The media library is part of the item: its files follow the item's editing rights.
  installFileGuard(strapi);
  // SOP 20 and 21 records: downloading the monthly recap is a permission of its own.
  await (strapi.service('admin::permission') as LayananPermission).actionProvider.registerMany([
    {
      section: 'plugins',
      displayName: 'Unduh rekapitulasi bulanan',
      uid: 'rekap.read',
      pluginName: 'redaksi',
    },
  ]);

  // Reminder digests: each person's due-today and late items, at the configured times in WIB.
  const { jadwalPengingat } = getService('workflows').konfigurasi().notifikasi;
  strapi.cron.add(
    Object.fromEntries(
      jadwalPengingat.map((aturan, i) => [
        `redaksi-pengingat-${i + 1}`,
        {
          task: async () => {
            const { slot, dikirim } = await getService('reminders').jalankan();
            strapi.log.info(`Pengingat redaksi ${slot} WIB: ${dikirim} surel diantrekan`);
          },
          options: { rule: aturan, tz: TIME_ZONE },
        },
      ]),
    ),
  );
  // Publication at an hour: every instance sweeps the due schedules each minute (a second in, so
  // that the minute has begun on every clock); with Redis a delayed job fires at the minute too
  // (started by the application's bootstrap, which makes the server's Redis connections).
  // The database claim lets one of them publish. Roles taken from a schedule's setter cancel it.
  const jadwal = getService('jadwal-tayang');
  strapi.cron.add({
    'redaksi-jadwal-tayang': {
      task: async () => {
        const hasil = await jadwal.sapu();
        if (hasil.length) strapi.log.info(`Jadwal tayang: ${hasil.join(', ')}`);
      },
      options: { rule: '1 * * * * *', tz: TIME_ZONE },
    },
  });
  strapi.db.lifecycles.subscribe({
    models: ['admin::user'],
    async afterUpdate(event) {
      await periksaPemasang(strapi, event.result);
    },
    async afterDelete(event) {
      await periksaPemasang(strapi, event.result);
    },
  });

  if (!getService('mailer').aktif()) {
    strapi.log.info(
      'Surel pemberitahuan mati: SMTP_HOST belum diatur. Alur SOP tetap berjalan; antrean tetap di Meja Redaksi.',
    );
  }
};
