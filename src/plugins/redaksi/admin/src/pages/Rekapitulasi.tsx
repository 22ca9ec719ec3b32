import * as React from 'react';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Button, Flex, Grid, Table, Tbody, Td, Tr, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { format, parse, subMonths } from 'date-fns';
import { useSearchParams } from 'react-router-dom';
import { Card } from '../components/Card';
import { TableHeader } from '../components/TableHeader';
import { ToolbarSelect } from '../components/ToolbarSelect';
import { type Bar, BarChart } from '../components/BarChart';
import { IZIN_REKAP } from '../pluginId';
import { useGetRekapQuery } from '../services/api';
import type { Rekap } from '../types';
import { errorMessage, useText } from '../utils/text';
import { useDownload } from '../hooks/useDownload';
import { currentMonth, formatMonth, formatDate, formatWib } from '../utils/time';
import {
  LABEL_DASAR_PENGECUALIAN,
  LABEL_KATEGORI_LIPUTAN,
  LABEL_KATEGORI_PENURUNAN,
  LABEL_PLATFORM,
  labelDari,
} from '../../../shared/label';

type Teks = ReturnType<typeof useText>;

/** The last 24 months, newest first: the recap is asked for the month just ended, now and then an older one. */
function pilihanBulan(kini: string): string[] {
  const awal = parse(kini, 'yyyy-MM', new Date());
  return Array.from({ length: 24 }, (_, i) => format(subMonths(awal, i), 'yyyy-MM'));
}

function Angka({ label, nilai }: { label: string; nilai: React.ReactNode }) {
  return (
    <Card data-testid="redaksi-angka">
      <Typography variant="sigma" textColor="neutral600" tag="p">
        {label}
      </Typography>
      <Typography variant="alpha" tag="p">
        {nilai}
      </Typography>
    </Card>
  );
}

