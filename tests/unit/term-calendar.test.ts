import { describe, expect, it } from 'vitest';
import { dueTime, meetingsInWeek, termCalendar, weekOfDate, weekRange, type TermInput } from '~/lib/term-calendar';

// Spring 2027 as in content/course.yaml: Monday 2027-01-11 start, Tue/Thu meetings, spring break
// in the week of 2027-03-15. US daylight saving time starts Sunday 2027-03-14.
const term: TermInput = {
  start: '2027-01-11',
  weeks: 13,
  timezone: 'America/Chicago',
  meetings: [
    { day: 'thursday', start: '14:00', end: '15:20' },
    { day: 'tuesday', start: '14:00', end: '15:20' },
  ],
  holidays: [{ date: '2027-02-16', name: 'Reading day' }],
  breaks: [{ week_of: '2027-03-17', name: 'Spring break' }],
};

describe('weekRange', () => {
  it('puts week 1 at the term start and week 0 the week before', () => {
    expect(weekRange(term, 1)).toEqual({ start: '2027-01-11', end: '2027-01-17' });
    expect(weekRange(term, 0)).toEqual({ start: '2027-01-04', end: '2027-01-10' });
    expect(weekRange(term, 9)).toEqual({ start: '2027-03-08', end: '2027-03-14' });
  });

  it('moves the weeks after a break back by one calendar week', () => {
    expect(weekRange(term, 10)).toEqual({ start: '2027-03-22', end: '2027-03-28' });
    expect(weekRange(term, 13)).toEqual({ start: '2027-04-12', end: '2027-04-18' });
  });

  it('rejects weeks outside the term with the valid range', () => {
    expect(() => weekRange(term, 14)).toThrow('week 14 is outside the term (0–13)');
  });

  it('starts week 1 on a mid-week term start but keeps later weeks on Mondays', () => {
    const midweek = { ...term, start: '2027-01-13', breaks: [] };
    expect(weekRange(midweek, 1)).toEqual({ start: '2027-01-13', end: '2027-01-17' });
    expect(weekRange(midweek, 2)).toEqual({ start: '2027-01-18', end: '2027-01-24' });
  });
});

describe('termCalendar', () => {
  it('lists every week in calendar order with the break as its own row', () => {
    const rows = termCalendar(term);
    expect(rows).toHaveLength(15); // weeks 0–13 and one break
    expect(rows[10]).toEqual({ kind: 'break', name: 'Spring break', start: '2027-03-15', end: '2027-03-21' });
    expect(rows.filter((r) => r.kind === 'week').map((r) => (r.kind === 'week' ? r.week : -1))).toEqual([...Array(14).keys()]);
  });
});

describe('meetingsInWeek', () => {
  it('returns the meetings in date order whatever order course.yaml lists them in', () => {
    expect(meetingsInWeek(term, 1).map((m) => m.date)).toEqual(['2027-01-12', '2027-01-14']);
  });

  it('marks a meeting on a holiday as cancelled', () => {
    const [tuesday, thursday] = meetingsInWeek(term, 6);
    expect(tuesday).toMatchObject({ date: '2027-02-16', cancelledBy: 'Reading day' });
    expect(thursday?.cancelledBy).toBeUndefined();
  });

  it('drops meetings before a mid-week term start', () => {
    const midweek = { ...term, start: '2027-01-13' };
    expect(meetingsInWeek(midweek, 1).map((m) => m.date)).toEqual(['2027-01-14']);
  });
});

describe('dueTime', () => {
  it('turns week + weekday + time into a date and an instant in the course time zone', () => {
    expect(dueTime(term, 3, 'friday', '23:59')).toEqual({ date: '2027-01-29', time: '23:59', iso: '2027-01-29T23:59:00-06:00' });
  });

  it('follows daylight saving time: the offset changes after 2027-03-14 in Chicago', () => {
    expect(dueTime(term, 9, 'friday', '23:59').iso).toBe('2027-03-12T23:59:00-06:00');
    expect(dueTime(term, 10, 'friday', '23:59').iso).toBe('2027-03-26T23:59:00-05:00');
  });

  it('puts deadlines at week boundaries in the right week, including across the break and the DST change', () => {
    expect(dueTime(term, 1, 'sunday', '23:59')).toMatchObject({ date: '2027-01-17', iso: '2027-01-17T23:59:00-06:00' });
    expect(dueTime(term, 2, 'monday', '00:00')).toMatchObject({ date: '2027-01-18', iso: '2027-01-18T00:00:00-06:00' });
    // Week 9 ends on Sunday 2027-03-14, the day clocks go forward; week 10 starts after the break week.
    expect(dueTime(term, 9, 'sunday', '23:59').iso).toBe('2027-03-14T23:59:00-05:00');
    expect(dueTime(term, 10, 'monday', '00:00').iso).toBe('2027-03-22T00:00:00-05:00');
  });

  it('gives the same wall-clock deadline a different instant in another zone', () => {
    expect(dueTime({ ...term, timezone: 'Europe/Brussels' }, 3, 'friday', '23:59').iso).toBe('2027-01-29T23:59:00+01:00');
  });
});

describe('weekOfDate', () => {
  it('finds the teaching week, the break, and dates outside the term', () => {
    expect(weekOfDate(term, '2027-01-01')).toBe('before');
    expect(weekOfDate(term, '2027-01-05')).toBe(0);
    expect(weekOfDate(term, '2027-01-17')).toBe(1);
    expect(weekOfDate(term, '2027-03-18')).toBe('break');
    expect(weekOfDate(term, '2027-03-22')).toBe(10);
    expect(weekOfDate(term, '2027-04-19')).toBe('after');
  });
});

describe('holidays with a make-up day', () => {
  it('moves the cancelled meeting to the make-up day, at the same time, in the make-up week', () => {
    const moved = { ...term, holidays: [{ date: '2027-02-16', name: 'Reading day', makeup: '2027-02-19' }] };
    expect(meetingsInWeek(moved, 6)).toEqual([
      { date: '2027-02-16', start: '14:00', end: '15:20', cancelledBy: 'Reading day' },
      { date: '2027-02-18', start: '14:00', end: '15:20' },
      { date: '2027-02-19', start: '14:00', end: '15:20', makeupFor: '2027-02-16' },
    ]);
    const nextWeek = { ...term, holidays: [{ date: '2027-02-16', name: 'Reading day', makeup: '2027-02-22' }] };
    expect(meetingsInWeek(nextWeek, 7).map((m) => [m.date, m.makeupFor])).toEqual([
      ['2027-02-22', '2027-02-16'],
      ['2027-02-23', undefined],
      ['2027-02-25', undefined],
    ]);
  });
});
