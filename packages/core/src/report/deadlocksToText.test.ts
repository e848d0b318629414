import { describe, expect, it } from 'vitest'
import { roadAndHousing } from '@mandjes/testkit/roadAndHousing.js'
import { findDeadlocks } from '../analyze/findDeadlocks.js'
import { deadlocksToText } from './deadlocksToText.js'

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
