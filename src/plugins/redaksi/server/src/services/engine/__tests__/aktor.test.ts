import type { Core } from '@strapi/strapi';
import { AKTOR_SISTEM, aktorFromRequest } from '../aktor';

/** A Strapi holding just the request context the actor is read from. */
const strapiDengan = (ctx: unknown) =>
  ({ requestContext: { get: () => ctx } }) as unknown as Core.Strapi;

const permintaan = (strategy: string, extra: Record<string, unknown> = {}) => ({
  state: { auth: { strategy: { name: strategy }, credentials: { name: 'laman' } }, ...extra },
});

describe('siapa yang bertindak', () => {
  it('is the system only for code running outside any request', () => {
    expect(aktorFromRequest(strapiDengan(undefined))).toBe(AKTOR_SISTEM);
  });

  it('is an admin with their SOP roles, a Super Admin recorded as such', () => {
    const aktor = aktorFromRequest(
      strapiDengan(
        permintaan('admin', {
          user: { id: 4, firstname: 'Rina', roles: [{ code: 'admin-medsos' }] },
        }),
      ),
    );
    expect(aktor).toMatchObject({
      id: 4,
      nama: 'Rina',
      peran: ['admin-medsos'],
      superAdmin: false,
    });
  });

  it.each(['api-token', 'content-api-token', 'admin-token'])(
    'gives a %s no role, no exemption and no edit outside the SOP',
    (strategy) => {
      expect(aktorFromRequest(strapiDengan(permintaan(strategy)))).toEqual({
        id: null,
        nama: 'API token laman',
        peran: [],
        superAdmin: false,
        bolehSuntingLuarSop: false,
        peranKhusus: 'api-token',
      });
    },
  );

  it.each(['users-permissions', 'anonim-tanpa-strategi'])(
    'never treats a %s request as the system',
    (strategy) => {
      const aktor = aktorFromRequest(strapiDengan(permintaan(strategy)));
      expect(aktor).toMatchObject({ superAdmin: false, peran: [], bolehSuntingLuarSop: false });
      expect(aktor.peranKhusus).not.toBe('sistem');
    },
  );
});
