/**
 * The page's state in its address, so a link reproduces the view: the example, the language,
 * the objective, the parties chosen for the frontier and the notes, the changes and the swing
 * weights (as JSON).
 * A hand-edited address never breaks the page: unreadable parts fall back to defaults.
 */
import type { Language, Objective } from 'mandjes'
import { hasWeights, type SwingWeights } from './swing'
import { noTweaks, type Tweaks } from './tweaks'

/** What the address holds. */
export interface PageState {
  readonly example?: string
  readonly lang: Language
  readonly objective: Objective
  /** The party whose view, changes and note are shown. */
  readonly party?: string
  readonly x?: string
  readonly y?: string
  readonly tweaks: Tweaks
  /** Swing weights (party → domain or issue → weight): they rank deals, never change validity. */
  readonly weights?: SwingWeights
}

const objectiveNames: readonly Objective[] = ['sum', 'maxmin', 'nash', 'fewest']

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)

/** Keeps, from a parsed JSON tree, only records `depth` levels deep whose leaves pass `leaf`. */
const nested = (x: unknown, depth: number, leaf: (v: unknown) => boolean): Record<string, unknown> => {
  if (!isRecord(x)) return {}
  // fromEntries defines own properties, so a key like "__proto__" stays a plain key.
  return Object.fromEntries(
    Object.entries(x).flatMap(([k, v]): [string, unknown][] =>
      depth === 1 ? (leaf(v) ? [[k, v]] : []) : isRecord(v) ? [[k, nested(v, depth - 1, leaf)]] : [],
    ),
  )
}

const readTweaks = (text: string | null): Tweaks => {
  if (text === null) return noTweaks
  try {
    const raw: unknown = JSON.parse(text)
    if (!isRecord(raw)) return noTweaks
    const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
    const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean'
    return {
      stakes: nested(raw['stakes'], 2, isNumber) as Tweaks['stakes'],
      values: nested(raw['values'], 3, isNumber) as Tweaks['values'],
      redLines: nested(raw['redLines'], 3, isBoolean) as Tweaks['redLines'],
      ...(isRecord(raw['allowed'])
        ? { allowed: nested(raw['allowed'], 3, isBoolean) as NonNullable<Tweaks['allowed']> }
        : {}),
      ...(isRecord(raw['minGains'])
        ? { minGains: nested(raw['minGains'], 1, isNumber) as Record<string, number> }
        : {}),
      ...(isRecord(raw['domainFloors'])
        ? { domainFloors: nested(raw['domainFloors'], 2, isNumber) as NonNullable<Tweaks['domainFloors']> }
        : {}),
      ...(Array.isArray(raw['targetsOff'])
        ? { targetsOff: raw['targetsOff'].filter((x): x is string => typeof x === 'string') }
        : {}),
      ...(typeof raw['payments'] === 'boolean' ? { payments: raw['payments'] } : {}),
    }
  } catch {
    return noTweaks
  }
}

const readWeights = (text: string | null): { weights?: SwingWeights } => {
  if (text === null) return {}
  try {
    const w = nested(JSON.parse(text), 2, (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0)
    return { weights: w as SwingWeights }
  } catch {
    return {}
  }
}

/** Reads the state from an address's query string. */
export const readPageState = (search: string, fallbackLang: Language): PageState => {
  const q = new URLSearchParams(search)
  const lang = q.get('lang')
  const objective = q.get('objective') as Objective | null
  const get = (k: string) => q.get(k) ?? undefined
  const example = get('example')
  const party = get('party')
  const x = get('x')
  const y = get('y')
  return {
    ...(example === undefined ? {} : { example }),
    lang: lang === 'nl' || lang === 'en' ? lang : fallbackLang,
    objective: objective !== null && objectiveNames.includes(objective) ? objective : 'sum',
    ...(party === undefined ? {} : { party }),
    ...(x === undefined ? {} : { x }),
    ...(y === undefined ? {} : { y }),
    tweaks: readTweaks(q.get('changes')),
    ...readWeights(q.get('weights')),
  }
}

/** Writes the state as a query string (without the leading '?'). */
export const writePageState = (s: PageState): string => {
  const q = new URLSearchParams()
  if (s.example !== undefined) q.set('example', s.example)
  q.set('lang', s.lang)
  if (s.objective !== 'sum') q.set('objective', s.objective)
  if (s.party !== undefined) q.set('party', s.party)
  if (s.x !== undefined) q.set('x', s.x)
  if (s.y !== undefined) q.set('y', s.y)
  const t = s.tweaks
  const empty =
    Object.keys(t.stakes).length +
      Object.keys(t.values).length +
      Object.keys(t.redLines).length +
      Object.keys(t.allowed ?? {}).length +
      Object.keys(t.minGains ?? {}).length +
      Object.keys(t.domainFloors ?? {}).length +
      (t.targetsOff?.length ?? 0) ===
      0 && t.payments === undefined
  if (!empty) q.set('changes', JSON.stringify(t))
  if (s.weights !== undefined && hasWeights(s.weights)) q.set('weights', JSON.stringify(s.weights))
  return q.toString()
}

/** The objectives, in the order the page shows them. */
export const objectives = objectiveNames
