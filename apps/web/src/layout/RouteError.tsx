import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Whatever breaks while showing a screen ends here, never on a blank page: inside the frame (menu
 * and header stay) for a screen, full-page if the frame itself broke.
 */
export function RouteError({ inFrame = false }: { inFrame?: boolean }) {
  const { t } = useTranslation();
  return (
    <Center h={inFrame ? undefined : '100vh'} py="xl" p="md">
      <Stack align="center" role="alert">
        <Title order={1} size="h3">
          {t('app.crashed')}
        </Title>
        <Text c="dimmed">{t('app.name')}</Text>
        <Button onClick={() => window.location.assign('/')}>{t('app.goHome')}</Button>
        <Button variant="subtle" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </Button>
      </Stack>
    </Center>
  );
}
