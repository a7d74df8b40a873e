import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { requestJson } from '../../api/client';
import openApi from '../../api/openapi.json';
import { useCases } from '../../api/cases';
import { invalidateWork } from '../../api/invalidate';
import { useSession } from '../../auth/session';
import { useErrorText } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { useScript } from '../../i18n/format';
import type { RegisterInfo } from './registry';
import { bodyOf, fieldsOf, flatten, missingRequired, requestSchema, SchemaFields, type FlatValues } from './SchemaForm';
import { fieldLabel, valueLabel } from './useRegister';

/** Register entries change only through a case the user processes: those are offered. */
function CasePicker({ value, onChange, error }: { value: string | null; onChange(value: string | null): void; error?: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const script = useScript();
  const cases = useCases({ assigneeId: session.me!.id, status: 'in_progress,on_hold,resolved', pageSize: 200 });
  return (
    <Select
      label={t('registers.caseForChange')}
      required
      searchable
      data={(cases.data?.items ?? []).map((file) => ({ value: file.id, label: `${file.number} — ${script(file.subject)}` }))}
      value={value}
      onChange={onChange}
      error={error}
      nothingFoundMessage={t('common.noResults')}
    />
  );
}

interface FormProps {
  title: string;
  method: 'POST' | 'PATCH';
  /** The API path whose request schema draws the form, as the OpenAPI document names it. */
  schemaPath: string;
  /** Where to send it. */
  target: string;
  labels: any;
  /** The entry being changed (its values fill the form; only changes are sent). */
  entry?: Record<string, unknown> & { version?: number };
  onDone(answer: Record<string, unknown>): void;
  onClose(): void;
}

/** One change of a register within a case: the case, then the fields of the change's schema. */
function EntryFormModal({ title, method, schemaPath, target, labels, entry, onDone, onClose }: FormProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const client = useQueryClient();
  const schema = requestSchema(method === 'POST' ? 'post' : 'patch', schemaPath);
  const fields = useMemo(() => (schema ? fieldsOf(schema, ['caseId', 'version']) : []), [schema]);
  const before = useMemo(() => (method === 'PATCH' && entry ? flatten(entry) : undefined), [method, entry]);
  const [values, setValues] = useState<FlatValues>(() => (before ? { ...before } : {}));
  const [caseId, setCaseId] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const missing = missingRequired(values, fields);
  const errors = Object.fromEntries(missing.map((path) => [path, tried ? t('validation.required') : undefined]));
  return (
    <Modal opened onClose={onClose} title={title} size="xl">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (!caseId || missing.length > 0) return;
          setBusy(true);
          const body = { caseId, ...(entry?.version ? { version: entry.version } : {}), ...bodyOf(values, fields, before) };
          requestJson<Record<string, unknown>>(method, target, body)
            .then((answer) => {
              notifySuccess(t('registers.changed'));
              void invalidateWork(client);
              onDone(answer);
            })
            .catch((error: unknown) => setFailure(errorText(error)))
            .finally(() => setBusy(false));
        }}
      >
        <Stack>
          <CasePicker value={caseId} onChange={setCaseId} error={tried && !caseId ? t('validation.required') : undefined} />
          <SchemaFields
            fields={fields}
            values={values}
            onChange={(path, value) => setValues((current) => ({ ...current, [path]: value }))}
            label={(path) => fieldLabel(labels, path)}
            enumLabel={(path, value) => valueLabel(labels, path, value)}
            errors={errors}
          />
          {failure && (
            <Text c="red" size="sm" role="alert">
              {failure}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function NewEntryButton({ register, labels }: { register: RegisterInfo; labels: any }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const path = `/api/registers/${register.path}`;
  if (!requestSchema('post', path)) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('registers.newEntry')}</Button>
      {open && (
        <EntryFormModal
          title={t('registers.newEntry')}
          method="POST"
          schemaPath={path}
          target={path}
          labels={labels}
          onClose={() => setOpen(false)}
          onDone={(answer) => navigate(`/registers/${register.path}/${String(answer.id)}`)}
        />
      )}
    </>
  );
}

/** The changes an entry takes: its own fields (PATCH), and each kind of record added to it (lease, payment, document…). */
export function EntryActions({ register, labels, entry }: { register: RegisterInfo; labels: any; entry: Record<string, unknown> & { id: string; version?: number } }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  const base = `/api/registers/${register.path}/{id}`;
  const subActions = subActionPaths(base);
  const actions = [
    ...(requestSchema('patch', base) ? [{ key: 'edit', label: t('common.edit'), method: 'PATCH' as const, schemaPath: base }] : []),
    ...subActions.map((path) => ({ key: path, label: fieldLabel(labels, path.split('/').pop()!), method: 'POST' as const, schemaPath: path })),
  ];
  const current = actions.find((action) => action.key === open);
  return (
    <Group gap="xs">
      {actions.map((action) => (
        <Button key={action.key} variant={action.key === 'edit' ? 'filled' : 'light'} onClick={() => setOpen(action.key)}>
          {action.label}
        </Button>
      ))}
      {current && (
        <EntryFormModal
          title={current.label}
          method={current.method}
          schemaPath={current.schemaPath}
          target={current.schemaPath.replace('{id}', entry.id)}
          labels={labels}
          entry={current.method === 'PATCH' ? entry : { version: entry.version }}
          onClose={() => setOpen(null)}
          onDone={() => setOpen(null)}
        />
      )}
    </Group>
  );
}

/** POST routes right under an entry (`…/{id}/payments`), each a kind of record the entry takes. */
function subActionPaths(base: string): string[] {
  const paths = (openApi as unknown as { paths: Record<string, Record<string, unknown>> }).paths;
  return Object.keys(paths).filter((path) => path.startsWith(`${base}/`) && !path.slice(base.length + 1).includes('/') && !path.endsWith('.pdf') && 'post' in paths[path]);
}
