import * as React from 'react';
import type { DocumentActionComponent } from '@strapi/content-manager/strapi-admin';
import { useNotification } from '@strapi/strapi/admin';
import { Download } from '@strapi/icons';
import { useTampilanSop } from '../hooks/useTampilanSop';
import { useDownload } from '../hooks/useDownload';
import { JUMLAH_SLOT_AKSI } from '../pluginId';
import { useText } from '../utils/text';
import { FormAksi } from './FormAksi';
import { useGetAlurQuery } from '../services/api';
import type { AksiTersedia, DefinisiAlur, TampilanDokumen } from '../types';
import { labelTahap } from '../utils/alur';

/**
 * The content manager shows the first panel action as the primary button, the second beside it
 * and the rest in its "⋯" menu, in the order the actions are registered; the SOP actions open to a
 * user depend on the item's stage. So the plugin registers slots: `langkah` slot i, before Strapi's
 * own buttons, offers the i-th action of this user's step (the action that moves the item on
 * first, then a rejection, then a return), and `lain` slot i, after Save, the i-th other action
 * (an exception taken at any stage, a late permission). When the step itself is Strapi's Publish
 * (SOP 21 langkah 5, SOP 20's publication), the first slot is Publish; otherwise Publish stays in
 * its place, disabled, with the stage it waits for in its label. The server decides either way.
 */

type DeskripsiAksi = NonNullable<ReturnType<DocumentActionComponent>>;
type Varian = DeskripsiAksi['variant'];

/** An action of the step is on the main path; one that stays in its stage or can come at any time is not. */
const termasukLangkah = (aksi: AksiTersedia, alur: DefinisiAlur | undefined) => {
  if (aksi.melalui === 'publish') return true;
  if (aksi.melalui !== 'transisi' || aksi.ke === null) return false;
  const definisi = alur?.aksi.filter((item) => item.kode === aksi.kode) ?? [];
  return !definisi.some((item) => item.kapanSaja);
};

const definisiAksi = (aksi: AksiTersedia, alur: DefinisiAlur | undefined, tahap: string) =>
  alur?.aksi.find((item) => item.kode === aksi.kode && item.dari.includes(tahap));

/** Rejections red, returns light red, so that "Setujui" and "Tolak" never look alike. */
function varianAksi(aksi: AksiTersedia, alur: DefinisiAlur | undefined, tahap: string): Varian {
  const definisi = definisiAksi(aksi, alur, tahap);
  if (definisi?.rekap === 'ditolak' || definisi?.efek?.includes('tarik')) return 'danger';
  if (definisi?.rekap === 'dikembalikan') return 'danger-light';
  return 'default';
}

/** Moving on first, then rejecting, then returning: the order of the step's buttons. */
function peringkat(aksi: AksiTersedia, alur: DefinisiAlur | undefined, tahap: string) {
  if (aksi.melalui === 'publish') return 0;
  const varian = varianAksi(aksi, alur, tahap);
  return varian === 'danger' ? 2 : varian === 'danger-light' ? 3 : 1;
}

/** This user's SOP actions now, split into the step's (in button order) and the others. */
export function pilahAksi(data: TampilanDokumen, alur: DefinisiAlur | undefined) {
  const langkah = data.aksi
    .filter((aksi) => termasukLangkah(aksi, alur))
    .sort((a, b) => peringkat(a, alur, data.tahap) - peringkat(b, alur, data.tahap));
  const lain = data.aksi.filter(
    (aksi) => aksi.melalui === 'transisi' && !termasukLangkah(aksi, alur),
  );
  return { langkah, lain };
}

/**
 * Why Publish is not open to this user now, in the words of the workflow: the stage it waits
 * for, or the roles it belongs to. Null when it is.
 */
