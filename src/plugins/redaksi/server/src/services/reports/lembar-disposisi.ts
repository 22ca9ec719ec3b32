import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { KonfigurasiCetak } from '../../config';
import { PLUGIN_ID, UID } from '../../constants';
import { labelTahap } from '../../domain/mesin';
import { formatDate, formatPendekWib, formatWib } from '../../domain/tenggat';
import { PERAN } from '../../../../shared/peran';
import { getService } from '../../utils/get-service';
import type { AdminUser } from '../engine/aktor';
import { barisTabel, HURUF, mulaiPdf } from '../../utils/pdf';

interface BarisDisposisi {
  id: number;
  documentId: string;
  nomorAgenda: string | null;
  tanggalDiterima: string | null;
  asal: string | null;
  nomorSurat: string | null;
  tanggalSurat: string | null;
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
 * letterhead, the letter as received (sender, number and date, agenda number, urgency boxes), one
 * row per forward naming the people with a paraf column, and room for handwritten notes.
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

      // The letter as received, as the paper form's upper half records it.
      const baris = (label: string, nilai: string) => {
        const y = doc.y;
        doc.font(HURUF.tebal).fontSize(10).text(label, 50, y, { width: 130 });
        doc.font(HURUF.biasa).text(`: ${nilai}`, 180, y, { width: lebar - 130 });
        doc.moveDown(0.3);
      };
      baris('Surat dari', asli.asal ?? '-');
      baris('Nomor Surat', asli.nomorSurat ?? '-');
      baris('Tanggal Surat', asli.tanggalSurat ? formatDate(asli.tanggalSurat) : '-');
      baris('Diterima Tanggal', asli.tanggalDiterima ? formatDate(asli.tanggalDiterima) : '-');
      baris('Nomor Agenda', asli.nomorAgenda ?? '-');
      baris('Perihal', asli.perihal);
      baris('Batas Waktu', asli.batasWaktu ? formatDate(asli.batasWaktu) : '-');

      // Urgency as the paper form shows it: four boxes, the applicable one ticked.
      const ySifat = doc.y + 4;
      doc.font(HURUF.tebal).text('Sifat', 50, ySifat);
      let x = 180;
      for (const [kode, label] of SIFAT) {
        doc.rect(x, ySifat, 10, 10).stroke();
        if (asli.sifat === kode) doc.font(HURUF.tebal).text('X', x + 2, ySifat + 1);
        doc.font(HURUF.biasa).text(label, x + 15, ySifat, { lineBreak: false });
        x += 90;
      }
      doc.x = 50;
      doc.y = ySifat + 24;

      doc.font(HURUF.tebal).fontSize(11).text('Alur Disposisi', 50);
      doc.moveDown(0.4);
      const kolom = [
        { judul: 'No', lebar: 22 },
        { judul: 'Dari', lebar: 95 },
        { judul: 'Kepada', lebar: 95 },
        { judul: 'Isi Disposisi / Instruksi', lebar: 140 },
        { judul: 'Tanggal', lebar: 85 },
      ];
      const sisa = lebar - kolom.reduce((jumlah, k) => jumlah + k.lebar, 0);
      kolom.push({ judul: 'Paraf', lebar: sisa });
      const lebarKolom = kolom.map((k) => k.lebar);
      const kepala = kolom.map((k) => k.judul);
      const tulisBaris = (isi: string[], tebal: boolean) =>
        barisTabel(pdf, lebarKolom, isi, tebal, kepala);
      tulisBaris(kepala, true);

      // One row per forward, naming people, not offices: who forwarded (and as what), and who took
      // the sheet up next (the person assigned, else whoever acted on the next sheet, else the
      // office it waits at). Row 1 carries the PPID officer's own instruction on the letter.
      const riwayatPer = await Promise.all(
        lembar.map((item) => getService('riwayat').list(UID.disposisi, item.documentId)),
      );
      // A person's act on a sheet is its workflow's transition (a forward, taking it up to write
      // the article); the engine's own rows (received, done) are not anyone's act.
      const aksiOrang = new Set(
        alur.aksi.filter((aksi) => aksi.melalui === 'transisi').map((aksi) => aksi.kode),
      );
      const tindakan = (i: number) => riwayatPer[i]?.find((r) => aksiOrang.has(r.aksi));
      const orang = (nama: string, peran: string) =>
        `${nama}\n(${PERAN.find((p) => p.kode === peran)?.nama.split(' (')[0] ?? peran})`;
      for (let i = 0; i < lembar.length - 1; i += 1) {
        const terus = tindakan(i);
        const penerima = (await strapi.db.query('admin::user').findMany({
          where: { id: { $in: statusPer.get(lembar[i].documentId)?.penugasan ?? [] } },
        })) as AdminUser[];
        const berikut = tindakan(i + 1);
        const kepada =
          penerima.length > 0
            ? penerima.map((user) => [user.firstname, user.lastname].filter(Boolean).join(' '))
            : berikut
              ? [orang(berikut.aktorNama, berikut.peran)]
              : [
                  labelTahap(alur, statusPer.get(lembar[i + 1].documentId)?.tahap ?? '').replace(
                    /^Di /,
                    '',
                  ),
                ];
        const isi = [i === 0 ? lembar[0].instruksi : null, terus?.note ?? lembar[i + 1].instruksi]
          .filter((teks): teks is string => Boolean(teks?.trim()))
          .join('\n');
        tulisBaris(
          [
            String(i + 1),
            terus ? orang(terus.aktorNama, terus.peran) : (lembar[i + 1].asal ?? '-'),
            kepada.join('\n'),
            isi || '-',
            terus ? formatPendekWib(new Date(terus.waktu)) : '-',
            '',
          ],
          false,
        );
      }
      if (lembar.length === 1)
        tulisBaris(['1', '-', '-', asli.instruksi?.trim() || 'Belum diteruskan', '-', ''], false);

      // Room for what is written by hand on the paper copy.
      doc.moveDown(0.8);
      if (doc.y + 90 > doc.page.height - 50) doc.addPage();
      doc.font(HURUF.tebal).fontSize(10).text('Catatan', 50);
      const yCatatan = doc.y + 4;
      doc.rect(50, yCatatan, lebar, 70).stroke();
      for (let garis = 1; garis < 4; garis += 1)
        doc
          .moveTo(56, yCatatan + garis * 17.5)
          .lineTo(44 + lebar, yCatatan + garis * 17.5)
          .dash(1, { space: 2 })
          .stroke()
          .undash();
      doc.x = 50;
      doc.y = yCatatan + 80;

      const statusAkhir = statusPer.get(terakhir.documentId);
      doc
        .font(HURUF.tebal)
        .fontSize(10)
        .text(`Status: ${labelTahap(alur, statusAkhir?.tahap ?? alur.tahapAwal)}`, 50);
      if (liputan.length > 0) {
        doc
          .font(HURUF.biasa)
          .text(`Dilaksanakan dengan liputan: ${liputan.map((item) => item.judul).join('; ')}`);
      }
      doc.moveDown(0.5);
      doc
        .font(HURUF.biasa)
        .fontSize(8)
        .text(
          `Dicetak dari Sistem Redaksi ${kop.instansi}, ${formatWib(getService('clock').now())}`,
        );
      const nama = `lembar-disposisi-${(asli.nomorAgenda ?? asli.documentId).replace(/[^0-9A-Za-z]+/g, '-')}.pdf`;
      return { nama, pdf: await pdf.selesai() };
    },
  };
};
