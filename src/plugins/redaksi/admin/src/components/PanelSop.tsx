import * as React from 'react';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { Box, Button, Flex, Modal, Typography } from '@strapi/design-system';
import { CheckCircle, CrossCircle, Download } from '@strapi/icons';
import { useDownload } from '../hooks/useDownload';
import { AsalRantai } from './AsalRantai';
import { StatusBadge } from './StatusBadge';
import { useGetAlurQuery } from '../services/api';
import type { DefinisiAlur, TampilanDokumen } from '../types';
import { labelAksi, labelTahap, namaSop } from '../utils/alur';
import { errorMessage, useText } from '../utils/text';
import { formatDate, formatWib, timeLeft } from '../utils/time';
import {
  LABEL_DASAR_PENGECUALIAN,
  LABEL_KLASIFIKASI_INFORMASI,
  PENJELASAN_KLASIFIKASI_INFORMASI,
} from '../../../shared/label';
import { useTampilanSop } from '../hooks/useTampilanSop';
import { riwayatTampil } from '../utils/riwayat';
import { GaleriFoto } from './GaleriFoto';
import { PerubahanDokumen } from './PerubahanDokumen';
import { PlatformTujuan } from './PlatformTujuan';
import { alasanTerbitTertutup } from './AksiDokumen';
import { FormAksi } from './FormAksi';

type Teks = ReturnType<typeof useText>;

/**
 * The return the item still stands under, first thing in the panel: who sent it back, when, and
 * what to fix (the note is the instruction). Not dismissible: it stays until the item moves on.
 */
function Pengembalian({ data, t }: { data: TampilanDokumen; t: Teks }) {
  if (!data.dikembalikan) return null;
  const { oleh, waktu, catatan } = data.dikembalikan;
  return (
    <Box
      background="danger100"
      borderColor="danger200"
      hasRadius
      padding={3}
      role="status"
      data-testid="redaksi-dikembalikan"
    >
      <Typography variant="omega" fontWeight="bold" textColor="danger700" tag="p">
        {t('panel.dikembalikan', 'Dikembalikan oleh {oleh} pada {waktu}', {
          oleh,
          waktu: formatWib(waktu),
        })}
      </Typography>
      {catatan ? (
        <Typography variant="omega" textColor="neutral800" tag="p">
          {catatan}
        </Typography>
      ) : null}
    </Box>
  );
}

/**
 * A publication scheduled at an hour and still pending (issue #26): when, in WIB, and who set it.
 * Cancelling it is the action "Batalkan Jadwal Tayang" among the panel's actions.
 */
function JadwalTayang({ data, t }: { data: TampilanDokumen; t: Teks }) {
  if (!data.jadwalTayang) return null;
  return (
    <Box
      background="primary100"
      borderColor="primary200"
      hasRadius
      padding={3}
      role="status"
      data-testid="redaksi-jadwal-tayang"
    >
      <Typography variant="omega" fontWeight="bold" textColor="primary700" tag="p">
        {t('panel.jadwalTayang', 'Terjadwal tayang {waktu}, dipasang oleh {oleh}', {
          waktu: data.jadwalTayang.waktuTeks,
          oleh: data.jadwalTayang.pemasang.nama,
        })}
      </Typography>
    </Box>
  );
}

/**
 * The item's printed sheet (the disposition sheet), downloaded with the session's token: a plain
 * link would reach the admin route without it and get an English 401.
 */
function LembarCetak({ data }: { data: TampilanDokumen }) {
  const { unduh, berjalan } = useDownload();
  if (!data.lembarCetak) return null;
  const { label, jalur } = data.lembarCetak;
  return (
    <Button
      variant="secondary"
      startIcon={<Download />}
      loading={berjalan === 'lembar'}
      onClick={() => void unduh('lembar', jalur, {}, 'lembar-disposisi.pdf')}
      data-testid="redaksi-lembar-cetak"
    >
      {label}
    </Button>
  );
}

function Bagian({ judul, children }: { judul: string; children: React.ReactNode }) {
  return (
    <Flex direction="column" alignItems="stretch" gap={2} tag="section" aria-label={judul}>
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {judul}
      </Typography>
      {children}
    </Flex>
  );
}

