import { Button, Checkbox, Group, Modal, NumberInput, Stack, Table, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchFold } from '../../../../../libs/i18n/transliterate.js';
import { adminCalls, useAdminMutation } from '../../api/admin';
import { useClassificationMarks } from '../../api/reference';
import type { ClassificationMark } from '../../api/types';
import { useErrorText } from '../../components/ErrorAlert';
import { HiddenHeader } from '../../components/HiddenHeader';
import { notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { useForm } from '../../components/useForm';
import { belgradeToday, useScript } from '../../i18n/format';
import { FormFooter } from '../../components/FormFooter';

const PAGE = 25;

/** The classification plan: marks with their retention periods, versioned by the years they are valid. */
export default function ClassificationPage() {
  const { t } = useTranslation();
  const script = useScript();
  const marks = useClassificationMarks();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(searchFold(text.trim()), 200);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<ClassificationMark | 'new' | null>(null);
  return (
    <Stack>
      <PageHeader title={t('admin.classificationTitle')}>
        <Button onClick={() => setEditing('new')}>{t('admin.newMark')}</Button>
      </PageHeader>
      <TextInput
        w={320}
        label={t('common.search')}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setPage(1);
        }}
      />
      <QueryState query={marks}>
        {(all) => {
          const found = all.filter((mark) => !q || mark.code.startsWith(q) || searchFold(mark.title).includes(q)).sort((a, b) => a.code.localeCompare(b.code) || a.validFromYear - b.validFromYear);
          return (
            <>
              <Table striped verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('common.code')}</Table.Th>
                    <Table.Th>{t('common.title')}</Table.Th>
                    <Table.Th>{t('archive.retention')}</Table.Th>
                    <Table.Th>{t('admin.validFrom')}</Table.Th>
                    <Table.Th>{t('admin.validTo')}</Table.Th>
                    <HiddenHeader>{t('common.actions')}</HiddenHeader>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {found.slice((page - 1) * PAGE, page * PAGE).map((mark) => (
                    <Table.Tr key={mark.id}>
                      <Table.Td fw={mark.code.length === 1 ? 700 : undefined} style={{ paddingLeft: 8 + (mark.code.length - 1) * 12 }}>
                        {mark.code}
                      </Table.Td>
                      <Table.Td>{script(mark.title)}</Table.Td>
                      <Table.Td>{mark.permanent ? t('casePage.permanent') : t('casePage.retentionYears', { count: mark.retentionYears ?? 0 })}</Table.Td>
                      <Table.Td>{mark.validFromYear}</Table.Td>
                      <Table.Td>{mark.validToYear ?? '—'}</Table.Td>
                      <Table.Td>
                        <Button size="xs" variant="subtle" onClick={() => setEditing(mark)}>
                          {t('common.edit')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Pager total={found.length} page={page} pageSize={PAGE} onPage={setPage} />
            </>
          );
        }}
      </QueryState>
      {editing && <MarkModal mark={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function MarkModal({ mark, onClose }: { mark: ClassificationMark | null; onClose(): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const create = useAdminMutation(adminCalls.createMark);
  const update = useAdminMutation(adminCalls.updateMark);
  const [failure, setFailure] = useState<string | null>(null);
  const year = Number(belgradeToday().slice(0, 4));
  const form = useForm(
    { code: mark?.code ?? '', title: mark?.title ?? '', permanent: mark?.permanent ?? false, retentionYears: (mark?.retentionYears ?? '') as number | string, validFromYear: (mark?.validFromYear ?? year) as number | string, validToYear: (mark?.validToYear ?? '') as number | string },
    {
      code: (value) => (mark ? null : !value ? t('validation.required') : /^\d{1,6}$/.test(value) ? null : t('validation.classificationCode')),
      title: (value) => (value.trim() ? null : t('validation.required')),
      retentionYears: (value, values) => (values.permanent || (Number(value) >= 1 && Number(value) <= 200) ? null : t('validation.required')),
    },
  );
  const v = form.values;
  return (
    <Modal opened onClose={onClose} title={mark ? `${mark.code}` : t('admin.newMark')}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!form.trySubmit()) return;
          const retention = v.permanent ? { permanent: true } : { permanent: false, retentionYears: Number(v.retentionYears) };
          const done = { onSuccess: () => (notifySuccess(t('common.saved')), onClose()), onError: (error: unknown) => setFailure(errorText(error)) };
          // The API documents its nullable numbers as objects (see views.ts), hence the casts.
          if (mark) update.mutate({ id: mark.id, body: { version: mark.version, title: v.title.trim(), permanent: v.permanent, retentionYears: (v.permanent ? null : Number(v.retentionYears)), validToYear: (v.validToYear === '' ? null : Number(v.validToYear)) } }, done);
          else create.mutate({ code: v.code, title: v.title.trim(), ...retention, validFromYear: Number(v.validFromYear) }, done);
        }}
      >
        <Stack>
          {!mark && <TextInput label={t('common.code')} required data-autofocus value={v.code} onChange={(event) => form.set('code', event.currentTarget.value)} error={form.error('code')} />}
          <TextInput label={t('common.title')} required value={v.title} onChange={(event) => form.set('title', event.currentTarget.value)} error={form.error('title')} />
          <Checkbox label={t('admin.permanent')} checked={v.permanent} onChange={(event) => form.set('permanent', event.currentTarget.checked)} />
          {!v.permanent && <NumberInput label={t('admin.retentionYears')} min={1} max={200} allowDecimal={false} value={v.retentionYears} onChange={(value) => form.set('retentionYears', value)} error={form.error('retentionYears')} />}
          <Group grow>
            <NumberInput label={t('admin.validFrom')} min={1900} max={2999} disabled={!!mark} value={v.validFromYear} onChange={(value) => form.set('validFromYear', value)} />
            {mark && <NumberInput label={t('admin.validTo')} min={1900} max={2999} value={v.validToYear} onChange={(value) => form.set('validToYear', value)} />}
          </Group>
          <FormFooter failure={failure} onCancel={onClose} saving={create.isPending || update.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
