import { validateYupSchema, yup } from '@strapi/utils';

const FORMAT_BULAN = /^\d{4}-(0[1-9]|1[0-2])$/;
const BULAN_PERTAMA = '2000-01';
const BULAN_TERAKHIR = '2099-12';

const rekapSchema = yup
  .object({
    month: yup
      .string()
      .required('month wajib diisi, format YYYY-MM (misalnya 2025-05)')
      .matches(FORMAT_BULAN, 'month harus berformat YYYY-MM (misalnya 2025-05)')
      // Year 0000 or 9999 is a well-formed month no record can be in, and dates that far out
      // behave differently across the two databases: the recap covers this century.
      .test(
        'bulan-masuk-akal',
        `month harus antara ${BULAN_PERTAMA} dan ${BULAN_TERAKHIR}`,
        (month = '') =>
          !FORMAT_BULAN.test(month) || (month >= BULAN_PERTAMA && month <= BULAN_TERAKHIR),
      ),
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
