/**
 * The built-in examples: the scenario files of packages/examples, bundled as text so the page
 * reads them with the same reader as a dropped file.
 */
import mraHousing from '../../examples/mra-housing/scenario.yaml?raw'
import rivierenland from '../../examples/rivierenland/scenario.yaml?raw'
import roadAndHousing from '../../examples/road-and-housing/scenario.yaml?raw'
import swwSocial from '../../examples/sww-social/scenario.yaml?raw'

/** The built-in examples by name (the folder names of packages/examples), in menu order. */
export const examples: Readonly<Record<string, string>> = {
  rivierenland,
  'road-and-housing': roadAndHousing,
  'mra-housing': mraHousing,
  'sww-social': swwSocial,
}

/** The names of the built-in examples. */
export const exampleNames: readonly string[] = Object.keys(examples)
