/**
 * The words of a council note in each language. Kept apart from the layout so a translation
 * is one object; every function takes numbers already formatted for the language.
 */
import type { PartyKind } from '../model/Party.js'
import type { NoteBlocker } from './CouncilNote.js'
import type { Language } from './Language.js'

/** The phrases a council note uses, per language. @category report */
export interface NoteText {
  readonly title: (party: string) => string
  readonly subtitle: (scenario: string) => string
  readonly validDeal: string
  readonly invalidDeal: (flaws: number) => string
  /** `fromReservation`: the gain is measured from the party's reservation utility, not a status quo. */
  readonly summary: (
    party: string,
    gain: string,
    changes: number,
    participants: number,
    fromReservation?: boolean,
  ) => string
  readonly outsideSummary: (party: string, gain: string) => string
  readonly deadlocksTitle: string
  readonly deadlocksSummary: (count: number) => string
  readonly moneyEquivalent: (amount: string) => string
  readonly moneyRow: string
  readonly noDeadlocks: string
  readonly deadlockLine: (option: string, regionGain: string) => string
  readonly blockedBy: string
  readonly reason: (b: NoteBlocker) => string
  readonly giveTitle: string
  readonly getTitle: string
  readonly nothingGiven: string
  readonly nothingGotten: string
  readonly changeHeader: readonly [string, string, string, string]
  readonly paymentTo: (to: string, amount: string) => string
  readonly paymentFrom: (from: string, amount: string) => string
  readonly netTitle: string
  readonly netHeader: readonly [string, string]
  readonly utilityBefore: string
  /** The row `utilityBefore` for a party whose disagreement point is its reservation utility. */
  readonly utilityBeforeReservation: string
  readonly utilityAfter: string
  readonly fromIssues: string
  /** The row of `fallbackGain`: what stays as it is, less the reservation utility. */
  readonly fromFallback: string
  /** The "now" column of an issue without a status quo. */
  readonly noStatusQuo: string
  readonly fromInteractions: string
  readonly fromMoney: string
  readonly netGain: string
  readonly pointsNote: string
  readonly mandateTitle: string
  readonly noMandate: string
  readonly holds: string
  readonly broken: string
  readonly tight: string
  readonly redLine: (issue: string, option: string, changed: boolean) => string
  readonly allowedOptions: (issue: string, chosen: string, allowed: string, changed: boolean) => string
  readonly minGain: (value: string, limit: string) => string
  readonly minDomainGain: (domain: string, value: string, limit: string, touched: boolean) => string
  readonly maxPayment: (value: string, limit: string, unit: string) => string
  readonly reservation: (value: string, limit: string) => string
  readonly othersTitle: string
  readonly othersHeader: readonly [string, string, string, string]
  readonly nothing: string
  readonly tightRules: (rules: string) => string
  readonly withinMandate: string
  readonly outsideMandate: string
  readonly dated: (date: string) => string
  readonly notesTitle: string
  readonly appendix: (title: string) => string
  readonly notesIntro: string
  readonly noNotes: string
  readonly outsidersLine: (list: string) => string
  readonly noOutsiders: string
  readonly risksTitle: string
  /** `open`: some issue has no status quo, so a no leaves every party at its no-agreement point. */
  readonly ourCouncilSaysNo: (gain: string, open?: boolean) => string
  readonly partySaysNo: (party: string) => string
  readonly anyOfSaysNo: (parties: string) => string
  readonly fallsBack: string
  /** `fallsBack` when an issue has no status quo: the deal falls, nobody agrees. */
  readonly noAgreement: string
  readonly smallerHolds: (issues: number, gain: string) => string
  readonly smallerFails: string
  readonly tightRisk: (parties: string) => string
  readonly ruleName: (rule: string) => string
  readonly kind: (kind: PartyKind) => string
}

