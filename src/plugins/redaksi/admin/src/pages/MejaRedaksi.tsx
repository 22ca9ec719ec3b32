import * as React from 'react';
import { Layouts, Page, Pagination } from '@strapi/strapi/admin';
import {
  Button,
  EmptyStateLayout,
  Flex,
  Table,
  Tbody,
  Td,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { TandaAntrean } from '../components/TandaAntrean';
import { TombolAksiAntrean, TombolBuat } from '../components/TombolAntrean';
import { TableHeader } from '../components/TableHeader';
import { ToolbarSelect } from '../components/ToolbarSelect';
import { TenggatSel } from '../components/TenggatSel';
import { useGetAlurQuery, useGetAntreanQuery } from '../services/api';
import { namaSop, tautanDokumen } from '../utils/alur';
import { errorMessage, useText } from '../utils/text';
import { formatDate } from '../utils/time';
import { UKURAN_HALAMAN_BAWAAN } from '../../../shared/contracts/antrean';

const SEMUA = 'semua';

/**
 * "Meja Redaksi": what waits for the current user's roles, overdue first, then the soonest
 * deadline (the server's order), one page at a time. Filters and the page live in the address
 * so a filtered view can be shared; the server filters and counts, so a backlog of thousands
 * costs the browser one page.
 */
const MejaRedaksi = () => {
  const t = useText();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filterAlur = params.get('alur') ?? SEMUA;
  const filterTahap = params.get('tahap') ?? SEMUA;
  const { data: definisi } = useGetAlurQuery();
  const {
    data: antrean,
    error,
    isLoading,
  } = useGetAntreanQuery(
    {
      page: params.get('page') ?? 1,
      pageSize: params.get('pageSize') ?? UKURAN_HALAMAN_BAWAAN,
      alur: filterAlur === SEMUA ? undefined : filterAlur,
      tahap: filterTahap === SEMUA ? undefined : filterTahap,
    },
    { pollingInterval: 60_000, refetchOnMountOrArgChange: true },
  );

  const alurTerpilih = definisi?.alur.find((alur) => alur.kode === filterAlur);
  const alurDari = (kode: string) => definisi?.alur.find((alur) => alur.kode === kode);
  const item = antrean?.data ?? [];
  const jumlahDi = (tahap: string) =>
    antrean?.meta.perTahap.find((baris) => baris.alur === filterAlur && baris.tahap === tahap);
  const setFilter = (kunci: string, nilai: string) => {
    const baru = new URLSearchParams(params);
    if (nilai === SEMUA) baru.delete(kunci);
    else baru.set(kunci, nilai);
    if (kunci === 'alur') baru.delete('tahap');
    // Another filter, another list: from its first page.
    baru.delete('page');
    setParams(baru, { replace: true });
  };

  if (isLoading) return <Page.Loading />;
  if (error)
    return (
      <Page.Error
        content={errorMessage(error, t('antrean.gagal', 'Antrean tidak dapat dimuat.'))}
      />
    );

  const ringkasan = antrean?.meta.ringkasan ?? { jumlah: 0, lewat: 0 };
  const pagination = antrean?.meta.pagination;
  return (
    <Page.Main>
      <Page.Title>{t('antrean.judul', 'Meja Redaksi')}</Page.Title>
      <Layouts.Header
        title={t('antrean.judul', 'Meja Redaksi')}
        subtitle={t('antrean.subjudul', '{jumlah} menunggu Anda, {lewat} melewati tenggat', {
          jumlah: ringkasan.jumlah,
          lewat: ringkasan.lewat,
        })}
        primaryAction={<TombolBuat daftarAlur={definisi?.alur ?? []} />}
      />
      <Layouts.Action
        startActions={
          <Flex gap={2}>
            <ToolbarSelect
              label={t('antrean.filterAlur', 'Alur SOP')}
              nilai={filterAlur}
              opsi={[
                { nilai: SEMUA, label: t('antrean.semuaAlur', 'Semua alur') },
                ...(definisi?.alur ?? []).map((alur) => ({
                  nilai: alur.kode,
                  label: `SOP ${alur.sop.nomor}: ${alur.sop.judul}`,
                })),
              ]}
              onChange={(nilai) => setFilter('alur', nilai)}
            />
            {alurTerpilih ? (
              <ToolbarSelect
                label={t('antrean.filterTahap', 'Tahap')}
                nilai={filterTahap}
                opsi={[
                  { nilai: SEMUA, label: t('antrean.semuaTahap', 'Semua tahap') },
                  ...alurTerpilih.tahap.map((tahap) => ({
                    nilai: tahap.kode,
                    label: t('antrean.tahapDenganJumlah', '{tahap} ({jumlah})', {
                      tahap: tahap.label,
                      jumlah: jumlahDi(tahap.kode)?.jumlah ?? 0,
                    }),
                  })),
                ]}
                onChange={(nilai) => setFilter('tahap', nilai)}
              />
            ) : null}
          </Flex>
        }
      />
      <Layouts.Content>
        {antrean && antrean.meta.perTahap.length > 0 ? (
          <Flex
            gap={2}
            wrap="wrap"
            marginBottom={4}
            aria-label={t('antrean.perTahap', 'Jumlah per tahap')}
            tag="nav"
          >
            {antrean.meta.perTahap.map((baris) => {
              const aktif = filterAlur === baris.alur && filterTahap === baris.tahap;
              return (
                <Button
                  key={`${baris.alur}/${baris.tahap}`}
                  size="S"
                  variant={aktif ? 'secondary' : 'tertiary'}
                  aria-pressed={aktif}
                  data-testid="redaksi-antrean-tahap"
                  onClick={() => {
                    const baru = new URLSearchParams(params);
                    baru.delete('page');
                    if (aktif) {
                      baru.delete('tahap');
                    } else {
                      baru.set('alur', baris.alur);
                      baru.set('tahap', baris.tahap);
                    }
                    setParams(baru, { replace: true });
                  }}
                >
                  {baris.lewat > 0
                    ? t('antrean.chipLewat', '{tahap}: {jumlah} ({lewat} lewat tenggat)', {
                        tahap: baris.tahapLabel,
                        jumlah: baris.jumlah,
                        lewat: baris.lewat,
                      })
                    : t('antrean.chip', '{tahap}: {jumlah}', {
                        tahap: baris.tahapLabel,
                        jumlah: baris.jumlah,
                      })}
                </Button>
              );
            })}
          </Flex>
        ) : null}
        {item.length === 0 ? (
          <EmptyStateLayout content={t('antrean.kosong', 'Tidak ada yang menunggu Anda.')} />
        ) : (
          <Table colCount={4} rowCount={item.length + 1}>
            <TableHeader
              kolom={[
                t('antrean.kolom.judul', 'Judul'),
                t('antrean.kolom.tahap', 'Tahap'),
                t('antrean.kolom.tenggat', 'Tenggat'),
                t('antrean.kolom.tindakan', 'Tindakan'),
              ]}
            />
            <Tbody>
              {item.map((baris) => (
                <Tr
                  key={`${baris.uid}/${baris.documentId}`}
                  data-testid="redaksi-antrean-baris"
                  data-lewat={baris.lewat}
                  onClick={() => navigate(tautanDokumen(baris.uid, baris.documentId))}
                  style={{ cursor: 'pointer' }}
                >
                  <Td style={{ whiteSpace: 'normal', maxWidth: '28rem' }}>
                    <Flex direction="column" alignItems="flex-start">
                      <Link
                        to={tautanDokumen(baris.uid, baris.documentId)}
                        onClick={(e) => e.stopPropagation()}
                      >
                        <Typography
                          fontWeight="bold"
                          textColor={baris.lewat ? 'danger600' : 'primary600'}
                        >
                          {baris.judul || t('antrean.tanpaJudul', '(tanpa judul)')}
                        </Typography>
                      </Link>
                      <Typography variant="pi" textColor="neutral600">
                        {[
                          namaSop(alurDari(baris.alur), baris.alur),
                          baris.nomorRegister,
                          baris.nomorAgenda,
                          baris.tanggalKegiatan ? formatDate(baris.tanggalKegiatan) : null,
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </Typography>
                    </Flex>
                  </Td>
                  <Td style={{ whiteSpace: 'normal' }}>
                    <Flex direction="column" alignItems="flex-start" gap={1}>
                      <Typography variant="pi">{baris.tahapLabel}</Typography>
                      <TandaAntrean item={baris} />
                    </Flex>
                  </Td>
                  <Td style={{ whiteSpace: 'normal' }}>
                    <TenggatSel batas={baris.tenggat} />
                  </Td>
                  <Td style={{ whiteSpace: 'normal' }}>
                    <TombolAksiAntrean item={baris} alur={alurDari(baris.alur)} />
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
        {pagination && pagination.total > 0 ? (
          <Pagination.Root
            pageCount={pagination.pageCount}
            total={pagination.total}
            defaultPageSize={UKURAN_HALAMAN_BAWAAN}
          >
            <Pagination.PageSize options={['10', '25', '50', '100']} />
            <Pagination.Links />
          </Pagination.Root>
        ) : null}
      </Layouts.Content>
    </Page.Main>
  );
};

export default MejaRedaksi;
