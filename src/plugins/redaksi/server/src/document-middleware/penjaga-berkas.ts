import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { labelTahap } from '../domain/mesin';
import { putuskanSunting } from '../domain/sunting';
import { aktorDariRequest, peranTercatat } from '../services/aktor';
import { getService } from '../utils/get-service';
import { AKSI_UBAH_BERKAS } from '../workflows/types';
import { adaIzinMesin, denganIzinMesin } from './izin-mesin';

const UID_BERKAS = 'plugin::upload.file';

type JenisUbah = 'ganti' | 'hapus' | 'keterangan';

const URAIAN: Record<JenisUbah, string> = {
  ganti: 'mengganti isi berkas',
  hapus: 'menghapus berkas',
  keterangan: 'mengubah keterangan berkas',
};

/** Columns a move between media-library folders writes: where a file is filed, not what it is. */
const KOLOM_FOLDER = new Set(['folder', 'folderPath', 'updatedAt', 'updatedBy']);

interface Berkas {
  id: number;
  name?: string;
  related?: Array<{ __type?: string; documentId?: string }>;
}

/**
 * The media library is part of the item. In Strapi 5 the upload plugin's `assets.update`
 * permission lets its holder replace a file's bytes on the same id, edit its metadata or delete
 * it, through the upload plugin's own routes and past the document service. A file used by a
 * workflow item therefore follows that item's editing rights at its stage (domain/sunting.ts):
 * refused with 403 when the person may not edit the item there, recorded in the item's history
 * when they may.
 *
 * Replacing and deleting touch the bytes before the database, so they are checked at the upload
 * service's entry points; every metadata write (single, bulk, generated) is checked by a
 * database lifecycle on the file table, which no route goes around.
 */
export function pasangPenjagaBerkas(strapi: Core.Strapi): void {
  async function pemakai(ids: number[]) {
    const berkas = (await strapi.db.query(UID_BERKAS).findMany({
      where: { id: { $in: ids } },
      populate: { related: true },
    })) as Berkas[];
    const hasil = new Map<
      string,
      { uid: string; documentId: string; namaBerkas: string[]; idBerkas: number[] }
    >();
    for (const file of berkas) {
      for (const entri of file.related ?? []) {
        if (!entri.__type || !entri.documentId || !getService('alur').untukUid(entri.__type))
          continue;
        const kunci = `${entri.__type}::${entri.documentId}`;
        const item = hasil.get(kunci) ?? {
          uid: entri.__type,
          documentId: entri.documentId,
          namaBerkas: [],
          idBerkas: [],
        };
        if (!item.idBerkas.includes(file.id)) {
          item.idBerkas.push(file.id);
          item.namaBerkas.push(file.name ?? `#${file.id}`);
        }
        hasil.set(kunci, item);
      }
    }
    return [...hasil.values()];
  }

  /** The media fields of the item's draft that hold one of these files (all media fields if only an older version does). */
  async function fieldPemakai(uid: string, documentId: string, ids: number[]): Promise<string[]> {
    const nilai = await getService('sidik').muatNilai(uid, documentId);
    const atribut = (strapi.getModel(uid as UID.Schema)?.attributes ?? {}) as Record<
      string,
      { type: string }
    >;
    const media = Object.keys(atribut).filter((nama) => atribut[nama].type === 'media');
    const memuat = media.filter((nama) =>
      ((nilai[nama] as Array<{ id: number }> | null) ?? []).some((berkas) =>
        ids.includes(berkas.id),
      ),
    );
    return memuat.length > 0 ? memuat : media;
  }

  /** Refuse, or record in each item's history, a change to files used by workflow items. */
  async function periksa(ids: number[], jenis: JenisUbah): Promise<void> {
    if (ids.length === 0 || adaIzinMesin()) return;
    const aktor = aktorDariRequest(strapi);
    const sekarang = getService('jam').sekarang();
    await strapi.db.transaction(async () => {
      for (const item of await pemakai(ids)) {
        const alur = getService('alur').wajib(item.uid);
        const status = await getService('status').baca(item.uid, item.documentId);
        if (!status) continue;
        const field = await fieldPemakai(item.uid, item.documentId, item.idBerkas);
        const keputusan = putuskanSunting(alur, {
          tahap: status.tahap,
          pelaku: aktor,
          penugasan: status.penugasan,
          berubah: field,
          sebelum: {},
          sesudah: {},
          aksiTerjadi: new Set(),
        });
        const nama = item.namaBerkas.map((n) => `"${n}"`).join(', ');
        if (!keputusan.ok) {
          throw new errors.PolicyError(
            `Tidak dapat ${URAIAN[jenis]} ${nama}: berkas ini bagian dari dokumen yang berada pada tahap "${labelTahap(alur, status.tahap)}". ${keputusan.pesan}`,
            {
              kode: keputusan.kode,
              field,
              dokumen: { uid: item.uid, documentId: item.documentId },
            },
          );
        }
        await getService('status').catatKontributor(alur, status, aktor.id);
        await getService('riwayat').tambah({
          uidKonten: item.uid,
          dokumenId: item.documentId,
          aksi: AKSI_UBAH_BERKAS,
          dari: status.tahap,
          ke: status.tahap,
          aktorId: aktor.id,
          aktorNama: aktor.nama,
          peran: peranTercatat(
            aktor,
            alur.tahap.find((t) => t.kode === status.tahap)?.sunting?.peran ?? [],
          ),
          note: `${URAIAN[jenis][0].toUpperCase()}${URAIAN[jenis].slice(1)} ${nama}`,
          alasanTerlambat: null,
          terlambat: false,
          waktu: sekarang,
          field,
          pengecualian: keputusan.luarSop ? 'sunting-luar-sop' : null,
        });
      }
    });
  }

  // The bytes: checked (and recorded) first, then the upload plugin does its work unchecked again.
  strapi
    .get('services')
    .extend(
      'plugin::upload.upload',
      (layanan: Record<string, (...args: never[]) => Promise<unknown>>) => ({
        ...layanan,
        async replace(id: number, ...rest: unknown[]) {
          await periksa([Number(id)], 'ganti');
          return denganIzinMesin(() =>
            (layanan.replace as (...args: unknown[]) => Promise<unknown>)(id, ...rest),
          );
        },
        async remove(file: { id: number }, ...rest: unknown[]) {
          await periksa([Number(file.id)], 'hapus');
          return denganIzinMesin(() =>
            (layanan.remove as (...args: unknown[]) => Promise<unknown>)(file, ...rest),
          );
        },
      }),
    );

  // Metadata: every write to the file table, whichever route or service makes it.
  const sebelumUbah = async (event: {
    params: { where?: Record<string, unknown>; data?: Record<string, unknown> };
  }) => {
    if (adaIzinMesin()) return;
    const kolom = Object.keys(event.params.data ?? {});
    if (kolom.every((nama) => KOLOM_FOLDER.has(nama))) return;
    const berkas = await strapi.db
      .query(UID_BERKAS)
      .findMany({ where: event.params.where ?? {}, select: ['id'] });
    await periksa(
      berkas.map((file: { id: number }) => file.id),
      'keterangan',
    );
  };
  strapi.db.lifecycles.subscribe({
    models: [UID_BERKAS],
    beforeUpdate: sebelumUbah,
    beforeUpdateMany: sebelumUbah,
  });
}
