import { describe, expect, it } from 'vitest'
import { dropBareChunkImportsFrom } from '../scripts/dropBareChunkImports.js'

describe('dropping the bare chunk imports of the ES-module build', () => {
  it('empties the lines that import a chunk for its side effects only, keeping the line count', () => {
    const code = [
      'import {',
      '  topDeals',
      '} from "./chunk-74W7IW3K.js";',
      'import "./chunk-KFT22O6I.js";',
      'import "../chunk-SYGHF2TB.js";',
      'export { topDeals };',
    ].join('\n')
    const out = dropBareChunkImportsFrom(code)
    expect(out.split('\n')).toEqual([
      'import {',
      '  topDeals',
      '} from "./chunk-74W7IW3K.js";',
      '',
      '',
      'export { topDeals };',
    ])
  })

  it('leaves named imports and bare imports of anything but a chunk alone', () => {
    const code = 'import "./polyfill.js";\nimport * as z from "zod/mini";\nimport { a } from "./chunk-AB12.js";'
    expect(dropBareChunkImportsFrom(code)).toBe(code)
  })
})
