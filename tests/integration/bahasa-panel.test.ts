/**
 * Indonesian for every admin user, not only the demo accounts: whoever creates them (the first
 * Super Admin registering, an invitation from Settings > Users as the panel sends it, the admin
 * user service, a script through strapi.db), a user is created with the Indonesian panel unless a
 * language is named, and a user who chose English keeps it. Strapi's own English answers that reach
 * people (a colleague's item one may not delete, a wrong password, no session) come in Indonesian.
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { fillAdminLanguage } from '../../src/utils/admin-language';
import { cmUid, http, UID_MEDSOS } from '../helpers/http';
import { buatPengguna, type Pengguna, SANDI } from '../helpers/pengguna';
import { alamat, hentikanStrapi, mulaiStrapi } from '../helpers/strapi';

let strapi: Core.Strapi;

beforeAll(async () => {
  strapi = await mulaiStrapi();
});
afterAll(() => hentikanStrapi(strapi));

const bahasaDi = async (id: number) =>
  (
    (await strapi.db
      .query('admin::user')
      .findOne({ where: { id }, select: ['preferedLanguage'] })) as {
      preferedLanguage: string | null;
    }
  ).preferedLanguage;

describe('bahasa panel pengguna admin', () => {
  let superAdmin: { token: string; id: number };

  it('the first Super Admin, registering in the browser, gets the Indonesian panel', async () => {
    const res = await request(alamat(strapi)).post('/admin/register-admin').send({
      email: 'pertama@uji.kpusumbar.id',
      firstname: 'Admin',
      lastname: 'Pertama',
      password: SANDI,
    });
    expect(res.status).toBe(200);
    superAdmin = { token: res.body.data.token, id: res.body.data.user.id };
    const me = await http(strapi, superAdmin.token).get('/admin/users/me');
    expect(me.body.data.preferedLanguage).toBe('id');
  });

  it('a person invited from Settings > Users (the panel sends no language) gets it too', async () => {
    const [peran] = await strapi.db
      .query('admin::role')
      .findMany({ where: { code: 'tim-pelaksana' } });
    const res = await http(strapi, superAdmin.token).post('/admin/users', {
      firstname: 'Rina',
      lastname: 'Undangan',
      email: 'undangan@uji.kpusumbar.id',
      roles: [peran.id],
    });
    expect(res.status).toBe(201);
    // Read back as the panel reads it, and as the database holds it.
    const dibaca = await http(strapi, superAdmin.token).get(`/admin/users/${res.body.data.id}`);
    expect(dibaca.body.data.preferedLanguage).toBe('id');
    expect(await bahasaDi(res.body.data.id)).toBe('id');

    // Accepting the invitation keeps it: the panel opens in Indonesian at the first login.
    const daftar = await request(alamat(strapi))
      .post('/admin/register')
      .send({
        registrationToken: res.body.data.registrationToken,
        userInfo: { firstname: 'Rina', lastname: 'Undangan', password: SANDI },
      });
    expect(daftar.status).toBe(200);
    expect(daftar.body.data.user.preferedLanguage).toBe('id');
  });

  it('a language the creator names is kept', async () => {
    const [peran] = await strapi.db
      .query('admin::role')
      .findMany({ where: { code: 'verifikator' } });
    const res = await http(strapi, superAdmin.token).post('/admin/users', {
      firstname: 'Guest',
      lastname: 'Editor',
      email: 'english@uji.kpusumbar.id',
      roles: [peran.id],
      preferedLanguage: 'en',
    });
    expect(res.status).toBe(201);
    expect(await bahasaDi(res.body.data.id)).toBe('en');
  });

  it('users made by code (the admin user service, strapi.db, one or many) get it as well', async () => {
    const viaService = await buatPengguna(strapi, ['admin-medsos']);
    expect(await bahasaDi(viaService.id)).toBe('id');
    const viaDb = (await strapi.db.query('admin::user').create({
      data: { firstname: 'Skrip', email: 'skrip@uji.kpusumbar.id', isActive: true },
    })) as { id: number };
    expect(await bahasaDi(viaDb.id)).toBe('id');
    await strapi.db.query('admin::user').createMany({
      data: [
        { firstname: 'Banyak', email: 'banyak-1@uji.kpusumbar.id' },
        { firstname: 'Banyak', email: 'banyak-2@uji.kpusumbar.id', preferedLanguage: 'en' },
      ],
    });
    const banyak = (await strapi.db.query('admin::user').findMany({
      where: { firstname: 'Banyak' },
      orderBy: { email: 'asc' },
    })) as { preferedLanguage: string }[];
    expect(banyak.map((satu) => satu.preferedLanguage)).toEqual(['id', 'en']);
  });

  it('a user who chooses English in their profile keeps it, also across a restart; one without a choice is given Indonesian', async () => {
    const pengguna = await buatPengguna(strapi, ['verifikator']);
    const res = await http(strapi, pengguna).put('/admin/users/me', { preferedLanguage: 'en' });
    expect(res.status).toBe(200);
    expect(await bahasaDi(pengguna.id)).toBe('en');
    // A user written before the default existed (or whose choice was cleared).
    const lama = await buatPengguna(strapi, ['verifikator']);
    await strapi.db
      .query('admin::user')
      .update({ where: { id: lama.id }, data: { preferedLanguage: null } });
    expect(await bahasaDi(lama.id)).toBeNull();

    await fillAdminLanguage(strapi);
    expect(await bahasaDi(pengguna.id)).toBe('en');
    expect(await bahasaDi(lama.id)).toBe('id');
  });
});

describe("Strapi's own English answers, in Indonesian", () => {
  let pembuat: Pengguna;
  let rekan: Pengguna;

  beforeAll(async () => {
    pembuat = await buatPengguna(strapi, ['tim-pelaksana']);
    rekan = await buatPengguna(strapi, ['tim-pelaksana']);
  });

  it("deleting a colleague's draft is refused in Indonesian, and the draft stays", async () => {
    const dibuat = await http(strapi, pembuat).post(cmUid(UID_MEDSOS), {
      judul: 'Draf milik rekan',
    });
    expect(dibuat.status).toBe(201);
    const { documentId } = dibuat.body.data as { documentId: string };

    const hapus = await http(strapi, rekan).delete(cmUid(UID_MEDSOS, documentId));
    expect(hapus.status).toBe(403);
    expect(hapus.body.error.message).toBe('Anda tidak berhak melakukan tindakan ini.');
    const masihAda = await http(strapi, pembuat).get(cmUid(UID_MEDSOS, documentId));
    expect(masihAda.status).toBe(200);
    expect(masihAda.body.data.judul).toBe('Draf milik rekan');
  });

  it('a wrong password and a missing session are answered in Indonesian', async () => {
    const salah = await request(alamat(strapi))
      .post('/admin/login')
      .send({ email: pembuat.email, password: 'bukan-sandinya' });
    expect(salah.status).toBe(400);
    expect(salah.body.error.message).toBe('Email atau kata sandi salah.');

    const tanpaSesi = await request(alamat(strapi)).get('/admin/users/me');
    expect(tanpaSesi.status).toBe(401);
    expect(tanpaSesi.body.error.message).toBe(
      'Anda belum masuk atau sesi Anda telah berakhir. Silakan masuk kembali.',
    );
    const sesiPalsu = await request(alamat(strapi))
      .get(cmUid(UID_MEDSOS))
      .set('Authorization', 'Bearer bukan-token');
    expect(sesiPalsu.status).toBe(401);
    expect(sesiPalsu.body.error.message).toBe(
      'Anda belum masuk atau sesi Anda telah berakhir. Silakan masuk kembali.',
    );
  });
});
