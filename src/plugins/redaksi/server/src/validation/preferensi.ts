import { validateYupSchema, yup } from '@strapi/utils';

const preferensiSchema = yup
  .object({
    surelAktif: yup
      .boolean()
      .typeError('surelAktif harus true atau false')
      .required('surelAktif wajib diisi'),
  })
  .noUnknown(true, 'Kolom tidak dikenal: ${unknown}')
  .typeError('Isi permintaan harus berupa objek JSON')
  .required('Isi permintaan wajib ada');

/** PUT /redaksi/preferences body: whether this admin receives notification emails. */
export const validatePreferensi = validateYupSchema(preferensiSchema, {
  strict: true,
  abortEarly: false,
});
