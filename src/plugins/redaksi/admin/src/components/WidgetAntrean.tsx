import { Widget } from '@strapi/strapi/admin';
import { Flex, Typography } from '@strapi/design-system';
import { Link } from 'react-router-dom';
import { useGetAlurQuery, useGetAntreanQuery } from '../services/api';
import { tautanDokumen } from '../utils/alur';
import { errorMessage, useText } from '../utils/text';
import { TandaAntrean } from './TandaAntrean';
import { TenggatSel } from './TenggatSel';
import { TombolAksiAntrean } from './TombolAntrean';

/** The homepage widget: how much waits for me, how much of it is overdue, and the first items. */
export const WidgetAntrean = () => {
  const t = useText();
  const {
    data: antrean,
    error,
    isLoading,
  } = useGetAntreanQuery({ page: 1, pageSize: 3 }, { refetchOnMountOrArgChange: true });
  const { data: definisi } = useGetAlurQuery();
  const alurDari = (kode: string) => definisi?.alur.find((alur) => alur.kode === kode);
  if (isLoading) return <Widget.Loading />;
  if (error || !antrean)
    return (
      <Widget.Error>
        {errorMessage(error, t('antrean.gagal', 'Antrean tidak dapat dimuat.'))}
      </Widget.Error>
    );
  if (antrean.meta.ringkasan.jumlah === 0)
    return <Widget.NoData>{t('antrean.kosong', 'Tidak ada yang menunggu Anda.')}</Widget.NoData>;
  const { jumlah, lewat } = antrean.meta.ringkasan;
  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="redaksi-widget">
      <Flex gap={6}>
        <Angka
          nilai={jumlah}
          label={t('widget.menunggu', 'menunggu Anda')}
          testId="redaksi-widget-jumlah"
        />
        <Angka
          nilai={lewat}
          label={t('widget.lewat', 'melewati tenggat')}
          warna={lewat ? 'danger600' : 'neutral800'}
          testId="redaksi-widget-lewat"
        />
      </Flex>
      {antrean.data.map((item) => (
        <Flex key={`${item.uid}/${item.documentId}`} justifyContent="space-between" gap={2}>
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Link to={tautanDokumen(item.uid, item.documentId)}>
              <Typography textColor={item.lewat ? 'danger600' : 'primary600'} ellipsis>
                {item.judul || t('antrean.tanpaJudul', '(tanpa judul)')}
              </Typography>
            </Link>
            <TandaAntrean item={item} />
            <TombolAksiAntrean item={item} alur={alurDari(item.alur)} />
          </Flex>
          <TenggatSel batas={item.tenggat} />
        </Flex>
      ))}
    </Flex>
  );
};

/** One figure of the widget, large, above what it counts. */
function Angka({
  nilai,
  label,
  warna = 'neutral800',
  testId,
}: {
  nilai: number;
  label: string;
  warna?: 'neutral800' | 'danger600';
  testId: string;
}) {
  return (
    <Flex direction="column" alignItems="flex-start">
      <Typography variant="alpha" textColor={warna} data-testid={testId}>
        {nilai}
      </Typography>
      <Typography variant="pi" textColor="neutral600">
        {label}
      </Typography>
    </Flex>
  );
}
