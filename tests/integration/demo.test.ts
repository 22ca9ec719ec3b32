/**
 * The demo data a newcomer sees after `npm run demo`: never created by a test boot, and when
 * installed, one account per role (able to log in) and items at the stages the README promises.
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { installDemo } from '../../src/demo';
import { hentikanStrapi, alamat, mulaiStrapi } from '../helpers/strapi';

let strapi: Core.Strapi;
beforeAll(async () => {
  strapi = await mulaiStrapi();
});
afterAll(async () => {
  await hentikanStrapi(strapi);
});

const tahapSemua = async (uid: string) =>
  (await strapi.db.query('plugin::redaksi.status-alur').findMany({ where: { uidKonten: uid } }))
    .map((s: { tahap: string }) => s.tahap)
    .sort();

it('is not installed outside development', async () => {
  expect(await strapi.db.query('admin::user').count({})).toBe(0);
  expect(await strapi.db.query('api::konten-medsos.konten-medsos').count({})).toBe(0);
});

it('installs once: an account per role and items at every stage, walked there by the engine', async () => {
  const redaksi = strapi.plugin('redaksi');
  const peranIds = await redaksi.service('peran').pastikanPeran();
  await installDemo(strapi, peranIds);
  await installDemo(strapi, peranIds);

  expect(await strapi.db.query('admin::user').count({})).toBe(13);
  await request(alamat(strapi))
    .post('/admin/login')
    .send({ email: 'tim-pelaksana@demo.kpusumbar.id', password: 'RedaksiDemo2025' })
    .expect(200);
  const pelaksana = await strapi.db
    .query('admin::user')
    .findOne({ where: { email: 'tim-pelaksana@demo.kpusumbar.id' }, populate: ['roles'] });
  expect(pelaksana.roles.map((r: { code: string }) => r.code)).toEqual(['tim-pelaksana']);

  expect(await tahapSemua('api::konten-medsos.konten-medsos')).toEqual([
    'diserahkan',
    'disetujui',
    'diunggah',
    'draf',
    'keputusan',
    'pemeriksaan',
  ]);
  expect(await tahapSemua('api::liputan.liputan')).toEqual([
    'koreksi',
    'penyusunan',
    'proyeksi',
    'tayang',
  ]);
  expect(await tahapSemua('api::disposisi.disposisi')).toEqual(['diteruskan', 'pimpinan']);
  expect(
    await strapi.db
      .query('plugin::redaksi.riwayat')
      .count({ where: { aktorNama: { $contains: 'demo' } } }),
  ).toBeGreaterThan(10);
  // The demo follows the SOP: no edit outside a stage's rule, no exemption.
  expect(
    await strapi.db
      .query('plugin::redaksi.riwayat')
      .count({ where: { pengecualian: { $notNull: true } } }),
  ).toBe(0);
});
