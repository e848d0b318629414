/** What every view needs: the words of the chosen language, the language and the names. */
import type { Language } from 'mandjes'
import type { Names } from '../names'
import type { Words } from '../words'

/** The view context. */
export interface ViewContext {
  readonly w: Words
  readonly lang: Language
  readonly names: Names
}
