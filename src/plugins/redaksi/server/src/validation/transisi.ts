import { validateYupSchema, yup } from '@strapi/utils';
import type { MasukanTransisi } from '../../../shared/contracts/dokumen';
import { LABEL_KATEGORI_PENURUNAN } from '../../../shared/label';

const teks = (nama: string) =>
  yup
    .string()
    .typeError(`${nama} harus berupa teks`)
    .max(5000, `${nama} paling panjang 5000 karakter`)
    .nullable();

/**
 * One rule per field of the contract's `MasukanTransisi`, no more and no fewer: a field added to or
 * renamed in the contract fails `tsc` here until it is validated.
 */
const aturanKolom: Record<keyof MasukanTransisi, yup.AnySchema> = {
  action: yup.string().typeError('action harus berupa teks').required('action wajib diisi'),
  note: teks('note'),
  alasanTerlambat: teks('alasanTerlambat'),
  assignees: yup
    .array()
    .typeError('assignees harus berupa daftar id pengguna admin')
    .of(
      yup
        .number()
        .typeError('assignees harus berisi id angka')
        .integer('id harus bilangan bulat')
        .positive('id harus positif'),
    )
    .nullable(),
  kategori: yup
    .string()
    .typeError('kategori harus berupa teks')
    .oneOf(
      [...Object.keys(LABEL_KATEGORI_PENURUNAN), null],
      `kategori harus salah satu dari: ${Object.keys(LABEL_KATEGORI_PENURUNAN).join(', ')}`,
    )
    .nullable(),
  alasanPublik: teks('alasanPublik'),
  // The Liputan's title: as long as its schema's `judul` allows.
  judul: yup
    .string()
    .typeError('judul harus berupa teks')
    .max(255, 'judul paling panjang 255 karakter')
    .nullable(),
  // Read as WIB by the engine (domain/jadwal-tayang.ts), which says what is wrong with the time.
  jadwalTayang: yup
    .string()
    .typeError('jadwalTayang harus berupa teks tanggal dan jam')
    .max(40, 'jadwalTayang paling panjang 40 karakter')
    .nullable(),
};

const transisiSchema = yup
  .object(aturanKolom)
  .noUnknown(true, 'Kolom tidak dikenal: ${unknown}')
  .typeError('Isi permintaan harus berupa objek JSON')
  .required('Isi permintaan wajib ada');

/**
 * POST /redaksi/documents/:uid/:documentId/transitions body; a 400 ValidationError when malformed.
 * Strict: an unknown field is refused rather than silently dropped (texts are trimmed by the engine).
 */
export const validateTransisi: (body: unknown) => Promise<MasukanTransisi> = validateYupSchema(
  transisiSchema,
  {
    strict: true,
    abortEarly: false,
  },
);
