/**
 * The raw shape of a scenario file (JSON or YAML), as a zod schema. This is the file as people
 * write it, with shorthand and defaults still in it; `decodeScenario` checks what the shape
 * cannot say (ids that exist, values for every option, mandates that leave something open) and
 * turns it into a `Scenario`. The JSON Schema for editors is generated from this schema, so
 * the two never drift apart. Every mapping is strict: a misspelt field name is a problem, not
 * a silently ignored key.
 *
 * The schemas are built twice from one definition (`scenarioFileSchemas`): the decoder's,
 * here, without descriptions, and the described ones for the JSON Schema and `mandjes/engine`
 * (describedScenarioFile.ts). The descriptions' text (scenarioFileDescriptions.ts) is editor
 * help: a page that only reads scenario files need not ship it (1.4 kB gzip).
 *
 * Written with `zod/mini`, whose checks are functions a bundler can leave out: classic zod
 * re-exports all its locales and puts about 260 kB of them in every browser bundle.
 */
import * as z from 'zod/mini'
import { partyKinds } from '../model/Party.js'
import { scenarioFileLimits } from './limits.js'
import type { scenarioFileDescriptions } from './scenarioFileDescriptions.js'

/** The name of one description in scenarioFileDescriptions.ts. @category scenarioFile */
export type ScenarioFileDescriptionKey = keyof typeof scenarioFileDescriptions

/**
 * Gives a schema the description named by `key` (a copy, so shared pieces keep theirs), or
 * returns it as it is.
 * @category scenarioFile
 */
export type DescribeSchema = <T extends z.ZodMiniType>(schema: T, key: ScenarioFileDescriptionKey) => T

/**
 * Every schema of a scenario file, each piece passed through `describe`: the one definition
 * of the file's shape. Parsing does not depend on `describe` (a description is a check that
 * passes everything).
 * @example
 * scenarioFileSchemas((schema) => schema).domainFileSchema.safeParse({ id: 'housing' }).success // => true
 * @category scenarioFile
 */
