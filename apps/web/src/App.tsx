import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo } from 'react';
import { RouterProvider } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api/problem';
import { SessionProvider } from './auth/session';
import { LiveRegion } from './components/LiveRegion';
import { LANGUAGES } from './i18n/language';
import { router } from './routes';
import { appTheme } from './theme';
import 'dayjs/locale/sr';
import 'dayjs/locale/sr-cyrl';
import 'dayjs/locale/bs';
import 'dayjs/locale/mk';
import 'dayjs/locale/bg';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: true,
      // A refusal (4xx) will not change by asking again; a network blip might.
      retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
    },
  },
});

function Localised() {
  const { i18n } = useTranslation();
  const dayjsLocale = LANGUAGES.find((language) => language.code === i18n.language)?.dayjs ?? 'sr';
  return (
    <DatesProvider settings={{ locale: dayjsLocale, firstDayOfWeek: 1 }}>
      <RouterProvider router={router} />
    </DatesProvider>
  );
}

export function App() {
  const { t, i18n } = useTranslation();
  const { theme, cssVariablesResolver } = useMemo(() => appTheme(t), [t, i18n.language]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <LiveRegion />
      {/* Each stack of notifications is a live region from the first paint (see notify.ts). */}
      <Notifications position="bottom-right" limit={4} aria-live="polite" />
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          <Localised />
        </SessionProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
