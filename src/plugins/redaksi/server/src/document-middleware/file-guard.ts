import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { labelTahap } from '../domain/mesin';
import { kunciBerkas, putuskanSunting } from '../domain/sunting';
import { aktorFromRequest } from '../services/engine/aktor';
import { getService } from '../utils/get-service';
import { AKSI_UBAH_BERKAS } from '../workflows/types';
import { hasEnginePermission, withEnginePermission } from '../services/engine/engine-permission';

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
  related?: Array<{ __type?: string; documentId?: string; publishedAt?: string | null }>;
}

/** A workflow item that holds some of the files, and whether its published version shows them. */
interface PemakaiBerkas {
  uid: string;
  documentId: string;
  namaBerkas: string[];
  idBerkas: number[];
  tayang: boolean;
}

/** A morph link the upload plugin writes on a file (`ref`/`refId`/`field`, or `related` itself). */
interface TautanMorf {
  __type?: string;
}

/** Strapi's service registry (`strapi.get('services')`), as far as this uses it. */
interface RegistriLayanan {
  extend(
    uid: string,
    perluas: (layanan: Record<string, (...args: never[]) => Promise<unknown>>) => object,
  ): unknown;
}

/**
 * The media library is part of the item. In Strapi 5 the upload plugin's `assets.update`
 * permission lets its holder replace a file's bytes on the same id, edit its metadata or delete
 * it, through the upload plugin's own routes and past the document service. A file that is
 * online, or part of content whose approval is in force, is frozen for everyone
 * (domain/sunting.ts `kunciBerkas`); any other file used by a workflow item follows that item's
 * editing rights at its stage: refused with 403 when the person may not edit the item there,
 * recorded in the item's history when they may. The upload plugin's other side door, attaching a
 * new file straight to a row (`ref`/`refId`/`field`), is closed for workflow items: a file enters
 * an item only through the item's own form, under its guard.
 *
 * Replacing and deleting touch the bytes before the database, so they are checked at the upload
 * service's entry points; every metadata write (single, bulk, generated) is checked by a
 * database lifecycle on the file table, which no route goes around.
 */