function Tahap({
  data,
  alur,
  t,
}: {
  data: TampilanDokumen;
  alur: DefinisiAlur | undefined;
  t: Teks;
}) {
  const akhir =
    data.tahap === alur?.tahapTayang ||
    Boolean(alur?.tahap.find((tahap) => tahap.kode === data.tahap)?.akhir);
  return (
    <Bagian judul={t('panel.tahap', 'Tahap')}>
      <Flex gap={2} wrap="wrap">
        <StatusBadge warna="primary" testId="redaksi-tahap">
          {data.tahapLabel}
        </StatusBadge>
        {data.diserahkanUlang ? (
          <StatusBadge warna="secondary" testId="redaksi-diserahkan-ulang">
            {t('panel.diserahkanUlang', 'Diserahkan ulang')}
          </StatusBadge>
        ) : null}
        {/* An item handed on says where its chain is now instead (below), not its own last step. */}
        {data.posisi && !data.sekarangDi ? (
          <Typography variant="pi" textColor="neutral600">
            {t('panel.langkahDari', 'Langkah {urutan} dari {jumlah}', data.posisi)}
          </Typography>
        ) : null}
      </Flex>
      {data.menunggu.length > 0 ? (
        <Typography variant="pi">
          {t('panel.menunggu', 'Menunggu: {peran}', {
            peran: data.menunggu.map((peran) => peran.nama).join(', '),
          })}
        </Typography>
      ) : data.sekarangDi ? (
        <Typography variant="pi" data-testid="redaksi-sekarang-di">
          {t('panel.sekarangDi', 'Sekarang di: {tahap}', { tahap: data.sekarangDi.tahapLabel })}
          {data.sekarangDi.ditugaskan.length > 0
            ? ` (${data.sekarangDi.ditugaskan.join(', ')})`
            : data.sekarangDi.menunggu.length > 0
              ? ` (${data.sekarangDi.menunggu.join(', ')})`
              : ''}
        </Typography>
      ) : akhir ? (
        <Typography variant="pi">{t('panel.selesai', 'Alur selesai di tahap ini.')}</Typography>
      ) : (
        <Typography variant="pi">
          {t('panel.otomatis', 'Tidak menunggu siapa pun: tahap ini berlanjut otomatis.')}
        </Typography>
      )}
      {data.nomorRegister ? (
        <Typography variant="pi">
          {t('panel.register', 'No. register: {nomor}', { nomor: data.nomorRegister })}
        </Typography>
      ) : null}
      {data.ditugaskan.length > 0 ? (
        <Typography variant="pi">
          {t('panel.ditugaskan', 'Ditugaskan kepada: {nama}', {
            nama: data.ditugaskan.map((orang) => orang.nama).join(', '),
          })}
        </Typography>
      ) : null}
      {data.aksi.length > 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {t('panel.tindakanAnda', 'Tindakan Anda: {aksi}', {
            aksi: data.aksi
              .map((aksi) =>
                aksi.melalui === 'publish'
                  ? t('panel.lewatPublish', '{aksi} (tombol Terbit)', { aksi: aksi.label })
                  : aksi.label,
              )
              .join(', '),
          })}
        </Typography>
      ) : null}
      <TerbitTertutup data={data} alur={alur} t={t} />
    </Bagian>
  );
}

/**
 * Why Strapi's Publish is disabled for this user here (issue #24): said in the panel too, since a
 * disabled button in the "⋯" menu cannot be opened to be read.
 */
function TerbitTertutup({
  data,
  alur,
  t,
}: {
  data: TampilanDokumen;
  alur: DefinisiAlur | undefined;
  t: Teks;
}) {
  const { data: definisi } = useGetAlurQuery();
  const namaPeran = (kode: string) =>
    definisi?.peran.find((peran) => peran.kode === kode)?.nama ?? kode;
  const alasan = alasanTerbitTertutup(data, alur, namaPeran, t);
  if (!alasan) return null;
  return (
    <Typography variant="pi" textColor="neutral600" data-testid="redaksi-terbit-tertutup">
      {t('panel.terbitTertutup', 'Tombol Terbit belum aktif: {alasan}.', { alasan })}
    </Typography>
  );
}

/**
 * Issue #24: the late permission asked for from where the refusal is read. The button opens the
 * action's own dialog (the reason goes in its note); shown only while the server offers the
 * action to this user (`selamaPerluIzin` in the workflow, open in the view's actions).
 */
