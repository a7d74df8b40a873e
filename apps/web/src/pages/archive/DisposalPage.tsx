import { Anchor, Badge, Button, Checkbox, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api, call } from '../../api/client';
import { invalidateWork } from '../../api/invalidate';
import type { ArchiveBookEntry, DisposalList } from '../../api/types';
import { useSession } from '../../auth/session';
import { useErrorText } from '../../components/ErrorAlert';
import { HiddenHeader } from '../../components/HiddenHeader';
import { notifyError } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { Pager, usePaging } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { formatDate, useScript } from '../../i18n/format';
import { locationText } from './archiveApi';

type Kind = 'disposal' | 'handover';
const LIST_COLOURS = { draft: 'yellow', approved: 'green', rejected: 'gray' } as const;

/**
 * Disposal (izlučivanje) and handover: the archive's cases whose time has come, drawn up into a
 * list for the committee, and the lists with their state.
 */
export default function DisposalPage() {
  const { t } = useTranslation();
  const script = useScript();
  const session = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const errorText = useErrorText();
  const [kind, setKind] = useState<Kind>('disposal');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const paging = usePaging(20, 'l');
  const candidates = useQuery({
    queryKey: ['disposal-candidates', kind],
    queryFn: () => call(api.GET('/api/archive/disposal-candidates', { params: { query: { kind, pageSize: 200 } } })),
  });
  const lists = useQuery({
    queryKey: ['disposal-lists', paging.page, paging.pageSize],
    queryFn: () => call(api.GET('/api/archive/disposal-lists', { params: { query: { page: paging.page, pageSize: paging.pageSize } } })),
  });
  const draft = useMutation({
    mutationFn: (caseIds: string[] | undefined) => call(api.POST('/api/archive/disposal-lists', { body: { kind, ...(caseIds ? { caseIds } : {}) } })),
    onSuccess: (list) => navigate(`/archive/disposal/${list.id}`),
    onError: (error) => notifyError(errorText(error)),
    onSettled: () => void invalidateWork(client),
  });
  const mayDraft = session.can('create', 'DisposalList');

  return (
    <Stack>
      <PageHeader title={t('archive.disposalTitle')} />
      <Title order={2} size="h4">
        {t('archive.candidates')}
      </Title>
      <Group justify="space-between">
        <SegmentedControl
          value={kind}
          onChange={(value) => {
            setKind(value as Kind);
            setChosen(new Set());
          }}
          data={[
            { value: 'disposal', label: t('archive.candidatesDisposal') },
            { value: 'handover', label: t('archive.candidatesHandover') },
          ]}
        />
        {mayDraft && (
          <Group gap="xs">
            <Button variant="light" disabled={chosen.size === 0} loading={draft.isPending} onClick={() => draft.mutate([...chosen])}>
              {t('archive.draftList')} ({chosen.size})
            </Button>
            <Button disabled={(candidates.data?.total ?? 0) === 0} loading={draft.isPending} onClick={() => draft.mutate(undefined)}>
              {t('archive.draftAll')}
            </Button>
          </Group>
        )}
      </Group>
      <QueryState query={candidates}>
        {(page) =>
          page.items.length === 0 ? (
            <Text c="dimmed">{t('common.noResults')}</Text>
          ) : (
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  {mayDraft && <HiddenHeader w={1}>{t('common.choose')}</HiddenHeader>}
                  <Table.Th>{t('cases.number')}</Table.Th>
                  <Table.Th>{t('cases.subject')}</Table.Th>
                  <Table.Th>{t('archive.retention')}</Table.Th>
                  <Table.Th>{t('archive.location')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((entry) => (
                  <Table.Tr key={entry.id}>
                    {mayDraft && (
                      <Table.Td>
                        <Checkbox
                          aria-label={entry.number}
                          checked={chosen.has(entry.caseId)}
                          onChange={(event) => {
                            const next = new Set(chosen);
                            if (event.currentTarget.checked) next.add(entry.caseId);
                            else next.delete(entry.caseId);
                            setChosen(next);
                          }}
                        />
                      </Table.Td>
                    )}
                    <Table.Td>
                      <Anchor component={Link} to={`/cases/${entry.caseId}`}>
                        {entry.number}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{script(entry.subject)}</Table.Td>
                    <Table.Td>{entry.permanent ? t('casePage.permanent') : t('casePage.retentionYears', { count: entry.retentionYears ?? 0 })}</Table.Td>
                    <Table.Td>{script(locationText(entry.location))}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
      <Title order={2} size="h4" mt="md">
        {t('archive.lists')}
      </Title>
      <QueryState query={lists}>
        {(page) =>
          page.items.length === 0 ? (
            <Text c="dimmed">{t('common.noResults')}</Text>
          ) : (
            <>
              <Table striped verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('common.title')}</Table.Th>
                    <Table.Th>{t('common.status')}</Table.Th>
                    <Table.Th ta="right">{t('archive.items')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {page.items.map((list) => (
                    <Table.Tr key={list.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/archive/disposal/${list.id}`}>
                          {t('archive.listTitle', { kind: t(`archive.kind.${list.kind}`), date: formatDate(list.createdAt) })}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Badge color={LIST_COLOURS[list.status]} variant="light">
                          {t(`archive.listStatus.${list.status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td ta="right">{list.itemCount}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Pager total={page.total} page={paging.page} pageSize={paging.pageSize} onPage={paging.setPage} />
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
