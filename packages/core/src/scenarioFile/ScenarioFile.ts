/**
 * The raw shape of a scenario file (JSON or YAML), as a zod schema. This is the file as people
 * write it, with shorthand and defaults still in it; `decodeScenario` checks what the shape
 * cannot say (ids that exist, values for every option, mandates that leave something open) and
 * turns it into a `Scenario`. The JSON Schema for editors is generated from this schema, so
 * the two never drift apart. Every mapping is strict: a misspelt field name is a problem, not
 * a silently ignored key.
 *
 * Written with `zod/mini`, whose checks are functions a bundler can leave out: classic zod
 * re-exports all its locales and puts about 260 kB of them in every browser bundle.
 */
import * as z from 'zod/mini'
import { partyKinds } from '../model/Party.js'
import { scenarioFileLimits } from './limits.js'

/** The schema with a description (for the JSON Schema); a copy, so shared pieces keep theirs. */
const describe = <T extends z.ZodMiniType>(schema: T, text: string): T => schema.check(z.describe(text)) as T

const id = z.string().check(z.minLength(1), z.maxLength(scenarioFileLimits.maxIdLength))
const idKey = z.string()
const text = z.string()
// Quantity options have number-like ids ("250"); files may write them as numbers.
const optionRef = describe(
  z.union([id, z.number()]),
  'An option id. Numbers are read as their text: 250 is the option "250".',
)

/**
 * A policy domain (beleidsdomein) as written in a file.
 * @example
 * domainFileSchema.safeParse({ id: 'housing', name: 'Wonen' }).success // => true
 * @category scenarioFile
 */
export const domainFileSchema = z.strictObject({
  id: describe(id, 'Unique id, used by issues and by minDomainGain.'),
  name: describe(z.optional(text), 'Display name; defaults to the id.'),
})

/**
 * One option of an issue as written in a file: an object, or a text or number as shorthand.
 * @example
 * optionFileSchema.safeParse('via-b').success // => true
 * optionFileSchema.safeParse({ quantity: 250 }).success // => true
 * @category scenarioFile
 */
export const optionFileSchema = z.union([
  describe(id, 'Shorthand: the id, also used as the label.'),
  describe(z.number(), 'Shorthand for a quantity issue: the quantity, also its id.'),
  z.strictObject({
    id: describe(z.optional(id), 'Unique within the issue; for quantity options defaults to the quantity as text.'),
    label: describe(z.optional(text), 'Display label; defaults to the id.'),
    quantity: describe(z.optional(z.number()), 'Quantity issues only: the amount this option stands for.'),
  }),
])

/**
 * A module (wisselende coalitie) as written in a file: who may join a shared service and
 * what joining is worth. The options (one per coalition, and per host) are built from it.
 * @example
 * moduleFileSchema.safeParse({ fixedCost: 1, members: [{ party: 'a', join: 1 }, { party: 'b', join: 0.8 }] }).success // => true
 * @category scenarioFile
 */
export const moduleFileSchema = z.strictObject({
  fixedCost: describe(
    z.number().check(z.gte(0)),
    "Cost of running the module, shared equally among its members, in the issue's unit (>= 0).",
  ),
  members: describe(
    z.array(
      z.strictObject({
        party: describe(id, 'Id of an eligible party.'),
        join: describe(z.number(), 'Value of being a member (own costs saved, quality gained), before its cost share.'),
        host: describe(z.optional(z.number()), 'Added to its value when it hosts; default 0.'),
      }),
    ),
    'The eligible parties, each of which joins or stays out.',
  ),
  affected: describe(
    z.optional(z.record(idKey, z.number())),
    'Per party id: its value of a running module it is not a member of (it has no say; default 0).',
  ),
  hosts: describe(z.optional(z.array(id)), 'Members that may host; absent: the module has no host choice.'),
  minMembers: describe(z.optional(z.number()), 'Fewest members of a running module, a whole number >= 1; default 2.'),
  maxMembers: describe(z.optional(z.number()), 'Most members; default every eligible party.'),
})

/**
 * An issue (opgave) as written in a file.
 * @example
 * issueFileSchema.safeParse({ id: 'road', domain: 'mobility', options: ['none', 'via-b'] }).success // => true
 * @category scenarioFile
 */
