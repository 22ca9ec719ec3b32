import { validateYupSchema, yup } from '@strapi/utils';
import { PERAN } from '../constants';
import { SOP_KALENDER, type SopKalender } from '../../../shared/contracts/kalender';
import { skemaBulan } from './rekap';

const KODE_PERAN = PERAN.map((peran) => peran.kode);

/** A comma-separated list of role codes ("" or absent: every role). */
const daftarPeran = (nilai: string | undefined) =>
  (nilai ?? '')
    .split(',')
    .map((kode) => kode.trim())
    .filter(Boolean);

const kalenderSchema = yup
  .object({
    bulan: skemaBulan('bulan'),
    sop: yup
      .string()
      .oneOf([...SOP_KALENDER, undefined], `sop harus ${SOP_KALENDER.join(' atau ')}`),
    peran: yup.string().test(
      'peran-dikenal',
      ({ value }: { value?: string }) =>
        `peran tidak dikenal: ${daftarPeran(value)
          .filter((kode) => !KODE_PERAN.includes(kode as (typeof KODE_PERAN)[number]))
          .join(', ')} (kode peran SOP, dipisah koma)`,
      (nilai) =>
        daftarPeran(nilai).every((kode) =>
          KODE_PERAN.includes(kode as (typeof KODE_PERAN)[number]),
        ),
    ),
  })
  .noUnknown(true, 'Parameter tidak dikenal: ${unknown}');

const validasi = validateYupSchema(kalenderSchema, {
  strict: false,
  stripUnknown: false,
  abortEarly: false,
});

/** GET /redaksi/kalender query; a 400 ValidationError with an Indonesian message when malformed. */
export async function validateKalender(
  query: unknown,
): Promise<{ bulan: string; sop: SopKalender | null; peran: string[] }> {
  const { bulan, sop, peran } = (await validasi(query)) as {
    bulan: string;
    sop?: SopKalender;
    peran?: string;
  };
  return { bulan, sop: sop ?? null, peran: daftarPeran(peran) };
}
