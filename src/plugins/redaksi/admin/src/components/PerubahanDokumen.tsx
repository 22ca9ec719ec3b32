import { Box, Flex, Typography } from '@strapi/design-system';
import type {
  BerkasCuplikan,
  PerubahanField,
  PerubahanSejak,
  PotonganTeks,
} from '../../../shared/contracts/dokumen';
import type { TampilanDokumen } from '../types';
import { type useText, useFieldLabel } from '../utils/text';
import { formatWib } from '../utils/time';

type Teks = ReturnType<typeof useText>;

/** An uploaded file's URL as the browser reaches it: the upload provider gives `/uploads/…` on the server. */
function alamatBerkas(url: string | null): string | undefined {
  if (!url) return undefined;
  if (!url.startsWith('/')) return url;
  const backend = (window as { strapi?: { backendURL?: string } }).strapi?.backendURL ?? '';
  return `${backend}${url}`;
}

/** Word-level marks: what was inserted underlined on green, what was deleted struck through on red. */
function TeksBeda({ potongan }: { potongan: PotonganTeks[] }) {
  return (
    <Typography variant="pi" tag="p" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
      {potongan.map((p, i) =>
        p.jenis === 'tambah' ? (
          <ins
            key={i}
            data-beda="tambah"
            style={{ background: '#c6f0c2', color: '#1e4d2b', textDecoration: 'underline' }}
          >
            {p.teks}
          </ins>
        ) : p.jenis === 'hapus' ? (
          <del
            key={i}
            data-beda="hapus"
            style={{ background: '#f5c0b8', color: '#8a1e12', textDecoration: 'line-through' }}
          >
            {p.teks}
          </del>
        ) : (
          <span key={i}>{p.teks}</span>
        ),
      )}
    </Typography>
  );
}

function Gambar({ berkas, tanda }: { berkas: BerkasCuplikan; tanda?: 'tambah' | 'hapus' }) {
  const warna = tanda === 'tambah' ? '#328048' : tanda === 'hapus' ? '#d02b20' : '#dcdce4';
  return (
    <img
      src={alamatBerkas(berkas.thumbnail)}
      alt={berkas.alt ?? berkas.nama ?? ''}
      title={berkas.nama ?? undefined}
      width={48}
      height={48}
      style={{ objectFit: 'cover', borderRadius: 4, border: `2px solid ${warna}` }}
    />
  );
}

/** The photos before and after side by side, then what happened to them, one line each. */
/** One side of a photo field (before or after), each photo marked when it left or arrived. */
function DeretGambar({
  judul,
  berkas,
  tanda,
}: {
  judul: string;
  berkas: BerkasCuplikan[];
  tanda: (b: BerkasCuplikan) => 'tambah' | 'hapus' | undefined;
}) {
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Typography variant="pi" textColor="neutral600">
        {judul}
      </Typography>
      <Flex gap={1} wrap="wrap">
        {berkas.map((b, i) => (
          <Gambar key={i} berkas={b} tanda={tanda(b)} />
        ))}
      </Flex>
    </Flex>
  );
}

function BerkasBeda({ beda, t }: { beda: Extract<PerubahanField, { jenis: 'berkas' }>; t: Teks }) {
  const ditambah = new Set(beda.ditambah.map((b) => b.id));
  const dihapus = new Set(beda.dihapus.map((b) => b.id));
  return (
    <Flex direction="column" alignItems="stretch" gap={1}>
      <Flex gap={2} alignItems="flex-start" wrap="wrap">
        <DeretGambar
          judul={t('perubahan.sebelum', 'Sebelum')}
          berkas={beda.sebelum}
          tanda={(b) => (dihapus.has(b.id) ? 'hapus' : undefined)}
        />
        <DeretGambar
          judul={t('perubahan.sesudah', 'Sesudah')}
          berkas={beda.sesudah}
          tanda={(b) => (ditambah.has(b.id) ? 'tambah' : undefined)}
        />
      </Flex>
      {beda.ditambah.length > 0 ? (
        <Typography variant="pi" textColor="success600" tag="p">
          {t('perubahan.ditambah', 'Ditambahkan: {daftar}', {
            daftar: beda.ditambah.map((b) => b.nama ?? `#${b.id}`).join(', '),
          })}
        </Typography>
      ) : null}
      {beda.dihapus.length > 0 ? (
        <Typography variant="pi" textColor="danger600" tag="p">
          {t('perubahan.dihapus', 'Dihapus: {daftar}', {
            daftar: beda.dihapus.map((b) => b.nama ?? `#${b.id}`).join(', '),
          })}
        </Typography>
      ) : null}
      {beda.diganti.map(({ sebelum, sesudah }, i) => (
        <Flex key={i} gap={1}>
          <Gambar berkas={sebelum} tanda="hapus" />
          <Typography variant="pi">→</Typography>
          <Gambar berkas={sesudah} tanda="tambah" />
          <Typography variant="pi">
            {t('perubahan.diganti', 'Berkas {nama} diganti', {
              nama: sesudah.nama ?? `#${sesudah.id}`,
            })}
          </Typography>
        </Flex>
      ))}
      {beda.urutanBerubah ? (
        <Typography variant="pi" tag="p">
          {t('perubahan.urutan', 'Urutan foto berubah.')}
        </Typography>
      ) : null}
      {beda.teksAlternatif.map(({ berkas, sebelum, sesudah }, i) => (
        <Flex key={i} gap={1} alignItems="flex-start">
          <Gambar berkas={berkas} />
          <Box>
            <Typography variant="pi" textColor="neutral600" tag="p">
              {t('perubahan.teksAlternatif', 'Teks alternatif {nama}', {
                nama: berkas.nama ?? `#${berkas.id}`,
              })}
            </Typography>
            <TeksBeda
              potongan={[
                ...(sebelum ? [{ jenis: 'hapus' as const, teks: sebelum }] : []),
                ...(sebelum && sesudah ? [{ jenis: 'sama' as const, teks: ' ' }] : []),
                ...(sesudah ? [{ jenis: 'tambah' as const, teks: sesudah }] : []),
              ]}
            />
          </Box>
        </Flex>
      ))}
    </Flex>
  );
}

