import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errors';
import { currentLanguage } from '../i18n/language';

/** A failure in the user's language, with a retry when one makes sense. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" role="alert" title={errorMessage(error, t, currentLanguage())}>
      {onRetry && (
        <Group>
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </Group>
      )}
    </Alert>
  );
}

export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => errorMessage(error, t, currentLanguage());
}
