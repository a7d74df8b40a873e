import { Checkbox, Fieldset, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { ReactNode } from 'react';
import openApi from '../../api/openapi.json';

/**
 * A form drawn from a request schema of the OpenAPI document (the same document the client types
 * are generated from): one input per property, by its type, nested objects as fieldsets. Used for
 * the registers, whose entries have many plain fields and change only within a case.
 */
interface SchemaObject {
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
}

const SCHEMAS = (openApi as unknown as { components: { schemas: Record<string, SchemaObject> } }).components.schemas;

export function resolveSchema(schema: SchemaObject | undefined): SchemaObject | undefined {
  if (!schema) return undefined;
  if (schema.$ref) return resolveSchema(SCHEMAS[schema.$ref.split('/').pop()!]);
  if (schema.allOf?.length === 1) return resolveSchema(schema.allOf[0]);
  return schema;
}

/** The request schema of `method path` (e.g. POST /api/registers/real-estate), if the document has one. */
export function requestSchema(method: 'post' | 'patch', path: string): SchemaObject | undefined {
  const paths = (openApi as unknown as { paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: SchemaObject }> } }>> }).paths;
  return resolveSchema(paths[path]?.[method]?.requestBody?.content?.['application/json']?.schema);
}

export type FlatValues = Record<string, unknown>;

const isDate = (schema: SchemaObject) => schema.format === 'date' || (typeof schema.example === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(schema.example)) || /YYYY-MM-DD/.test(schema.description ?? '');

/** The form's fields, flattened to `a.b` paths; arrays (lists of related records) are left to their own forms. */
export function fieldsOf(schema: SchemaObject, skip: string[], prefix = ''): Array<{ path: string; schema: SchemaObject; required: boolean }> {
  const out: Array<{ path: string; schema: SchemaObject; required: boolean }> = [];
  for (const [name, raw] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    if (skip.includes(path)) continue;
    const property = resolveSchema(raw)!;
    if (property.type === 'array') continue;
    if (property.properties) out.push(...fieldsOf(property, skip, path));
    else out.push({ path, schema: property, required: (schema.required ?? []).includes(name) });
  }
  return out;
}

/** Flat values of an entry as the API shows it, for the fields of a form. */
export function flatten(entry: Record<string, unknown>, prefix = ''): FlatValues {
  const out: FlatValues = {};
  for (const [key, value] of Object.entries(entry)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object' && !Array.isArray(value)) Object.assign(out, flatten(value as Record<string, unknown>, path));
    else out[path] = value;
  }
  return out;
}

/** The request body from flat values: only what was filled in (create) or changed (`before`, update). */
export function bodyOf(values: FlatValues, fields: Array<{ path: string; schema: SchemaObject }>, before?: FlatValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const { path, schema } of fields) {
    let value = values[path];
    if (value === '' || value === undefined) value = before && before[path] !== null && before[path] !== undefined ? null : undefined;
    if (value !== undefined && value !== null && (schema.type === 'number' || schema.type === 'integer')) value = Number(value);
    if (value === undefined || (before && String(before[path] ?? '') === String(value ?? ''))) continue;
    const parts = path.split('.');
    let target = body;
    for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
    target[parts.at(-1)!] = value;
  }
  return body;
}

/** The fields still empty that the schema requires. */
export function missingRequired(values: FlatValues, fields: Array<{ path: string; required: boolean }>): string[] {
  return fields.filter((field) => field.required && (values[field.path] === undefined || values[field.path] === null || values[field.path] === '')).map((field) => field.path);
}

export function SchemaFields({
  fields,
  values,
  onChange,
  label,
  enumLabel,
  errors,
}: {
  fields: Array<{ path: string; schema: SchemaObject; required: boolean }>;
  values: FlatValues;
  onChange(path: string, value: unknown): void;
  label(path: string): string;
  enumLabel(path: string, value: string): string;
  errors: Record<string, string | undefined>;
}) {
  const groups = new Map<string, typeof fields>();
  for (const field of fields) {
    const group = field.path.includes('.') ? field.path.split('.')[0] : '';
    groups.set(group, [...(groups.get(group) ?? []), field]);
  }
  const input = ({ path, schema, required }: (typeof fields)[number]): ReactNode => {
    const common = { key: path, label: label(path), required, error: errors[path] };
    const value = values[path];
    if (schema.enum) {
      return <Select {...common} data={schema.enum.map((option) => ({ value: option, label: enumLabel(path, option) }))} value={(value as string) ?? null} onChange={(next) => onChange(path, next)} clearable={!required} />;
    }
    if (schema.type === 'boolean') return <Checkbox key={path} label={label(path)} checked={!!value} onChange={(event) => onChange(path, event.currentTarget.checked)} mt="lg" />;
    if (schema.type === 'number' || schema.type === 'integer') {
      return <NumberInput {...common} value={(value as number | string) ?? ''} onChange={(next) => onChange(path, next)} allowDecimal={schema.type === 'number'} />;
    }
    if (isDate(schema)) return <DateInput {...common} valueFormat="DD.MM.YYYY" value={(value as string) ?? null} onChange={(next) => onChange(path, next)} clearable />;
    return <TextInput {...common} value={(value as string) ?? ''} onChange={(event) => onChange(path, event.currentTarget.value)} />;
  };
  return (
    <>
      {[...groups.entries()].map(([group, members]) =>
        group ? (
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
