import { Badge } from '@strapi/design-system';

/**
 * A state the reader should notice (the stage, a resubmission, a missing late permission), in the
 * lightest shade of its colour with the darkest text: Strapi's own badges (600 on 200) fall short
 * of WCAG's 4.5:1.
 */
export function StatusBadge({
  warna,
  testId,
  children,
}: {
  warna: 'primary' | 'secondary' | 'danger';
  testId: string;
  children: React.ReactNode;
}) {
  return (
    <Badge backgroundColor={`${warna}100`} textColor={`${warna}700`} data-testid={testId}>
      {children}
    </Badge>
  );
}