export function alasanTerbitTertutup(
  data: Pick<TampilanDokumen, 'aksi' | 'tahap'>,
  alur: DefinisiAlur | undefined,
  namaPeran: (kode: string) => string,
  t: Teks,
): string | null {
  if (data.aksi.some((aksi) => aksi.melalui === 'publish')) return null;
  const terbit = alur?.aksi.filter((aksi) => aksi.melalui === 'publish') ?? [];
  if (terbit.length === 0) return null;
  const diTahapIni = terbit.filter((aksi) => aksi.dari.includes(data.tahap));
  if (diTahapIni.length > 0) {
    const peran = [...new Set(diTahapIni.flatMap((aksi) => aksi.peran))].map(namaPeran);
    return t('terbit.hanyaPeran', 'hanya {peran}', { peran: peran.join(', ') });
  }
  const tahap = [...new Set(terbit.map((aksi) => aksi.dari[0]))].map((kode) =>
    labelTahap(alur, kode),
  );
  return t('terbit.menungguTahap', 'menunggu tahap {tahap}', { tahap: tahap.join(', ') });
}

type Teks = ReturnType<typeof useText>;

/** The description of one SOP action taken through its dialog. */
function useDeskripsiAksi(
  model: string,
  documentId: string | undefined,
  data: TampilanDokumen | undefined,
  aksi: AksiTersedia | undefined,
  varian: Varian,
): DeskripsiAksi | null {
  const belumTerpenuhi = React.useMemo(
    () =>
      data && aksi
        ? data.syarat.filter((syarat) => syarat.aksi === aksi.kode && !syarat.terpenuhi)
        : [],
    [data, aksi],
  );
  // A stable component, so that the dialog keeps what was typed while the description re-renders.
  const Isi = React.useMemo(
    () =>
      aksi && documentId
        ? ({ onClose }: { onClose: () => void }) => (
            <FormAksi
              uid={model}
              documentId={documentId}
              aksi={aksi}
              belumTerpenuhi={belumTerpenuhi}
              onClose={onClose}
            />
          )
        : null,
    [aksi, belumTerpenuhi, model, documentId],
  );
  if (!aksi || !Isi || !data) return null;
  return {
    label: aksi.label,
    position: 'panel',
    variant: varian,
    dialog: { type: 'modal', title: `${aksi.label} (SOP ${data.sop.nomor})`, content: Isi },
  };
}

function useAlurDokumen(model: string, documentId: string | undefined) {
  const tampilan = useTampilanSop(model, documentId);
  const { data: definisi } = useGetAlurQuery();
  const alur = definisi?.alur.find((item) => item.uid === model);
  return { ...tampilan, alur, peran: definisi?.peran ?? [] };
}

/**
 * The document actions in the order the edit view shows them: the step's slots (the first may be
 * Publish), Save, the other SOP actions, Publish where it waits, then the rest of Strapi's.
 */
