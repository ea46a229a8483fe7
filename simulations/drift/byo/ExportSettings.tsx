// "Export settings": the current drift checks as an Evidently-style test suite (JSON or YAML) and as Prometheus alert rules.
import { alertRulesYaml } from '../export/alert-rule';
import { evidentlyConfig, evidentlyConfigJson, evidentlyConfigYaml, type ExportColumn } from '../export/evidently-config';
import type { DriftParams } from '../params';
import { DownloadFiles } from '../../ui/DownloadFiles';

export interface ExportSettingsProps {
  values: DriftParams;
  /** The monitored columns: the simulation's, or those of the reader's CSV once it is analysed. */
  columns: readonly ExportColumn[];
  referenceRows: number;
  timeColumn?: string | null | undefined;
  /** Where the columns come from, for the group's description ("the simulation", "your CSV"). */
  source: string;
  /** Injectable for tests; defaults to a Blob download. */
  save?: ((fileName: string, text: string, type: string) => void) | undefined;
}

interface Format {
  id: string;
  label: string;
  fileName: string;
  type: string;
  text(props: ExportSettingsProps): string;
}

const checkSettings = ({ values, columns, referenceRows, timeColumn }: ExportSettingsProps) => ({
  testFamily: values.testFamily,
  alpha: values.alpha,
  bonferroni: values.bonferroni,
  distanceThreshold: values.distanceThreshold,
  psiWatch: values.psiWatch,
  psiAct: values.psiAct,
  columns,
  referenceRows,
  timeColumn: timeColumn ?? null,
});

const FORMATS: readonly Format[] = [
  { id: 'evidently-json', label: 'Evidently test suite (JSON)', fileName: 'drift-test-suite.json', type: 'application/json', text: (props) => evidentlyConfigJson(evidentlyConfig(checkSettings(props))) },
  { id: 'evidently-yaml', label: 'Evidently test suite (YAML)', fileName: 'drift-test-suite.yaml', type: 'application/yaml', text: (props) => evidentlyConfigYaml(evidentlyConfig(checkSettings(props))) },
  {
    id: 'alert-rule',
    label: 'Prometheus alert rules (YAML)',
    fileName: 'drift-alert-rules.yaml',
    type: 'application/yaml',
    text: (props) =>
      alertRulesYaml({
        ...checkSettings(props),
        aucThreshold: props.values.aucThreshold,
        accuracyDrop: props.values.accuracyDrop,
        alertOn: props.values.alertOn,
        policy: props.values.policy,
        labelDelay: props.values.labelDelay,
      }),
  },
];

export function ExportSettings(props: ExportSettingsProps) {
  return (
    <DownloadFiles
      label="Export these drift checks"
      description={`Export these checks for ${props.columns.length} columns of ${props.source}, to adapt in your own monitoring.`}
      files={FORMATS.map((format) => ({ ...format, text: () => format.text(props) }))}
      save={props.save}
    />
  );
}
