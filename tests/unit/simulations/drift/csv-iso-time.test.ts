// ISO 8601 cells read the same on every machine, impossible dates are refused, and days and weeks start where they should.
import { describe, expect, it } from 'vitest';
import { isIsoTime, isoDate, isoTimestamp, parseIsoTime, utcDayStart, utcWeekStart } from '../../../../simulations/drift/csv/iso-time';

describe('parseIsoTime', () => {
  it('reads dates, date-times, fractions and offsets as UTC milliseconds', () => {
    expect(parseIsoTime('2024-03-01')).toBe(Date.UTC(2024, 2, 1));
    expect(parseIsoTime('2024-03-01T14:30')).toBe(Date.UTC(2024, 2, 1, 14, 30));
    expect(parseIsoTime('2024-03-01 14:30:05')).toBe(Date.UTC(2024, 2, 1, 14, 30, 5));
    expect(parseIsoTime('2024-03-01T14:30:05.1234Z')).toBe(Date.UTC(2024, 2, 1, 14, 30, 5, 123));
    expect(parseIsoTime('2024-03-01T14:30:00+01:00')).toBe(Date.UTC(2024, 2, 1, 13, 30));
    expect(parseIsoTime('2024-03-01T14:30:00-0530')).toBe(Date.UTC(2024, 2, 1, 20, 0));
    expect(parseIsoTime('2024-03-01T00:30:00+02')).toBe(Date.UTC(2024, 1, 29, 22, 30));
    expect(parseIsoTime('0050-06-15')).toBe(new Date(Date.UTC(2000, 5, 15)).setUTCFullYear(50));
  });

  it('refuses other formats and impossible dates', () => {
    for (const text of ['03/01/2024', '2024-3-1', '2024-02-30', '2023-02-29', '2024-13-01', '2024-03-01T24:00', '2024-03-01T12:60', '1709300000', 'yesterday', '']) {
      expect(isIsoTime(text), text).toBe(false);
    }
    expect(isIsoTime('2024-02-29')).toBe(true);
  });
});

describe('day and week buckets', () => {
  it('starts days at UTC midnight and weeks on Monday', () => {
    const sundayEvening = Date.UTC(2024, 2, 3, 23, 59);
    const mondayMorning = Date.UTC(2024, 2, 4, 0, 1);
    expect(utcDayStart(sundayEvening)).toBe(Date.UTC(2024, 2, 3));
    expect(utcWeekStart(sundayEvening)).toBe(Date.UTC(2024, 1, 26));
    expect(utcWeekStart(mondayMorning)).toBe(Date.UTC(2024, 2, 4));
    expect(utcWeekStart(Date.UTC(1969, 11, 31))).toBe(Date.UTC(1969, 11, 29));
  });

  it('formats dates and timestamps', () => {
    expect(isoDate(Date.UTC(2024, 2, 4, 10))).toBe('2024-03-04');
    expect(isoTimestamp(Date.UTC(2024, 2, 4, 10, 30))).toBe('2024-03-04T10:30:00Z');
    expect(isoTimestamp(Date.UTC(2024, 2, 4, 10, 30, 0, 5))).toBe('2024-03-04T10:30:00.005Z');
  });
});
