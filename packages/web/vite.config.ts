import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The API runs on the same origin in production; in development Vite forwards /api to `kinlink serve`. */
export default defineConfig({
  root: here,
  plugins: [react()],
  base: '/',
  build: {
    outDir: path.join(here, 'dist'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': process.env.KINLINK_API_URL ?? 'http://127.0.0.1:8080' },
  },
});
