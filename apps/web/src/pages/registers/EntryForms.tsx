import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { requestJson } from '../../api/client';
import openApi from '../../api/openapi.json';
import { useCases } from '../../api/cases';
import { invalidateWork } from '../../api/invalidate';
import { ApiError } from '../../api/problem';
import type { Page } from '../../api/types';
import { useSession } from '../../auth/session';
import { useErrorText } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { useScript } from '../../i18n/format';
import type { RegisterInfo, RowAction } from './registry';
import { bodyOf, fieldsOf, flatten, problemsOf, requestSchema, SchemaFields, type Field, type FlatValues } from './SchemaForm';
import { actionLabel, fieldLabel, valueLabel } from './useRegister';

/** Register entries change only through a case the user processes: those are offered. */
function CasePicker({ value, onChange, error }: { value: string | null; onChange(value: string | null): void; error?: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const script = useScript();
  const cases = useCases({ assigneeId: session.me!.id, status: 'in_progress,on_hold,resolved', pageSize: 200 });
  const options = (cases.data?.items ?? []).map((file) => ({ value: file.id, label: `${file.number} — ${script(file.subject)}` }));
  return (
    <Select
      label={t('registers.caseForChange')}
      required
      searchable
      data={options}
      value={value}
      onChange={onChange}
      error={error}
      description={cases.data && options.length === 0 ? t('registers.noCases') : undefined}
      nothingFoundMessage={t('common.noResults')}
    />
  );
}

/** Another entry of the same register (a family member), found by typing as in the list; never `exclude` (the entry itself). */
function EntryPicker({ register, label, required, value, onChange, error, exclude }: { register: RegisterInfo; label: string; required: boolean; value: string | null; onChange(value: string | null): void; error?: string; exclude?: string }) {
  const { t } = useTranslation();
  const script = useScript();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const found = useQuery({
    queryKey: ['register', register.path, 'picker', q],
    queryFn: () => requestJson<Page<Record<string, any> & { id: string }>>('GET', `/api/registers/${register.path}?${new URLSearchParams({ ...(q ? { q } : {}), pageSize: '20' })}`),
    placeholderData: (previous) => previous,
  });
  return (
    <Select
      label={label}
      required={required}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      data={(found.data?.items ?? []).filter((entry) => entry.id !== exclude).map((entry) => ({ value: entry.id, label: script(register.title(entry)) }))}
      value={value}
      onChange={onChange}
      error={error}
      nothingFoundMessage={t('common.noResults')}
    />
  );
}

/** The API's refusal of one field, in the user's language. */
function ruleMessage(t: TFunction, rule: string | undefined): string {
  if (!rule) return t('validation.invalid');
  if (/^required|isNotEmpty|isDefined/.test(rule)) return t('validation.required');
  if (/jmbg|personalId/i.test(rule)) return t('validation.jmbg');
  if (rule === 'notInFuture') return t('validation.notInFuture');
  return t('validation.invalid');
}

interface FormProps {
  register: RegisterInfo;
  title: string;
  method: 'POST' | 'PATCH';
  /** The API path whose request schema draws the form, as the OpenAPI document names it. */
  schemaPath: string;
  /** Where to send it. */
  target: string;
  labels: any;
  /** The entry being changed (its values fill an update's form; only changes are sent). */
  entry?: Record<string, unknown> & { version?: number };
  onDone(answer: Record<string, unknown>): void;
  onClose(): void;
}

/** One change of a register within a case: the case, then the fields of the change's schema, checked as one types. */
function EntryFormModal({ register, title, method, schemaPath, target, labels, entry, onDone, onClose }: FormProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const client = useQueryClient();
  const schema = requestSchema(method === 'POST' ? 'post' : 'patch', schemaPath);
  const companion = method === 'PATCH' ? requestSchema('post', `/api/registers/${register.path}`) : undefined;
  const fields = useMemo(() => (schema ? fieldsOf(schema, ['caseId', 'version'], companion) : []), [schema, companion]);
  const before = useMemo(() => (method === 'PATCH' && entry ? flatten(entry) : undefined), [method, entry]);
  const [values, setValues] = useState<FlatValues>(() => (before ? { ...before } : {}));
  const [caseId, setCaseId] = useState<string | null>(null);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [refused, setRefused] = useState<Record<string, string>>({});
  const problems = problemsOf(values, fields, { required: t('validation.required'), jmbg: t('validation.jmbg'), invalid: t('validation.invalid') });
  const shown: Record<string, string | undefined> = { ...refused };
  const seen = (path: string) => tried || [...touched].some((done) => path === done || path.startsWith(`${done}.`));
  for (const [path, message] of Object.entries(problems)) if (seen(path)) shown[path] = message;
  const change = (path: string, value: unknown) => {
    setValues((current) => ({ ...current, [path]: value }));
    setTouched((current) => new Set(current).add(path));
    setRefused((current) => Object.fromEntries(Object.entries(current).filter(([key]) => key !== path && !key.startsWith(`${path}.`))));
  };
  const custom = (field: Field, value: unknown, onChange: (value: unknown) => void, error: string | undefined) =>
    field.kind === 'reference' ? <EntryPicker key={field.path} register={register} label={fieldLabel(labels, field.path)} required={field.required} value={(value as string) ?? null} onChange={onChange} error={error} exclude={typeof entry?.id === 'string' ? entry.id : undefined} /> : undefined;
  return (
    <Modal opened onClose={onClose} title={title} size="xl">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          setFailure(null);
          if (!caseId || Object.keys(problems).length > 0) return;
          setBusy(true);
          const body = { caseId, ...(entry?.version ? { version: entry.version } : {}), ...bodyOf(values, fields, before) };
          requestJson<Record<string, unknown>>(method, target, body)
            .then((answer) => {
              notifySuccess(t('registers.changed'));
              void invalidateWork(client);
              void client.invalidateQueries({ queryKey: ['register'] });
              void client.invalidateQueries({ queryKey: ['register-entry'] });
              void client.invalidateQueries({ queryKey: ['register-history'] });
              void client.invalidateQueries({ queryKey: ['buyout-schedule'] });
              onDone(answer);
            })
            .catch((error: unknown) => {
              setFailure(errorText(error));
              if (error instanceof ApiError && error.problem.errors) setRefused(Object.fromEntries(error.problem.errors.map((problem) => [problem.field, ruleMessage(t, problem.rule)])));
            })
            .finally(() => setBusy(false));
        }}
      >
        <Stack>
          <CasePicker value={caseId} onChange={setCaseId} error={tried && !caseId ? t('validation.required') : undefined} />
          <SchemaFields
            fields={fields}
            values={values}
            onChange={change}
            label={(path) => fieldLabel(labels, path)}
            enumLabel={(path, value) => valueLabel(labels, path, value)}
            errors={shown}
            custom={custom}
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
          register={register}
          title={`${t('registers.newEntry')} — ${labels?.title ?? t(`registers.${register.key}`)}`}
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

type Entry = Record<string, unknown> & { id: string; version?: number };

/** The changes an entry takes: its own fields (PATCH), and each kind of record added to it (lease, payment, hearing…). */
export function EntryActions({ register, labels, entry }: { register: RegisterInfo; labels: any; entry: Entry }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  const base = `/api/registers/${register.path}/{id}`;
  const actions = [
    ...(requestSchema('patch', base) ? [{ key: 'edit', label: t('common.edit'), method: 'PATCH' as const, schemaPath: base }] : []),
    ...subActionPaths(base).map((path) => ({ key: path, label: actionLabel(labels, path.split('/').pop()!), method: 'POST' as const, schemaPath: path })),
  ];
  const current = actions.find((action) => action.key === open);
  return (
    <Group gap="xs">
      {actions.map((action) => (
        <Button key={action.key} size="sm" variant={action.key === 'edit' ? 'filled' : 'light'} onClick={() => setOpen(action.key)}>
          {action.label}
        </Button>
      ))}
      {current && (
        <EntryFormModal
          register={register}
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

/** A change of one record under the entry (end this lease, mark this hearing), from its row. */
export function RowActionButton({ register, labels, entry, action, row }: { register: RegisterInfo; labels: any; entry: Entry; action: RowAction; row: Record<string, unknown> }) {
  const [open, setOpen] = useState(false);
  const schemaPath = `/api/registers/${register.path}/{id}/${action.path}`;
  if (!requestSchema('post', schemaPath)) return null;
  const label = actionLabel(labels, action.label);
  return (
    <>
      <Button size="compact-xs" variant="light" onClick={() => setOpen(true)}>
        {label}
      </Button>
      {open && (
        <EntryFormModal
          register={register}
          title={label}
          method="POST"
          schemaPath={schemaPath}
          target={schemaPath.replace('{id}', entry.id).replace(/\{\w+\}/, String(row.id))}
          labels={labels}
          entry={{ version: entry.version }}
          onClose={() => setOpen(false)}
          onDone={() => setOpen(false)}
        />
      )}
    </>
  );
}

/** POST routes right under an entry (`…/{id}/payments`), each a kind of record the entry takes. */
function subActionPaths(base: string): string[] {
  const paths = (openApi as unknown as { paths: Record<string, Record<string, unknown>> }).paths;
  return Object.keys(paths).filter((path) => path.startsWith(`${base}/`) && !path.slice(base.length + 1).includes('/') && !path.endsWith('.pdf') && 'post' in paths[path]);
}
