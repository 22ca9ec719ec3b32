import type { Core } from '@strapi/strapi';
import { hentikanStrapi, mulaiStrapi } from '../helpers/strapi';

let strapi: Core.Strapi;
beforeAll(async () => {
  strapi = await mulaiStrapi();
});
afterAll(async () => {
  await hentikanStrapi(strapi);
});

it('boots', async () => {
  expect(strapi.plugin('redaksi')).toBeDefined();
  const roles = await strapi.db.query('admin::role').findMany({});
  console.log(roles.map((r: any) => r.code));
});
