import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useSession } from '../auth/session';
import { useErrorText } from '../components/ErrorAlert';
import { useForm } from '../components/useForm';
import { LanguageSwitch } from '../layout/LanguageSwitch';

export function SignInPage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const errorText = useErrorText();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm(
    { username: '', password: '' },
    {
      username: (value) => (value.trim() ? null : t('validation.required')),
      password: (value) => (value ? null : t('validation.required')),
    },
  );
  useEffect(() => {
    document.title = `${t('signIn.title')} — ${t('app.name')}`;
  }, [t]);

  const next = params.get('next');
  const target = next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
  if (session.signedIn && session.me) return <Navigate to={target} replace />;

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" p="xl" w={400} component="main">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!form.trySubmit()) return;
            setBusy(true);
            setFailure(null);
            session
              .signIn(form.values.username.trim(), form.values.password)
              .then(() => navigate(target, { replace: true }))
              .catch((error: unknown) => setFailure(error))
              .finally(() => setBusy(false));
          }}
        >
          <Stack>
            <Group justify="space-between" align="flex-start">
              <div>
                <Title order={1} size="h2" c="blue.8">
                  {t('app.name')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('app.tagline')}
                </Text>
              </div>
              <LanguageSwitch />
            </Group>
            <Title order={2} size="h4">
              {t('signIn.title')}
            </Title>
            {failure !== null && (
              <Alert color="red" role="alert">
                {errorText(failure)}
              </Alert>
            )}
            <TextInput
              label={t('signIn.username')}
              autoComplete="username"
              autoFocus
              required
              value={form.values.username}
              onChange={(event) => form.set('username', event.currentTarget.value)}
              error={form.error('username')}
            />
            <PasswordInput
              label={t('signIn.password')}
              autoComplete="current-password"
              required
              value={form.values.password}
              onChange={(event) => form.set('password', event.currentTarget.value)}
              error={form.error('password')}
            />
            <Button type="submit" loading={busy} fullWidth>
              {t('signIn.submit')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('signIn.demo')}
            </Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
