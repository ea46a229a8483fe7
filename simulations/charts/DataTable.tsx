// The "Show data" alternative to a chart: a collapsed, captioned table of the numbers behind it.
import { useState } from 'react';
import { axisTitle, formatCell, lastRows, type Cell } from './format';
import { useHydrated } from './use-hydrated';

export interface TableColumn {
  label: string;
  unit?: string | undefined;
  /** How numbers in this column read; defaults to formatNumber. */
  format?: ((value: number) => string) | undefined;
}

/** The table behind a chart; the first column is the row header (usually x). */
export interface ChartTable {
  columns: readonly TableColumn[];
  rows: readonly (readonly Cell[])[];
}

/** Rows shown by default: enough to read the recent trend, few enough to stay quick while a sim runs. */
export const DEFAULT_MAX_ROWS = 200;

interface DataTableProps {
  /** The chart's title; names the table and its scroll region. */
  title: string;
  /** Builds the table on demand, so a running sim does not rebuild rows nobody is looking at. */
  getTable: () => ChartTable;
  maxRows?: number | undefined;
}

function TableContents({ title, table, maxRows }: { title: string; table: ChartTable; maxRows: number }) {
  const shown = lastRows(table.rows, maxRows);
  const note = shown.total === 0 ? ' No data yet.' : shown.capped ? ` Showing the last ${maxRows} of ${shown.total.toLocaleString('en-US')} rows.` : '';
  return (
    <div className="chart-table-scroll" tabIndex={0} role="region" aria-label={`${title}: data`}>
      <table className="chart-table">
        <caption>
          Data behind “{title}”.{note}
        </caption>
        <thead>
          <tr>
            {table.columns.map((column, i) => (
              <th key={i} scope="col">
                {axisTitle(column.label, column.unit)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => {
                const text = formatCell(cell, table.columns[c]?.format);
                return c === 0 ? (
                  <th key={c} scope="row">
                    {text}
                  </th>
                ) : (
                  <td key={c}>{text}</td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Prerendered HTML always carries the full table (readable with JavaScript off). Once live, the
 * rows are only rendered while the details element is open: a closed table of 200 rows would
 * otherwise cost about a thousand React elements on every frame of a running simulation.
 */
export function DataTable({ title, getTable, maxRows = DEFAULT_MAX_ROWS }: DataTableProps) {
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  return (
    <details className="chart-data" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Show data</summary>
      {(open || !hydrated) && <TableContents title={title} table={getTable()} maxRows={maxRows} />}
    </details>
  );
}
