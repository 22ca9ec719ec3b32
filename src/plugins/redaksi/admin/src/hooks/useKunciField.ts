import * as React from 'react';
import { useGetAlurQuery } from '../services/api';
import { kunciField, type KeadaanSunting } from '../utils/kunci';
import { useTampilanSop } from './useTampilanSop';

/**
 * Why a field of the item being edited is locked for this user, or null: the SOP view's answer
 * (one cached request, shared with the side panel). A new item has no view yet: only the
 * workflow's engine-owned fields are locked there. Content types without a workflow lock nothing.
 *
 * Called by the content manager's own field renderer (patched in src/admin/vite.config.ts), for
 * every field it draws, through `globalThis.__redaksiKunciField` (see index.tsx).
 */
export function useKunciField(
  model: string,
  documentId: string | undefined,
  nama: string,
): string | null {
  const id = documentId && documentId !== 'create' ? documentId : undefined;
  const { data: definisi } = useGetAlurQuery();
  const { data: tampilan } = useTampilanSop(model, id);
  const keadaan = React.useMemo<KeadaanSunting | null>(() => {
    if (tampilan) return tampilan;
    const alur = definisi?.alur.find((item) => item.uid === model);
    if (id || !alur) return null;
    return {
      tahapLabel: alur.tahap.find((tahap) => tahap.kode === alur.tahapAwal)?.label ?? '',
      sunting: {
        boleh: true,
        field: null,
        pesan: null,
        mesin: [...(alur.fieldMesin ?? [])],
        tetap: [],
      },
    };
  }, [tampilan, definisi, model, id]);
  return kunciField(keadaan, nama);
}
