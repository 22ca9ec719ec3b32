/**
 * Failed admin logins and password resets are limited per client address across accounts and per
 * account, successes never count, and two instances on one Redis share the budget.
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import {
  createLoginLimiters,
  type AdminAuthLimitConfig,
} from '../../src/middlewares/admin-auth-limit';
import { buatPengguna, type Pengguna, SANDI } from '../helpers/pengguna';
import { hapusKunciRedisUji, redisUji } from '../helpers/redis';
import { alamat, hentikanStrapi, isPostgres, mulaiStrapi } from '../helpers/strapi';

const PER_AKUN = 3;
const PER_ALAMAT = 6;

// As in production with several instances on PostgreSQL (and in CI): the budget lives in Redis
// (127.0.0.1:6379 unless REDIS_URL says otherwise), under keys of this run only.
const REDIS_UJI = isPostgres() || process.env.REDIS_URL ? redisUji('masuk') : null;

const LINGKUNGAN = {
  // Behind a proxy, as deployed: each test speaks from its own address through X-Forwarded-For.
  SERVER_PROXY: 'true',
  MASUK_BATAS_GAGAL_PER_AKUN: String(PER_AKUN),
  MASUK_BATAS_GAGAL_PER_ALAMAT: String(PER_ALAMAT),
  ...(REDIS_UJI ? { REDIS_URL: REDIS_UJI.url, REDIS_PREFIX: REDIS_UJI.prefix } : {}),
};

let strapi: Core.Strapi;
const p: Record<string, Pengguna> = {};

beforeAll(async () => {
  Object.assign(process.env, LINGKUNGAN);
  strapi = await mulaiStrapi();
  for (const kode of ['tim-pelaksana', 'admin-medsos', 'pemimpin-redaksi', 'verifikator'])
    p[kode] = await buatPengguna(strapi, [kode]);
});
afterAll(async () => {
  await hentikanStrapi(strapi);
  for (const nama of Object.keys(LINGKUNGAN)) delete process.env[nama];
  await hapusKunciRedisUji(REDIS_UJI);
});

let urutanAlamat = 0;
/** A client address of its own for each test (the last X-Forwarded-For entry, as nginx appends). */
const alamatBaru = () => `10.20.${Math.floor(urutanAlamat / 250)}.${(urutanAlamat++ % 250) + 1}`;

const masuk = (dari: string, email: string, password: string) =>
  request(alamat(strapi))
    .post('/admin/login')
    .set('X-Forwarded-For', dari)
    .send({ email, password });

