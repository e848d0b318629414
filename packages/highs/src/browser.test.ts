import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { loadHighsWith, type HighsLoader } from './loadHighsWith.js'

describe('@mandjes/highs in a browser bundle', () => {
  it('bundles for the browser: its browser entry never imports highs (whose Node branch needs node:module)', async () => {
    const result = await build({
      stdin: {
        contents: `import { loadHighsWith, highsSearch } from '@mandjes/highs'\nglobalThis.x = [loadHighsWith, highsSearch]`,
        resolveDir: import.meta.dirname,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      conditions: ['source'],
      write: false,
      logLevel: 'silent',
    })
    expect(result.errors).toEqual([])
    const code = result.outputFiles[0]!.text
    expect(code).not.toMatch(/node:module/)
    expect(code).toContain('loadHighsWith')
  })

  it('loadHighsWith runs the search on a loader the caller imported (here the real highs, in Node)', async () => {
    const { default: loader } = await import('highs')
    const { findDeal, parseScenarioText } = await import('mandjes')
    const text = `version: 1\nname: x\ndomains: [{ id: d }]\nissues: [{ id: road, domain: d, options: [none, built] }, { id: h, domain: d, options: [b, a] }]\nparties: [{ id: A, valuations: { road: { stake: 1, values: { none: 0, built: -1 } }, h: { stake: 1, values: { b: 0, a: 2 } } } }, { id: B, valuations: { road: { stake: 1, values: { none: 0, built: 3 } }, h: { stake: 1, values: { b: 0, a: -1 } } } }]\nstatusQuo: { road: none, h: b }`
    const parsed = parseScenarioText(text, { format: 'yaml' })
    if (parsed._tag === 'Left') throw new Error('fixture does not parse')
    const search = await loadHighsWith(loader as unknown as HighsLoader)
    const result = search(parsed.right, { objective: 'sum' })
    const exact = findDeal(parsed.right, { objective: 'sum' })
    expect(result._tag).toBe('Optimal')
    if (result._tag === 'Optimal' && exact._tag === 'Optimal')
      expect(result.best.value[0]).toBeCloseTo(exact.best.value[0]!, 6)
  })
})
