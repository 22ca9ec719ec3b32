import { Box, Flex, Typography } from '@strapi/design-system';
import { Card } from './Card';

export interface Bar {
  label: string;
  nilai: number;
  warna?: 'primary600' | 'success600' | 'danger600' | 'warning600';
}

/**
 * A simple bar chart made of boxes: horizontal bars for categories, columns for a series of days.
 * The figures are printed too, so the chart never is the only way to read them.
 */
export function BarChart({
  judul,
  data,
  arah = 'mendatar',
}: {
  judul: string;
  data: Bar[];
  arah?: 'mendatar' | 'tegak';
}) {
  const puncak = Math.max(1, ...data.map((batang) => batang.nilai));
  return (
    <Card tag="figure" aria-label={judul} data-testid="redaksi-grafik">
      <Typography variant="delta" tag="figcaption">
        {judul}
      </Typography>
      {data.length === 0 ? (
        <Typography variant="pi" textColor="neutral600" tag="p">
          –
        </Typography>
      ) : arah === 'mendatar' ? (
        <Flex direction="column" alignItems="stretch" gap={2} paddingTop={3}>
          {data.map((batang) => (
            <Flex key={batang.label} gap={2} aria-label={`${batang.label}: ${batang.nilai}`}>
              <Box width="30%">
                <Typography variant="pi" ellipsis>
                  {batang.label}
                </Typography>
              </Box>
              <Box flex="1">
                <Box
                  background={batang.warna ?? 'primary600'}
                  hasRadius
                  style={{
                    width: `${(batang.nilai / puncak) * 100}%`,
                    minWidth: batang.nilai ? 4 : 0,
                    height: 16,
                  }}
                />
              </Box>
              <Typography variant="pi" fontWeight="bold">
                {batang.nilai.toLocaleString('id-ID')}
              </Typography>
            </Flex>
          ))}
        </Flex>
      ) : (
        <Flex alignItems="flex-end" gap={1} paddingTop={3} style={{ height: 140 }}>
          {data.map((batang) => (
            <Box
              key={batang.label}
              flex="1"
              background={batang.warna ?? 'primary600'}
              title={`${batang.label}: ${batang.nilai.toLocaleString('id-ID')}`}
              aria-label={`${batang.label}: ${batang.nilai}`}
              style={{
                height: `${(batang.nilai / puncak) * 100}%`,
                minHeight: batang.nilai ? 2 : 0,
              }}
            />
          ))}
        </Flex>
      )}
    </Card>
  );
}
