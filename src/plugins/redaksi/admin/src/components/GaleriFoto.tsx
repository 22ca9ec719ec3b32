import { useEffect, useMemo, useRef } from 'react';
import { useForm } from '@strapi/strapi/admin';
import { Box, Flex, Typography } from '@strapi/design-system';
import type { DefinisiAlur } from '../types';
import type { useText } from '../utils/text';

type Teks = ReturnType<typeof useText>;

/** A photo of the media field as the edit view's form holds it. */
interface FotoForm {
  id: number;
  url: string;
  name?: string;
  alternativeText?: string | null;
  formats?: { thumbnail?: { url: string } } | null;
}

/** The field whose photos the SOP checks (minimum count and alt texts), if the workflow has one. */
export const fieldFoto = (alur: DefinisiAlur | undefined): string | undefined =>
  alur?.aksi
    .flatMap((aksi) => aksi.syarat)
    .find((syarat) => syarat.jenis === 'teks-alternatif' || syarat.jenis === 'gambar-minimal')
    ?.field;

/** The files' urls are relative for the local provider: served by the backend, not the admin. */
export const alamatBerkas = (url: string) =>
  url.startsWith('/')
    ? `${(window as { strapi?: { backendURL?: string } }).strapi?.backendURL ?? ''}${url}`
    : url;

/**
 * Every photo at once, in its order, each with its alt text, for review (the edit view shows
 * them one at a time). Read from the form, so an alt text edited in the media library shows here
 * at once; that edit is saved on the file itself, so the SOP's view is fetched again (`muatUlang`)
 * and its conditions turn green without a reload.
 */
export function GaleriFoto({
  alur,
  muatUlang,
  t,
}: {
  alur: DefinisiAlur | undefined;
  muatUlang: () => unknown;
  t: Teks;
}) {
  const field = fieldFoto(alur);
  const nilai = useForm(
    'GaleriFoto',
    (state) => (field ? (state.values as Record<string, unknown>)[field] : undefined),
    false,
  );
  const foto = useMemo(() => (Array.isArray(nilai) ? nilai : []) as FotoForm[], [nilai]);
  const tandaTeks = foto.map((item) => `${item.id}:${item.alternativeText ?? ''}`).join('|');

  const sebelumnya = useRef(tandaTeks);
  useEffect(() => {
    if (sebelumnya.current === tandaTeks) return;
    const teksBerubah = foto.some((item) => {
      const lama = sebelumnya.current.split('|').find((bagian) => bagian.startsWith(`${item.id}:`));
      return lama !== undefined && lama !== `${item.id}:${item.alternativeText ?? ''}`;
    });
    sebelumnya.current = tandaTeks;
    // Only an alt text changed on a file is already on the server; an added or moved photo is not
    // until the document is saved, and saving refreshes the view already.
    if (teksBerubah) void muatUlang();
  }, [tandaTeks, foto, muatUlang]);

  if (!field || foto.length === 0) return null;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="redaksi-galeri-foto">
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {t('galeri.judul', 'Foto ({jumlah})', { jumlah: foto.length })}
      </Typography>
      <Box
        tag="ol"
        style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 8 }}
      >
        {foto.map((item, i) => {
          const teks = item.alternativeText?.trim();
          return (
            <Box
              key={item.id}
              tag="li"
              hasRadius
              borderColor={teks ? 'neutral200' : 'danger600'}
              padding={1}
              data-testid="redaksi-galeri-item"
              data-ada-teks={Boolean(teks)}
            >
              <img
                src={alamatBerkas(item.formats?.thumbnail?.url ?? item.url)}
                alt={teks ?? ''}
                style={{
                  width: '100%',
                  aspectRatio: '4 / 3',
                  objectFit: 'cover',
                  display: 'block',
                }}
              />
              <Typography variant="pi" fontWeight="bold" tag="p">
                {i + 1}. {item.name ?? ''}
              </Typography>
              {teks ? (
                <Typography variant="pi" tag="p">
                  {teks}
                </Typography>
              ) : (
                <Typography variant="pi" textColor="danger600" tag="p">
                  {t('galeri.tanpaTeks', 'Belum ada teks alternatif')}
                </Typography>
              )}
            </Box>
          );
        })}
      </Box>
    </Flex>
  );
}
