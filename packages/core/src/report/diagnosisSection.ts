/**
 * The council note's diagnosis sections, in Dutch or English: "how firm this is" for a deal
 * (the party's own margins, the other participants' least room, and the Monte Carlo
 * probability when it was computed), and "what it would take" when there is no deal (the
 * remedies of `diagnose`, in words). Words and layout are both here, apart from the rest of
 * the note, so the note and the diagnosis can change independently.
 */
import type { PartyId } from '../model/Party.js'
import type { Scenario } from '../model/Scenario.js'
import type { Diagnosis } from '../diagnose/diagnose.js'
import type { FirmnessEstimate } from '../diagnose/firmnessProbability.js'
import type { PartyMargin } from '../diagnose/firmness.js'
import type { KaderStep, Remedy } from '../diagnose/Remedy.js'
import { formatNumber } from './formatNumber.js'
import { kaderStepText } from './kaderStepText.js'
import { optionText, unitIn } from './optionText.js'
import type { Language } from './Language.js'
import { list, paragraph, table, type Inline, type NoteDocument, type Section } from './NoteDocument.js'

/**
 * What the note needs to say how firm the deal is: every party's margins (see `margins`) and,
 * when computed, the probability that the deal survives uncertain valuations.
 * @category report
 */
export interface NoteFirmness {
  readonly margins: readonly PartyMargin[]
  readonly probability?: FirmnessEstimate
}

const words = {
  nl: {
    firmTitle: 'Hoe stevig is dit mandje',
    ourRoom: (room: string, rule: string) =>
      `Ons krapste kader (${rule}) heeft nog ${room} punten ruimte; per opgave hieronder hoeveel een waardering of gewicht mag verschuiven voordat het mandje voor ons niet meer voldoet.`,
    rules: {
      gain: 'winst boven de status quo',
      gainOverReservation: 'winst boven geen akkoord',
      noLoss: 'geen verlies',
      minGain: 'minimale winst',
      reservation: 'alternatief buiten het overleg',
      minDomainGain: 'ondergrens per beleidsdomein',
    },
    notIn: 'Wij doen niet mee aan dit mandje; het mag ons niets kosten.',
    header: ['opgave', 'waardering mag dalen', 'gewicht mag verschuiven'] as const,
    weakest: (who: string, room: string) =>
      `De krapste partner is ${who}: zijn resultaat mag nog ${room} punten dalen.`,
    probability: (p: string, se: string, lo: string, hi: string, spread: string, n: number, seed: number) =>
      `Als elke waardering en elk gewicht ${spread} onzeker is, blijft het mandje voor iedereen geldig met kans ${p} (± ${se}; 95%: ${lo} tot ${hi}; ${n} trekkingen, seed ${seed}).`,
    anything: 'onbeperkt',
    takeTitle: 'Wat er nodig is voor een mandje',
    noDeal: 'Er is nu geen geldig mandje: elke verandering stuit op een partij die verliest of op een kader.',
    nothing: 'Geen enkele versoepeling, betaling, nieuwe optie of kleinere coalitie maakt een mandje mogelijk.',
    incomplete: 'De tijd was op voordat alles bewezen was; niet elke maatregel is zeker de kleinste.',
  },
  en: {
    firmTitle: 'How firm this is',
    ourRoom: (room: string, rule: string) =>
      `Our tightest kader (${rule}) has ${room} points of room; per issue below, how far a value or stake may move before the deal no longer holds for us.`,
    rules: {
      gain: 'a gain over the status quo',
      gainOverReservation: 'a gain over no agreement',
      noLoss: 'no loss',
      minGain: 'minimum gain',
      reservation: 'alternative outside the talks',
      minDomainGain: 'floor in a policy domain',
    },
    notIn: 'We do not take part in this deal; it must cost us nothing.',
    header: ['issue', 'value may fall by', 'stake may shift by'] as const,
    weakest: (who: string, room: string) =>
      `The tightest partner is ${who}: its result may fall by only ${room} points.`,
    probability: (p: string, se: string, lo: string, hi: string, spread: string, n: number, seed: number) =>
      `If every value and stake is uncertain by ${spread}, the deal stays valid for everyone with probability ${p} (± ${se}; 95%: ${lo} to ${hi}; ${n} draws, seed ${seed}).`,
    anything: 'any amount',
    takeTitle: 'What it would take',
    noDeal: 'There is no valid deal now: every change meets a party that loses or a kader.',
    nothing: 'No relaxation, payment, new option or smaller coalition makes a deal possible.',
    incomplete: 'Time ran out before everything was proven; not every remedy is certainly the smallest.',
  },
} as const

