import type { useFetchClient } from '@strapi/strapi/admin';

type Get = ReturnType<typeof useFetchClient>['get'];

/** The file name the server gave in Content-Disposition, else the fallback. */
function namaDariHeader(header: string | null | undefined, bawaan: string): string {
  const cocok = header ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header) : null;
  return cocok ? decodeURIComponent(cocok[1]) : bawaan;
}

/**
 * Download a file from an admin route (with the session's token, as every admin request) and
 * hand it to the browser as a download. Strapi's fetch client drops the body of a refused blob
 * request, so every status is taken here and a refusal's JSON read, for the server's own
 * Indonesian message to reach the editor.
 */
export async function downloadFile(
  get: Get,
  url: string,
  params: Record<string, string>,
  namaBawaan: string,
): Promise<void> {
  const res = await get(url, { params, responseType: 'blob', validateStatus: () => true });
  if ((res.status ?? 200) >= 400) {
    const pesan = await res.data
      .text()
      .then((teks) => (JSON.parse(teks) as { error?: { message?: string } }).error?.message)
      .catch(() => undefined);
    throw new Error(pesan || `HTTP ${res.status}`);
  }
  const alamat = URL.createObjectURL(res.data);
  const tautan = document.createElement('a');
  tautan.href = alamat;
  tautan.download = namaDariHeader(res.headers?.get('content-disposition'), namaBawaan);
  tautan.click();
  URL.revokeObjectURL(alamat);
}
