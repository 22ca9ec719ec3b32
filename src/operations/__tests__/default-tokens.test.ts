import path from 'node:path';
import { partitionDefaultTokens, STRAPI_DEFAULT_TOKENS } from '../default-tokens';

const [bacaSaja, aksesPenuh] = STRAPI_DEFAULT_TOKENS;

describe('token API bawaan Strapi', () => {
  it('knows them as the installed @strapi/admin creates them', async () => {
    // The package does not export its constants; an upgrade that renames them fails here.
    const { DEFAULT_API_TOKENS } = (await import(
      path.join(
        path.dirname(require.resolve('@strapi/admin/package.json')),
        'dist/server/server/src/services/constants.js',
      )
    )) as { DEFAULT_API_TOKENS: Array<Record<string, unknown>> };
    expect(
      DEFAULT_API_TOKENS.map(({ name, description, type, kind, lifespan }) => ({
        name,
        description,
        type,
        kind,
        lifespan,
      })),
    ).toEqual(
      STRAPI_DEFAULT_TOKENS.map((token) => ({ ...token, kind: 'content-api', lifespan: null })),
    );
  });

  it('removes the unused default tokens, names the used ones, and leaves every other token alone', () => {
    const tokens = [
      { id: 1, ...bacaSaja, kind: 'content-api', lastUsedAt: null },
      { id: 2, ...aksesPenuh, kind: 'content-api', lastUsedAt: '2026-11-23T01:00:00.000Z' },
      // The website's token, made by the Super Admin; one that only borrows a default name;
      // an admin token of the same name and type.
      { id: 3, name: 'Situs web', description: '', type: 'read-only', kind: 'content-api' },
      { id: 4, name: 'Full Access', description: 'Skrip impor', type: 'full-access' },
      { id: 5, ...bacaSaja, kind: 'admin', lastUsedAt: null },
    ];
    const { hapus, dipakai } = partitionDefaultTokens(tokens);
    expect(hapus.map((token) => token.id)).toEqual([1]);
    expect(dipakai.map((token) => token.id)).toEqual([2]);
  });
});
