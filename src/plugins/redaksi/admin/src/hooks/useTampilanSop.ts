import { skipToken } from '@reduxjs/toolkit/query';
import { useGetAlurQuery, useGetTampilanQuery } from '../services/api';

/**
 * An item's SOP view, for the content types that have a workflow; the side panel and the
 * document actions share it (one cache entry, one request).
 */
export function useTampilanSop(model: string, documentId: string | undefined) {
  const { data: definisi } = useGetAlurQuery();
  const diatur = Boolean(definisi?.alur.some((alur) => alur.uid === model));
  const hasil = useGetTampilanQuery(diatur && documentId ? { uid: model, documentId } : skipToken);
  return { diatur, ...hasil };
}
