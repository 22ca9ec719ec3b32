import { validateYupSchema, yup } from '@strapi/utils';

const rekapSchema = yup
  .object({
    month: yup
      .string()
      .required('month wajib diisi, format YYYY-MM (misalnya 2025-05)')
      .matches(/^\d{4}-(0[1-9]|1[0-2])$/, 'month harus berformat YYYY-MM (misalnya 2025-05)'),
    format: yup
      .string()
      .oneOf(['json', 'csv', 'xlsx', 'pdf'], 'format harus json, csv, xlsx atau pdf')
      .default('json'),
  })
  .noUnknown(true, 'Parameter tidak dikenal: ${unknown}');

/** GET /redaksi/recap query; a 400 ValidationError with an Indonesian message when malformed. */
export const validateRekap = validateYupSchema(rekapSchema, {
  strict: false,
  stripUnknown: false,
  abortEarly: false,
});