describe('batas percobaan masuk admin', () => {
  it('refuses an account after its failed attempts with 429, Retry-After and an Indonesian message, even with the right password', async () => {
    const dari = alamatBaru();
    const { email } = p['tim-pelaksana'];
    for (let i = 0; i < PER_AKUN; i += 1) await masuk(dari, email, 'salah').expect(400);
    // Another address, the right password: it is the account that is held.
    const res = await masuk(alamatBaru(), email.toUpperCase(), SANDI).expect(429);
    expect(res.body.error).toMatchObject({ status: 429, name: 'RateLimitError' });
    expect(res.body.error.message).toMatch(
      /^Terlalu banyak percobaan yang gagal untuk akun ini\. Coba lagi dalam \d+ menit/,
    );
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(800);
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(900);
    // Other accounts from the same address still log in.
    await masuk(dari, p['admin-medsos'].email, SANDI).expect(200);
  });

  it('refuses an address spraying many accounts, and only that address', async () => {
    const dari = alamatBaru();
    for (let i = 0; i < PER_ALAMAT; i += 1)
      await masuk(dari, `tidak-ada-${i}@uji.kpusumbar.id`, 'salah').expect(400);
    const res = await masuk(dari, p.verifikator.email, SANDI).expect(429);
    expect(res.body.error.message).toMatch(
      /^Terlalu banyak percobaan yang gagal dari alamat ini\./,
    );
    expect(res.headers['retry-after']).toMatch(/^\d+$/);
    await masuk(alamatBaru(), p.verifikator.email, SANDI).expect(200);
  });

  it('never counts successful logins: an office behind one address logs in all day', async () => {
    const kantor = alamatBaru();
    const rekan = [
      await buatPengguna(strapi, ['koordinator-liputan']),
      await buatPengguna(strapi, ['redaktur-pelaksana']),
      await buatPengguna(strapi, ['staf-sekretariat']),
    ];
    for (let i = 0; i < PER_ALAMAT * 3; i += 1)
      await masuk(kantor, rekan[i % rekan.length].email, SANDI).expect(200);
    // ... and one colleague's typo does not lock the others out.
    await masuk(kantor, rekan[0].email, 'salah').expect(400);
    await masuk(kantor, rekan[1].email, SANDI).expect(200);
  });

  it("clears an account's failures when it logs in", async () => {
    const dari = alamatBaru();
    const { email } = p['pemimpin-redaksi'];
    for (let putaran = 0; putaran < 3; putaran += 1) {
      for (let i = 0; i < PER_AKUN - 1; i += 1) await masuk(dari, email, 'salah').expect(400);
      await masuk(alamatBaru(), email, SANDI).expect(200);
    }
  });

  it('counts bad reset tokens and registration tokens per address, and reset mails per account', async () => {
    const dari = alamatBaru();
    for (let i = 0; i < PER_ALAMAT / 2; i += 1) {
      // Refused for the token (no account holds it), not for the shape of the request, nor as a
      // server error (which would not count).
      const reset = await request(alamat(strapi))
        .post('/admin/reset-password')
        .set('X-Forwarded-For', dari)
        .send({ resetPasswordToken: `tebakan-${i}`, password: 'SandiBaru2025' })
        .expect(400);
      expect(reset.body.error).toMatchObject({ status: 400, name: 'ApplicationError' });
      const daftar = await request(alamat(strapi))
        .post('/admin/register')
        .set('X-Forwarded-For', dari)
        .send({
          registrationToken: `tebakan-${i}`,
          userInfo: { firstname: 'X', password: 'SandiBaru2025' },
        })
        .expect(400);
      expect(daftar.body.error).toMatchObject({
        name: 'ValidationError',
        message: 'Invalid registration info',
      });
    }
    const ditolak = await request(alamat(strapi))
      .post('/ADMIN/Reset-Password/')
      .set('X-Forwarded-For', dari)
      .send({ resetPasswordToken: 'lagi', password: 'SandiBaru2025' })
      .expect(429);
    expect(ditolak.body.error.message).toMatch(/dari alamat ini/);

    // A reset mail for an account that does not exist still counts against that e-mail.
    const lupa = () =>
      request(alamat(strapi))
        .post('/admin/forgot-password')
        .set('X-Forwarded-For', alamatBaru())
        .send({ email: 'lupa@uji.kpusumbar.id' });
    for (let i = 0; i < PER_AKUN; i += 1) expect((await lupa()).status).toBe(204);
    const ditahan = await lupa();
    expect(ditahan.status).toBe(429);
    expect(ditahan.body.error.message).toMatch(/untuk akun ini/);
  });
});

(REDIS_UJI ? describe : describe.skip)('dua instans, satu Redis', () => {
  it('shares the budget: failures counted by one instance refuse the next attempt on the other', async () => {
    const { Redis } = await import('ioredis');
    const config: AdminAuthLimitConfig = { perAccount: 2, perAddress: 5, windowSeconds: 60 };
    const klien = [1, 2].map(
      () => new Redis(REDIS_UJI!.url, { keyPrefix: `${REDIS_UJI!.prefix}dua:` }),
    );
    try {
      const [satu, dua] = klien.map((k) => createLoginLimiters(config, k));
      await satu.account.consume('redaktur@kpu.id');
      await dua.account.consume('redaktur@kpu.id');
      await expect(satu.account.consume('redaktur@kpu.id')).rejects.toMatchObject({
        remainingPoints: 0,
      });
      expect((await dua.account.get('redaktur@kpu.id'))?.consumedPoints).toBe(3);
      for (let i = 0; i < 5; i += 1) await (i % 2 ? satu : dua).address.consume('10.0.0.9');
      await expect(dua.address.consume('10.0.0.9')).rejects.toHaveProperty('msBeforeNext');
      // A success on one instance clears the account on both.
      await dua.account.delete('redaktur@kpu.id');
      expect(await satu.account.get('redaktur@kpu.id')).toBeNull();
    } finally {
      await Promise.all(klien.map((k) => k.quit()));
    }
  });
});
