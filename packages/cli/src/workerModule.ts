/**
 * How to start a worker module of the CLI, from the build or from sources.
 *
 * - Built package (`dist/`): this module was bundled next to `<name>.js` (a tsup entry of its
 *   own), which a worker loads as plain JavaScript.
 * - Sources (`tsx --conditions=source`, vitest): the worker is `<name>.ts`. A worker started
 *   on a `.ts` file with tsx's loader in `--import` fails on Node 20 ("Unknown file extension
 *   .ts": the hook is not in place when the entry loads), so a two-line bootstrap registers
 *   tsx's ESM hooks first and then imports the module; `--conditions=source` makes `mandjes`
 *   resolve to the core's sources rather than a possibly stale build.
 */
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'

/** What `new Worker(script, { eval, execArgv })` needs. @category cli */
export interface WorkerStart {
  /** A file URL, or bootstrap code when `eval` is true. */
  readonly script: URL | string
  readonly eval: boolean
  readonly execArgv: readonly string[]
}

/**
 * The worker module `name` (no extension) next to `from` (an `import.meta.url`).
 * @example
 * workerModule('cliWorker', import.meta.url).eval // => false when built, true under tsx
 * @category cli
 */
export const workerModule = (name: string, from: string): WorkerStart => {
  if (!/\.[cm]?ts$/.test(new URL(from).pathname))
    return { script: new URL(`./${name}.js`, from), eval: false, execArgv: [] }
  let api: string
  try {
    // require.resolve would pick the CommonJS build of tsx/esm/api; the ESM one sits next to
    // tsx's loader (tsx 4: dist/loader.mjs and dist/esm/api/index.mjs).
    api = new URL('./esm/api/index.mjs', pathToFileURL(createRequire(from).resolve('tsx'))).href
  } catch {
    throw new Error(
      `[mandjes] the CLI runs from TypeScript sources but cannot find tsx to load ${name}.ts; install tsx or build the package (npm run build).`,
    )
  }
  const target = new URL(`./${name}.ts`, from).href
  const script = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(target)}) })`
  return { script, eval: true, execArgv: ['--conditions=source'] }
}
