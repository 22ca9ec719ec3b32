import config from '../../config';
import { alurDisposisi } from '../../workflows/disposisi';
import { alurSop20 } from '../../workflows/sop-20';
import { alurSop21 } from '../../workflows/sop-21';
import {
  entriJadwal,
  entriKegiatan,
  entriTenggat,
  entriTerbit,
  peranDitunggu,
  saatWib,
  saringKalender,
  sopKalender,
  urutanKalender,
} from '../kalender';
import { rentangBulanWib } from '../tenggat';

const sop21 = alurSop21(config.default.sop21);
const sop20 = alurSop20(config.default.sop20);
const disposisi = alurDisposisi(config.default.sop20);
const mei = rentangBulanWib('2025-05');
const item = (tahap: string, judul: string | null = 'Rapat pleno') => ({
  documentId: 'abc',
  judul,
  tahap,
});

describe('kalender: saat dalam WIB', () => {
  it('puts 17:01 UTC on 30 April at 00:01 on 1 May', () => {
    expect(saatWib(new Date('2025-04-30T17:01:00Z'))).toEqual({
      tanggal: '2025-05-01',
      jam: '00:01',
      waktu: '2025-04-30T17:01:00.000Z',
    });
  });
});

describe('kalender: entri per jenis', () => {
  it('dates an activity as a whole day and names the roles the item waits for', () => {
    expect(entriKegiatan(sop21, item('draf'), '2025-05-01')).toMatchObject({
      id: 'kegiatan:sop-21:abc',
      jenis: 'kegiatan',
      tanggal: '2025-05-01',
      jam: null,
      waktu: null,
      sop: '21',
      peran: ['tim-pelaksana'],
      tautan: '/content-manager/collection-types/api::konten-medsos.konten-medsos/abc',
    });
    // Online, an item waits for no one.
    expect(peranDitunggu(sop20, 'tayang')).toEqual([]);
  });

  it('gives schedules and publications to the roles that publish, untitled items a title', () => {
    const jadwal = entriJadwal(
      sop20,
      item('terverifikasi', '  '),
      new Date('2025-05-31T16:59:00Z'),
    );
    expect(jadwal).toMatchObject({
      judul: '(tanpa judul)',
      tanggal: '2025-05-31',
      jam: '23:59',
      sop: '20',
      peran: ['staf-sekretariat', 'pemimpin-redaksi'],
    });
    expect(
      entriTerbit(sop21, item('diunggah'), new Date('2025-05-02T01:00:00Z'), '7'),
    ).toMatchObject({
      id: 'terbit:sop-21:abc:7',
      tahapLabel: expect.not.stringMatching(/^diunggah$/),
      peran: ['admin-medsos'],
    });
  });

  it('keeps the deadlines running in the stage that fall in the month, by action', () => {
    const status = { tahap: 'draf', diserahkanPada: null, izinTerlambat: false };
    // Submission by H+1: 30 April's activity is due 1 May 23:59 WIB, in May; 29 April's is not.
    const [serahkan] = entriTenggat(
      sop21,
      item('draf'),
      { tanggalKegiatan: '2025-04-30' },
      status,
      mei,
    );
    expect(serahkan).toMatchObject({
      id: 'tenggat:sop-21:abc:serahkan@draf',
      tanggal: '2025-05-01',
      jam: '23:59',
      peran: ['tim-pelaksana'],
    });
    expect(
      entriTenggat(sop21, item('draf'), { tanggalKegiatan: '2025-04-29' }, status, mei),
    ).toEqual([]);
    // A decision's actions (approve, reject, return) share one deadline: one entry for them all.
    const keputusan = entriTenggat(
      sop21,
      item('keputusan'),
      { tanggalKegiatan: '2025-05-01' },
      { ...status, tahap: 'keputusan', diserahkanPada: new Date('2025-05-02T03:00:00Z') },
      mei,
    );
    expect(keputusan.map((entri) => [entri.tanggal, entri.jam, entri.peran])).toEqual([
      ['2025-05-03', '23:59', ['pemimpin-redaksi']],
    ]);
    expect(keputusan[0].aksiLabel?.split(' / ').length).toBeGreaterThan(1);
    // A disposition sheet is due on its own `batasWaktu`, at the office it stands at.
    expect(
      entriTenggat(
        disposisi,
        item('ppid'),
        { batasWaktu: '2025-05-31' },
        { ...status, tahap: 'ppid' },
        mei,
      ).map((entri) => [entri.sop, entri.tanggal, entri.peran]),
    ).toEqual([['20', '2025-05-31', ['ppid-pembantu']]]);
  });
});

describe('kalender: saringan dan urutan', () => {
  const kegiatan = entriKegiatan(sop21, item('draf'), '2025-05-02');
  const terbit = entriTerbit(sop20, item('tayang'), new Date('2025-05-02T03:00:00Z'), '1');
  const tenggat = entriTenggat(
    sop21,
    item('draf'),
    { tanggalKegiatan: '2025-05-01' },
    { tahap: 'draf', diserahkanPada: null, izinTerlambat: false },
    mei,
  )[0];

  it('filters by SOP and keeps what concerns any of the roles asked for', () => {
    const semua = [kegiatan, terbit, tenggat];
    expect(saringKalender(semua, { sop: null, peran: [] })).toEqual(semua);
    expect(saringKalender(semua, { sop: '20', peran: [] })).toEqual([terbit]);
    expect(
      saringKalender(semua, { sop: null, peran: ['staf-sekretariat', 'admin-medsos'] }),
    ).toEqual([terbit]);
    expect(saringKalender(semua, { sop: '21', peran: ['staf-sekretariat'] })).toEqual([]);
  });

  it('orders by day, whole days first, then by time', () => {
    expect([tenggat, terbit, kegiatan].sort(urutanKalender)).toEqual([kegiatan, terbit, tenggat]);
  });

  it('counts the disposition sheets under SOP 20', () => {
    expect([sopKalender(sop20), sopKalender(disposisi), sopKalender(sop21)]).toEqual([
      '20',
      '20',
      '21',
    ]);
  });
});
