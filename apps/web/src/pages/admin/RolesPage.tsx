import { Badge, Button, Card, Group, Modal, Select, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adminCalls, useAdminMutation, useRoles } from '../../api/admin';
import type { Action, Permission, Role } from '../../api/types';
import { useSession } from '../../auth/session';
import { useErrorText } from '../../components/ErrorAlert';
import { HiddenHeader } from '../../components/HiddenHeader';
import { notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useScript } from '../../i18n/format';
import { FormFooter } from '../../components/FormFooter';

const ACTIONS: Action[] = ['manage', 'read', 'create', 'update', 'register', 'assign', 'process', 'archive', 'lend', 'dispose', 'approve', 'export', 'readPersonalData'];
const SUBJECTS = ['all', 'OrgUnit', 'User', 'Position', 'Role', 'ClassificationMark', 'NumberingBook', 'AuditEntry', 'Case', 'Attachment', 'ArchiveEntry', 'DisposalList', 'Report', 'RealEstate', 'WorkBook', 'Business', 'HousingBuyout', 'DisplacedPerson', 'AttorneyCase'] as const;
type Scope = Permission['scope'];
const SCOPE_COLOURS: Record<Scope, string> = { all: 'blue', unit: 'teal', own: 'grape' };

/** Roles and what they allow, as a matrix of subjects (rows) and actions (columns) with the reach of each. */
export default function RolesPage() {
  const { t } = useTranslation();
  const script = useScript();
  const session = useSession();
  const roles = useRoles();
  const [chosen, setChosen] = useState<string | null>(null);
  const [editing, setEditing] = useState<Role | 'new' | null>(null);
  return (
    <Stack>
      <PageHeader title={t('admin.rolesTitle')}>{session.can('manage', 'Role') && <Button onClick={() => setEditing('new')}>{t('common.create')}</Button>}</PageHeader>
      <QueryState query={roles}>
        {(page) => {
          const role = page.items.find((candidate) => candidate.id === chosen) ?? page.items[0];
          return (
            <>
              <Group align="flex-end">
                <Select
                  label={t('admin.roles')}
                  w={420}
                  searchable
                  data={page.items.map((candidate) => ({ value: candidate.id, label: `${script(candidate.name)}${candidate.system ? ` (${t('admin.system')})` : ''}` }))}
                  value={role?.id ?? null}
                  onChange={setChosen}
                  allowDeselect={false}
                />
                {role && !role.system && session.can('manage', 'Role') && (
                  <Button variant="light" onClick={() => setEditing(role)}>
                    {t('common.edit')}
                  </Button>
                )}
              </Group>
              {role && (
                <Card withBorder>
                  <Title order={2} size="h4">
                    {t('admin.matrix', { role: script(role.name) })}
                  </Title>
                  {role.description && (
                    <Text size="sm" c="dimmed" mb="sm">
                      {role.description}
                    </Text>
                  )}
                  <PermissionMatrix permissions={role.permissions} />
                </Card>
              )}
            </>
          );
        }}
      </QueryState>
      {editing && <RoleModal role={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function legend(t: TFunction, permission: Permission): string {
  const scope = t(`admin.scope.${permission.scope}`);
  return permission.conditions ? `${scope} *` : scope;
}

/** Read-only matrix: only subjects and actions the role touches, each cell saying how far it reaches. */
function PermissionMatrix({ permissions }: { permissions: Permission[] }) {
  const { t } = useTranslation();
  const subjects = SUBJECTS.filter((subject) => permissions.some((permission) => permission.subject === subject));
  const actions = ACTIONS.filter((action) => permissions.some((permission) => permission.action === action));
  if (permissions.length === 0) return <Text c="dimmed">{t('common.noResults')}</Text>;
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table withTableBorder withColumnBorders verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <HiddenHeader>{t('admin.permissionSubject')}</HiddenHeader>
            {actions.map((action) => (
              <Table.Th key={action} ta="center">
                {t(`actions.${action}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {subjects.map((subject) => (
            <Table.Tr key={subject}>
              <Table.Th scope="row">{t(`subjects.${subject}`)}</Table.Th>
              {actions.map((action) => {
                const found = permissions.find((permission) => permission.subject === subject && permission.action === action);
                return (
                  <Table.Td key={action} ta="center">
                    {found ? (
                      <Badge size="sm" radius="sm" variant="light" color={SCOPE_COLOURS[found.scope]} title={found.conditions ? JSON.stringify(found.conditions) : undefined}>
                        {legend(t, found)}
                      </Badge>
                    ) : (
                      ''
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A role of the administration's own: a matrix where each cell chooses no access, everywhere, own unit or own cases. */
function RoleModal({ role, onClose }: { role: Role | null; onClose(): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const create = useAdminMutation(adminCalls.createRole);
  const update = useAdminMutation(adminCalls.updateRole);
  const [code, setCode] = useState(role?.code ?? '');
  const [name, setName] = useState(role?.name ?? '');
  const [description, setDescription] = useState(role?.description ?? '');
  const [cells, setCells] = useState<Record<string, Scope>>(() => Object.fromEntries((role?.permissions ?? []).map((permission) => [`${permission.subject}|${permission.action}`, permission.scope])));
  const [failure, setFailure] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const permissions = useMemo(
    () =>
      Object.entries(cells).map(([key, scope]) => {
        const [subject, action] = key.split('|');
        return { subject, action, scope } as Permission;
      }),
    [cells],
  );
  const codeValid = /^[a-z][a-z0-9-]{1,63}$/.test(code);
  const scopeOptions = [
    { value: '', label: '—' },
    { value: 'all', label: t('admin.scope.all') },
    { value: 'unit', label: t('admin.scope.unit') },
    { value: 'own', label: t('admin.scope.own') },
  ];
  return (
    <Modal opened onClose={onClose} title={role ? role.name : t('admin.roles')} size="100%">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (!name.trim() || (!role && !codeValid)) return;
          const done = { onSuccess: () => (notifySuccess(t('common.saved')), onClose()), onError: (error: unknown) => setFailure(errorText(error)) };
          const body = { name: name.trim(), description: description.trim() || undefined, permissions: permissions };
          if (role) update.mutate({ id: role.id, body: { ...body, version: role.version } }, done);
          else create.mutate({ ...body, code }, done);
        }}
      >
        <Stack>
          <Group grow align="flex-start">
            {!role && <TextInput label={t('common.code')} required value={code} onChange={(event) => setCode(event.currentTarget.value.toLowerCase())} error={tried && !codeValid ? t('validation.username') : undefined} />}
            <TextInput label={t('common.name')} required value={name} onChange={(event) => setName(event.currentTarget.value)} error={tried && !name.trim() ? t('validation.required') : undefined} />
          </Group>
          <Textarea label={t('common.details')} value={description} onChange={(event) => setDescription(event.currentTarget.value)} />
          <Table.ScrollContainer minWidth={1000}>
            <Table withTableBorder withColumnBorders verticalSpacing={2} fz="xs">
              <Table.Thead>
                <Table.Tr>
                  <HiddenHeader>{t('admin.permissionSubject')}</HiddenHeader>
                  {ACTIONS.map((action) => (
                    <Table.Th key={action}>{t(`actions.${action}`)}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {SUBJECTS.filter((subject) => subject !== 'all').map((subject) => (
                  <Table.Tr key={subject}>
                    <Table.Th scope="row">{t(`subjects.${subject}`)}</Table.Th>
                    {ACTIONS.map((action) => {
                      const key = `${subject}|${action}`;
                      return (
                        <Table.Td key={action} p={2}>
                          <Select
                            size="xs"
                            aria-label={`${t(`subjects.${subject}`)}: ${t(`actions.${action}`)}`}
                            data={scopeOptions}
                            value={cells[key] ?? ''}
                            onChange={(value) =>
                              setCells((current) => {
                                const next = { ...current };
                                if (value) next[key] = value as Scope;
                                else delete next[key];
                                return next;
                              })
                            }
                            allowDeselect={false}
                          />
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <FormFooter failure={failure} onCancel={onClose} saving={create.isPending || update.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
