import { Alert, AppShell, Burger, Center, Group, Loader, NavLink, ScrollArea, Text, UnstyledButton, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery, useNetwork } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router-dom';
import { useSession } from '../auth/session';
import { ErrorAlert } from '../components/ErrorAlert';
import { GlobalSearch } from './GlobalSearch';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';
import { visibleNav } from './nav';

/** The frame of every signed-in screen: header with search, language and user; menu by position; content. */
export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure();
  const network = useNetwork();
  const theme = useMantineTheme();
  const wide = useMediaQuery(`(min-width: ${theme.breakpoints.sm})`, undefined, { getInitialValueInEffect: false });

  useEffect(close, [location.pathname, close]);

  if (!session.signedIn) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (!session.me) {
    if (session.error) {
      return (
        <Center h="100vh" p="md">
          <ErrorAlert error={session.error} onRetry={() => window.location.reload()} />
        </Center>
      );
    }
    return (
      <Center h="100vh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  const sections = visibleNav(session);
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // Focus itself moves to the content, so the next Tab continues there (not a mere scroll).
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('app.toggleNav')} />
            {/* The name is a link home, not a heading: each screen's own title is its first heading. */}
            <UnstyledButton component={Link} to="/" aria-label={`${t('app.name')}, ${t('nav.home')}`}>
              <Text component="span" fz="h3" fw={700} c="blue">
                {t('app.name')}
              </Text>
            </UnstyledButton>
            <Text size="xs" c="dimmed" visibleFrom="lg">
              {t('app.tagline')}
            </Text>
          </Group>
          {session.can('read', 'Case') && <GlobalSearch />}
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      {/* Folded away off screen on a narrow window (or at 200% zoom), the menu is moved aside, not
          hidden: it must then neither take the focus nor be read until the burger opens it. */}
      <AppShell.Navbar p="xs" aria-label={t('app.mainNav')} component="nav" inert={!wide && !opened}>
        <ScrollArea>
          <NavLink component={Link} to="/" label={t('nav.home')} active={location.pathname === '/'} />
          {sections.map((section) => (
            <div key={section.label}>
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="sm" mb={4} px="sm">
                {t(section.label)}
              </Text>
              {section.items.map((item) => (
                <NavLink key={item.to} component={Link} to={item.to} label={t(item.label)} active={location.pathname === item.to || location.pathname.startsWith(`${item.to}/`)} />
              ))}
            </div>
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {!network.online && (
          <Alert color="orange" mb="md" role="status">
            {t('app.offline')}
          </Alert>
        )}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
