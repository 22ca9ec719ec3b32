import * as React from 'react';
import { Layouts, Page, useAuth } from '@strapi/strapi/admin';
import { Box, Button, Flex, Loader, Typography } from '@strapi/design-system';
import { ChevronLeft, ChevronRight } from '@strapi/icons';
import FullCalendar from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/daygrid';
import localeId from '@fullcalendar/core/locales/id';
import type { EventContentArg, EventInput } from '@fullcalendar/core';
import { addMonths, format, parse } from 'date-fns';
import { useHref, useNavigate, useSearchParams } from 'react-router-dom';
import { ToolbarSelect } from '../components/ToolbarSelect';
import { useGetAlurQuery, useGetKalenderQuery } from '../services/api';
import type { EntriKalender, JenisEntriKalender } from '../types';
import { errorMessage, useText } from '../utils/text';
import { currentMonth, formatMonth } from '../utils/time';
import { JENIS_ENTRI_KALENDER, SOP_KALENDER } from '../../../shared/contracts/kalender';

const SEMUA = 'semua';
const PERAN_SAYA = 'saya';

/**
 * Each kind in its own colour, and always with its name in the entry's text too (colour alone
 * tells nothing to those who do not see it). White text on each holds WCAG AA contrast.
 */
const WARNA: Record<JenisEntriKalender, string> = {
  kegiatan: '#4945ff',
  tenggat: '#b72b1a',
  jadwal: '#7b1fa2',
  terbit: '#2f6846',
};

const geserBulan = (bulan: string, n: number) =>
  format(addMonths(parse(bulan, 'yyyy-MM', new Date()), n), 'yyyy-MM');

/**
 * "Kalender": the month at a glance, in WIB whatever the browser's zone: the server sends WIB
 * dates and wall-clock times, and the calendar reads them as UTC and shows them as UTC, so no
 * zone ever shifts them. Filters and the month live in the address; each entry is a link opening
 * its item in the content manager.
 */
