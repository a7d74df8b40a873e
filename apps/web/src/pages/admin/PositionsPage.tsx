import { Badge, Button, Group, Modal, MultiSelect, Select, Stack, Switch, Table, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adminCalls, useAdminMutation, usePositions, useRoles, useUsers } from '../../api/admin';
import { useOrgUnits } from '../../api/reference';
import type { Position } from '../../api/types';
import { useErrorText } from '../../components/ErrorAlert';
import { HiddenHeader } from '../../components/HiddenHeader';
import { notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { Pager, usePaging } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { useForm } from '../../components/useForm';
import { useScript } from '../../i18n/format';
import { FormFooter } from '../../components/FormFooter';

/** Positions (radna mesta): posts in units with their holder and roles; changing them changes what people may do. */
export default function PositionsPage() {
  const { t } = useTranslation();
  const script = useScript();
  const units = useOrgUnits();
  const users = useUsers({ page: 1, pageSize: 200 });
  const [unitId, setUnitId] = useState<string | null>(null);
  const paging = usePaging(20);
  const positions = usePositions({ orgUnitId: unitId ?? undefined, page: paging.page, pageSize: paging.pageSize });
  const [editing, setEditing] = useState<Position | 'new' | null>(null);
  const unitLabel = (id: string) => {
    const unit = units.data?.find((candidate) => candidate.id === id);
    return unit ? `${unit.code} — ${script(unit.name)}` : id;
  };
  const userLabel = (id: string | null) => {
    const user = id ? users.data?.items.find((candidate) => candidate.id === id) : undefined;
    return user ? `${script(user.fullName)} (${user.username})` : t('admin.vacant');
  };
  return (
    <Stack>
      <PageHeader title={t('admin.positionsTitle')}>
        <Button onClick={() => setEditing('new')}>{t('admin.newPosition')}</Button>
      </PageHeader>
      <Select
        w={360}
        label={t('common.unit')}
        clearable
        searchable
        data={(units.data ?? []).map((unit) => ({ value: unit.id, label: `${unit.code} — ${script(unit.name)}` }))}
        value={unitId}
        onChange={(value) => {
          setUnitId(value);
          paging.setPage(1);
        }}
      />
      <QueryState query={positions}>
        {(page) => (
          <>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admin.positionTitle')}</Table.Th>
                  <Table.Th>{t('common.unit')}</Table.Th>
                  <Table.Th>{t('admin.holder')}</Table.Th>
                  <Table.Th>{t('admin.roles')}</Table.Th>
                  <HiddenHeader>{t('common.actions')}</HiddenHeader>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((position) => (
                  <Table.Tr key={position.id} opacity={position.active ? 1 : 0.5}>
                    <Table.Td>{script(position.title)}</Table.Td>
                    <Table.Td>{unitLabel(position.orgUnitId)}</Table.Td>
                    <Table.Td>{userLabel(position.userId)}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {position.roles.map((role) => (
                          <Badge key={role.id} variant="light" radius="sm" tt="none">
                            {script(role.name)}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="light" onClick={() => setEditing(position)}>
                        {t('common.edit')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Pager total={page.total} page={paging.page} pageSize={paging.pageSize} onPage={paging.setPage} onPageSize={paging.setPageSize} />
          </>
        )}
      </QueryState>
      {editing && <PositionModal position={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function PositionModal({ position, onClose }: { position: Position | null; onClose(): void }) {
  const { t } = useTranslation();
  const script = useScript();
  const errorText = useErrorText();
  const units = useOrgUnits();
  const roles = useRoles();
  const users = useUsers({ page: 1, pageSize: 200 });
  const create = useAdminMutation(adminCalls.createPosition);
  const update = useAdminMutation(adminCalls.updatePosition);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm(
    { title: position?.title ?? '', orgUnitId: position?.orgUnitId ?? null, userId: position?.userId ?? null, roleIds: position?.roles.map((role) => role.id) ?? [], active: position?.active ?? true },
    {
      title: (value) => (value.trim() ? null : t('validation.required')),
      orgUnitId: (value) => (value ? null : t('validation.required')),
    },
  );
  const v = form.values;
  const done = () => {
    notifySuccess(t('common.saved'));
    onClose();
  };
  return (
    <Modal opened onClose={onClose} title={position ? script(position.title) : t('admin.newPosition')} size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!form.trySubmit()) return;
          const onError = (error: unknown) => setFailure(errorText(error));
          if (position) {
            update.mutate({ id: position.id, body: { version: position.version, title: v.title.trim(), orgUnitId: v.orgUnitId!, userId: v.userId, roleIds: v.roleIds, active: v.active } }, { onSuccess: done, onError });
          } else {
            create.mutate({ title: v.title.trim(), orgUnitId: v.orgUnitId!, roleIds: v.roleIds, ...(v.userId ? { userId: v.userId } : {}) }, { onSuccess: done, onError });
          }
        }}
      >
        <Stack>
          <TextInput label={t('admin.positionTitle')} required data-autofocus value={v.title} onChange={(event) => form.set('title', event.currentTarget.value)} error={form.error('title')} />
          <Select label={t('common.unit')} required searchable data={(units.data ?? []).map((unit) => ({ value: unit.id, label: `${unit.code} — ${script(unit.name)}` }))} value={v.orgUnitId} onChange={(value) => form.set('orgUnitId', value)} error={form.error('orgUnitId')} />
          <Select label={t('admin.holder')} searchable clearable placeholder={t('admin.vacant')} data={(users.data?.items ?? []).map((user) => ({ value: user.id, label: `${script(user.fullName)} (${user.username})` }))} value={v.userId} onChange={(value) => form.set('userId', value)} />
          <MultiSelect label={t('admin.roles')} searchable data={(roles.data?.items ?? []).map((role) => ({ value: role.id, label: script(role.name) }))} value={v.roleIds} onChange={(value) => form.set('roleIds', value)} />
          {position && <Switch label={t('common.active')} checked={v.active} onChange={(event) => form.set('active', event.currentTarget.checked)} />}
          <FormFooter failure={failure} onCancel={onClose} saving={create.isPending || update.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
