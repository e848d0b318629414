import { defineConfig } from 'tsup'

export default defineConfig({
  // browser.ts is the entry of the exports' browser condition: no import of the highs package.
  entry: ['src/index.ts', 'src/browser.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
})
