import { Badge, Button, Drawer, Group, MultiSelect, PasswordInput, Select, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adminCalls, useAdminMutation, usePositions, useRoles, useUser, useUsers } from '../../api/admin';
import { useOrgUnits } from '../../api/reference';
import type { User } from '../../api/types';
import { useErrorText } from '../../components/ErrorAlert';
import { HiddenHeader } from '../../components/HiddenHeader';
import { notifySuccess } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { Pager, usePaging } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { useForm } from '../../components/useForm';
import { useScript } from '../../i18n/format';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../../i18n/language';

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Users: find, create, change, disable; and the positions each holds, which decide what they may do. */
export default function UsersPage() {
  const { t } = useTranslation();
  const script = useScript();
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 250);
  const paging = usePaging(20);
  const users = useUsers({ q: q || undefined, page: paging.page, pageSize: paging.pageSize });
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  return (
    <Stack>
      <PageHeader title={t('admin.usersTitle')}>
        <Button onClick={() => setEditing('new')}>{t('admin.newUser')}</Button>
      </PageHeader>
      <TextInput w={320} label={t('common.search')} value={text} onChange={(event) => setText(event.currentTarget.value)} />
      <QueryState query={users}>
        {(page) => (
          <>
            <Table striped highlightOnHover verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admin.username')}</Table.Th>
                  <Table.Th>{t('admin.fullName')}</Table.Th>
                  <Table.Th>{t('admin.email')}</Table.Th>
                  <Table.Th>{t('admin.locale')}</Table.Th>
                  <Table.Th>{t('common.status')}</Table.Th>
                  <HiddenHeader>{t('common.actions')}</HiddenHeader>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((user) => (
                  <Table.Tr key={user.id}>
                    <Table.Td>{user.username}</Table.Td>
                    <Table.Td>{script(user.fullName)}</Table.Td>
                    <Table.Td>{user.email ?? '—'}</Table.Td>
                    <Table.Td>{LANGUAGES.find((language) => language.code === user.locale)?.label ?? user.locale}</Table.Td>
                    <Table.Td>{user.disabled ? <Badge color="gray">{t('admin.disabled')}</Badge> : <Badge color="green" variant="light">{t('common.active')}</Badge>}</Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="light" onClick={() => setEditing(user.id)} aria-label={`${t('common.edit')} ${user.username}`}>
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
      <Drawer opened={editing !== null} onClose={() => setEditing(null)} position="right" size="lg" title={editing === 'new' ? t('admin.newUser') : t('admin.usersTitle')}>
        {editing === 'new' && <NewUser onCreated={(user) => setEditing(user.id)} />}
        {editing && editing !== 'new' && <EditUser id={editing} />}
      </Drawer>
    </Stack>
  );
}

function NewUser({ onCreated }: { onCreated(user: User): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [failure, setFailure] = useState<string | null>(null);
  const create = useAdminMutation(adminCalls.createUser);
  const form = useForm(
    { username: '', fullName: '', email: '', password: '', locale: DEFAULT_LANGUAGE as Language },
    {
      username: (value) => (!value ? t('validation.required') : USERNAME.test(value) ? null : t('validation.username')),
      fullName: (value) => (value.trim() ? null : t('validation.required')),
      email: (value) => (!value || EMAIL.test(value) ? null : t('validation.email')),
      password: (value) => (value.length >= 10 ? null : t('validation.password')),
    },
  );
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!form.trySubmit()) return;
        const v = form.values;
        create.mutate(
          { username: v.username, fullName: v.fullName.trim(), password: v.password, locale: v.locale, ...(v.email ? { email: v.email } : {}) },
          {
            onSuccess: (user) => {
              notifySuccess(t('admin.userCreated', { username: user.username }));
              onCreated(user);
            },
            onError: (error) => {
              form.showServerErrors(error, () => t('validation.invalid'));
              setFailure(errorText(error));
            },
          },
        );
      }}
    >
      <Stack>
        <TextInput label={t('admin.username')} required data-autofocus autoComplete="off" value={form.values.username} onChange={(event) => form.set('username', event.currentTarget.value.toLowerCase())} error={form.error('username')} />
        <TextInput label={t('admin.fullName')} required value={form.values.fullName} onChange={(event) => form.set('fullName', event.currentTarget.value)} error={form.error('fullName')} />
        <TextInput label={t('admin.email')} type="email" value={form.values.email} onChange={(event) => form.set('email', event.currentTarget.value)} error={form.error('email')} />
        <PasswordInput label={t('admin.password')} required autoComplete="new-password" value={form.values.password} onChange={(event) => form.set('password', event.currentTarget.value)} error={form.error('password')} />
        <Select label={t('admin.locale')} data={LANGUAGES.map((language) => ({ value: language.code, label: language.label }))} value={form.values.locale} onChange={(value) => value && form.set('locale', value as Language)} allowDeselect={false} />
        {failure && (
          <Text c="red" size="sm" role="alert">
            {failure}
          </Text>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {t('common.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EditUser({ id }: { id: string }) {
  const user = useUser(id);
  return <QueryState query={user}>{(data) => <UserForm key={`${data.id}-${data.version}`} user={data} />}</QueryState>;
}

function UserForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [failure, setFailure] = useState<string | null>(null);
  const update = useAdminMutation(adminCalls.updateUser);
  const form = useForm(
    { fullName: user.fullName, email: user.email ?? '', password: '', locale: user.locale as Language, disabled: user.disabled },
    {
      fullName: (value) => (value.trim() ? null : t('validation.required')),
      email: (value) => (!value || EMAIL.test(value) ? null : t('validation.email')),
      password: (value) => (!value || value.length >= 10 ? null : t('validation.password')),
    },
  );
  return (
    <Stack>
      <Title order={3} size="h4">
        {user.username}
      </Title>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!form.trySubmit()) return;
          const v = form.values;
          update.mutate(
            { id: user.id, body: { version: user.version, fullName: v.fullName.trim(), email: (v.email || null), locale: v.locale, disabled: v.disabled, ...(v.password ? { password: v.password } : {}) } },
            { onSuccess: () => notifySuccess(t('common.saved')), onError: (error) => setFailure(errorText(error)) },
          );
        }}
      >
        <Stack>
          <TextInput label={t('admin.fullName')} required value={form.values.fullName} onChange={(event) => form.set('fullName', event.currentTarget.value)} error={form.error('fullName')} />
          <TextInput label={t('admin.email')} value={form.values.email} onChange={(event) => form.set('email', event.currentTarget.value)} error={form.error('email')} />
          <PasswordInput label={t('admin.newPassword')} autoComplete="new-password" value={form.values.password} onChange={(event) => form.set('password', event.currentTarget.value)} error={form.error('password')} />
          <Select label={t('admin.locale')} data={LANGUAGES.map((language) => ({ value: language.code, label: language.label }))} value={form.values.locale} onChange={(value) => value && form.set('locale', value as Language)} allowDeselect={false} />
          <Switch label={t('admin.disabled')} checked={form.values.disabled} onChange={(event) => form.set('disabled', event.currentTarget.checked)} />
          {failure && (
            <Text c="red" size="sm" role="alert">
              {failure}
            </Text>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <UserPositions user={user} />
    </Stack>
  );
}

/** The posts the user holds, and a new one for them: title, unit and the roles attached to it. */
function UserPositions({ user }: { user: User }) {
  const { t } = useTranslation();
  const script = useScript();
  const errorText = useErrorText();
  const positions = usePositions({ userId: user.id, pageSize: 200 });
  const units = useOrgUnits();
  const roles = useRoles();
  const create = useAdminMutation(adminCalls.createPosition);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm(
    { title: '', orgUnitId: null as string | null, roleIds: [] as string[] },
    {
      title: (value) => (value.trim() ? null : t('validation.required')),
      orgUnitId: (value) => (value ? null : t('validation.required')),
      roleIds: (value) => (value.length > 0 ? null : t('validation.required')),
    },
  );
  const unitName = (id: string) => {
    const unit = units.data?.find((candidate) => candidate.id === id);
    return unit ? `${unit.code} — ${script(unit.name)}` : id;
  };
  return (
    <Stack mt="lg">
      <Title order={3} size="h5">
        {t('admin.positionsOf')}
      </Title>
      <QueryState query={positions}>
        {(page) =>
          page.items.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('common.noResults')}
            </Text>
          ) : (
            <Stack gap="xs">
              {page.items.map((position) => (
                <div key={position.id}>
                  <Text size="sm" fw={500}>
                    {script(position.title)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {unitName(position.orgUnitId)} · {position.roles.map((role) => script(role.name)).join(', ')}
                  </Text>
                </div>
              ))}
            </Stack>
          )
        }
      </QueryState>
      <form
        noValidate
        aria-label={t('admin.givePosition')}
        onSubmit={(event) => {
          event.preventDefault();
          if (!form.trySubmit()) return;
          create.mutate(
            { title: form.values.title.trim(), orgUnitId: form.values.orgUnitId!, userId: user.id, roleIds: form.values.roleIds },
            {
              onSuccess: (position) => {
                notifySuccess(t('admin.positionCreated', { title: position.title }));
                form.reset();
                setFailure(null);
              },
              onError: (error) => setFailure(errorText(error)),
            },
          );
        }}
      >
        <Stack gap="xs" p="sm" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}>
          <Text fw={500} size="sm">
            {t('admin.givePosition')}
          </Text>
          <TextInput label={t('admin.positionTitle')} required value={form.values.title} onChange={(event) => form.set('title', event.currentTarget.value)} error={form.error('title')} />
          <Select
            label={t('common.unit')}
            required
            searchable
            data={(units.data ?? []).filter((unit) => unit.active).map((unit) => ({ value: unit.id, label: `${unit.code} — ${script(unit.name)}` }))}
            value={form.values.orgUnitId}
            onChange={(value) => form.set('orgUnitId', value)}
            error={form.error('orgUnitId')}
          />
          <MultiSelect
            label={t('admin.roles')}
            required
            searchable
            data={(roles.data?.items ?? []).map((role) => ({ value: role.id, label: script(role.name) }))}
            value={form.values.roleIds}
            onChange={(value) => form.set('roleIds', value)}
            error={form.error('roleIds')}
          />
          {failure && (
            <Text c="red" size="sm" role="alert">
              {failure}
            </Text>
          )}
          <Group justify="flex-end">
            <Button type="submit" variant="light" loading={create.isPending}>
              {t('admin.givePosition')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
