import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import config from '../../config';
import { PERAN } from '../../constants';
import rutePlugin from '../../routes/admin';
import { alurDisposisi } from '../../workflows/disposisi';
import { alurSop20 } from '../../workflows/sop-20';
import { alurSop21 } from '../../workflows/sop-21';
import { CATATAN_MESIN_UMUM, type DefinisiAlur } from '../../workflows/types';
import { aksiDitunggu } from '../mesin';
import ruteLiputan from '../../../../../../api/liputan/routes/01-custom-liputan';
import { PUBLIC_ROUTES } from '../../../../../../publik/routes';
import { NAMA_RAHASIA } from '../../../../../../utils/secrets';

/**
 * docs/ISTILAH.md is the project's glossary: every Indonesian name the code defines, in English,
 * with where it lives. The names defined as data (stages, actions, roles, conditions, effects,
 * content types and their fields, routes, environment variables) are read here from the code
 * itself, so that a new one without its entry, or an entry that no longer says what the code
 * does, fails.
 */
const AKAR = path.resolve(__dirname, '../../../../../../..');
const ISTILAH = readFileSync(path.join(AKAR, 'docs/ISTILAH.md'), 'utf8');

const SEMUA_ALUR: DefinisiAlur[] = [
  alurSop21(config.default.sop21),
  alurSop20(config.default.sop20),
  alurDisposisi(config.default.sop20),
];

