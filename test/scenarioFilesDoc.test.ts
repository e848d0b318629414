/**
 * The scenario-file reference must not lie: every complete YAML example in
 * docs/scenario-files.md reads without problems, and every problem code has an entry.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { formatProblem, parseScenarioText } from 'mandjes'
import { problemCodes } from 'mandjes/engine'

const page = readFileSync(fileURLToPath(new URL('../docs/scenario-files.md', import.meta.url)), 'utf8')
const yamlBlocks = [...page.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!)

describe('docs/scenario-files.md', () => {
  it('has a complete example that reads without problems', () => {
    const complete = yamlBlocks.filter((block) => /^version: 1$/m.test(block))
    expect(complete.length).toBeGreaterThan(0)
    for (const block of complete) {
      const read = parseScenarioText(block, { format: 'yaml' })
      expect(read._tag === 'Left' ? read.left.map((p) => formatProblem(p)) : []).toEqual([])
    }
  })

  it('documents every problem code', () => {
    for (const code of problemCodes) expect(page).toContain(`| \`${code}\` |`)
  })
})
