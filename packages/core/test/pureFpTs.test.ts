import { build } from 'esbuild'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { markTopLevelCallsPure, pureFpTs } from '../scripts/pureFpTs.js'

const es6 = join(dirname(createRequire(import.meta.url).resolve('fp-ts/package.json')), 'es6')

describe('marking fp-ts’s top-level calls pure', () => {
  it('marks every call of a top-level initializer, nested ones too, once', () => {
    expect(markTopLevelCallsPure('export var as = dual(2, as_(Functor));')).toBe(
      'export var as = /* @__PURE__ */ dual(2, /* @__PURE__ */ as_(Functor));',
    )
    expect(markTopLevelCallsPure('export var tap = /*#__PURE__*/ dual(2, tap_(Chain));')).toBe(
      'export var tap = /*#__PURE__*/ dual(2, /* @__PURE__ */ tap_(Chain));',
    )
  })

  it('leaves calls inside functions, immediately called functions and statements alone', () => {
    const body = 'var f = dual(2, function (a) { log(a); return g(a); });'
    expect(markTopLevelCallsPure(body)).toBe('var f = /* @__PURE__ */ dual(2, function (a) { log(a); return g(a); });')
    const arrow = 'var h = (x) => log(x);'
    expect(markTopLevelCallsPure(arrow)).toBe(arrow)
    const iife = 'var v = (function () { setup(); return 1; })();'
    expect(markTopLevelCallsPure(iife)).toBe(iife)
    const statement = 'setup(); export function k() { return run(); }'
    expect(markTopLevelCallsPure(statement)).toBe(statement)
  })

  it('lets a bundle of two Either functions drop the instances, and they still work', async () => {
    const bundle = (plugins: Parameters<typeof build>[0]['plugins']) =>
      build({
        stdin: {
          contents: `import { isLeft, right } from './Either.js'\nexport const out = isLeft(right(1))`,
          resolveDir: es6,
        },
        bundle: true,
        format: 'esm',
        write: false,
        logLevel: 'silent',
        ...(plugins === undefined ? {} : { plugins }),
      })
    const plain = (await bundle(undefined)).outputFiles[0]!.text
    const marked = (await bundle([pureFpTs(es6)])).outputFiles[0]!.text
    expect(plain).toContain('asUnit')
    expect(marked).not.toContain('asUnit')
    expect(marked).not.toContain('Functor')
    const { out } = (await import(`data:text/javascript,${encodeURIComponent(marked)}`)) as { out: boolean }
    expect(out).toBe(false)
  })
})
