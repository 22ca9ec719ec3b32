import { Flex, Typography } from '@strapi/design-system';
import { formatWib, timeLeft } from '../utils/time';

/** A deadline as people read it: the moment in WIB, and the time left or how late, red when late. */
export function TenggatSel({ batas }: { batas: string | null }) {
  if (!batas) return <Typography textColor="neutral600">–</Typography>;
  const sisa = timeLeft(batas);
  return (
    <Flex direction="column" alignItems="flex-start">
      <Typography textColor={sisa.lewat ? 'danger600' : 'neutral800'}>
        {formatWib(batas)}
      </Typography>
      <Typography
        variant="pi"
        textColor={sisa.lewat ? 'danger600' : 'neutral600'}
        fontWeight={sisa.lewat ? 'bold' : undefined}
      >
        {sisa.teks}
      </Typography>
    </Flex>
  );
}
