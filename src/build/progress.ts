/** A progress bar on a terminal; silent in CI, in pipes and with --quiet. */
import cliProgress from 'cli-progress'

export class Progress {
  private bar: cliProgress.SingleBar | null = null
  private done = 0

  constructor(total: number, quiet = false) {
    const interactive = process.stderr.isTTY && !process.env.CI && !quiet
    if (interactive && total > 0) {
      this.bar = new cliProgress.SingleBar(
        { format: 'extracting {bar} {value}/{total} articles', stream: process.stderr, hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
      this.bar.start(total, 0)
    }
  }

  tick(): void {
    this.bar?.update(++this.done)
  }

  stop(): void {
    this.bar?.stop()
  }
}
