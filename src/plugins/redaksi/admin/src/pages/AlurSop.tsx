import { Page } from '@strapi/strapi/admin';
import { Badge, Box, Flex, Tabs, Typography } from '@strapi/design-system';
import { ArrowDown } from '@strapi/icons';
import { PluginPage } from '../components/PluginPage';
import { useGetAlurQuery } from '../services/api';
import type { DefinisiAksi, DefinisiAlur } from '../types';
import { labelTahap } from '../utils/alur';
import { errorMessage, useText } from '../utils/text';
import { formatDate } from '../utils/time';

type Teks = ReturnType<typeof useText>;

function teksTenggat(aksi: DefinisiAksi, t: Teks): string | null {
  if (!aksi.tenggat) return null;
  const dasar: Record<string, string> = {
    diserahkanPada: t('alur.dasar.diserahkan', 'sejak diserahkan'),
    tanggalKegiatan: t('alur.dasar.kegiatan', 'sejak tanggal kegiatan (H)'),
    batasWaktu: t('alur.dasar.batasWaktu', 'sejak batas waktu disposisi'),
  };
  const jenis =
    aksi.tenggat.jenisHari === 'kerja'
      ? t('alur.hariKerja', 'hari kerja')
      : t('alur.hariKalender', 'hari kalender');
  return t('alur.tenggat', 'Tenggat H+{hari} ({jenis}) {dasar}', {
    hari: aksi.tenggat.hari,
    jenis,
    dasar: dasar[aksi.tenggat.dasar] ?? aksi.tenggat.dasar,
  });
}

function teksCara(aksi: DefinisiAksi, t: Teks): string {
  switch (aksi.melalui) {
    case 'publish':
      return t('alur.melalui.publish', 'dengan tombol Terbit');
    case 'suntingan':
      return t('alur.melalui.suntingan', 'otomatis saat konten yang tayang disunting');
    case 'sistem':
      return t('alur.melalui.sistem', 'otomatis oleh sistem');
    case 'unduhan':
      return t('alur.melalui.unduhan', 'dengan tombol unduh di panel dokumen, tercatat di riwayat');
    default:
      return t('alur.melalui.transisi', 'dengan tombol tindakan di panel dokumen');
  }
}

function KartuAksi({
  aksi,
  alur,
  namaPeran,
  t,
}: {
  aksi: DefinisiAksi;
  alur: DefinisiAlur;
  namaPeran: (kode: string) => string;
  t: Teks;
}) {
  const syarat = aksi.syarat.map((item) =>
    'minimal' in item ? `${item.label} (min. ${item.minimal})` : item.label,
  );
  if (aksi.catatanWajib) syarat.push(t('alur.catatanWajib', 'catatan wajib'));
  // What the action asks for besides its note (a title, a takedown's category and public reason).
  for (const kolom of aksi.masukan ?? []) if (kolom.wajib) syarat.push(kolom.label);
  const tenggat = teksTenggat(aksi, t);
  return (
    <Box padding={3} background="neutral100" hasRadius data-testid="redaksi-alur-aksi">
      <Flex gap={2} wrap="wrap">
        <Typography fontWeight="bold">{aksi.label}</Typography>
        <Typography textColor="neutral600">
          → {aksi.ke ? labelTahap(alur, aksi.ke) : t('alur.tetap', 'tahap tetap')}
        </Typography>
      </Flex>
      <Typography variant="pi" tag="p">
        {aksi.peran.length
          ? t('alur.oleh', 'Oleh {peran}, {cara}', {
              peran: aksi.peran.map(namaPeran).join(' / '),
              cara: teksCara(aksi, t),
            })
          : teksCara(aksi, t)}
      </Typography>
      {syarat.length ? (
        <Typography variant="pi" tag="p">
          {t('alur.syarat', 'Syarat: {syarat}', { syarat: syarat.join(', ') })}
        </Typography>
      ) : null}
      {tenggat ? (
        // Strapi's warning700 on this grey falls short of WCAG's 4.5:1 (axe, in the e2e suite).
        <Typography variant="pi" tag="p" fontWeight="semiBold" textColor="neutral800">
          {tenggat}
        </Typography>
      ) : null}
      <Typography variant="pi" tag="p" textColor="neutral600">
        {aksi.langkah}
      </Typography>
    </Box>
  );
}