function MintaIzin({
  data,
  alur,
  uid,
  t,
}: {
  data: TampilanDokumen;
  alur: DefinisiAlur | undefined;
  uid: string;
  t: Teks;
}) {
  const [terbuka, setTerbuka] = React.useState(false);
  const minta = alur?.aksi.find((aksi) => aksi.selamaPerluIzin && aksi.dari.includes(data.tahap));
  const aksi = minta && data.aksi.find((item) => item.kode === minta.kode);
  const belumTerpenuhi = React.useMemo(
    () =>
      aksi ? data.syarat.filter((syarat) => syarat.aksi === aksi.kode && !syarat.terpenuhi) : [],
    [data, aksi],
  );
  const diminta = data.terlambat.perluIzin?.diminta;
  return (
    <>
      {diminta ? (
        <Typography variant="pi" data-testid="redaksi-izin-diminta">
          {t('panel.izinDiminta', 'Izin terlambat diminta oleh {oleh} pada {waktu}.', {
            oleh: diminta.oleh,
            waktu: diminta.waktuTeks,
          })}
        </Typography>
      ) : null}
      {aksi ? (
        <Box>
          <Button
            variant="danger-light"
            size="S"
            onClick={() => setTerbuka(true)}
            data-testid="redaksi-minta-izin"
          >
            {aksi.label}
          </Button>
        </Box>
      ) : null}
      {aksi && terbuka ? (
        <Modal.Root open onOpenChange={(buka: boolean) => setTerbuka(buka)}>
          <Modal.Content>
            <Modal.Header>
              <Modal.Title>{`${aksi.label} (SOP ${data.sop.nomor})`}</Modal.Title>
            </Modal.Header>
            <FormAksi
              uid={uid}
              documentId={data.documentId}
              aksi={aksi}
              belumTerpenuhi={belumTerpenuhi}
              onClose={() => setTerbuka(false)}
            />
          </Modal.Content>
        </Modal.Root>
      ) : null}
    </>
  );
}

function Tenggat({
  data,
  alur,
  t,
}: {
  data: TampilanDokumen;
  alur: DefinisiAlur | undefined;
  t: Teks;
}) {
  if (data.tenggat.length === 0 && !data.terlambat.ya) return null;
  return (
    <Bagian judul={t('panel.tenggat', 'Tenggat')}>
      {data.tenggat.map((tenggat) => {
        const sisa = timeLeft(tenggat.batas);
        return (
          <Box key={tenggat.aksi} data-testid="redaksi-tenggat">
            <Typography variant="pi" fontWeight="bold">
              {tenggat.label}: {formatWib(tenggat.batas)}
            </Typography>{' '}
            <Typography variant="pi" textColor={sisa.lewat ? 'danger600' : 'success600'}>
              ({sisa.teks})
            </Typography>
          </Box>
        );
      })}
      {data.terlambat.tercatat ? (
        <Typography variant="pi" textColor="danger600">
          {data.terlambat.alasan
            ? t('panel.terlambatAlasan', 'Tercatat terlambat. Alasan: {alasan}', {
                alasan: data.terlambat.alasan,
              })
            : t('panel.terlambat', 'Tercatat terlambat.')}
        </Typography>
      ) : null}
      {data.terlambat.perluIzin ? (
        <Typography variant="pi" textColor="danger600" data-testid="redaksi-perlu-izin-panel">
          {t(
            'panel.perluIzin',
            'Batas {batas} sudah lewat: unggahan memerlukan izin terlambat dari {pemberi}. Mintalah izin itu sebelum mengunggah; tanpa izin, unggahan ditolak.',
            {
              batas: data.terlambat.perluIzin.batasTeks,
              pemberi: data.terlambat.perluIzin.pemberi.join(' atau '),
            },
          )}
        </Typography>
      ) : null}
      {data.terlambat.perluIzin ? <MintaIzin data={data} alur={alur} uid={data.uid} t={t} /> : null}
      {data.terlambat.izinTerlambat ? (
        <Typography variant="pi">
          {t('panel.izinTerlambat', 'Pimpinan telah mengizinkan unggahan terlambat.')}
        </Typography>
      ) : null}
    </Bagian>
  );
}

