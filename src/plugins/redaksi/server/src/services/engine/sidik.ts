import type { Core, UID as StrapiUID } from '@strapi/strapi';
import { LRUCache } from 'lru-cache';
import { buatSidik, nilaiKonten, type SkemaAtribut, type Sidik } from '../../domain/sidik';
import { type StoredFile, hashFileContent } from '../../utils/files';
import { documentService } from '../../utils/document-service';

/**
 * The content of a workflow item as the fingerprint and the edit guard see it (domain/sidik.ts),
 * read from Strapi: the type's schema, its components' schemas, and the bytes of its media files.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /**
   * The upload plugin's "replace" keeps a file's id, name and url: only its bytes tell. A file's
   * bytes change only with its row (`updatedAt`), so a hash stays valid for that row version.
   */
  const hashIsi = new LRUCache<string, string>({ max: 10_000 });

  const skema = (uid: string): SkemaAtribut =>
    strapi.getModel(uid as StrapiUID.Schema)?.attributes ?? {};

  async function hashBerkas(berkas: StoredFile): Promise<string> {
    const kunci = `${berkas.id}:${new Date(berkas.updatedAt ?? 0).getTime()}:${berkas.size}`;
    const ada = hashIsi.get(kunci);
    if (ada) return ada;
    let hash: string;
    try {
      hash = await hashFileContent(berkas, strapi.dirs.static.public);
    } catch (error) {
      // A file that cannot be read is recorded as such: it never matches a file that could.
      strapi.log.warn(
        `Berkas #${berkas.id} (${berkas.url}) tidak dapat dibaca untuk sidik konten: ${(error as Error).message}`,
      );
      return `tidak-terbaca:${berkas.hash ?? berkas.id}`;
    }
    hashIsi.set(kunci, hash);
    return hash;
  }

  /** Every media file a document holds, in any media field. */
  function berkasDalam(uid: string, dokumen: Record<string, unknown>): StoredFile[] {
    return Object.entries(skema(uid))
      .filter(([, atribut]) => atribut.type === 'media')
      .flatMap(([nama]) => {
        const value = dokumen[nama];
        return (Array.isArray(value) ? value : value ? [value] : []) as StoredFile[];
      });
  }

  return {
    /** Each content field, relations included (an edit of a link is an edit): for telling what an edit changed. */
    nilai(uid: string, dokumen: Record<string, unknown> | null): Record<string, unknown> {
      if (!dokumen) return {};
      return nilaiKonten(dokumen, skema(uid), { skemaKomponen: skema, relasi: true });
    },

    /** The draft, as `nilai` sees it. */
    async muatNilai(uid: string, documentId: string): Promise<Record<string, unknown>> {
      const dokumen = await documentService(uid).findOne({
        documentId,
        status: 'draft',
        populate: '*',
      });
      return this.nilai(uid, dokumen);
    },

    /**
     * The fingerprint of what would go online: the publishable fields and components, and each
     * media file by id and by the hash of its bytes (populated with `populate: '*'`).
     */
    async sidik(uid: string, dokumen: Record<string, unknown>): Promise<Sidik> {
      const hash = new Map<number, string>();
      for (const berkas of berkasDalam(uid, dokumen)) hash.set(berkas.id, await hashBerkas(berkas));
      const nilai = nilaiKonten(dokumen, skema(uid), {
        skemaKomponen: skema,
        relasi: false,
        hashBerkas: (berkas) => (berkas.id === undefined ? undefined : hash.get(berkas.id)),
      });
      return buatSidik(nilai);
    },
  };
};
