import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../auth/session';
import { PageHeader } from '../components/PageHeader';
import { useScript } from '../i18n/format';
import { visibleNav } from '../layout/nav';
import { AtAGlance } from './AtAGlance';

/** The start page: the user's positions, what waits for them today, and a tile for each screen they may use. */
export default function HomePage() {
  const { t } = useTranslation();
  const session = useSession();
  const script = useScript();
  const me = session.me!;
  const sections = visibleNav(session);
  return (
    <Stack>
      <PageHeader title={t('home.title', { name: script(me.fullName) })} subtitle={t('app.tagline')} />
      <Group gap="xs" role="group" aria-label={t('home.positions')}>
        {me.positions.map((position) => (
          <Badge key={position.id} variant="light" size="lg" radius="sm">
            {script(position.title)} · {position.orgUnit.code}
          </Badge>
        ))}
      </Group>
      <AtAGlance />
      {sections.length === 0 && <Text c="dimmed">{t('home.nothing')}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {sections.map((section) => (
          <Card key={section.label} withBorder padding="md">
            <Title order={2} size="h4" mb="xs">
              {t(section.label)}
            </Title>
            <Stack gap={4}>
              {section.items.map((item) => (
                <Anchor key={item.to} component={Link} to={item.to}>
                  {t(item.label)}
                </Anchor>
              ))}
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
