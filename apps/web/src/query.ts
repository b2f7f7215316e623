import { QueryClient } from '@tanstack/react-query';

/**
 * The app's one query cache. Data a page loaded stays for a while, so going back shows it at
 * once (and refreshes it behind the scenes); errors are shown, not retried.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: false,
      staleTime: 0,
      gcTime: 5 * 60 * 1000,
      refetchOnWindowFocus: false,
    },
  },
});
