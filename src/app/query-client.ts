import { QueryClient } from '@tanstack/react-query';

/** The app's data is static: each query sets its own caching; nothing refetches in the background. */
export function createAppQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });
}
