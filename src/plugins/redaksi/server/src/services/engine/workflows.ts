import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { KonfigurasiRedaksi } from '../../config';
import { PLUGIN_ID } from '../../constants';
import { CATATAN_MESIN_UMUM, type DefinisiAlur } from '../../workflows/types';
import { alurDisposisi } from '../../workflows/disposisi';
import { alurSop20 } from '../../workflows/sop-20';
import { alurSop21 } from '../../workflows/sop-21';

/** The workflow definitions, built once from configuration. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = strapi.config.get<KonfigurasiRedaksi>(`plugin::${PLUGIN_ID}`);
  const daftar: DefinisiAlur[] = [
    alurSop21(config.sop21),
    alurSop20(config.sop20),
    alurDisposisi(config.sop20),
  ].map((alur) => ({ ...alur, catatanMesin: { ...CATATAN_MESIN_UMUM, ...alur.catatanMesin } }));

  return {
    /** The plugin's configuration (thresholds, notifications), as validated at start. */
    konfigurasi(): KonfigurasiRedaksi {
      return config;
    },

    semua(): DefinisiAlur[] {
      return daftar;
    },

    untukUid(uid: string): DefinisiAlur | undefined {
      return daftar.find((alur) => alur.uid === uid);
    },

    /** The workflow of what an item is created linked to (a Liputan's disposition sheet), if any. */
    terkait(alur: DefinisiAlur): DefinisiAlur | undefined {
      const field = alur.tahapAwalJikaTerkait?.field;
      const atribut = field
        ? (
            strapi.getModel(alur.uid)?.attributes as Record<string, { target?: string }> | undefined
          )?.[field]
        : undefined;
      return atribut?.target ? daftar.find((item) => item.uid === atribut.target) : undefined;
    },

    wajib(uid: string): DefinisiAlur {
      const alur = daftar.find((candidate) => candidate.uid === uid);
      if (!alur) {
        throw new errors.NotFoundError(`Jenis konten "${uid}" tidak diatur oleh alur SOP redaksi`);
      }
      return alur;
    },
  };
};
