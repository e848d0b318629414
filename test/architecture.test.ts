/**
 * The import rules of packages/core, checked on the sources: imports flow one way
 * (model ← evaluate ← search ← analyze ← diagnose ← simulate ← experiment ← report; scenarioFile and interop read
 * files into the model), the library stays browser-safe (no Node built-ins), there are no
 * import cycles, and only the two entry points (index.ts, the domain API, and engine.ts, the
 * machinery for companion packages) define the public API.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const src = resolve(import.meta.dirname, '../packages/core/src')

const allowed: Record<string, readonly string[]> = {
  // internal/ may name model types (lookup tables of parties and issues), never call model code.
  internal: ['internal', 'model'],
  model: ['model', 'internal'],
  evaluate: ['evaluate', 'model', 'internal'],
  scenarioFile: ['scenarioFile', 'evaluate', 'model', 'internal'],
  interop: ['interop', 'scenarioFile', 'evaluate', 'model', 'internal'],
  search: ['search', 'evaluate', 'model', 'internal'],
  // exchange/: the exchange model on position issues, its own model beside the scenario's.
  exchange: ['exchange', 'internal'],
  analyze: ['analyze', 'search', 'scenarioFile', 'evaluate', 'model', 'internal'],
  diagnose: ['diagnose', 'analyze', 'search', 'evaluate', 'model', 'internal'],
  simulate: ['simulate', 'diagnose', 'analyze', 'search', 'evaluate', 'model', 'internal'],
  // experiment/ runs many simulations: sweeps over a grid and the three-questions study.
  experiment: ['experiment', 'simulate', 'diagnose', 'analyze', 'search', 'evaluate', 'model', 'internal'],
  report: [
    'report',
    'experiment',
    'simulate',
    'diagnose',
    'analyze',
    'search',
    'evaluate',
    'model',
    'internal',
    'scenarioFile',
  ],
}

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.includes('.test.')
        ? [join(dir, e.name)]
        : [],
  )

const importsOf = (file: string, { valuesOnly = false } = {}): string[] => {
  const text = readFileSync(file, 'utf8')
  const statements = [...text.matchAll(/(?:^|\n)\s*((?:import|export)[^'"]*?from\s+['"]([^'"]+)['"])/g)]
  const dynamic = [...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!)
  // Type-only imports are erased at compile time: they cannot form a cycle at run time.
  const kept = statements.filter((m) => !valuesOnly || !/^(import|export)\s+type\s/.test(m[1]!))
  return [...kept.map((m) => m[2]!), ...(valuesOnly ? [] : dynamic)]
}

const files = sourceFiles(src)
const folderOf = (file: string) => relative(src, file).split('/')[0]!

describe('the architecture of packages/core', () => {
  it('keeps imports flowing one way between folders', () => {
    const wrong: string[] = []
    for (const file of files) {
      const from = folderOf(file)
      if (from === 'index.ts' || from === 'engine.ts') continue
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue
        const to = folderOf(resolve(dirname(file), spec))
        if (!(allowed[from] ?? []).includes(to)) wrong.push(`${relative(src, file)} imports ${spec} (${from} → ${to})`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('stays browser-safe: no Node built-ins', () => {
    const nodeImports = files.flatMap((file) =>
      importsOf(file)
        .filter(
          (s) => s.startsWith('node:') || ['fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto'].includes(s),
        )
        .map((s) => `${relative(src, file)}: ${s}`),
    )
    expect(nodeImports).toEqual([])
  })

  it('imports fp-ts only through its lib/ paths with .js, which plain Node ESM can load', () => {
    const bad = files.flatMap((file) =>
      importsOf(file)
        .filter((s) => s.startsWith('fp-ts') && !/^fp-ts\/lib\/\w+\.js$/.test(s))
        .map((s) => `${relative(src, file)}: ${s}`),
    )
    expect(bad).toEqual([])
  })

  // Type imports count too: a cycle of types is erased at run time but is still a knot a reader must
  // untangle, and the lint step's cycle rule (import-x/no-cycle) does not follow type imports.
  it('has no import cycles, counting type imports', () => {
    const graph = new Map(
      files.map((f) => [
        f,
        importsOf(f)
          .filter((s) => s.startsWith('.'))
          .map((s) => resolve(dirname(f), s).replace(/\.js$/, '.ts')),
      ]),
    )
    const state = new Map<string, 'visiting' | 'done'>()
    const cycles: string[] = []
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === 'done') return
      if (state.get(f) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(f)), f].map((p) => relative(src, p)).join(' → '))
        return
      }
      state.set(f, 'visiting')
      for (const next of graph.get(f) ?? []) visit(next, [...path, f])
      state.set(f, 'done')
    }
    for (const f of files) visit(f, [])
    // One known knot, left for now: a simulation's configuration holds its mediator, and the
    // mediator's view holds the configuration (SimulationConfig ↔ Mediator, through
    // voteOnChanges' table decision). It is a type-level mutual recursion; untying it means
    // moving those types into one module. Every other cycle, of values or of types, fails.
    const knot =
      /^simulate\/(SimulationConfig|Mediator|voteOnChanges)\.ts( → simulate\/(SimulationConfig|Mediator|voteOnChanges)\.ts)+$/
    expect(cycles.filter((c) => !knot.test(c))).toEqual([])
  })

  it('exports nothing by wildcard from the entry points, so internal/ never leaks', () => {
    for (const entry of ['index.ts', 'engine.ts'])
      expect(readFileSync(join(src, entry), 'utf8')).not.toMatch(/export \*/)
  })
})
