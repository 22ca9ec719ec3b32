import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  LABEL_DASAR_PENGECUALIAN,
  LABEL_KATEGORI_LIPUTAN,
  LABEL_KLASIFIKASI_INFORMASI,
  LABEL_PLATFORM,
  LABEL_SIFAT_DISPOSISI,
} from '../../../../shared/label';
import { BUKAN_KONTEN } from '../../domain/sidik';

const AKAR = path.resolve(__dirname, '../../../../../../..');
const bacaJson = (berkas: string) =>
  JSON.parse(readFileSync(path.join(AKAR, berkas), 'utf8')) as Record<string, unknown>;

/** Every enumeration attribute of the project's content types and components, by `file#field`. */
function enumerasi(): Map<string, string[]> {
  const hasil = new Map<string, string[]>();
  const telusuri = (folder: string) => {
    for (const entri of readdirSync(path.join(AKAR, folder), { withFileTypes: true })) {
      const relatif = path.join(folder, entri.name);
      if (entri.isDirectory()) telusuri(relatif);
      else if (entri.name.endsWith('.json')) {
        const atribut = (bacaJson(relatif).attributes ?? {}) as Record<
          string,
          { type?: string; enum?: string[] }
        >;
        for (const [field, isi] of Object.entries(atribut))
          if (isi.type === 'enumeration') hasil.set(`${relatif}#${field}`, isi.enum ?? []);
      }
    }
  };
  telusuri('src/api');
  telusuri('src/components');
  return hasil;
}

const TABEL: Record<string, Record<string, string>> = {
  'src/api/liputan/content-types/liputan/schema.json#kategori': LABEL_KATEGORI_LIPUTAN,
  'src/api/liputan/content-types/liputan/schema.json#klasifikasi': LABEL_KLASIFIKASI_INFORMASI,
  'src/api/liputan/content-types/liputan/schema.json#dasarPengecualian': LABEL_DASAR_PENGECUALIAN,
  'src/components/medsos/tautan.json#platform': LABEL_PLATFORM,
  'src/api/disposisi/content-types/disposisi/schema.json#sifat': LABEL_SIFAT_DISPOSISI,
};

describe('every stored code has the words people read', () => {
  it('has a label table for every enumeration of the schemas, and a label for every value', () => {
    const semua = enumerasi();
    expect([...semua.keys()].sort()).toEqual(Object.keys(TABEL).sort());
    for (const [kunci, nilai] of semua)
      for (const kode of nilai)
        expect([kunci, kode, TABEL[kunci][kode]]).toEqual([kunci, kode, expect.any(String)]);
  });

  it("says what the content manager says (the admin's Indonesian translation of the value)", () => {
    const terjemahan = bacaJson('src/admin/translations/id.json');
    for (const [kunci, nilai] of enumerasi())
      for (const kode of nilai)
        expect([kode, TABEL[kunci][kode]]).toEqual([kode, terjemahan[kode]]);
  });
});

describe('every field the content manager shows has its name in both languages', () => {
  // Strapi labels a field by `content-manager.content-types.<uid>.<field>`; a field added to a
  // schema without these keys shows its code name in the panel (the e2e language crawl finds it
  // only minutes later, in a browser).
  // Strapi's bookkeeping fields are shown too (list columns, filters); i18n is not used here.
  const SISTEM = [...BUKAN_KONTEN].filter((field) => !['locale', 'localizations'].includes(field));
  const labelDibutuhkan = () => {
    const kunci: string[] = [];
    for (const api of readdirSync(path.join(AKAR, 'src/api'))) {
      const folder = path.join('src/api', api, 'content-types');
      if (!existsSync(path.join(AKAR, folder))) continue; // a route-only API
      for (const nama of readdirSync(path.join(AKAR, folder))) {
        const skema = bacaJson(path.join(folder, nama, 'schema.json')) as {
          attributes?: Record<string, unknown>;
          pluginOptions?: { 'content-manager'?: { visible?: boolean } };
        };
        if (skema.pluginOptions?.['content-manager']?.visible === false) continue; // not in the panel
        const atribut = Object.keys(skema.attributes ?? {});
        for (const field of [...SISTEM, ...atribut])
          kunci.push(`content-manager.content-types.api::${api}.${nama}.${field}`);
      }
    }
    return kunci;
  };

  it.each(['id', 'en'])('src/admin/translations/%s.json', (bahasa) => {
    const terjemahan = bacaJson(`src/admin/translations/${bahasa}.json`);
    const kunci = labelDibutuhkan();
    expect(kunci.length).toBeGreaterThan(SISTEM.length * 3);
    expect(kunci.filter((k) => typeof terjemahan[k] !== 'string')).toEqual([]);
  });
});
