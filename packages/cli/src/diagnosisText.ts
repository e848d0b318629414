/**
 * `mandjes diagnose` in words, every line under 100 columns: what it would take when there
 * is no deal, how firm the deal is when there is one.
 */
import { formatNumber, type Diagnosis, type Remedy, type Scenario } from 'mandjes'
import { type RemedyDeal, kaderLabel, kaderStepText, type KaderStep, type KaderStepNames } from 'mandjes/engine'

const WIDTH = 98
const n = (x: number | null | undefined) =>
  x === null || x === undefined ? '-' : Number.isFinite(x) ? formatNumber(x, 'en', { maxDigits: 4 }) : 'any'

/** Wraps one paragraph to the width, indenting continuation lines. */
const wrap = (text: string, indent = '', first = indent): string[] => {
  const lines: string[] = []
  let line = first
  let fresh = true
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (!fresh && line.length + 1 + word.length > WIDTH) {
      lines.push(line)
      line = indent
      fresh = true
    }
    line = fresh ? `${line}${word}` : `${line} ${word}`
    fresh = false
  }
  if (!fresh) lines.push(line)
  return lines
}

const dealText = (_s: Scenario, d: RemedyDeal | undefined): string =>
  d === undefined
    ? ''
    : `Deal: ${d.changes.map((i) => `${i} → ${d.deal.choices[i]}`).join(', ')}${d.deal.payments.length > 0 ? ` with ${d.deal.payments.map((p) => `${p.from} pays ${p.to} ${n(p.amount)}`).join(', ')}` : ''}.`

// The CLI shows ids, as the scenario file spells them; the words are core's.
const ids: KaderStepNames = { party: String, issue: String, option: (_, o) => o, domain: String, number: n }
const stepText = (st: KaderStep): string => kaderStepText(st, 'en', ids)

const proofText = (r: Remedy): string => {
  if (r.kind === 'coalition') return r.proof.minimal ? '(proven largest)' : '(not proven largest: time ran out)'
  if (r.kind === 'newOption') return ''
  return r.proof.minimal
    ? '(proven smallest)'
    : `(not proven smallest: time ran out${r.proof.bound === undefined ? '' : `; bound ${n(r.proof.bound)}`})`
}

const remedyText = (s: Scenario, r: Remedy): string => {
  switch (r.kind) {
    case 'relaxMinGain':
    case 'relaxDomainFloor':
    case 'liftRedLine':
    case 'allowOption':
      return `${stepText(r)} ${proofText(r)}. ${dealText(s, r.deal)}`
    case 'combination':
      return `Together: ${r.steps.map(stepText).join('; ')} (no smaller set works). ${dealText(s, r.deal)}`
    case 'payment':
      return `${r.hypothetical ? 'If compensation were allowed: ' : ''}${r.payments.map((p) => `${p.from} pays ${p.to} ${n(p.amount)}`).join(', ')} (total ${n(r.total)}, ${r.proof.minimal ? 'proven smallest' : 'not proven smallest'}). ${dealText(s, r.deal)}`
    case 'newOption': {
      const vals = (v: Readonly<Record<string, number | null>>) =>
        Object.entries(v)
          .map(([p, x]) => `${p} ${x === null ? 'impossible' : n(x)}`)
          .join(', ')
      const inDeal =
        r.inDeal === undefined
          ? 'no deal can take it in.'
          : `with ${
              Object.entries(r.inDeal.choices)
                .filter(([i, o]) => o !== s.statusQuo.choices[i as keyof typeof s.statusQuo.choices] && i !== r.issue)
                .map(([i, o]) => `${i} → ${o}`)
                .join(', ') || 'nothing else'
            }: ${vals(r.inDeal.values)}.`
      return `New option on ${r.issue}, worth more than (to each party, in its own values): alone ${vals(r.values)}; ${inDeal}${r.needsAllowance.length > 0 ? ` Needs the allowed options of ${r.needsAllowance.join(', ')} to admit it.` : ''}`
    }
    case 'coalition':
      return `Coalition ${r.parties.join(', ')} without ${r.left.join(', ')} ${proofText(r)}; those who leave would gain ${Object.entries(
        r.outsiderGains,
      )
        .map(([p, g]) => `${p} ${n(g)}`)
        .join(', ')}. ${dealText(s, r.deal)}`
    case 'relaxTarget': {
      const word = r.bound === 'atLeast' ? 'at least' : 'at most'
      return `Move target ${r.target} from ${word} ${n(r.from)} to ${word} ${n(r.to)} ${proofText(r)}. ${dealText(s, r.deal)}`
    }
  }
}

