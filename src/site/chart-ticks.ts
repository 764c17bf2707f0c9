/**
 * Ticks for a time axis over UTC days: about `count` round dates (days,
 * Sundays, months, quarters or years, whichever step is nearest the span
 * divided by `count`), labelled the way Plot labels them: the finest unit on
 * the first line, the next unit underneath on the first tick and wherever it
 * changes ("Apr" / "2015", "Jul", "Oct", "Jan" / "2016").
 */

export interface TimeTick {
  time: number
  label: string
  /** The coarser unit, shown on a second line when it starts or changes. */
  context: string | null
}

const DAY_MS = 86_400_000
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

type Unit = 'day' | 'week' | 'month' | 'year'
interface Step {
  unit: Unit
  every: number
  /** Approximate length, for choosing the step. */
  ms: number
}

const STEPS: Step[] = [
  { unit: 'day', every: 1, ms: DAY_MS },
  { unit: 'day', every: 2, ms: 2 * DAY_MS },
  { unit: 'week', every: 1, ms: 7 * DAY_MS },
  { unit: 'month', every: 1, ms: 30 * DAY_MS },
  { unit: 'month', every: 3, ms: 91 * DAY_MS },
  { unit: 'year', every: 1, ms: 365 * DAY_MS },
]

/** A round number of years (1, 2, 5, 10, 20, 50…) near `years`. */
function niceYears(years: number): number {
  const power = 10 ** Math.floor(Math.log10(years))
  const f = years / power
  return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * power
}

function chooseStep(span: number, count: number): Step {
  const target = span / count
  const i = STEPS.findIndex((s) => s.ms >= target)
  if (i === -1) return { unit: 'year', every: niceYears(target / STEPS[STEPS.length - 1]!.ms), ms: target }
  if (i === 0) return STEPS[0]!
  // The nearer of the two neighbouring steps, by ratio.
  return target / STEPS[i - 1]!.ms < STEPS[i]!.ms / target ? STEPS[i - 1]! : STEPS[i]!
}

/** The first round date of `step` at or after `t` (UTC midnight). */
function first(t: number, step: Step): Date {
  const d = new Date(Math.ceil(t / DAY_MS) * DAY_MS)
  if (step.unit === 'day') {
    if (step.every > 1) while ((d.getUTCDate() - 1) % step.every !== 0) d.setUTCDate(d.getUTCDate() + 1)
  } else if (step.unit === 'week') {
    d.setUTCDate(d.getUTCDate() + ((7 - d.getUTCDay()) % 7))
  } else {
    if (d.getUTCDate() !== 1 || (step.unit === 'year' && d.getUTCMonth() !== 0)) {
      d.setUTCDate(1)
      d.setUTCMonth(d.getUTCMonth() + 1)
    }
    if (step.unit === 'month') while (d.getUTCMonth() % step.every !== 0) d.setUTCMonth(d.getUTCMonth() + 1)
    else {
      if (d.getUTCMonth() !== 0) d.setUTCFullYear(d.getUTCFullYear() + 1, 0, 1)
      while (d.getUTCFullYear() % step.every !== 0) d.setUTCFullYear(d.getUTCFullYear() + 1)
    }
  }
  return d
}

function advance(d: Date, step: Step): void {
  if (step.unit === 'day') d.setUTCDate(d.getUTCDate() + step.every)
  else if (step.unit === 'week') d.setUTCDate(d.getUTCDate() + 7)
  else if (step.unit === 'month') d.setUTCMonth(d.getUTCMonth() + step.every)
  else d.setUTCFullYear(d.getUTCFullYear() + step.every)
}

/** Ticks between `t0` and `t1` (milliseconds, inclusive). One tick, at the day itself, when they are equal. */
export function timeTicks(t0: number, t1: number, count: number): TimeTick[] {
  const step: Step = t1 > t0 ? chooseStep(t1 - t0, count) : STEPS[0]!
  const dates: Date[] = []
  for (const d = first(t0, step); d.getTime() <= t1; advance(d, step)) dates.push(new Date(d.getTime()))
  let previous: string | null = null
  return dates.map((d) => {
    const year = String(d.getUTCFullYear())
    if (step.unit === 'year') return { time: d.getTime(), label: year, context: null }
    const month = SHORT_MONTHS[d.getUTCMonth()]!
    const label = step.unit === 'month' ? month : String(d.getUTCDate())
    const coarse = step.unit === 'month' ? year : `${month} ${year}`
    const context = coarse === previous ? null : step.unit === 'month' ? year : month
    previous = coarse
    return { time: d.getTime(), label, context }
  })
}
