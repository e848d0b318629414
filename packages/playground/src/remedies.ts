/**
 * Diagnose's remedies on the page: each one in words (names and numbers, Dutch or English),
 * and as page changes where it is one. A remedy that relaxes kaders (a minimum gain, a domain
 * floor, a red line, an allowed option, or several together) becomes changes the user sees in
 * the change controls, can undo, and can share in the address. One that adds what the
 * scenario lacks (compensation where none is allowed, a new option, a smaller table) has no
 * page change: the page applies core's `applyRemedy` and opens the result as a new scenario.
 */
import { formatNumber, type Remedy } from 'mandjes'
import { isKaderRemedy, kaderStepText, kaderSteps, type RemedyDeal, type KaderStep } from 'mandjes/engine'
import { setIn2, setIn3, type Tweaks } from './tweaks'
import type { ViewContext } from './views/Context'

const applyStep = (t: Tweaks, s: KaderStep): Tweaks => {
  switch (s.kind) {
    case 'relaxMinGain':
      return { ...t, minGains: { ...t.minGains, [s.party]: s.to } }
    case 'relaxDomainFloor':
      return { ...t, domainFloors: setIn2(t.domainFloors ?? {}, s.party, s.domain, s.to) }
    case 'liftRedLine':
      return { ...t, redLines: setIn3(t.redLines, s.party, s.issue, s.option, false) }
    case 'allowOption':
      return { ...t, allowed: setIn3(t.allowed ?? {}, s.party, s.issue, s.option, true) }
  }
}

/** The remedy as page changes on top of `tweaks`, or undefined when it is not one (see above). */
export const remedyTweaks = (remedy: Remedy, tweaks: Tweaks): Tweaks | undefined => {
  // Core says which remedies are kader steps, the same answer its applyRemedy uses.
  if (isKaderRemedy(remedy)) return kaderSteps(remedy).reduce(applyStep, tweaks)
  switch (remedy.kind) {
    case 'payment':
      // Not hypothetical: the scenario allows compensation, the page had switched it off.
      return remedy.hypothetical ? undefined : { ...tweaks, payments: true }
    // A target's bound is the region's, not a party's kader: core's applyRemedy moves it.
    case 'relaxTarget':
    case 'newOption':
    case 'coalition':
      return undefined
  }
}

// The words are core's, shared with the council note and the CLI; the names and numbers the page's.
const stepText = (s: KaderStep, ctx: ViewContext): string =>
  kaderStepText(s, ctx.lang, { ...ctx.names, number: (x) => formatNumber(x, ctx.lang) })

/** What a remedy asks, in one sentence with the names and numbers. */
export const remedyText = (remedy: Remedy, ctx: ViewContext): string => {
  const { w, names, lang } = ctx
  const n = (x: number) => formatNumber(x, lang)
  const gains = (g: Readonly<Record<string, number>>) =>
    Object.entries(g)
      .map(([p, x]) => `${names.party(p)} ${formatNumber(x, lang, { signed: true })}`)
      .join(', ')
  if (isKaderRemedy(remedy))
    return kaderSteps(remedy)
      .map((s) => stepText(s, ctx))
      .join(w.remedy.and)
  switch (remedy.kind) {
    case 'payment': {
      const list = remedy.payments.map((p) => `${names.party(p.from)} → ${names.party(p.to)} ${n(p.amount)}`).join(', ')
      const text = w.remedy.payment(n(remedy.total), list)
      return remedy.hypothetical ? `${text} (${w.remedy.paymentHypothetical})` : text
    }
    case 'newOption': {
      const values = Object.entries(remedy.values)
        .map(
          ([p, v]) =>
            `${names.party(p)} ${v === null ? w.remedy.unreachable : formatNumber(v, lang, { signed: true })}`,
        )
        .join(', ')
      return w.remedy.newOption(names.issue(remedy.issue), values)
    }
    case 'relaxTarget':
      return w.remedy.relaxTarget(names.target(remedy.target), remedy.bound, n(remedy.from), n(remedy.to))
    case 'coalition':
      return w.remedy.coalition(remedy.left.map(names.party).join(', '), gains(remedy.outsiderGains))
  }
}

/** The deal a remedy makes possible, in one sentence. */
export const remedyDealText = (deal: RemedyDeal, ctx: ViewContext): string => {
  const total = deal.participants.reduce((s, p) => s + (deal.gains[p] ?? 0), 0)
  return ctx.w.remedyDeal(deal.changes.length, deal.participants.length, formatNumber(total, ctx.lang))
}
