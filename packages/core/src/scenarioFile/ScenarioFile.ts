/**
 * The raw shape of a scenario file (JSON or YAML), as a zod schema. This is the file as people
 * write it, with shorthand and defaults still in it; `decodeScenario` checks what the shape
 * cannot say (ids that exist, values for every option, mandates that leave something open) and
 * turns it into a `Scenario`. The JSON Schema for editors is generated from this schema, so
 * the two never drift apart. Every mapping is strict: a misspelt field name is a problem, not
 * a silently ignored key.
 */
import { z } from 'zod'
import { partyKinds } from '../model/Party.js'
import { scenarioFileLimits } from './limits.js'

const id = z.string().min(1).max(scenarioFileLimits.maxIdLength)
const idKey = z.string()
const text = z.string()
// Quantity options have number-like ids ("250"); files may write them as numbers.
const optionRef = z.union([id, z.number()]).describe('An option id. Numbers are read as their text: 250 is the option "250".')

/**
 * A policy domain (beleidsdomein) as written in a file.
 * @example
 * domainFileSchema.safeParse({ id: 'housing', name: 'Wonen' }).success // => true
 * @category scenarioFile
 */
export const domainFileSchema = z.strictObject({
  id: id.describe('Unique id, used by issues and by minDomainGain.'),
  name: text.optional().describe('Display name; defaults to the id.'),
})

/**
 * One option of an issue as written in a file: an object, or a text or number as shorthand.
 * @example
 * optionFileSchema.safeParse('via-b').success // => true
 * optionFileSchema.safeParse({ quantity: 250 }).success // => true
 * @category scenarioFile
 */
export const optionFileSchema = z.union([
  id.describe('Shorthand: the id, also used as the label.'),
  z.number().describe('Shorthand for a quantity issue: the quantity, also its id.'),
  z.strictObject({
    id: id.optional().describe('Unique within the issue; for quantity options defaults to the quantity as text.'),
    label: text.optional().describe('Display label; defaults to the id.'),
    quantity: z.number().optional().describe('Quantity issues only: the amount this option stands for.'),
  }),
])

/**
 * An issue (opgave) as written in a file.
 * @example
 * issueFileSchema.safeParse({ id: 'road', domain: 'mobility', options: ['none', 'via-b'] }).success // => true
 * @category scenarioFile
 */
export const issueFileSchema = z.strictObject({
  id: id.describe('Unique id of the issue.'),
  name: text.optional().describe('Display name; defaults to the id.'),
  domain: id.describe('Id of the policy domain the issue belongs to.'),
  kind: z.enum(['choice', 'quantity']).optional().describe('choice (default) or quantity.'),
  unit: text.optional().describe('Quantity issues: what the quantities count, e.g. homes.'),
  options: z.array(optionFileSchema).optional().describe('The options. Give these or, for a quantity issue, range.'),
  range: z
    .strictObject({ from: z.number(), to: z.number(), step: z.number().positive() })
    .optional()
    .describe('Quantity issues: options from, from+step, ... up to to; ids are the quantities as text.'),
  stakeholders: z.array(id).optional().describe('Parties that can block a change; default: every party with a stake > 0 in it or whose mandate names it.'),
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
  stake: z.number().min(0).describe('Salience: how much the issue matters to the party (>= 0).'),
  values: z.record(idKey, z.number()).optional().describe('Value of every option, by option id.'),
  linear: z
    .strictObject({ perUnit: z.number(), offset: z.number().optional().describe('Default 0.') })
    .optional()
    .describe('Quantity issues: value = offset + perUnit * quantity.'),
})

/**
 * Two options worth more (or less) together than apart, for one party.
 * @example
 * interactionFileSchema.safeParse({ between: [{ issue: 'road', option: 'via-b' }, { issue: 'homes-a', option: 1000 }], value: 1 }).success // => true
 * @category scenarioFile
 */
export const interactionFileSchema = z.strictObject({ between: z.tuple([optionRefFileSchema, optionRefFileSchema]), value: z.number() })

