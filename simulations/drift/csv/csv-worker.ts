// The Web Worker that reads, parses and analyses a reader's CSV files, so even 100k rows never block the page.
import { handleCsvMessages, type CsvPort } from './csv-host';

handleCsvMessages(self as unknown as CsvPort);
