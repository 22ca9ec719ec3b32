import * as React from 'react';
import { useForm, useNotification } from '@strapi/strapi/admin';
import {
  Box,
  Button,
  Checkbox,
  Field,
  Flex,
  Modal,
  SingleSelect,
  SingleSelectOption,
  Textarea,
  TextInput,
  Typography,
} from '@strapi/design-system';
import { useNavigate } from 'react-router-dom';
import { useJalankanAksiMutation } from '../services/api';
import { LABEL_KATEGORI_PENURUNAN } from '../../../shared/label';
import type { AksiTersedia, KunciMasukan, Syarat } from '../types';
import { tautanDokumen } from '../utils/alur';
import { errorMessage, useText } from '../utils/text';
import { useTampilanSop } from '../hooks/useTampilanSop';
import { DismissibleAlert } from './DismissibleAlert';
import { PerubahanDokumen } from './PerubahanDokumen';

interface FormAksiProps {
  uid: string;
  documentId: string;
  aksi: AksiTersedia;
  /** Conditions of this action still unmet: shown before the editor presses the button. */
  belumTerpenuhi: Syarat[];
  onClose: () => void;
}

/**
 * The dialog of one SOP action: the note, the late reason, the assignees and the public record
 * (a takedown's category and public reason) it asks for, as the server's view says.
 * The server decides; a refusal is shown here in its own words and what was typed is kept.
 */
