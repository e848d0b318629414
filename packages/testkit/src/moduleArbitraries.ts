/**
 * Scenarios with a module (wisselende coalitie) for property tests: a random scenario plus one
 * module issue whose eligible members, fixed cost, host choice, affected outsiders and status
 * quo coalition are drawn, built with the decoder's own functions (`moduleOptionsOf`,
 * `withModuleValues`) so it is the scenario a file would give. Joins and costs are small
 * integers, so ties and exact zero gains come up often.
 */
import fc from 'fast-check'
import type { Issue, IssueId } from '../../core/src/model/Issue.js'
import type { Module } from '../../core/src/model/Module.js'
import type { PartyId } from '../../core/src/model/Party.js'
import type { Scenario } from '../../core/src/model/Scenario.js'
import { moduleOptionsOf } from '../../core/src/evaluate/moduleCoalitions.js'
import { modulesValuesOf, withModuleValues } from '../../core/src/scenarioFile/moduleValuations.js'

/** How the module is drawn. */
export interface ModuleArbOptions {
  /** Most eligible members (default 4). */
  readonly maxMembers?: number
  /** Let the status quo be a running coalition (an existing shared service). */
  readonly runningToday?: boolean
  /** Give the module a stakeholder with a say on any change (besides the members). */
  readonly sayOnAnyChange?: boolean
}

/** The scenario with one module issue added (id `module`, in the first domain), first in the issue list. */
export const withModuleArb = (base: fc.Arbitrary<Scenario>, options: ModuleArbOptions = {}): fc.Arbitrary<Scenario> =>
  base.chain((scenario) => {
    const ids = scenario.parties.map((p) => p.id)
    return fc
      .record({
        members: fc.shuffledSubarray(ids, { minLength: 1, maxLength: Math.min(options.maxMembers ?? 4, ids.length) }),
        joins: fc.array(fc.integer({ min: -1, max: 6 }), { minLength: ids.length, maxLength: ids.length }),
        hostValues: fc.array(fc.constantFrom(0, 0, 1, -1), { minLength: ids.length, maxLength: ids.length }),
        fixedCost: fc.integer({ min: 0, max: 8 }),
        hosted: fc.boolean(),
        affected: fc.array(fc.constantFrom(0, 0, 1, -1), { minLength: ids.length, maxLength: ids.length }),
        minMembers: fc.constantFrom(1, 2),
        today: fc.nat(),
        say: options.sayOnAnyChange ? fc.option(fc.constantFrom(...ids), { nil: undefined }) : fc.constant(undefined),
      })
      .map(({ members, joins, hostValues, fixedCost, hosted, affected, minMembers, today, say }) => {
        const module: Module = {
          members: members.map((party) => {
            const k = ids.indexOf(party)
            return { party, join: joins[k]!, ...(hosted && hostValues[k] !== 0 ? { host: hostValues[k]! } : {}) }
          }),
          fixedCost,
          affected: Object.fromEntries(ids.flatMap((p, k) => (affected[k] === 0 ? [] : [[p, affected[k]!]]))) as Record<
            PartyId,
            number
          >,
          ...(hosted ? { hosts: members.slice(0, Math.max(1, members.length - 1)) } : {}),
          minMembers: Math.min(minMembers, members.length),
        }
        const options_ = moduleOptionsOf(module, (id) => scenario.parties.find((p) => p.id === id)!.name)
        const issue: Issue = {
          id: 'module' as IssueId,
          name: 'A shared service',
          domain: scenario.domains[0]!.id,
          kind: 'module',
          unit: 'EUR million',
          options: options_,
          stakeholders: say === undefined ? [] : [say],
          module,
        }
        const sq = options.runningToday ? options_[today % options_.length]!.id : options_[0]!.id
        const values = modulesValuesOf([issue])
        return {
          ...scenario,
          issues: [issue, ...scenario.issues],
          parties: scenario.parties.map((p) => withModuleValues(p, values)),
          statusQuo: { ...scenario.statusQuo, choices: { ...scenario.statusQuo.choices, [issue.id]: sq } },
        }
      })
  })

/** The scenario with some parties given a `lossBound` (the most they may lose as outsiders). */
export const withLossBoundsArb = (base: fc.Arbitrary<Scenario>): fc.Arbitrary<Scenario> =>
  base.chain((scenario) =>
    fc
      .array(fc.constantFrom(undefined, undefined, 0, 1, 2, 0.5), {
        minLength: scenario.parties.length,
        maxLength: scenario.parties.length,
      })
      .map((bounds) => ({
        ...scenario,
        parties: scenario.parties.map((p, k) => (bounds[k] === undefined ? p : { ...p, lossBound: bounds[k] })),
      })),
  )
