import { AsyncLocalStorage } from 'node:async_hooks';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { fileStorageCode, FileStorageError } from '../utils/errors';

/**
 * An upload is whole or absent. Strapi's upload service writes the original, its thumbnail and
 * its formats one by one, then a database row per file, file after file; when a write fails half
 * way (a full disk), what was already written stays: a partial file, orphan formats, the rows of
 * the request's earlier files. Here each upload request collects what it wrote and created, and on
 * failure removes all of it before the error goes on.
 *
 * A write the file system refuses (full: ENOSPC; not writable: EACCES, EROFS, EPERM), on upload or
 * on replace, goes on as FileStorageError naming the folder and what was undone:
 * src/utils/errors.ts answers it in Indonesian (507, or 500 telling the operator to fix the
 * folder's permissions) with one log line, instead of Strapi's English 500 and its stack.
 */
interface LingkupUnggahan {
  ditulis: object[];
  barisBaru: number[];
}

const lingkup = new AsyncLocalStorage<LingkupUnggahan>();
const UID_BERKAS = 'plugin::upload.file';

type FungsiUnggah = (...argumen: unknown[]) => Promise<unknown>;

export function installAtomicUpload(strapi: Core.Strapi): void {
  const penyedia = strapi.plugin('upload').service<{ upload: FungsiUnggah }>('provider');
  const layanan = strapi.plugin('upload').service<{
    upload: FungsiUnggah;
    replace: FungsiUnggah;
  }>('upload');
  const provider = strapi.plugin('upload').provider as {
    delete: (berkas: object) => Promise<unknown>;
  };

  const folderUnggahan = path.join(strapi.dirs.static.public, 'uploads');
  /** A write the file system refused (in the upload folder or the upload's temporary one), named. */
  const sebagaiPenyimpananGagal = (error: unknown): unknown => {
    const kode = fileStorageCode(error);
    if (!kode) return error;
    const berkas = (error as { path?: unknown }).path;
    return new FileStorageError(
      kode,
      typeof berkas === 'string' ? path.dirname(berkas) : folderUnggahan,
      error,
    );
  };

  const unggahAsli = penyedia.upload.bind(penyedia);
  penyedia.upload = async (berkas: unknown, ...lain: unknown[]) => {
    // Recorded before the write: a failed write may still have left part of the file behind.
    lingkup.getStore()?.ditulis.push(berkas as object);
    return unggahAsli(berkas, ...lain);
  };

  const gantiAsli = layanan.replace.bind(layanan);
  layanan.replace = async (...argumen: unknown[]) => {
    try {
      return await gantiAsli(...argumen);
    } catch (error) {
      throw sebagaiPenyimpananGagal(error);
    }
  };

  strapi.db.lifecycles.subscribe({
    models: [UID_BERKAS],
    afterCreate(event) {
      const id = (event.result as { id?: number } | undefined)?.id;
      if (id) lingkup.getStore()?.barisBaru.push(id);
    },
  });

  const unggahanAsli = layanan.upload.bind(layanan);
  layanan.upload = (...argumen: unknown[]) => {
    const milikIni: LingkupUnggahan = { ditulis: [], barisBaru: [] };
    return lingkup.run(milikIni, async () => {
      try {
        return await unggahanAsli(...argumen);
      } catch (error) {
        for (const berkas of milikIni.ditulis) {
          await provider
            .delete(berkas)
            .catch((galat: unknown) =>
              strapi.log.warn(`Berkas sebagian tidak dapat dihapus: ${String(galat)}`),
            );
        }
        if (milikIni.barisBaru.length)
          await strapi.db
            .query(UID_BERKAS)
            .deleteMany({ where: { id: { $in: milikIni.barisBaru } } });
        const dibatalkan = `unggahan dibatalkan utuh (${milikIni.ditulis.length} berkas yang mulai ditulis dibersihkan, ${milikIni.barisBaru.length} baris dihapus)`;
        const galat = sebagaiPenyimpananGagal(error);
        // A storage failure's answer carries it into the request's one log line.
        if (galat instanceof FileStorageError) galat.dibatalkan = dibatalkan;
        else strapi.log.warn(`Unggahan gagal dan ${dibatalkan}`);
        throw galat;
      }
    });
  };
}
