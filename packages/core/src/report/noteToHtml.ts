import type { CouncilNote } from './CouncilNote.js'
import { documentToHtml } from './documentToHtml.js'
import type { Language } from './Language.js'
import { noteToDocument } from './noteToDocument.js'

/**
 * A council note as one self-contained HTML page in Dutch or English; all user text escaped.
 * @example
 * noteToHtml(councilNoteFor(scenario, deal, 'A' as PartyId), 'en').startsWith('<!DOCTYPE html>') // => true
 * @category report
 */
export const noteToHtml = (note: CouncilNote, language: Language): string =>
  documentToHtml(noteToDocument(note, language))