/**
 * A mandate (the council's kaders) as written in a file.
 * @example
 * mandateFileSchema.safeParse({ minDomainGain: { housing: 0 }, maxPayment: 3 }).success // => true
 * @category scenarioFile
 */
export const mandateFileSchema = z.strictObject({
  redLines: z.array(optionRefFileSchema).optional().describe('Options the party may never agree to.'),
  allowedOptions: z.record(idKey, z.array(optionRef)).optional().describe('Per issue id, the only options the party may agree to.'),
  minGain: z.number().optional().describe('Least total gain the party must bring home when it takes part.'),
  minDomainGain: z.record(idKey, z.number()).optional().describe('Per policy domain id, the least gain within that domain.'),
  maxPayment: z.number().min(0).optional().describe('Most compensation the party may pay in one deal.'),
})

/**
 * A party (gemeente, provincie, woningcorporatie, ...) as written in a file.
 * @example
 * partyFileSchema.safeParse({ id: 'A', kind: 'municipality' }).success // => true
 * @category scenarioFile
 */
export const partyFileSchema = z.strictObject({
  id: id.describe('Unique id of the party.'),
  name: text.optional().describe('Display name; defaults to the id.'),
  kind: z.enum(partyKinds as [string, ...string[]]).optional().describe('What kind of organisation; default municipality.'),
  moneyValue: z.number().min(0).optional().describe('Utility per unit of compensation; default 0.'),
  reservationUtility: z.number().optional().describe('Utility the party can get without any deal.'),
  weight: z.number().positive().optional().describe('Its vote under a weighted decision rule in the simulator (population, budget share); default 1.'),
  valuations: z.record(idKey, valuationFileSchema).optional().describe('Per issue id: stake and values. Issues not listed are worth 0.'),
  interactions: z
    .array(interactionFileSchema)
    .optional()
    .describe('Pairs of options (of two issues) worth value more together than apart.'),
  mandate: mandateFileSchema.optional().describe('What the council lets the executive agree to.'),
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
  id.describe('Shorthand: a quantity issue id, counted with weight 1.'),
  z.strictObject({ issue: id.describe('Id of a quantity issue.'), weight: z.number().optional().describe('How many times its quantity counts; default 1, may be negative.') }),
])

/**
 * A regional target as written in a file: a bound on a weighted sum of chosen quantities.
 * @example
 * targetFileSchema.safeParse({ id: 'homes-2040', sum: ['homes-a', 'homes-b'], atLeast: 300000 }).success // => true
 * @category scenarioFile
 */
export const targetFileSchema = z.strictObject({
  id: id.describe('Unique id of the target.'),
  name: text.optional().describe('Display name; defaults to the id.'),
  sum: z.array(targetTermFileSchema).min(1).describe('The quantity issues whose chosen quantities add up, each with an optional weight.'),
  atLeast: z.number().optional().describe('The sum must be at least this. Give atLeast, atMost or both.'),
  atMost: z.number().optional().describe('The sum must be at most this. Give atLeast, atMost or both.'),
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
export const scenarioFileSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Where editors find this schema; ignored when reading.'),
    version: z.literal(1).describe('The file format version: 1.'),
    name: text.describe('Name of the scenario.'),
    description: text.optional(),
    notes: z.array(text).optional().describe('Where numbers come from; mark invented ones.'),
    compensation: z.strictObject({ unit: text }).optional().describe('Present when deals may carry payments, counted in unit.'),
    domains: z.array(domainFileSchema).describe('Policy domains (beleidsdomeinen).'),
    issues: z.array(issueFileSchema).describe('Issues (opgaven), each with its options.'),
    parties: z.array(partyFileSchema).describe('Parties at the table.'),
    statusQuo: z.record(idKey, optionRef).describe('Per issue id, the option that holds when nobody agrees.'),
    targets: z.array(targetFileSchema).optional().describe('Regional targets every deal must meet; the status quo need not.'),
  })
  .describe('A mandjes scenario: a regional negotiation between parties over issues in policy domains.')

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