const num = (x: number, language: Language) =>
  Number.isFinite(x) ? formatNumber(x, language, { maxDigits: 3 }) : words[language].anything
const pct = (x: number, language: Language) => `${formatNumber(100 * x, language, { maxDigits: 1 })}%`

/**
 * The "how firm this is" section of a council note for one party.
 * @example
 * const names = (id) => scenario.parties.find((p) => p.id === id)?.name ?? id
 * firmnessSection({ margins: margins(scenario, deal) }, 'A' as PartyId, names, 'en').title // => 'How firm this is'
 * @category report
 */
export const firmnessSection = (
  firmness: NoteFirmness,
  party: PartyId,
  nameOf: (id: PartyId) => string,
  language: Language,
  issueName: (id: string) => string = (id) => id,
  fromReservation = false,
): Section => {
  const w = words[language]
  const own = firmness.margins.find((m) => m.party === party)
  const blocks = []
  if (own === undefined || !own.participant) blocks.push(paragraph(w.notIn))
  else {
    // A party whose disagreement point is its reservation gains over no agreement, not a status quo.
    const rule = own.binding === 'gain' && fromReservation ? w.rules.gainOverReservation : w.rules[own.binding]
    blocks.push(paragraph(w.ourRoom(num(own.slack, language), rule)))
    if (own.issues.length > 0)
      blocks.push(
        table(
          [...w.header],
          own.issues.map((i) => [[issueName(i.issue)], [num(i.valueMargin, language)], [num(i.stakeMargin, language)]]),
          [1, 2],
        ),
      )
  }
  const others = firmness.margins.filter((m) => m.participant && m.party !== party)
  const weakest = others.reduce<PartyMargin | undefined>(
    (a, m) => (a === undefined || m.slack < a.slack ? m : a),
    undefined,
  )
  if (weakest !== undefined) blocks.push(paragraph(w.weakest(nameOf(weakest.party), num(weakest.slack, language))))
  const p = firmness.probability
  if (p !== undefined) {
    blocks.push(
      paragraph(
        w.probability(
          pct(p.probability, language),
          pct(p.standardError, language),
          pct(p.interval[0], language),
          pct(p.interval[1], language),
          `±${pct(p.spread, language)}`,
          p.samples,
          p.seed,
        ),
      ),
    )
  }
  return { title: w.firmTitle, blocks }
}

/** Names for ids: parties, issues, options (labels, quantities with their unit), domains, as the scenario gives them. */
interface Names {
  readonly party: (id: PartyId) => string
  readonly issue: (id: string) => string
  readonly option: (issue: string, id: string) => string
  readonly domain: (id: string) => string
  readonly target: (id: string) => string
}

const namesOf = (scenario: Scenario, language: Language): Names => ({
  party: (id) => scenario.parties.find((p) => p.id === id)?.name ?? id,
  issue: (id) => scenario.issues.find((i) => i.id === id)?.name ?? id,
  // As everywhere in a note: `1.300 woningen` in Dutch, not the label `1300 homes`.
  option: (issue, id) => {
    const found = scenario.issues.find((i) => i.id === issue)
    const option = found?.options.find((o) => o.id === id)
    return option === undefined ? id : optionText(option, unitIn(scenario.units, found!.unit, language), language)
  },
  domain: (id) => scenario.domains.find((d) => d.id === id)?.name ?? id,
  target: (id) => scenario.targets?.find((t) => t.id === id)?.name ?? id,
})

const stepWords = (s: KaderStep, language: Language, names: Names): string =>
  kaderStepText(s, language, { ...names, number: (x) => num(x, language) })

