// Release gating: which lectures and projects a build may publish on a given day.
import type { Schedule } from '../schemas/schedule';
import type { ContentProblem } from './content-problem';
import { dueTime, isInTerm, weekRange, type TermInput } from './term-calendar';

export type ReleaseRef = { week: number } | { date: string };

/** The first day an item is visible: the start of its release week, or its release date. */
export function releaseDate(term: TermInput, ref: ReleaseRef): string {
  return 'week' in ref ? weekRange(term, ref.week).start : ref.date;
}

/** A lecture's release date, or undefined when it has none or names a week the term lacks (reported by releaseProblems). */
export function lectureReleaseDate(term: TermInput, ref: ReleaseRef | undefined): string | undefined {
  if (!ref || ('week' in ref && ref.week > term.weeks)) return undefined;
  return releaseDate(term, ref);
}

/** A release must fall inside the term: a week the term has, or a date between week 0 and the last week. */
export function releaseProblems(term: TermInput, file: string, ref: ReleaseRef | undefined): ContentProblem[] {
  if (ref && 'week' in ref && ref.week > term.weeks) {
    return [{ file, field: 'release', message: `release week ${ref.week} does not exist`, fix: `use a week from 0 to ${term.weeks}` }];
  }
  if (ref && 'date' in ref && !isInTerm(term, ref.date)) {
    return [{ file, field: 'release', message: `release date ${ref.date} is outside the term`, fix: 'use a date within the term, or release: week N' }];
  }
  return [];
}

/** Released when there is no gate (`visibleOn` null: development, SHOW_ALL) or the day has come. */
export const isReleased = (release: string | undefined, visibleOn: string | null): boolean =>
  visibleOn === null || release === undefined || release <= visibleOn;

/** Each project's release date, from the `releases` of content/schedule.yaml. */
export function projectReleases(term: TermInput, schedule: Schedule): Map<string, { week: number; date: string }> {
  const releases = new Map<string, { week: number; date: string }>();
  for (const plan of schedule.weeks) {
    if (plan.week > term.weeks) continue;
    for (const r of plan.releases) releases.set(r.project, { week: plan.week, date: dueTime(term, plan.week, r.day, '00:00').date });
  }
  return releases;
}

/** The day that gates a production build ("today", or PREVIEW_DATE); SHOW_ALL=1 turns gating off. */
export function gateDay(env: { SHOW_ALL?: string | undefined }, today: string): string | null {
  return env.SHOW_ALL === '1' || env.SHOW_ALL === 'true' ? null : today;
}
