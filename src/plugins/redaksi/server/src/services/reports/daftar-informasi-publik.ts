import type { Core, UID as StrapiUID } from '@strapi/strapi';
import { PLUGIN_ID, UID } from '../../constants';
import type { KonfigurasiCetak } from '../../config';
import {
  bacaCatatanPublik,
  hitungPer,
  klasifikasiBerlaku,
  kodeCatatanPublik,
  TANPA_DASAR,
} from '../../domain/register-publik';
import { rentangBulanWib, tanggalWib } from '../../domain/tenggat';
import { getService } from '../../utils/get-service';
import type {
  BerkasDaftarInformasiPublik,
  DaftarInformasiPublik,
  SaringanDaftarInformasiPublik,
} from '../../../../shared/contracts/publik';
import { kodeRekap } from './rekap';
import { dipKeCsv, dipKePdf } from './daftar-informasi-publik-export';

type Baris = Record<string, unknown>;

/**
 * The Daftar Informasi Publik (UU 14/2008 Pasal 7 ayat 3, Perki 1/2010 Pasal 13): every Liputan
 * online as its public version reads, with its first publication and the classification in force
 * from the history (the append-only record), and how many items each legal basis exempts. An
 * exempt item's content is never read here: only its legal basis, category and decision date.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const tabel = (uid: StrapiUID.Schema) => strapi.db.metadata.get(uid).tableName;
  const kolomWaktu = (waktu: Date) =>
    strapi.db.dialect.client === 'sqlite' ? waktu.getTime() : waktu;
  const keWaktu = (nilai: unknown) =>
    new Date(typeof nilai === 'string' && /^\d+$/.test(nilai) ? Number(nilai) : (nilai as string));
  const cetak = () => strapi.config.get<KonfigurasiCetak>(`plugin::${PLUGIN_ID}.cetak`);

  async function daftar(saringan: SaringanDaftarInformasiPublik): Promise<DaftarInformasiPublik> {
    const alur = getService('workflows').wajib(UID.liputan);
    const riwayat = tabel(UID.riwayat);
    const tahun = saringan.tahun
      ? {
          mulai: rentangBulanWib(`${saringan.tahun}-01`).mulai,
          selesai: rentangBulanWib(`${saringan.tahun}-12`).selesai,
        }
      : null;
    const dalamTahun = (waktu: Date) => !tahun || (waktu >= tahun.mulai && waktu < tahun.selesai);

    const pertama = knex()(riwayat)
      .select('dokumen_id')
      .min({ pertama: 'waktu' })
      .where({ uid_konten: UID.liputan })
      .whereIn('aksi', kodeRekap(alur, 'terbit'))
      .groupBy('dokumen_id');
    const kueri = knex()(`${tabel(UID.liputan)} as l`)
      .join(pertama.as('t'), 't.dokumen_id', 'l.document_id')
      .whereNotNull('l.published_at')
      .select('l.document_id', 'l.judul', 'l.kategori', 'l.ringkasan', 'l.slug', 't.pertama')
      .orderBy([{ column: 't.pertama' }, { column: 'l.document_id' }]);
    if (saringan.kategori) kueri.where('l.kategori', saringan.kategori);
    if (tahun)
      kueri
        .where('t.pertama', '>=', kolomWaktu(tahun.mulai))
        .where('t.pertama', '<', kolomWaktu(tahun.selesai));
    const terbit = (await kueri) as Baris[];

    const barisKlasifikasi: Baris[] = await knex()(riwayat)
      .where({ uid_konten: UID.liputan })
      .whereIn('aksi', kodeCatatanPublik(alur, 'klasifikasi'))
      .whereNotNull('publik')
      .select('dokumen_id', 'aksi', 'waktu', 'publik');
    const klasifikasi = klasifikasiBerlaku(
      barisKlasifikasi.map((baris) => ({
        dokumenId: String(baris.dokumen_id),
        aksi: String(baris.aksi),
        waktu: keWaktu(baris.waktu),
        publik: bacaCatatanPublik(baris.publik),
      })),
    );

    // Exempt: the classification in force says so (a later cycle may have opened the item),
    // decided in the year asked; the category is the draft's (an exempt item has no public version).
    const dikecualikan = [...klasifikasi.entries()].filter(
      ([, item]) => item.klasifikasi === 'dikecualikan' && dalamTahun(item.waktu),
    );
    const kategoriDraf = new Map<string, string | null>();
    if (saringan.kategori && dikecualikan.length > 0) {
      const baris: Baris[] = await knex()(tabel(UID.liputan))
        .whereNull('published_at')
        .whereIn(
          'document_id',
          dikecualikan.map(([id]) => id),
        )
        .select('document_id', 'kategori');
      for (const item of baris)
        kategoriDraf.set(String(item.document_id), (item.kategori as string | null) ?? null);
    }
    const perDasar = hitungPer(
      dikecualikan
        .filter(([id]) => !saringan.kategori || kategoriDraf.get(id) === saringan.kategori)
        .map(([, item]) => item.dasarPengecualian ?? TANPA_DASAR),
    );

    const penanggungJawab = cetak().unitPenanggungJawab;
    // An article still online whose classification in force exempts it (decided in a later cycle,
    // not yet taken down) is counted with the exempt ones above, never listed.
    const data = terbit
      .filter((baris) => klasifikasi.get(String(baris.document_id))?.klasifikasi !== 'dikecualikan')
      .map((baris) => {
        const id = String(baris.document_id);
        const berlaku = klasifikasi.get(id);
        return {
          kategori: (baris.kategori as string | null) ?? 'tanpa-kategori',
          judul: String(baris.judul),
          ringkasan: (baris.ringkasan as string | null) ?? null,
          terbitPertama: keWaktu(baris.pertama).toISOString(),
          penanggungJawab,
          klasifikasi: berlaku?.klasifikasi ?? null,
          tanggalKlasifikasi: berlaku ? berlaku.waktu.toISOString() : null,
          slug: (baris.slug as string | null) ?? null,
        };
      });
    const meta = {
      tahun: saringan.tahun ?? null,
      kategori: saringan.kategori ?? null,
      jumlah: data.length,
      dikecualikan: perDasar.map(({ kode, jumlah }) => ({ dasarPengecualian: kode, jumlah })),
    };
    const halaman = saringan.pagination;
    if (!halaman) return { data, meta };
    const total = data.length;
    if (halaman.start !== undefined || halaman.limit !== undefined) {
      const start = halaman.start ?? 0;
      const limit = halaman.limit ?? total;
      return {
        data: data.slice(start, start + limit),
        meta: { ...meta, pagination: { start, limit, total } },
      };
    }
    const page = halaman.page ?? 1;
    const pageSize = halaman.pageSize ?? Math.max(total, 1);
    return {
      data: data.slice((page - 1) * pageSize, page * pageSize),
      meta: {
        ...meta,
        pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total },
      },
    };
  }

  return {
    daftar,

    /** The register as a spreadsheet, or as the yearly printout signed by the PPID (this year by default). */
    async berkas(
      saringan: SaringanDaftarInformasiPublik,
      format: 'csv' | 'pdf',
    ): Promise<BerkasDaftarInformasiPublik> {
      const sekarang = getService('clock').now();
      // The files hold the whole register, whatever page a client asked of the JSON.
      const { pagination: _halaman, ...semua } = saringan;
      if (format === 'csv') {
        const dip = await daftar(semua);
        const nama = ['daftar-informasi-publik', saringan.tahun, saringan.kategori]
          .filter(Boolean)
          .join('-');
        return { nama: `${nama}.csv`, tipe: 'text/csv; charset=utf-8', isi: dipKeCsv(dip) };
      }
      const tahun = saringan.tahun ?? Number(tanggalWib(sekarang).slice(0, 4));
      const dip = await daftar({ ...semua, tahun });
      const nama = ['daftar-informasi-publik', tahun, saringan.kategori].filter(Boolean).join('-');
      return {
        nama: `${nama}.pdf`,
        tipe: 'application/pdf',
        isi: await dipKePdf(dip, tahun, sekarang, cetak()),
      };
    },
  };
};
