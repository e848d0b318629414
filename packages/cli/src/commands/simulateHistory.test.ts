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
    expect(file).toMatchObject({
      format: 'mandjes-history',
      version: 2,
      scenario: expect.any(String),
      scenarioHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      settings: { mediator: { _tag: 'alternatingOffers', tactic: 'boulware' }, rounds: 12 },
    })
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
    const resumed = await runCli([
      ...run,
      '--rounds',
      '12',
      '--events',
      '--resume',
      join(dir, 'short.json'),
      '--history',
      join(dir, 'whole.json'),
    ])
    expect(resumed.code).toBe(0)
    expect(resumed.json()).toEqual(long.json())
    expect(replay(historyOf(join(dir, 'whole.json')))).toEqual(replay(historyOf(join(dir, 'long.json'))))
  })

  it.each([
    ['a missing file', null, 'cannot read this file: there is no file at this path'],
    ['text that is not JSON', '{"format": ', 'not valid JSON'],
    [
      'JSON that is not a history',
      '{"name": "scenario"}',
      'not a run history; give a file written by mandjes simulate --history.',
    ],
    [
      'a history without steps',
      '{"format": "mandjes-history", "version": 2, "history": {"initial": {}}}',
      'the history has no initial state or no list of steps with patches; the file is damaged.',
    ],
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
    expect(other.err).toMatch(/other\.json: this history is of another scenario \(".*"\): its content hash differs/)

    await runCli([...run, '--rounds', '3', '--history', join(dir, 'run.json')])
    const file = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8'))
    file.history.steps[0].patches = [{ op: 'replace', path: ['no', 'such', 'place'], value: 1 }]
    writeFileSync(join(dir, 'damaged.json'), JSON.stringify(file))
    const damaged = await runCli([...run, '--resume', join(dir, 'damaged.json')])
    expect(damaged.code).toBe(1)
    expect(damaged.err).toContain(`${join(dir, 'damaged.json')}: the history does not replay (`)
  })

  describe('binds a history to its scenario and settings, validated step by step (regressions: each of these resumed silently or exited 70)', () => {
    const prepare = async () => {
      const dir = tempFiles({})
      const r = await runCli([...run, '--rounds', '12', '--stop-at', '6', '--history', join(dir, 'run.json')])
      expect(r.code).toBe(0)
      return { dir, file: JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) }
    }
    const resumeWith = async (dir: string, file: unknown, extra: readonly string[] = ['--rounds', '12']) => {
      writeFileSync(join(dir, 'changed.json'), JSON.stringify(file))
      return runCli([...run, ...extra, '--resume', join(dir, 'changed.json')])
    }

    it('refuses another scenario with the same ids (values negated)', async () => {
      const { dir, file } = await prepare()
      const text = readFileSync(rivierenland, 'utf8').replace(
        /values: \{([^}]*)\}/g,
        (_m, inner: string) =>
          `values: {${inner.replace(/: (-?)([0-9.]+)/g, (_n, sign: string, x: string) => `: ${sign === '-' ? '' : '-'}${x}`)}}`,
      )
      writeFileSync(join(dir, 'negated.yaml'), text)
      const r = await runCli([
        'simulate',
        join(dir, 'negated.yaml'),
        '--mediator',
        'alternatingOffers(boulware)',
        '--rounds',
        '12',
        '--resume',
        join(dir, 'run.json'),
      ])
      expect(r.code).toBe(1)
      expect(r.err).toContain('its content hash differs')
      expect(file.history.steps.length).toBeGreaterThan(0)
    })

    it.each([
      [
        'a dropped step',
        (f: any) => f.history.steps.splice(2, 1),
        /step 2 \(.*\) differs from the run replayed from seed 7 at|a step was dropped/,
      ],
      [
        'the last step dropped',
        (f: any) => f.history.steps.pop(),
        /is not part of the run up to meeting 5|a step was dropped/,
      ],
      [
        'a changed seed',
        (f: any) => {
          f.history.initial.seed = 8
        },
        /initial state differs from a fresh start with seed 8 at/,
      ],
      [
        'finished set by hand',
        (f: any) => {
          f.history.initial.finished = true
        },
        /initial state differs from a fresh start with seed 7 at finished/,
      ],
      [
        'an edited choice',
        (f: any) => {
          f.history.initial.choices = {
            ...f.history.initial.choices,
            [Object.keys(f.history.initial.choices)[0]!]: 'nonsense',
          }
        },
        /initial state differs from a fresh start with seed 7 at choices\./,
      ],
      [
        'the rng removed',
        (f: any) => {
          delete f.history.initial.rng
        },
        /initial state differs from a fresh start with seed 7 at rng|does not replay/,
      ],
      [
        'an edited patch value',
        (f: any) => {
          const step = f.history.steps.find((s: any) => s.patches.some((p: any) => typeof p.value === 'number'))
          step.patches.find((p: any) => typeof p.value === 'number').value += 1
        },
        /step \d+ \(.*\) differs from the run replayed from seed 7 at/,
      ],
      [
        'a version-1 file',
        (f: any) => {
          f.version = 1
        },
        /written by an older mandjes and is not bound/,
      ],
    ])('refuses %s with exit 1, naming what differs', async (_, change, message) => {
      const { dir, file } = await prepare()
      change(file)
      const r = await resumeWith(dir, file)
      expect(r.err).toMatch(message)
      expect(r.code).toBe(1)
      expect(r.out).toBe('')
    })

    it('refuses another mediator or number of meetings, and --rounds below the round the history is at', async () => {
      const { dir, file } = await prepare()
      const mediator = await runCli([
        'simulate',
        rivierenland,
        '--mediator',
        'bestPackage(sum)',
        '--rounds',
        '12',
        '--resume',
        join(dir, 'run.json'),
      ])
      expect(mediator.code).toBe(1)
      expect(mediator.err).toContain(
        'this history was run with --mediator alternatingOffers(boulware), not bestPackage(sum)',
      )
      const rounds = await resumeWith(dir, file, ['--rounds', '20'])
      expect(rounds.code).toBe(1)
      expect(rounds.err).toContain('this history was run with --rounds 12, not 20')
      const below = await resumeWith(dir, file, ['--rounds', '5'])
      expect(below.code).toBe(1)
      expect(below.err).toContain('--rounds 5 is below meeting 6, where this history already is')
    })

    it("keeps the history's mediator and rounds when they are not given again", async () => {
      const { dir } = await prepare()
      const long = await runCli([...run, '--rounds', '12'])
      const resumed = await runCli([
        'simulate',
        rivierenland,
        '--seed',
        '99',
        '--json',
        '--resume',
        join(dir, 'run.json'),
      ])
      expect(resumed.code).toBe(0)
      expect(resumed.json()).toEqual(long.json())
    })

    it('refuses a history that is a device or a named pipe without blocking', async () => {
      const r = await runCli([...run, '--resume', '/dev/zero'])
      expect(r.code).toBe(1)
      expect(r.err).toContain('/dev/zero: cannot read this file: this is a named pipe, a device or a socket')
    })
  })
})
