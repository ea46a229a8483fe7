// The iCalendar writer, checked by an independent parser (ical.js) against real time zone facts.
import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeCalendar, type CalendarEvent, type CalendarInput } from '~/lib/ics';
import { vtimezone } from '~/lib/vtimezone';

const base = { name: 'SML 401: Shipping ML', uidDomain: 'sml-401.shipping-ml', stamp: '2026-11-23T19:00:00Z' };
const calendar = (timezone: string, events: CalendarEvent[]): CalendarInput => ({ ...base, timezone, events });

function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  const events = new Map(root.getAllSubcomponents('vevent').map((c) => [String(c.getFirstPropertyValue('uid')), c]));
  const event = (uid: string) => {
    const component = events.get(`${uid}@${base.uidDomain}`);
    if (!component) throw new Error(`no VEVENT with uid ${uid}@${base.uidDomain}`);
    return new ICAL.Event(component);
  };
  return { root, events, event };
}
const utcIso = (t: ICAL.Time) => new Date(t.toUnixTime() * 1000).toISOString().replace('.000', '');
/** Physical lines, without the final CRLF's empty tail. */
const physicalLines = (text: string) => text.split('\r\n').slice(0, -1);

// ical.js keeps a global zone registry; an empty one proves the file's own VTIMEZONE did the work.
beforeEach(() => ICAL.TimezoneService.reset());

