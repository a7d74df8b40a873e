import { Alert, Badge, Button, Card, Code, Grid, Group, List, Select, Stack, Switch, Table, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adminCalls, useAdminMutation, useNumberingBooks } from '../../api/admin';
import { api, call } from '../../api/client';
import type { NumberFormat, NumberingBook } from '../../api/types';
import { useErrorText } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';

const SCOPES = ['year', 'year-unit', 'year-class'] as const;

interface Preview {
  valid: boolean;
  problems: string[];
  example: string | null;
}

/** Numbering books: the case-number template and its serial counter, with the next number shown as the template is typed. */
export default function NumberingPage() {
  const { t } = useTranslation();
  const books = useNumberingBooks();
  const [chosen, setChosen] = useState<string | 'new' | null>(null);
  return (
    <Stack>
      <PageHeader title={t('admin.numberingTitle')}>
        <Button onClick={() => setChosen('new')}>{t('admin.newBook')}</Button>
      </PageHeader>
      <QueryState query={books}>
        {(page) => {
          const book = chosen === 'new' ? null : (page.items.find((candidate) => candidate.id === chosen) ?? page.items.find((candidate) => candidate.isDefault) ?? page.items[0]);
          return (
            <Grid>
              <Grid.Col span={{ base: 12, md: 4 }}>
                <Table highlightOnHover verticalSpacing="xs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('subjects.NumberingBook')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {page.items.map((candidate) => (
                      <Table.Tr key={candidate.id} bg={candidate.id === book?.id ? 'blue.0' : undefined}>
                        <Table.Td>
                          {/* A button, so the keyboard chooses a book too; aria-current says which without the tint. */}
                          <UnstyledButton w="100%" onClick={() => setChosen(candidate.id)} aria-current={candidate.id === book?.id || undefined}>
                            <Text fw={500}>{candidate.name}</Text>
                            <Code>{candidate.template}</Code> {candidate.isDefault && <Badge size="xs">{t('admin.isDefault')}</Badge>}
                          </UnstyledButton>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 8 }}>
                <BookForm key={book ? `${book.id}-${book.version}` : 'new'} book={book} onCreated={(created) => setChosen(created.id)} />
              </Grid.Col>
            </Grid>
          );
        }}
      </QueryState>
    </Stack>
  );
}

function BookForm({ book, onCreated }: { book: NumberingBook | null; onCreated(book: NumberingBook): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [code, setCode] = useState(book?.code ?? '');
  const [name, setName] = useState(book?.name ?? '');
  const [template, setTemplate] = useState(book?.template ?? '{class}-{serial}/{year}-{unit}');
  const [scope, setScope] = useState<(typeof SCOPES)[number]>(book?.counterScope ?? 'year');
  const [isDefault, setIsDefault] = useState(book?.isDefault ?? false);
  const [failure, setFailure] = useState<string | null>(null);
  const [typed] = useDebouncedValue(`${template}\u0000${scope}`, 250);
  const [previewTemplate, previewScope] = typed.split('\u0000');
  const preview = useQuery({
    queryKey: ['number-preview', previewTemplate, previewScope],
    queryFn: () => call(api.POST('/api/numbering-books/preview', { body: { template: previewTemplate, counterScope: previewScope as (typeof SCOPES)[number] } })),
    placeholderData: (previous) => previous,
  });
  const formats = useQuery({ queryKey: ['ref', 'number-formats'], queryFn: () => call(api.GET('/api/numbering-books/formats')), staleTime: Infinity });
  const create = useAdminMutation(adminCalls.createBook);
  const update = useAdminMutation(adminCalls.updateBook);

  return (
    <Stack>
      <Card withBorder>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const done = { onError: (error: unknown) => setFailure(errorText(error)) };
            if (book) {
              update.mutate({ id: book.id, body: { version: book.version, name: name.trim(), template, counterScope: scope, ...(isDefault && !book.isDefault ? { isDefault: true } : {}) } }, { ...done, onSuccess: () => notifySuccess(t('common.saved')) });
            } else {
              create.mutate({ code, name: name.trim(), template, counterScope: scope, isDefault }, { ...done, onSuccess: (created) => (notifySuccess(t('common.saved')), onCreated(created)) });
            }
          }}
        >
          <Stack>
            <Group grow align="flex-start">
              {!book && <TextInput label={t('admin.bookCode')} required value={code} onChange={(event) => setCode(event.currentTarget.value.toLowerCase())} />}
              <TextInput label={t('admin.bookName')} required value={name} onChange={(event) => setName(event.currentTarget.value)} />
            </Group>
            <Group grow align="flex-start">
              <TextInput label={t('admin.template')} description={t('admin.placeholders')} required value={template} onChange={(event) => setTemplate(event.currentTarget.value)} ff="monospace" />
              <Select label={t('admin.counterScope')} data={SCOPES.map((value) => ({ value, label: t(`admin.scopes.${value}`) }))} value={scope} onChange={(value) => value && setScope(value as (typeof SCOPES)[number])} allowDeselect={false} />
            </Group>
            <Alert color={preview.data?.valid === false ? 'red' : 'blue'} title={t('admin.preview')} aria-live="polite" data-testid="number-preview">
              {preview.data?.example && (
                <Text fz="xl" fw={700} ff="monospace">
                  {preview.data.example}
                </Text>
              )}
              {(preview.data?.problems.length ?? 0) > 0 && (
                <List size="sm">
                  {preview.data!.problems.map((problem) => (
                    <List.Item key={problem}>{problem}</List.Item>
                  ))}
                </List>
              )}
            </Alert>
            <Switch label={t('admin.isDefault')} checked={isDefault} disabled={book?.isDefault} onChange={(event) => setIsDefault(event.currentTarget.checked)} />
            {failure && (
              <Text c="red" size="sm" role="alert">
                {failure}
              </Text>
            )}
            <Group justify="flex-end">
              <Button type="submit" disabled={preview.data?.valid === false} loading={create.isPending || update.isPending}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      <Title order={2} size="h5">
        {t('admin.formats')}
      </Title>
      <QueryState query={formats}>
        {(page) => (
          <Table verticalSpacing={4} fz="sm">
            <Table.Tbody>
              {page.items.map((format) => (
                <Table.Tr key={format.country}>
                  <Table.Td>{format.country}</Table.Td>
                  <Table.Td>
                    <Code>{format.template}</Code>
                  </Table.Td>
                  <Table.Td ff="monospace">{format.example}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => {
                        setTemplate(format.template);
                        setScope(format.scope);
                      }}
                    >
                      {t('admin.useFormat')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
    </Stack>
  );
}