function Syarat({ data, t }: { data: TampilanDokumen; t: Teks }) {
  if (data.syarat.length === 0) return null;
  // A stage may offer alternatives, each with its own conditions (the Verifikator approves or
  // exempts): grouped under the action they belong to, they read as a choice, not one long list.
  const kelompok = new Map<string, TampilanDokumen['syarat']>();
  for (const syarat of data.syarat)
    kelompok.set(syarat.aksi, [...(kelompok.get(syarat.aksi) ?? []), syarat]);
  const labelAksi = (kode: string) => data.aksi.find((aksi) => aksi.kode === kode)?.label ?? kode;
  return (
    <Bagian judul={t('panel.syarat', 'Syarat')}>
      {[...kelompok].map(([aksi, daftar]) => (
        <Flex key={aksi} direction="column" alignItems="stretch" gap={1}>
          {kelompok.size > 1 ? (
            <Typography variant="pi" fontWeight="bold" textColor="neutral700">
              {t('panel.syaratUntuk', 'Untuk {aksi}:', { aksi: labelAksi(aksi) })}
            </Typography>
          ) : null}
          <Flex direction="column" alignItems="stretch" gap={1} tag="ul">
            {daftar.map((syarat) => (
              <Flex
                key={syarat.kode}
                gap={2}
                tag="li"
                alignItems="flex-start"
                data-testid="redaksi-syarat"
                data-terpenuhi={syarat.terpenuhi}
              >
                {syarat.terpenuhi ? (
                  <CheckCircle fill="success600" aria-label={t('panel.terpenuhi', 'terpenuhi')} />
                ) : (
                  <CrossCircle
                    fill="danger600"
                    aria-label={t('panel.belumTerpenuhi', 'belum terpenuhi')}
                  />
                )}
                <Typography variant="pi" textColor={syarat.terpenuhi ? 'neutral800' : 'danger600'}>
                  {syarat.pesan}
                </Typography>
              </Flex>
            ))}
          </Flex>
        </Flex>
      ))}
    </Bagian>
  );
}

/**
 * Whether the editor may change the content here (the server decides; this says it before they
 * type), whether what would go online still is what was approved, and whether the history holds.
 */
function Penyuntingan({ data, t }: { data: TampilanDokumen; t: Teks }) {
  const { sunting, sidik, rantai } = data;
  return (
    <Bagian judul={t('panel.penyuntingan', 'Penyuntingan')}>
      {!sunting.boleh ? (
        <Typography variant="pi" textColor="danger600" data-testid="redaksi-terkunci">
          {sunting.pesan}
        </Typography>
      ) : sunting.pesan ? (
        <Typography variant="pi" textColor="neutral800" fontWeight="semiBold">
          {sunting.pesan}
        </Typography>
      ) : (
        <Typography variant="pi">
          {sunting.field
            ? t('panel.suntingField', 'Anda dapat mengubah: {field}. Isi lain sudah diputuskan.', {
                field: sunting.field.join(', '),
              })
            : t('panel.suntingBoleh', 'Anda dapat mengubah isi dokumen pada tahap ini.')}
        </Typography>
      )}
      {sidik.berubah.length > 0 ? (
        <Typography
          variant="pi"
          textColor="danger600"
          fontWeight="bold"
          data-testid="redaksi-sidik-berubah"
        >
          {t('panel.sidikBerubah', 'Konten berubah sejak disetujui: {field}', {
            field: sidik.berubah.join(', '),
          })}
        </Typography>
      ) : sidik.disetujui ? (
        <Typography variant="pi" textColor="success600">
          {t('panel.sidikSama', 'Konten sama dengan yang disetujui.')}
        </Typography>
      ) : null}
      {sidik.berubahOnline.length > 0 ? (
        <Typography
          variant="pi"
          textColor="danger600"
          fontWeight="bold"
          data-testid="redaksi-sidik-berubah-online"
        >
          {t(
            'panel.sidikBerubahOnline',
            'Versi yang tayang berbeda dari yang diterbitkan: {field}. Perubahan ini terjadi di luar sistem; laporkan kepada Pemimpin Redaksi.',
            { field: sidik.berubahOnline.join(', ') },
          )}
        </Typography>
      ) : null}
      {!rantai.utuh ? (
        <Typography variant="pi" textColor="danger600" fontWeight="bold">
          {t('panel.rantaiRusak', 'Riwayat tidak utuh: {alasan}', {
            alasan: rantai.alasan ?? `baris #${rantai.rusakPada ?? '?'}`,
          })}
        </Typography>
      ) : rantai.peringatan ? (
        <Typography variant="pi" textColor="warning600">
          {rantai.peringatan}
        </Typography>
      ) : null}
    </Bagian>
  );
}

