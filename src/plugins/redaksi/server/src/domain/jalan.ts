/**
 * The SOP's main path, read from a workflow definition: what the demo walks its sample items along
 * and what the tests walk theirs along, so that a stage or a step added to a definition is walked
 * without restating the path anywhere else. Pure, like the rest of the engine.
 */
import type { KodePeran } from '../constants';
import type { DefinisiAksi, DefinisiAlur } from '../workflows/types';
import { aksiDitunggu } from './mesin';

/** One step of the main path. */
export interface LangkahJalan {
  aksi: DefinisiAksi;
  /** The stage the step is taken from. */
  dari: string;
  /** The stage the work stands in afterwards: the child sheet's, for a step that writes one. */
  ke: string;
  /** The work goes on in the child sheet the step writes (a disposition forwarded). */
  diLembarAnak: boolean;
  /** Who takes it: the first of `utamakan` that may, or else the first role that may. */
  peran: KodePeran;
  /** For a step that assigns people (`penugasan`): the role of the people assigned, chosen alike. */
  ditugaskan?: KodePeran;
}

export interface OpsiJalan {
  /** Where the path ends (the stage reached by its last step); absent: where nothing leads on. */
  sampai?: string;
  /** Roles to cast where an action admits several (the Koordinator Liputan who made the plan). */
  utamakan?: readonly KodePeran[];
}

const pilihPeran = (peran: readonly KodePeran[], utamakan: readonly KodePeran[]): KodePeran =>
  utamakan.find((kode) => peran.includes(kode)) ?? peran[0];

/**
 * From the workflow's first stage, each step the one action an item waits on (`aksiDitunggu`: taken
 * by a person, moving it on, no exception) that leads to a stage the path has not been in and that
 * is neither final nor beside the path: not a return, not a rejection, not an exemption. It ends at
 * `sampai`, online (where nothing is waited on) or where nothing leads on. A definition whose path forks, or that never reaches `sampai`, is
 * an error of the definition, said as such.
 */
export function jalanUtama(alur: DefinisiAlur, opsi: OpsiJalan = {}): LangkahJalan[] {
  const { sampai, utamakan = [] } = opsi;
  // Final stages and stages beside the path (exempt information) are no way to publication.
  const akhir = new Set(
    alur.tahap.filter((tahap) => tahap.akhir || tahap.samping).map((tahap) => tahap.kode),
  );
  const dilalui = new Set([alur.tahapAwal]);
  const jalan: LangkahJalan[] = [];
  let tahap = alur.tahapAwal;
  while (tahap !== sampai) {
    const maju = aksiDitunggu(alur, tahap).flatMap((aksi) => {
      const ke = aksi.tahapAnak ?? aksi.ke;
      return ke && !dilalui.has(ke) && !akhir.has(ke) ? [{ aksi, ke }] : [];
    });
    if (maju.length === 0) break;
    if (maju.length > 1) {
      throw new Error(
        `Alur ${alur.kode} bercabang di tahap "${tahap}": ${maju.map(({ aksi }) => aksi.kode).join(', ')}`,
      );
    }
    const [{ aksi, ke }] = maju;
    const ditugaskan = aksi.penugasan ? pilihPeran(aksi.penugasan.peran, utamakan) : undefined;
    jalan.push({
      aksi,
      dari: tahap,
      ke,
      diLembarAnak: Boolean(aksi.tahapAnak),
      peran: pilihPeran(aksi.peran, utamakan),
      ...(ditugaskan ? { ditugaskan } : {}),
    });
    dilalui.add(ke);
    tahap = ke;
  }
  if (sampai !== undefined && tahap !== sampai) {
    throw new Error(`Jalan utama alur ${alur.kode} tidak sampai ke tahap "${sampai}"`);
  }
  return jalan;
}
