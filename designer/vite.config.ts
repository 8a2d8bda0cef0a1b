// Vite config of the OneGo web app. `npm run dev -w designer` serves it with hot reload and sends the API
// to a running OneGo (ONEGO_API_URL, default http://127.0.0.1:3000: start it with `npm start`).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { divisionModules } from './build/divisionModules.ts';

const api = process.env['ONEGO_API_URL'] ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), divisionModules()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // One chunk for the libraries (React, rjsf, ajv, the engine), cached apart from the app's code.
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: {
      '/api': api,
      '/health': api,
    },
  },
});
