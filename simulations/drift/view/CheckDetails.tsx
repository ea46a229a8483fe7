// Every score for one column of one batch: the deciding check against its threshold, the other family's score, PSI, nulls.
import { formatNumber, formatPercent } from '../../charts';
import type { FeatureCheck } from '../feature-checks';
import { formatP, TEST_NAMES } from './drift-levels';

const PSI_TEXT: Record<FeatureCheck['psiLevel'], string> = { stable: 'stable', watch: 'watch', act: 'act' };
const score = (v: number) => formatNumber(Number(v.toPrecision(3)));

export function CheckDetails({ check }: { check: FeatureCheck }) {
  const test = check.test === 'ks' || check.test === 'chisquare';
  const verdict = test ? `${formatP(check.statistic)} ${check.drifted ? '≤' : '>'} ${check.threshold.toPrecision(2)}` : `${score(check.statistic)} ${check.drifted ? '≥' : '<'} ${check.threshold}`;
  return (
    <dl className="drift-facts">
      <div>
        <dt>Deciding check</dt>
        <dd>
          {TEST_NAMES[check.test]}: {verdict}, <strong>{check.drifted ? 'drifted' : 'not drifted'}</strong>
        </dd>
      </div>
      <div>
        <dt>{test ? 'Distance (not deciding)' : 'Test (not deciding)'}</dt>
        <dd>{test ? score(check.distance) : formatP(check.pValue)}</dd>
      </div>
      <div>
        <dt>PSI</dt>
        <dd>
          {score(check.psi)} ({PSI_TEXT[check.psiLevel]})
        </dd>
      </div>
      {check.missingShare > 0 && (
        <div>
          <dt>Arrived empty</dt>
          <dd>{formatPercent(check.missingShare)}</dd>
        </div>
      )}
    </dl>
  );
}