const nlReason = (b: NoteBlocker): string => {
  if (b.reason === 'mandate')
    return b.rule === 'redLineOrNotAllowed'
      ? 'de kaders van de raad staan het niet toe'
      : b.rule === 'minDomainGain'
        ? 'haalt het minimum per beleidsdomein uit de kaders niet'
        : 'haalt de minimale winst uit de kaders niet'
  return {
    loses: 'gaat erop achteruit',
    gainsNothing: 'wint er niets mee',
    belowReservation: 'is zonder afspraak beter af',
  }[b.reason]
}

const enReason = (b: NoteBlocker): string => {
  if (b.reason === 'mandate')
    return b.rule === 'redLineOrNotAllowed'
      ? 'its mandate does not allow it'
      : b.rule === 'minDomainGain'
        ? 'misses its mandate’s minimum in a policy domain'
        : 'misses its mandate’s minimum gain'
  return { loses: 'loses', gainsNothing: 'gains nothing', belowReservation: 'does better without an agreement' }[
    b.reason
  ]
}

const nlRules: Record<string, string> = {
  redLine: 'rode lijn',
  allowedOptions: 'toegestane opties',
  minGain: 'minimale winst',
  minDomainGain: 'minimum per beleidsdomein',
  maxPayment: 'maximale betaling',
  reservation: 'ondergrens',
}
const enRules: Record<string, string> = {
  redLine: 'red line',
  allowedOptions: 'allowed options',
  minGain: 'minimum gain',
  minDomainGain: 'minimum per policy domain',
  maxPayment: 'payment cap',
  reservation: 'reservation utility',
}
const nlKinds: Record<PartyKind, string> = {
  municipality: 'gemeente',
  province: 'provincie',
  housingCorporation: 'woningcorporatie',
  waterBoard: 'waterschap',
  business: 'bedrijf',
  knowledgeInstitution: 'kennisinstelling',
  civilSociety: 'maatschappelijke organisatie',
}
const enKinds: Record<PartyKind, string> = {
  municipality: 'municipality',
  province: 'province',
  housingCorporation: 'housing corporation',
  waterBoard: 'water board',
  business: 'business',
  knowledgeInstitution: 'knowledge institution',
  civilSociety: 'civil-society organisation',
}

const nlMonths = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
]
const enMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
/** `2026-12-01` as `1 december 2026`; any other text is printed as given. */
const longDate = (iso: string, months: readonly string[]): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  const month = m === null ? undefined : months[Number(m[2]) - 1]
  return m === null || month === undefined ? iso : `${Number(m[3])} ${month} ${m[1]}`
}

