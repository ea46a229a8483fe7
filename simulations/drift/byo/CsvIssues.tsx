// Problems found in a reader's CSV files, each naming its file, row and column; an alert when nothing could be analysed.
import type { CsvJobOutcome } from '../csv/csv-job';

/** Listed one by one; the parser already folds repeats of one kind into a summary line. */
const MAX_LISTED = 30;
/** A few problems are shown at once; more start folded so the results stay in view. */
const OPEN_UP_TO = 5;

export function CsvIssues({ outcome }: { outcome: CsvJobOutcome }) {
  const { issues, analysis } = outcome;
  if (issues.length === 0) return null;
  const items = issues.slice(0, MAX_LISTED).map((issue, i) => (
    <li key={i} data-row={issue.row ?? undefined} data-column={issue.column ?? undefined}>
      <span className="drift-csv-file">{issue.file}:</span> {issue.message}
    </li>
  ));
  const more = issues.length > MAX_LISTED ? <li>…and {issues.length - MAX_LISTED} more.</li> : null;
  if (!analysis) {
    return (
      <div className="drift-csv-issues" role="alert">
        <p className="sim-error">Nothing could be analysed:</p>
        <ul>
          {items}
          {more}
        </ul>
      </div>
    );
  }
  return (
    <details className="drift-csv-issues" open={issues.length <= OPEN_UP_TO}>
      <summary>
        {issues.length === 1 ? '1 problem' : `${issues.length} problems`} in the files; the analysis left those cells or rows out
      </summary>
      <ul>
        {items}
        {more}
      </ul>
    </details>
  );
}
