/**
 * Words a council note in one language: every sentence of the note is chosen here, from the
 * note's data and `noteText`. Numbers are formatted for the language (Dutch `1.234,5`).
 */
import type { CouncilNote, MandateCheck, NoteBlocker, NoteChange, NoteOption } from './CouncilNote.js'
import { formatNumber } from './formatNumber.js'
import { optionText, unitIn as unitInLanguage } from './optionText.js'
import type { Language } from './Language.js'
import { list, paragraph, table, type Block, type Inline, type NoteDocument, type Section } from './NoteDocument.js'
import { noteText, type NoteText } from './noteText.js'
import { firmnessSection } from './diagnosisSection.js'
import { moduleSection } from './moduleSection.js'

/** A unit in the note's language: the scenario's name for it there (`woningen`), else as written. */
const unitIn = (note: CouncilNote, unit: string | undefined, language: Language): string | undefined =>
  unitInLanguage(note.units, unit, language)

const changeRows = (note: CouncilNote, changes: readonly NoteChange[], language: Language): (readonly Inline[])[][] =>
  changes.map((c) => [
    [c.issueName],
    [
      c.from === undefined
        ? noteText(language).noStatusQuo
        : optionText(c.from, unitIn(note, c.unit, language), language),
    ],
    [optionText(c.to, unitIn(note, c.unit, language), language)],
    [formatNumber(c.gain, language, { signed: true })],
  ])

/** One entry per blocking party, its reasons joined: a party that loses and misses its minimum is named once. */
const blockersText = (blockers: readonly NoteBlocker[], t: NoteText, language: Language): string => {
  const byParty = new Map<string, { name: string; reasons: string[]; gain: number }>()
  for (const b of blockers) {
    const entry = byParty.get(b.party.id) ?? { name: b.party.name, reasons: [], gain: b.gain }
    const reason = t.reason(b)
    if (!entry.reasons.includes(reason)) entry.reasons.push(reason)
    byParty.set(b.party.id, entry)
  }
  return [...byParty.values()]
    .map((e) => `${e.name} (${e.reasons.join(', ')}; ${formatNumber(e.gain, language, { signed: true })})`)
    .join('; ')
}

const mandateLine = (
  note: CouncilNote,
  check: MandateCheck,
  t: NoteText,
  language: Language,
  unit: string,
): Inline[] => {
  const n = (x: number) => formatNumber(x, language)
  // Options in mandate rules as everywhere else in the note: `1.300 woningen`, not `1300 homes`.
  const option = (issue: string, o: NoteOption) =>
    optionText(o, unitIn(note, note.issueUnits?.[issue], language), language)
  const text = (() => {
    switch (check.rule) {
      case 'redLine':
        return t.redLine(check.issueName, option(check.issue, check.option), check.changed)
      case 'allowedOptions':
        return t.allowedOptions(
          check.issueName,
          option(check.issue, check.chosen),
          check.allowed.map((o) => option(check.issue, o)).join(', '),
          check.changed,
        )
      case 'minGain':
        return t.minGain(n(check.value), n(check.limit))
      case 'minDomainGain':
        return t.minDomainGain(check.domainName, n(check.value), n(check.limit), check.touched)
      case 'maxPayment':
        return t.maxPayment(n(check.value), n(check.limit), unit)
      case 'reservation':
        return t.reservation(n(check.value), n(check.limit))
    }
  })()
  const verdict = check.holds ? (check.tight ? `${t.holds} (${t.tight})` : t.holds) : t.broken
  return [{ strong: `${verdict}:` }, ` ${text}`]
}

/**
 * A council note as a document in Dutch or English, ready for `documentToMarkdown` or
 * `documentToHtml`.
 *
 * @example
 * noteToDocument(councilNoteFor(scenario, deal, 'A' as PartyId), 'nl').sections[0]!.title
 * // => 'Samenvatting'
 *
 * @category report
 */
