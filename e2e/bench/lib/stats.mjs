/**
 * Pure helpers of the benchmark: summaries of samples, the comparison rows, the Markdown and
 * JSON table, and the check that a table is complete (every row present, every ratio a number).
 * No I/O here, so the unit test can feed it numbers.
 */

/** Median, min and max of a list of numbers (NaN entries are dropped; empty gives NaNs). */
export function summarize(samples) {
  const xs = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (xs.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, n: 0 };
  const mid = Math.floor(xs.length / 2);
  const median = xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
  return { median, min: xs[0], max: xs.at(-1), n: xs.length };
}

/**
 * One row of the table. `ours` and `peer` are sample lists in `unit`; `peerName` says what the
 * peer is (a tool or "budget" for absolute goals); `goal` is the ratio the issue asks for, and
 * `better` says whether lower or higher is good (time: lower).
 */
export function makeRow({ id, group, label, unit, ours, peer, peerName, goal, note, cpu }) {
  const o = summarize(ours);
  const p = summarize(peer);
  const ratio = o.median / p.median;
  const row = {
    id,
    group,
    label,
    unit,
    ours: { ...o, samples: ours },
    peer: { name: peerName, ...p, samples: peer },
    ratio: Number.isFinite(ratio) ? round(ratio, 2) : Number.NaN,
    goal: goal ?? null,
    met: goal === undefined || !Number.isFinite(ratio) ? null : ratio <= goal,
  };
  if (cpu) {
    const oc = summarize(cpu.ours);
    const pc = summarize(cpu.peer);
    row.cpu = { ours: oc.median, peer: pc.median, ratio: round(oc.median / pc.median, 2) };
  }
  if (note) row.note = note;
  return row;
}

/** Rounds to `digits` decimals (for display and a stable JSON). */
export function round(x, digits = 0) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

const fmt = (x, unit) => {
  if (!Number.isFinite(x)) return 'n/a';
  if (unit === 'KB') return x.toFixed(0);
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
};

/** A table cell: pipes escaped so a shell pipeline in a label keeps the table intact. */
const cell = (s) => String(s).replaceAll('|', '\\|');

const range = (s, unit) => `${fmt(s.median, unit)} (${fmt(s.min, unit)}–${fmt(s.max, unit)})`;

/** The Markdown table (one table per group) with a header naming the machine and the run. */
export function renderMarkdown(rows, meta) {
  const out = [
    `Run ${meta.date} · ${meta.mode} · ${meta.runs} runs per row, interleaved · node ${meta.node} · ${meta.cpus} CPUs · load ${meta.load}${meta.extraCaCerts ? ` · NODE_EXTRA_CA_CERTS ${meta.extraCaCerts}` : ''}`,
    '',
  ];
  const groups = [...new Set(rows.map((r) => r.group))];
  for (const g of groups) {
    out.push(`### ${g}`, '');
    out.push(
      '| row | ours: median (min–max) | peer | peer: median (min–max) | ratio | goal | CPU ours / peer |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const r of rows.filter((x) => x.group === g)) {
      const cpu = r.cpu ? `${fmt(r.cpu.ours, 'ms')} / ${fmt(r.cpu.peer, 'ms')} ms` : '';
      const goal = r.goal === null ? '' : `≤ ${r.goal}× ${r.met ? '✓' : '✗'}`;
      out.push(
        `| ${cell(r.label)} | ${range(r.ours, r.unit)} ${r.unit} | ${cell(r.peer.name)} | ${range(r.peer, r.unit)} ${r.unit} | ${Number.isFinite(r.ratio) ? `${r.ratio.toFixed(2)}×` : 'n/a'} | ${goal} | ${cpu} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}

/** What a table must hold; returns one line per problem (empty: complete). */
export function checkTable(rows, expectedIds) {
  const problems = [];
  const have = new Map(rows.map((r) => [r.id, r]));
  for (const id of expectedIds) {
    const r = have.get(id);
    if (!r) problems.push(`row ${id} is missing`);
    else if (!Number.isFinite(r.ratio)) problems.push(`row ${id} has no numeric ratio`);
  }
  return problems;
}