function Tabel({
  judul,
  kolom,
  baris,
}: {
  judul: string;
  kolom: string[];
  baris: React.ReactNode[][];
}) {
  return (
    <Flex direction="column" alignItems="stretch" gap={2} tag="section" aria-label={judul}>
      <Typography variant="delta" tag="h2">
        {judul}
      </Typography>
      {baris.length === 0 ? (
        <Typography textColor="neutral600">–</Typography>
      ) : (
        <Table colCount={kolom.length} rowCount={baris.length + 1}>
          <TableHeader kolom={kolom} />
          <Tbody>
            {baris.map((sel, i) => (
              <Tr key={i}>
                {sel.map((isi, j) => (
                  <Td key={j}>
                    <Typography>{isi}</Typography>
                  </Td>
                ))}
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
    </Flex>
  );
}

const jam = (nilai: number | null) =>
  nilai === null ? '–' : `${nilai.toLocaleString('id-ID')} jam`;

const batang = (label: string, nilai: number, warna?: Bar['warna']): Bar => ({
  label,
  nilai,
  warna,
});

function IsiRekap({ rekap, t }: { rekap: Rekap; t: Teks }) {
  const { website, mediaSosial, disposisi } = rekap;
  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <Grid.Root gap={4}>
        {[
          { label: t('rekap.artikelTerbit', 'Artikel terbit'), nilai: website.artikelTerbit },
          {
            label: t('rekap.pembaca', 'Pembaca'),
            nilai: website.pembaca.total.toLocaleString('id-ID'),
          },
          { label: t('rekap.diunggah', 'Konten medsos diunggah'), nilai: mediaSosial.diunggah },
          {
            label: t('rekap.disposisi', 'Disposisi diterima / selesai / terlambat'),
            nilai: `${disposisi.diterima} / ${disposisi.selesai} / ${disposisi.terlambat}`,
          },
          {
            label: t('rekap.dikoreksi', 'Artikel dikoreksi setelah tayang'),
            nilai: website.dikoreksiSetelahTayang,
          },
          {
            label: t('rekap.koreksiTayang', 'Koreksi yang ditayangkan'),
            nilai: website.informasiPublik.koreksi,
          },
          {
            label: t('rekap.luarSop', 'Suntingan di luar SOP (laman / medsos)'),
            nilai: `${website.suntinganLuarSop} / ${mediaSosial.suntinganLuarSop}`,
          },
          {
            label: t('rekap.dikembalikanDitolak', 'Dikembalikan / ditolak'),
            nilai: `${mediaSosial.dikembalikan} / ${mediaSosial.ditolak}`,
          },
          {
            label: t('rekap.diserahkanTerlambat', 'Diserahkan terlambat'),
            nilai: mediaSosial.diserahkanTerlambat,
          },
          {
            label: t('rekap.waktuProses', 'Waktu proses median / terlama'),
            nilai: `${jam(mediaSosial.waktuProsesJam.median)} / ${jam(mediaSosial.waktuProsesJam.terlama)}`,
          },
        ].map(({ label, nilai }) => (
          <Grid.Item key={label} col={3} s={6} xs={12} direction="column" alignItems="stretch">
            <Angka label={label} nilai={nilai} />
          </Grid.Item>
        ))}
      </Grid.Root>

      <Grid.Root gap={4}>
        {[
          {
            judul: t('rekap.grafik.kategori', 'Artikel per kategori'),
            data: website.perKategori.map(({ kategori, jumlah }) =>
              batang(labelDari(LABEL_KATEGORI_LIPUTAN, kategori), jumlah),
            ),
          },
          {
            judul: t('rekap.grafik.platform', 'Unggahan per platform'),
            data: mediaSosial.perPlatform.map(({ platform, jumlah }) =>
              batang(labelDari(LABEL_PLATFORM, platform), jumlah),
            ),
          },
          {
            judul: t('rekap.grafik.platformTujuan', 'Unggahan per platform tujuan'),
            data: mediaSosial.perPlatformTujuan.map(({ platform, jumlah }) =>
              batang(labelDari(LABEL_PLATFORM, platform), jumlah),
            ),
          },
          {
            judul: t('rekap.grafik.tautanLiputan', 'Liputan dibagikan ke media sosial'),
            data: website.tautanPerPlatform.map(({ platform, jumlah }) =>
              batang(labelDari(LABEL_PLATFORM, platform), jumlah),
            ),
          },
          {
            judul: t('rekap.grafik.dikecualikan', 'Keputusan dikecualikan per dasar (UU 14/2008)'),
            // Short on the chart (article and letter); the exports spell out what each protects.
            data: website.informasiPublik.dikecualikanPerDasar.map(
              ({ dasarPengecualian, jumlah }) =>
                batang(
                  labelDari(LABEL_DASAR_PENGECUALIAN, dasarPengecualian).split(':')[0],
                  jumlah,
                ),
            ),
          },
          {
            judul: t('rekap.grafik.penurunan', 'Penurunan per alasan'),
            data: website.informasiPublik.penurunanPerKategori.map(({ kategori, jumlah }) =>
              batang(labelDari(LABEL_KATEGORI_PENURUNAN, kategori), jumlah, 'danger600'),
            ),
          },
          {
            judul: t('rekap.grafik.pembacaHarian', 'Pembaca per hari'),
            arah: 'tegak' as const,
            data: website.pembaca.perHari.map(({ tanggal, jumlah }) =>
              batang(formatDate(tanggal), jumlah),
            ),
          },
          {
            judul: t('rekap.grafik.ketepatan', 'Tepat waktu dan terlambat'),
            data: [
              batang(t('rekap.tepatWaktu', 'Tepat waktu'), mediaSosial.tepatWaktu, 'success600'),
              batang(t('rekap.terlambat', 'Terlambat'), mediaSosial.terlambat, 'danger600'),
            ],
          },
        ].map(({ judul, arah, data }) => (
          <Grid.Item key={judul} col={6} xs={12} direction="column" alignItems="stretch">
            <BarChart judul={judul} arah={arah} data={data} />
          </Grid.Item>
        ))}
      </Grid.Root>

      <Tabel
        judul={t('rekap.terbanyak', '10 artikel paling banyak dibaca')}
        kolom={[t('rekap.kolom.judul', 'Judul'), t('rekap.kolom.pembaca', 'Pembaca')]}
        baris={website.terbanyakDibaca.map((baris) => [
          baris.judul,
          baris.pembaca.toLocaleString('id-ID'),
        ])}
      />
      <Tabel
        judul={t('rekap.alasanTerlambat', 'Unggahan terlambat dan alasannya')}
        kolom={[
          t('rekap.kolom.register', 'No. register'),
          t('rekap.kolom.judul', 'Judul'),
          t('rekap.kolom.alasan', 'Alasan'),
        ]}
        baris={mediaSosial.alasanTerlambat.map((baris) => [
          baris.nomorRegister ?? '–',
          baris.judul,
          baris.alasan ?? '–',
        ])}
      />
      <Tabel
        judul={t('rekap.perUnit', 'Per unit pelaksana')}
        kolom={[t('rekap.kolom.unit', 'Unit'), t('rekap.kolom.jumlah', 'Jumlah')]}
        baris={mediaSosial.perUnit.map((baris) => [baris.unit, baris.jumlah])}
      />
      <Tabel
        judul={t('rekap.register', 'Register dokumentasi yang diserahkan')}
        kolom={[
          t('rekap.kolom.register', 'No. register'),
          t('rekap.kolom.diserahkan', 'Diserahkan'),
          t('rekap.kolom.kegiatan', 'Kegiatan'),
          t('rekap.kolom.unit', 'Unit'),
          t('rekap.kolom.status', 'Status'),
        ]}
        baris={rekap.register.map((baris) => [
          baris.nomorRegister,
          formatWib(baris.diserahkanPada),
          baris.kegiatan,
          baris.unit ?? '–',
          baris.tahapLabel,
        ])}
      />
    </Flex>
  );
}

/** What the page downloads: the recap in three formats, and the register alone as a printable sheet. */
const UNDUHAN = [
  { kunci: 'xlsx', format: 'xlsx', nama: 'rekapitulasi-redaksi' },
  { kunci: 'csv', format: 'csv', nama: 'rekapitulasi-redaksi' },
  { kunci: 'pdf', format: 'pdf', nama: 'rekapitulasi-redaksi' },
  { kunci: 'register', format: 'pdf', part: 'register', nama: 'register-dokumentasi' },
] as const;

/** "Rekapitulasi": the month's figures of both SOPs, and the same recap as XLSX, CSV and printable PDF. */
const Rekapitulasi = () => {
  const t = useText();
  const [params, setParams] = useSearchParams();
  const kini = currentMonth();
  const bulan = params.get('bulan') ?? kini;
  const { data: rekap, error, isFetching } = useGetRekapQuery(bulan);
  const { unduh, berjalan } = useDownload();
  const label = (kunci: (typeof UNDUHAN)[number]['kunci']) =>
    kunci === 'register'
      ? t('rekap.cetakRegister', 'Cetak register (PDF)')
      : t('rekap.unduh', 'Unduh {format}', { format: kunci.toUpperCase() });

  return (
    <Page.Protect permissions={IZIN_REKAP}>
      <Page.Main>
        <Page.Title>{t('rekap.judul', 'Rekapitulasi')}</Page.Title>
        <Layouts.Header
          title={t('rekap.judul', 'Rekapitulasi')}
          subtitle={t('rekap.subjudul', 'Rekap bulanan SOP 20 dan SOP 21, {bulan} (WIB)', {
            bulan: formatMonth(bulan),
          })}
          primaryAction={
            <Flex gap={2}>
              {UNDUHAN.map((item) => (
                <Button
                  key={item.kunci}
                  variant="secondary"
                  startIcon={<Download />}
                  loading={berjalan === item.kunci}
                  onClick={() =>
                    unduh(
                      item.kunci,
                      '/redaksi/recap',
                      {
                        month: bulan,
                        format: item.format,
                        ...('part' in item ? { part: item.part } : {}),
                      },
                      `${item.nama}-${bulan}.${item.format}`,
                    )
                  }
                >
                  {label(item.kunci)}
                </Button>
              ))}
            </Flex>
          }
        />
        <Layouts.Action
          startActions={
            <ToolbarSelect
              label={t('rekap.bulan', 'Bulan')}
              nilai={bulan}
              opsi={pilihanBulan(kini).map((nilai) => ({ nilai, label: formatMonth(nilai) }))}
              onChange={(nilai) => setParams({ bulan: nilai }, { replace: true })}
            />
          }
        />
        <Layouts.Content>
          {error ? (
            <Typography textColor="danger600">
              {errorMessage(error, t('rekap.gagal', 'Rekapitulasi tidak dapat dimuat.'))}
            </Typography>
          ) : !rekap || isFetching ? (
            <Page.Loading />
          ) : (
            <IsiRekap rekap={rekap} t={t} />
          )}
        </Layouts.Content>
      </Page.Main>
    </Page.Protect>
  );
};

export default Rekapitulasi;
