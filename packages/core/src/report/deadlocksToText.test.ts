import { describe, expect, it } from 'vitest'
import { decoded, roadAndHousing, roadAndHousingFile } from '@mandjes/testkit/roadAndHousing.js'
import { findDeadlocks } from '../analyze/findDeadlocks.js'
import { deadlocksToLines, deadlocksToText } from './deadlocksToText.js'

describe('deadlocksToText', () => {
  it('tells a person which issues are deadlocked, who blocks each option and why', () => {
    const text = deadlocksToText(roadAndHousing, findDeadlocks(roadAndHousing))
    expect(text).toMatchInlineSnapshot(`
      "2 issues: 2 deadlocked, 0 agreeable on their own, 0 with nothing to gain
      road [road]: DEADLOCKED
        via-b: region gains 3, blocked by A: loses (gain -1)
      housing [housing]: DEADLOCKED
        west: region gains 2, blocked by B: loses (gain -1)"
    `)
  })
})

describe('deadlocksToText: each blocker once', () => {
  it('names a party that loses and whose mandate forbids the option once, with both reasons', () => {
    // A loses on the road and its council also drew a red line at it: two blockers in the
    // analysis, one party in the text.
    const file = structuredClone(roadAndHousingFile) as typeof roadAndHousingFile
    const withRedLine = decoded({
      ...file,
      parties: file.parties.map((p) =>
        p.id === 'A' ? { ...p, mandate: { redLines: [{ issue: 'road', option: 'via-b' }] } } : p,
      ),
    })
    const report = findDeadlocks(withRedLine)
    const road = report.issues.find((a) => a.issue === 'road')!
    const blockers = road.status === 'deadlocked' ? road.options.flatMap((o) => o.blockers) : []
    expect(blockers.filter((b) => b.party === 'A').length).toBe(2)
    const line = deadlocksToLines(withRedLine, report).find((l) => l.startsWith('  via-b'))!
    expect(line).toBe('  via-b: region gains 3, blocked by A: loses, mandate forbids it (red line) (gain -1)')
    expect(line.match(/\bA:/g)).toHaveLength(1)
  })
})
