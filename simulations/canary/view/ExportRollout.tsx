// "Export rollout": the settings as an Argo Rollouts Rollout + AnalysisTemplate and as a Flagger Canary, ready to adapt.
import { DownloadFiles } from '../../ui/DownloadFiles';
import { argoRolloutYaml } from '../export/argo-rollout';
import { flaggerCanaryYaml } from '../export/flagger-canary';
import type { CanaryParams } from '../params';
import type { ArgoStrategy, FlaggerStrategy } from '../strategies/config';
import { strategyFromParams } from '../strategy-from-params';

export function ExportRollout({ values }: { values: CanaryParams }) {
  return (
    <DownloadFiles
      label="Export this rollout"
      description="Export the steps, interval and health checks set above as Kubernetes manifests for relay-scorer, to adapt to your cluster."
      files={[
        { id: 'argo', label: 'Argo Rollout + AnalysisTemplate (YAML)', fileName: 'relay-scorer-rollout.yaml', type: 'application/yaml', text: () => argoRolloutYaml(strategyFromParams({ ...values, strategy: 'argo' }) as ArgoStrategy) },
        { id: 'flagger', label: 'Flagger Canary (YAML)', fileName: 'relay-scorer-canary.yaml', type: 'application/yaml', text: () => flaggerCanaryYaml(strategyFromParams({ ...values, strategy: 'flagger' }) as FlaggerStrategy) },
      ]}
    />
  );
}