function Riwayat({
  data,
  alur,
  t,
}: {
  data: TampilanDokumen;
  alur: DefinisiAlur | undefined;
  t: Teks;
}) {
  return (
    <Bagian judul={t('panel.riwayat', 'Riwayat')}>
      {data.riwayat.length === 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {t('panel.riwayatKosong', 'Belum ada tindakan.')}
        </Typography>
      ) : (
        <Flex direction="column" alignItems="stretch" gap={3} tag="ol">
          {riwayatTampil(data.riwayat).map(({ baris, kali }, i) => (
            <Box
              key={i}
              tag="li"
              paddingLeft={3}
              borderColor="neutral200"
              style={{ borderLeftWidth: 2, borderLeftStyle: 'solid' }}
            >
              <Typography variant="pi" fontWeight="bold" tag="p">
                {labelAksi(alur, baris.aksi, baris.dari)}
                {kali > 1 ? ` ${t('panel.riwayatKali', '({kali} kali)', { kali })}` : ''} ·{' '}
                {baris.aktor.nama}
              </Typography>
              <Typography variant="pi" textColor="neutral600" tag="p">
                {formatWib(baris.waktu)} · {labelTahap(alur, baris.dari)} →{' '}
                {labelTahap(alur, baris.ke)}
              </Typography>
              {baris.note ? (
                <Typography variant="pi" tag="p">
                  “{baris.note}”
                </Typography>
              ) : null}
              {baris.perubahan?.length ? (
                <Typography variant="pi" textColor="neutral800" tag="p">
                  {t('panel.riwayatPerubahan', 'Berubah: {field}', {
                    field: baris.perubahan.join(', '),
                  })}
                </Typography>
              ) : null}
              {baris.pengecualian ? (
                <Typography variant="pi" textColor="danger600" tag="p">
                  {baris.pengecualian === 'pemisahan-tugas'
                    ? t(
                        'panel.pengecualianPemisahan',
                        'Dikecualikan dari pemisahan tugas (Super Admin).',
                      )
                    : t('panel.pengecualianSunting', 'Di luar aturan penyuntingan SOP.')}
                </Typography>
              ) : null}
              {baris.terlambat ? (
                <Typography variant="pi" textColor="danger600" tag="p">
                  {baris.alasanTerlambat
                    ? t('panel.terlambatAlasan', 'Tercatat terlambat. Alasan: {alasan}', {
                        alasan: baris.alasanTerlambat,
                      })
                    : t('panel.terlambat', 'Tercatat terlambat.')}
                </Typography>
              ) : null}
            </Box>
          ))}
        </Flex>
      )}
    </Bagian>
  );
}

/**
 * The item's public-information classification (UU 14/2008, SOP 20 langkah 7), as saved: its
 * category, and for exempt information its Pasal 17 basis and when it is reviewed again. Whoever
 * may classify now (the server says so: the Verifikator at verifikasi) reads what each category
 * means before choosing it in the form.
 */
