// Vite config of the OneGo web app. `npm run dev -w designer` serves it with hot reload and sends the API
// to a running OneGo (ONEGO_API_URL, default http://127.0.0.1:3000: start it with `npm start`).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { divisionModules } from './build/divisionModules.ts';
import { precompress } from './build/precompress.ts';

const api = process.env['ONEGO_API_URL'] ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), divisionModules(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The first page loads only what it needs (App.tsx loads the other pages on demand); the form renderer
    // and the designer's graph libraries are their own chunks.
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: {
      '/api': api,
      '/health': api,
    },
  },
});
