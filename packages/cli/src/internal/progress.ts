/**
 * A progress bar on stderr: redrawn in place on a terminal, one line per tenth otherwise (so logs
 * and tests see it too).
 */
export interface Bar {
  readonly update: (done: number) => void
  readonly done: (done: number) => void
}

export const make = (options: { readonly label: string; readonly total: number; readonly unit: string }): Bar => {
  const tty = process.stderr.isTTY === true
  const started = Date.now()
  const total = Math.max(1, options.total)
  let lastTenth = -1
  const render = (done: number) => {
    const ratio = Math.min(1, done / total)
    const width = 30
    const filled = Math.round(ratio * width)
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    return `${options.label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${Math.floor(ratio * 100)}% ` +
      `${done}/${options.total} ${options.unit} ${seconds}s`
  }
  return {
    update: (done) => {
      if (tty) {
        process.stderr.write(`\r${render(done)}`)
        return
      }
      const tenth = Math.floor(Math.min(1, done / total) * 10)
      if (tenth > lastTenth && tenth < 10) {
        lastTenth = tenth
        process.stderr.write(`${render(done)}\n`)
      }
    },
    done: (done) => {
      process.stderr.write(tty ? `\r${render(Math.max(done, options.total))}\n` : `${render(Math.max(done, options.total))}\n`)
    }
  }
}
