// The launcher's own lines carry a prefix like the children's, so the interleaved output
// stays readable.
export function log(message: string): void {
  process.stdout.write(`[demo] ${message}\n`);
}

export function logError(message: string): void {
  process.stderr.write(`[demo] ${message}\n`);
}
