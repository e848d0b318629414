import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { example, repoRoot, runCli } from '../../test/runCli.js'

const scenario = join(repoRoot, example('road-and-housing'))
// A path under a file: no user can write there, whatever their permissions.
const nowhere = (name: string) => `/dev/null/${name}`

describe('a path the user gave that cannot be written is exit 1 naming it (regression: exit 70 "This is a bug in mandjes")', () => {
  it.each([
    ['solve --chart', ['solve', scenario, '--chart', nowhere('gains.svg')], '--chart'],
    ['report --out', ['report', scenario, '--party', 'A', '--out', nowhere('note.md')], '--out'],
    ['simulate --history', ['simulate', scenario, '--rounds', '2', '--history', nowhere('run.json')], '--history'],
  ])('%s', async (_, args, option) => {
    const r = await runCli(args)
    expect(r.err).toContain(`${nowhere('')}`)
    expect(r.err).toContain(`cannot write the file given to ${option}: a part of the path is a file, not a folder.`)
    expect(r.err).not.toContain('bug in mandjes')
    expect(r.code).toBe(1)
  })
})
