// The benchmark's arithmetic and its completeness check (the timings themselves are never tested).
import { describe, expect, it } from 'vitest';
import { checkTable, makeRow, renderMarkdown, summarize } from './stats.mjs';

describe('bench table', () => {
  it('summarises samples as median, min and max, ignoring failed runs', () => {
    expect(summarize([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, n: 3 });
    expect(summarize([4, 1, 3, 2, Number.NaN])).toEqual({ median: 2.5, min: 1, max: 4, n: 4 });
    expect(summarize([]).n).toBe(0);
  });

  it('gives the ratio of medians and whether the goal is met', () => {
    const r = makeRow({
      id: 'x',
      group: 'g',
      label: 'a | b',
      unit: 'ms',
      ours: [10, 30, 20],
      peer: [10, 10, 10],
      peerName: 'cat a | b',
      goal: 1.5,
      cpu: { ours: [5], peer: [4] },
    });
    expect(r.ratio).toBe(2);
    expect(r.met).toBe(false);
    expect(r.cpu).toEqual({ ours: 5, peer: 4, ratio: 1.25 });
    const md = renderMarkdown([r], {
      date: 'd',
      mode: 'quick',
      runs: 3,
      node: '20',
      cpus: 2,
      load: '1',
    });
    expect(md).toContain('| a \\| b | 20.0 (10.0–30.0) ms | cat a \\| b |');
    expect(md).toContain('2.00×');
  });

  it('names missing rows and rows without a numeric ratio', () => {
    const ok = makeRow({
      id: 'a',
      group: 'g',
      label: 'a',
      unit: 'ms',
      ours: [1],
      peer: [2],
      peerName: 'p',
    });
    const broken = makeRow({
      id: 'b',
      group: 'g',
      label: 'b',
      unit: 'ms',
      ours: [1],
      peer: [],
      peerName: 'p',
    });
    expect(checkTable([ok, broken], ['a', 'b', 'c'])).toEqual([
      'row b has no numeric ratio',
      'row c is missing',
    ]);
  });
});
