import type { Core, UID as StrapiUID } from '@strapi/strapi';
import { UID, TIME_ZONE } from '../../constants';
import { daftarPlatformTujuan } from '../../domain/platform';
import { type RentangBulan, rentangBulanWib, tanggalWib } from '../../domain/tenggat';
import { AKSI_SUNTING_LUAR_SOP, type DefinisiAlur, type RekapAksi } from '../../workflows/types';
import type {
  BarisRegister,
  Rekap,
  RekapMediaSosial,
  RekapWebsite,
} from '../../../../shared/contracts/rekap';
import { getService } from '../../utils/get-service';
import {
  bacaCatatanPublik,
  kodeCatatanPublik,
  ringkasCatatanPublik,
} from '../../domain/register-publik';

export type { Rekap };

type Baris = Record<string, unknown>;
type Knex = Core.Strapi['db']['connection'];

const angka = (nilai: unknown): number => Number(nilai ?? 0);
const median = (nilai: number[]): number | null => {
  if (nilai.length === 0) return null;
  const urut = [...nilai].sort((a, b) => a - b);
  const tengah = Math.floor(urut.length / 2);
  return urut.length % 2 ? urut[tengah] : (urut[tengah - 1] + urut[tengah]) / 2;
};
const jam = (ms: number) => Math.round((ms / 3_600_000) * 10) / 10;

/**
 * The codes of the actions the workflow says the recap counts as `jenis` (workflows/: `rekap`).
 * History rows name their action by code; the actions sharing a code are counted alike.
 */
export const kodeRekap = (alur: DefinisiAlur, jenis: RekapAksi): string[] => [
  ...new Set(alur.aksi.filter((aksi) => aksi.rekap === jenis).map((aksi) => aksi.kode)),
];

