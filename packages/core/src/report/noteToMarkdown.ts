import type { CouncilNote } from './CouncilNote.js'
import { documentToMarkdown } from './documentToMarkdown.js'
import type { Language } from './Language.js'
import { noteToDocument } from './noteToDocument.js'

/**
 * A council note as Markdown in Dutch or English.
 * @example
 * noteToMarkdown(councilNoteFor(scenario, deal, 'A' as PartyId), 'nl').startsWith('# Raadsinformatie') // => true
 * @category report
 */
export const noteToMarkdown = (note: CouncilNote, language: Language): string =>
  documentToMarkdown(noteToDocument(note, language))
