// Entry point: languages first (so the first paint is already translated), then data and routes.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { RouterProvider as AriaRouterProvider } from 'react-aria-components';
import { ApiError } from './api/client.ts';
import { ME_KEY } from './api/session.ts';
import { initI18n } from './i18n/index.ts';
import { router } from './routes.tsx';
import './styles/index.css';

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    // A 401 on any page means the session ended (expired, or logged out elsewhere):
    // forget who we were, and the layout sends the person to the login page.
    onError: (error, query) => {
      if (error instanceof ApiError && error.status === 401 && query.queryKey[0] !== ME_KEY[0]) {
        queryClient.setQueryData(ME_KEY, null);
      }
    },
  }),
  defaultOptions: {
    queries: {
      // Client errors will not change on a retry; network hiccups might.
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      staleTime: 15_000,
    },
  },
});

void initI18n().then(() =>
  createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      {/* React Aria links (menu items with href) navigate through the same router. */}
      <AriaRouterProvider navigate={(to) => void router.navigate(to)}>
        <RouterProvider router={router} />
      </AriaRouterProvider>
    </QueryClientProvider>
  </StrictMode>,
  ),
);
