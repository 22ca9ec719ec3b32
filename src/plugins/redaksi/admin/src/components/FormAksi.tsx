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
import type { AksiTersedia, Syarat } from '../types';
import { tautanDokumen } from '../utils/alur';
import { errorMessage, useText } from '../utils/text';
import { useTampilanSop } from '../hooks/useTampilanSop';
import { DismissibleAlert } from './DismissibleAlert';
import { PerubahanDokumen } from './PerubahanDokumen';
import { PlatformTujuan } from './PlatformTujuan';

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
  // What the action itself asks for (workflow data: the new Liputan's title, a takedown's category
  // and public reason), from the view's starting values.
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
          {tampilan ? <PlatformTujuan data={tampilan} t={t} ringkas /> : null}
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
          {aksi.masukan.map(({ kolom, label, wajib, bentuk, pilihan, petunjuk }) => {
            const ubah = (nilai: string) => setIsian((kini) => ({ ...kini, [kolom]: nilai }));
            return (
              <Field.Root key={kolom} name={kolom} required={wajib} hint={petunjuk ?? undefined}>
                <Field.Label>{label}</Field.Label>
                {bentuk === 'pilihan' ? (
                  <SingleSelect
                    value={isian[kolom] ?? ''}
                    placeholder={t('aksi.pilihSalahSatu', 'Pilih salah satu')}
                    onChange={(nilai: string | number) => ubah(String(nilai))}
                  >
                    {pilihan.map((pilih) => (
                      <SingleSelectOption key={pilih.kode} value={pilih.kode}>
                        {pilih.label}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                ) : bentuk === 'waktu-wib' ? (
                  // The browser's wall-clock minute, sent without a zone: the server reads it as
                  // WIB whatever the browser's own zone (domain/jadwal-tayang.ts).
                  <TextInput
                    type="datetime-local"
                    value={isian[kolom] ?? ''}
                    onChange={(e: React.ChangeEvent<HTMLInputElement>) => ubah(e.target.value)}
                  />
                ) : bentuk === 'teks' ? (
                  <Textarea
                    value={isian[kolom] ?? ''}
                    onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => ubah(e.target.value)}
                  />
                ) : (
                  <TextInput
                    value={isian[kolom] ?? ''}
                    onChange={(e: React.ChangeEvent<HTMLInputElement>) => ubah(e.target.value)}
                  />
                )}
                {petunjuk ? <Field.Hint /> : null}
              </Field.Root>
            );
          })}
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
