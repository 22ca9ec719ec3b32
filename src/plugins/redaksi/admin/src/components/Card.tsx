import type * as React from 'react';
import { Box, type BoxProps } from '@strapi/design-system';

/** A white card on the page's grey, as Strapi's own pages draw theirs (figures, charts, forms). */
export function Card<C extends React.ElementType = 'div'>(props: BoxProps<C>) {
  return <Box<C> padding={4} background="neutral0" hasRadius shadow="tableShadow" {...props} />;
}
