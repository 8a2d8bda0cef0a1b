// The API bound to the reader: their token and language. A 401 on a signed-in call ends the session.
import { useCallback, useEffect, useMemo, useState, type DependencyList } from 'react';
import { usePreferences } from '../i18n/preferences.tsx';
import { useSession } from '../session/session.tsx';
import { ApiError, request, type ApiResponse } from './client.ts';

export interface Api {
  get<T>(url: string): Promise<ApiResponse<T>>;
  post<T>(url: string, body: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>>;
  put<T>(url: string, body: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>>;
  delete<T>(url: string, headers?: Record<string, string>): Promise<ApiResponse<T>>;
}

export function useApi(): Api {
  const { lang } = usePreferences();
  const { session, signOut } = useSession();
  return useMemo(() => {
    const token = session?.token;
    async function call<T>(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>> {
      try {
        return await request<T>(method, url, { lang, token, body, ...(headers ? { headers } : {}) });
      } catch (error) {
        if (error instanceof ApiError && error.status === 401 && token) signOut('expired');
        throw error;
      }
    }
    return {
      get: <T,>(url: string) => call<T>('GET', url),
      post: <T,>(url: string, body: unknown, headers?: Record<string, string>) => call<T>('POST', url, body, headers),
      put: <T,>(url: string, body: unknown, headers?: Record<string, string>) => call<T>('PUT', url, body, headers),
      delete: <T,>(url: string, headers?: Record<string, string>) => call<T>('DELETE', url, undefined, headers),
    };
  }, [lang, session, signOut]);
}

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/** Loads on mount and whenever deps change; keeps the last data while reloading (no flashing). */
export function useResource<T>(load: () => Promise<T>, deps: DependencyList): Resource<T> {
  const [state, setState] = useState<{ data: T | undefined; error: unknown; loading: boolean }>({ data: undefined, error: undefined, loading: true });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => current && setState({ data, error: undefined, loading: false }),
      (error: unknown) => current && setState((s) => ({ data: s.data, error, loading: false })),
    );
    return () => {
      current = false;
    };
    // load changes every render; deps say when to load again
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}