export function installFileGuard(strapi: Core.Strapi): void {
  async function pemakai(ids: number[]) {
    const berkas = (await strapi.db.query(UID_BERKAS).findMany({
      where: { id: { $in: ids } },
      populate: { related: true },
    })) as Berkas[];
    const hasil = new Map<string, PemakaiBerkas>();
    for (const file of berkas) {
      for (const entri of file.related ?? []) {
        if (!entri.__type || !entri.documentId || !getService('workflows').untukUid(entri.__type))
          continue;
        const kunci = `${entri.__type}::${entri.documentId}`;
        const item = hasil.get(kunci) ?? {
          uid: entri.__type,
          documentId: entri.documentId,
          namaBerkas: [],
          idBerkas: [],
          tayang: false,
        };
        if (entri.publishedAt) item.tayang = true;
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
    if (ids.length === 0 || hasEnginePermission()) return;
    const aktor = aktorFromRequest(strapi);
    const sekarang = getService('clock').now();
    await strapi.db.transaction(async () => {
      for (const item of await pemakai(ids)) {
        const alur = getService('workflows').wajib(item.uid);
        const status = await getService('status').findOne(item.uid, item.documentId);
        const nama = item.namaBerkas.map((n) => `"${n}"`).join(', ');
        const kunci = kunciBerkas(alur, { tahap: status?.tahap ?? null, tayang: item.tayang });
        if (kunci) {
          throw new errors.PolicyError(`Tidak dapat ${URAIAN[jenis]} ${nama}. ${kunci.pesan}`, {
            kode: kunci.kode,
            dokumen: { uid: item.uid, documentId: item.documentId },
          });
        }
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
        await getService('status').addContributor(alur, status, aktor.id);
        await getService('riwayat').append({
          uidKonten: item.uid,
          dokumenId: item.documentId,
          aksi: AKSI_UBAH_BERKAS,
          dari: status.tahap,
          ke: status.tahap,
          aktor,
          peranAksi: alur.tahap.find((t) => t.kode === status.tahap)?.sunting?.peran ?? [],
          note: `${URAIAN[jenis][0].toUpperCase()}${URAIAN[jenis].slice(1)} ${nama}`,
          waktu: sekarang,
          field,
          pengecualian: keputusan.luarSop ? 'sunting-luar-sop' : null,
        });
      }
    });
  }

  /** The workflow types and every component they hold (a component's file is in the item too). */
  let jenisAlur: Map<string, string> | null = null;
  function jenisMilikAlur(): Map<string, string> {
    if (jenisAlur) return jenisAlur;
    const hasil = new Map<string, string>();
    const kunjungi = (uid: string, label: string) => {
      if (hasil.has(uid)) return;
      hasil.set(uid, label);
      const atribut = (strapi.getModel(uid as UID.Schema)?.attributes ?? {}) as Record<
        string,
        { type: string; component?: string; components?: string[] }
      >;
      for (const definisi of Object.values(atribut)) {
        for (const komponen of [definisi.component, ...(definisi.components ?? [])])
          if (komponen) kunjungi(komponen, label);
      }
    };
    for (const alur of getService('workflows').semua()) {
      const model = strapi.getModel(alur.uid);
      kunjungi(alur.uid, model?.info?.displayName ?? alur.uid);
    }
    jenisAlur = hasil;
    return hasil;
  }

  /**
   * The upload plugin attaches a new file straight to any row named by `ref`/`refId`/`field`
   * (admin and content API alike), past the document service: no editing right, no history, not
   * even the item's stage. For workflow items that door is closed; the file is uploaded alone and
   * chosen in the item's form, where the guard sees it.
   */
  function tolakPasangLangsung(tautan: readonly TautanMorf[]): void {
    if (hasEnginePermission()) return;
    const jenis = jenisMilikAlur();
    const sasaran = tautan.map((item) => item.__type).find((uid) => uid && jenis.has(uid));
    if (!sasaran) return;
    throw new errors.PolicyError(
      `Berkas tidak dapat dipasang langsung pada ${jenis.get(sasaran)} lewat unggahan (ref, refId, field): perubahan seperti itu melewati aturan sunting tahapnya dan tidak tercatat di riwayat. Unggah berkasnya saja, lalu pilih berkas itu di formulir dokumen.`,
      { kode: 'pasang-berkas-langsung', uid: sasaran },
    );
  }

  /** The morph links in a write to the file table: a list, or Strapi's `set`/`connect`. */
  const tautanDalam = (related: unknown): TautanMorf[] => {
    if (Array.isArray(related)) return related as TautanMorf[];
    if (!related || typeof related !== 'object') return [];
    const relasi = related as Record<string, unknown>;
    return ['set', 'connect'].flatMap((kunci) =>
      Array.isArray(relasi[kunci]) ? (relasi[kunci] as TautanMorf[]) : [],
    );
  };

  // The bytes: checked (and recorded) first, then the upload plugin does its work unchecked again.
  strapi
    .get<RegistriLayanan>('services')
    .extend(
      'plugin::upload.upload',
      (layanan: Record<string, (...args: never[]) => Promise<unknown>>) => ({
        ...layanan,
        // Refused before a byte is written (an upload names its target before its files).
        async upload(masukan: { data?: { ref?: unknown } } | undefined, ...rest: unknown[]) {
          const ref = masukan?.data?.ref;
          tolakPasangLangsung([{ __type: typeof ref === 'string' ? ref : undefined }]);
          return (layanan.upload as (...args: unknown[]) => Promise<unknown>)(masukan, ...rest);
        },
        async replace(id: number, ...rest: unknown[]) {
          await periksa([Number(id)], 'ganti');
          return withEnginePermission(() =>
            (layanan.replace as (...args: unknown[]) => Promise<unknown>)(id, ...rest),
          );
        },
        async remove(file: { id: number }, ...rest: unknown[]) {
          await periksa([Number(file.id)], 'hapus');
          return withEnginePermission(() =>
            (layanan.remove as (...args: unknown[]) => Promise<unknown>)(file, ...rest),
          );
        },
      }),
    );

  // Metadata: every write to the file table, whichever route or service makes it.
  const sebelumUbah = async (event: {
    params: { where?: Record<string, unknown>; data?: Record<string, unknown> };
  }) => {
    if (hasEnginePermission()) return;
    tolakPasangLangsung(tautanDalam(event.params.data?.related));
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
    // Whatever route creates the row: the links it is born with are checked like any other.
    beforeCreate: (event: { params: { data?: Record<string, unknown> } }) =>
      tolakPasangLangsung(tautanDalam(event.params.data?.related)),
    beforeUpdate: sebelumUbah,
    beforeUpdateMany: sebelumUbah,
  });
}
