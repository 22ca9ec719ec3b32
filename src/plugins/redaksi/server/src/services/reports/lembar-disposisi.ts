import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { KonfigurasiCetak } from '../../config';
import { PLUGIN_ID, UID } from '../../constants';
import { labelTahap } from '../../domain/mesin';
import { formatDate, formatWib } from '../../domain/tenggat';
import { getService } from '../../utils/get-service';
import type { AdminUser } from '../engine/aktor';
import { AKSI_TERIMA_DISPOSISI } from '../../workflows/disposisi';
import { barisTabel, mulaiPdf } from '../../utils/pdf';

interface BarisDisposisi {
  id: number;
  documentId: string;
  nomorAgenda: string | null;
  tanggalDiterima: string | null;
  asal: string | null;
  perihal: string;
  instruksi: string | null;
  sifat: string;
  batasWaktu: string | null;
  createdAt: string;
}

const SIFAT: Array<[string, string]> = [
  ['biasa', 'Biasa'],
  ['segera', 'Segera'],
  ['sangat-segera', 'Sangat Segera'],
  ['rahasia', 'Rahasia'],
];

/**
 * The printable lembar disposisi (SOP 20): the sheet as Indonesian offices know it, with the
 * letterhead, the agenda number, the urgency boxes and one row per forward of the chain.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(UID.disposisi);

  /** A sheet with the one it forwards (`induk`, null on the letter as received). */
  async function denganInduk(where: Record<string, unknown>) {
    return (await query().findOne({ where, populate: { induk: true } })) as
      | (BarisDisposisi & { induk: { id: number } | null })
      | null;
  }

  /** The whole chain of a sheet, from the letter as received down to the last forward. */
  async function rantai(documentId: string): Promise<BarisDisposisi[]> {
    let baris = await denganInduk({ documentId });
    if (!baris) throw new errors.NotFoundError(`Disposisi ${documentId} tidak ditemukan`);
    // `induk` is a relation: the row it names exists (deleting it removes the link too).
    while (baris.induk) baris = (await denganInduk({ id: baris.induk.id }))!;
    const hasil: BarisDisposisi[] = [];
    for (
      let sekarang: BarisDisposisi | null = baris;
      sekarang;
      sekarang = (await query().findOne({
        where: { induk: { id: sekarang.id } },
      })) as BarisDisposisi | null
    ) {
      hasil.push(sekarang);
    }
    return hasil;
  }

  return {
    async buat(documentId: string): Promise<{ nama: string; pdf: Buffer }> {
      const alur = getService('workflows').wajib(UID.disposisi);
      const lembar = await rantai(documentId);
      const [asli] = lembar;
      const daftarStatus = await getService('status').findMany(
        UID.disposisi,
        lembar.map((item) => item.documentId),
      );
      const statusPer = new Map(daftarStatus.map((status) => [status.dokumenId, status]));
      const terakhir = lembar[lembar.length - 1];
      const liputan = (await strapi.db.query(UID.liputan).findMany({
        where: { disposisi: { id: { $in: lembar.map((item) => item.id) } }, publishedAt: null },
        select: ['judul'],
      })) as Array<{ judul: string }>;

      const { kop } = strapi.config.get<KonfigurasiCetak>(`plugin::${PLUGIN_ID}.cetak`);
      const pdf = mulaiPdf({
        judulDokumen: `Lembar Disposisi ${asli.nomorAgenda ?? ''}`,
        judulHalaman: 'LEMBAR DISPOSISI',
        kop,
      });
      const { doc, lebar } = pdf;

      const baris = (label: string, nilai: string) => {
        const y = doc.y;
        doc.font('Helvetica-Bold').fontSize(10).text(label, 50, y, { width: 130 });
        doc.font('Helvetica').text(`: ${nilai}`, 180, y, { width: lebar - 130 });
        doc.moveDown(0.3);
      };
      baris('Nomor Agenda', asli.nomorAgenda ?? '-');
      baris('Tanggal Diterima', asli.tanggalDiterima ? formatDate(asli.tanggalDiterima) : '-');
      baris('Asal Surat', asli.asal ?? '-');
      baris('Perihal', asli.perihal);
      baris('Batas Waktu', asli.batasWaktu ? formatDate(asli.batasWaktu) : '-');

      // Urgency as the paper form shows it: four boxes, the applicable one ticked.
      const ySifat = doc.y + 4;
      doc.font('Helvetica-Bold').text('Sifat', 50, ySifat);
      let x = 180;
      for (const [kode, label] of SIFAT) {
        doc.rect(x, ySifat, 10, 10).stroke();
        if (asli.sifat === kode) doc.font('Helvetica-Bold').text('X', x + 2, ySifat + 1);
        doc.font('Helvetica').text(label, x + 15, ySifat, { lineBreak: false });
        x += 90;
      }
      doc.text('', 50, ySifat + 24);

      doc.font('Helvetica-Bold').fontSize(11).text('Alur Disposisi', 50);
      doc.moveDown(0.4);
      const kolom = [
        { judul: 'No', lebar: 25 },
        { judul: 'Dari', lebar: 110 },
        { judul: 'Kepada', lebar: 120 },
        { judul: 'Isi Disposisi / Instruksi', lebar: 145 },
        { judul: 'Tanggal', lebar: lebar - 400 },
      ];
      const lebarKolom = kolom.map((k) => k.lebar);
      const kepala = kolom.map((k) => k.judul);
      const tulisBaris = (isi: string[], tebal: boolean) =>
        barisTabel(pdf, lebarKolom, isi, tebal, kepala);
      tulisBaris(kepala, true);
      for (const [i, lembaran] of lembar.slice(1).entries()) {
        const status = statusPer.get(lembaran.documentId);
        // Who a row is addressed to by name is what the forwarding sheet (the row above) recorded.
        const pengirim = statusPer.get(lembar[i].documentId);
        const riwayat = await getService('riwayat').list(UID.disposisi, lembaran.documentId);
        const diterima = riwayat.find((r) => r.aksi === AKSI_TERIMA_DISPOSISI);
        const tujuan = labelTahap(alur, diterima?.ke ?? status?.tahap ?? '').replace(/^Di /, '');
        const penerima = (await strapi.db
          .query('admin::user')
          .findMany({ where: { id: { $in: pengirim?.penugasan ?? [] } } })) as AdminUser[];
        const nama = penerima.map((user) =>
          [user.firstname, user.lastname].filter(Boolean).join(' '),
        );
        tulisBaris(
          [
            String(i + 1),
            lembaran.asal ?? '-',
            [tujuan, ...nama].join('\n'),
            lembaran.instruksi ?? '-',
            diterima?.waktu
              ? formatWib(new Date(diterima.waktu))
              : formatDate(lembaran.tanggalDiterima ?? ''),
          ],
          false,
        );
      }
      if (lembar.length === 1) tulisBaris(['-', '-', '-', 'Belum diteruskan', '-'], false);

      doc.moveDown(1);
      const statusAkhir = statusPer.get(terakhir.documentId);
      doc
        .font('Helvetica-Bold')
        .fontSize(10)
        .text(`Status: ${labelTahap(alur, statusAkhir?.tahap ?? alur.tahapAwal)}`, 50);
      if (liputan.length > 0) {
        doc
          .font('Helvetica')
          .text(`Dilaksanakan dengan liputan: ${liputan.map((item) => item.judul).join('; ')}`);
      }
      doc.moveDown(0.5);
      doc
        .font('Helvetica')
        .fontSize(8)
        .text(
          `Dicetak dari Sistem Redaksi ${kop.instansi}, ${formatWib(getService('clock').now())}`,
        );
      const nama = `lembar-disposisi-${(asli.nomorAgenda ?? asli.documentId).replace(/[^0-9A-Za-z]+/g, '-')}.pdf`;
      return { nama, pdf: await pdf.selesai() };
    },
  };
};