export const noteToDocument = (note: CouncilNote, language: Language): NoteDocument => {
  const t = noteText(language)
  const n = (x: number, signed = false) => formatNumber(x, language, { signed })
  const unit = unitIn(note, note.compensationUnit, language) ?? ''
  const sections: Section[] = []
  const deadlockOption = (d: CouncilNote['deadlocksSolved'][number]) =>
    optionText(d.option, unitIn(note, note.issueUnits?.[d.issue], language), language)
  // Points as money for this party, where the scenario says what money is worth to it.
  const asMoney = (points: number): string | undefined =>
    note.compensationUnit === undefined || note.moneyValue === undefined || note.moneyValue <= 0
      ? undefined
      : `${n(points / note.moneyValue, true)} ${unit}`
  const money = asMoney(note.netGain)

  const summary: Block[] = [
    paragraph(note.valid ? t.validDeal : t.invalidDeal(note.flaws.length)),
    paragraph(
      note.participates
        ? t.summary(
            note.party.name,
            n(note.netGain, true),
            note.changes.length,
            note.others.length + 1,
            note.fallsBackToReservation === true,
          )
        : t.outsideSummary(note.party.name, n(note.netGain, true)),
    ),
    ...(money === undefined ? [] : [paragraph(t.moneyEquivalent(money))]),
    ...(note.deadlocksSolved.length === 0 ? [] : [paragraph(t.deadlocksSummary(note.deadlocksSolved.length))]),
  ]
  sections.push({ title: language === 'nl' ? 'Samenvatting' : 'Summary', blocks: summary })

  // Which issues were stuck and who held them up is the long part of a regional note: an
  // appendix; the summary says how many.
  sections.push({
    title: t.appendix(t.deadlocksTitle),
    appendix: true,
    blocks:
      note.deadlocksSolved.length === 0
        ? [paragraph(t.noDeadlocks)]
        : [
            list(
              note.deadlocksSolved.map((d): Inline[] => [
                { strong: d.issueName },
                `: ${t.deadlockLine(deadlockOption(d), n(d.regionGain, true))} ${t.blockedBy} `,
                blockersText(d.blockers, t, language),
                '.',
              ]),
            ),
          ],
  })

  const modules = moduleSection(note.modules ?? [], language)
  if (modules !== undefined) sections.push(modules)

  const paymentLines = (kind: 'made' | 'received'): Block[] => {
    const payments = kind === 'made' ? note.paymentsMade : note.paymentsReceived
    if (payments.length === 0) return []
    return [
      list(
        payments.map((p) => [
          kind === 'made'
            ? t.paymentTo(p.to.name, `${n(p.amount)} ${unit}`)
            : t.paymentFrom(p.from.name, `${n(p.amount)} ${unit}`),
        ]),
      ),
    ]
  }
  sections.push({
    title: t.giveTitle,
    blocks: [
      ...(note.gives.length === 0 && note.paymentsMade.length === 0 ? [paragraph(t.nothingGiven)] : []),
      ...(note.gives.length > 0 ? [table(t.changeHeader, changeRows(note, note.gives, language), [3])] : []),
      ...paymentLines('made'),
    ],
  })
  sections.push({
    title: t.getTitle,
    blocks: [
      ...(note.gets.length === 0 && note.paymentsReceived.length === 0 ? [paragraph(t.nothingGotten)] : []),
      ...(note.gets.length > 0 ? [table(t.changeHeader, changeRows(note, note.gets, language), [3])] : []),
      ...paymentLines('received'),
    ],
  })

  const fromIssues = note.changes.reduce((sum, c) => sum + c.gain, 0)
  const netRows: (readonly Inline[])[][] = [
    [[note.fallsBackToReservation === true ? t.utilityBeforeReservation : t.utilityBefore], [n(note.utilityBefore)]],
    [[t.utilityAfter], [n(note.utilityAfter)]],
    [[t.fromIssues], [n(fromIssues, true)]],
  ]
  if (note.fallbackGain !== 0) netRows.push([[t.fromFallback], [n(note.fallbackGain, true)]])
  if (note.interactionGain !== 0) netRows.push([[t.fromInteractions], [n(note.interactionGain, true)]])
  if (note.moneyGain !== 0) netRows.push([[t.fromMoney], [n(note.moneyGain, true)]])
  netRows.push([[{ strong: t.netGain }], [{ strong: n(note.netGain, true) }]])
  if (money !== undefined) netRows.push([[t.moneyRow], [money]])
  sections.push({ title: t.netTitle, blocks: [table(t.netHeader, netRows, [1]), paragraph(t.pointsNote)] })

  sections.push({
    title: t.mandateTitle,
    blocks:
      note.mandate.length === 0
        ? [paragraph(t.noMandate)]
        : [list(note.mandate.map((c) => mandateLine(note, c, t, language, unit)))],
  })

  const summaryOf = (changes: readonly NoteChange[]) =>
    changes.length === 0
      ? t.nothing
      : changes.map((c) => `${c.issueName}: ${optionText(c.to, unitIn(note, c.unit, language), language)}`).join('; ')
  const otherRows = note.others.map((o): (readonly Inline[])[] => [
    // A public note says only whether another party stays within its mandate; which of its
    // rules are tight is shown only when asked for (othersMandateDetail).
    [
      o.party.name,
      !o.withinMandate
        ? t.outsideMandate
        : o.tightRules.length > 0
          ? t.tightRules(o.tightRules.map(t.ruleName).join(', '))
          : t.withinMandate,
    ],
    [summaryOf(o.gets)],
    [summaryOf(o.gives)],
    [n(o.gain, true)],
  ])
  // One line per party whose no leaves a smaller deal standing; parties whose no has the same
  // consequence otherwise are named together, so a deal of thirteen parties stays readable.
  // An issue without a status quo (a change with no "now") cannot stay as it is: a no means no agreement.
  const open = note.changes.some((c) => c.from === undefined)
  const riskItems: Inline[][] = [[t.ourCouncilSaysNo(n(note.netGain, true), open)]]
  const names = (rs: readonly { readonly party: { readonly name: string } }[]) => rs.map((r) => r.party.name).join(', ')
  const group = (rs: readonly (typeof note.risks)[number][], outcome: string) => {
    if (rs.length === 1) riskItems.push([{ strong: t.partySaysNo(rs[0]!.party.name) }, ` ${outcome}`])
    else if (rs.length > 1) riskItems.push([{ strong: t.anyOfSaysNo(names(rs)) }, ` ${outcome}`])
  }
  for (const r of note.risks.filter((x) => x.remainingValid))
    riskItems.push([
      { strong: t.partySaysNo(r.party.name) },
      ` ${t.smallerHolds(r.remaining.length, n(r.ourGain, true))}`,
    ])
  group(
    note.risks.filter((x) => x.remaining.length === 0),
    open ? t.noAgreement : t.fallsBack,
  )
  group(
    note.risks.filter((x) => x.remaining.length > 0 && !x.remainingValid),
    t.smallerFails,
  )
  const tight = note.risks.filter((x) => x.tight)
  if (tight.length > 0) riskItems.push([t.tightRisk(names(tight))])
  sections.push({ title: t.risksTitle, blocks: [list(riskItems)] })
  if (note.firmness !== undefined)
    sections.push(
      firmnessSection(
        note.firmness,
        note.party.id,
        (id) => [note.party, ...note.others.map((o) => o.party)].find((p) => p.id === id)?.name ?? id,
        language,
        (id) => note.changes.find((c) => c.issue === id)?.issueName ?? id,
        note.fallsBackToReservation === true,
      ),
    )

  // The details per other participant are long in a region of thirteen parties: an appendix,
  // so the note itself stays a short read.
  sections.push({
    title: t.appendix(t.othersTitle),
    appendix: true,
    blocks: [
      ...(otherRows.length > 0 ? [table(t.othersHeader, otherRows, [3])] : []),
      paragraph(
        note.outsiders.length === 0
          ? t.noOutsiders
          : t.outsidersLine(note.outsiders.map((o) => `${o.party.name} (${n(o.gain, true)})`).join(', ')),
      ),
    ],
  })

  // The scenario's own caveats ("INVENTED: ...") travel with every note, last, as an appendix.
  sections.push({
    title: t.notesTitle,
    appendix: true,
    blocks:
      note.scenarioNotes.length === 0
        ? [paragraph(t.noNotes)]
        : [paragraph(t.notesIntro), list(note.scenarioNotes.map((x) => [x]))],
  })

  const subtitle =
    note.date === undefined ? t.subtitle(note.scenarioName) : `${t.subtitle(note.scenarioName)}. ${t.dated(note.date)}`
  // The summary first (what we give and get, the mandate, the risks, how firm), then the appendix.
  const ordered = [...sections.filter((x) => x.appendix !== true), ...sections.filter((x) => x.appendix === true)]
  return { language, title: t.title(note.party.name), subtitle, sections: ordered }
}
