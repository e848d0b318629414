/**
 * The playground page: choose or drop a scenario, see its deadlocks and best deals, change it
 * and see the deals move, ask the parties, export. The page state lives in the address.
 */
import {
  formatNumber,
  requiredIssues,
  type Objective,
  type PartyId,
  type RankedDeal,
  type Remedy,
  type Scenario,
} from 'mandjes'
import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import { examples } from './examples'
import { bestOf, namesOf, totalGain } from './names'
import { objectives, readPageState, writePageState, type PageState } from './pageState'
import type { TextFile } from './readFiles'
import { remedyTweaks } from './remedies'
import { diagnoseScenario, solve, stopDiagnosis, type Diagnosed, type Solved } from './solver/client'
import { applyTweaks, noTweaks, type Tweaks } from './tweaks'
import { AskPanel } from './views/AskPanel'
import type { ViewContext } from './views/Context'
import { DeadlocksView } from './views/DeadlocksView'
import { DealView } from './views/DealView'
import { DiagnoseView } from './views/DiagnoseView'
import { ExportPanel } from './views/ExportPanel'
import { FrontierView } from './views/FrontierView'
import { GivesGets } from './views/GivesGets'
import { ScenarioOverview } from './views/ScenarioOverview'
import { SourcePanel } from './views/SourcePanel'
import { SwingPanel } from './views/SwingPanel'
import { TweakPanel } from './views/TweakPanel'
import { words } from './words'

/** Where the scenario came from. */
type Loaded =
  | { readonly ok: true; readonly label: string; readonly scenario: Scenario }
  | { readonly ok: false; readonly problems: readonly string[] }

const loadExample = (name: string): Loaded => {
  const scenario = Object.hasOwn(examples, name) ? examples[name] : undefined
  return scenario === undefined
    ? { ok: false, problems: [`No built-in example "${name}". Choose one of: ${Object.keys(examples).join(', ')}.`] }
    : { ok: true, label: name, scenario }
}

const startState = (): PageState => {
  const s = readPageState(location.search, navigator.language.toLowerCase().startsWith('nl') ? 'nl' : 'en')
  return s.example === undefined ? { ...s, example: 'rivierenland' } : s
}

