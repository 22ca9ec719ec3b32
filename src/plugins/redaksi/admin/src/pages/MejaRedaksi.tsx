import * as React from 'react';
import { Layouts, Page } from '@strapi/strapi/admin';
import {
  Badge,
  EmptyStateLayout,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { TenggatSel } from '../components/TenggatSel';
import { useGetAlurQuery, useGetAntreanQuery } from '../services/api';
import { labelAksi, namaSop, tautanDokumen } from '../utils/alur';
import { pesanGalat, useTeks } from '../utils/teks';
import { formatTanggal } from '../utils/waktu';

const SEMUA = 'semua';

/**
 * "Meja Redaksi": what waits for the current user's roles, overdue first, then the soonest
 * deadline (the server's order). Filters live in the address so a filtered view can be shared.
 */
const MejaRedaksi = () => {
  const t = useTeks();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filterAlur = params.get('alur') ?? SEMUA;
  const filterTahap = params.get('tahap') ?? SEMUA;
  const { data: definisi } = useGetAlurQuery();
  const { data: antrean, error, isLoading } = useGetAntreanQuery(undefined, { pollingInterval: 60_000, refetchOnMountOrArgChange: true });

  const alurTerpilih = definisi?.alur.find((alur) => alur.kode === filterAlur);
  const alurDari = (kode: string) => definisi?.alur.find((alur) => alur.kode === kode);
  const item = (antrean ?? []).filter(
    (baris) => (filterAlur === SEMUA || baris.alur === filterAlur) && (filterTahap === SEMUA || baris.tahap === filterTahap),
  );
  const setFilter = (kunci: string, nilai: string) => {
    const baru = new URLSearchParams(params);
    if (nilai === SEMUA) baru.delete(kunci);
    else baru.set(kunci, nilai);
    if (kunci === 'alur') baru.delete('tahap');
    setParams(baru, { replace: true });
  };

  if (isLoading) return <Page.Loading />;
  if (error) return <Page.Error content={pesanGalat(error, t('antrean.gagal', 'Antrean tidak dapat dimuat.'))} />;

  const jumlahLewat = item.filter((baris) => baris.lewat).length;
  return (
    <Page.Main>
      <Page.Title>{t('antrean.judul', 'Meja Redaksi')}</Page.Title>
      <Layouts.Header
        title={t('antrean.judul', 'Meja Redaksi')}
        subtitle={t('antrean.subjudul', '{jumlah} menunggu Anda, {lewat} melewati tenggat', { jumlah: item.length, lewat: jumlahLewat })}
      />
      <Layouts.Action
        startActions={
          <Flex gap={2}>
            <SingleSelect
              aria-label={t('antrean.filterAlur', 'Alur SOP')}
              value={filterAlur}
              onChange={(nilai) => setFilter('alur', String(nilai))}
              size="S"
            >
              <SingleSelectOption value={SEMUA}>{t('antrean.semuaAlur', 'Semua alur')}</SingleSelectOption>
              {definisi?.alur.map((alur) => (
                <SingleSelectOption key={alur.kode} value={alur.kode}>
                  {`SOP ${alur.sop.nomor}: ${alur.sop.judul}`}
                </SingleSelectOption>
              ))}
            </SingleSelect>
            {alurTerpilih ? (
              <SingleSelect
                aria-label={t('antrean.filterTahap', 'Tahap')}
                value={filterTahap}
                onChange={(nilai) => setFilter('tahap', String(nilai))}
                size="S"
              >
                <SingleSelectOption value={SEMUA}>{t('antrean.semuaTahap', 'Semua tahap')}</SingleSelectOption>
                {alurTerpilih.tahap.map((tahap) => (
                  <SingleSelectOption key={tahap.kode} value={tahap.kode}>
                    {tahap.label}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            ) : null}
          </Flex>
        }
      />
      <Layouts.Content>
        {item.length === 0 ? (
          <EmptyStateLayout content={t('antrean.kosong', 'Tidak ada yang menunggu Anda.')} />
        ) : (
          <Table colCount={5} rowCount={item.length + 1}>
            <Thead>
              <Tr>
                <Th><Typography variant="sigma">{t('antrean.kolom.judul', 'Judul')}</Typography></Th>
                <Th><Typography variant="sigma">{t('antrean.kolom.alur', 'Alur')}</Typography></Th>
                <Th><Typography variant="sigma">{t('antrean.kolom.tahap', 'Tahap')}</Typography></Th>
                <Th><Typography variant="sigma">{t('antrean.kolom.tenggat', 'Tenggat')}</Typography></Th>
                <Th><Typography variant="sigma">{t('antrean.kolom.tindakan', 'Tindakan')}</Typography></Th>
              </Tr>
            </Thead>
            <Tbody>
              {item.map((baris) => (
                <Tr
                  key={`${baris.uid}/${baris.documentId}`}
                  data-testid="redaksi-antrean-baris"
                  data-lewat={baris.lewat}
                  onClick={() => navigate(tautanDokumen(baris.uid, baris.documentId))}
                  style={{ cursor: 'pointer' }}
                >
                  <Td>
                    <Flex direction="column" alignItems="flex-start">
                      <Link to={tautanDokumen(baris.uid, baris.documentId)} onClick={(e) => e.stopPropagation()}>
                        <Typography fontWeight="bold" textColor={baris.lewat ? 'danger600' : 'primary600'}>
                          {baris.judul || t('antrean.tanpaJudul', '(tanpa judul)')}
                        </Typography>
                      </Link>
                      <Typography variant="pi" textColor="neutral600">
                        {[baris.nomorRegister, baris.nomorAgenda, baris.tanggalKegiatan ? formatTanggal(baris.tanggalKegiatan) : null]
                          .filter(Boolean)
                          .join(' · ')}
                      </Typography>
                    </Flex>
                  </Td>
                  <Td><Typography>{namaSop(alurDari(baris.alur), baris.alur)}</Typography></Td>
                  <Td><Badge>{baris.tahapLabel}</Badge></Td>
                  <Td><TenggatSel batas={baris.tenggat} /></Td>
                  <Td>
                    <Typography variant="pi">
                      {baris.aksi.map((kode) => labelAksi(alurDari(baris.alur), kode, baris.tahap)).join(', ')}
                    </Typography>
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

export default MejaRedaksi;
