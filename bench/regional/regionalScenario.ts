/**
 * Builds one regional-shaped scenario, in the native scenario-file form (a plain object that
 * `decodeScenario` reads), from a rung of bench/regional/rungs.ts. Every number is invented
 * and drawn from a seeded stream, so the same rung gives the same file on any machine.
 *
 * The shape: municipalities on a line (neighbours are adjacent), grouped into sub-regions
 * with one housing corporation each, under one or two provinces. Issues:
 * - `homes-<m>` (housing, quantity 0..600 homes, status quo 200): the municipality mostly
 *   loses by building more, its corporation and its province gain; a few growth
 *   municipalities gain too.
 * - `svc-<k>` (services): 3-7 neighbouring members, options `separate` (status quo) or a
 *   host among 2-3 candidates; the host gains, the others give up control, all save money.
 *   In a module rung the same service is a module (bench/regional/sharedServiceModule.ts):
 *   status quo `none`, each member joins or stays out, the search chooses the coalition.
 * - `road-<k>` (mobility): between two neighbours, `none` (status quo), `direct` or
 *   `bypass`; one gains access, the other bears the nuisance, the province has a view.
 * - `pool-<k>` (amenities): 2-3 neighbours each keep their own pool (status quo) or share
 *   one at a member; the host gains, the others save money but lose their pool.
 * Mandates: minGain for about a third of the municipalities, domain floors (services or
 * amenities must not lose; the province may lose at most 1 on mobility), red lines (a direct
 * road through the nuisance bearer, closing one's own pool). Variants add interaction terms
 * and compensation, drawn from a second stream so the base numbers stay the parent rung's;
 * module rungs draw their fixed costs from a third.
 */
import { RandomStream, rngFromSeed } from '../../packages/core/src/internal/random.js'
import { issuesOf, partiesOf, type Rung } from './rungs.js'
import { sharedServiceModule } from './sharedServiceModule.js'

type Json = Record<string, unknown>

interface PartyDraft {
  readonly id: string
  readonly name: string
  readonly kind: 'municipality' | 'province' | 'housingCorporation'
  readonly valuations: Record<string, Json>
  readonly interactions: Json[]
  readonly mandate: {
    minGain?: number
    minDomainGain?: Record<string, number>
    redLines?: { issue: string; option: string }[]
    maxPayment?: number
  }
  moneyValue?: number
}

const round = (x: number, digits = 2): number => Number(x.toFixed(digits))

