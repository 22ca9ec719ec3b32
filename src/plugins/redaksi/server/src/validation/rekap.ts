import { validateYupSchema, yup } from '@strapi/utils';

const FORMAT_BULAN = /^\d{4}-(0[1-9]|1[0-2])$/;
const BULAN_PERTAMA = '2000-01';
const BULAN_TERAKHIR = '2099-12';

/**
 * A month parameter (YYYY-MM, in this century), named as the route names it: the recap's `month`,
 * the calendar's `bulan`.
 */
export const skemaBulan = (nama: string) =>
  yup
    .string()
    .required(`${nama} wajib diisi, format YYYY-MM (misalnya 2025-05)`)
    .matches(FORMAT_BULAN, `${nama} harus berformat YYYY-MM (misalnya 2025-05)`)
    // Year 0000 or 9999 is a well-formed month no record can be in, and dates that far out
    // behave differently across the two databases: the months covered are this century's.
    .test(
      'bulan-masuk-akal',
      `${nama} harus antara ${BULAN_PERTAMA} dan ${BULAN_TERAKHIR}`,
      (bulan = '') =>
        !FORMAT_BULAN.test(bulan) || (bulan >= BULAN_PERTAMA && bulan <= BULAN_TERAKHIR),
    );

const rekapSchema = yup
  .object({
    month: skemaBulan('month'),
    format: yup
      .string()
      .oneOf(['json', 'csv', 'xlsx', 'pdf'], 'format harus json, csv, xlsx atau pdf')
      .default('json'),
    // The register alone (SOP 21 langkah 1's "Register dokumentasi dan konten") as its own sheet.
    part: yup
      .string()
      .oneOf(['semua', 'register'], 'part harus semua atau register')
      .default('semua')
      .test(
        'register-hanya-pdf',
        'part=register hanya tersedia untuk format pdf (lembar cetak register)',
        function cekFormat(part) {
          return part !== 'register' || (this.parent as { format?: string }).format === 'pdf';
        },
      ),
  })
  .noUnknown(true, 'Parameter tidak dikenal: ${unknown}');

/** GET /redaksi/recap query; a 400 ValidationError with an Indonesian message when malformed. */
export const validateRekap = validateYupSchema(rekapSchema, {
  strict: false,
  stripUnknown: false,
  abortEarly: false,
});
