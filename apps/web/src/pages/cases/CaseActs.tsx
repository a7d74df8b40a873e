import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../api/types';
import { formatDate, formatDateTime, useScript } from '../../i18n/format';

/** The acts of the case in sub-number order, with their dispatch through the outgoing mail book. */
export function CaseActs({ file }: { file: CaseDetail }) {
  const { t } = useTranslation();
  const script = useScript();
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('casePage.actNumber')}</Table.Th>
            <Table.Th>{t('actForm.direction')}</Table.Th>
            <Table.Th>{t('cases.subject')}</Table.Th>
            <Table.Th>{t('casePage.correspondent')}</Table.Th>
            <Table.Th>{t('casePage.actDate')}</Table.Th>
            <Table.Th>{t('casePage.dispatch')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {file.documents.map((act) => (
            <Table.Tr key={act.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{act.number}</Table.Td>
              <Table.Td>{t(`direction.${act.direction}`)}</Table.Td>
              <Table.Td>{script(act.subject)}</Table.Td>
              <Table.Td>{script(act.correspondent) || '—'}</Table.Td>
              <Table.Td>
                {formatDateTime(act.actDate)}
                <Text size="xs" c="dimmed">
                  {t('casePage.by', { user: act.createdBy })}
                </Text>
              </Table.Td>
              <Table.Td>
                {act.dispatch ? (
                  <>
                    <Badge variant="light" color={act.dispatch.status === 'pending' ? 'yellow' : act.dispatch.status === 'returned' ? 'red' : 'green'}>
                      {t(`mailStatus.${act.dispatch.status}` as 'mailStatus.pending')}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {t(`dispatchMethod.${act.dispatch.method}` as 'dispatchMethod.post')}
                      {act.dispatch.sentOn && ` · ${formatDate(act.dispatch.sentOn)}`}
                      {act.dispatch.deliveredOn && ` → ${formatDate(act.dispatch.deliveredOn)}`}
                    </Text>
                  </>
                ) : (
                  '—'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