/** The scenario file of one rung. */
export const regionalScenario = (r: Rung): Json => {
  const random = new RandomStream(rngFromSeed(r.seed))
  const extra = new RandomStream(rngFromSeed(r.seed * 7919 + 1))
  // The module rungs' own numbers (fixed costs), apart, so the other two streams stay the parent's.
  const modular = new RandomStream(rngFromSeed(r.seed * 7919 + 2))
  const between = (s: RandomStream, lo: number, hi: number, digits = 2) => round(lo + (hi - lo) * s.next(), digits)
  const n = r.municipalities
  const width = n >= 100 ? 3 : 2
  const mId = (i: number) => `m${String(i + 1).padStart(width, '0')}`
  const subOf = (i: number) => Math.floor((i * r.subRegions) / n)
  const provinceOfSub = (s: number) => (r.provinces === 1 ? 0 : s < r.subRegions / 2 ? 0 : 1)

  const municipalities: PartyDraft[] = Array.from({ length: n }, (_, i) => ({
    id: mId(i),
    name: `Gemeente ${mId(i).slice(1)}`,
    kind: 'municipality',
    valuations: {},
    interactions: [],
    mandate: {},
  }))
  const provinces: PartyDraft[] = Array.from({ length: r.provinces }, (_, p) => ({
    id: `prov${p + 1}`,
    name: `Provincie ${p + 1}`,
    kind: 'province',
    valuations: {},
    interactions: [],
    mandate: { minDomainGain: { mobility: -1 } },
  }))
  const corporations: PartyDraft[] = Array.from({ length: r.subRegions }, (_, s) => ({
    id: `hc${s + 1}`,
    name: `Woningcorporatie ${s + 1}`,
    kind: 'housingCorporation',
    valuations: {},
    interactions: [],
    mandate: { minDomainGain: { housing: 0 } },
  }))
  const provinceOf = (i: number) => provinces[provinceOfSub(subOf(i))]!
  const issues: Json[] = []
  const statusQuo: Record<string, string> = {}

  // Homes to 2030, one issue per municipality.
  municipalities.forEach((m, i) => {
    const id = `homes-${m.id}`
    issues.push({ id, domain: 'housing', kind: 'quantity', unit: 'homes', range: { from: 0, to: 600, step: 200 } })
    statusQuo[id] = '200'
    const growth = random.next() < 0.15
    const perHome = growth ? between(random, 0.05, 0.3) / 200 : -between(random, 0.4, 1.6) / 200
    m.valuations[id] = { stake: 1, linear: { perUnit: round(perHome, 5) } }
    corporations[subOf(i)]!.valuations[id] = {
      stake: 1,
      linear: { perUnit: round(between(random, 0.2, 0.8) / 200, 5) },
    }
    provinceOf(i).valuations[id] = { stake: 1, linear: { perUnit: round(between(random, 0.1, 0.5) / 200, 5) } }
  })

  // A window of `size` neighbours somewhere on the line.
  const window = (size: number): number[] => {
    const s = Math.min(size, n)
    const start = random.int(n - s + 1)
    return Array.from({ length: s }, (_, k) => start + k)
  }
  const pick = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items]
    const out: T[] = []
    while (out.length < count && pool.length > 0) out.push(pool.splice(random.int(pool.length), 1)[0]!)
    return out
  }

  // Shared services: the host gains, the others give up control, all save money. As a choice
  // issue (`separate` or a host, every member in, each with a veto) or, in a module rung, as a
  // module (each member joins or stays out). Both draw the same numbers from `random`.
  const servicesOf: string[][] = municipalities.map(() => [])
  for (let k = 0; k < r.services; k++) {
    const members = window(3 + random.int(5))
    const hosts = pick(members, 2 + random.int(2)).sort((a, b) => a - b)
    const id = `svc-${k + 1}`
    const drawn = members.map((j) => ({
      j,
      saving: between(random, 0.2, 0.8),
      control: between(random, 0.4, 1.4),
      hostGain: between(random, 0.3, 1.0),
    }))
    for (const j of members) servicesOf[j]!.push(id)
    if (r.modules) {
      issues.push(sharedServiceModule(id, drawn, hosts, mId, between(modular, 0.1, 0.3)))
      statusQuo[id] = 'none'
      continue
    }
    issues.push({ id, domain: 'services', options: ['separate', ...hosts.map((h) => `host-${mId(h)}`)] })
    statusQuo[id] = 'separate'
    for (const { j, saving, control, hostGain } of drawn) {
      const values: Record<string, number> = { separate: 0 }
      for (const h of hosts) values[`host-${mId(h)}`] = round(h === j ? saving + hostGain : saving - control)
      municipalities[j]!.valuations[id] = { stake: 1, values }
    }
  }

  // Roads between two neighbours: access for one, nuisance for the other, a view for the province.
  for (let k = 0; k < r.roads; k++) {
    const left = random.int(n - 1)
    const [a, b] = random.next() < 0.5 ? [left, left + 1] : [left + 1, left]
    const id = `road-${k + 1}`
    issues.push({ id, domain: 'mobility', options: ['none', 'direct', 'bypass'] })
    statusQuo[id] = 'none'
    const access = between(random, 0.6, 1.6)
    const nuisance = between(random, 0.6, 1.6)
    const view = between(random, -0.6, 0.4)
    municipalities[a]!.valuations[id] = { stake: 1, values: { none: 0, direct: access, bypass: round(0.6 * access) } }
    municipalities[b]!.valuations[id] = {
      stake: 1,
      values: { none: 0, direct: -nuisance, bypass: -round(nuisance * between(random, 0.2, 0.5)) },
    }
    provinceOf(a).valuations[id] = {
      stake: 1,
      values: { none: 0, direct: view, bypass: round(view - between(random, 0.1, 0.4)) },
    }
    if (random.next() < 0.25) (municipalities[b]!.mandate.redLines ??= []).push({ issue: id, option: 'direct' })
    if (r.interactions && extra.next() < 0.6) {
      municipalities[a]!.interactions.push({
        between: [
          { issue: `homes-${mId(a)}`, option: extra.next() < 0.5 ? '400' : '600' },
          { issue: id, option: 'direct' },
        ],
        value: between(extra, 0.2, 0.6),
      })
    }
  }

  // Pools and amenities among 2-3 neighbours: keep one's own, or share one at a member.
  for (let k = 0; k < r.pools; k++) {
    const members = window(2 + random.int(2))
    const id = `pool-${k + 1}`
    issues.push({ id, domain: 'amenities', options: ['own', ...members.map((h) => `shared-${mId(h)}`)] })
    statusQuo[id] = 'own'
    for (const j of members) {
      const values: Record<string, number> = { own: 0 }
      const saving = between(random, 0.2, 0.6)
      const loss = between(random, 0.3, 1.2)
      for (const h of members) values[`shared-${mId(h)}`] = h === j ? between(random, 0.3, 1.0) : round(saving - loss)
      municipalities[j]!.valuations[id] = { stake: 1, values }
      if (random.next() < 0.1)
        (municipalities[j]!.mandate.redLines ??= []).push({
          issue: id,
          option: `shared-${mId(members.find((h) => h !== j)!)}`,
        })
    }
  }

  // Mandates: minGain for about a third, a domain floor for about a fifth.
  for (const m of municipalities) {
    if (random.next() < 1 / 3) m.mandate.minGain = between(random, 0.05, 0.3)
    if (random.next() < 0.2) {
      // A module rung's members do not value their services in `valuations`: count them too.
      const mine = [...Object.keys(m.valuations), ...servicesOf[municipalities.indexOf(m)]!]
      const domain =
        mine.some((i) => i.startsWith('svc-')) && (random.next() < 0.5 || !mine.some((i) => i.startsWith('pool-')))
          ? 'services'
          : 'amenities'
      if (mine.some((i) => i.startsWith(domain === 'services' ? 'svc-' : 'pool-')))
        m.mandate.minDomainGain = { [domain]: 0 }
    }
  }

  // Interaction variant, second kind: hosting a service while building a lot strains the organisation.
  if (r.interactions) {
    // Host options are coalitions in a module rung: this term is written for choice rungs only.
    if (r.modules) throw new Error(`${r.name}: interaction terms on module rungs are not modelled`)
    for (const issue of issues.filter((i) => String(i.id).startsWith('svc-'))) {
      for (const option of (issue.options as string[]).slice(1)) {
        if (extra.next() < 0.4) {
          const host = municipalities.find((m) => `host-${m.id}` === option)!
          host.interactions.push({
            between: [
              { issue: issue.id, option },
              { issue: `homes-${host.id}`, option: '600' },
            ],
            value: -between(extra, 0.1, 0.4),
          })
        }
      }
    }
  }

  const parties = [...municipalities, ...provinces, ...corporations]
  if (r.compensation) {
    for (const p of parties) {
      p.moneyValue =
        p.kind === 'municipality'
          ? between(extra, 0.3, 1.0)
          : p.kind === 'province'
            ? between(extra, 0.2, 0.5)
            : between(extra, 0.3, 0.8)
      if (p.kind === 'municipality' && extra.next() < 0.4) p.mandate.maxPayment = between(extra, 0.5, 2)
    }
  }

  return {
    version: 1,
    name: `Regional ladder ${r.name}: ${partiesOf(r)} parties, ${issuesOf(r)} issues`,
    description: r.models,
    notes: [
      `Every number in this file is invented: generated by bench/regional/generate.ts from seed ${r.seed}. The shape follows issue 10 of mandjes, not the facts of any real region.`,
      'Utilities are invented points per issue (about -1.6 to 1.6 per change); homes issues are linear in the number of homes.',
      ...(r.compensation
        ? ['Compensation amounts (EUR million), money values and payment caps are invented too.']
        : []),
      ...(r.modules
        ? [
            "Shared services are modules: each member joins or stays out; at full membership each value is the choice rung's, smaller coalitions share the (invented) fixed cost among fewer.",
          ]
        : []),
    ],
    ...(r.compensation ? { compensation: { unit: 'EUR million' } } : {}),
    domains: [
      { id: 'housing', name: 'Wonen' },
      { id: 'services', name: 'Bedrijfsvoering' },
      { id: 'mobility', name: 'Mobiliteit' },
      { id: 'amenities', name: 'Voorzieningen' },
    ],
    issues,
    parties: parties.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      ...(p.moneyValue === undefined ? {} : { moneyValue: p.moneyValue }),
      valuations: p.valuations,
      ...(p.interactions.length === 0 ? {} : { interactions: p.interactions }),
      ...(Object.keys(p.mandate).length === 0 ? {} : { mandate: p.mandate }),
    })),
    statusQuo,
  }
}
