import { Flex, Typography } from '@strapi/design-system';
import type { ItemAntrean } from '../../../shared/contracts/antrean';
import { formatWib } from '../utils/time';
import { useText } from '../utils/text';
import { StatusBadge } from './StatusBadge';

/**
 * What a queue row must say besides its stage, the same in Meja Redaksi and the homepage widget:
 * scheduled to go online at a minute (WIB), sent back (with the note: what to fix), handed in again, late without its permission (to the
 * one who gives it: it waits for you; to everyone else: it will need it).
 */
export function TandaAntrean({ item }: { item: ItemAntrean }) {
  const t = useText();
  if (!item.dikembalikan && !item.diserahkanUlang && !item.tanpaIzinTerlambat && !item.jadwalTayang)
    return null;
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Flex gap={1} wrap="wrap">
        {item.jadwalTayang ? (
          <StatusBadge warna="secondary" testId="redaksi-antrean-jadwal">
            {t('antrean.jadwalTayang', 'Terjadwal {waktu}', {
              waktu: formatWib(item.jadwalTayang),
            })}
          </StatusBadge>
        ) : null}
        {item.dikembalikan ? (
          <StatusBadge warna="danger" testId="redaksi-antrean-dikembalikan">
            {t('antrean.dikembalikan', 'Dikembalikan')}
          </StatusBadge>
        ) : null}
        {item.diserahkanUlang ? (
          <StatusBadge warna="secondary" testId="redaksi-antrean-diserahkan-ulang">
            {t('panel.diserahkanUlang', 'Diserahkan ulang')}
          </StatusBadge>
        ) : null}
        {item.perluIzinTerlambat ? (
          <StatusBadge warna="danger" testId="redaksi-perlu-izin">
            {t('antrean.perluIzin', 'Perlu izin terlambat')}
          </StatusBadge>
        ) : item.tanpaIzinTerlambat ? (
          <StatusBadge warna="danger" testId="redaksi-terlambat-tanpa-izin">
            {t('antrean.tanpaIzin', 'Terlambat: perlu izin pimpinan')}
          </StatusBadge>
        ) : null}
      </Flex>
      {item.dikembalikan?.catatan ? (
        <Typography variant="pi" textColor="neutral700">
          {t('antrean.catatanKembali', '{oleh}: {catatan}', {
            oleh: item.dikembalikan.oleh,
            catatan: item.dikembalikan.catatan,
          })}
        </Typography>
      ) : null}
    </Flex>
  );
}