export const scenarioFileSchemas = (describe: DescribeSchema) => {
  const id = z.string().check(z.minLength(1), z.maxLength(scenarioFileLimits.maxIdLength))
  const idKey = z.string()
  const text = z.string()
  // Quantity options have number-like ids ("250"); files may write them as numbers.
  const optionRef = describe(z.union([id, z.number()]), 'optionRef')

  const domainFileSchema = z.strictObject({
    id: describe(id, 'domain.id'),
    name: describe(z.optional(text), 'domain.name'),
  })

  const optionFileSchema = z.union([
    describe(id, 'option.shorthandId'),
    describe(z.number(), 'option.shorthandQuantity'),
    z.strictObject({
      id: describe(z.optional(id), 'option.id'),
      label: describe(z.optional(text), 'option.label'),
      quantity: describe(z.optional(z.number()), 'option.quantity'),
    }),
  ])

  const moduleFileSchema = z.strictObject({
    fixedCost: describe(z.number().check(z.gte(0)), 'module.fixedCost'),
    members: describe(
      z.array(
        z.strictObject({
          party: describe(id, 'module.members.party'),
          join: describe(z.number(), 'module.members.join'),
          host: describe(z.optional(z.number()), 'module.members.host'),
        }),
      ),
      'module.members',
    ),
    affected: describe(z.optional(z.record(idKey, z.number())), 'module.affected'),
    hosts: describe(z.optional(z.array(id)), 'module.hosts'),
    minMembers: describe(z.optional(z.number()), 'module.minMembers'),
    maxMembers: describe(z.optional(z.number()), 'module.maxMembers'),
  })

  const issueFileSchema = z.strictObject({
    id: describe(id, 'issue.id'),
    name: describe(z.optional(text), 'issue.name'),
    domain: describe(id, 'issue.domain'),
    kind: describe(z.optional(z.enum(['choice', 'quantity', 'module'])), 'issue.kind'),
    unit: describe(z.optional(text), 'issue.unit'),
    options: describe(z.optional(z.array(optionFileSchema)), 'issue.options'),
    range: describe(
      z.optional(z.strictObject({ from: z.number(), to: z.number(), step: z.number().check(z.positive()) })),
      'issue.range',
    ),
    stakeholders: describe(z.optional(z.array(id)), 'issue.stakeholders'),
    module: describe(z.optional(moduleFileSchema), 'issue.module'),
  })

  const optionRefFileSchema = z.strictObject({ issue: id, option: optionRef })

  const valuationFileSchema = z.strictObject({
    stake: describe(z.number().check(z.gte(0)), 'valuation.stake'),
    values: describe(z.optional(z.record(idKey, z.number())), 'valuation.values'),
    linear: describe(
      z.optional(
        z.strictObject({ perUnit: z.number(), offset: describe(z.optional(z.number()), 'valuation.linear.offset') }),
      ),
      'valuation.linear',
    ),
  })

  const interactionFileSchema = z.strictObject({
    between: z.tuple([optionRefFileSchema, optionRefFileSchema]),
    value: z.number(),
  })

  const mandateFileSchema = z.strictObject({
    redLines: describe(z.optional(z.array(optionRefFileSchema)), 'mandate.redLines'),
    allowedOptions: describe(z.optional(z.record(idKey, z.array(optionRef))), 'mandate.allowedOptions'),
    minGain: describe(z.optional(z.number()), 'mandate.minGain'),
    minDomainGain: describe(z.optional(z.record(idKey, z.number())), 'mandate.minDomainGain'),
    maxPayment: describe(z.optional(z.number().check(z.gte(0))), 'mandate.maxPayment'),
  })

  const partyFileSchema = z.strictObject({
    id: describe(id, 'party.id'),
    name: describe(z.optional(text), 'party.name'),
    kind: describe(z.optional(z.enum(partyKinds as [string, ...string[]])), 'party.kind'),
    moneyValue: describe(z.optional(z.number().check(z.gte(0))), 'party.moneyValue'),
    reservationUtility: describe(z.optional(z.number()), 'party.reservationUtility'),
    weight: describe(z.optional(z.number().check(z.positive())), 'party.weight'),
    lossBound: describe(z.optional(z.number().check(z.gte(0))), 'party.lossBound'),
    valuations: describe(z.optional(z.record(idKey, valuationFileSchema)), 'party.valuations'),
    interactions: describe(z.optional(z.array(interactionFileSchema)), 'party.interactions'),
    mandate: describe(z.optional(mandateFileSchema), 'party.mandate'),
  })

  const targetTermFileSchema = z.union([
    describe(id, 'targetTerm.shorthand'),
    z.strictObject({
      issue: describe(id, 'targetTerm.issue'),
      weight: describe(z.optional(z.number()), 'targetTerm.weight'),
    }),
  ])

  const targetFileSchema = z.strictObject({
    id: describe(id, 'target.id'),
    name: describe(z.optional(text), 'target.name'),
    sum: describe(z.array(targetTermFileSchema).check(z.minLength(1)), 'target.sum'),
    atLeast: describe(z.optional(z.number()), 'target.atLeast'),
    atMost: describe(z.optional(z.number()), 'target.atMost'),
  })

  const scenarioFileSchema = describe(
    z.strictObject({
      $schema: describe(z.optional(z.string()), 'scenario.$schema'),
      version: describe(z.literal(1), 'scenario.version'),
      name: describe(text, 'scenario.name'),
      description: z.optional(text),
      notes: describe(z.optional(z.array(text)), 'scenario.notes'),
      compensation: describe(z.optional(z.strictObject({ unit: text })), 'scenario.compensation'),
      units: describe(
        z.optional(z.record(idKey, z.strictObject({ nl: z.optional(text), en: z.optional(text) }))),
        'scenario.units',
      ),
      domains: describe(z.array(domainFileSchema), 'scenario.domains'),
      issues: describe(z.array(issueFileSchema), 'scenario.issues'),
      parties: describe(z.array(partyFileSchema), 'scenario.parties'),
      statusQuo: describe(z.record(idKey, z.nullable(optionRef)), 'scenario.statusQuo'),
      targets: describe(z.optional(z.array(targetFileSchema)), 'scenario.targets'),
    }),
    'scenario',
  )
  return {
    domainFileSchema,
    optionFileSchema,
    moduleFileSchema,
    issueFileSchema,
    optionRefFileSchema,
    valuationFileSchema,
    interactionFileSchema,
    mandateFileSchema,
    partyFileSchema,
    targetTermFileSchema,
    targetFileSchema,
    scenarioFileSchema,
  }
}

