import { Table, VisuallyHidden } from '@mantine/core';
import type { ComponentProps } from 'react';

/**
 * The header of a column that needs no visible title (row buttons, check boxes, a matrix's
 * corner): a screen reader still names the column when it reads a cell of it, so never an empty <th>.
 */
export function HiddenHeader({ children, ...props }: ComponentProps<typeof Table.Th> & { children: string }) {
  return (
    <Table.Th {...props}>
      <VisuallyHidden>{children}</VisuallyHidden>
    </Table.Th>
  );
}
