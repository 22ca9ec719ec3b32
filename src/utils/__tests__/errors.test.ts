import { classifyError, FileStorageError } from '../errors';

const putus = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
  code: 'ECONNREFUSED',
});

describe('503 yang hanya mengatakan apa yang diketahui', () => {
  it('a read says nothing about saving', () => {
    expect(classifyError(putus, { bacaSaja: true, perubahanMungkinTersimpan: true })).toMatchObject(
      {
        status: 503,
        message:
          'Basis data sedang tidak dapat dihubungi, mungkin sedang dimulai ulang. Coba lagi beberapa detik lagi.',
        retryAfterDetik: 5,
      },
    );
  });

  it('a write says nothing was saved only while no change was sent', () => {
    expect(
      classifyError(putus, { bacaSaja: false, perubahanMungkinTersimpan: false })?.message,
    ).toMatch(/Tidak ada yang tersimpan dari permintaan ini/);
    const tidakDiketahui = classifyError(new Error('Connection terminated unexpectedly'), {
      bacaSaja: false,
      perubahanMungkinTersimpan: true,
    });
    expect(tidakDiketahui?.message).toMatch(
      /belum diketahui apakah perubahannya tersimpan\. Muat ulang halaman/,
    );
    expect(tidakDiketahui?.message).not.toMatch(/Tidak ada yang tersimpan/);
    expect(tidakDiketahui?.alasan).toMatch(/hasil perubahan tidak diketahui/);
  });
});

describe('berkas yang tidak dapat disimpan', () => {
  const keadaan = { bacaSaja: false, perubahanMungkinTersimpan: false };
  const dariSistemBerkas = (code: string) =>
    Object.assign(new Error(`${code}: /srv/app/public/uploads/a.jpg`), { code });

  it.each(['EACCES', 'EROFS', 'EPERM'])(
    'an upload folder the server may not write (%s): 500 telling the operator to fix it',
    (code) => {
      const galat = new FileStorageError(code, '/srv/app/public/uploads', dariSistemBerkas(code));
      galat.dibatalkan =
        'unggahan dibatalkan utuh (1 berkas yang mulai ditulis dibersihkan, 0 baris dihapus)';
      const penolakan = classifyError(galat, keadaan);
      expect(penolakan).toMatchObject({ status: 500, name: 'InternalServerError' });
      expect(penolakan?.message).toMatch(/^Folder unggahan di server tidak dapat ditulis/);
      expect(penolakan?.message).toMatch(/operator server untuk memperbaiki izin/);
      expect(penolakan?.alasan).toBe(
        `folder unggahan tidak dapat ditulis (${code}: /srv/app/public/uploads); unggahan dibatalkan utuh (1 berkas yang mulai ditulis dibersihkan, 0 baris dihapus)`,
      );
    },
  );

  it('a full disk is 507, for an upload or anything else', () => {
    const penuh = dariSistemBerkas('ENOSPC');
    expect(
      classifyError(new FileStorageError('ENOSPC', '/srv/app/public/uploads', penuh), keadaan)
        ?.status,
    ).toBe(507);
    expect(classifyError(penuh, keadaan)?.status).toBe(507);
  });

  it('a permission error outside an upload is not taken for the upload folder', () => {
    expect(classifyError(dariSistemBerkas('EACCES'), keadaan)).toBeNull();
  });
});
