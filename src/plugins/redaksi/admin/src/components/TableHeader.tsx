import { Th, Thead, Tr, Typography } from '@strapi/design-system';

/** The header row of a table: each column's name, set as Strapi's own lists set theirs. */
export function TableHeader({ kolom }: { kolom: string[] }) {
  return (
    <Thead>
      <Tr>
        {kolom.map((nama) => (
          <Th key={nama}>
            <Typography variant="sigma">{nama}</Typography>
          </Th>
        ))}
      </Tr>
    </Thead>
  );
}
