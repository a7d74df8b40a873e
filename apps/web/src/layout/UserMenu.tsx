import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../auth/session';
import { useScript } from '../i18n/format';

export function UserMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const script = useScript();
  const me = session.me!;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        {/* Named by the name it shows (2.5.3), also where the screen is too narrow to show it. */}
        <UnstyledButton aria-label={`${script(me.fullName)}, ${t('app.userMenu')}`} data-testid="user-menu">
          <Group gap={6} wrap="nowrap">
            <Avatar size="sm" color="blue" radius="xl" aria-hidden />
            <Text size="sm" visibleFrom="md">
              {script(me.fullName)}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.username}</Menu.Label>
        {me.positions.map((position) => (
          <Menu.Label key={position.id}>
            {script(position.title)} · {position.orgUnit.code}
          </Menu.Label>
        ))}
        <Menu.Divider />
        <Menu.Item
          onClick={() => {
            void session.signOut().then(() => navigate('/login', { replace: true }));
          }}
        >
          {t('app.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
