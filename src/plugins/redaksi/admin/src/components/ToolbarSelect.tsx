import { SingleSelect, SingleSelectOption } from '@strapi/design-system';

export interface ToolbarOption {
  nilai: string;
  label: string;
}

/** A small select in a page's action bar (a filter, a month), its choices as value and label. */
export function ToolbarSelect({
  label,
  nilai,
  opsi,
  onChange,
}: {
  label: string;
  nilai: string;
  opsi: ToolbarOption[];
  onChange: (nilai: string) => void;
}) {
  return (
    <SingleSelect
      aria-label={label}
      value={nilai}
      onChange={(dipilih) => onChange(String(dipilih))}
      size="S"
    >
      {opsi.map((pilih) => (
        <SingleSelectOption key={pilih.nilai} value={pilih.nilai}>
          {pilih.label}
        </SingleSelectOption>
      ))}
    </SingleSelect>
  );
}