const tingkatJudul = (line: string) => /^(#+) /.exec(line)?.[1].length ?? 0;

/**
 * The text under the first heading of this level that `cocok` accepts, up to the next heading of
 * that level or above.
 */
function bagian(teks: string, tingkat: number, cocok: (judul: string) => boolean): string {
  const baris = teks.split('\n');
  const mulai = baris.findIndex((line) => tingkatJudul(line) === tingkat && cocok(line));
  if (mulai === -1) return '';
  const akhir = baris.findIndex(
    (line, i) => i > mulai && tingkatJudul(line) > 0 && tingkatJudul(line) <= tingkat,
  );
  return baris.slice(mulai, akhir === -1 ? undefined : akhir).join('\n');
}

const BAGIAN = (nomor: number) => bagian(ISTILAH, 2, (judul) => judul.startsWith(`## ${nomor}. `));

/** The cells of the table rows whose first cell is exactly this name in backticks. */
const baris = (teks: string, nama: string): string[][] =>
  teks
    .split('\n')
    .filter((line) => line.startsWith(`| \`${nama}\` |`))
    .map((line) => line.split('|').map((cell) => cell.trim()));

const kode = (nama: string) => `\`${nama}\``;

describe('docs/ISTILAH.md', () => {
  it('has its ten sections', () => {
    for (let nomor = 1; nomor <= 10; nomor += 1) expect(BAGIAN(nomor)).not.toBe('');
  });

  describe.each(SEMUA_ALUR.map((alur) => [alur.kode, alur] as const))('workflow %s', (_, alur) => {
    const tahap = bagian(BAGIAN(3), 3, (judul) => judul.includes(`Stages of ${kode(alur.kode)}`));
    const aksi = bagian(BAGIAN(4), 3, (judul) => judul.includes(`Actions of ${kode(alur.kode)}`));

    it('names every stage with its label, who it waits for and who may edit in it', () => {
      expect(tahap).not.toBe('');
      const salah = alur.tahap.flatMap((definisi) => {
        const [sel] = baris(tahap, definisi.kode);
        if (!sel) return [`${definisi.kode}: no row`];
        const [, , label, , menunggu, sunting] = sel;
        const peranMenunggu = aksiDitunggu(alur, definisi.kode).flatMap((item) => item.peran);
        const peranSunting = definisi.sunting?.peran ?? [];
        return [
          ...(label === definisi.label ? [] : [`${definisi.kode}: label "${definisi.label}"`]),
          ...peranMenunggu
            .filter((peran) => !menunggu.includes(kode(peran)))
            .map((peran) => `${definisi.kode}: waits for ${peran}`),
          ...(peranMenunggu.length === 0 && !menunggu.startsWith('nobody')
            ? [`${definisi.kode}: waits for nobody`]
            : []),
          ...peranSunting
            .filter((peran) => !sunting.includes(kode(peran)))
            .map((peran) => `${definisi.kode}: ${peran} may edit`),
          ...(peranSunting.length === 0 && sunting !== 'nobody'
            ? [`${definisi.kode}: nobody may edit`]
            : []),
        ];
      });
      expect(salah).toEqual([]);
    });

    it('names every action with its label, stages from and to, roles and way', () => {
      expect(aksi).not.toBe('');
      const salah = alur.aksi.flatMap((definisi) => {
        const cocok = baris(aksi, definisi.kode).find(([, , label]) => label === definisi.label);
        const nama = `${definisi.kode} "${definisi.label}"`;
        if (!cocok) return [`${nama}: no row with this label`];
        const [, , , , dariKe, peran, melalui] = cocok;
        const [dari, ke = ''] = dariKe.split('→');
        return [
          ...definisi.dari
            .filter((stage) => !dari.includes(kode(stage)))
            .map((stage) => `${nama}: from ${stage}`),
          ...(definisi.ke === null
            ? ke.includes('stays')
              ? []
              : [`${nama}: stays in its stage`]
            : ke.includes(kode(definisi.ke))
              ? []
              : [`${nama}: to ${definisi.ke}`]),
          ...definisi.peran
            .filter((role) => !peran.includes(kode(role)))
            .map((role) => `${nama}: taken by ${role}`),
          ...(melalui === kode(definisi.melalui) ? [] : [`${nama}: via ${definisi.melalui}`]),
        ];
      });
      expect(salah).toEqual([]);
    });

    it('explains every condition, effect and rule the definition uses', () => {
      const engine = BAGIAN(6);
      const nama = new Set<string>([
        ...alur.aksi.flatMap((definisi) => [
          definisi.melalui,
          ...definisi.syarat.flatMap((syarat) => [syarat.kode, syarat.jenis]),
          ...(definisi.masukan ?? []).flatMap((kolom) => (kolom.kode ? [kolom.kode] : [])),
          ...(definisi.efek ?? []),
          ...(definisi.terlambat ? [definisi.terlambat] : []),
          ...(definisi.sidik ? [definisi.sidik] : []),
          ...(definisi.rekap ? [definisi.rekap] : []),
          ...(definisi.notifikasi ? [definisi.notifikasi.surel, definisi.notifikasi.penerima] : []),
          ...(definisi.tenggat ? [definisi.tenggat.dasar, definisi.tenggat.jenisHari] : []),
        ]),
        ...Object.keys({ ...CATATAN_MESIN_UMUM, ...alur.catatanMesin }),
        ...(alur.pemisahanTugas?.kontributor ?? []),
        ...(alur.fieldMesin ?? []),
      ]);
      expect([...nama].filter((item) => !engine.includes(kode(item)))).toEqual([]);
    });
  });

  it('names every SOP role with its title and SOPs', () => {
    const peran = BAGIAN(5);
    const salah = PERAN.filter(
      (item) =>
        !baris(peran, item.kode).some(
          ([, , nama, , sop]) => nama === item.nama && sop === item.sop.join(', '),
        ),
    ).map((item) => item.kode);
    expect(salah).toEqual([]);
  });

  describe('content types', () => {
    /** Every schema of the project: the APIs' and local plugins' content types, and components. */
    function skema(): Array<{ uid: string; atribut: string[] }> {
      const json = (file: string) =>
        JSON.parse(readFileSync(file, 'utf8')) as {
          info: { singularName?: string };
          attributes: Record<string, unknown>;
        };
      const folder = (dir: string) =>
        readdirSync(dir, { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => entry.name);
      const dariFolder = (dir: string, awalan: string) =>
        folder(dir).map((nama) => {
          const isi = json(path.join(dir, nama, 'schema.json'));
          return {
            uid: `${awalan}.${isi.info.singularName}`,
            atribut: Object.keys(isi.attributes),
          };
        });
      const src = path.join(AKAR, 'src');
      return [
        ...folder(path.join(src, 'api')).flatMap((api) =>
          dariFolder(path.join(src, 'api', api, 'content-types'), `api::${api}`),
        ),
        ...folder(path.join(src, 'plugins')).flatMap((plugin) =>
          dariFolder(
            path.join(src, 'plugins', plugin, 'server/src/content-types'),
            `plugin::${plugin}`,
          ),
        ),
        ...folder(path.join(src, 'components')).flatMap((kategori) =>
          readdirSync(path.join(src, 'components', kategori))
            .filter((file) => file.endsWith('.json'))
            .map((file) => ({
              uid: `${kategori}.${file.replace(/\.json$/, '')}`,
              atribut: Object.keys(json(path.join(src, 'components', kategori, file)).attributes),
            })),
        ),
      ];
    }

    const semua = skema();

    it('finds the workflow types among the schemas', () => {
      expect(semua.map((item) => item.uid)).toEqual(
        expect.arrayContaining(SEMUA_ALUR.map((alur) => alur.uid)),
      );
    });

    it.each(semua.map((item) => [item.uid, item] as const))(
      '%s: listed, with a row for each field',
      (uid, { atribut }) => {
        const daftar = BAGIAN(2);
        const tercantum = daftar.split('\n').filter((line) => line.startsWith(`| ${kode(uid)}`));
        expect({ uid, tercantum: tercantum.length }).toEqual({ uid, tercantum: 1 });
        const field = bagian(daftar, 3, (judul) => judul.includes(kode(uid)));
        expect(field).not.toBe('');
        expect(atribut.filter((nama) => baris(field, nama).length === 0)).toEqual([]);
      },
    );
  });

  it('lists every admin route of the plugin and every public route', () => {
    const rute = BAGIAN(7);
    const semua = [
      ...rutePlugin.routes.map((item) => `${item.method} /redaksi${item.path}`),
      ...Object.values(PUBLIC_ROUTES).map((item) => `GET ${item.jalur}`),
      ...ruteLiputan.routes.map((item) => `${item.method} /api${item.path}`),
    ];
    expect(semua.filter((item) => baris(rute, item).length === 0)).toEqual([]);
  });

  it('lists every environment variable the server reads', () => {
    const dibaca = new Set<string>(NAMA_RAHASIA);
    const pola = [
      /\benv(?:\.[a-z]+)?\(\s*'([A-Z][A-Z0-9_]+)'/g,
      /\b(?:rahasia|daftarRahasia)\(\s*env\s*,\s*'([A-Z][A-Z0-9_]+)'/g,
      /\bprocess\.env\.([A-Z][A-Z0-9_]+)/g,
      /\bprocess\.env\[\s*'([A-Z][A-Z0-9_]+)'\s*\]/g,
    ];
    const telusuri = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const lengkap = path.join(dir, entry.name);
        if (entry.isDirectory()) return entry.name === '__tests__' ? [] : telusuri(lengkap);
        return /\.tsx?$/.test(entry.name) ? [lengkap] : [];
      });
    for (const file of [
      ...telusuri(path.join(AKAR, 'config')),
      ...telusuri(path.join(AKAR, 'src')),
    ]) {
      const isi = readFileSync(file, 'utf8');
      for (const regex of pola) for (const [, nama] of isi.matchAll(regex)) dibaca.add(nama);
    }
    expect(dibaca.size).toBeGreaterThan(20);
    const lingkungan = BAGIAN(8);
    expect([...dibaca].filter((nama) => !lingkungan.includes(kode(nama))).sort()).toEqual([]);
  });
});
