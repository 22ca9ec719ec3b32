import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { errorMessage, useText } from '../utils/text';
import { downloadFile } from '../utils/download';

/**
 * A download from an admin route with what the editor sees around it: which download is running
 * (its button shows busy) and, when the server refuses, the server's own message. `unduh` answers
 * whether the file reached the browser.
 */
export function useDownload() {
  const t = useText();
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [berjalan, setBerjalan] = React.useState<string | null>(null);

  const unduh = React.useCallback(
    async (
      kunci: string,
      url: string,
      params: Record<string, string>,
      namaBawaan: string,
    ): Promise<boolean> => {
      setBerjalan(kunci);
      try {
        await downloadFile(get, url, params, namaBawaan);
        return true;
      } catch (galat) {
        toggleNotification({
          type: 'danger',
          message: errorMessage(galat, t('unduhan.gagal', 'Berkas tidak dapat diunduh.')),
        });
        return false;
      } finally {
        setBerjalan(null);
      }
    },
    [get, t, toggleNotification],
  );

  return { unduh, berjalan };
}
