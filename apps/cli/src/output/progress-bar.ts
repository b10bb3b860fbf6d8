/** Progress callbacks for a long analysis, and a function to call once it is over. */
export interface Progress {
  onProgress?: (done: number, total: number) => void;
  end(): void;
}

/**
 * A progress bar on standard error when it is a terminal (none when piped or redirected), redrawn
 * at most once per percent and erased at the end.
 */
export function progressBar(
  label: string,
  stream: Pick<NodeJS.WriteStream, 'write' | 'isTTY'> = process.stderr,
): Progress {
  if (!stream.isTTY) return { end: () => undefined };
  let shown = -1;
  const width = 30;
  return {
    onProgress(done, total) {
      const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
      if (percent === shown) return;
      shown = percent;
      const filled = Math.round((percent / 100) * width);
      stream.write(
        `\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(percent).padStart(3)}% ${done}/${total}`,
      );
    },
    end: () => void (shown >= 0 && stream.write('\r\u001B[2K')),
  };
}
