import { useState } from 'preact/hooks';
import { pageReportCsv } from '../../report/csv-report';
import { pageReportJson } from '../../report/json-report';
import { pageReportMarkdown } from '../../report/markdown-report';
import { reportFileName, type PageReport } from '../../report/page-report';
import { downloadText } from '../shared/download';

/** "Copy report" (Markdown) and the same report as CSV or JSON files. */
export function ReportActions({ report }: { report: PageReport }) {
  const [message, setMessage] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(pageReportMarkdown(report));
      setMessage('Report copied as Markdown.');
    } catch {
      setMessage('The browser did not allow copying. Use Download instead.');
    }
  };
  return (
    <div class="report-actions">
      <button type="button" class="primary" onClick={() => void copy()}>
        Copy report
      </button>
      <button
        type="button"
        onClick={() =>
          downloadText(reportFileName(report, 'csv'), pageReportCsv(report), 'text/csv;charset=utf-8')
        }
      >
        Download CSV
      </button>
      <button
        type="button"
        onClick={() =>
          downloadText(reportFileName(report, 'json'), pageReportJson(report), 'application/json')
        }
      >
        Download JSON
      </button>
      <p class="hint" role="status">
        {message}
      </p>
    </div>
  );
}
