import { Box, Flex, Typography } from '@strapi/design-system';
import type { TampilanDokumen } from '../../../shared/contracts/dokumen';
import { useFieldLabel, useText } from '../utils/text';
import { formatDate } from '../utils/time';

/**
 * The chain's first item, read-only, on every later one: a forwarded disposition shows the
 * incoming letter (sender, number, date, the PPID officer's instruction) as the paper sheet does,
 * not only the office that forwarded it. Field names as the content manager labels them.
 */
export function AsalRantai({ data }: { data: TampilanDokumen }) {
  const t = useText();
  const labelField = useFieldLabel(data.uid);
  if (!data.asalRantai) return null;
  const judul = t('panel.asalRantai', 'Surat asli');
  return (
    <Flex
      direction="column"
      alignItems="stretch"
      gap={1}
      tag="section"
      aria-label={judul}
      data-testid="redaksi-asal-rantai"
    >
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {judul}
      </Typography>
      <Box tag="dl">
        {data.asalRantai.field.map(({ field, nilai }) => (
          <Flex key={field} gap={2} alignItems="baseline">
            <Typography variant="pi" textColor="neutral600" tag="dt">
              {labelField(field)}:
            </Typography>
            <Typography variant="pi" tag="dd">
              {nilai === null ? '–' : formatDate(nilai)}
            </Typography>
          </Flex>
        ))}
      </Box>
    </Flex>
  );
}
