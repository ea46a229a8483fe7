import { describe, expect, it } from 'vitest';
import { ContentError, fieldPath, formatProblems } from '~/lib/content-problem';
import { parseYaml, validateContent } from '~/lib/validate-content';
import { scheduleSchema } from '~/schemas/schedule';

describe('parseYaml', () => {
  it('keeps unquoted dates as text so impossible dates can be caught', () => {
    expect(parseYaml('start: 2027-02-30\n', 'course.yaml')).toEqual({ start: '2027-02-30' });
  });

  it('reports a syntax error with the file and line', () => {
    try {
      parseYaml('weeks:\n  - week: 1\n   title: bad indent\n', 'content/schedule.yaml');
      expect.unreachable('should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      const [problem] = (error as ContentError).problems;
      expect(problem?.file).toBe('content/schedule.yaml');
      expect(problem?.field).toMatch(/^line 3, column \d+$/);
    }
  });

  it('rejects duplicate keys, which would silently drop a value', () => {
    expect(() => parseYaml('title: a\ntitle: b\n', 'x.yaml')).toThrow(/Map keys must be unique/);
  });
});

describe('validateContent', () => {
  it('lists every failing field with its path', () => {
    const data = { weeks: [{ week: 1, title: 'w', deadlines: [{ project: 'p', day: 'fri', time: '25:00' }] }] };
    try {
      validateContent(scheduleSchema, data, 'content/schedule.yaml');
      expect.unreachable('should have thrown');
    } catch (error) {
      const problems = (error as ContentError).problems;
      expect(problems.map((p) => p.field)).toEqual(['weeks[0].deadlines[0].day', 'weeks[0].deadlines[0].time']);
      expect((error as Error).message).toContain('content/schedule.yaml → weeks[0].deadlines[0].time');
    }
  });

  it('says which field to add when one is missing', () => {
    expect(() => validateContent(scheduleSchema, {}, 'content/schedule.yaml')).toThrow(/add a `weeks:` list/);
  });
});

describe('formatting', () => {
  it('turns issue paths into readable field names', () => {
    expect(fieldPath(['weeks', 2, 'lectures', 0])).toBe('weeks[2].lectures[0]');
    expect(fieldPath([])).toBe('(top level)');
  });

  it('prints a fix only when there is one', () => {
    const text = formatProblems([
      { file: 'a.yaml', field: 'x', message: 'bad', fix: 'do this' },
      { file: 'b.yaml', field: 'y', message: 'worse', fix: '' },
    ]);
    expect(text).toBe('Course content has 2 problems:\n\n  a.yaml → x\n    bad\n    Fix: do this\n\n  b.yaml → y\n    worse\n');
  });
});
