import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { formatProblem } from 'mandjes'
import { describe, expect, it } from 'vitest'
import { readForeignFolder } from './readForeignFolder.js'
import { writeGeniusWebFolder } from './writeGeniusWebFolder.js'

const geniusFixture = fileURLToPath(new URL('../../../testkit/fixtures/genius/harbour/', import.meta.url))
const temporary = () => mkdtempSync(join(tmpdir(), 'mandjes-folder-'))

describe('reading folders of other negotiation tools', () => {
  it('reads a GENIUS XML folder and a GeniusWeb folder written from it back to the same issues and parties', async () => {
    const genius = await readForeignFolder(geniusFixture)
    if (genius._tag === 'Left') throw new Error(genius.left.map((p) => formatProblem(p)).join('\n'))
    const out = join(temporary(), 'harbour')
    const written = await writeGeniusWebFolder(out, genius.right)
    expect(written.files).toEqual(['domain.json', 'Gemeente.json', 'Provincie.json'])
    const back = await readForeignFolder(out)
    if (back._tag === 'Left') throw new Error(back.left.map((p) => formatProblem(p)).join('\n'))
    expect(back.right.issues).toEqual(genius.right.issues)
    expect(back.right.parties.map((p) => [p.id, p.valuations])).toEqual(
      genius.right.parties.map((p) => [p.id, p.valuations]),
    )
    // The municipality's reservation value 0.25 lies below every outcome (its worst is 0.355):
    // no reservation bid can say that, and none is needed, as it accepts every outcome anyway.
    expect(back.right.parties.map((p) => p.reservationUtility)).toEqual([undefined, undefined])
    expect(written.losses).toContain(
      'Gemeente: every outcome lies above its reservation utility 0.25; it gets no reservation bid (it accepts any agreement).',
    )
  })

  it('names the file inside the folder in every problem', async () => {
    const folder = temporary()
    cpSync(geniusFixture, folder, { recursive: true })
    const broken = readFileSync(join(folder, 'Gemeente.xml'), 'utf8').replace(
      '<weight index="2" value="0.3">',
      '<weight index="2" value="lots">',
    )
    writeFileSync(join(folder, 'Gemeente.xml'), broken)
    const read = await readForeignFolder(folder)
    expect(read._tag === 'Left' && read.left.map((p) => formatProblem(p))).toEqual([
      `${join(folder, 'Gemeente.xml')}:${broken.split('\n').findIndex((l) => l.includes('lots')) + 1}:3: utility_space.objective.weight[1].value: a weight is a number; found "lots". [invalidValue]`,
    ])
  })

  it('says when the path is not a folder of such files', async () => {
    const missing = await readForeignFolder(join(temporary(), 'nope'))
    expect(missing._tag === 'Left' && missing.left.map((p) => p.code)).toEqual(['fileNotReadable'])
    const empty = await readForeignFolder(temporary())
    expect(empty._tag === 'Left' && empty.left.map((p) => p.message)).toEqual([
      'the folder holds no .json (GeniusWeb) or .xml (GENIUS) files.',
    ])
  })
})
