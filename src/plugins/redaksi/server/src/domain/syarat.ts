import { type DefinisiSyarat, FIELD_TAYANG_TERAKHIR } from '../workflows/types';
import { gambarDalam } from './media';
import {
  daftarPlatformTujuan,
  evaluasiPlatformTujuan,
  isiUnggahan,
  pelanggaranWajib,
} from './platform';
import { diMasaDepan } from './tenggat';

/** One condition, evaluated: what the API returns in `syarat` and in a refusal's `details`. */
export interface HasilSyarat {
  kode: string;
  terpenuhi: boolean;
  pesan: string;
  /** The document field concerned, so the admin panel can point at it. */
  field?: string;
}

export type DokumenSnapshot = Record<string, unknown>;

/** Rich text (Strapi blocks) counts as filled only when some node carries visible text. */
function blocksPunyaIsi(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(blocksPunyaIsi);
  if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record.text === 'string' && record.text.trim() !== '') return true;
    if (record.type === 'image') return true;
    return blocksPunyaIsi(record.children);
  }
  return false;
}

export function terisi(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return blocksPunyaIsi(value);
  return true;
}

/** Only images count as documentation: a PDF or a video in the same field does not. */
export function jumlahGambar(value: unknown): number {
  return gambarDalam(value).length;
}

function jumlahItem(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

export function periksaSyarat(
  syarat: DefinisiSyarat,
  dokumen: DokumenSnapshot,
  sekarang: Date,
): HasilSyarat {
  const value = dokumen[syarat.field];
  const hasil = (terpenuhi: boolean, pesan: string): HasilSyarat => ({
    kode: syarat.kode,
    terpenuhi,
    pesan,
    field: syarat.field,
  });

  switch (syarat.jenis) {
    case 'terisi': {
      const ok = terisi(value);
      return hasil(ok, ok ? `${syarat.label}: terisi` : `${syarat.label} wajib diisi`);
    }
    case 'gambar-minimal': {
      const jumlah = jumlahGambar(value);
      return hasil(
        jumlah >= syarat.minimal,
        `${syarat.label}: ${jumlah} dari minimal ${syarat.minimal} foto`,
      );
    }
    case 'item-minimal': {
      const jumlah = jumlahItem(value);
      return hasil(
        jumlah >= syarat.minimal,
        `${syarat.label}: ${jumlah} dari minimal ${syarat.minimal}`,
      );
    }
    case 'sedang-tayang': {
      const ok = value === true;
      return hasil(
        ok,
        ok
          ? `${syarat.label}: ada versi yang sedang tayang`
          : `${syarat.label}: tidak ada versi yang sedang tayang`,
      );
    }
    case 'teks-alternatif': {
      // Counted by the image's place in the field, as the editor sees the list.
      const tanpa = gambarDalam(value)
        .map((file, i) => (terisi(file.alternativeText) ? null : i + 1))
        .filter((urutan): urutan is number => urutan !== null);
      return hasil(
        tanpa.length === 0,
        tanpa.length === 0
          ? `${syarat.label}: setiap foto punya teks alternatif`
          : `${syarat.label}: foto ke-${tanpa.join(', ')} belum punya teks alternatif (uraian foto bagi pembaca yang tidak dapat melihatnya); isi lewat tombol Ubah pada foto itu`,
      );
    }
    case 'terisi-baru-sejak-tayang': {
      const terakhir = dokumen[FIELD_TAYANG_TERAKHIR] as Record<string, unknown> | null | undefined;
      // SOP 20 "Suntingan setelah tayang": only a version that replaces one the public has read
      // owes the public a correction note.
      if (!terakhir) return hasil(true, `${syarat.label}: belum pernah tayang, tidak diperlukan`);
      if (!terisi(value))
        return hasil(
          false,
          `${syarat.label} wajib diisi: materi ini pernah tayang, sampaikan kepada pembaca apa yang diubah dan mengapa`,
        );
      const sebelumnya = terakhir[syarat.field];
      const sama = terisi(sebelumnya) && String(sebelumnya).trim() === String(value).trim();
      return hasil(
        !sama,
        sama
          ? `${syarat.label} masih sama dengan catatan pada penayangan terakhir: tulis catatan baru untuk koreksi ini`
          : `${syarat.label}: terisi`,
      );
    }
    case 'tanggal-sudah-lewat': {
      // A missing date is reported once, by its own `terisi` condition.
      const ok = typeof value !== 'string' || !diMasaDepan(value, sekarang);
      return hasil(
        ok,
        ok
          ? `${syarat.label}: kegiatan sudah berlangsung`
          : `${syarat.label} ${String(value)} belum tiba: dokumentasi kegiatan yang belum berlangsung tidak dapat diserahkan`,
      );
    }
    case 'nilai-salah-satu': {
      const nama = (nilai: string) => syarat.labelNilai?.[nilai] ?? nilai;
      const ok = typeof value === 'string' && syarat.nilai.includes(value);
      const pilihan = syarat.nilai.map(nama).join(', ');
      return hasil(
        ok,
        ok
          ? `${syarat.label}: ${nama(value)}`
          : terisi(value)
            ? `${syarat.label} "${nama(String(value))}" tidak memungkinkan aksi ini; yang dapat: ${pilihan}`
            : `${syarat.label} wajib dipilih: ${pilihan}`,
      );
    }
    case 'bagian-terisi': {
      const isi = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
      const kosong = syarat.bagian.filter((bagian) => !terisi(isi[bagian.field]));
      return hasil(
        kosong.length === 0,
        kosong.length === 0
          ? `${syarat.label}: lengkap`
          : `${syarat.label} belum lengkap: ${kosong.map((bagian) => bagian.label).join(', ')} wajib diisi`,
      );
    }
    case 'sesuai-platform': {
      const platform = daftarPlatformTujuan(value);
      const gagal = pelanggaranWajib(
        evaluasiPlatformTujuan(syarat.aturan, platform, isiUnggahan(dokumen, syarat.sumber)),
      );
      return hasil(
        gagal.length === 0,
        gagal.length > 0
          ? `${syarat.label}: belum memenuhi aturan wajib; ${gagal.join('; ')}`
          : platform.length === 0
            ? `${syarat.label}: belum dipilih, tidak ada aturan platform yang diperiksa`
            : `${syarat.label}: memenuhi setiap aturan wajib`,
      );
    }
    case 'tanggal-mendatang': {
      // A missing date is reported once, by its own `terisi` condition.
      const ok = typeof value !== 'string' || diMasaDepan(value.slice(0, 10), sekarang);
      return hasil(
        ok,
        ok
          ? `${syarat.label}: belum berakhir`
          : `${syarat.label} ${String(value)} harus sesudah hari ini (WIB)`,
      );
    }
  }
}