/**
 * The diagnosis as lines of text.
 * @example
 * diagnosisText(scenario, diagnose(scenario))[1] // => 'No valid deal exists. What it would take:'
 * @category cli
 */
export const diagnosisText = (s: Scenario, d: Diagnosis): string[] => {
  const lines = [...wrap(s.name)]
  if (d.dealExists && d.deal !== undefined) {
    lines.push(
      ...wrap(`A valid deal exists. ${dealText(s, d.deal)}`),
      '',
      'How firm it is: how far each number may move before the deal fails for that party.',
    )
    for (const m of d.margins ?? []) {
      lines.push(
        ...wrap(
          `${m.party}: room ${n(m.slack)} (${m.binding})${m.issues.length === 0 ? '' : `; ${m.issues.map((i) => `${i.issue}: value ${n(i.valueMargin)}, stake ${n(i.stakeMargin)}`).join('; ')}`}`,
          '    ',
          '  ',
        ),
      )
    }
    const f = d.firmness
    if (f !== undefined) {
      const pct = (x: number) => `${formatNumber(100 * x, 'en', { maxDigits: 1 })}%`
      lines.push(
        '',
        ...wrap(
          `With every stake and value uncertain by ±${pct(f.spread)}, the deal holds for every party with probability ${pct(f.probability)} ± ${pct(f.standardError)} (95% interval ${pct(f.interval[0])} to ${pct(f.interval[1])}; ${f.samples} draws, seed ${f.seed}).`,
        ),
      )
    }
    if (!d.complete)
      lines.push(
        '',
        ...wrap(
          'Stopped early: the deal is the best found so far, not proven best; the estimate rests on the draws made.',
        ),
      )
    return lines
  }
  if (d.dealExists === null)
    return [
      ...lines,
      ...wrap(
        'The search was stopped (by the time limit or Ctrl-C) before it could tell whether a valid deal exists; after a time limit, try a longer --time-limit.',
      ),
    ]
  lines.push('No valid deal exists. What it would take:')
  if (d.binding.length > 0)
    lines.push(
      ...wrap(
        `Kaders that bind (each dropped alone allows a deal): ${d.binding.map(kaderLabel).join('; ')}.`,
        '    ',
        '  ',
      ),
    )
  else lines.push(...wrap('No single kader, dropped alone, makes a deal possible.', '    ', '  '))
  d.remedies.forEach((r, k) => lines.push(...wrap(remedyText(s, r), '     ', `  ${String(k + 1).padStart(2)}. `)))
  if (d.remedies.length === 0)
    lines.push('  Nothing found: no kader, payment, new option or coalition makes a deal possible.')
  if (d.shortfalls.length > 0)
    lines.push(
      '',
      'Who blocks and by how much:',
      ...d.shortfalls.flatMap((x) =>
        wrap(
          `${x.party}: ${x.kader}${x.domain === undefined ? '' : ` ${x.domain}`} ${n(x.kaderValue)}, reachable ${n(x.reachable)}, short ${n(x.shortfall)}`,
          '    ',
          '  ',
        ),
      ),
    )
  if (!d.complete)
    lines.push(
      '',
      ...wrap(
        'The time limit cut the diagnosis short: remedies not marked proven may not be the smallest, and some may be missing.',
      ),
    )
  return lines
}