export const issueFileSchema = z.strictObject({
  id: describe(id, 'Unique id of the issue.'),
  name: describe(z.optional(text), 'Display name; defaults to the id.'),
  domain: describe(id, 'Id of the policy domain the issue belongs to.'),
  kind: describe(z.optional(z.enum(['choice', 'quantity', 'module'])), 'choice (default), quantity or module.'),
  unit: describe(z.optional(text), 'Quantity issues: what the quantities count, e.g. homes.'),
  options: describe(z.optional(z.array(optionFileSchema)), 'The options. Give these or, for a quantity issue, range.'),
  range: describe(
    z.optional(z.strictObject({ from: z.number(), to: z.number(), step: z.number().check(z.positive()) })),
    'Quantity issues: options from, from+step, ... up to to; ids are the quantities as text.',
  ),
  stakeholders: describe(
    z.optional(z.array(id)),
    'Parties that can block a change; default: every party with a stake > 0 in it or whose mandate names it (for a module: none besides the members).',
  ),
  module: describe(
    z.optional(moduleFileSchema),
    'Module issues (kind: module): who may join and what joining is worth; the options are built from it.',
  ),
})

/**
 * A reference to one option of one issue, as in red lines and interactions.
 * @example
 * optionRefFileSchema.safeParse({ issue: 'homes-a', option: 250 }).success // => true
 * @category scenarioFile
 */
export const optionRefFileSchema = z.strictObject({ issue: id, option: optionRef })

/**
 * What a party values on one issue (its belang): a stake and a value per option, or for
 * quantity issues a line through the quantities.
 * @example
 * valuationFileSchema.safeParse({ stake: 2, values: { none: 0, 'via-b': -1 } }).success // => true
 * @category scenarioFile
 */
export const valuationFileSchema = z.strictObject({
  stake: describe(z.number().check(z.gte(0)), 'Salience: how much the issue matters to the party (>= 0).'),
  values: describe(z.optional(z.record(idKey, z.number())), 'Value of every option, by option id.'),
  linear: describe(
    z.optional(z.strictObject({ perUnit: z.number(), offset: describe(z.optional(z.number()), 'Default 0.') })),
    'Quantity issues: value = offset + perUnit * quantity.',
  ),
})

/**
 * Two options worth more (or less) together than apart, for one party.
 * @example
 * interactionFileSchema.safeParse({ between: [{ issue: 'road', option: 'via-b' }, { issue: 'homes-a', option: 1000 }], value: 1 }).success // => true
 * @category scenarioFile
 */
export const interactionFileSchema = z.strictObject({
  between: z.tuple([optionRefFileSchema, optionRefFileSchema]),
  value: z.number(),
})

/**
 * A mandate (the council's kaders) as written in a file.
 * @example
 * mandateFileSchema.safeParse({ minDomainGain: { housing: 0 }, maxPayment: 3 }).success // => true
 * @category scenarioFile
 */
export const mandateFileSchema = z.strictObject({
  redLines: describe(z.optional(z.array(optionRefFileSchema)), 'Options the party may never agree to.'),
  allowedOptions: describe(
    z.optional(z.record(idKey, z.array(optionRef))),
    'Per issue id, the only options the party may agree to.',
  ),
  minGain: describe(z.optional(z.number()), 'Least total gain the party must bring home when it takes part.'),
  minDomainGain: describe(
    z.optional(z.record(idKey, z.number())),
    'Per policy domain id, the least gain within that domain.',
  ),
  maxPayment: describe(z.optional(z.number().check(z.gte(0))), 'Most compensation the party may pay in one deal.'),
})

/**
 * A party (gemeente, provincie, woningcorporatie, ...) as written in a file.
 * @example
 * partyFileSchema.safeParse({ id: 'A', kind: 'municipality' }).success // => true
 * @category scenarioFile
 */
export const partyFileSchema = z.strictObject({
  id: describe(id, 'Unique id of the party.'),
  name: describe(z.optional(text), 'Display name; defaults to the id.'),
  kind: describe(
    z.optional(z.enum(partyKinds as [string, ...string[]])),
    'What kind of organisation; default municipality.',
  ),
  moneyValue: describe(z.optional(z.number().check(z.gte(0))), 'Utility per unit of compensation; default 0.'),
  reservationUtility: describe(z.optional(z.number()), 'Utility the party can get without any deal.'),
  weight: describe(
    z.optional(z.number().check(z.positive())),
    'Its vote under a weighted decision rule in the simulator (population, budget share); default 1.',
  ),
  lossBound: describe(
    z.optional(z.number().check(z.gte(0))),
    'The most it may lose in a deal it takes no part in (an interest without a say); default 0.',
  ),
  valuations: describe(
    z.optional(z.record(idKey, valuationFileSchema)),
    'Per issue id: stake and values. Issues not listed are worth 0.',
  ),
  interactions: describe(
    z.optional(z.array(interactionFileSchema)),
    'Pairs of options (of two issues) worth value more together than apart.',
  ),
  mandate: describe(z.optional(mandateFileSchema), 'What the council lets the executive agree to.'),
})

