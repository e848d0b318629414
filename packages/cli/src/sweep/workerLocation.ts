/**
 * Where the sweep worker lives and how to start it, from sources or from the build.
 *
 * - Built package (`dist/`): this module was bundled into a `.js` file next to
 *   `sweepWorker.js` (a tsup entry of its own), so the worker is plain JavaScript and needs no
 *   extra flags.
 * - Sources (run with `tsx --conditions=source`, or under vitest): this module is itself a
 *   `.ts` file, so the worker is `sweepWorker.ts`. A worker thread does not inherit vitest's
 *   transform or a parent's loader reliably, so it is started with tsx's loader
 *   (`--import <tsx>`, resolved to an absolute URL so the working directory does not matter)
 *   and with `--conditions=source`, so that `mandjes` resolves to the core's TypeScript
 *   sources rather than a possibly stale build.
 */
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'

/** How to start the sweep worker. @category simulate */
export interface WorkerLocation {
  /** The worker module, as a file URL. */
  readonly filename: string
  readonly execArgv: readonly string[]
}

/**
 * The sweep worker for the way this module itself was loaded.
 * @example
 * sweepWorkerLocation().filename // => 'file:///…/packages/cli/src/sweep/sweepWorker.ts' under tsx
 * @category simulate
 */
export const sweepWorkerLocation = (): WorkerLocation => {
  const here = import.meta.url
  if (!/\.[cm]?ts$/.test(new URL(here).pathname))
    return { filename: new URL('./sweepWorker.js', here).href, execArgv: [] }
  let tsx: string
  try {
    tsx = createRequire(here).resolve('tsx')
  } catch {
    throw new Error(
      '[mandjes] sweepParallel runs from TypeScript sources but cannot find tsx to load the worker; install tsx or build the package (npm run build) and use the built JavaScript.',
    )
  }
  return {
    filename: new URL('./sweepWorker.ts', here).href,
    execArgv: ['--import', pathToFileURL(tsx).href, '--conditions=source'],
  }
}
