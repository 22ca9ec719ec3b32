import { klasifikasiGalat } from '../galat';

const putus = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
  code: 'ECONNREFUSED',
});

describe('503 yang hanya mengatakan apa yang diketahui', () => {
  it('a read says nothing about saving', () => {
    expect(
      klasifikasiGalat(putus, { bacaSaja: true, perubahanMungkinTersimpan: true }),
    ).toMatchObject({
      status: 503,
      message:
        'Basis data sedang tidak dapat dihubungi, mungkin sedang dimulai ulang. Coba lagi beberapa detik lagi.',
      retryAfterDetik: 5,
    });
  });

  it('a write says nothing was saved only while no change was sent', () => {
    expect(
      klasifikasiGalat(putus, { bacaSaja: false, perubahanMungkinTersimpan: false })?.message,
    ).toMatch(/Tidak ada yang tersimpan dari permintaan ini/);
    const tidakDiketahui = klasifikasiGalat(new Error('Connection terminated unexpectedly'), {
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
