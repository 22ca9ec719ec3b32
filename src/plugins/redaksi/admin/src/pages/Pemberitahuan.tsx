import { Page, useNotification } from '@strapi/strapi/admin';
import { Field, Flex, Toggle, Typography } from '@strapi/design-system';
import { PluginPage } from '../components/PluginPage';
import { Card } from '../components/Card';
import { useAturPreferensiMutation, useGetPreferensiQuery } from '../services/api';
import { errorMessage, useText } from '../utils/text';
import { DismissibleAlert } from '../components/DismissibleAlert';

/**
 * Settings > Redaksi > Pemberitahuan: each admin turns notification emails on or off for
 * themselves. The queue (Meja Redaksi) shows everything either way.
 */
const Pemberitahuan = () => {
  const t = useText();
  const { toggleNotification } = useNotification();
  const { data, error, isLoading } = useGetPreferensiQuery();
  const [atur, { isLoading: menyimpan }] = useAturPreferensiMutation();

  if (isLoading) return <Page.Loading />;
  if (error || !data)
    return (
      <Page.Error
        content={errorMessage(error, t('preferensi.gagal', 'Preferensi tidak dapat dimuat.'))}
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
        message: errorMessage(
          galat,
          t('preferensi.gagalSimpan', 'Preferensi tidak dapat disimpan.'),
        ),
      });
    }
  }

  return (
    <PluginPage
      judul={t('preferensi.judul', 'Pemberitahuan')}
      subjudul={t(
        'preferensi.subjudul',
        'Surel saat ada yang menunggu Anda, dan pengingat harian pukul 07.00 dan 13.00 WIB',
      )}
    >
      <Card padding={6}>
        <Flex direction="column" alignItems="stretch" gap={4}>
          {!data.surelServerAktif ? (
            <DismissibleAlert
              variant="default"
              judul={t('preferensi.serverMati.judul', 'Surel belum diaktifkan')}
            >
              {t(
                'preferensi.serverMati',
                'Server belum diatur untuk mengirim surel (SMTP). Pilihan Anda tetap disimpan.',
              )}
            </DismissibleAlert>
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
      </Card>
    </PluginPage>
  );
};

export default Pemberitahuan;
