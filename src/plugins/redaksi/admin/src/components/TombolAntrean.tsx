import * as React from 'react';
import { useAuth } from '@strapi/strapi/admin';
import { Button, Flex, LinkButton, Modal, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { Link } from 'react-router-dom';
import { useTampilanSop } from '../hooks/useTampilanSop';
import type { DefinisiAlur, ItemAntrean } from '../types';
import { labelAksi, tautanDokumen } from '../utils/alur';
import { useText } from '../utils/text';
import { FormAksi } from './FormAksi';

/** The dialog's body: the item's SOP state is read first, so the form gets the action as it stands now. */
function IsiDialog({
  item,
  kode,
  onClose,
}: {
  item: ItemAntrean;
  kode: string;
  onClose: () => void;
}) {
  const t = useText();
  const { data, isLoading } = useTampilanSop(item.uid, item.documentId);
  const aksi = data?.aksi.find((calon) => calon.kode === kode && calon.melalui === 'transisi');
  const belumTerpenuhi = React.useMemo(
    () => (data ? data.syarat.filter((syarat) => syarat.aksi === kode && !syarat.terpenuhi) : []),
    [data, kode],
  );
  if (aksi) {
    return (
      <FormAksi
        uid={item.uid}
        documentId={item.documentId}
        aksi={aksi}
        belumTerpenuhi={belumTerpenuhi}
        onClose={onClose}
      />
    );
  }
  return (
    <Modal.Body>
      <Typography variant="omega">
        {isLoading || !data
          ? t('umum.memuat', 'Memuat…')
          : // The item moved on since the list was read: the server no longer offers this action.
            t(
              'antrean.aksiTidakLagi',
              'Tindakan ini tidak lagi tersedia: dokumen sudah berpindah tahap.',
            )}
      </Typography>
    </Modal.Body>
  );
}

/**
 * The "Tindakan" of a queue row (Meja Redaksi, the homepage widget): one button per action waiting
 * for this user. An action taken through a transition opens its dialog right here; Publish and a
 * download happen in the edit view, so those buttons open the item.
 */
export function TombolAksiAntrean({
  item,
  alur,
  ukuran = 'S',
}: {
  item: ItemAntrean;
  alur: DefinisiAlur | undefined;
  ukuran?: 'S' | 'M';
}) {
  const [terbuka, setTerbuka] = React.useState<string | null>(null);
  // Without the workflow's definitions (still loading) an action has no label but its code: no
  // button until they arrive, rather than a raw "serahkan" shown to a person.
  if (item.aksi.length === 0 || !alur) return null;
  const definisi = (kode: string) =>
    alur?.aksi.find((aksi) => aksi.kode === kode && aksi.dari.includes(item.tahap));
  return (
    // A click in here (or in the dialog, whose events bubble through React's tree) is not a click
    // on the row that opens the item.
    <div onClick={(e) => e.stopPropagation()} role="presentation">
      <Flex gap={1} wrap="wrap">
        {item.aksi.map((kode) => {
          const aksi = definisi(kode);
          const label = labelAksi(alur, kode, item.tahap);
          const varian =
            aksi?.rekap === 'ditolak' || aksi?.efek?.includes('tarik')
              ? 'danger'
              : aksi?.rekap === 'dikembalikan'
                ? 'danger-light'
                : 'default';
          if (aksi && aksi.melalui !== 'transisi')
            return (
              <LinkButton
                key={kode}
                size={ukuran}
                variant="secondary"
                tag={Link}
                to={tautanDokumen(item.uid, item.documentId)}
                data-testid="redaksi-antrean-aksi"
              >
                {label}
              </LinkButton>
            );
          return (
            <Button
              key={kode}
              size={ukuran}
              variant={varian}
              onClick={() => setTerbuka(kode)}
              data-testid="redaksi-antrean-aksi"
            >
              {label}
            </Button>
          );
        })}
      </Flex>
      {terbuka ? (
        <Modal.Root open onOpenChange={(buka: boolean) => (buka ? null : setTerbuka(null))}>
          <Modal.Content>
            <Modal.Header>
              <Modal.Title>
                {labelAksi(alur, terbuka, item.tahap)}
                {alur ? ` (SOP ${alur.sop.nomor})` : ''}
              </Modal.Title>
            </Modal.Header>
            <IsiDialog item={item} kode={terbuka} onClose={() => setTerbuka(null)} />
          </Modal.Content>
        </Modal.Root>
      ) : null}
    </div>
  );
}

/** Super Admin may do everything (DOMAIN.md). */
const KODE_SUPER_ADMIN = 'strapi-super-admin';

/**
 * "Buat Konten Medsos", "Buat Liputan": for the people whose step is the workflow's first (those
 * who act at its first stage), a new item in one click. The content manager's permissions and the
 * server's guard still decide whether it may be saved.
 */
export function TombolBuat({ daftarAlur }: { daftarAlur: DefinisiAlur[] }) {
  const t = useText();
  const peran = useAuth('TombolBuat', (state) => state.user?.roles ?? []);
  const kodePeran = new Set(peran.map((item) => item.code));
  const label: Record<string, string> = {
    'sop-21': t('buat.sop-21', 'Buat Konten Medsos'),
    'sop-20': t('buat.sop-20', 'Buat Liputan'),
  };
  const bolehBuat = (alur: DefinisiAlur) =>
    kodePeran.has(KODE_SUPER_ADMIN) ||
    alur.aksi
      .filter(
        (aksi) =>
          aksi.dari.includes(alur.tahapAwal) && aksi.melalui === 'transisi' && !aksi.kapanSaja,
      )
      .some((aksi) => aksi.peran.some((kode) => kodePeran.has(kode)));
  const tombol = daftarAlur.filter((alur) => label[alur.kode] && bolehBuat(alur));
  if (tombol.length === 0) return null;
  return (
    <Flex gap={2}>
      {tombol.map((alur) => (
        <LinkButton
          key={alur.kode}
          tag={Link}
          to={`/content-manager/collection-types/${alur.uid}/create`}
          startIcon={<Plus />}
          data-testid={`redaksi-buat-${alur.kode}`}
        >
          {label[alur.kode]}
        </LinkButton>
      ))}
    </Flex>
  );
}