/** One workflow drawn top to bottom: each stage, and what leads out of it, by whom, on what condition. */
function Diagram({
  alur,
  namaPeran,
  t,
}: {
  alur: DefinisiAlur;
  namaPeran: (kode: string) => string;
  t: Teks;
}) {
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="epsilon">
        {t('alur.revisi', '{judul}. Revisi {tanggal}.', {
          judul: alur.sop.judul,
          tanggal: formatDate(alur.sop.tanggalRevisi),
        })}
      </Typography>
      {alur.tahap.map((tahap, i) => {
        const keluar = alur.aksi.filter((aksi) => aksi.dari.includes(tahap.kode));
        return (
          <Flex key={tahap.kode} direction="column" alignItems="stretch" gap={2}>
            {i > 0 ? (
              <Flex justifyContent="center">
                <ArrowDown aria-hidden />
              </Flex>
            ) : null}
            <Box
              padding={4}
              background="neutral0"
              hasRadius
              shadow="tableShadow"
              data-testid="redaksi-alur-tahap"
            >
              <Flex gap={2} paddingBottom={keluar.length ? 3 : 0} wrap="wrap">
                <Badge active={tahap.kode === alur.tahapAwal}>{`${i + 1}`}</Badge>
                <Typography variant="delta" tag="h3">
                  {tahap.label}
                </Typography>
                {tahap.kode === alur.tahapAwal ? <Badge>{t('alur.awal', 'awal')}</Badge> : null}
                {tahap.kode === alur.tahapTayang ? (
                  <Badge>{t('alur.tayang', 'tayang')}</Badge>
                ) : null}
                {tahap.akhir ? <Badge>{t('alur.akhir', 'akhir')}</Badge> : null}
                {tahap.untukYangDitugaskan ? (
                  <Badge>{t('alur.ditugaskan', 'hanya yang ditugaskan')}</Badge>
                ) : null}
              </Flex>
              <Flex direction="column" alignItems="stretch" gap={2}>
                {keluar.map((aksi) => (
                  <KartuAksi
                    key={`${aksi.kode}-${aksi.ke}`}
                    aksi={aksi}
                    alur={alur}
                    namaPeran={namaPeran}
                    t={t}
                  />
                ))}
              </Flex>
            </Box>
          </Flex>
        );
      })}
    </Flex>
  );
}

/** The SOP definitions as the engine enforces them, so that a new staff member learns the SOP from the system. */
const AlurSop = () => {
  const t = useText();
  const { data, error, isLoading } = useGetAlurQuery();
  if (isLoading) return <Page.Loading />;
  if (error || !data)
    return (
      <Page.Error
        content={errorMessage(error, t('alur.gagal', 'Definisi alur tidak dapat dimuat.'))}
      />
    );
  const namaPeran = (kode: string) => data.peran.find((peran) => peran.kode === kode)?.nama ?? kode;
  return (
    <PluginPage
      judul={t('alur.judul', 'Alur SOP')}
      subjudul={t(
        'alur.subjudul',
        'Tahap, siapa yang bertindak, dan syaratnya, seperti yang dijalankan sistem',
      )}
    >
      <Tabs.Root defaultValue={data.alur[0]?.kode}>
        <Tabs.List aria-label={t('alur.judul', 'Alur SOP')}>
          {data.alur.map((alur) => (
            <Tabs.Trigger key={alur.kode} value={alur.kode}>
              {alur.kode === 'disposisi'
                ? t('alur.disposisi', 'Lembar Disposisi (SOP {nomor})', { nomor: alur.sop.nomor })
                : `SOP ${alur.sop.nomor}`}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {data.alur.map((alur) => (
          <Tabs.Content key={alur.kode} value={alur.kode}>
            <Box paddingTop={4}>
              <Diagram alur={alur} namaPeran={namaPeran} t={t} />
            </Box>
          </Tabs.Content>
        ))}
      </Tabs.Root>
    </PluginPage>
  );
};

export default AlurSop;
