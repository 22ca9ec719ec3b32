/**
 * The first new field of a content type springs no trap: items approved before it still publish
 * (their fingerprint has no such field: it compares as empty), and the SOP roles get its permission
 * on the next start, derived from the permission table and the schemas, with no version to bump.
 */
import type { Core } from '@strapi/strapi';
import { http, jalur, UID_MEDSOS } from '../helpers/http';
import { buatPengguna, type Pengguna, PERAN_SOP_21 } from '../helpers/pengguna';
import { buatKontenMedsos, medsosSampaiTahap } from '../helpers/sop';
import { hentikanStrapi, mulaiStrapi } from '../helpers/strapi';

let strapi: Core.Strapi;
const p: Record<string, Pengguna> = {};

beforeAll(async () => {
  strapi = await mulaiStrapi();
  for (const kode of PERAN_SOP_21) p[kode] = await buatPengguna(strapi, [kode]);
});
afterAll(async () => {
  await hentikanStrapi(strapi);
});

const UID_STATUS = 'plugin::redaksi.status-alur';

describe('kolom yang ditambahkan setelah persetujuan', () => {
  it('publishes an item approved before the field existed, and still refuses a value put in it', async () => {
    const documentId = await buatKontenMedsos(strapi, p['tim-pelaksana'], {
      tautan: [{ platform: 'instagram', url: 'https://www.instagram.com/p/uji/' }],
    });
    await medsosSampaiTahap(strapi, p, documentId, 'disetujui');
    // The approval as it was recorded before `lokasi` was part of the schema.
    const status = await strapi.db
      .query(UID_STATUS)
      .findOne({ where: { uidKonten: UID_MEDSOS, dokumenId: documentId } });
    const { lokasi: _baru, ...lama } = status.sidikDisetujui.field as Record<string, string>;
    expect(_baru).toBeDefined();
    await strapi.db.query(UID_STATUS).update({
      where: { id: status.id },
      data: { sidikDisetujui: { ...status.sidikDisetujui, field: lama } },
    });

    const view = await http(strapi, p['admin-medsos']).get(jalur.redaksi(documentId)).expect(200);
    expect(view.body.data.sidik.berubah).toEqual([]);
    await http(strapi, p['admin-medsos']).post(jalur.cmPublish(documentId)).expect(200);

    // A value in the new field is content nobody approved: named, and refused on publication.
    await strapi.db.query(UID_MEDSOS).update({
      where: { documentId, publishedAt: null },
      data: { lokasi: 'Aula KPU' },
    });
    const res = await http(strapi, p['admin-medsos']).post(jalur.cmPublish(documentId)).expect(400);
    expect(res.body.error.message).toContain('Konten berubah sejak disetujui: lokasi');
  });
});

describe('izin peran untuk kolom baru', () => {
  const izinUbah = async (kode: string): Promise<string[]> => {
    const role = await strapi.db.query('admin::role').findOne({ where: { code: kode } });
    const izin = await strapi.db.query('admin::permission').findOne({
      where: {
        role: role.id,
        action: 'plugin::content-manager.explorer.update',
        subject: UID_MEDSOS,
      },
    });
    return (izin?.properties?.fields as string[] | undefined) ?? [];
  };

  it('gives the SOP roles a field added to the schema, with no version bumped by hand, and leaves hand-made changes alone otherwise', async () => {
    const peran = strapi.plugin('redaksi').service('peran');
    const atribut = strapi.contentTypes[UID_MEDSOS].attributes as Record<string, unknown>;
    expect(await izinUbah('tim-pelaksana')).not.toContain('kolomUji');

    atribut.kolomUji = { type: 'string' };
    try {
      // What the next start does with a schema that has the field.
      await peran.pastikanPeran();
      expect(await izinUbah('tim-pelaksana')).toContain('kolomUji');
      expect(await izinUbah('admin-medsos')).toContain('kolomUji');
    } finally {
      delete atribut.kolomUji;
    }
    await peran.pastikanPeran();
    expect(await izinUbah('tim-pelaksana')).not.toContain('kolomUji');

    // Same code, same schemas: an administrator's change in Settings > Roles stays.
    const role = await strapi.db.query('admin::role').findOne({ where: { code: 'tim-pelaksana' } });
    await strapi.db.query('admin::permission').deleteMany({
      where: { role: role.id, action: 'plugin::content-manager.explorer.delete' },
    });
    await peran.pastikanPeran();
    expect(
      await strapi.db.query('admin::permission').count({
        where: { role: role.id, action: 'plugin::content-manager.explorer.delete' },
      }),
    ).toBe(0);
  });
});
