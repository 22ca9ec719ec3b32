import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';

/**
 * An upload is whole or absent. Strapi's upload service writes the original, its thumbnail and
 * its formats one by one, then a database row per file, file after file; when a write fails half
 * way (a full disk), what was already written stays: a partial file, orphan formats, the rows of
 * the request's earlier files. Here each upload request collects what it wrote and created, and on
 * failure removes all of it before the error goes on (src/utils/galat.ts answers a full disk with
 * 507 in Indonesian).
 */
interface LingkupUnggahan {
  ditulis: object[];
  barisBaru: number[];
}

const lingkup = new AsyncLocalStorage<LingkupUnggahan>();
const UID_BERKAS = 'plugin::upload.file';

type FungsiUnggah = (...argumen: unknown[]) => Promise<unknown>;

export function pasangUnggahanUtuh(strapi: Core.Strapi): void {
  const penyedia = strapi.plugin('upload').service('provider') as {
    upload: FungsiUnggah;
    delete?: FungsiUnggah;
  };
  const layanan = strapi.plugin('upload').service('upload') as { upload: FungsiUnggah };
  const provider = strapi.plugin('upload').provider as {
    delete: (berkas: object) => Promise<unknown>;
  };

  const unggahAsli = penyedia.upload.bind(penyedia);
  penyedia.upload = async (berkas: unknown, ...lain: unknown[]) => {
    // Recorded before the write: a failed write may still have left part of the file behind.
    lingkup.getStore()?.ditulis.push(berkas as object);
    return unggahAsli(berkas, ...lain);
  };

  strapi.db.lifecycles.subscribe({
    models: [UID_BERKAS],
    afterCreate(event) {
      const id = (event.result as { id?: number } | undefined)?.id;
      if (id) lingkup.getStore()?.barisBaru.push(id);
    },
  });

  const layananAsli = layanan.upload.bind(layanan);
  layanan.upload = (...argumen: unknown[]) => {
    const milikIni: LingkupUnggahan = { ditulis: [], barisBaru: [] };
    return lingkup.run(milikIni, async () => {
      try {
        return await layananAsli(...argumen);
      } catch (error) {
        for (const berkas of milikIni.ditulis) {
          await provider
            .delete(berkas)
            .catch((galat: unknown) =>
              strapi.log.warn(`Berkas sebagian tidak dapat dihapus: ${galat}`),
            );
        }
        if (milikIni.barisBaru.length)
          await strapi.db
            .query(UID_BERKAS)
            .deleteMany({ where: { id: { $in: milikIni.barisBaru } } });
        strapi.log.warn(
          `Unggahan gagal dan dibatalkan utuh (${milikIni.ditulis.length} berkas, ${milikIni.barisBaru.length} baris dihapus)`,
        );
        throw error;
      }
    });
  };
}
