import { Page, useNotification } from '@strapi/strapi/admin';
import { Field, Flex, Toggle, Typography } from '@strapi/design-system';
import { Halaman } from '../components/Halaman';
import { Kartu } from '../components/Kartu';
import { useAturPreferensiMutation, useGetPreferensiQuery } from '../services/api';
import { pesanGalat, useTeks } from '../utils/teks';
import { Pesan } from '../components/Pesan';

/**
 * Settings > Redaksi > Pemberitahuan: each admin turns notification emails on or off for
 * themselves. The queue (Meja Redaksi) shows everything either way.
 */
const Pemberitahuan = () => {
  const t = useTeks();
  const { toggleNotification } = useNotification();
  const { data, error, isLoading } = useGetPreferensiQuery();
  const [atur, { isLoading: menyimpan }] = useAturPreferensiMutation();

  if (isLoading) return <Page.Loading />;
  if (error || !data)
    return (
      <Page.Error
        content={pesanGalat(error, t('preferensi.gagal', 'Preferensi tidak dapat dimuat.'))}
      />
    );

  async function ubah(surelAktif: boolean) {
    try {
      await atur({ surelAktif }).unwrap();
      toggleNotification({
        type: 'success',
        message: surelAktif
          ? t('preferensi.hidup', 'Anda akan menerima surel pemberitahuan.')
          : t('preferensi.mati', 'Surel pemberitahuan dimatikan untuk Anda.'),
      });
    } catch (galat) {
      toggleNotification({
        type: 'danger',
        message: pesanGalat(galat, t('preferensi.gagalSimpan', 'Preferensi tidak dapat disimpan.')),
      });
    }
  }

  return (
    <Halaman
      judul={t('preferensi.judul', 'Pemberitahuan')}
      subjudul={t(
        'preferensi.subjudul',
        'Surel saat ada yang menunggu Anda, dan pengingat harian pukul 07.00 dan 13.00 WIB',
      )}
    >
      <Kartu padding={6}>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {!data.surelServerAktif ? (
            <Pesan
              variant="default"
              judul={t('preferensi.serverMati.judul', 'Surel belum diaktifkan')}
            >
              {t(
                'preferensi.serverMati',
                'Server belum diatur untuk mengirim surel (SMTP). Pilihan Anda tetap disimpan.',
              )}
            </Pesan>
          ) : null}
          <Field.Root
            name="surelAktif"
            hint={t('preferensi.petunjuk', 'Antrean di Meja Redaksi tetap menampilkan semuanya.')}
          >
            <Field.Label>{t('preferensi.label', 'Terima surel pemberitahuan')}</Field.Label>
            <Toggle
              checked={data.surelAktif}
              disabled={menyimpan}
              onLabel={t('preferensi.ya', 'Ya')}
              offLabel={t('preferensi.tidak', 'Tidak')}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => ubah(event.target.checked)}
            />
            <Field.Hint />
          </Field.Root>
          <Typography variant="pi" textColor="neutral600">
            {t(
              'preferensi.keterangan',
              'Surel dikirim saat dokumen tiba di tahap Anda, saat dikembalikan atau ditolak, dan saat Anda ditugaskan.',
            )}
          </Typography>
        </Flex>
      </Kartu>
    </Halaman>
  );
};

export default Pemberitahuan;
