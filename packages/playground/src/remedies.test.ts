/**
 * A remedy that is a page change must relax the scenario exactly as core's `applyRemedy` does:
 * the remedy's deal is valid after the page's changes, and the changed parties' mandates are
 * the same. Checked on the diagnose fixtures (one kader each keeps the only deal out) and on
 * Rivierenland with Gelderland's red line on the dike roads.
 */
import {
  roadWithAllowedOptions,
  roadWithHousingFloor,
  roadWithMinGain,
  roadWithRedLine,
} from '@mandjes/testkit/diagnoseFixtures.js'
import { applyRemedy, checkDeal, diagnose, type Scenario } from 'mandjes'
import { describe, expect, it } from 'vitest'
import { exampleForTests } from './exampleForTests'
import { remedyTweaks, remedyText } from './remedies'
import { applyTweaks, isAllowed, noTweaks } from './tweaks'
import { namesOf } from './names'
import { words } from './words'

const rivierenlandWithRedLine = applyTweaks(exampleForTests('rivierenland'), {
  ...noTweaks,
  redLines: { gelderland: { 'dike-roads': { province: true } } },
}).scenario

/** Each party's mandate, with its allowed options spelled out per issue (no rule = every option). */
const mandates = (s: Scenario) =>
  s.parties.map((p) => ({
    ...p.mandate,
    allowedOptions: s.issues.map((i) => i.options.filter((o) => isAllowed(p, i.id, o.id)).map((o) => o.id)),
  }))

const cases: readonly [string, Scenario][] = [
  ['a red line', roadWithRedLine],
  ['a minimum gain', roadWithMinGain],
  ['a domain floor', roadWithHousingFloor],
  ['allowed options', roadWithAllowedOptions],
  ['Rivierenland, Gelderland’s red line', rivierenlandWithRedLine],
]

describe('remedyTweaks', () => {
  it.each(cases)('relaxes %s as applyRemedy does', (_, scenario) => {
    const d = diagnose(scenario, { maxRemedies: 3, monteCarlo: false, timeLimitMs: 20_000 })
    expect(d.dealExists).toBe(false)
    const asTweaks = d.remedies.filter((r) => remedyTweaks(r, noTweaks) !== undefined)
    expect(asTweaks.length).toBeGreaterThan(0)
    for (const r of asTweaks) {
      const changed = applyTweaks(scenario, remedyTweaks(r, noTweaks)!)
      expect(changed.ignored).toEqual([])
      expect(checkDeal(changed.scenario, r.deal!.deal).valid).toBe(true)
      const core = applyRemedy(scenario, r)
      expect(mandates(changed.scenario)).toEqual(mandates(core))
    }
    // The others (new options, a smaller table, compensation the scenario lacks, a target's bound) are applied by core.
    for (const r of d.remedies.filter((x) => remedyTweaks(x, noTweaks) === undefined))
      expect(['newOption', 'coalition', 'payment', 'relaxTarget']).toContain(r.kind)
  })
})

describe('remedyText', () => {
  it('names the party, the issue and the option, in both languages', () => {
    const [r] = diagnose(roadWithRedLine, { monteCarlo: false }).remedies
    const names = namesOf(roadWithRedLine)
    const issue = names.issue('road')
    const option = names.option('road', 'via-b')
    expect(remedyText(r!, { w: words.en, lang: 'en', names })).toBe(
      `${names.party('A')}: lift the red line on ${issue}: ${option}`,
    )
    expect(remedyText(r!, { w: words.nl, lang: 'nl', names })).toBe(
      `${names.party('A')}: hef de rode lijn op bij ${issue}: ${option}`,
    )
  })

  it('gives the numbers of a lowered minimum gain', () => {
    const r = diagnose(roadWithMinGain, { monteCarlo: false }).remedies.find((x) => x.kind === 'relaxMinGain')
    expect(r?.kind).toBe('relaxMinGain')
    if (r?.kind !== 'relaxMinGain') return
    const names = namesOf(roadWithMinGain)
    expect(remedyText(r, { w: words.en, lang: 'en', names })).toBe(
      `${names.party('A')}: lower the minimum gain from 2.5 to ${String(Math.round(r.to * 100) / 100)}`,
    )
  })
})