export function susunAksiDokumen(
  bawaan: DocumentActionComponent[],
  unduhan: DocumentActionComponent,
): DocumentActionComponent[] {
  const Terbit = bawaan.find((aksi) => aksi.type === 'publish');
  const Simpan = bawaan.find((aksi) => aksi.type === 'update');
  const sisanya = bawaan.filter((aksi) => aksi !== Terbit && aksi !== Simpan);

  const slotLangkah = Array.from({ length: JUMLAH_SLOT_AKSI }, (_, urutan) => {
    const SlotLangkahSop: DocumentActionComponent = (props) => {
      const { model, documentId } = props;
      // Publish's own hooks run on every render of the first slot (React's rule of hooks); its
      // description is used only when publishing is this user's step now.
      const terbit = urutan === 0 && Terbit ? Terbit(props) : null;
      const { data, alur } = useAlurDokumen(model, documentId);
      const aksi = data ? pilahAksi(data, alur).langkah[urutan] : undefined;
      const deskripsi = useDeskripsiAksi(
        model,
        documentId,
        data,
        aksi?.melalui === 'publish' ? undefined : aksi,
        data && aksi ? varianAksi(aksi, alur, data.tahap) : 'default',
      );
      if (aksi?.melalui === 'publish') return terbit ? { ...terbit, variant: 'default' } : null;
      return deskripsi;
    };
    SlotLangkahSop.position = 'panel';
    SlotLangkahSop.displayName = `SlotLangkahSop${urutan}`;
    return SlotLangkahSop;
  });

  const slotLain = Array.from({ length: JUMLAH_SLOT_AKSI }, (_, urutan) => {
    const SlotLainSop: DocumentActionComponent = ({ model, documentId }) => {
      const { data, alur } = useAlurDokumen(model, documentId);
      const aksi = data ? pilahAksi(data, alur).lain[urutan] : undefined;
      const danger = Boolean(
        data && aksi && definisiAksi(aksi, alur, data.tahap)?.efek?.includes('tarik'),
      );
      return useDeskripsiAksi(model, documentId, data, aksi, danger ? 'danger' : 'secondary');
    };
    SlotLainSop.position = 'panel';
    SlotLainSop.displayName = `SlotLainSop${urutan}`;
    return SlotLainSop;
  });

  const susunan: DocumentActionComponent[] = [...slotLangkah];
  if (Simpan) susunan.push(Simpan);
  susunan.push(unduhan, ...slotLain);
  if (Terbit) {
    const TerbitSop: DocumentActionComponent = (props) => {
      const t = useText();
      const asli = Terbit(props);
      const { diatur, data, alur, peran } = useAlurDokumen(props.model, props.documentId);
      if (!asli || !diatur) return asli;
      const namaPeran = (kode: string) => peran.find((item) => item.kode === kode)?.nama ?? kode;
      // A new item stands, once saved, at its workflow's first stage: nothing is published from there.
      if (!props.documentId && alur) {
        const alasan = alasanTerbitTertutup(
          { aksi: [], tahap: alur.tahapAwal },
          alur,
          namaPeran,
          t,
        );
        return {
          ...asli,
          disabled: true,
          label: alasan ? `${asli.label} (${alasan})` : asli.label,
        };
      }
      // Until the item's SOP state is known, nobody publishes past it.
      if (!data) return { ...asli, disabled: true };
      // Publishing is this user's step: the first slot shows it.
      if (data.aksi.some((aksi) => aksi.melalui === 'publish')) return null;
      const alasan = alasanTerbitTertutup(data, alur, namaPeran, t);
      return alasan ? { ...asli, disabled: true, label: `${asli.label} (${alasan})` } : asli;
    };
    TerbitSop.type = 'publish';
    TerbitSop.position = Terbit.position;
    TerbitSop.displayName = 'TerbitSop';
    susunan.push(TerbitSop);
  }
  return [...susunan, ...sisanya];
}

/**
 * An action taken by downloading (SOP 21 langkah 5, the upload package): one button in the
 * panel. The server decides, builds the package from what was approved and records the
 * download; the panel then shows the new history row.
 */
export const UnduhanSop: DocumentActionComponent = ({ model, documentId }) => {
  const t = useText();
  const { toggleNotification } = useNotification();
  const { data, refetch } = useTampilanSop(model, documentId);
  const { unduh, berjalan } = useDownload();
  const aksi = data?.aksi.find((item) => item.melalui === 'unduhan');
  if (!aksi || !documentId) return null;
  return {
    label: aksi.label,
    icon: <Download />,
    position: 'panel',
    variant: 'secondary',
    loading: berjalan !== null,
    disabled: berjalan !== null,
    onClick: async () => {
      const url = `/redaksi/documents/${model}/${documentId}/downloads/${aksi.kode}`;
      if (await unduh(aksi.kode, url, {}, `${aksi.kode}.zip`)) {
        toggleNotification({
          type: 'success',
          message: t('unduhan.berhasil', '{aksi}: berkas diunduh dan tercatat di riwayat.', {
            aksi: aksi.label,
          }),
        });
      }
      // The history shows the download's row.
      refetch();
      // Stay on the page: downloading moves nothing.
      return false;
    },
  };
};
UnduhanSop.displayName = 'UnduhanSop';
