import * as React from 'react';
import type { DocumentActionComponent } from '@strapi/content-manager/strapi-admin';
import { useNotification } from '@strapi/strapi/admin';
import { Download } from '@strapi/icons';
import { useTampilanSop } from '../hooks/useTampilanSop';
import { useDownload } from '../hooks/useDownload';
import { JUMLAH_SLOT_AKSI } from '../pluginId';
import { useText } from '../utils/text';
import { FormAksi } from './FormAksi';

/**
 * The content manager takes a fixed list of document actions, each a component that describes
 * at most one action, while the SOP actions open to a user depend on the item's stage. So the
 * plugin registers JUMLAH_SLOT_AKSI slots: slot i offers the i-th action this user may take now
 * through the engine (`melalui: 'transisi'`; Publish stays Strapi's own button, guarded by the
 * server).
 */

function buatSlotAksi(urutan: number): DocumentActionComponent {
  const SlotAksiSop: DocumentActionComponent = ({ model, documentId }) => {
    const { data } = useTampilanSop(model, documentId);
    const aksi = data?.aksi.filter((item) => item.melalui === 'transisi')[urutan];
    const belumTerpenuhi = React.useMemo(
      () =>
        data && aksi
          ? data.syarat.filter((syarat) => syarat.aksi === aksi.kode && !syarat.terpenuhi)
          : [],
      [data, aksi],
    );
    // A stable component, so that the dialog keeps what was typed while the description re-renders.
    const Isi = React.useMemo(
      () =>
        aksi && documentId
          ? ({ onClose }: { onClose: () => void }) => (
              <FormAksi
                uid={model}
                documentId={documentId}
                aksi={aksi}
                belumTerpenuhi={belumTerpenuhi}
                onClose={onClose}
              />
            )
          : null,
      [aksi, belumTerpenuhi, model, documentId],
    );
    if (!aksi || !Isi || !data) return null;
    return {
      label: aksi.label,
      position: 'panel',
      variant: aksi.siap ? 'secondary' : 'tertiary',
      dialog: { type: 'modal', title: `${aksi.label} (SOP ${data.sop.nomor})`, content: Isi },
    };
  };
  SlotAksiSop.displayName = `SlotAksiSop${urutan}`;
  return SlotAksiSop;
}

export const slotAksiSop: DocumentActionComponent[] = Array.from(
  { length: JUMLAH_SLOT_AKSI },
  (_, i) => buatSlotAksi(i),
);

/**
 * An action taken by downloading (SOP 21 langkah 5, the upload package): one button in the
 * panel. The server decides, builds the package from what was approved and records the
 * download; the panel then shows the new history row.
 */
export const UnduhanSop: DocumentActionComponent = ({ model, documentId }) => {
  const t = useText();
  const { toggleNotification } = useNotification();
  const { data, refetch } = useTampilanSop(model, documentId);
  const { unduh, berjalan } = useDownload();
  const aksi = data?.aksi.find((item) => item.melalui === 'unduhan');
  if (!aksi || !documentId) return null;
  return {
    label: aksi.label,
    icon: <Download />,
    position: 'panel',
    variant: 'secondary',
    loading: berjalan !== null,
    disabled: berjalan !== null,
    onClick: async () => {
      const url = `/redaksi/documents/${model}/${documentId}/downloads/${aksi.kode}`;
      if (await unduh(aksi.kode, url, {}, `${aksi.kode}.zip`)) {
        toggleNotification({
          type: 'success',
          message: t('unduhan.berhasil', '{aksi}: berkas diunduh dan tercatat di riwayat.', {
            aksi: aksi.label,
          }),
        });
      }
      // The history shows the download's row.
      refetch();
      // Stay on the page: downloading moves nothing.
      return false;
    },
  };
};
UnduhanSop.displayName = 'UnduhanSop';
