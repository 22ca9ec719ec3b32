import { Widget } from '@strapi/strapi/admin';
import { Flex, Typography } from '@strapi/design-system';
import { Link } from 'react-router-dom';
import { useGetAntreanQuery } from '../services/api';
import { tautanDokumen } from '../utils/alur';
import { pesanGalat, useTeks } from '../utils/teks';
import { TenggatSel } from './TenggatSel';

/** The homepage widget: how much waits for me, how much of it is overdue, and the first items. */
export const WidgetAntrean = () => {
  const t = useTeks();
  const {
    data: antrean,
    error,
    isLoading,
  } = useGetAntreanQuery({ page: 1, pageSize: 3 }, { refetchOnMountOrArgChange: true });
  if (isLoading) return <Widget.Loading />;
  if (error || !antrean)
    return (
      <Widget.Error>
        {pesanGalat(error, t('antrean.gagal', 'Antrean tidak dapat dimuat.'))}
      </Widget.Error>
    );
  if (antrean.meta.ringkasan.jumlah === 0)
    return <Widget.NoData>{t('antrean.kosong', 'Tidak ada yang menunggu Anda.')}</Widget.NoData>;
  const { jumlah, lewat } = antrean.meta.ringkasan;
  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="redaksi-widget">
      <Flex gap={6}>
        <Flex direction="column" alignItems="flex-start">
          <Typography variant="alpha" data-testid="redaksi-widget-jumlah">
            {jumlah}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {t('widget.menunggu', 'menunggu Anda')}
          </Typography>
        </Flex>
        <Flex direction="column" alignItems="flex-start">
          <Typography
            variant="alpha"
            textColor={lewat ? 'danger600' : 'neutral800'}
            data-testid="redaksi-widget-lewat"
          >
            {lewat}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {t('widget.lewat', 'melewati tenggat')}
          </Typography>
        </Flex>
      </Flex>
      {antrean.data.map((item) => (
        <Flex key={`${item.uid}/${item.documentId}`} justifyContent="space-between" gap={2}>
          <Link to={tautanDokumen(item.uid, item.documentId)}>
            <Typography textColor={item.lewat ? 'danger600' : 'primary600'} ellipsis>
              {item.judul || t('antrean.tanpaJudul', '(tanpa judul)')}
            </Typography>
          </Link>
          <TenggatSel batas={item.tenggat} />
        </Flex>
      ))}
    </Flex>
  );
};
