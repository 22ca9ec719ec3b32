/**
 * The SOP roles (docs/ISTILAH.md, "Roles"): the server grants and checks them, the admin panel
 * names them. `kode` is stored in the admin role's `code`.
 */
export const PERAN = [
  { kode: 'pemimpin-redaksi', nama: 'Pemimpin Redaksi (Penanggung Jawab)', sop: ['20', '21'] },
  { kode: 'wakil-pemimpin-redaksi', nama: 'Wakil Pemimpin Redaksi', sop: ['20', '21'] },
  { kode: 'koordinator-liputan', nama: 'Koordinator Liputan', sop: ['20'] },
  { kode: 'redaktur-pelaksana', nama: 'Redaktur Pelaksana', sop: ['20'] },
  { kode: 'sekretaris-redaksi', nama: 'Sekretaris Redaksi', sop: ['20'] },
  {
    kode: 'verifikator',
    nama: 'Verifikator (Pengolahan Data dan Klasifikasi Informasi)',
    sop: ['20'],
  },
  { kode: 'tim-peliputan', nama: 'Tim Peliputan', sop: ['20'] },
  { kode: 'tim-pasca-produksi', nama: 'Tim Pasca Produksi', sop: ['20'] },
  { kode: 'staf-sekretariat', nama: 'Staf Sekretariat', sop: ['20'] },
  { kode: 'ppid-pembantu', nama: 'PPID Pembantu', sop: ['20'] },
  { kode: 'tim-pelaksana', nama: 'Tim Pelaksana Kegiatan', sop: ['21'] },
  { kode: 'admin-medsos', nama: 'Admin Media Sosial', sop: ['21'] },
] as const;

export type KodePeran = (typeof PERAN)[number]['kode'];