/**
 * The monthly recap both SOPs end in ("Rekapitulasi"), for a month in WIB. Every figure is an
 * aggregate query over the history, the state, the reader buckets and the content tables; no
 * document is loaded through the document service.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = (): Knex => strapi.db.connection;
  const tabel = (uid: StrapiUID.Schema) => strapi.db.metadata.get(uid).tableName;
  /** Raw SQL compares datetimes as the column stores them: epoch ms on SQLite, timestamps on PostgreSQL. */
  const kolomWaktu = (waktu: Date) =>
    strapi.db.dialect.client === 'sqlite' ? waktu.getTime() : waktu;
  const keWaktu = (nilai: unknown) =>
    new Date(typeof nilai === 'string' && /^\d+$/.test(nilai) ? Number(nilai) : (nilai as string));

  const alurUntuk = (uid: string) => getService('workflows').wajib(uid);

  /** History rows in the month, for one content type. */
  const riwayatDalamBulan = (r: RentangBulan, uid: string) =>
    knex()(tabel(UID.riwayat))
      .where({ uid_konten: uid })
      .where('waktu', '>=', kolomWaktu(r.mulai))
      .where('waktu', '<', kolomWaktu(r.selesai));
  /** History rows in the month of the actions the workflow's recap counts as `jenis`. */
  const riwayatBulan = (r: RentangBulan, alur: DefinisiAlur, jenis: RekapAksi) =>
    riwayatDalamBulan(r, alur.uid).whereIn('aksi', kodeRekap(alur, jenis));
  /** Edits (content or media) a Super Admin or the system made outside a stage's editing rule. */
  const suntinganLuarSop = async (r: RentangBulan, uid: string) => {
    const [baris] = await riwayatDalamBulan(r, uid)
      .where({ pengecualian: AKSI_SUNTING_LUAR_SOP })
      .count({ jumlah: '*' });
    return angka(baris?.jumlah);
  };

  /** Documents whose first action of a kind fell in the month (first publication, first submission). */
  const pertamaDalamBulan = (r: RentangBulan, alur: DefinisiAlur, jenis: RekapAksi) =>
    knex()(tabel(UID.riwayat))
      .select('dokumen_id')
      .min({ pertama: 'waktu' })
      .where({ uid_konten: alur.uid })
      .whereIn('aksi', kodeRekap(alur, jenis))
      .groupBy('dokumen_id')
      .havingRaw('min(waktu) >= ? and min(waktu) < ?', [
        kolomWaktu(r.mulai),
        kolomWaktu(r.selesai),
      ]);

  /**
   * The items among `documentIds` that carry a link (`tautan`, medsos.tautan) per platform, read
   * from their drafts (where links are recorded; SOP 21 publishes them, SOP 20 records them at
   * `tayang`): one item on three platforms counts once on each.
   */
  async function tautanPerPlatform(
    uid: typeof UID.liputan | typeof UID.kontenMedsos,
    documentIds: string[],
  ): Promise<Array<{ platform: string; jumlah: number }>> {
    if (documentIds.length === 0) return [];
    const tautan = strapi.db.metadata.get(uid).attributes.tautan as unknown as {
      joinTable: {
        name: string;
        joinColumn: { name: string };
        inverseJoinColumn: { name: string };
      };
    };
    const baris: Baris[] = await knex()(`${tautan.joinTable.name} as c`)
      .join(
        `${tabel('medsos.tautan')} as k`,
        'k.id',
        `c.${tautan.joinTable.inverseJoinColumn.name}`,
      )
      .join(`${tabel(uid)} as m`, 'm.id', `c.${tautan.joinTable.joinColumn.name}`)
      .whereNull('m.published_at')
      .where('c.field', 'tautan')
      .whereIn('m.document_id', documentIds)
      .select('k.platform')
      .countDistinct({ jumlah: 'm.document_id' })
      .groupBy('k.platform')
      .orderBy('k.platform');
    return baris.map((item) => ({ platform: String(item.platform), jumlah: angka(item.jumlah) }));
  }

  /**
   * Issue #26: the items among `documentIds` per platform they were meant for (`platformTujuan`,
   * read from their drafts, where the team chose it): one item for three platforms counts once on
   * each. Counted here, not in SQL: the JSON column is text on SQLite and jsonb on PostgreSQL.
   */
  async function perPlatformTujuan(
    documentIds: string[],
  ): Promise<Array<{ platform: string; jumlah: number }>> {
    if (documentIds.length === 0) return [];
    const baris: Baris[] = await knex()(tabel(UID.kontenMedsos))
      .whereNull('published_at')
      .whereIn('document_id', documentIds)
      .select('document_id', 'platform_tujuan');
    const jumlah = new Map<string, number>();
    for (const item of baris) {
      const nilai = item.platform_tujuan;
      for (const platform of daftarPlatformTujuan(
        typeof nilai === 'string' ? JSON.parse(nilai) : nilai,
      ))
        jumlah.set(platform, (jumlah.get(platform) ?? 0) + 1);
    }
    return [...jumlah]
      .map(([platform, n]) => ({ platform, jumlah: n }))
      .sort((a, b) => a.platform.localeCompare(b.platform));
  }

  async function website(r: RentangBulan): Promise<RekapWebsite> {
    const alur = alurUntuk(UID.liputan);
    const liputan = tabel(UID.liputan);
    const terbitBulanIni = () =>
      knex()(`${liputan} as l`)
        .join(pertamaDalamBulan(r, alur, 'terbit').as('t'), 't.dokumen_id', 'l.document_id')
        .whereNull('l.published_at');
    const artikel = (await terbitBulanIni()
      .select('l.document_id', 'l.judul', 'l.kategori', 't.pertama')
      .orderBy('t.pertama')) as Baris[];
    const perKategori = (await terbitBulanIni()
      .select('l.kategori')
      .count({ jumlah: '*' })
      .groupBy('l.kategori')
      .orderBy('l.kategori')) as Baris[];

    const pembaca = tabel('api::pembaca.pembaca-harian');
    const dalamBulan = () =>
      knex()(pembaca).whereBetween('tanggal', [r.tanggalAwal, r.tanggalAkhir]);
    const [total] = await dalamBulan().sum({ jumlah: 'jumlah' });
    // Sum the month's buckets per article first, then name the (far fewer) articles.
    const jumlahPerArtikel = dalamBulan()
      .select('liputan_id')
      .sum({ jumlah: 'jumlah' })
      .groupBy('liputan_id')
      .as('a');
    const perArtikel = (await knex()
      .from(jumlahPerArtikel)
      .leftJoin(`${liputan} as l`, function gabung() {
        this.on('l.document_id', '=', 'a.liputan_id').andOnNull('l.published_at');
      })
      .select('a.liputan_id', 'l.judul', 'a.jumlah')
      .orderBy([{ column: 'a.jumlah', order: 'desc' }, { column: 'a.liputan_id' }])) as Baris[];
    const perHari: Baris[] = await dalamBulan()
      .select('tanggal')
      .sum({ jumlah: 'jumlah' })
      .groupBy('tanggal')
      .orderBy('tanggal');
    const [dikoreksi] = await riwayatBulan(r, alur, 'dikoreksi').countDistinct({
      jumlah: 'dokumen_id',
    });
    const barisPublik: Baris[] = await riwayatDalamBulan(r, alur.uid)
      .whereIn('aksi', [
        ...kodeCatatanPublik(alur, 'klasifikasi'),
        ...kodeCatatanPublik(alur, 'koreksi'),
        ...kodeCatatanPublik(alur, 'penurunan'),
      ])
      .whereNotNull('publik')
      .select('dokumen_id', 'aksi', 'waktu', 'publik');
    const catatanPublik = ringkasCatatanPublik(
      alur,
      barisPublik.map((baris) => ({
        dokumenId: String(baris.dokumen_id),
        aksi: String(baris.aksi),
        waktu: keWaktu(baris.waktu),
        publik: bacaCatatanPublik(baris.publik),
      })),
    );

    const pembacaArtikel = perArtikel.map((baris) => ({
      documentId: String(baris.liputan_id),
      judul: (baris.judul as string | null) ?? '(tidak ditemukan)',
      pembaca: angka(baris.jumlah),
    }));
    return {
      artikelTerbit: artikel.length,
      artikel: artikel.map((baris) => ({
        documentId: String(baris.document_id),
        judul: String(baris.judul),
        kategori: (baris.kategori as string | null) ?? 'tanpa-kategori',
        terbitPertama: keWaktu(baris.pertama).toISOString(),
      })),
      perKategori: perKategori.map((baris) => ({
        kategori: (baris.kategori as string | null) ?? 'tanpa-kategori',
        jumlah: angka(baris.jumlah),
      })),
      pembaca: {
        total: angka(total?.jumlah),
        perArtikel: pembacaArtikel,
        perHari: perHari.map((b) => ({
          tanggal: String(b.tanggal).slice(0, 10),
          jumlah: angka(b.jumlah),
        })),
      },
      terbanyakDibaca: pembacaArtikel.slice(0, 10),
      dikoreksiSetelahTayang: angka(dikoreksi?.jumlah),
      suntinganLuarSop: await suntinganLuarSop(r, UID.liputan),
      informasiPublik: {
        dikecualikanPerDasar: catatanPublik.dikecualikanPerDasar.map(({ kode, jumlah }) => ({
          dasarPengecualian: kode,
          jumlah,
        })),
        koreksi: catatanPublik.koreksi,
        penurunanPerKategori: catatanPublik.penurunanPerKategori.map(({ kode, jumlah }) => ({
          kategori: kode,
          jumlah,
        })),
      },
      tautanPerPlatform: await tautanPerPlatform(
        UID.liputan,
        artikel.map((baris) => String(baris.document_id)),
      ),
    };
  }

  async function mediaSosial(r: RentangBulan): Promise<RekapMediaSosial> {
    const alur = alurUntuk(UID.kontenMedsos);
    const medsos = tabel(UID.kontenMedsos);
    const status = tabel(UID.statusAlur);
    const terbit = alur.aksi.filter((aksi) => aksi.rekap === 'terbit');
    // Each upload: the publication that brought the item online, not one from the online stage
    // (publishing again there, for another platform's link, is no new upload).
    const dariSebelumTayang = [
      ...new Set(terbit.flatMap((aksi) => aksi.dari).filter((kode) => kode !== alur.tahapTayang)),
    ];
    const unggahBulanIni = () =>
      knex()(`${tabel(UID.riwayat)} as u`)
        .join(`${medsos} as m`, function gabung() {
          this.on('m.document_id', '=', 'u.dokumen_id').andOnNull('m.published_at');
        })
        .leftJoin(`${status} as s`, function gabung() {
          this.on('s.dokumen_id', '=', 'u.dokumen_id').andOn('s.uid_konten', '=', 'u.uid_konten');
        })
        .where({ 'u.uid_konten': alur.uid })
        .whereIn('u.aksi', kodeRekap(alur, 'terbit'))
        .whereIn('u.dari', dariSebelumTayang)
        .where('u.waktu', '>=', kolomWaktu(r.mulai))
        .where('u.waktu', '<', kolomWaktu(r.selesai));

    const unggahan: Baris[] = await unggahBulanIni().select(
      'u.dokumen_id',
      'u.waktu',
      'u.terlambat',
      'm.judul',
      's.nomor_register',
      's.diserahkan_pada',
      's.alasan_terlambat',
    );
    const perUnit: Baris[] = await unggahBulanIni()
      .select('m.unit_pelaksana')
      .count({ jumlah: '*' })
      .groupBy('m.unit_pelaksana')
      .orderBy('m.unit_pelaksana');

    // The leadership's late permission, whose note stands for the reason of a late upload.
    const kodeIzin = alur.aksi
      .filter((aksi) => aksi.efek?.includes('izin-terlambat'))
      .map((aksi) => aksi.kode);
    const izin: Baris[] = await knex()(tabel(UID.riwayat))
      .where({ uid_konten: alur.uid })
      .whereIn('aksi', kodeIzin)
      .whereIn(
        'dokumen_id',
        unggahan.map((baris) => String(baris.dokumen_id)),
      )
      .select('dokumen_id', 'note');
    const alasanIzin = new Map(
      izin.map((baris) => [String(baris.dokumen_id), baris.note as string]),
    );

    const [serahTerlambat] = await riwayatBulan(r, alur, 'diserahkan')
      .where('terlambat', true)
      .countDistinct({ jumlah: 'dokumen_id' });
    const [dikembalikan] = await riwayatBulan(r, alur, 'dikembalikan').count({ jumlah: '*' });
    const [ditolak] = await riwayatBulan(r, alur, 'ditolak').count({ jumlah: '*' });

    const durasi = unggahan
      .filter((baris) => baris.diserahkan_pada)
      .map((baris) => keWaktu(baris.waktu).getTime() - keWaktu(baris.diserahkan_pada).getTime());
    const terlambat = unggahan.filter((baris) => Boolean(angka(baris.terlambat)));
    return {
      diunggah: unggahan.length,
      unggahan: unggahan.map((baris) => ({
        documentId: String(baris.dokumen_id),
        judul: String(baris.judul),
        nomorRegister: (baris.nomor_register as string | null) ?? null,
        diunggahPada: keWaktu(baris.waktu).toISOString(),
        terlambat: Boolean(angka(baris.terlambat)),
      })),
      perPlatform: await tautanPerPlatform(
        UID.kontenMedsos,
        unggahan.map((baris) => String(baris.dokumen_id)),
      ),
      perPlatformTujuan: await perPlatformTujuan(unggahan.map((baris) => String(baris.dokumen_id))),
      tepatWaktu: unggahan.length - terlambat.length,
      terlambat: terlambat.length,
      alasanTerlambat: terlambat.map((baris) => ({
        documentId: String(baris.dokumen_id),
        judul: String(baris.judul),
        nomorRegister: (baris.nomor_register as string | null) ?? null,
        alasan:
          (baris.alasan_terlambat as string | null) ??
          alasanIzin.get(String(baris.dokumen_id)) ??
          null,
      })),
      diserahkanTerlambat: angka(serahTerlambat?.jumlah),
      dikembalikan: angka(dikembalikan?.jumlah),
      ditolak: angka(ditolak?.jumlah),
      suntinganLuarSop: await suntinganLuarSop(r, UID.kontenMedsos),
      waktuProsesJam: {
        median: median(durasi) === null ? null : jam(median(durasi) as number),
        terlama: durasi.length ? jam(Math.max(...durasi)) : null,
      },
      perUnit: perUnit.map((baris) => ({
        unit: (baris.unit_pelaksana as string | null) ?? '(tanpa unit)',
        jumlah: angka(baris.jumlah),
      })),
    };
  }

  async function disposisi(r: RentangBulan): Promise<Rekap['disposisi']> {
    const alur = alurUntuk(UID.disposisi);
    const tabelDisposisi = tabel(UID.disposisi);
    // Done: in the stage the action the recap counts as `selesai` leads to.
    const tahapSelesai = [
      ...new Set(
        alur.aksi.flatMap((aksi) => (aksi.rekap === 'selesai' && aksi.ke ? [aksi.ke] : [])),
      ),
    ];
    // A sheet is counted once, by its first row (the letter as received, which carries the agenda number).
    const lembar = () => knex()(`${tabelDisposisi} as d`).whereNotNull('d.nomor_agenda');
    const [diterima] = await lembar()
      .whereBetween('d.tanggal_diterima', [r.tanggalAwal, r.tanggalAkhir])
      .count({ jumlah: '*' });
    const [selesai] = await lembar()
      .whereIn('d.document_id', riwayatBulan(r, alur, 'selesai').select('dokumen_id'))
      .count({ jumlah: '*' });
    const batasTerlambat = [r.tanggalAkhir, tanggalWib(getService('clock').now())].sort()[0];
    const [terlambat] = await lembar()
      .leftJoin(`${tabel(UID.statusAlur)} as s`, function gabung() {
        this.on('s.dokumen_id', '=', 'd.document_id').andOnVal('s.uid_konten', '=', UID.disposisi);
      })
      .where('d.batas_waktu', '<', batasTerlambat)
      .where((kueri) => {
        // knex reads the builder this callback fills; what it returns is ignored.
        kueri.whereNull('s.tahap').orWhereNotIn('s.tahap', tahapSelesai);
      })
      .count({ jumlah: '*' });
    return {
      diterima: angka(diterima?.jumlah),
      selesai: angka(selesai?.jumlah),
      terlambat: angka(terlambat?.jumlah),
    };
  }

  /** "Register dokumentasi dan konten" of the month: every number issued in it (REG/YYYY/MM/nnnn). */
  async function register(r: RentangBulan): Promise<BarisRegister[]> {
    const alur = alurUntuk(UID.kontenMedsos);
    const [tahun, bulan] = r.bulan.split('-');
    const baris = (await knex()(`${tabel(UID.statusAlur)} as s`)
      .join(`${tabel(UID.kontenMedsos)} as m`, function gabung() {
        this.on('m.document_id', '=', 's.dokumen_id').andOnNull('m.published_at');
      })
      .join(
        pertamaDalamBulan(
          { ...r, mulai: new Date(0), selesai: new Date(8.64e15) },
          alur,
          'diserahkan',
        ).as('p'),
        'p.dokumen_id',
        's.dokumen_id',
      )
      .where('s.uid_konten', UID.kontenMedsos)
      .where('s.nomor_register', 'like', `REG/${tahun}/${bulan}/%`)
      .select(
        's.nomor_register',
        's.tahap',
        'p.pertama',
        'm.judul',
        'm.unit_pelaksana',
        'm.tanggal_kegiatan',
      )
      .orderBy('s.nomor_register')) as Baris[];
    return baris.map((item) => ({
      nomorRegister: String(item.nomor_register),
      diserahkanPada: keWaktu(item.pertama).toISOString(),
      kegiatan: String(item.judul),
      // Text on both databases (Strapi reads PostgreSQL's `date` as text).
      tanggalKegiatan: item.tanggal_kegiatan
        ? (item.tanggal_kegiatan as string).slice(0, 10)
        : null,
      unit: (item.unit_pelaksana as string | null) ?? null,
      tahap: String(item.tahap),
      tahapLabel:
        alur.tahap.find((tahap) => tahap.kode === item.tahap)?.label ?? String(item.tahap),
    }));
  }

  return {
    async buat(bulan: string): Promise<Rekap> {
      const r = rentangBulanWib(bulan);
      return {
        bulan,
        zonaWaktu: TIME_ZONE,
        rentang: { mulai: r.mulai.toISOString(), selesai: r.selesai.toISOString() },
        website: await website(r),
        mediaSosial: await mediaSosial(r),
        disposisi: await disposisi(r),
        register: await register(r),
      };
    },
  };
};