function FieldBeda({ beda, label, t }: { beda: PerubahanField; label: string; t: Teks }) {
  const kosong = t('perubahan.kosong', '(kosong)');
  return (
    <Box data-testid={`redaksi-perubahan-field-${beda.field}`}>
      <Typography variant="pi" fontWeight="bold" tag="p">
        {label}
      </Typography>
      {beda.jenis === 'teks' ? (
        <TeksBeda potongan={beda.potongan} />
      ) : beda.jenis === 'nilai' ? (
        <TeksBeda
          potongan={[
            { jenis: 'hapus', teks: beda.sebelum ?? kosong },
            { jenis: 'sama', teks: ' → ' },
            { jenis: 'tambah', teks: beda.sesudah ?? kosong },
          ]}
        />
      ) : beda.jenis === 'relasi' ? (
        <>
          {beda.ditambah.length > 0 ? (
            <Typography variant="pi" textColor="success600" tag="p">
              {t('perubahan.ditautkan', 'Ditautkan: {daftar}', {
                daftar: beda.ditambah.join(', '),
              })}
            </Typography>
          ) : null}
          {beda.dihapus.length > 0 ? (
            <Typography variant="pi" textColor="danger600" tag="p">
              {t('perubahan.dilepas', 'Dilepas: {daftar}', { daftar: beda.dihapus.join(', ') })}
            </Typography>
          ) : null}
        </>
      ) : (
        <BerkasBeda beda={beda} t={t} />
      )}
    </Box>
  );
}

function judulPerubahan(item: PerubahanSejak, t: Teks): string {
  const nilai = { oleh: item.oleh ?? '', waktu: formatWib(item.waktu) };
  switch (item.terhadap) {
    case 'pengembalian':
      return t('perubahan.sejakPengembalian', 'Sejak dikembalikan oleh {oleh}, {waktu}', nilai);
    case 'keputusan':
      return t(
        'perubahan.sejakKeputusan',
        'Sejak keputusan terakhir di tahap ini oleh {oleh}, {waktu}',
        nilai,
      );
    default:
      return t(
        'perubahan.terhadapTayang',
        'Dibandingkan dengan versi yang tayang ({waktu})',
        nilai,
      );
  }
}

/**
 * SOP 21 langkah 3–4, SOP 20 langkah 6–7: what changed since the reviewer last saw the item (the
 * last return, the last decision at this stage, the version online), field by field, as the
 * server computed it.
 */
export function PerubahanDokumen({ data, t }: { data: TampilanDokumen; t: Teks }) {
  const labelField = useFieldLabel(data.uid);
  if (data.perubahan.length === 0) return null;
  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="redaksi-perubahan">
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {t('perubahan.judul', 'Apa yang berubah')}
      </Typography>
      {data.perubahan.map((item) => (
        <Flex
          key={item.terhadap}
          direction="column"
          alignItems="stretch"
          gap={2}
          data-testid={`redaksi-perubahan-${item.terhadap}`}
        >
          <Typography variant="omega" fontWeight="semiBold" tag="p">
            {judulPerubahan(item, t)}
          </Typography>
          {item.field.length === 0 ? (
            <Typography variant="pi" textColor="neutral600">
              {t('perubahan.tidakAda', 'Tidak ada perubahan.')}
            </Typography>
          ) : (
            item.field.map((beda) => (
              <FieldBeda key={beda.field} beda={beda} label={labelField(beda.field)} t={t} />
            ))
          )}
        </Flex>
      ))}
    </Flex>
  );
}
