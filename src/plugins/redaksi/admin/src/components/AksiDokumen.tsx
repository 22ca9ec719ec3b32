import * as React from 'react';
import { skipToken } from '@reduxjs/toolkit/query';
import type { DocumentActionComponent } from '@strapi/content-manager/strapi-admin';
import { JUMLAH_SLOT_AKSI } from '../pluginId';
import { useGetAlurQuery, useGetTampilanQuery } from '../services/api';
import { FormAksi } from './FormAksi';

/**
 * The content manager takes a fixed list of document actions, each a component that describes
 * at most one action, while the SOP actions open to a user depend on the item's stage. So the
 * plugin registers JUMLAH_SLOT_AKSI slots: slot i offers the i-th action this user may take now
 * through the engine (`melalui: 'transisi'`; Publish stays Strapi's own button, guarded by the
 * server).
 */

/** The item's SOP view, for the content types that have a workflow (shared cache, one request). */
export function useTampilanSop(model: string, documentId: string | undefined) {
  const { data: definisi } = useGetAlurQuery();
  const diatur = Boolean(definisi?.alur.some((alur) => alur.uid === model));
  const hasil = useGetTampilanQuery(diatur && documentId ? { uid: model, documentId } : skipToken);
  return { diatur, ...hasil };
}

function buatSlotAksi(urutan: number): DocumentActionComponent {
  const SlotAksiSop: DocumentActionComponent = ({ model, documentId }) => {
    const { data } = useTampilanSop(model, documentId);
    const aksi = data?.aksi.filter((item) => item.melalui === 'transisi')[urutan];
    const belumTerpenuhi = React.useMemo(
      () => (data && aksi ? data.syarat.filter((syarat) => syarat.aksi === aksi.kode && !syarat.terpenuhi) : []),
      [data, aksi],
    );
    // A stable component, so that the dialog keeps what was typed while the description re-renders.
    const Isi = React.useMemo(
      () =>
        aksi && documentId
          ? ({ onClose }: { onClose: () => void }) => (
              <FormAksi uid={model} documentId={documentId} aksi={aksi} belumTerpenuhi={belumTerpenuhi} onClose={onClose} />
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

export const slotAksiSop: DocumentActionComponent[] = Array.from({ length: JUMLAH_SLOT_AKSI }, (_, i) => buatSlotAksi(i));
