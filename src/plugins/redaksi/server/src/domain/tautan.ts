/**
 * The link an item makes to an item of another workflow (a Liputan carrying out a disposition),
 * decided from the workflow's `tahapAwalJikaTerkait` data. Pure, like the state machine: the
 * guard feeds it the linked item's state and the person creating or editing.
 */
import { PERAN } from '../constants';
import type { DefinisiAlur } from '../workflows/types';
import { labelTahap, type Pelaku, type StatusAlur } from './mesin';

export type KodePenolakanTautan = 'tautan-belum-sampai' | 'tautan-bukan-penugasan' | 'tautan-tetap';

export interface PenolakanTautan {
  kode: KodePenolakanTautan;
  pesan: string;
}

const namaPeran = (kode: readonly string[]) =>
  kode.map((k) => PERAN.find((peran) => peran.kode === k)?.nama ?? k).join(' atau ');

/** The action of the linked workflow that makes the link, as its label reads, with its roles. */
function aksiTerkait(alur: DefinisiAlur, alurTerkait: DefinisiAlur) {
  const kode = alur.tahapAwalJikaTerkait?.aksiTerkait;
  return alurTerkait.aksi.find((aksi) => aksi.kode === kode);
}

/**
 * Whether this person, creating an item by hand (not the engine's own effect), may link it to the
 * item whose state is `terkait`: the chain has arrived (the linked item stands in one of
 * `tahapTerkaitSah`), and the person is one the linked item's state assigns, holding a role of the
 * action that makes the link. No exemption for a Super Admin or code: they take that action on
 * the linked item, whose history records who did.
 */
export function putuskanTautanBaru(
  alur: DefinisiAlur,
  alurTerkait: DefinisiAlur,
  pelaku: Pelaku,
  terkait: StatusAlur | null,
): PenolakanTautan | null {
  const aturan = alur.tahapAwalJikaTerkait;
  if (!aturan) return null;
  if (!terkait || !aturan.tahapTerkaitSah.includes(terkait.tahap)) {
    const sah = aturan.tahapTerkaitSah
      .map((kode) => `"${labelTahap(alurTerkait, kode)}"`)
      .join(' atau ');
    return {
      kode: 'tautan-belum-sampai',
      pesan: `${aturan.field} hanya dapat dikaitkan setelah lembarnya sampai di tahap ${sah}; lembar ini masih di tahap "${labelTahap(alurTerkait, terkait?.tahap ?? alurTerkait.tahapAwal)}". Tunggu sampai disposisi diteruskan kepada Redaktur Pelaksana (SOP ${alur.sop.nomor} langkah 1-3).`,
    };
  }
  const aksi = aksiTerkait(alur, alurTerkait);
  const peranAksi = aksi?.peran ?? [];
  const berperan = peranAksi.some((peran) => pelaku.peran.includes(peran));
  const ditugaskan = (terkait.penugasan ?? []).includes(pelaku.id ?? -1);
  if (aksi && berperan && ditugaskan) return null;
  return {
    kode: 'tautan-bukan-penugasan',
    pesan: `${aturan.field} hanya dapat dikaitkan oleh ${namaPeran(peranAksi)} yang ditugaskan pada lembar itu, saat membuat dokumennya atau dengan aksi "${aksi?.label ?? aturan.aksiTerkait}" pada lembarnya; Anda bukan yang ditugaskan. Rantai disposisi mencatat siapa yang melaksanakannya, dan tayangnya dokumen ini menutup rantai itu (SOP ${alur.sop.nomor} langkah 3).`,
  };
}

/**
 * Adding, replacing or removing the link of an existing item: refused to everyone but the engine,
 * a Super Admin included. The link is the record of which article carries out which letter, and
 * publication closes the chain through it; a correction is a new article made from the sheet.
 */
export function putuskanTautanUbah(
  alur: DefinisiAlur,
  alurTerkait: DefinisiAlur,
): PenolakanTautan | null {
  const aturan = alur.tahapAwalJikaTerkait;
  if (!aturan) return null;
  const aksi = aksiTerkait(alur, alurTerkait);
  return {
    kode: 'tautan-tetap',
    pesan: `${aturan.field} dikaitkan sekali, saat dokumen dibuat dari lembarnya oleh ${namaPeran(aksi?.peran ?? [])} yang ditugaskan (aksi "${aksi?.label ?? aturan.aksiTerkait}"); kaitan itu tidak dapat ditambah, diganti atau dilepas sesudahnya oleh siapa pun, karena rantai disposisi adalah bukti dan tayangnya dokumen yang terkait menutup rantai itu (SOP ${alur.sop.nomor} langkah 3 dan 8).`,
  };
}

/**
 * SOP 20 langkah 8: whether the publication of an item made by `pembuatId` closes the chain of the
 * linked item in state `terkait`. Only when the chain had arrived, and the item was made by one of
 * the people the linked item assigns (by hand or through the action, run in their name). An item
 * whose maker was never recorded (made before it was) is judged by the chain's arrival alone.
 */
export function menutupRantai(
  alur: DefinisiAlur,
  terkait: StatusAlur | null,
  pembuatId: number | null | undefined,
): boolean {
  const aturan = alur.tahapAwalJikaTerkait;
  if (!aturan || !terkait || !aturan.tahapTerkaitSah.includes(terkait.tahap)) return false;
  if (pembuatId === null || pembuatId === undefined) return true;
  return (terkait.penugasan ?? []).includes(pembuatId);
}
