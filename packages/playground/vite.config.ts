import { defineConfig } from 'vite'

// A static site: relative asset paths so dist/ opens from any folder on any static host.
export default defineConfig({
  base: './',
  resolve: {
    // Build the page from core's TypeScript sources, so no `npm run build` of core is needed first.
    conditions: ['source', 'browser', 'module', 'import', 'default'],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  worker: { format: 'es' },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500 },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
})
