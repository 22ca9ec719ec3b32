import { Box, Flex, Typography } from '@strapi/design-system';
import type {
  PemeriksaanPlatform,
  PlatformTujuan as Platform,
} from '../../../shared/contracts/platform';
import type { TampilanDokumen } from '../types';
import type { useText } from '../utils/text';
import { alamatBerkas } from './GaleriFoto';

type Teks = ReturnType<typeof useText>;

const WARNA: Record<PemeriksaanPlatform['status'], string> = {
  sesuai: 'success600',
  peringatan: 'warning600',
  'wajib-gagal': 'danger600',
};

/** The post as the platform's feed shows it: first photo in the feed's aspect, caption cut. */
function Pratinjau({ item, t }: { item: Platform; t: Teks }) {
  const { foto, judul, caption, terpotong } = item.pratinjau;
  return (
    <Box
      borderColor="neutral200"
      hasRadius
      background="neutral0"
      data-testid={`redaksi-pratinjau-${item.platform}`}
    >
      {foto ? (
        <img
          src={alamatBerkas(foto.url)}
          alt={foto.alt ?? ''}
          // The feed crops a photo outside its range to the nearest aspect it shows.
          style={{
            display: 'block',
            width: '100%',
            aspectRatio: String(foto.rasioTampil),
            objectFit: 'cover',
            borderTopLeftRadius: 4,
            borderTopRightRadius: 4,
          }}
        />
      ) : null}
      <Box padding={2}>
        {judul !== null ? (
          <Typography variant="omega" fontWeight="bold" tag="p">
            {judul}
          </Typography>
        ) : null}
        <Typography variant="pi" tag="p" style={{ whiteSpace: 'pre-wrap' }}>
          {caption}
          {terpotong ? (
            <Typography variant="pi" textColor="neutral600">
              {t('platform.selengkapnya', '… selengkapnya')}
            </Typography>
          ) : null}
        </Typography>
      </Box>
    </Box>
  );
}

/**
 * Issue #26 (SOP 21 langkah 3–5): per target platform, what will not fit (a warning, or a rule the
 * office requires, which holds the action back) and, in the panel, how the post would look there.
 * `ringkas`: the decision dialog shows only what does not fit.
 */
export function PlatformTujuan({
  data,
  t,
  ringkas = false,
}: {
  data: TampilanDokumen;
  t: Teks;
  ringkas?: boolean;
}) {
  const daftar = data.platformTujuan;
  if (!daftar) return null;
  const bermasalah = daftar.filter((item) => item.periksa.some((cek) => cek.status !== 'sesuai'));
  if (ringkas && bermasalah.length === 0) return null;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="redaksi-platform">
      <Typography variant="sigma" textColor="neutral600">
        {t('platform.judul', 'Platform tujuan')}
      </Typography>
      {daftar.length === 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {t('platform.kosong', 'Belum ada platform tujuan yang dipilih.')}
        </Typography>
      ) : null}
      {(ringkas ? bermasalah : daftar).map((item) => {
        const tidakSesuai = item.periksa.filter((cek) => cek.status !== 'sesuai');
        return (
          <Flex
            key={item.platform}
            direction="column"
            alignItems="stretch"
            gap={1}
            data-testid={`redaksi-platform-${item.platform}`}
          >
            <Typography variant="omega" fontWeight="bold">
              {item.label}
            </Typography>
            {tidakSesuai.length === 0 ? (
              <Typography variant="pi" textColor="success600">
                {t('platform.sesuai', 'Sesuai dengan aturan platform ini')}
              </Typography>
            ) : (
              tidakSesuai.map((cek) => (
                <Typography
                  key={cek.aturan}
                  variant="pi"
                  textColor={WARNA[cek.status]}
                  tag="p"
                  data-testid={`redaksi-platform-${item.platform}-${cek.aturan}`}
                >
                  {cek.status === 'wajib-gagal'
                    ? t('platform.wajib', 'Wajib: {pesan}', { pesan: cek.pesan })
                    : t('platform.peringatan', 'Peringatan: {pesan}', { pesan: cek.pesan })}
                </Typography>
              ))
            )}
            {ringkas ? null : <Pratinjau item={item} t={t} />}
          </Flex>
        );
      })}
    </Flex>
  );
}