/** The whole page. */
export const App = () => {
  const [page, setPage] = useState<PageState>(startState)
  const [loaded, setLoaded] = useState<Loaded>(() => loadExample(page.example ?? 'rivierenland'))
  const [solved, setSolved] = useState<Solved | undefined>(undefined)
  const [failure, setFailure] = useState<string | undefined>(undefined)
  const [solving, setSolving] = useState(false)
  const [previous, setPrevious] = useState<RankedDeal | undefined>(undefined)
  const [diagnosed, setDiagnosed] = useState<Diagnosed | undefined>(undefined)
  const [diagnosing, setDiagnosing] = useState(false)
  // The scenario the shown deals were solved for (the page's may have moved on since).
  const solvedScenario = useRef<Scenario | undefined>(undefined)
  const loadCount = useRef(0)
  const w = words[page.lang]

  const base = loaded.ok ? loaded.scenario : undefined
  const tweaked = useMemo(() => (base === undefined ? undefined : applyTweaks(base, page.tweaks)), [base, page.tweaks])
  const scenario = tweaked?.scenario
  // Issues without a status quo: no deadlocks and no remedies there, only deals (statusQuo.ts).
  const withoutStatusQuo = useMemo(() => (base === undefined ? 0 : requiredIssues(base).length), [base])
  const ctx: ViewContext = useMemo(
    () => ({
      w,
      lang: page.lang,
      names: namesOf(scenario ?? ({ parties: [], issues: [], domains: [] } as unknown as Scenario)),
    }),
    [w, page.lang, scenario],
  )

  useEffect(() => {
    history.replaceState(null, '', `?${writePageState(page)}`)
    document.documentElement.lang = page.lang
    document.title = w.title
  }, [page, w])

  // Re-solve on every change; the client cancels a search a newer change made stale.
  const solvedFor = useRef<{ load: number; solved: Solved } | undefined>(undefined)
  useEffect(() => {
    if (scenario === undefined) return
    const load = loadCount.current
    stopDiagnosis()
    setSolving(true)
    const timer = setTimeout(() => {
      void solve(scenario, objectives, page.tweaks.payments, page.weights).then((reply) => {
        if (reply === undefined) return
        setSolving(false)
        if (reply.kind === 'failed') return setFailure(reply.message)
        setFailure(undefined)
        const before = solvedFor.current
        const old =
          before !== undefined && before.load === load
            ? before.solved.results.find((r) => r.objective === page.objective)
            : undefined
        setPrevious(old === undefined ? undefined : bestOf(old.result))
        solvedFor.current = { load, solved: reply }
        solvedScenario.current = scenario
        setSolved(reply)
      })
    }, 30)
    return () => clearTimeout(timer)
  }, [scenario, page.tweaks.payments, page.weights])

  // Diagnose what is shown: the deal's firmness, or (no deal) the remedies. Its own worker, so
  // the deals redraw first; a newer change supersedes a diagnosis still running.
  useEffect(() => {
    const s = solvedScenario.current
    if (solved === undefined || s === undefined) return
    const r = solved.results.find((x) => x.objective === page.objective)
    const shown = r === undefined ? undefined : bestOf(r.result)
    // Without a deal, diagnose's remedies need a status quo on every issue (core refuses
    // otherwise): the view says so instead of showing the refusal as a failure.
    if (shown === undefined && requiredIssues(s).length > 0) {
      stopDiagnosis()
      setDiagnosing(false)
      setDiagnosed(undefined)
      return
    }
    setDiagnosing(true)
    // A short wait: while a slider moves, only the position it stops at is diagnosed.
    const timer = setTimeout(() => {
      void diagnoseScenario(s, shown?.deal, page.tweaks.payments).then((reply) => {
        if (reply === undefined) return
        setDiagnosing(false)
        setDiagnosed(reply.kind === 'failed' ? undefined : reply)
        if (reply.kind === 'failed') setFailure(reply.message)
      })
    }, 250)
    return () => clearTimeout(timer)
  }, [solved, page.objective])

  const update = (s: Partial<PageState>) => setPage((p) => ({ ...p, ...s }))
  const setTweaks = (tweaks: Tweaks) => update({ tweaks })
  const onLoad = (next: Loaded, example?: string) => {
    loadCount.current += 1
    setLoaded(next)
    setSolved(undefined)
    setPrevious(undefined)
    setPage((p) => {
      const { example: _e, party: _p, x: _x, y: _y, weights: _w, ...rest } = p
      return { ...rest, tweaks: noTweaks, ...(example === undefined ? {} : { example }) }
    })
  }
  const onExample = (name: string) => onLoad(loadExample(name), name)
  const onFiles = async (files: readonly TextFile[]) => {
    // The readers (YAML, schema checks, XML) load only when a file is opened.
    const { readFiles } = await import('./readFiles')
    const read = readFiles(files)
    onLoad(read.ok ? { ok: true, label: files.map((f) => f.name).join(', '), scenario: read.scenario } : read)
  }
  const onApplyRemedy = async (remedy: Remedy) => {
    const t = remedyTweaks(remedy, page.tweaks)
    if (t !== undefined) return setTweaks(t)
    const s = solvedScenario.current
    if (s === undefined || !loaded.ok) return
    const { applyRemedy } = await import('./applyRemedy')
    onLoad({ ok: true, label: w.withRemedy(loaded.label), scenario: applyRemedy(s, remedy) })
  }
  const onObjective = (objective: Objective) => {
    setPrevious(undefined)
    update({ objective })
  }

  const main = solved?.results.find((r) => r.objective === page.objective)
  const deal = main === undefined ? undefined : bestOf(main.result)
  const ids = scenario?.parties.map((p) => p.id) ?? []
  const pick = (wanted: string | undefined, fallback: PartyId | undefined): PartyId | undefined =>
    wanted !== undefined && ids.includes(wanted as PartyId) ? (wanted as PartyId) : fallback
  const firstTwo = [...(deal?.participants ?? []), ...ids]
  const party = pick(page.party, deal?.participants[0] ?? ids[0])
  const x = pick(page.x, firstTwo[0])
  const y = pick(
    page.y,
    firstTwo.find((p) => p !== x),
  )
  const partyData = scenario?.parties.find((p) => p.id === party)

  return (
    <>
      <header>
        <h1>{w.title}</h1>
        <p>{w.tagline}</p>
        <label for="lang">{w.language}</label>{' '}
        <select
          id="lang"
          value={page.lang}
          onChange={(e) => update({ lang: (e.target as HTMLSelectElement).value as PageState['lang'] })}
        >
          <option value="nl">Nederlands</option>
          <option value="en">English</option>
        </select>
      </header>
      <main>
        <SourcePanel
          example={page.example}
          label={loaded.ok ? loaded.label : undefined}
          problems={loaded.ok ? [] : loaded.problems}
          onExample={onExample}
          onFiles={(files) => void onFiles(files)}
          ctx={ctx}
        />
        {tweaked !== undefined && tweaked.ignored.length > 0 ? (
          <p role="alert">
            {w.ignored}: {tweaked.ignored.join(', ')}
          </p>
        ) : null}
        {failure === undefined ? null : <p role="alert">{failure}</p>}
        {scenario === undefined || base === undefined ? null : (
          <>
            {solved === undefined ? (
              <p role="status">{w.solving}</p>
            ) : (
              <p class="summary" data-testid="summary">
                <a href="#h-deadlocks">
                  {solved.deadlocks === undefined
                    ? w.summaryNoStatusQuo(withoutStatusQuo)
                    : w.summaryDeadlocks(solved.deadlocks.deadlocks.length)}
                </a>{' '}
                <a href="#h-deal">
                  {deal === undefined
                    ? w.noDeal
                    : w.summaryDeal(
                        w.objectives[page.objective],
                        deal.changes.length,
                        deal.participants.length,
                        formatNumber(totalGain(deal), page.lang),
                      )}
                </a>
              </p>
            )}
            {solved === undefined ? null : (
              <DeadlocksView report={solved.deadlocks} withoutStatusQuo={withoutStatusQuo} ctx={ctx} />
            )}
            <DealView
              scenario={scenario}
              results={solved?.results ?? []}
              objective={page.objective}
              onObjective={onObjective}
              previous={previous}
              solving={solving}
              elapsedMs={solved?.elapsedMs}
              weighted={solved?.weighted}
              ctx={ctx}
            />
            {solved === undefined ? null : (
              <DiagnoseView
                hasDeal={deal !== undefined}
                withoutStatusQuo={withoutStatusQuo > 0}
                diagnosed={diagnosed}
                busy={diagnosing || solving}
                onApply={(r) => void onApplyRemedy(r)}
                ctx={ctx}
              />
            )}
            {partyData === undefined || party === undefined ? null : (
              <section aria-labelledby="h-party" data-testid="per-party">
                <h2 id="h-party">
                  <label for="party">{w.party}</label>{' '}
                  <select
                    id="party"
                    value={party}
                    onChange={(e) => update({ party: (e.target as HTMLSelectElement).value })}
                  >
                    {scenario.parties.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name}
                      </option>
                    ))}
                  </select>
                </h2>
                {deal === undefined ? null : <GivesGets scenario={scenario} deal={deal} party={party} ctx={ctx} />}
                <TweakPanel
                  base={base}
                  scenario={scenario}
                  party={partyData}
                  tweaks={page.tweaks}
                  onTweaks={setTweaks}
                  ctx={ctx}
                />
                <SwingPanel
                  scenario={scenario}
                  party={partyData}
                  weights={page.weights ?? {}}
                  onWeights={(weights) => update({ weights })}
                  ctx={ctx}
                />
                <AskPanel scenario={scenario} party={partyData} tweaks={page.tweaks} onTweaks={setTweaks} ctx={ctx} />
              </section>
            )}
            {x === undefined || y === undefined ? null : (
              <FrontierView scenario={scenario} x={x} y={y} onChoose={(a, b) => update({ x: a, y: b })} ctx={ctx} />
            )}
            {party === undefined ? null : (
              <ExportPanel scenario={scenario} deal={deal} deadlocks={solved?.deadlocks} party={party} ctx={ctx} />
            )}
            <ScenarioOverview scenario={scenario} ctx={ctx} />
          </>
        )}
      </main>
    </>
  )
}
