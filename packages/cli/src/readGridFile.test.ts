import { describe, expect, it } from 'vitest'
import { decodeGrid } from './readGridFile.js'

describe('decodeGrid: the names of the heatmap axes are grid keys too', () => {
  it('reads transparency: [...] as information with one transparency each', () => {
    expect(decodeGrid({ transparency: ['full', { noisy: 0.3 }] })).toEqual({
      ok: true,
      file: {
        grid: {
          information: [
            { transparency: { _tag: 'full' }, alternativesPrepared: 1, learnFromRejections: true },
            { transparency: { _tag: 'noisy', sd: 0.3 }, alternativesPrepared: 1, learnFromRejections: true },
          ],
        },
      },
    })
  })

  it('gives every combination of two parts of one group, and reads altruism and grant as goodwill', () => {
    const r = decodeGrid({ transparency: ['full', { noisy: 0.1 }], alternativesPrepared: [0.5, 1], altruism: [0, 0.2] })
    expect(r.ok && r.file.grid.information?.map((i) => [i.transparency._tag, i.alternativesPrepared])).toEqual([
      ['full', 0.5],
      ['full', 1],
      ['noisy', 0.5],
      ['noisy', 1],
    ])
    expect(r.ok && r.file.grid.goodwill).toEqual([
      { altruism: 0, grant: 0 },
      { altruism: 0.2, grant: 0 },
    ])
  })

  it('names the place the file wrote a bad part, and refuses a group given whole and in parts', () => {
    expect(decodeGrid({ transparency: ['full', 'opaque'] })).toEqual({
      ok: false,
      issues: [expect.stringMatching(/^transparency\[1\]: transparency must be full/)],
    })
    const both = decodeGrid({ information: [{ transparency: 'full' }], transparency: ['full'] })
    expect(both).toEqual({
      ok: false,
      issues: [
        'transparency: is a part of information, which the file also gives; write either information: [...] or its parts (transparency, alternativesPrepared, learnFromRejections), not both.',
      ],
    })
  })

  it('explains that distortion is set through transparency', () => {
    expect(decodeGrid({ distortion: [0.1] })).toEqual({
      ok: false,
      issues: [
        'distortion: not a grid key; it is the number inside transparency, so sweep it as transparency: [{ noisy: 0.1 }, { noisy: 0.3 }].',
      ],
    })
  })
})
