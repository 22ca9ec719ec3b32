import { AKTOR_SISTEM, type Aktor } from '../aktor';
import { barisRiwayat, type CatatanRiwayat } from '../riwayat';

const redaktur: Aktor = {
  id: 7,
  nama: 'Sari',
  peran: ['operator-humas', 'redaktur'],
  superAdmin: false,
  peranKhusus: null,
};
const superAdmin: Aktor = {
  id: 1,
  nama: 'Admin',
  peran: [],
  superAdmin: true,
  peranKhusus: 'super-admin',
};

const catatan = (lagi: Partial<CatatanRiwayat> = {}): CatatanRiwayat => ({
  uidKonten: 'api::liputan.liputan',
  dokumenId: 'abc',
  aksi: 'setujui',
  dari: 'verifikasi-redaktur',
  ke: 'persetujuan-pimpinan',
  aktor: redaktur,
  peranAksi: ['redaktur'],
  waktu: new Date('2026-12-03T03:00:00Z'),
  ...lagi,
});

describe('one history row shape for every writer', () => {
  it('records the role the act belongs to that the actor holds, not their first role', () => {
    expect(barisRiwayat(catatan())).toMatchObject({
      aktorId: 7,
      aktorNama: 'Sari',
      peran: 'redaktur',
    });
  });

  it("records a Super Admin's or the system's special role when no SOP role applies", () => {
    expect(barisRiwayat(catatan({ aktor: superAdmin, peranAksi: [] })).peran).toBe('super-admin');
    expect(barisRiwayat(catatan({ aktor: AKTOR_SISTEM, peranAksi: ['redaktur'] }))).toMatchObject({
      aktorId: null,
      peran: AKTOR_SISTEM.peranKhusus,
    });
  });

  it('gives every column a value: absent ones empty, a blank note none, a note trimmed', () => {
    expect(barisRiwayat(catatan({ note: '   ' }))).toEqual({
      uidKonten: 'api::liputan.liputan',
      dokumenId: 'abc',
      aksi: 'setujui',
      dari: 'verifikasi-redaktur',
      ke: 'persetujuan-pimpinan',
      aktorId: 7,
      aktorNama: 'Sari',
      peran: 'redaktur',
      note: null,
      alasanTerlambat: null,
      terlambat: false,
      waktu: new Date('2026-12-03T03:00:00Z'),
      sidik: null,
      field: null,
      pengecualian: null,
      publik: null,
    });
    expect(barisRiwayat(catatan({ note: '  cek foto \n' })).note).toBe('cek foto');
  });
});
