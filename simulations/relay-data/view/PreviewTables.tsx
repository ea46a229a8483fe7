// The first rows of both tables, as the files will hold them, in scrollable tables.
import { EVENT_COLUMNS, MESSAGE_COLUMNS, type EventRow, type MessageRow } from '../index';

function RowsTable({ caption, columns, rows }: { caption: string; columns: readonly string[]; rows: readonly Record<string, string | number>[] }) {
  return (
    <div className="relay-data-table" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              {columns.map((column) => (
                <td key={column}>{row[column]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PreviewTables({ messages, events }: { messages: readonly MessageRow[]; events: readonly EventRow[] }) {
  return (
    <div className="relay-data-preview">
      <RowsTable caption={`messages: first ${messages.length} rows`} columns={MESSAGE_COLUMNS} rows={messages as unknown as Record<string, string | number>[]} />
      <RowsTable caption={`user_events: first ${events.length} rows`} columns={EVENT_COLUMNS} rows={events as unknown as Record<string, string | number>[]} />
    </div>
  );
}
