import * as React from 'react';
import { Alert, type AlertProps } from '@strapi/design-system';
import { useText } from '../utils/text';

type DismissibleAlertProps = Omit<AlertProps, 'closeLabel' | 'onClose' | 'title'> & {
  judul: string;
};

/**
 * A message in a page or a dialog: the design system's Alert, whose close button closes it. The
 * Alert always draws that button and leaves it doing nothing without `onClose`. A message that
 * must come back when its content changes (a new refusal) is given that content as its `key`.
 */
export function DismissibleAlert({ judul, children, ...props }: DismissibleAlertProps) {
  const t = useText();
  const [tertutup, setTertutup] = React.useState(false);
  if (tertutup) return null;
  return (
    <Alert
      {...props}
      title={judul}
      closeLabel={t('umum.tutup', 'Tutup')}
      onClose={() => setTertutup(true)}
    >
      {children}
    </Alert>
  );
}
