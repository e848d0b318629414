/**
 * The module part of a council note: "3 of 5 join the shared tax office; why the others
 * stay out". Built from `explainModules` with the names copied in, worded in Dutch or English.
 * A note on a scenario without modules has no such part, so it reads as before.
 */
import type { Deal } from '../model/Deal.js'
import type { Scenario } from '../model/Scenario.js'
import { explainModules, type StayOutReason } from '../evaluate/explainModules.js'
import type { DealRules } from '../evaluate/DealRules.js'
import type { NoteModule, NoteParty, NoteStayingOut } from './CouncilNote.js'
import { formatNumber } from './formatNumber.js'
import type { Language } from './Language.js'
import { list, paragraph, type Block, type Section } from './NoteDocument.js'

/**
 * The module issues of a deal as a note names them (empty for a scenario without modules).
 * @example
 * noteModules(scenario, scenario.statusQuo) // => []
 * @category report
 */
export const noteModules = (scenario: Scenario, deal: Deal, rules?: DealRules): readonly NoteModule[] => {
  const named = (id: string): NoteParty => {
    const p = scenario.parties.find((x) => x.id === id)!
    return { id: p.id, name: p.name, kind: p.kind }
  }
  return explainModules(scenario, deal, rules).map((m) => {
    const issue = scenario.issues.find((i) => i.id === m.issue)!
    return {
      issue: m.issue,
      issueName: issue.name,
      ...(issue.unit === undefined ? {} : { unit: issue.unit }),
      changed: m.changed,
      members: m.members.map(named),
      ...(m.host === undefined ? {} : { host: named(m.host) }),
      eligible: m.eligible,
      share: m.share,
      stayingOut: m.stayingOut.map((s) => ({
        party: named(s.party),
        reason: s.reason,
        join: s.join,
        share: s.share,
        ...(s.gainIfJoined === undefined ? {} : { gainIfJoined: s.gainIfJoined }),
        ...(s.minimum === undefined ? {} : { minimum: s.minimum }),
      })),
    }
  })
}

const and = (names: readonly string[], language: Language): string => {
  const word = language === 'nl' ? 'en' : 'and'
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${word} ${names.at(-1)!}`
}

/**
 * The first line of a module: "3 of 5 join Shared tax office (host C): A, B and C; each pays
 * 0.4 of the fixed cost."
 * @example
 * const a = { id: 'a', name: 'A', kind: 'municipality' }
 * const b = { id: 'b', name: 'B', kind: 'municipality' }
 * moduleHeadline({ issue: 'tax', issueName: 'the tax office', changed: true, members: [a, b], eligible: 5, share: 0.6, stayingOut: [] }, 'en')
 * // => '2 of 5 join the tax office: A and B; each pays 0.6 of the fixed cost.'
 * @category report
 */
export const moduleHeadline = (m: NoteModule, language: Language): string => {
  const n = (x: number) => formatNumber(x, language)
  const unit = m.unit === undefined ? '' : ` ${m.unit}`
  const names = and(
    m.members.map((p) => p.name),
    language,
  )
  if (m.members.length === 0)
    return language === 'nl'
      ? `Niemand van de ${m.eligible} doet mee aan ${m.issueName}.`
      : `None of the ${m.eligible} join ${m.issueName}.`
  const host = m.host === undefined ? '' : language === 'nl' ? ` (gastheer ${m.host.name})` : ` (host ${m.host.name})`
  return language === 'nl'
    ? `${m.members.length} van de ${m.eligible} doen mee aan ${m.issueName}${host}: ${names}; elk betaalt ${n(m.share)}${unit} van de vaste kosten.`
    : `${m.members.length} of ${m.eligible} join ${m.issueName}${host}: ${names}; each pays ${n(m.share)}${unit} of the fixed cost.`
}

/**
 * Why one party stays out, in a sentence.
 * @example
 * stayingOutLine({ party: { id: 'd', name: 'D', kind: 'municipality' }, reason: 'joiningDoesNotPay', join: 0.2, share: 0.3 }, 'en')
 * // => 'D: joining does not pay (its share of the fixed cost would be 0.3; joining is worth 0.2 to it).'
 * @category report
 */
export const stayingOutLine = (s: NoteStayingOut, language: Language): string => {
  const n = (x: number) => formatNumber(x, language)
  const name = s.party.name
  const nl: Record<StayOutReason, string> = {
    joiningDoesNotPay: `meedoen loont niet (het aandeel in de vaste kosten zou ${n(s.share)} zijn; meedoen is ${n(s.join)} waard)`,
    ownFloor: `meedoen levert ${n(s.gainIfJoined ?? 0)} op in het hele mandje, minder dan de ${n(s.minimum ?? 0)} die de eigen raad vraagt`,
    mandate: `de coalitie met ${name} erbij gaat tegen een mandaat in (rode lijn of toegestane opties)`,
    noSuchCoalition: `de module laat geen coalitie met ${name} erbij toe (maximum aantal leden of gastheerregel)`,
    otherFlaw: `het mandje met ${name} erbij is niet geldig (een andere partij verliest of een doel wordt gemist)`,
    couldJoin: `${name} kan meedoen (ook dat mandje is geldig); dit mandje scoort beter op het doel van de zoektocht`,
  }
  const en: Record<StayOutReason, string> = {
    joiningDoesNotPay: `joining does not pay (its share of the fixed cost would be ${n(s.share)}; joining is worth ${n(s.join)} to it)`,
    ownFloor: `joining would bring it ${n(s.gainIfJoined ?? 0)} in the whole deal, less than the ${n(s.minimum ?? 0)} its own council asks`,
    mandate: `the coalition with ${name} in it goes against a mandate (a red line or allowed options)`,
    noSuchCoalition: `the module allows no coalition with ${name} added (its most members, or the host rule)`,
    otherFlaw: `the deal with ${name} in it is not valid (another party would lose, or a target would be missed)`,
    couldJoin: `${name} could join (that deal is valid too); this deal scores better on the search's objective`,
  }
  return `${name}: ${(language === 'nl' ? nl : en)[s.reason]}.`
}

/**
 * The note's module section; undefined when the deal has no module issue.
 * @example
 * moduleSection([], 'en') // => undefined
 * @category report
 */
export const moduleSection = (modules: readonly NoteModule[], language: Language): Section | undefined => {
  if (modules.length === 0) return undefined
  const blocks: Block[] = modules.flatMap((m): Block[] => [
    paragraph(moduleHeadline(m, language)),
    ...(m.stayingOut.length === 0
      ? []
      : [
          paragraph(language === 'nl' ? 'Waarom de anderen buiten blijven:' : 'Why the others stay out:'),
          list(m.stayingOut.map((s) => [stayingOutLine(s, language)])),
        ]),
  ])
  return { title: language === 'nl' ? 'Modules: wie doet mee' : 'Modules: who joins', blocks }
}
