/**
 * The people of the tests: admin users holding SOP roles, logged in through /admin/login like the
 * panel does, and API tokens as the website team holds them.
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { PERAN } from '../../src/plugins/redaksi/server/src/constants';
import { UID_MEDSOS } from './http';
import { alamat } from './strapi';

export const SANDI = 'SandiUji2025';

/** Makes emails and token names unique within a test file. */
let urutan = 0;

export interface Pengguna {
  id: number;
  token: string;
  email: string;
}

/** An admin user holding the given role codes, logged in through /admin/login like the panel does. */
export async function buatPengguna(strapi: Core.Strapi, kodePeran: string[]): Promise<Pengguna> {
  urutan += 1;
  const roles = await strapi.db
    .query('admin::role')
    .findMany({ where: { code: { $in: kodePeran } } });
  if (roles.length !== kodePeran.length)
    throw new Error(`Peran tidak ditemukan: ${kodePeran.join(', ')}`);
  const email = `${kodePeran.join('.') || 'tanpa-peran'}.${urutan}@uji.kpusumbar.id`;
  const user = await strapi.service('admin::user').create({
    email,
    firstname: `Uji ${kodePeran.join(' ') || 'tanpa peran'}`,
    lastname: String(urutan),
    password: SANDI,
    isActive: true,
    registrationToken: null,
    roles: roles.map((role: { id: number }) => role.id),
  });
  const res = await request(alamat(strapi)).post('/admin/login').send({ email, password: SANDI });
  if (res.status !== 200)
    throw new Error(`Login gagal (${res.status}): ${JSON.stringify(res.body)}`);
  return { id: user.id, token: res.body.data.token, email };
}

/** The six people who carry an article of SOP 20 from its projection to its publication. */
export const PERAN_SOP_20 = [
  'koordinator-liputan',
  'redaktur-pelaksana',
  'tim-peliputan',
  'sekretaris-redaksi',
  'verifikator',
  'staf-sekretariat',
] as const;

/** The four people of SOP 21, from submission to decision. */
export const PERAN_SOP_21 = [
  'tim-pelaksana',
  'admin-medsos',
  'wakil-pemimpin-redaksi',
  'pemimpin-redaksi',
] as const;

/** One admin user per role code, each holding that role alone, by code. */
export async function penggunaPerPeran(
  strapi: Core.Strapi,
  kodePeran: readonly string[],
): Promise<Record<string, Pengguna>> {
  const hasil: Record<string, Pengguna> = {};
  for (const kode of kodePeran) hasil[kode] = await buatPengguna(strapi, [kode]);
  return hasil;
}

/**
 * An admin role outside the SOP holding content-manager permissions on KontenMedsos (as an
 * administrator could configure by hand): the guard must still refuse what the SOP does not allow.
 */
export async function buatPeranUji(
  strapi: Core.Strapi,
  code: string,
  aksi: string[],
): Promise<void> {
  const role = await strapi
    .service('admin::role')
    .create({ name: `Peran uji ${code}`, code, description: 'uji' });
  const actionProvider = strapi.service('admin::permission').actionProvider;
  const permissions = strapi
    .service('admin::content-type')
    .getPermissionsWithNestedFields(
      aksi.map((nama) => actionProvider.get(`plugin::content-manager.explorer.${nama}`)),
    )
    .filter((permission: { subject: string }) => permission.subject === UID_MEDSOS);
  await strapi.service('admin::role').assignPermissions(role.id, permissions);
}

/** Every SOP role code (docs/ISTILAH.md, "Roles"), from the plugin's own constants. */
export const SEMUA_PERAN: string[] = PERAN.map((peran) => peran.kode);

/** An API token with full access, as the website team or a script would hold. */
export async function tokenApi(strapi: Core.Strapi): Promise<string> {
  urutan += 1;
  const token = await strapi.service('admin::api-token').create({
    name: `uji-${urutan}`,
    type: 'full-access',
    lifespan: null,
  });
  return token.accessKey;
}

/**
 * The document service called from code running in this admin's request, as a custom controller
 * would: the guard sees the person, not the system.
 */
export async function sebagai<T>(
  strapi: Core.Strapi,
  pengguna: Pengguna,
  fn: () => Promise<T>,
): Promise<T> {
  const user = await strapi.db
    .query('admin::user')
    .findOne({ where: { id: pengguna.id }, populate: ['roles'] });
  const ctx = { state: { user, auth: { strategy: { name: 'admin' }, credentials: user } } };
  let hasil: T | undefined;
  await strapi.requestContext.run(ctx as never, async () => {
    hasil = await fn();
  });
  return hasil as T;
}
