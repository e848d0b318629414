import { execFileSync } from 'node:child_process'
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatProblem } from 'mandjes'
import { readScenarioFile } from './readScenarioFile.js'

const example = fileURLToPath(new URL('../../../examples/road-and-housing/scenario.yaml', import.meta.url))
let folder = ''
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'mandjes-read-'))
})
afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

const linesOf = async (path: string): Promise<string[]> => {
  const read = await readScenarioFile(path)
  return read._tag === 'Left' ? read.left.map((p) => formatProblem(p)) : []
}

describe('readScenarioFile', () => {
  it('reads the road-and-housing example into a scenario', async () => {
    const read = await readScenarioFile(example)
    expect(read._tag === 'Right' && read.right.issues.map((i) => i.id)).toEqual(['road', 'housing-location'])
  })

  it('names the file, line and column in every problem', async () => {
    const path = join(folder, 'broken.yaml')
    await writeFile(path, 'version: 1\nname: x\ndomains: []\nissues: []\nparties: []\nstatusQuo: { road: none }\n')
    expect(await linesOf(path)).toEqual([
      `${path}:6:14: statusQuo.road: unknown issue "road"; use the id of one of the issues listed under issues. [unknownIssue]`,
    ])
  })

  it('says so when there is no file, or a folder, at the path', async () => {
    expect(await linesOf(join(folder, 'missing.yaml'))).toEqual([
      `${join(folder, 'missing.yaml')}: (top level): there is no file at this path; check the name and the folder. [fileNotReadable]`,
    ])
    expect(await linesOf(folder)).toEqual([
      `${folder}: (top level): this is a folder, not a scenario file; give the path of a .yaml or .json file. [fileNotReadable]`,
    ])
  })

  it('refuses a file over the size limit from its size alone, without reading it', async () => {
    // A sparse 8 GiB file: reading it would take minutes and more memory than the machine has.
    const path = join(folder, 'huge.json')
    const handle = await open(path, 'w')
    await handle.truncate(8 * 1024 ** 3)
    await handle.close()
    const started = performance.now()
    expect(await linesOf(path)).toEqual([
      `${path}: (top level): the file is 8589934592 bytes, more than the limit of 52428800 (50 MiB); split the scenario or remove data. [tooLarge]`,
    ])
    // Reading 8 GiB would take minutes: the size is checked before reading (generous bound).
    expect(performance.now() - started).toBeLessThan(15_000)
  })

  it('refuses a device or a named pipe at once, without reading from it or waiting for a writer', async () => {
    const fifo = join(folder, 'pipe.yaml')
    execFileSync('mkfifo', [fifo])
    const notAFile = 'this is a named pipe, a device or a socket, not a file; give a regular file. [fileNotReadable]'
    // Without a writer, a blocking open of the FIFO would never return and the test would time out.
    expect(await linesOf(fifo)).toEqual([`${fifo}: (top level): ${notAFile}`])
    expect(await linesOf('/dev/zero')).toEqual([`/dev/zero: (top level): ${notAFile}`])
  })

  it('reports bytes that are not UTF-8 with their place in the file', async () => {
    const path = join(folder, 'latin1.yaml')
    await writeFile(path, Buffer.from('version: 1\nname: Gemeente S\xfadwest-Frysl\xe2n\n', 'latin1'))
    expect(await linesOf(path)).toEqual([
      `${path}:2:17: (top level): byte 27 (fa 64 77 65) is not valid UTF-8; save the file as UTF-8 (it may be Latin-1 or Windows-1252). [invalidUtf8]`,
    ])
  })
})
