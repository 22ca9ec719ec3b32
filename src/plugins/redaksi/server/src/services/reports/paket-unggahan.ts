import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import type { Core } from '@strapi/strapi';
import archiver from 'archiver';
import { blokKeTeks } from '../../domain/teks-blok';
import { formatDate, formatWib } from '../../domain/tenggat';
import { type StoredFile, openFileContent } from '../../utils/files';
import { documentService } from '../../utils/document-service';
import { getService } from '../../utils/get-service';
import type { DefinisiAksi, DefinisiAlur } from '../../workflows/types';
import type { Aktor } from '../engine/aktor';

/** A package written to a temporary file, to be streamed once and removed. */
export interface PaketSiap {
  berkas: string;
  nama: string;
  buang(): Promise<void>;
}

/** A file name that every system unpacks alike: letters, digits, dot, dash and underscore. */
const namaAman = (nama: string) =>
  nama
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80) || 'berkas';

/**
 * SOP 21 langkah 5: the upload package an Admin Medsos downloads at `disetujui`: the approved
 * photos as their original files, the caption and the narrative as text, and a sheet saying what
 * it is (register number, who approved it and when, its fingerprint). The engine records the
 * download in the history; this service only writes the archive.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Write the package of an item to a temporary file. Photos are stored as they are (JPEG and
   * PNG gain nothing from compression), text is compressed.
   */
  async buat(
    alur: DefinisiAlur,
    aksi: DefinisiAksi,
    documentId: string,
    aktor: Aktor,
  ): Promise<PaketSiap> {
    if (!aksi.paket) throw new Error(`Aksi ${aksi.kode} tidak mendefinisikan paket`);
    const { foto, teks } = aksi.paket;
    const dokumen = await documentService(alur.uid).findOne({
      documentId,
      status: 'draft',
      populate: [foto],
    });
    if (!dokumen) throw new Error(`Dokumen ${documentId} tidak ditemukan`);
    const status = await getService('status').findOne(alur.uid, documentId);
    const riwayat = await getService('riwayat').list(alur.uid, documentId);
    // The decision that recorded the approved fingerprint (not a later publication or download).
    const pencatat = new Set(
      alur.aksi.filter((item) => item.sidik === 'catat').map((item) => item.kode),
    );
    const keputusan = [...riwayat].reverse().find((baris) => pencatat.has(baris.aksi));

    const folder = await mkdtemp(path.join(tmpdir(), 'redaksi-paket-'));
    const buang = () => rm(folder, { recursive: true, force: true });
    // The title field is a string attribute: text, or null when left empty.
    const judulTersimpan = dokumen[alur.antrean.judul];
    const judul = typeof judulTersimpan === 'string' ? judulTersimpan : 'tanpa-judul';
    const nama = `paket-unggahan-${namaAman(status?.nomorRegister ?? documentId)}-${namaAman(judul).slice(0, 40)}.zip`;
    const berkas = path.join(folder, nama);

    try {
      const arsip = archiver('zip', { zlib: { level: 6 } });
      const keluar = createWriteStream(berkas);
      const selesai = finished(keluar);
      arsip.pipe(keluar);
      const galat = new Promise<never>((_, reject) => arsip.on('error', reject));

      // In the field's stored order (the order of upload, a replaced photo in its place): the
      // file's own url is the original upload, never one of the resized `formats`.
      const daftarFoto = (Array.isArray(dokumen[foto]) ? dokumen[foto] : []) as Array<
        StoredFile & { name?: string; ext?: string; alternativeText?: string | null }
      >;
      const lebar = String(daftarFoto.length).length;
      const isiFoto: string[] = [];
      for (const [i, item] of daftarFoto.entries()) {
        const urut = String(i + 1).padStart(Math.max(2, lebar), '0');
        const dasar = namaAman(path.parse(item.name ?? `foto${item.ext ?? ''}`).name);
        const ext = (item.ext ?? path.extname(item.url ?? '')).toLowerCase();
        const namaFoto = `foto/${urut}-${dasar}${ext}`;
        arsip.append(await openFileContent(item, strapi.dirs.static.public), {
          name: namaFoto,
          store: true,
        });
        // Each photo's alt text goes with it: the platforms ask for it at upload (SOP 21).
        const teksAlt = item.alternativeText?.replace(/\s+/g, ' ').trim();
        isiFoto.push(namaFoto, `  Teks alternatif: ${teksAlt || '-'}`);
      }
      for (const { berkas: namaTeks, field } of teks) {
        arsip.append(`${blokKeTeks(dokumen[field]).trim()}\n`, { name: namaTeks });
      }
      const keterangan = [
        `Paket unggahan SOP ${alur.sop.nomor}: ${alur.sop.judul}`,
        '',
        `Judul             : ${judul}`,
        `Tanggal kegiatan  : ${typeof dokumen.tanggalKegiatan === 'string' ? formatDate(dokumen.tanggalKegiatan) : '-'}`,
        `Nomor register    : ${status?.nomorRegister ?? '-'}`,
        `Disetujui oleh    : ${keputusan ? `${keputusan.aktorNama} (${keputusan.peran}), ${formatWib(new Date(keputusan.waktu))}` : '-'}`,
        `Sidik persetujuan : ${status?.sidikDisetujui?.total ?? '-'}`,
        `Foto              : ${daftarFoto.length} berkas asli di folder foto/`,
        `Diunduh oleh      : ${aktor.nama}, ${formatWib(getService('clock').now())}`,
        '',
        ...(isiFoto.length > 0
          ? ['Foto, berurutan seperti di konten, dengan teks alternatifnya:', ...isiFoto, '']
          : []),
        'Isi paket ini sama dengan konten yang disetujui Pemimpin Redaksi: server memeriksa sidiknya',
        'sebelum paket dibuat. Unggah apa adanya; perubahan apa pun harus melalui alur SOP lagi.',
        '',
      ].join('\n');
      arsip.append(keterangan, { name: 'keterangan.txt' });

      await Promise.race([arsip.finalize(), galat]);
      await Promise.race([selesai, galat]);
      return { berkas, nama, buang };
    } catch (error) {
      await buang();
      throw error;
    }
  },
});
