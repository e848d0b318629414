/**
 * What the user changed on the page, kept apart from the scenario it changes: a party's stake
 * on an issue, its value for an option, a red line switched on or off, its minimum gain or a
 * domain floor (what a diagnose remedy relaxes), a regional target switched off, compensation
 * on or off.
 * Kept as plain ids so the changes fit in the page's address and survive a reload; applied to
 * the scenario as a whole each time (the scenario itself is never edited in place).
 */
import type { DomainId, IssueId, OptionId, OptionRef, Party, PartyId, Scenario } from 'mandjes'

/** party → issue → number. */
export type ByIssue<T> = Readonly<Record<string, Readonly<Record<string, T>>>>

/** The user's changes to a scenario. */
export interface Tweaks {
  /** party → issue → new stake. */
  readonly stakes: ByIssue<number>
  /** party → issue → option → new value. */
  readonly values: Readonly<Record<string, ByIssue<number>>>
  /** party → issue → option → red line on (true) or off (false). */
  readonly redLines: Readonly<Record<string, ByIssue<boolean>>>
  /** party → issue → option → allowed by the mandate (true) or not (false). */
  readonly allowed?: Readonly<Record<string, ByIssue<boolean>>>
  /** party → new minimum gain (a relaxed kader). */
  readonly minGains?: Readonly<Record<string, number>>
  /** party → domain → new floor of its gain in that domain (a relaxed kader). */
  readonly domainFloors?: ByIssue<number>
  /** Ids of the scenario's regional targets switched off. */
  readonly targetsOff?: readonly string[]
  /** Compensation payments allowed (only for scenarios with compensation); unset: the scenario's default. */
  readonly payments?: boolean
}

/** No changes. */
export const noTweaks: Tweaks = { stakes: {}, values: {}, redLines: {} }

/** The number of single changes (a stake, a value, a red line, the compensation switch). */
export const tweakCount = (t: Tweaks): number => {
  const count2 = (r: ByIssue<unknown>) => Object.values(r).reduce((n, x) => n + Object.keys(x).length, 0)
  const count3 = (r: Readonly<Record<string, ByIssue<unknown>>>) => Object.values(r).reduce((n, x) => n + count2(x), 0)
  return (
    count2(t.stakes) +
    count3(t.values) +
    count3(t.redLines) +
    count3(t.allowed ?? {}) +
    Object.keys(t.minGains ?? {}).length +
    count2(t.domainFloors ?? {}) +
    (t.targetsOff?.length ?? 0) +
    (t.payments === undefined ? 0 : 1)
  )
}

/** The scenario with the changes, and the changes that name something the scenario lacks. */
export interface Tweaked {
  readonly scenario: Scenario
  readonly ignored: readonly string[]
}

