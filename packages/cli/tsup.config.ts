import { defineConfig } from 'tsup'

export default defineConfig({
  // The CLI and sweep workers are entries of their own: worker threads load it by file name, next to the
  // bundle that starts them (see src/sweep/workerLocation.ts).
  entry: {
    index: 'src/index.ts',
    bin: 'src/bin.ts',
    cliWorker: 'src/cliWorker.ts',
    sweepWorker: 'src/sweep/sweepWorker.ts',
  },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
})
