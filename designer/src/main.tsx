// The OneGo web app: citizen portal (/), department workbench (/workbench), sign-in, and the place of
// the bundle designer (/designer). Served by the runtime at `/`; talks to it over /api.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App.tsx';
import { PreferencesProvider } from './i18n/preferences.tsx';
import { SessionProvider } from './session/session.tsx';
import './styles.css';

createRoot(document.getElementById('app') as HTMLElement).render(
  <StrictMode>
    <BrowserRouter>
      <PreferencesProvider>
        <SessionProvider>
          <App />
        </SessionProvider>
      </PreferencesProvider>
    </BrowserRouter>
  </StrictMode>,
);
