import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { replay, type History } from 'mandjes'
import { describe, expect, it } from 'vitest'
import { example, repoRoot, runCli, tempFiles } from '../../test/runCli.js'

const rivierenland = join(repoRoot, example('rivierenland'))
const run = ['simulate', rivierenland, '--mediator', 'alternatingOffers(boulware)', '--seed', '7', '--json']
const historyOf = (path: string): History => JSON.parse(readFileSync(path, 'utf8')).history

describe('mandjes simulate --history and --resume', () => {
  it('writes the full history of the run, which replays to the state the run ended in', async () => {
    const dir = tempFiles({})
    const r = await runCli([...run, '--rounds', '12', '--history', join(dir, 'run.json')])
    expect(r.code).toBe(0)
    const file = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8'))
    expect(file).toMatchObject({ format: 'mandjes-history', version: 1, scenario: expect.any(String) })
    const end = replay(file.history)
    expect(end.round).toBe(r.json().rounds)
    expect(end.seed).toBe(7)
    // Written atomically: no temporary file is left next to it.
    expect(readdirSync(dir)).toEqual(['run.json'])
  })

  it('resumes a run stopped early to the same end as one long run, and writes the whole run', async () => {
    const dir = tempFiles({})
    const long = await runCli([...run, '--rounds', '12', '--events', '--history', join(dir, 'long.json')])
    const short = await runCli([...run, '--rounds', '12', '--stop-at', '5', '--history', join(dir, 'short.json')])
    expect(short.json().rounds).toBe(5)
    expect(long.json().rounds).toBeGreaterThan(5)
    const resumed = await runCli([...run, '--rounds', '12', '--events', '--resume', join(dir, 'short.json'), '--history', join(dir, 'whole.json')])
    expect(resumed.code).toBe(0)
    expect(resumed.json()).toEqual(long.json())
    expect(replay(historyOf(join(dir, 'whole.json')))).toEqual(replay(historyOf(join(dir, 'long.json'))))
  })

  it.each([
    ['a missing file', null, 'cannot read this file; check the path.'],
    ['text that is not JSON', '{"format": ', 'not valid JSON'],
    ['JSON that is not a history', '{"name": "scenario"}', 'not a run history; give a file written by mandjes simulate --history.'],
    ['a history without steps', '{"format": "mandjes-history", "version": 1, "history": {"initial": {}}}', 'the history has no initial state or no list of steps with patches; the file is damaged.'],
  ])('refuses %s with exit 1, naming the file', async (_, text, message) => {
    const dir = tempFiles(text === null ? {} : { 'bad.json': text })
    const r = await runCli([...run, '--resume', join(dir, 'bad.json')])
    expect(r.code).toBe(1)
    expect(r.err).toContain(`${join(dir, 'bad.json')}: ${message}`)
    expect(r.out).toBe('')
  })

  it('refuses the history of another scenario, and one whose steps do not replay', async () => {
    const dir = tempFiles({})
    await runCli(['simulate', join(repoRoot, example('road-and-housing')), '--history', join(dir, 'other.json')])
    const other = await runCli([...run, '--resume', join(dir, 'other.json')])
    expect(other.code).toBe(1)
    expect(other.err).toMatch(/other\.json: this history is of another scenario \(".*"\): its issues are not those of/)

    await runCli([...run, '--rounds', '3', '--history', join(dir, 'run.json')])
    const file = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8'))
    file.history.steps[0].patches = [{ op: 'replace', path: ['no', 'such', 'place'], value: 1 }]
    writeFileSync(join(dir, 'damaged.json'), JSON.stringify(file))
    const damaged = await runCli([...run, '--resume', join(dir, 'damaged.json')])
    expect(damaged.code).toBe(1)
    expect(damaged.err).toContain(`${join(dir, 'damaged.json')}: the history does not replay (`)
  })
})
