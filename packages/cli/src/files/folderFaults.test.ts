import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, openSync, closeSync, ftruncateSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { domainJson, harbourFolder, profileJson } from '@mandjes/testkit/geniusWebFolder.js'
import { runCli } from '../../test/runCli.js'
import { maxFolderBytes, readForeignFolder } from './readForeignFolder.js'

const geniusFixture = fileURLToPath(new URL('../../../testkit/fixtures/genius/harbour/', import.meta.url))
const folderWith = (files: Readonly<Record<string, string>>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'mandjes-folder-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}
const codes = (read: Awaited<ReturnType<typeof readForeignFolder>>) =>
  read._tag === 'Left' ? read.left.map((p) => p.code) : []

describe('folder readers: linear, bounded, and saying what they skipped (regressions from the audit)', () => {
  it('refuses a GENIUS issue of 150,000 items by the options limit (it crashed with "Maximum call stack size exceeded")', async () => {
    const items = Array.from(
      { length: 150_000 },
      (_, k) => `<item index="${k + 1}" value="v${k}" evaluation="${k % 7}"></item>`,
    ).join('\n')
    const xml = `<utility_space><objective index="0" name="big" type="objective" etype="objective"><issue index="1" name="big" vtype="discrete" type="discrete" etype="discrete">\n${items}\n</issue><weight index="1" value="1"></weight></objective></utility_space>\n`
    const read = await readForeignFolder(folderWith({ 'party.xml': xml }))
    expect(codes(read)).toEqual(['tooMany'])
    expect(read._tag === 'Left' && read.left[0]!.message).toContain(
      'issue "big" has 150000 items, more than the limit of 10000 options',
    )
  })

  it('refuses a GeniusWeb issue of 20,000 values by the options limit, naming the domain file', async () => {
    const values = Array.from({ length: 20_000 }, (_, k) => `v${k}`)
    const read = await readForeignFolder(
      folderWith({
        'domain.json': domainJson({ big: values }),
        'a.json': profileJson({
          name: 'a',
          weights: { big: 1 },
          utilities: { big: Object.fromEntries(values.map((v) => [v, 0.5])) },
        }),
      }),
    )
    expect(codes(read)).toEqual(['tooMany'])
    expect(read._tag === 'Left' && read.left[0]!.message).toContain(
      'issue "big" has 20000 values, more than the limit of 10000 options',
    )
  })

  it('refuses a GeniusWeb issue of 150,000 values by the options limit before checking values one by one (it took minutes)', async () => {
    const values = Array.from({ length: 150_000 }, (_, k) => `v${k}`)
    const utilities = Object.fromEntries(values.map((v, k) => [v, (k % 10) / 10]))
    const read = await readForeignFolder(
      folderWith({
        'domain.json': domainJson({ big: values }),
        'a.json': profileJson({ name: 'a', weights: { big: 1 }, utilities: { big: utilities } }),
      }),
    )
    // Both files pass the limits: the domain's list of values and the profile's mapping of utilities.
    expect(codes(read)).toEqual(['tooMany', 'tooMany'])
    expect(read._tag === 'Left' && read.left.map((p) => p.file?.split('/').at(-1))).toEqual(['a.json', 'domain.json'])
  })

  it('refuses a folder whose files together pass the total limit, from their sizes alone', async () => {
    const dir = folderWith({})
    // Sparse files: 5 × 45 MiB, each below the per-file limit, together above the folder limit.
    for (let k = 0; k < 5; k++) {
      const fd = openSync(join(dir, `p${k}.json`), 'w')
      ftruncateSync(fd, 45 * (1 << 20))
      closeSync(fd)
    }
    const read = await readForeignFolder(dir)
    expect(codes(read)).toEqual(['tooLarge'])
    expect(read._tag === 'Left' && read.left[0]!.message).toContain(`more than the limit of ${maxFolderBytes}`)
  })

  it('names symbolic links, named pipes and devices it skipped, without following or blocking on them', async () => {
    const dir = folderWith(harbourFolder())
    const outside = folderWith({
      'secret.json': profileJson({
        name: 'secret',
        weights: { quay: 1, contribution: 0 },
        utilities: { quay: { north: 1, south: 0, west: 0 }, contribution: { '0': 1, '5': 0, '10': 0 } },
      }),
    })
    symlinkSync(join(outside, 'secret.json'), join(dir, 'linked.json'))
    execFileSync('mkfifo', [join(dir, 'pipe.json')])
    const read = await readForeignFolder(dir)
    expect(read._tag).toBe('Right')
    expect(read._tag === 'Right' && read.right.parties.map((p) => p.id)).toEqual(['city', 'province'])
    expect(read._tag === 'Right' && [...read.skipped].sort()).toEqual([
      'linked.json (a symbolic link)',
      'pipe.json (a named pipe)',
    ])
    const r = await runCli(['validate', dir])
    expect(r.code).toBe(0)
    expect(r.err).toContain(`${dir}: note: skipped `)
    expect(r.err).toContain('linked.json (a symbolic link)')
  })

  it('names the file inside the folder, as the user typed the folder, in every problem (it named the folder)', async () => {
    const parent = folderWith({})
    cpSync(geniusFixture, join(parent, 'harbour'), { recursive: true })
    writeFileSync(join(parent, 'harbour', 'Gemeente.xml'), '<utility_space><objective')
    const r = await runCli(['validate', 'harbour'], { cwd: parent })
    expect(r.code).toBe(1)
    expect(r.err).toMatch(/^harbour\/Gemeente\.xml(:\d+:\d+)?: /m)
    const json = await runCli(['validate', 'harbour', '--json'], { cwd: parent })
    expect(json.json().problems[0].file).toBe(join('harbour', 'Gemeente.xml'))
  })
})
