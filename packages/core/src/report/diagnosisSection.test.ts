import { describe, expect, it } from 'vitest'
import type { PartyId } from '../model/Party.js'
import { dealFrom } from '../evaluate/changesOf.js'
import { diagnose } from '../diagnose/diagnose.js'
import { roadAndHousing } from '@mandjes/testkit/roadAndHousing.js'
import { roadWithRedLine } from '@mandjes/testkit/diagnoseFixtures.js'
import { councilNoteFor } from './councilNoteFor.js'
import { deadlockNoteDocument } from './diagnosisSection.js'
import { documentToMarkdown } from './documentToMarkdown.js'
import { noteToMarkdown } from './noteToMarkdown.js'
import { parseScenarioText } from '../scenarioFile/parseScenarioText.js'

// A red line on a quantity option blocks the only change: lifting it is what it would take.
const homesWithRedLine = `version: 1
name: woningbouw
units: { homes: { nl: woningen } }
domains: [{ id: d }]
issues: [{ id: homes, name: Woningen, domain: d, kind: quantity, unit: homes, range: { from: 1000, to: 1300, step: 300 } }]
parties:
  - { id: A, valuations: { homes: { stake: 1, linear: { perUnit: 0.001 } } }, mandate: { redLines: [{ issue: homes, option: 1300 }] } }
  - { id: B, valuations: { homes: { stake: 1, linear: { perUnit: 0.01 } } } }
statusQuo: { homes: 1000 }
`

describe('the council note’s diagnosis sections', () => {
  it('says how firm the deal is: our room, per issue, and the tightest partner', () => {
    const deal = dealFrom(roadAndHousing, { road: 'via-b', housing: 'west' })
    const text = noteToMarkdown(councilNoteFor(roadAndHousing, deal, 'A' as PartyId), 'en')
    expect(text).toContain('## How firm this is')
    expect(text).toContain('Our tightest kader (a gain over the status quo) has 2 points of room')
    expect(text).toContain('The tightest partner is B: its result may fall by only 3 points.')
  })

  it('adds the seeded probability when asked, in Dutch', () => {
    const deal = dealFrom(roadAndHousing, { road: 'via-b', housing: 'west' })
    const note = councilNoteFor(roadAndHousing, deal, 'B' as PartyId, {
      firmness: { spread: 0.1, samples: 200, seed: 4 },
    })
    expect(note.firmness?.probability?.seed).toBe(4)
    expect(noteToMarkdown(note, 'nl')).toMatch(/Hoe stevig is dit mandje[\s\S]*met kans \d/)
  })

  it('says what it would take when there is no deal: A’s red line first', () => {
    const doc = deadlockNoteDocument(
      roadWithRedLine,
      diagnose(roadWithRedLine, { monteCarlo: false }),
      'A' as PartyId,
      'en',
    )
    const text = documentToMarkdown(doc)
    expect(text).toContain('## What it would take')
    expect(text).toContain('- A: lift the red line on road: via-b.')
  })

  it('names a quantity option in a remedy in the note’s language and units, not by its English label', () => {
    const parsed = parseScenarioText(homesWithRedLine, { format: 'yaml' })
    if (parsed._tag === 'Left') throw new Error('fixture does not parse')
    const scenario = parsed.right
    expect(scenario.issues[0]!.options[1]!.label).toBe('1300 homes')
    const diagnosis = diagnose(scenario, { monteCarlo: false })
    const nl = documentToMarkdown(deadlockNoteDocument(scenario, diagnosis, 'A' as PartyId, 'nl'))
    const en = documentToMarkdown(deadlockNoteDocument(scenario, diagnosis, 'A' as PartyId, 'en'))
    expect(nl).toContain('- A: hef de rode lijn op bij Woningen: 1.300 woningen.')
    expect(nl).not.toContain('homes')
    expect(en).toContain('- A: lift the red line on Woningen: 1,300 homes.')
  })
})