const nl: NoteText = {
  title: (party) => `Raadsinformatie: voorstel voor een mandje, ${party}`,
  subtitle: (scenario) => `Regionaal overleg: ${scenario}`,
  validDeal:
    'Dit mandje voldoet aan alle voorwaarden: iedere deelnemer gaat erop vooruit, niemand daarbuiten gaat erop achteruit en alle kaders worden gerespecteerd.',
  invalidDeal: (flaws) =>
    `Let op: dit mandje is geen geldig voorstel (${flaws} bezwaren). Leg het niet zo aan de raad voor.`,
  summary: (party, gain, changes, participants, fromReservation) =>
    `Met dit mandje gaat ${party} er netto ${gain} punten op vooruit ten opzichte van ${fromReservation === true ? 'geen akkoord (onze reserveringswaarde)' : 'de huidige situatie'}. Het mandje verandert ${changes} ${changes === 1 ? 'opgave' : 'opgaven'} en ${participants} partijen doen mee.`,
  outsideSummary: (party, gain) => `${party} doet niet mee aan dit mandje; het resultaat voor ons is ${gain} punten.`,
  deadlocksTitle: 'De patstellingen die dit mandje doorbreekt',
  deadlocksSummary: (count) =>
    `Het mandje doorbreekt ${count} ${count === 1 ? 'patstelling' : 'patstellingen'}: ${count === 1 ? 'een opgave die' : 'opgaven die'} als losse beslissing ${count === 1 ? 'vastliep' : 'vastliepen'} (zie de bijlage).`,
  moneyEquivalent: (amount) =>
    `Voor ons is die winst evenveel waard als ${amount} (volgens onze waardering van geld in het scenario).`,
  moneyRow: 'Netto winst uitgedrukt in geld (ter vergelijking)',
  noDeadlocks: 'Geen van de opgaven in dit mandje zat afzonderlijk vast.',
  deadlockLine: (option, regionGain) =>
    `de keuze „${option}” levert de regio samen ${regionGain} punten op, maar liep als losse beslissing vast.`,
  blockedBy: 'Tegengehouden door:',
  reason: nlReason,
  giveTitle: 'Wat wij geven',
  getTitle: 'Wat wij krijgen',
  nothingGiven: 'Wij leveren niets in.',
  nothingGotten: 'Wij krijgen niets op de opgaven zelf.',
  changeHeader: ['Opgave', 'Nu', 'In het mandje', 'Waarde voor ons'],
  paymentTo: (to, amount) => `Wij betalen ${amount} aan ${to} (verevening).`,
  paymentFrom: (from, amount) => `Wij ontvangen ${amount} van ${from} (verevening).`,
  netTitle: 'Ons nettoresultaat',
  netHeader: ['', 'Punten'],
  utilityBefore: 'Waarde zonder afspraak (huidige situatie)',
  utilityBeforeReservation: 'Waarde zonder afspraak (onze reserveringswaarde)',
  utilityAfter: 'Waarde met het mandje',
  fromIssues: 'waarvan uit de opgaven',
  fromFallback: 'waarvan wat blijft zoals het is, min onze reserveringswaarde',
  noStatusQuo: 'nog te besluiten (geen status quo)',
  fromInteractions: 'waarvan uit samenhang tussen opgaven',
  fromMoney: 'waarvan uit verevening',
  netGain: 'Netto winst',
  pointsNote:
    'Punten zijn de eenheid van het scenario: hoe zwaar wij elke opgave wegen, vermenigvuldigd met hoe wij elke optie waarderen.',
  mandateTitle: 'De kaders van de raad',
  noMandate: 'De raad heeft voor deze opgaven geen kaders gesteld.',
  holds: 'Binnen de kaders',
  broken: 'BUITEN DE KADERS',
  tight: 'krap',
  redLine: (issue, option, changed) =>
    `Rode lijn: „${option}” bij ${issue}${changed ? '' : ' (deze opgave verandert niet)'}`,
  allowedOptions: (issue, chosen, allowed, changed) =>
    `${issue}: toegestaan is ${allowed}; ${changed ? `het mandje kiest „${chosen}”` : 'deze opgave verandert niet'}`,
  minGain: (value, limit) => `Minimale winst ${limit}; het mandje geeft ${value}`,
  minDomainGain: (domain, value, limit, touched) =>
    `Minimum voor ${domain}: ${limit}; het mandje geeft ${value}${touched ? '' : ' (niet geraakt)'}`,
  maxPayment: (value, limit, unit) => `Maximale betaling ${limit} ${unit}; wij betalen ${value} ${unit}`,
  reservation: (value, limit) => `Ondergrens ${limit}; het mandje geeft ${value}`,
  othersTitle: 'Wie doen er nog meer mee, en wat krijgen zij',
  othersHeader: ['Partij', 'Krijgt', 'Geeft', 'Netto winst'],
  nothing: '—',
  tightRules: (rules) => ` (kaders krap: ${rules})`,
  withinMandate: ' (binnen de kaders)',
  outsideMandate: ' (buiten de kaders)',
  dated: (date) => `Datum: ${longDate(date, nlMonths)}`,
  notesTitle: 'Bijlage: bronnen en kanttekeningen bij de cijfers',
  appendix: (title) => `Bijlage: ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
  notesIntro: 'Uit het scenariobestand, zoals daar geschreven:',
  noNotes: 'Het scenariobestand zegt niets over de herkomst van de cijfers; behandel ze als illustratief.',
  outsidersLine: (list) => `Buiten het mandje, en niet slechter af: ${list}.`,
  noOutsiders: 'Alle partijen aan tafel doen mee.',
  risksTitle: 'Risico’s: als een raad nee zegt',
  ourCouncilSaysNo: (gain, open) =>
    `Zegt onze raad nee, dan ${open === true ? 'komt er geen akkoord en valt elke partij terug op wat zij zonder akkoord heeft' : 'blijft alles zoals het is'}: wij zien af van ${gain} punten, en de andere deelnemers van hun winst.`,
  partySaysNo: (party) => `Zegt ${party} nee:`,
  anyOfSaysNo: (parties) => `Zegt een van ${parties} nee:`,
  fallsBack: 'dan blijft er niets over en blijft alles zoals het is.',
  noAgreement:
    'dan valt het hele mandje: er komt geen akkoord, en elke partij valt terug op wat zij zonder akkoord heeft.',
  smallerHolds: (issues, gain) =>
    `de rest van het mandje (${issues} ${issues === 1 ? 'opgave' : 'opgaven'}) houdt stand; onze winst wordt dan ${gain}.`,
  smallerFails:
    'wat overblijft houdt geen stand, want dan gaat een deelnemer erop achteruit of breekt iemand zijn kaders; dan moet opnieuw onderhandeld worden.',
  tightRisk: (parties) => `Krappe kaders hebben: ${parties}. Daar is de kans op een nee het grootst.`,
  ruleName: (rule) => nlRules[rule] ?? rule,
  kind: (kind) => nlKinds[kind],
}

const en: NoteText = {
  title: (party) => `Council note: proposed package deal, ${party}`,
  subtitle: (scenario) => `Regional negotiation: ${scenario}`,
  validDeal:
    'This package deal meets every condition: each participant gains, nobody outside it loses, and every mandate holds.',
  invalidDeal: (flaws) =>
    `Warning: this package deal is not a valid proposal (${flaws} objections). Do not present it to the council like this.`,
  summary: (party, gain, changes, participants, fromReservation) =>
    `With this package deal ${party} gains ${gain} points net over ${fromReservation === true ? 'no agreement (our reservation value)' : 'the status quo'}. The deal changes ${changes} ${changes === 1 ? 'issue' : 'issues'} and ${participants} parties take part.`,
  outsideSummary: (party, gain) =>
    `${party} does not take part in this package deal; the result for us is ${gain} points.`,
  deadlocksTitle: 'The deadlocks this deal breaks',
  deadlocksSummary: (count) =>
    `The deal breaks ${count} ${count === 1 ? 'deadlock: an issue that' : 'deadlocks: issues that'} got stuck as ${count === 1 ? 'a decision' : 'decisions'} on ${count === 1 ? 'its' : 'their'} own (see the appendix).`,
  moneyEquivalent: (amount) =>
    `To us that gain is worth as much as ${amount} (by the value of money the scenario gives us).`,
  moneyRow: 'Net gain expressed as money (for comparison)',
  noDeadlocks: 'None of the issues in this deal was deadlocked on its own.',
  deadlockLine: (option, regionGain) =>
    `choosing “${option}” brings the region ${regionGain} points together, but got stuck as a decision on its own.`,
  blockedBy: 'Blocked by:',
  reason: enReason,
  giveTitle: 'What we give',
  getTitle: 'What we get',
  nothingGiven: 'We give up nothing.',
  nothingGotten: 'We get nothing on the issues themselves.',
  changeHeader: ['Issue', 'Now', 'In the deal', 'Worth to us'],
  paymentTo: (to, amount) => `We pay ${amount} to ${to} (compensation).`,
  paymentFrom: (from, amount) => `We receive ${amount} from ${from} (compensation).`,
  netTitle: 'Our net result',
  netHeader: ['', 'Points'],
  utilityBefore: 'Value without an agreement (status quo)',
  utilityBeforeReservation: 'Value without an agreement (our reservation value)',
  utilityAfter: 'Value with the deal',
  fromIssues: 'of which from the issues',
  fromFallback: 'of which what stays as it is, less our reservation value',
  noStatusQuo: 'to be settled (no status quo)',
  fromInteractions: 'of which from issues that go together',
  fromMoney: 'of which from compensation',
  netGain: 'Net gain',
  pointsNote: 'Points are the scenario’s unit: how much weight we put on each issue, times how we value each option.',
  mandateTitle: 'The council’s mandate (kaders)',
  noMandate: 'The council set no mandate on these issues.',
  holds: 'Within the mandate',
  broken: 'OUTSIDE THE MANDATE',
  tight: 'tight',
  redLine: (issue, option, changed) =>
    `Red line: “${option}” on ${issue}${changed ? '' : ' (this issue does not change)'}`,
  allowedOptions: (issue, chosen, allowed, changed) =>
    `${issue}: allowed are ${allowed}; ${changed ? `the deal picks “${chosen}”` : 'this issue does not change'}`,
  minGain: (value, limit) => `Minimum gain ${limit}; the deal gives ${value}`,
  minDomainGain: (domain, value, limit, touched) =>
    `Minimum for ${domain}: ${limit}; the deal gives ${value}${touched ? '' : ' (not affected)'}`,
  maxPayment: (value, limit, unit) => `Payment cap ${limit} ${unit}; we pay ${value} ${unit}`,
  reservation: (value, limit) => `Reservation utility ${limit}; the deal gives ${value}`,
  othersTitle: 'Who else takes part, and what they get',
  othersHeader: ['Party', 'Gets', 'Gives', 'Net gain'],
  nothing: '—',
  tightRules: (rules) => ` (tight mandate: ${rules})`,
  withinMandate: ' (within mandate)',
  outsideMandate: ' (outside its mandate)',
  dated: (date) => `Date: ${longDate(date, enMonths)}`,
  notesTitle: 'Appendix: sources and caveats of the numbers',
  appendix: (title) => `Appendix: ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
  notesIntro: 'From the scenario file, as written there:',
  noNotes: 'The scenario file says nothing about where its numbers come from; treat them as illustrative.',
  outsidersLine: (list) => `Outside the deal, and no worse off: ${list}.`,
  noOutsiders: 'Every party at the table takes part.',
  risksTitle: 'Risks: if a council says no',
  ourCouncilSaysNo: (gain, open) =>
    `If our council says no, ${open === true ? 'there is no agreement and every party falls back to what it has without one' : 'everything stays as it is'}: we forgo ${gain} points, and the other participants their gains.`,
  partySaysNo: (party) => `If ${party} says no:`,
  anyOfSaysNo: (parties) => `If any of ${parties} says no:`,
  fallsBack: 'nothing is left and everything stays as it is.',
  noAgreement: 'the whole deal falls: there is no agreement, and every party falls back to what it has without one.',
  smallerHolds: (issues, gain) =>
    `the rest of the deal (${issues} ${issues === 1 ? 'issue' : 'issues'}) still holds; our gain becomes ${gain}.`,
  smallerFails:
    'what is left does not hold, because a participant would lose or break its mandate; the deal must be renegotiated.',
  tightRisk: (parties) => `Tight mandates: ${parties}. A no is most likely there.`,
  ruleName: (rule) => enRules[rule] ?? rule,
  kind: (kind) => enKinds[kind],
}

/**
 * The phrases of a council note in a language.
 * @example
 * noteText('nl').netGain // => 'Netto winst'
 * @category report
 */
export const noteText = (language: Language): NoteText => (language === 'nl' ? nl : en)
