/** Every BullMQ queue Leerhuis has. A job belongs to exactly one of them. */
export enum QueueName {
  /** Turns outbox events into jobs (safety-net sweep; LISTEN/NOTIFY does the fast path). */
  Outbox = 'outbox',
  /** Every email leaves through this queue (digests excepted: a digest run must not hold up a sign-in link). */
  Mail = 'mail',
  /** Digests: the planner and the chunks of members whose digest is due. */
  Digests = 'digests',
  /** Intervisie: phase deadlines, reminders and follow-ups (delayed jobs). */
  Intervision = 'intervision',
  /** Koffiedate rounds: opening, matching, re-matching after a decline, closing. */
  CoffeeDates = 'coffee-dates',
  /** Housekeeping on a schedule: the retention purges of each domain. */
  Maintenance = 'maintenance',
}
