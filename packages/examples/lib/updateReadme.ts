/**
 * Keeps the generated section of a README true: the text between the two markers is
 * replaced by fresh output, everything else is left as written by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs'

/** The markers around a README's generated section. @category examples */
export const generatedMarkers = {
  start: '<!-- generated:start (npm run examples) -->',
  end: '<!-- generated:end -->',
} as const

/**
 * The README text with its generated section replaced (appended when the markers are missing).
 * @example
 * withGeneratedSection('# T\n', 'x\n') // => '# T\n\n<!-- generated:start … -->\nx\n<!-- generated:end -->\n'
 * @category examples
 */
export const withGeneratedSection = (readme: string, section: string): string => {
  const block = `${generatedMarkers.start}\n${section.trimEnd()}\n${generatedMarkers.end}`
  const start = readme.indexOf(generatedMarkers.start)
  const end = readme.indexOf(generatedMarkers.end)
  if (start < 0 || end < start) return `${readme.trimEnd()}\n\n${block}\n`
  return readme.slice(0, start) + block + readme.slice(end + generatedMarkers.end.length)
}

/**
 * The generated section currently in a README ('' when there is none).
 * @example
 * generatedSectionOf(withGeneratedSection('# T\n', 'x\n')) // => 'x\n'
 * @category examples
 */
export const generatedSectionOf = (readme: string): string => {
  const start = readme.indexOf(generatedMarkers.start)
  const end = readme.indexOf(generatedMarkers.end)
  return start < 0 || end < start ? '' : `${readme.slice(start + generatedMarkers.start.length, end).trim()}\n`
}

/**
 * Rewrites a README file's generated section; returns whether the file changed.
 * @example
 * updateReadme('packages/examples/rivierenland/README.md', section) // => false when already current
 * @category examples
 */
export const updateReadme = (path: string, section: string): boolean => {
  const before = readFileSync(path, 'utf8')
  const after = withGeneratedSection(before, section)
  if (after !== before) writeFileSync(path, after)
  return after !== before
}
