import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { env } from '@strapi/utils';
import konfigurasiDatabase from '../../../config/database';

const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

function sslDengan(ca: string): unknown {
  const sebelum = { ...process.env };
  Object.assign(process.env, {
    DATABASE_CLIENT: 'postgres',
    DATABASE_SSL: 'true',
    DATABASE_SSL_CA: ca,
  });
  try {
    const { connection } = konfigurasiDatabase({ env });
    return (connection.connection as { ssl: unknown }).ssl;
  } finally {
    process.env = sebelum;
  }
}

describe('DATABASE_SSL_CA for the server (config/database.ts)', () => {
  it('hands node-postgres the PEM when the variable holds it', () => {
    expect(sslDengan(PEM)).toEqual({ rejectUnauthorized: true, ca: PEM });
  });

  it('reads the PEM from a path, as the README and the backup commands allow', () => {
    const berkas = path.join(mkdtempSync(path.join(tmpdir(), 'ca-')), 'ca.pem');
    writeFileSync(berkas, PEM);
    expect(sslDengan(berkas)).toEqual({ rejectUnauthorized: true, ca: PEM });
  });
});
