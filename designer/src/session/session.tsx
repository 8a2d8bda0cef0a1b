// Who is signed in: the token and principal from sign-in, kept in sessionStorage (this tab only, gone
// when it closes). An expired token signs out with a note for the sign-in page.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type Role = 'citizen' | 'officer' | 'designer' | 'admin';

export interface Session {
  token: string;
  role: Role;
  subject: string;
  department?: string;
  departmentName?: string;
}

interface SessionState {
  session: Session | null;
  /** Why the last session ended, when it was not the reader's choice. */
  ended: 'expired' | null;
  signIn: (session: Session) => void;
  signOut: (reason?: 'expired') => void;
}

const KEY = 'onego.session';
const SessionContext = createContext<SessionState | null>(null);

function load(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    const parsed = raw ? (JSON.parse(raw) as Partial<Session>) : null;
    return parsed && typeof parsed.token === 'string' && typeof parsed.role === 'string' && typeof parsed.subject === 'string' ? (parsed as Session) : null;
  } catch {
    return null;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(load);
  const [ended, setEnded] = useState<'expired' | null>(null);
  const signIn = useCallback((next: Session) => {
    try {
      sessionStorage.setItem(KEY, JSON.stringify(next));
    } catch {
      // storage disabled: signed in until reload
    }
    setEnded(null);
    setSession(next);
  }, []);
  const signOut = useCallback((reason?: 'expired') => {
    try {
      sessionStorage.removeItem(KEY);
    } catch {
      // nothing stored
    }
    setEnded(reason ?? null);
    setSession(null);
  }, []);
  const value = useMemo(() => ({ session, ended, signIn, signOut }), [session, ended, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
