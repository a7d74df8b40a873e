import { Grid, Image, Paper, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, fetchBlob } from '../../api/client';
import { invalidateWork } from '../../api/invalidate';
import type { AttachmentListItem, CaseDetail } from '../../api/types';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { HiddenHeader } from '../../components/HiddenHeader';
import { QueryState } from '../../components/QueryState';
import { UploadZone } from '../../components/UploadZone';
import { formatDateTime, formatSize } from '../../i18n/format';

const PREVIEWABLE = ['application/pdf', 'image/jpeg', 'image/png'];

/** The scans and files of the case, a preview of the chosen one, and upload while the case is open. */
export function CaseAttachments({ file, canUpload }: { file: CaseDetail; canUpload: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [selected, setSelected] = useState<AttachmentListItem | null>(null);
  const attachments = useQuery({
    queryKey: ['attachments', file.id],
    queryFn: () => call(api.GET('/api/cases/{id}/attachments', { params: { path: { id: file.id }, query: { pageSize: 200 } } })),
  });
  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack>
          {canUpload && <UploadZone target={`/api/cases/${file.id}/attachments`} onUploaded={() => void invalidateWork(client)} label={t('casePage.upload')} />}
          <QueryState query={attachments}>
            {(page) =>
              page.items.length === 0 ? (
                <Text c="dimmed">{t('casePage.noAttachments')}</Text>
              ) : (
                <Table highlightOnHover verticalSpacing="xs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('casePage.tabs.attachments')}</Table.Th>
                      <HiddenHeader>{t('common.actions')}</HiddenHeader>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {page.items.map((attachment) => (
                      <Table.Tr key={attachment.id} bg={selected?.id === attachment.id ? 'blue.0' : undefined}>
                        <Table.Td>
                          <UnstyledButton
                            onClick={() => setSelected(attachment)}
                            aria-label={`${t('casePage.preview')}: ${attachment.filename}`}
                            // The row's tint shows the file in the preview; this says it without colour.
                            aria-current={selected?.id === attachment.id || undefined}
                          >
                            <Text size="sm" c="blue">
                              {attachment.filename}
                            </Text>
                          </UnstyledButton>
                          <Text size="xs" c="dimmed">
                            {formatSize(attachment.size)} · {formatDateTime(attachment.createdAt)}
                          </Text>
                        </Table.Td>
                        <Table.Td w={1}>
                          <DownloadButton path={`/api/attachments/${attachment.id}/content`} filename={attachment.filename} label={t('common.download')} size="xs" variant="subtle" />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )
            }
          </QueryState>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>{selected && <Preview attachment={selected} />}</Grid.Col>
    </Grid>
  );
}

function Preview({ attachment }: { attachment: AttachmentListItem }) {
  const { t } = useTranslation();
  const previewable = PREVIEWABLE.includes(attachment.contentType);
  const content = useQuery({
    queryKey: ['attachment-content', attachment.id, attachment.version],
    queryFn: () => fetchBlob(`/api/attachments/${attachment.id}/content?disposition=inline`),
    enabled: previewable,
    staleTime: Infinity,
  });
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!content.data) return;
    const created = URL.createObjectURL(content.data);
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [content.data]);
  if (!previewable) return <Text c="dimmed">{t('casePage.previewNotAvailable')}</Text>;
  if (content.isError) return <ErrorAlert error={content.error} />;
  return (
    <Paper withBorder p="xs" h={560}>
      {url &&
        (attachment.contentType === 'application/pdf' ? (
          <iframe src={url} title={attachment.filename} style={{ width: '100%', height: '100%', border: 0 }} />
        ) : (
          <Image src={url} alt={attachment.filename} fit="contain" h="100%" />
        ))}
    </Paper>
  );
}