const tweakParty = (scenario: Scenario, party: Party, t: Tweaks, ignored: string[]): Party => {
  const stakes = t.stakes[party.id] ?? {}
  const values = t.values[party.id] ?? {}
  const lines = t.redLines[party.id] ?? {}
  const issueOf = (id: string) => scenario.issues.find((i) => i.id === id)
  const hasOption = (issue: string, option: string) => issueOf(issue)?.options.some((o) => o.id === option) === true
  const valuations = { ...party.valuations }
  for (const issue of new Set([...Object.keys(stakes), ...Object.keys(values)])) {
    const current = Object.hasOwn(valuations, issue) ? valuations[issue as IssueId] : undefined
    if (current === undefined) {
      ignored.push(`${party.id}: ${issue}`)
      continue
    }
    const newValues = { ...current.values }
    for (const [option, v] of Object.entries(values[issue] ?? {})) {
      if (hasOption(issue, option)) newValues[option as OptionId] = v
      else ignored.push(`${party.id}: ${issue} = ${option}`)
    }
    valuations[issue as IssueId] = { stake: stakes[issue] ?? current.stake, values: newValues }
  }
  let redLines: OptionRef[] = [...party.mandate.redLines]
  for (const [issue, options] of Object.entries(lines)) {
    for (const [option, on] of Object.entries(options)) {
      if (!hasOption(issue, option)) {
        ignored.push(`${party.id}: ${issue} = ${option}`)
        continue
      }
      redLines = redLines.filter((r) => r.issue !== issue || r.option !== option)
      if (on) redLines.push({ issue: issue as IssueId, option: option as OptionId })
    }
  }
  const allowedOptions = { ...party.mandate.allowedOptions }
  for (const [issue, options] of Object.entries(t.allowed?.[party.id] ?? {})) {
    const all = issueOf(issue)?.options.map((o) => o.id)
    if (all === undefined) {
      ignored.push(`${party.id}: ${issue}`)
      continue
    }
    let list: OptionId[] = [...(Object.hasOwn(allowedOptions, issue) ? (allowedOptions[issue as IssueId] ?? all) : all)]
    for (const [option, on] of Object.entries(options)) {
      if (!hasOption(issue, option)) {
        ignored.push(`${party.id}: ${issue} = ${option}`)
        continue
      }
      list = list.filter((o) => o !== option)
      if (on) list.push(option as OptionId)
    }
    // Scenario order; every option allowed is the same as no rule.
    const ordered = all.filter((o) => list.includes(o))
    if (ordered.length === all.length) delete allowedOptions[issue as IssueId]
    else allowedOptions[issue as IssueId] = ordered
  }
  const minGain = Object.hasOwn(t.minGains ?? {}, party.id) ? t.minGains![party.id] : party.mandate.minGain
  const minDomainGain = { ...party.mandate.minDomainGain }
  for (const [domain, floor] of Object.entries(t.domainFloors?.[party.id] ?? {})) {
    // A domain holding an issue without a status quo has no "before" to gain from: the reader
    // refuses such a floor (needsStatusQuo), so a link cannot set one either.
    const open = scenario.issues.some((i) => i.domain === domain && scenario.statusQuo.choices[i.id] === undefined)
    if (!scenario.domains.some((d) => d.id === domain) || open) ignored.push(`${party.id}: ${domain}`)
    else minDomainGain[domain as DomainId] = floor
  }
  const { minGain: _old, ...rest } = party.mandate
  return {
    ...party,
    valuations,
    mandate: { ...rest, redLines, allowedOptions, minDomainGain, ...(minGain === undefined ? {} : { minGain }) },
  }
}

/** Applies the changes; changes naming an unknown party, issue or option are listed, not applied. */
export const applyTweaks = (scenario: Scenario, t: Tweaks): Tweaked => {
  const ignored: string[] = []
  const known = new Set<string>(scenario.parties.map((p) => p.id))
  for (const id of new Set([
    ...Object.keys(t.stakes),
    ...Object.keys(t.values),
    ...Object.keys(t.redLines),
    ...Object.keys(t.allowed ?? {}),
    ...Object.keys(t.minGains ?? {}),
    ...Object.keys(t.domainFloors ?? {}),
  ]))
    if (!known.has(id)) ignored.push(id)
  const parties = scenario.parties.map((p) => tweakParty(scenario, p, t, ignored))
  const off = t.targetsOff ?? []
  for (const id of off) if (!(scenario.targets ?? []).some((x) => x.id === id)) ignored.push(id)
  const targets = scenario.targets?.filter((x) => !off.includes(x.id))
  // A scenario without targets has no `targets` key (it reads and writes as before).
  const { targets: _t, ...withoutTargets } = scenario
  return {
    scenario: {
      ...withoutTargets,
      parties,
      ...(targets === undefined || targets.length === 0 ? {} : { targets }),
    },
    ignored,
  }
}

/** Whether a party has a red line on an option, after the changes. */
export const hasRedLine = (party: Party, issue: IssueId, option: OptionId): boolean =>
  party.mandate.redLines.some((r) => r.issue === issue && r.option === option)

/** Whether a party's mandate allows an option, after the changes (no rule for the issue: every option). */
export const isAllowed = (party: Party, issue: IssueId, option: OptionId): boolean =>
  party.mandate.allowedOptions[issue]?.includes(option) ?? true

/** Sets one entry of a nested record, returning a new record. */
export const setIn2 = <T>(r: ByIssue<T>, a: string, b: string, v: T): ByIssue<T> => ({ ...r, [a]: { ...r[a], [b]: v } })

/** Sets one entry of a three-level record, returning a new record. */
export const setIn3 = <T>(
  r: Readonly<Record<string, ByIssue<T>>>,
  a: string,
  b: string,
  c: string,
  v: T,
): Readonly<Record<string, ByIssue<T>>> => ({ ...r, [a]: setIn2(r[a] ?? {}, b, c, v) })

/** The id of a party, as the scenario brands it. */
export const partyId = (id: string): PartyId => id as PartyId
