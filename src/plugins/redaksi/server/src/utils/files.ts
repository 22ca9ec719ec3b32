import { createHash } from 'node:crypto';
import { constants, createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';

/** A stored media file, as far as reading its bytes goes. */
export interface StoredFile {
  id: number;
  url?: string | null;
  hash?: string | null;
  size?: number | null;
  updatedAt?: string | Date | number | null;
}

/**
 * A media file's bytes as a stream: from the public folder for the local provider, over HTTP for
 * a provider that serves absolute URLs.
 */
export async function openFileContent(berkas: StoredFile, folderPublik: string): Promise<Readable> {
  const url = berkas.url ?? '';
  if (/^https?:\/\//.test(url)) {
    const res = await fetch(url);
    if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
    // Needed where this file is compiled with the DOM library (tsconfig.tests.json), whose fetch
    // answers the DOM's ReadableStream; the server's program (the one linted) has only Node's.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    return Readable.fromWeb(res.body as import('node:stream/web').ReadableStream);
  }
  const berkasLokal = path.join(folderPublik, url);
  // Opened before it is handed on, so that a missing file fails here and not inside a consumer.
  await access(berkasLokal, constants.R_OK);
  return createReadStream(berkasLokal);
}

/**
 * The sha256 of a media file's bytes. The upload plugin's "replace" keeps id, name and url, so
 * only the bytes tell a replaced file apart.
 */
export async function hashFileContent(berkas: StoredFile, folderPublik: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const potongan of await openFileContent(berkas, folderPublik))
    hash.update(potongan as Buffer);
  return hash.digest('hex');
}
