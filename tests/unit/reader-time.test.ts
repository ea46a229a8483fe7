import { describe, expect, it } from 'vitest';
import { dateIn, dueText, offsetMinutes } from '~/scripts/reader-time';

const now = Date.parse('2027-01-26T12:00:00Z');
const hours = (h: number) => now + h * 3_600_000;

describe('dueText', () => {
  it('counts days when the deadline is two or more days away', () => {
    expect(dueText(hours(24 * 3), now)).toEqual({ text: 'due in 3 days', past: false });
  });
  it('counts hours within two days, and minutes within the hour', () => {
    expect(dueText(hours(5), now)).toEqual({ text: 'due in 5 hours', past: false });
    expect(dueText(hours(0.5), now)).toEqual({ text: 'due in 30 minutes', past: false });
  });
  it('marks past deadlines', () => {
    expect(dueText(hours(-48), now)).toEqual({ text: 'was due 2 days ago', past: true });
  });
});

describe('time zone helpers', () => {
  it('reads the offset of an ISO instant', () => {
    expect(offsetMinutes('2027-01-29T23:59:00-06:00')).toBe(-360);
    expect(offsetMinutes('2027-10-29T12:00:00+05:30')).toBe(330);
    expect(offsetMinutes('2027-01-29T23:59:00Z')).toBe(0);
  });
  it('gives the calendar date in a zone, which can differ from UTC', () => {
    const instant = new Date('2027-01-30T03:00:00Z');
    expect(dateIn('America/Chicago', instant)).toBe('2027-01-29');
    expect(dateIn('Asia/Tokyo', instant)).toBe('2027-01-30');
  });
});

describe('release gate', async () => {
  const { gateDay, isReleased } = await import('~/lib/release-gate');
  it('gates on the given day unless SHOW_ALL is set', () => {
    expect(gateDay({}, '2027-02-01')).toBe('2027-02-01');
    expect(gateDay({ SHOW_ALL: '1' }, '2027-02-01')).toBeNull();
    expect(isReleased('2027-02-02', '2027-02-01')).toBe(false);
    expect(isReleased('2027-02-01', '2027-02-01')).toBe(true);
    expect(isReleased(undefined, '2027-02-01')).toBe(true);
  });
});
