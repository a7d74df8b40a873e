import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../components/PageHeader';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start">
      <PageHeader title={t('app.notFound')} />
      <Text c="dimmed">{window.location.pathname}</Text>
      <Button component={Link} to="/">
        {t('app.goHome')}
      </Button>
    </Stack>
  );
}