function KlasifikasiInformasi({
  data,
  alur,
  dokumen,
  t,
}: {
  data: TampilanDokumen;
  alur: DefinisiAlur | undefined;
  dokumen: Record<string, unknown> | undefined;
  t: Teks;
}) {
  if (!alur?.fieldKeputusan?.includes('klasifikasi')) return null;
  const teks = (nilai: unknown) => (typeof nilai === 'string' && nilai !== '' ? nilai : null);
  const kode = teks(dokumen?.klasifikasi);
  const dasar = teks(dokumen?.dasarPengecualian);
  const berlakuSampai = teks(dokumen?.berlakuSampai);
  const mengklasifikasi =
    data.sunting.boleh && Boolean(data.sunting.field?.includes('klasifikasi'));
  return (
    <Bagian judul={t('panel.klasifikasi', 'Klasifikasi informasi')}>
      <Box data-testid="redaksi-klasifikasi">
        {kode ? (
          <StatusBadge
            warna={kode === 'dikecualikan' ? 'danger' : 'primary'}
            testId="redaksi-klasifikasi-kategori"
          >
            {LABEL_KLASIFIKASI_INFORMASI[kode] ?? kode}
          </StatusBadge>
        ) : (
          <Typography variant="pi" textColor="neutral600">
            {t(
              'panel.klasifikasiBelum',
              'Belum diklasifikasikan: Verifikator menetapkannya pada tahap Verifikasi (UU 14/2008).',
            )}
          </Typography>
        )}
      </Box>
      {kode === 'dikecualikan' ? (
        <>
          <Typography variant="pi">
            {t('panel.klasifikasiDasar', 'Dasar: {dasar}', {
              dasar: (dasar && LABEL_DASAR_PENGECUALIAN[dasar]) ?? dasar ?? '–',
            })}
          </Typography>
          <Typography variant="pi" textColor="danger600" data-testid="redaksi-tinjau-ulang">
            {t('panel.klasifikasiTinjau', 'Tidak akan tayang. Ditinjau ulang setelah {tanggal}.', {
              tanggal: formatDate(berlakuSampai),
            })}
          </Typography>
        </>
      ) : null}
      {mengklasifikasi ? (
        <Flex
          direction="column"
          alignItems="stretch"
          gap={2}
          data-testid="redaksi-penjelasan-klasifikasi"
        >
          <Typography variant="pi" textColor="neutral600">
            {t(
              'panel.klasifikasiPilih',
              'Pilih klasifikasi pada formulir dan simpan sebelum memutuskan. Informasi berkala, serta-merta dan setiap saat dapat tayang; informasi dikecualikan tidak pernah tayang dan wajib disertai dasar Pasal 17, uji konsekuensi, serta masa berlaku.',
            )}
          </Typography>
          <Flex direction="column" alignItems="stretch" gap={1} tag="dl">
            {Object.entries(PENJELASAN_KLASIFIKASI_INFORMASI).map(([nilai, penjelasan]) => (
              <Box key={nilai}>
                <Typography variant="pi" fontWeight="bold" tag="dt">
                  {LABEL_KLASIFIKASI_INFORMASI[nilai] ?? nilai}
                </Typography>
                <Typography variant="pi" tag="dd">
                  {penjelasan}
                </Typography>
              </Box>
            ))}
          </Flex>
        </Flex>
      ) : null}
    </Bagian>
  );
}

/** The SOP as the editor sees it beside the item: stage, deadline, conditions, history. */
export const PanelSop: PanelComponent = ({ model, documentId, document: dokumen }) => {
  const t = useText();
  const { diatur, data, error, isLoading, refetch } = useTampilanSop(model, documentId);
  const { data: definisi } = useGetAlurQuery();
  if (!diatur) return null;
  const alur = definisi?.alur.find((item) => item.uid === model);
  const judul = t('panel.judul', 'Alur {sop}', { sop: namaSop(alur, 'SOP') });

  let content: React.ReactNode;
  if (!documentId) {
    content = (
      <Typography variant="pi">
        {t('panel.belumDisimpan', 'Simpan dokumen ini untuk memulai alur SOP.')}
      </Typography>
    );
  } else if (error) {
    content = (
      <Typography variant="pi" textColor="danger600">
        {errorMessage(error, t('panel.gagal', 'Status SOP tidak dapat dimuat.'))}
      </Typography>
    );
  } else if (isLoading || !data) {
    content = <Typography variant="pi">{t('umum.memuat', 'Memuat…')}</Typography>;
  } else {
    content = (
      <Flex direction="column" alignItems="stretch" gap={4} data-testid="redaksi-panel">
        <Pengembalian data={data} t={t} />
        <JadwalTayang data={data} t={t} />
        <Tahap data={data} alur={alur} t={t} />
        <AsalRantai data={data} />
        <LembarCetak data={data} />
        <Tenggat data={data} alur={alur} t={t} />
        <Syarat data={data} t={t} />
        <KlasifikasiInformasi data={data} alur={alur} dokumen={dokumen} t={t} />
        <GaleriFoto alur={alur} muatUlang={refetch} t={t} />
        <PlatformTujuan data={data} t={t} />
        <Penyuntingan data={data} t={t} />
        <PerubahanDokumen data={data} t={t} />
        <Riwayat data={data} alur={alur} t={t} />
      </Flex>
    );
  }
  return { title: judul, content };
};
PanelSop.displayName = 'PanelSop';
