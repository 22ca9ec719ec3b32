import { forwardRef } from 'react';
import { useField } from '@strapi/strapi/admin';
import { Checkbox, Field, Flex } from '@strapi/design-system';
import { KODE_PLATFORM } from '../../../shared/contracts/platform';
import { LABEL_PLATFORM } from '../../../shared/label';
import { useText } from '../utils/text';

interface Props {
  name: string;
  label?: React.ReactNode;
  hint?: React.ReactNode;
  required?: boolean;
  disabled?: boolean;
}

/**
 * The custom field `plugin::redaksi.platform-tujuan` (issue #26): the platforms a post is meant
 * for, one box each, stored as a list of codes. The server holds the list to these codes on
 * every path; the SOP panel shows, per chosen platform, what will not fit.
 */
const PilihPlatform = forwardRef<HTMLDivElement, Props>(
  ({ name, label, hint, required, disabled }, ref) => {
    const t = useText();
    const field = useField<string[] | null>(name);
    const dipilih = Array.isArray(field.value) ? field.value : [];
    const ubah = (kode: string, centang: boolean) =>
      field.onChange(
        name,
        KODE_PLATFORM.filter((item) => (item === kode ? centang : dipilih.includes(item))),
      );
    return (
      <Field.Root name={name} hint={hint} error={field.error} required={required} ref={ref}>
        <Field.Label>{label ?? t('platform.field', 'Platform tujuan')}</Field.Label>
        <Flex gap={4} wrap="wrap" paddingTop={1} role="group">
          {KODE_PLATFORM.map((kode) => (
            <Checkbox
              key={kode}
              name={`${name}.${kode}`}
              checked={dipilih.includes(kode)}
              disabled={disabled}
              onCheckedChange={(centang) => ubah(kode, centang === true)}
            >
              {LABEL_PLATFORM[kode] ?? kode}
            </Checkbox>
          ))}
        </Flex>
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  },
);

export default PilihPlatform;