export function FormAksi({ uid, documentId, aksi, belumTerpenuhi, onClose }: FormAksiProps) {
  const t = useText();
  const { toggleNotification } = useNotification();
  const [jalankan, { isLoading }] = useJalankanAksiMutation();
  // The engine reads the stored draft: unsaved edits in the form would not be what is sent on.
  const adaPerubahan = useForm('FormAksi', (state) => state.modified, false) ?? false;

  // The decision is taken knowing what changed since the last return or decision (the panel's view, cached).
  const { data: tampilan } = useTampilanSop(uid, documentId);
  const [note, setNote] = React.useState('');
  const [alasanTerlambat, setAlasanTerlambat] = React.useState('');
  const [assignees, setAssignees] = React.useState<number[]>([]);
  const [masukan, setMasukan] = React.useState<Partial<Record<KunciMasukan, string>>>({});
  // What the action itself asks for (workflow data: the new Liputan's title), from the view's start.
  const [isian, setIsian] = React.useState<Record<string, string>>(() =>
    Object.fromEntries(aksi.masukan.map(({ kolom, nilaiAwal }) => [kolom, nilaiAwal ?? ''])),
  );
  const navigate = useNavigate();
  const [galat, setGalat] = React.useState<string | null>(null);

  const perluPenugasan = Array.isArray(aksi.calonPenugasan);
  const kurang =
    (aksi.catatanWajib && !note.trim()) ||
    (aksi.alasanTerlambatWajib && !alasanTerlambat.trim()) ||
    (perluPenugasan && assignees.length === 0) ||
    aksi.masukanWajib.some((wajib) => !masukan[wajib.masukan]?.trim()) ||
    aksi.masukan.some(({ kolom, wajib }) => wajib && !isian[kolom]?.trim());

  async function kirim(event: React.FormEvent) {
    event.preventDefault();
    // React bubbles events through portals: the edit view's own form must not see this submit.
    event.stopPropagation();
    setGalat(null);
    try {
      const hasil = await jalankan({
        uid,
        documentId,
        action: aksi.kode,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(alasanTerlambat.trim() ? { alasanTerlambat: alasanTerlambat.trim() } : {}),
        ...(perluPenugasan ? { assignees } : {}),
        ...Object.fromEntries(
          aksi.masukanWajib.map((wajib) => [wajib.masukan, masukan[wajib.masukan]?.trim() ?? '']),
        ),
        ...Object.fromEntries(
          aksi.masukan
            .filter(({ kolom }) => isian[kolom]?.trim())
            .map(({ kolom }) => [kolom, isian[kolom].trim()]),
        ),
      }).unwrap();
      toggleNotification({
        type: 'success',
        message: t('aksi.berhasil', '{aksi}: dokumen sekarang di tahap "{tahap}"', {
          aksi: aksi.label,
          tahap: hasil.tampilan.tahapLabel,
        }),
      });
      onClose();
      // The action made an item for its taker to work on next (the Liputan): open it.
      if (hasil.dibuat) navigate(tautanDokumen(hasil.dibuat.uid, hasil.dibuat.documentId));
    } catch (error) {
      setGalat(errorMessage(error, t('aksi.gagal', 'Tindakan tidak dapat dijalankan')));
    }
  }

  return (
    <form onSubmit={kirim} aria-label={aksi.label}>
      <Modal.Body>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Typography variant="omega" textColor="neutral600">
            {aksi.langkah}
          </Typography>
          {adaPerubahan ? (
            <DismissibleAlert
              variant="warning"
              judul={t('aksi.belumDisimpan.judul', 'Perubahan belum disimpan')}
            >
              {t(
                'aksi.belumDisimpan',
                'Simpan dokumen terlebih dahulu: tindakan SOP memeriksa versi yang tersimpan.',
              )}
            </DismissibleAlert>
          ) : null}
          {tampilan ? <PerubahanDokumen data={tampilan} t={t} /> : null}
          {belumTerpenuhi.length > 0 ? (
            <DismissibleAlert
              variant="default"
              judul={t('aksi.syaratBelum', 'Syarat yang belum terpenuhi')}
            >
              {belumTerpenuhi.map((syarat) => syarat.pesan).join('; ')}
            </DismissibleAlert>
          ) : null}
          {galat ? (
            <DismissibleAlert
              key={galat}
              variant="danger"
              judul={t('aksi.ditolak', 'Ditolak oleh sistem')}
              data-testid="redaksi-aksi-galat"
            >
              {galat}
            </DismissibleAlert>
          ) : null}
          {perluPenugasan ? (
            <Box>
              <Typography variant="pi" fontWeight="bold">
                {t('aksi.penugasan', 'Tugaskan kepada')}
              </Typography>
              <Flex direction="column" alignItems="stretch" gap={1} paddingTop={2}>
                {aksi.calonPenugasan?.length ? (
                  aksi.calonPenugasan.map((orang) => (
                    <Checkbox
                      key={orang.id}
                      checked={assignees.includes(orang.id as number)}
                      onCheckedChange={(nilai) =>
                        setAssignees((kini) =>
                          nilai
                            ? [...kini, orang.id as number]
                            : kini.filter((id) => id !== orang.id),
                        )
                      }
                    >
                      {orang.nama}
                    </Checkbox>
                  ))
                ) : (
                  <Typography variant="omega">
                    {t(
                      'aksi.penugasanKosong',
                      'Belum ada pengguna dengan peran yang dapat ditugaskan.',
                    )}
                  </Typography>
                )}
              </Flex>
            </Box>
          ) : null}
          {aksi.masukanWajib.map((wajib) =>
            wajib.masukan === 'kategori' ? (
              <Field.Root key={wajib.masukan} name={wajib.masukan} required>
                <Field.Label>{wajib.label}</Field.Label>
                <SingleSelect
                  value={masukan.kategori ?? ''}
                  placeholder={t('aksi.pilihKategori', 'Pilih kategori')}
                  onChange={(nilai: string | number) =>
                    setMasukan((kini) => ({ ...kini, kategori: String(nilai) }))
                  }
                >
                  {Object.entries(LABEL_KATEGORI_PENURUNAN).map(([kode, label]) => (
                    <SingleSelectOption key={kode} value={kode}>
                      {label}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
            ) : (
              <Field.Root
                key={wajib.masukan}
                name={wajib.masukan}
                required
                hint={t(
                  'aksi.alasanPublik',
                  'Tampil untuk publik di laman dan di daftar penurunan: tulis tanpa data pribadi.',
                )}
              >
                <Field.Label>{wajib.label}</Field.Label>
                <Textarea
                  value={masukan[wajib.masukan] ?? ''}
                  onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) =>
                    setMasukan((kini) => ({ ...kini, [wajib.masukan]: e.target.value }))
                  }
                />
                <Field.Hint />
              </Field.Root>
            ),
          )}
          {aksi.masukan.map(({ kolom, label, wajib }) => (
            <Field.Root key={kolom} name={kolom} required={wajib}>
              <Field.Label>{label}</Field.Label>
              <TextInput
                value={isian[kolom] ?? ''}
                onChange={(e: React.ChangeEvent<HTMLInputElement>) =>
                  setIsian((kini) => ({ ...kini, [kolom]: e.target.value }))
                }
              />
            </Field.Root>
          ))}
          {aksi.alasanTerlambatWajib ? (
            <Field.Root name="alasanTerlambat" required>
              <Field.Label>{t('aksi.alasanTerlambat', 'Alasan keterlambatan')}</Field.Label>
              <Textarea
                value={alasanTerlambat}
                onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) =>
                  setAlasanTerlambat(e.target.value)
                }
              />
              <Field.Hint />
            </Field.Root>
          ) : null}
          <Field.Root
            name="note"
            required={aksi.catatanWajib}
            hint={
              aksi.catatanWajib
                ? t(
                    'aksi.catatanWajib',
                    'Wajib diisi: sampaikan apa yang perlu diperbaiki atau alasannya.',
                  )
                : undefined
            }
          >
            <Field.Label>{t('aksi.catatan', 'Catatan')}</Field.Label>
            <Textarea
              value={note}
              onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setNote(e.target.value)}
            />
            <Field.Hint />
          </Field.Root>
        </Flex>
      </Modal.Body>
      <Modal.Footer>
        <Button variant="tertiary" onClick={onClose} type="button">
          {t('umum.batal', 'Batal')}
        </Button>
        <Button type="submit" loading={isLoading} disabled={kurang || adaPerubahan}>
          {aksi.label}
        </Button>
      </Modal.Footer>
    </form>
  );
}
