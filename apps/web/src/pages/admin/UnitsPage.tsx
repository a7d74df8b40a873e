import { Badge, Button, Modal, Select, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adminCalls, useAdminMutation } from '../../api/admin';
import { useOrgUnits } from '../../api/reference';
import type { OrgUnit } from '../../api/types';
import { useErrorText } from '../../components/ErrorAlert';
import { HiddenHeader } from '../../components/HiddenHeader';
import { notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useForm } from '../../components/useForm';
import { useScript } from '../../i18n/format';
import { FormFooter } from '../../components/FormFooter';

const UNIT_CODE = /^[A-Za-z0-9][A-Za-z0-9.-]{0,19}$/;

/** Units in tree order, each indented under its parent. */
function treeOrder(units: OrgUnit[]): Array<{ unit: OrgUnit; depth: number }> {
  const children = new Map<string | null, OrgUnit[]>();
  for (const unit of units) children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit]);
  const known = new Set(units.map((unit) => unit.id));
  const out: Array<{ unit: OrgUnit; depth: number }> = [];
  const walk = (parent: string | null, depth: number) => {
    for (const unit of (children.get(parent) ?? []).sort((a, b) => a.code.localeCompare(b.code, undefined, { numeric: true }))) {
      out.push({ unit, depth });
      walk(unit.id, depth + 1);
    }
  };
  walk(null, 0);
  // Units whose parent is not visible still show, at the top level.
  for (const unit of units) if (unit.parentId && !known.has(unit.parentId)) walk(unit.parentId, 0);
  return out;
}

/** Organisational units (odeljenja, odseci, grupe) as a tree; their codes go into case numbers. */
export default function UnitsPage() {
  const { t } = useTranslation();
  const script = useScript();
  const units = useOrgUnits();
  const [editing, setEditing] = useState<OrgUnit | 'new' | null>(null);
  return (
    <Stack>
      <PageHeader title={t('admin.unitsTitle')}>
        <Button onClick={() => setEditing('new')}>{t('admin.newUnit')}</Button>
      </PageHeader>
      <QueryState query={units}>
        {(all) => (
          <Table verticalSpacing="xs" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('common.name')}</Table.Th>
                <Table.Th>{t('common.code')}</Table.Th>
                <Table.Th>{t('common.status')}</Table.Th>
                <HiddenHeader>{t('common.actions')}</HiddenHeader>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody role="tree">
              {treeOrder(all).map(({ unit, depth }) => (
                <Table.Tr key={unit.id} role="treeitem" aria-level={depth + 1} opacity={unit.active ? 1 : 0.5}>
                  <Table.Td style={{ paddingLeft: 12 + depth * 24 }}>
                    {depth > 0 && <Text span c="dimmed">└ </Text>}
                    {script(unit.name)}
                  </Table.Td>
                  <Table.Td>{unit.code}</Table.Td>
                  <Table.Td>{unit.active ? <Badge variant="light" color="green">{t('common.active')}</Badge> : <Badge color="gray">{t('common.inactive')}</Badge>}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="light" onClick={() => setEditing(unit)}>
                      {t('common.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
      {editing && <UnitModal unit={editing === 'new' ? null : editing} units={units.data ?? []} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function UnitModal({ unit, units, onClose }: { unit: OrgUnit | null; units: OrgUnit[]; onClose(): void }) {
  const { t } = useTranslation();
  const script = useScript();
  const errorText = useErrorText();
  const create = useAdminMutation(adminCalls.createUnit);
  const update = useAdminMutation(adminCalls.updateUnit);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm(
    { code: unit?.code ?? '', name: unit?.name ?? '', parentId: unit?.parentId ?? null, active: unit?.active ?? true },
    {
      code: (value) => (unit ? null : !value ? t('validation.required') : UNIT_CODE.test(value) ? null : t('validation.unitCode')),
      name: (value) => (value.trim() ? null : t('validation.required')),
    },
  );
  const v = form.values;
  return (
    <Modal opened onClose={onClose} title={unit ? `${unit.code} — ${script(unit.name)}` : t('admin.newUnit')}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!form.trySubmit()) return;
          const done = { onSuccess: () => (notifySuccess(t('common.saved')), onClose()), onError: (error: unknown) => setFailure(errorText(error)) };
          if (unit) update.mutate({ id: unit.id, body: { version: unit.version, name: v.name.trim(), parentId: v.parentId, active: v.active } }, done);
          else create.mutate({ code: v.code, name: v.name.trim(), ...(v.parentId ? { parentId: v.parentId } : {}) }, done);
        }}
      >
        <Stack>
          {!unit && <TextInput label={t('common.code')} required data-autofocus value={v.code} onChange={(event) => form.set('code', event.currentTarget.value)} error={form.error('code')} />}
          <TextInput label={t('common.name')} required value={v.name} onChange={(event) => form.set('name', event.currentTarget.value)} error={form.error('name')} />
          <Select
            label={t('admin.parent')}
            searchable
            clearable
            placeholder={t('admin.topLevel')}
            data={units.filter((candidate) => candidate.id !== unit?.id).map((candidate) => ({ value: candidate.id, label: `${candidate.code} — ${script(candidate.name)}` }))}
            value={v.parentId}
            onChange={(value) => form.set('parentId', value)}
          />
          {unit && <Switch label={t('common.active')} checked={v.active} onChange={(event) => form.set('active', event.currentTarget.checked)} />}
          <FormFooter failure={failure} onCancel={onClose} saving={create.isPending || update.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