const Kalender = () => {
  const t = useText();
  const navigate = useNavigate();
  const akar = useHref('/').replace(/\/$/, '');
  const [params, setParams] = useSearchParams();
  const bulan = params.get('bulan') ?? currentMonth();
  const sop = params.get('sop') ?? SEMUA;
  const pilihanPeran = params.get('peran') ?? PERAN_SAYA;
  const { data: definisi } = useGetAlurQuery();
  const peranPengguna = useAuth('Kalender', (state) => state.user?.roles ?? []);
  const kodeSop = new Set((definisi?.peran ?? []).map((peran) => peran.kode));
  const peranSaya = peranPengguna.map((peran) => peran.code).filter((kode) => kodeSop.has(kode));
  // "My roles" for someone holding none of the SOP's (a Super Admin): everything.
  const peran =
    pilihanPeran === SEMUA ? [] : pilihanPeran === PERAN_SAYA ? peranSaya : [pilihanPeran];
  const { data, error, isFetching } = useGetKalenderQuery(
    {
      bulan,
      sop: sop === SEMUA ? undefined : sop,
      peran: peran.length > 0 ? peran.join(',') : undefined,
    },
    { skip: !definisi },
  );

  const labelJenis: Record<JenisEntriKalender, string> = {
    kegiatan: t('kalender.jenis.kegiatan', 'Kegiatan'),
    tenggat: t('kalender.jenis.tenggat', 'Tenggat'),
    jadwal: t('kalender.jenis.jadwal', 'Jadwal tayang'),
    terbit: t('kalender.jenis.terbit', 'Terbit'),
  };
  const keteranganJenis: Record<JenisEntriKalender, string> = {
    kegiatan: t('kalender.keterangan.kegiatan', 'tanggal kegiatan'),
    tenggat: t('kalender.keterangan.tenggat', 'batas aksi yang menunggu'),
    jadwal: t('kalender.keterangan.jadwal', 'akan tayang otomatis'),
    terbit: t('kalender.keterangan.terbit', 'sudah tayang atau diunggah'),
  };

  const setFilter = (kunci: string, nilai: string | null) => {
    const baru = new URLSearchParams(params);
    if (nilai === null) baru.delete(kunci);
    else baru.set(kunci, nilai);
    setParams(baru, { replace: true });
  };

  const acara: EventInput[] = (data?.data ?? []).map((entri) => ({
    id: entri.id,
    title: entri.judul,
    start: entri.jam ? `${entri.tanggal}T${entri.jam}:00` : entri.tanggal,
    allDay: entri.jam === null,
    url: `${akar}${entri.tautan}`,
    backgroundColor: WARNA[entri.jenis],
    borderColor: WARNA[entri.jenis],
    textColor: '#ffffff',
    extendedProps: { entri },
  }));

  const isiAcara = ({ event }: EventContentArg) => {
    const entri = event.extendedProps.entri as EntriKalender;
    const rincian = [
      `SOP ${entri.sop}`,
      entri.aksiLabel ?? entri.tahapLabel,
      ...(entri.jam ? [t('kalender.pukul', 'pukul {jam} WIB', { jam: entri.jam })] : []),
    ].join(', ');
    return (
      <span
        data-testid="redaksi-entri-kalender"
        title={`${labelJenis[entri.jenis]}: ${entri.judul} (${rincian})`}
        // At least 24 px high: each entry is a link, and a target that size (WCAG 2.5.8).
        style={{
          display: 'block',
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          lineHeight: '24px',
          paddingInline: '4px',
        }}
      >
        <strong>{labelJenis[entri.jenis]}</strong>
        {entri.jam ? ` ${entri.jam}` : ''}: {entri.judul}
      </span>
    );
  };

  return (
    <Page.Main>
      <Page.Title>{t('kalender.judul', 'Kalender')}</Page.Title>
      <Layouts.Header
        title={t('kalender.judul', 'Kalender')}
        subtitle={t(
          'kalender.subjudul',
          'Kegiatan, tenggat, jadwal tayang dan yang terbit, {bulan} (WIB)',
          { bulan: formatMonth(bulan) },
        )}
      />
      <Layouts.Action
        startActions={
          <Flex gap={2} wrap="wrap">
            <ToolbarSelect
              label={t('kalender.filterSop', 'Saring per SOP')}
              nilai={sop}
              opsi={[
                { nilai: SEMUA, label: t('kalender.semuaSop', 'Semua SOP') },
                ...SOP_KALENDER.map((nomor) => ({
                  nilai: nomor,
                  label:
                    definisi?.alur
                      .filter((alur) => alur.sop.nomor.startsWith(`${nomor}/`))
                      .map((alur) => `SOP ${alur.sop.nomor}: ${alur.sop.judul}`)[0] ??
                    `SOP ${nomor}`,
                })),
              ]}
              onChange={(nilai) => setFilter('sop', nilai === SEMUA ? null : nilai)}
            />
            <ToolbarSelect
              label={t('kalender.filterPeran', 'Saring per peran')}
              nilai={pilihanPeran}
              opsi={[
                { nilai: PERAN_SAYA, label: t('kalender.peranSaya', 'Peran saya') },
                { nilai: SEMUA, label: t('kalender.semuaPeran', 'Semua peran') },
                ...(definisi?.peran ?? []).map(({ kode, nama }) => ({ nilai: kode, label: nama })),
              ]}
              onChange={(nilai) => setFilter('peran', nilai === PERAN_SAYA ? null : nilai)}
            />
          </Flex>
        }
        endActions={
          <Flex gap={2}>
            <Button
              variant="tertiary"
              startIcon={<ChevronLeft />}
              onClick={() => setFilter('bulan', geserBulan(bulan, -1))}
            >
              {t('kalender.sebelumnya', 'Bulan sebelumnya')}
            </Button>
            <Button variant="tertiary" onClick={() => setFilter('bulan', null)}>
              {t('kalender.bulanIni', 'Bulan ini')}
            </Button>
            <Button
              variant="tertiary"
              endIcon={<ChevronRight />}
              onClick={() => setFilter('bulan', geserBulan(bulan, 1))}
            >
              {t('kalender.berikutnya', 'Bulan berikutnya')}
            </Button>
          </Flex>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex gap={4} wrap="wrap" tag="ul" aria-label={t('kalender.legenda', 'Keterangan warna')}>
            {JENIS_ENTRI_KALENDER.map((jenis) => (
              <Flex key={jenis} gap={2} tag="li">
                <Box
                  width="1.2rem"
                  height="1.2rem"
                  hasRadius
                  style={{ backgroundColor: WARNA[jenis] }}
                  aria-hidden
                />
                <Typography>
                  <strong>{labelJenis[jenis]}</strong>: {keteranganJenis[jenis]}
                </Typography>
              </Flex>
            ))}
          </Flex>
          <Box aria-live="polite">
            {error ? (
              <Typography textColor="danger600">
                {errorMessage(error, t('kalender.gagal', 'Kalender tidak dapat dimuat.'))}
              </Typography>
            ) : isFetching || !data ? (
              <Loader small>{t('kalender.memuat', 'Memuat kalender…')}</Loader>
            ) : (
              <Typography textColor="neutral600">
                {data.data.length === 0
                  ? t('kalender.kosong', 'Tidak ada entri pada bulan ini.')
                  : t('kalender.jumlah', '{jumlah} entri', { jumlah: data.data.length })}
              </Typography>
            )}
          </Box>
          <Box background="neutral0" padding={4} hasRadius shadow="tableShadow">
            <Typography variant="beta" tag="h2">
              {formatMonth(bulan)}
            </Typography>
            <Box paddingTop={4}>
              <FullCalendar
                // A month is its own calendar: the address decides which, not the widget's state.
                key={bulan}
                plugins={[dayGridPlugin]}
                initialView="dayGridMonth"
                initialDate={`${bulan}-01`}
                locale={localeId}
                firstDay={1}
                timeZone="UTC"
                headerToolbar={false}
                height="auto"
                fixedWeekCount={false}
                showNonCurrentDates={false}
                dayHeaderFormat={{ weekday: 'long' }}
                eventDisplay="block"
                // An entry has an instant, not a span: a deadline at 23:59 stays on its own day
                // (the calendar would otherwise give it an hour, into the next one).
                nextDayThreshold="09:00:00"
                events={acara}
                eventContent={isiAcara}
                // A day cell is named after its date by the calendar, yet shows its entries too
                // (axe: label-content-name-mismatch); its date and its entries read as they show.
                dayCellDidMount={({ el }) => el.removeAttribute('aria-labelledby')}
                eventClick={(info) => {
                  // The panel's own router, not a page load; the link stays one to open elsewhere.
                  info.jsEvent.preventDefault();
                  const entri = info.event.extendedProps.entri as EntriKalender;
                  navigate(entri.tautan);
                }}
              />
            </Box>
          </Box>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default Kalender;