describe('writeCalendar', () => {
  it('maps Chicago deadlines either side of the US DST start to the right UTC instants', () => {
    const { event } = parse(writeCalendar(calendar('America/Chicago', [
      { uid: 'due-a', summary: 'A due', start: '2027-03-12T23:59' },
      { uid: 'due-b', summary: 'B due', start: '2027-03-26T23:59' },
    ])));
    expect(event('due-a').startDate.zone.tzid).toBe('America/Chicago');
    expect(utcIso(event('due-a').startDate)).toBe('2027-03-13T05:59:00Z');
    expect(utcIso(event('due-b').startDate)).toBe('2027-03-27T04:59:00Z');
  });

  it('maps Brussels lectures either side of the EU DST end, start and end', () => {
    const { event } = parse(writeCalendar(calendar('Europe/Brussels', [
      { uid: 'lecture-1', summary: 'One', start: '2027-10-29T12:00', end: '2027-10-29T13:30' },
      { uid: 'lecture-2', summary: 'Two', start: '2027-11-05T12:00', end: '2027-11-05T13:30' },
    ])));
    expect([utcIso(event('lecture-1').startDate), utcIso(event('lecture-1').endDate)]).toEqual(['2027-10-29T10:00:00Z', '2027-10-29T11:30:00Z']);
    expect([utcIso(event('lecture-2').startDate), utcIso(event('lecture-2').endDate)]).toEqual(['2027-11-05T11:00:00Z', '2027-11-05T12:30:00Z']);
  });

  const tricky = 'Café – “naïve” résumé 🚀👩‍💻, with commas; semicolons\\backslashes\nand a second line,\n\nthen a blank one. '.repeat(4);
  const text = writeCalendar(calendar('America/Chicago', [{
    uid: 'lecture-tricky', summary: 'Déjà vu; again, 🎉', description: tricky, location: 'Room 1, Hall B; 2nd floor',
    url: 'https://example.org/lectures/a;b,c?x=1&y=2', start: '2027-01-20T09:00', end: '2027-01-20T10:15', categories: ['Lecture', 'Week 3, part 2'],
  }]));

  it('folds every physical line to at most 75 octets, never inside a character, with CRLF endings', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = physicalLines(text);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) {
      const bytes = Buffer.from(line, 'utf8');
      expect(bytes.length).toBeLessThanOrEqual(75);
      // A pair of surrogates cut in two would not survive a strict UTF-8 round trip.
      expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(line);
    }
  });

  it('round-trips text with multi-byte characters and special characters exactly', () => {
    const event = parse(text).event('lecture-tricky');
    expect(event.description).toBe(tricky);
    expect(event.summary).toBe('Déjà vu; again, 🎉');
    expect(event.location).toBe('Room 1, Hall B; 2nd floor');
    expect(event.component.getFirstProperty('categories')?.getValues()).toEqual(['Lecture', 'Week 3, part 2']);
  });

  it('writes URL as a URI, without TEXT escaping', () => {
    expect(physicalLines(text.replace(/\r\n /g, ''))).toContain('URL:https://example.org/lectures/a;b,c?x=1&y=2');
    expect(parse(text).event('lecture-tricky').component.getFirstPropertyValue('url')).toBe('https://example.org/lectures/a;b,c?x=1&y=2');
  });

  it('writes the calendar properties', () => {
    const cal = parse(text).root;
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toMatch(/Shipping ML/);
    expect(cal.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(cal.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe(base.name);
    expect(cal.getFirstPropertyValue('name')).toBe(base.name);
    expect(cal.getFirstPropertyValue('x-wr-timezone')).toBe('America/Chicago');
    expect(physicalLines(text)).toEqual(expect.arrayContaining(['REFRESH-INTERVAL;VALUE=DURATION:PT12H', 'X-PUBLISHED-TTL:PT12H']));
    expect(cal.getAllSubcomponents('vtimezone')).toHaveLength(1);
  });

  it('makes UIDs from uid and uidDomain, stamps them in UTC, and is deterministic', () => {
    const input = calendar('America/Chicago', [
      { uid: 'lecture-interactive-batch-streaming', summary: 'L', start: '2027-02-01T10:00', end: '2027-02-01T11:00' },
      { uid: 'due-baseline-classifier', summary: 'D', start: '2027-02-05T23:59' },
    ]);
    const out = writeCalendar(input);
    const { events } = parse(out);
    expect([...events.keys()]).toEqual(['lecture-interactive-batch-streaming@sml-401.shipping-ml', 'due-baseline-classifier@sml-401.shipping-ml']);
    expect(physicalLines(out).filter((l) => l.startsWith('DTSTAMP:'))).toEqual(['DTSTAMP:20261123T190000Z', 'DTSTAMP:20261123T190000Z']);
    expect(writeCalendar(structuredClone(input))).toBe(out);
  });

  it('writes a deadline as DTSTART only, transparent; a lecture with DTEND, opaque', () => {
    const { event } = parse(writeCalendar(calendar('America/Chicago', [
      { uid: 'due', summary: 'Due', start: '2027-02-05T23:59' },
      { uid: 'lecture', summary: 'L', start: '2027-02-01T10:00', end: '2027-02-01T11:00' },
    ])));
    expect(event('due').component.hasProperty('dtstart')).toBe(true);
    expect(event('due').component.hasProperty('dtend')).toBe(false);
    expect(event('due').component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(event('lecture').component.hasProperty('dtend')).toBe(true);
    expect(event('lecture').component.getFirstPropertyValue('transp')).toBe('OPAQUE');
  });

  it.each(['UTC', 'Etc/UTC'])('writes %s calendars in UTC with Z times and no VTIMEZONE', (zone) => {
    const out = writeCalendar(calendar(zone, [{ uid: 'e', summary: 'E', start: '2027-03-14T08:30', end: '2027-03-14T09:00' }]));
    expect(out).not.toMatch(/VTIMEZONE|TZID/);
    expect(physicalLines(out)).toEqual(expect.arrayContaining(['DTSTART:20270314T083000Z', 'DTEND:20270314T090000Z']));
    expect(utcIso(parse(out).event('e').startDate)).toBe('2027-03-14T08:30:00Z');
  });

  it('gives a zone without DST (Asia/Tokyo) one STANDARD at +0900', () => {
    const out = writeCalendar(calendar('Asia/Tokyo', [{ uid: 'e', summary: 'E', start: '2027-05-10T09:00' }]));
    const zone = parse(out).root.getFirstSubcomponent('vtimezone');
    expect(zone?.getAllSubcomponents().map((c) => c.name)).toEqual(['standard']);
    expect(physicalLines(out)).toContain('TZOFFSETTO:+0900');
    expect(utcIso(parse(out).event('e').startDate)).toBe('2027-05-10T00:00:00Z');
  });

  it('rejects what would make a broken or ambiguous feed', () => {
    const one = (event: Partial<CalendarEvent>, zone = 'America/Chicago') => () => writeCalendar(calendar(zone, [{ uid: 'e', summary: 'E', start: '2027-01-01T10:00', ...event }]));
    expect(one({ uid: 'a@b' })).toThrow(/@/);
    expect(one({ end: '2027-01-01T09:00' })).toThrow(/before/);
    expect(one({ start: '2027-01-01 10:00' })).toThrow(/YYYY-MM-DDTHH:MM/);
    expect(one({ url: 'https://example.org/a\r\nX-EVIL:1' })).toThrow(/url/);
    expect(one({}, 'America/Nowhere')).toThrow();
    expect(() => writeCalendar(calendar('UTC', [{ uid: 'x', summary: 'A', start: '2027-01-01T10:00' }, { uid: 'x', summary: 'B', start: '2027-01-02T10:00' }]))).toThrow(/duplicate/);
  });
});

describe('vtimezone', () => {
  const observances = (lines: string[]) => {
    const zone = new ICAL.Component(ICAL.parse(['BEGIN:VCALENDAR', ...lines, 'END:VCALENDAR', ''].join('\r\n'))).getFirstSubcomponent('vtimezone');
    return (zone?.getAllSubcomponents() ?? []).map((c) => ({
      kind: c.name, start: String(c.getFirstProperty('dtstart')?.toICALString().split(':')[1]),
      from: String(c.getFirstProperty('tzoffsetfrom')?.toICALString().split(':')[1]), to: String(c.getFirstProperty('tzoffsetto')?.toICALString().split(':')[1]),
    }));
  };

  it('describes Chicago in 2027 with exactly its two transitions, onsets in the old offset', () => {
    const lines = vtimezone('America/Chicago', '2027-01-01', '2027-12-31');
    const [initial, ...transitions] = observances(lines);
    expect(initial).toMatchObject({ kind: 'standard', to: '-0600' });
    expect(initial!.start < '20270101T000000').toBe(true);
    expect(transitions).toEqual([
      { kind: 'daylight', start: '20270314T020000', from: '-0600', to: '-0500' },
      { kind: 'standard', start: '20271107T020000', from: '-0500', to: '-0600' },
    ]);
    expect(lines).toEqual(expect.arrayContaining(['TZID:America/Chicago', 'TZNAME:CDT', 'TZNAME:CST']));
    expect(lines[0]).toBe('BEGIN:VTIMEZONE');
    expect(lines.at(-1)).toBe('END:VTIMEZONE');
  });

  it('classifies southern-hemisphere DST (Sydney) as DAYLIGHT from October', () => {
    expect(observances(vtimezone('Australia/Sydney', '2027-01-01', '2027-12-31')).slice(1)).toEqual([
      { kind: 'standard', start: '20270404T030000', from: '+1100', to: '+1000' },
      { kind: 'daylight', start: '20271003T020000', from: '+1000', to: '+1100' },
    ]);
  });

  // Local wall clock to instant, the direction a client takes with DTSTART;TZID. (ical.js's own UTC-to-local
  // conversion looks up the offset as if the UTC clock were local, so it is off for hours near every transition.)
  it.each(['America/Chicago', 'Europe/Brussels', 'Australia/Sydney', 'Australia/Lord_Howe', 'Europe/Dublin', 'Asia/Kolkata', 'America/Santiago'])(
    'agrees with Temporal on the local time of every 3rd hour of 2027 in %s',
    (zoneName) => {
      const zone = new ICAL.Timezone(new ICAL.Component(ICAL.parse(vtimezone(zoneName, '2027-01-01', '2027-12-31').join('\r\n') + '\r\n')));
      const end = Temporal.Instant.from('2028-01-01T00:00:00Z');
      for (let t = Temporal.Instant.from('2027-01-01T12:00:00Z'); Temporal.Instant.compare(t, end) < 0; t = t.add({ hours: 3 })) {
        const local = t.toZonedDateTimeISO(zoneName).toPlainDateTime();
        const { year, month, day, hour, minute } = local;
        const seconds = new ICAL.Time({ year, month, day, hour, minute, second: 0 }, zone).toUnixTime();
        // In the repeated hour after a fall-back either reading is right; elsewhere there is only one.
        const readings = (['earlier', 'later'] as const).map((d) => local.toZonedDateTime(zoneName, { disambiguation: d }).epochMilliseconds / 1000);
        expect(readings, `${local.toString()} in ${zoneName}`).toContain(seconds);
        if (readings[0] === readings[1]) expect(seconds).toBe(t.epochMilliseconds / 1000);
      }
    },
  );
});
