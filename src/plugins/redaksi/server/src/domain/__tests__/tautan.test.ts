import config from '../../config';
import { alurDisposisi } from '../../workflows/disposisi';
import { alurSop20 } from '../../workflows/sop-20';
import type { Pelaku, StatusAlur } from '../mesin';
import { menutupRantai, putuskanTautanBaru, putuskanTautanUbah } from '../tautan';

const sop20 = alurSop20(config.default.sop20);
const disposisi = alurDisposisi(config.default.sop20);

const REDAKTUR = 5;
const orang = (peran: string[], id: number | null): Pelaku => ({ id, peran, superAdmin: false });
const redaktur = orang(['redaktur-pelaksana'], REDAKTUR);
const lembar = (tahap: string, penugasan: number[] | null = [REDAKTUR]): StatusAlur => ({
  tahap,
  diserahkanPada: null,
  izinTerlambat: false,
  penugasan,
});

describe('kaitan Liputan ke lembar disposisi (SOP 20 langkah 3)', () => {
  it('lets the assigned Redaktur Pelaksana create an article linked to a sheet that reached them', () => {
    expect(putuskanTautanBaru(sop20, disposisi, redaktur, lembar('redaktur'))).toBeNull();
    expect(putuskanTautanBaru(sop20, disposisi, redaktur, lembar('dikerjakan'))).toBeNull();
  });

  it('refuses a sheet still on its way, whoever creates the article', () => {
    for (const tahap of ['ppid', 'pimpinan', 'sekretariat']) {
      expect(putuskanTautanBaru(sop20, disposisi, redaktur, lembar(tahap))).toMatchObject({
        kode: 'tautan-belum-sampai',
      });
    }
    expect(putuskanTautanBaru(sop20, disposisi, redaktur, null)).toMatchObject({
      kode: 'tautan-belum-sampai',
    });
  });

  it('refuses another Redaktur, another role, a Super Admin and code, naming who may and how', () => {
    const ditolak = [
      orang(['redaktur-pelaksana'], 6),
      orang(['sekretaris-redaksi'], REDAKTUR),
      { id: 1, peran: ['strapi-super-admin'], superAdmin: true },
      { id: null, peran: [], superAdmin: true },
    ];
    for (const pelaku of ditolak) {
      const penolakan = putuskanTautanBaru(sop20, disposisi, pelaku, lembar('redaktur'));
      expect(penolakan).toMatchObject({ kode: 'tautan-bukan-penugasan' });
      expect(penolakan?.pesan).toContain('Redaktur Pelaksana yang ditugaskan');
      expect(penolakan?.pesan).toContain('"Buat Liputan"');
    }
    expect(putuskanTautanBaru(sop20, disposisi, redaktur, lembar('redaktur', null))).toMatchObject({
      kode: 'tautan-bukan-penugasan',
    });
  });

  it('refuses every later change of the link, and has nothing to say for a workflow without one', () => {
    expect(putuskanTautanUbah(sop20, disposisi)).toMatchObject({ kode: 'tautan-tetap' });
    expect(putuskanTautanUbah(sop20, disposisi)?.pesan).toContain(
      'tidak dapat ditambah, diganti atau dilepas',
    );
    expect(putuskanTautanUbah(disposisi, sop20)).toBeNull();
    expect(putuskanTautanBaru(disposisi, sop20, redaktur, null)).toBeNull();
  });

  it('closes a chain only through the article its Redaktur made', () => {
    expect(menutupRantai(sop20, lembar('dikerjakan'), REDAKTUR)).toBe(true);
    expect(menutupRantai(sop20, lembar('redaktur'), 6)).toBe(false);
    expect(menutupRantai(sop20, lembar('sekretariat'), REDAKTUR)).toBe(false);
    expect(menutupRantai(sop20, null, REDAKTUR)).toBe(false);
    // Made by the engine on the Redaktur's action, or before the maker was recorded.
    expect(menutupRantai(sop20, lembar('dikerjakan'), null)).toBe(true);
  });
});