const plain = scenarioFileSchemas((schema) => schema)

/**
 * A policy domain (beleidsdomein) as written in a file (the decoder's schema, without descriptions).
 * @example
 * domainFileSchema.safeParse({ id: 'housing', name: 'Wonen' }).success // => true
 * @category scenarioFile
 */
export const domainFileSchema = plain.domainFileSchema

/**
 * One option of an issue as written in a file (the decoder's schema, without descriptions): an object, or a text or number as shorthand.
 * @example
 * optionFileSchema.safeParse('via-b').success // => true
 * optionFileSchema.safeParse({ quantity: 250 }).success // => true
 * @category scenarioFile
 */
export const optionFileSchema = plain.optionFileSchema

/**
 * A module (wisselende coalitie) as written in a file (the decoder's schema, without descriptions): who may join a shared service and
 * what joining is worth. The options (one per coalition, and per host) are built from it.
 * @example
 * moduleFileSchema.safeParse({ fixedCost: 1, members: [{ party: 'a', join: 1 }, { party: 'b', join: 0.8 }] }).success // => true
 * @category scenarioFile
 */
export const moduleFileSchema = plain.moduleFileSchema

/**
 * An issue (opgave) as written in a file (the decoder's schema, without descriptions).
 * @example
 * issueFileSchema.safeParse({ id: 'road', domain: 'mobility', options: ['none', 'via-b'] }).success // => true
 * @category scenarioFile
 */
export const issueFileSchema = plain.issueFileSchema

/**
 * A reference to one option of one issue, as in red lines and interactions.
 * @example
 * optionRefFileSchema.safeParse({ issue: 'homes-a', option: 250 }).success // => true
 * @category scenarioFile
 */
export const optionRefFileSchema = plain.optionRefFileSchema

/**
 * What a party values on one issue (its belang): a stake and a value per option, or for
 * quantity issues a line through the quantities.
 * @example
 * valuationFileSchema.safeParse({ stake: 2, values: { none: 0, 'via-b': -1 } }).success // => true
 * @category scenarioFile
 */
export const valuationFileSchema = plain.valuationFileSchema

/**
 * Two options worth more (or less) together than apart, for one party.
 * @example
 * interactionFileSchema.safeParse({ between: [{ issue: 'road', option: 'via-b' }, { issue: 'homes-a', option: 1000 }], value: 1 }).success // => true
 * @category scenarioFile
 */
export const interactionFileSchema = plain.interactionFileSchema

/**
 * A mandate (the council's kaders) as written in a file (the decoder's schema, without descriptions).
 * @example
 * mandateFileSchema.safeParse({ minDomainGain: { housing: 0 }, maxPayment: 3 }).success // => true
 * @category scenarioFile
 */
export const mandateFileSchema = plain.mandateFileSchema

/**
 * A party (gemeente, provincie, woningcorporatie, ...) as written in a file (the decoder's schema, without descriptions).
 * @example
 * partyFileSchema.safeParse({ id: 'A', kind: 'municipality' }).success // => true
 * @category scenarioFile
 */
export const partyFileSchema = plain.partyFileSchema

/**
 * One issue in a target's sum as written in a file (the decoder's schema, without descriptions): an issue id (weight 1) or an issue with a
 * weight.
 * @example
 * targetTermFileSchema.safeParse('homes-almere').success // => true
 * targetTermFileSchema.safeParse({ issue: 'social-homes', weight: 0.7 }).success // => true
 * @category scenarioFile
 */
export const targetTermFileSchema = plain.targetTermFileSchema

/**
 * A regional target as written in a file (the decoder's schema, without descriptions): a bound on a weighted sum of chosen quantities.
 * @example
 * targetFileSchema.safeParse({ id: 'homes-2040', sum: ['homes-a', 'homes-b'], atLeast: 300000 }).success // => true
 * @category scenarioFile
 */
export const targetFileSchema = plain.targetFileSchema

/**
 * A whole scenario file as people write it: the input of `decodeScenario`, the output of
 * `encodeScenario`.
 *
 * @example
 * scenarioFileSchema.safeParse({ version: 1, name: 'x', domains: [], issues: [], parties: [], statusQuo: {} }).success // => true
 *
 * @category scenarioFile
 */
export const scenarioFileSchema = plain.scenarioFileSchema

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
