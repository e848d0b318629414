/** Choosing the scenario: a built-in example, or files chosen or dropped (one scenario, or a GeniusWeb/GENIUS folder). */
import { useState } from 'preact/hooks'
import { exampleNames } from '../examples'
import type { TextFile } from '../readFiles'
import type { ViewContext } from './Context'

const texts = async (list: FileList | null | undefined): Promise<TextFile[]> =>
  Promise.all([...(list ?? [])].map(async (f) => ({ name: f.name, text: await f.text() })))

/** The scenario chooser. */
export const SourcePanel = ({
  example,
  label,
  problems,
  onExample,
  onFiles,
  ctx,
}: {
  readonly example: string | undefined
  readonly label: string | undefined
  readonly problems: readonly string[]
  readonly onExample: (name: string) => void
  readonly onFiles: (files: readonly TextFile[]) => void
  readonly ctx: ViewContext
}) => {
  const { w } = ctx
  const [over, setOver] = useState(false)
  return (
    <section
      aria-labelledby="h-source"
      class={over ? 'source drop-over' : 'source'}
      onDragOver={(e) => {
        e.preventDefault()
        setOver(true)
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault()
        setOver(false)
        void texts(e.dataTransfer?.files).then(onFiles)
      }}
    >
      <h2 id="h-source" class="visually-hidden">
        {w.scenario}
      </h2>
      <div class="controls">
        <label for="example">{w.chooseExample}</label>{' '}
        <select id="example" value={example ?? ''} onChange={(e) => onExample((e.target as HTMLSelectElement).value)}>
          {example === undefined ? <option value="">{w.none}</option> : null}
          {exampleNames.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
        <label for="files">{w.files}</label>{' '}
        <input
          id="files"
          type="file"
          multiple
          accept=".yaml,.yml,.json,.xml"
          aria-describedby="files-help"
          data-testid="files"
          onChange={(e) => void texts((e.target as HTMLInputElement).files).then(onFiles)}
        />
      </div>
      <p id="files-help" class="muted">
        {w.filesHelp} <span aria-hidden="true">{w.dropHere}.</span>
      </p>
      {label === undefined ? null : <p data-testid="loaded">{w.loaded(label)}</p>}
      {problems.length === 0 ? null : (
        <div role="alert" data-testid="problems">
          <p>{w.problems}:</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