const remedyWords = (r: Remedy, language: Language, names: Names): Inline[] => {
  const nl = language === 'nl'
  const nameOf = names.party
  const values = (v: Readonly<Record<string, number | null>>) =>
    Object.entries(v)
      .map(
        ([p, x]) => `${nameOf(p as PartyId)} ${x === null ? (nl ? 'onhaalbaar' : 'out of reach') : num(x, language)}`,
      )
      .join(', ')
  switch (r.kind) {
    case 'relaxMinGain':
    case 'relaxDomainFloor':
    case 'liftRedLine':
    case 'allowOption':
      return [stepWords(r, language, names), '.']
    case 'combination':
      return [
        { strong: nl ? 'Samen: ' : 'Together: ' },
        r.steps.map((s) => stepWords(s, language, names)).join('; '),
        '.',
      ]
    case 'payment':
      return [
        r.hypothetical ? (nl ? 'Als verevening mag: ' : 'If compensation were allowed: ') : '',
        r.payments.map((p) => `${nameOf(p.from)} → ${nameOf(p.to)} ${num(p.amount, language)}`).join(', '),
        nl ? ` (totaal ${num(r.total, language)}).` : ` (total ${num(r.total, language)}).`,
      ]
    case 'newOption':
      return [
        { strong: nl ? `Nieuwe optie voor ${names.issue(r.issue)}` : `New option on ${names.issue(r.issue)}` },
        nl ? ` moet meer waard zijn dan: ${values(r.values)}.` : ` must be worth more than: ${values(r.values)}.`,
      ]
    case 'coalition':
      return [
        nl
          ? `Zonder ${r.left.map(nameOf).join(', ')} is er een mandje tussen ${r.parties.map(nameOf).join(', ')}.`
          : `Without ${r.left.map(nameOf).join(', ')} there is a deal among ${r.parties.map(nameOf).join(', ')}.`,
      ]
    case 'relaxTarget': {
      const name = names.target(r.target)
      const word = r.bound === 'atLeast' ? (nl ? 'ten minste' : 'at least') : nl ? 'ten hoogste' : 'at most'
      return [
        nl
          ? `Het regionale doel ${name} gaat van ${word} ${num(r.from, language)} naar ${word} ${num(r.to, language)}.`
          : `The regional target ${name} moves from ${word} ${num(r.from, language)} to ${word} ${num(r.to, language)}.`,
      ]
    }
  }
}

/**
 * The "what it would take" section for a scenario without a deal.
 * @example
 * whatItWouldTakeSection(scenario, diagnose(scenario), 'en').title // => 'What it would take'
 * @category report
 */
export const whatItWouldTakeSection = (scenario: Scenario, diagnosis: Diagnosis, language: Language): Section => {
  const w = words[language]
  const names = namesOf(scenario, language)
  return {
    title: w.takeTitle,
    blocks: [
      paragraph(w.noDeal),
      diagnosis.remedies.length === 0
        ? paragraph(w.nothing)
        : list(diagnosis.remedies.map((r) => remedyWords(r, language, names))),
      ...(diagnosis.complete ? [] : [paragraph(w.incomplete)]),
    ],
  }
}

/**
 * A council note for one party when there is no deal: what it would take.
 * @example
 * deadlockNoteDocument(scenario, diagnose(scenario), 'A' as PartyId, 'nl').sections[0]!.title // => 'Wat er nodig is voor een mandje'
 * @category report
 */
export const deadlockNoteDocument = (
  scenario: Scenario,
  diagnosis: Diagnosis,
  party: PartyId,
  language: Language,
): NoteDocument => ({
  language,
  title:
    language === 'nl'
      ? `Raadsinformatie: geen mandje mogelijk, ${scenario.parties.find((p) => p.id === party)?.name ?? party}`
      : `Council note: no package deal possible, ${scenario.parties.find((p) => p.id === party)?.name ?? party}`,
  subtitle: language === 'nl' ? `Regionaal overleg: ${scenario.name}` : `Regional negotiation: ${scenario.name}`,
  sections: [whatItWouldTakeSection(scenario, diagnosis, language)],
})
