import { ActionIcon, Button, Checkbox, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { DateInput, DateTimePicker } from '@mantine/dates';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import openApi from '../../api/openapi.json';

/**
 * A form drawn from a request schema of the OpenAPI document (the same document the client types
 * are generated from): one input per property, by its type, nested objects as fieldsets, lists of
 * records (opposing parties, index values) as rows one adds and removes. Used for the registers,
 * whose entries have many plain fields and change only within a case.
 */
export interface SchemaObject {
  type?: string;
  format?: string;
  enum?: string[];
  properties?: Record<string, SchemaObject>;
  required?: string[];
  $ref?: string;
  allOf?: SchemaObject[];
  description?: string;
  example?: unknown;
  items?: SchemaObject;
  nullable?: boolean;
}

type Paths = Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: SchemaObject }> } }>>;
const DOCUMENT = openApi as unknown as { paths: Paths; components: { schemas: Record<string, SchemaObject> } };
const SCHEMAS = DOCUMENT.components.schemas;

export function resolveSchema(schema: SchemaObject | undefined): SchemaObject | undefined {
  if (!schema) return undefined;
  if (schema.$ref) return resolveSchema(SCHEMAS[schema.$ref.split('/').pop()!]);
  if (schema.allOf?.length === 1) return { ...resolveSchema(schema.allOf[0]), nullable: schema.nullable };
  return schema;
}

/** The request schema of `method path` (e.g. POST /api/registers/real-estate), if the document has one. */
export function requestSchema(method: 'post' | 'patch', path: string): SchemaObject | undefined {
  return resolveSchema(DOCUMENT.paths[path]?.[method]?.requestBody?.content?.['application/json']?.schema);
}

/** How a field is entered. */
export type FieldKind = 'enum' | 'boolean' | 'number' | 'minor' | 'decimal' | 'date' | 'datetime' | 'reference' | 'personalId' | 'registrationNumber' | 'text' | 'list';

export interface Field {
  path: string;
  schema: SchemaObject;
  required: boolean;
  kind: FieldKind;
  /** The fields of one row, for lists. */
  fields?: Field[];
}

