/** Opening files: one scenario, a GENIUS folder, a GeniusWeb folder, and clear messages for the rest. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readFiles } from './readFiles'

const genius = ['harbour_domain.xml', 'Gemeente.xml', 'Provincie.xml'].map((name) => ({
  name,
  text: readFileSync(new URL(`../../testkit/fixtures/genius/harbour/${name}`, import.meta.url), 'utf8'),
}))

describe('readFiles', () => {
  it('reads a GENIUS folder from its XML files', () => {
    const read = readFiles(genius)
    expect(read.ok && read.scenario.parties.length).toBe(2)
  })

  it('names the file and the place of a problem', () => {
    const read = readFiles([{ name: 'broken.yaml', text: 'version: 1\nname: x\nparties: 3\n' }])
    expect(read.ok).toBe(false)
    if (!read.ok) expect(read.problems.join('\n')).toMatch(/^broken\.yaml.*parties/m)
  })

  it('refuses mixed files and no files with what to do', () => {
    const mixed = readFiles([genius[0]!, { name: 'domain.json', text: '{}' }])
    expect(mixed).toEqual({
      ok: false,
      problems: [expect.stringContaining('only the .json files of a GeniusWeb folder')],
    })
    expect(readFiles([])).toEqual({ ok: false, problems: [expect.stringContaining('No file chosen')] })
  })
})