/**
 * One issue in a target's sum as written in a file: an issue id (weight 1) or an issue with a
 * weight.
 * @example
 * targetTermFileSchema.safeParse('homes-almere').success // => true
 * targetTermFileSchema.safeParse({ issue: 'social-homes', weight: 0.7 }).success // => true
 * @category scenarioFile
 */
export const targetTermFileSchema = z.union([
  describe(id, 'Shorthand: a quantity issue id, counted with weight 1.'),
  z.strictObject({
    issue: describe(id, 'Id of a quantity issue.'),
    weight: describe(z.optional(z.number()), 'How many times its quantity counts; default 1, may be negative.'),
  }),
])

/**
 * A regional target as written in a file: a bound on a weighted sum of chosen quantities.
 * @example
 * targetFileSchema.safeParse({ id: 'homes-2040', sum: ['homes-a', 'homes-b'], atLeast: 300000 }).success // => true
 * @category scenarioFile
 */
export const targetFileSchema = z.strictObject({
  id: describe(id, 'Unique id of the target.'),
  name: describe(z.optional(text), 'Display name; defaults to the id.'),
  sum: describe(
    z.array(targetTermFileSchema).check(z.minLength(1)),
    'The quantity issues whose chosen quantities add up, each with an optional weight.',
  ),
  atLeast: describe(z.optional(z.number()), 'The sum must be at least this. Give atLeast, atMost or both.'),
  atMost: describe(z.optional(z.number()), 'The sum must be at most this. Give atLeast, atMost or both.'),
})

/**
 * A whole scenario file as people write it: the input of `decodeScenario`, the output of
 * `encodeScenario`.
 *
 * @example
 * scenarioFileSchema.safeParse({ version: 1, name: 'x', domains: [], issues: [], parties: [], statusQuo: {} }).success // => true
 *
 * @category scenarioFile
 */
export const scenarioFileSchema = describe(
  z.strictObject({
    $schema: describe(z.optional(z.string()), 'Where editors find this schema; ignored when reading.'),
    version: describe(z.literal(1), 'The file format version: 1.'),
    name: describe(text, 'Name of the scenario.'),
    description: z.optional(text),
    notes: describe(z.optional(z.array(text)), 'Where numbers come from; mark invented ones.'),
    compensation: describe(
      z.optional(z.strictObject({ unit: text })),
      'Present when deals may carry payments, counted in unit.',
    ),
    units: describe(
      z.optional(z.record(idKey, z.strictObject({ nl: z.optional(text), en: z.optional(text) }))),
      'Names of units per note language, keyed by the unit as written: { homes: { nl: woningen } }.',
    ),
    domains: describe(z.array(domainFileSchema), 'Policy domains (beleidsdomeinen).'),
    issues: describe(z.array(issueFileSchema), 'Issues (opgaven), each with its options.'),
    parties: describe(z.array(partyFileSchema), 'Parties at the table.'),
    statusQuo: describe(
      z.record(idKey, z.nullable(optionRef)),
      'Per issue id, the option that holds when nobody agrees; null: the issue has no status quo, every deal picks one of its options and a party that values it falls back to its reservationUtility.',
    ),
    targets: describe(
      z.optional(z.array(targetFileSchema)),
      'Regional targets every deal must meet; the status quo need not.',
    ),
  }),
  'A mandjes scenario: a regional negotiation between parties over issues in policy domains.',
)

/**
 * A scenario file as people write it: shorthand allowed, defaults left out.
 * @example
 * const file: ScenarioFile = { version: 1, name: 'x', domains: [], issues: [], parties: [], statusQuo: {} }
 * @category scenarioFile
 */
export type ScenarioFile = z.input<typeof scenarioFileSchema>
/**
 * A party as written in a file, after the shape check.
 * @example
 * const party: PartyFile = { id: 'A', valuations: { road: { stake: 1, values: { none: 0, 'via-b': 1 } } } }
 * @category scenarioFile
 */
export type PartyFile = z.output<typeof partyFileSchema>
/**
 * An issue as written in a file, after the shape check.
 * @example
 * const issue: IssueFile = { id: 'homes-a', domain: 'housing', kind: 'quantity', range: { from: 0, to: 1000, step: 250 } }
 * @category scenarioFile
 */
export type IssueFile = z.output<typeof issueFileSchema>
/**
 * A regional target as written in a file, after the shape check.
 * @example
 * const target: TargetFile = { id: 'homes-2040', sum: ['homes-a', { issue: 'homes-b', weight: 1 }], atLeast: 300000 }
 * @category scenarioFile
 */
export type TargetFile = z.output<typeof targetFileSchema>
/**
 * A policy domain as written in a file, after the shape check.
 * @example
 * const domain: DomainFile = { id: 'housing', name: 'Wonen' }
 * @category scenarioFile
 */
export type DomainFile = z.output<typeof domainFileSchema>
