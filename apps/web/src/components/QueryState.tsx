import { Center, Loader } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

/** Loading and failure of a query in one place, so no screen is ever blank. */
export function QueryState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data === undefined) {
    return (
      <Center py="xl" aria-busy="true">
        <Loader size="sm" aria-label={t('common.loading')} />
      </Center>
    );
  }
  return <>{children(query.data)}</>;
}
