/**
 * Export: the scenario with every change as a YAML scenario file (it reads back with the same
 * reader), and the council note of the chosen party about the current deal, as HTML in Dutch
 * or English.
 */
import {
  councilNoteFor,
  noteToHtml,
  type DeadlockReport,
  type Language,
  type PartyId,
  type RankedDeal,
  type Scenario,
} from 'mandjes'
import { useState } from 'preact/hooks'
import { download, fileSafe } from '../download'
import type { ViewContext } from './Context'
import { languages } from 'mandjes/engine'

/** The export buttons. */
export const ExportPanel = ({
  scenario,
  deal,
  deadlocks,
  party,
  ctx,
}: {
  readonly scenario: Scenario
  readonly deal: RankedDeal | undefined
  readonly deadlocks: DeadlockReport | undefined
  readonly party: PartyId
  readonly ctx: ViewContext
}) => {
  const { w, names } = ctx
  const [noteLang, setNoteLang] = useState<Language>(ctx.lang)
  const base = fileSafe(scenario.name)
  return (
    <section aria-labelledby="h-export" data-testid="export">
      <h2 id="h-export">{w.export}</h2>
      <div class="controls">
        <button
          type="button"
          data-testid="download-scenario"
          onClick={() =>
            void import('../writeScenario').then(({ writeScenarioText }) =>
              download(`${base}.yaml`, writeScenarioText(scenario, 'yaml'), 'application/yaml'),
            )
          }
        >
          {w.downloadScenario}
        </button>
      </div>
      {deal === undefined ? null : (
        <div class="controls">
          <label for="note-lang">{w.noteLanguage}</label>{' '}
          <select
            id="note-lang"
            value={noteLang}
            onChange={(e) => setNoteLang((e.target as HTMLSelectElement).value as Language)}
          >
            {languages.map((l) => (
              <option key={l} value={l}>
                {l === 'nl' ? 'Nederlands' : 'English'}
              </option>
            ))}
          </select>{' '}
          <button
            type="button"
            data-testid="download-note"
            onClick={() => {
              const note = councilNoteFor(scenario, deal.deal, party, deadlocks === undefined ? {} : { deadlocks })
              download(
                `${base}-${fileSafe(names.party(party))}-${noteLang}.html`,
                noteToHtml(note, noteLang),
                'text/html',
              )
            }}
          >
            {w.downloadNote}: {names.party(party)}
          </button>
        </div>
      )}
      <p class="muted">{w.copyLink}</p>
    </section>
  )
}
