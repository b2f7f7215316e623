import { icsCalendar } from '@leerhuis/platform-calendar';

/**
 * The calendar file of a leergroep's sessions: one weekly series in Amsterdam time (with its
 * VTIMEZONE), so every session keeps its wall-clock time across daylight-saving changes.
 */
export interface IcsSeries {
  uid: string;
  sequence: number;
  title: string;
  description: string;
  location: string;
  /** Amsterdam wall-clock start of the first session, `YYYY-MM-DDTHH:mm`. */
  firstSessionLocal: string;
  durationMinutes: number;
  cadenceWeeks: number;
  /** The instant after which no session starts (UTC in the file, as RFC 5545 requires). */
  until: Date;
  stamp: Date;
}

export function writeIcsSeries(series: IcsSeries): string {
  return icsCalendar({ product: 'Leergroepen' }, [
    {
      uid: series.uid,
      sequence: series.sequence,
      stamp: series.stamp,
      when: {
        firstLocal: series.firstSessionLocal,
        durationMinutes: series.durationMinutes,
        everyWeeks: series.cadenceWeeks,
        until: series.until,
      },
      title: series.title,
      location: series.location,
      description: series.description,
      status: 'CONFIRMED',
    },
  ]);
}