/** A day as clerks type it (`5.3.2026`, `05.03.2026.`, or `2026-03-05`), as the API's `YYYY-MM-DD`; null if it is none. */
export function parseDay(text: string): string | null {
  const trimmed = text.trim();
  const local = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\.?$/.exec(trimmed);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const [year, month, day] = local ? [local[3], local[2], local[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!year || !month || !day) return null;
  const value = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const check = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(check.getTime()) && check.toISOString().startsWith(value) ? value : null;
}

const DAY_EXAMPLE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT_EXAMPLE = /^\d{4}-\d{2}-\d{2}T/;

function kindOf(name: string, schema: SchemaObject): FieldKind {
  if (schema.enum) return 'enum';
  if (schema.type === 'boolean') return 'boolean';
  if (name === 'amountMinor' || /minor units|in para|\(1\/100/i.test(schema.description ?? '')) return 'minor';
  if (schema.type === 'number' || schema.type === 'integer') return 'number';
  if (schema.format === 'uuid') return 'reference';
  if (name === 'personalId') return 'personalId';
  if (name === 'registrationNumber') return 'registrationNumber';
  const example = typeof schema.example === 'string' ? schema.example : undefined;
  if (schema.format === 'date-time' || (example && INSTANT_EXAMPLE.test(example)) || (!example && /At$/.test(name))) return 'datetime';
  if (schema.format === 'date' || (example && DAY_EXAMPLE.test(example)) || /YYYY-MM-DD/.test(schema.description ?? '')) return 'date';
  if (!example && /(On|Date|From|To|Until)$|^(from|to|on)$/.test(name)) return 'date';
  if (example && /^\d+\.\d+$/.test(example) && !/Code$/.test(name)) return 'decimal';
  return 'text';
}

/**
 * The form's fields, flattened to `a.b` paths. `companion` is the create schema of the same
 * register: an update's optional fields that may be cleared (null) lose their type in the document,
 * and take it from there.
 */
export function fieldsOf(schema: SchemaObject, skip: string[], companion?: SchemaObject, prefix = ''): Field[] {
  const out: Field[] = [];
  for (const [name, raw] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    if (skip.includes(path)) continue;
    let property = resolveSchema(raw)!;
    const twin = resolveSchema(companion?.properties?.[name]);
    if (property.type === 'object' && !property.properties && twin) property = { ...twin, nullable: true, description: property.description ?? twin.description };
    else if (property.type === 'object' && !property.properties) property = { ...property, type: 'string' };
    const required = (schema.required ?? []).includes(name);
    if (property.type === 'array') {
      const item = resolveSchema(property.items);
      if (item?.properties) out.push({ path, schema: property, required, kind: 'list', fields: fieldsOf(item, [], resolveSchema(twin?.items)) });
      continue;
    }
    if (property.properties) out.push(...fieldsOf(property, skip, twin, path));
    else out.push({ path, schema: property, required, kind: kindOf(name, property) });
  }
  return out;
}

export type FlatValues = Record<string, unknown>;

/** Flat values of an entry as the API shows it, for the fields of a form (lists become rows of flat values). */
export function flatten(entry: Record<string, unknown>, prefix = ''): FlatValues {
  const out: FlatValues = {};
  for (const [key, value] of Object.entries(entry)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (Array.isArray(value)) out[path] = value.map((row) => (row && typeof row === 'object' ? flatten(row as Record<string, unknown>) : row));
    else if (value && typeof value === 'object') Object.assign(out, flatten(value as Record<string, unknown>, path));
    else out[path] = value;
  }
  return out;
}

const empty = (value: unknown) => value === undefined || value === null || value === '';

/** A value as the API takes it. */
function wire(field: Field, value: unknown): unknown {
  if (empty(value)) return value;
  switch (field.kind) {
    case 'number':
    case 'minor':
      return Number(value);
    case 'decimal':
      return String(value).trim().replace(',', '.');
    case 'datetime': {
      const at = new Date(String(value).replace(' ', 'T'));
      return Number.isNaN(at.getTime()) ? value : at.toISOString();
    }
    case 'text':
    case 'personalId':
    case 'registrationNumber':
      return String(value).trim();
    default:
      return value;
  }
}

function rowsOf(field: Field, value: unknown): Array<Record<string, unknown>> {
  return ((value as FlatValues[] | undefined) ?? []).map((row) => bodyOf(row, field.fields!)).filter((row) => Object.keys(row).length > 0);
}

/**
 * The request body from flat values: what was filled in (create), or what changed (`before`,
 * update) — a nested object (money, owner) goes whole when any of its fields changed.
 */
export function bodyOf(values: FlatValues, fields: Field[], before?: FlatValues): Record<string, unknown> {
  const changed = new Set<string>();
  const outgoing = new Map<string, unknown>();
  for (const field of fields) {
    const { path } = field;
    if (field.kind === 'list') {
      const rows = rowsOf(field, values[path]);
      if (before ? JSON.stringify(rows) !== JSON.stringify(rowsOf(field, before[path])) : rows.length > 0) changed.add(path);
      outgoing.set(path, rows);
      continue;
    }
    let value = values[path];
    if (empty(value)) value = before && !empty(before[path]) ? null : undefined;
    if (value === undefined) continue;
    outgoing.set(path, wire(field, value));
    if (!before || String(before[path] ?? '') !== String(value ?? '')) changed.add(path.split('.')[0]);
  }
  const body: Record<string, unknown> = {};
  for (const [path, value] of outgoing) {
    if (!changed.has(path.split('.')[0])) continue;
    const parts = path.split('.');
    let target = body;
    for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
    target[parts.at(-1)!] = value;
  }
  return body;
}

/** What is wrong with the form now, per field path (`opposingParties.0.name` inside lists): checked as the user types. */
export function problemsOf(values: FlatValues, fields: Field[], messages: { required: string; jmbg: string; invalid: string }, prefix = ''): Record<string, string> {
  const found: Record<string, string> = {};
  for (const field of fields) {
    const value = values[field.path];
    const at = prefix + field.path;
    if (field.kind === 'list') {
      const rows = (value as FlatValues[] | undefined) ?? [];
      if (field.required && rows.length === 0) found[at] = messages.required;
      rows.forEach((row, i) => Object.assign(found, problemsOf(row, field.fields!, messages, `${at}.${i}.`)));
      continue;
    }
    if (empty(value)) {
      if (field.required) found[at] = messages.required;
      continue;
    }
    const text = String(value).trim();
    if (field.kind === 'personalId' && !/^\d{13}$/.test(text)) found[at] = messages.jmbg;
    if (field.kind === 'registrationNumber' && !/^\d{8,9}$/.test(text)) found[at] = messages.jmbg;
    if (field.kind === 'decimal' && !/^\d+([.,]\d+)?$/.test(text)) found[at] = messages.invalid;
  }
  return found;
}

export interface SchemaFieldsProps {
  fields: Field[];
  values: FlatValues;
  onChange(path: string, value: unknown): void;
  label(path: string): string;
  enumLabel(path: string, value: string): string;
  /** Errors by path (list rows: `list.0.field`). */
  errors: Record<string, string | undefined>;
  /** An input of the caller's own for a field (a picker of entries), or nothing for the usual one. */
  custom?(field: Field, value: unknown, onChange: (value: unknown) => void, error: string | undefined): ReactNode | undefined;
  /** Prefix of error paths (inside a list row). */
  errorPrefix?: string;
  /** Inputs only, for the caller's own grid (a row of a list). */
  bare?: boolean;
}

export function SchemaFields({ fields, values, onChange, label, enumLabel, errors, custom, errorPrefix = '', bare = false }: SchemaFieldsProps) {
  const { t } = useTranslation();
  const groups = new Map<string, Field[]>();
  for (const field of fields) {
    const group = field.kind !== 'list' && field.path.includes('.') ? field.path.split('.')[0] : field.kind === 'list' ? field.path : '';
    groups.set(group, [...(groups.get(group) ?? []), field]);
  }
  const input = (field: Field): ReactNode => {
    const { path, schema, required, kind } = field;
    const error = errors[errorPrefix + path];
    const value = values[path];
    const set = (next: unknown) => onChange(path, next);
    const own = custom?.(field, value, set, error);
    if (own) return own;
    const common = { key: path, label: label(path), required, error };
    switch (kind) {
      case 'enum':
        return <Select {...common} data={schema.enum!.map((option) => ({ value: option, label: enumLabel(path, option) }))} value={(value as string) ?? null} onChange={set} clearable={!required} />;
      case 'boolean':
        return <Checkbox key={path} label={label(path)} checked={!!value} onChange={(event) => set(event.currentTarget.checked)} mt="lg" />;
      case 'number':
        return <NumberInput {...common} value={(value as number | string) ?? ''} onChange={(next) => set(next)} allowDecimal={false} />;
      case 'minor':
        return (
          <NumberInput
            {...common}
            description={t('registers.minorUnitsHint')}
            decimalScale={2}
            decimalSeparator=","
            thousandSeparator="."
            value={empty(value) ? '' : Number(value) / 100}
            onChange={(next) => set(next === '' ? '' : Math.round(Number(next) * 100))}
          />
        );
      case 'date':
        return <DateInput {...common} valueFormat="DD.MM.YYYY" dateParser={parseDay} placeholder="DD.MM.YYYY" value={(value as string) ?? null} onChange={set} clearable />;
      case 'datetime':
        return <DateTimePicker {...common} valueFormat="DD.MM.YYYY HH:mm" value={(value as string) ?? null} onChange={set} clearable />;
      case 'decimal':
        return <TextInput {...common} inputMode="decimal" placeholder={typeof schema.example === 'string' ? schema.example.replace('.', ',') : undefined} value={(value as string) ?? ''} onChange={(event) => set(event.currentTarget.value)} />;
      case 'personalId':
      case 'registrationNumber':
        return <TextInput {...common} inputMode="numeric" maxLength={13} value={(value as string) ?? ''} onChange={(event) => set(event.currentTarget.value)} />;
      default:
        return <TextInput {...common} value={(value as string) ?? ''} onChange={(event) => set(event.currentTarget.value)} />;
    }
  };
  const list = (field: Field): ReactNode => {
    const rows = (values[field.path] as FlatValues[] | undefined) ?? [];
    const setRows = (next: FlatValues[]) => onChange(field.path, next);
    return (
      <Fieldset key={field.path} legend={`${label(field.path)}${field.required ? ' *' : ''}`}>
        <Stack gap="xs">
          {rows.map((row, i) => (
            <Group key={i} align="flex-end" wrap="nowrap">
              <SimpleGrid cols={{ base: 1, sm: Math.min(field.fields!.length, 3) }} style={{ flex: 1 }}>
                <SchemaFields
                  fields={field.fields!}
                  values={row}
                  onChange={(path, next) => setRows(rows.map((other, j) => (j === i ? { ...other, [path]: next } : other)))}
                  label={label}
                  enumLabel={enumLabel}
                  errors={errors}
                  errorPrefix={`${errorPrefix}${field.path}.${i}.`}
                  custom={custom}
                  bare
                />
              </SimpleGrid>
              <ActionIcon variant="subtle" color="red" size="lg" aria-label={`${t('registers.removeRow')} ${i + 1}`} onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                ×
              </ActionIcon>
            </Group>
          ))}
          {errors[errorPrefix + field.path] && (
            <div role="alert" style={{ color: 'var(--mantine-color-error)', fontSize: 'var(--mantine-font-size-xs)' }}>
              {errors[errorPrefix + field.path]}
            </div>
          )}
          <Group>
            <Button size="xs" variant="light" onClick={() => setRows([...rows, {}])}>
              {t('registers.addRow')}: {label(field.path)}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    );
  };
  if (bare) return <>{fields.map(input)}</>;
  return (
    <>
      {[...groups.entries()].map(([group, members]) =>
        members[0].kind === 'list' ? (
          list(members[0])
        ) : group ? (
          <Fieldset key={group} legend={label(group)}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>{members.map(input)}</SimpleGrid>
          </Fieldset>
        ) : (
          <SimpleGrid key="top" cols={{ base: 1, sm: 2 }}>
            {members.map(input)}
          </SimpleGrid>
        ),
      )}
    </>
  );
}
