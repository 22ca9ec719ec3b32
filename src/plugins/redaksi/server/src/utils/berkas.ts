import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** A stored media file, as far as reading its bytes goes. */
export interface BerkasTersimpan {
  id: number;
  url?: string | null;
  hash?: string | null;
  size?: number | null;
  updatedAt?: string | Date | number | null;
}

/**
 * The sha256 of a media file's bytes: from the public folder for the local provider, over HTTP
 * for a provider that serves absolute URLs. The upload plugin's "replace" keeps id, name and url,
 * so only the bytes tell a replaced file apart.
 */
export async function hashIsiBerkas(berkas: BerkasTersimpan, folderPublik: string): Promise<string> {
  const url = berkas.url ?? '';
  let isi: Buffer;
  if (/^https?:\/\//.test(url)) {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    isi = Buffer.from(await res.arrayBuffer());
  } else {
    isi = await readFile(path.join(folderPublik, url));
  }
  return createHash('sha256').update(isi).digest('hex');
}
