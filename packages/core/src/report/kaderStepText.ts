/**
 * The one wording of a remedy's kader step, in Dutch or English: the party, then what it
 * would have to do ("A: lower the minimum gain from 2.5 to 2"). The council note, the CLI and
 * the playground all word steps here; each brings its own names (the CLI shows ids, the note
 * and the page the scenario's names and option labels) and its own number format, so only
 * the words are shared. The party leads and the verb is an imperative so that no possessive
 * is needed: Dutch would have to choose between "zijn" and "haar" for a gemeente.
 */
import type { IssueId, OptionId } from '../model/Issue.js'
import type { PartyId } from '../model/Party.js'
import type { DomainId } from '../model/PolicyDomain.js'
import type { KaderStep } from '../diagnose/Remedy.js'
import type { Language } from './Language.js'

/**
 * How a surface shows what a kader step mentions: the names of parties, issues, options and
 * domains, and numbers.
 * @category report
 */
export interface KaderStepNames {
  /** A party's name (or its id). */
  readonly party: (id: PartyId) => string
  /** An issue's name (or its id). */
  readonly issue: (id: IssueId) => string
  /** An option of an issue: its label, a quantity with its unit, or its id. */
  readonly option: (issue: IssueId, option: OptionId) => string
  /** A policy domain's name (or its id). */
  readonly domain: (id: DomainId) => string
  /** A number as the surface writes it (digits, decimal sign, "any" for infinity). */
  readonly number: (x: number) => string
}

const words = {
  nl: {
    relaxMinGain: (from: string, to: string) => `verlaag de minimale winst van ${from} naar ${to}`,
    relaxDomainFloor: (domain: string, from: string, to: string) =>
      `verlaag de ondergrens in ${domain} van ${from} naar ${to}`,
    liftRedLine: (issue: string, option: string) => `hef de rode lijn op bij ${issue}: ${option}`,
    allowOption: (issue: string, option: string) => `sta toe bij ${issue}: ${option}`,
  },
  en: {
    relaxMinGain: (from: string, to: string) => `lower the minimum gain from ${from} to ${to}`,
    relaxDomainFloor: (domain: string, from: string, to: string) =>
      `lower the floor in ${domain} from ${from} to ${to}`,
    liftRedLine: (issue: string, option: string) => `lift the red line on ${issue}: ${option}`,
    allowOption: (issue: string, option: string) => `allow ${issue}: ${option}`,
  },
} as const

/** What the party would have to do, without the party. */
const whatTo = (step: KaderStep, w: (typeof words)[Language], names: KaderStepNames): string => {
  const n = names.number
  switch (step.kind) {
    case 'relaxMinGain':
      return w.relaxMinGain(n(step.from), n(step.to))
    case 'relaxDomainFloor':
      return w.relaxDomainFloor(names.domain(step.domain), n(step.from), n(step.to))
    case 'liftRedLine':
      return w.liftRedLine(names.issue(step.issue), names.option(step.issue, step.option))
    case 'allowOption':
      return w.allowOption(names.issue(step.issue), names.option(step.issue, step.option))
  }
}

/**
 * One kader step of a remedy in words, with the surface's names and numbers.
 * @example
 * const ids = { party: (id) => id, issue: (id) => id, option: (_, o) => o, domain: (id) => id, number: String }
 * kaderStepText({ kind: 'liftRedLine', party: 'A', issue: 'road', option: 'via-b' }, 'en', ids) // => 'A: lift the red line on road: via-b'
 * kaderStepText({ kind: 'relaxMinGain', party: 'B', from: 2.5, to: 2 }, 'nl', ids) // => 'B: verlaag de minimale winst van 2.5 naar 2'
 * @category report
 */
export const kaderStepText = (step: KaderStep, language: Language, names: KaderStepNames): string =>
  `${names.party(step.party)}: ${whatTo(step, words[language], names)}`
