// ROC AUC from scores and 0/1 labels by ranks (Mann–Whitney), ties counted as half.

/**
 * Area under the ROC curve: the probability that a random positive scores above a random
 * negative, ties counting ½ — the Mann–Whitney U over (positives × negatives), with average ranks
 * for tied scores. Same value as `sklearn.metrics.roc_auc_score`. NaN when either class is absent.
 */
export function rocAuc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const n = scores.length;
  if (labels.length !== n) throw new Error(`Got ${n} scores for ${labels.length} labels.`);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let positives = 0;
  let rankSum = 0;
  for (let start = 0; start < n; ) {
    let end = start;
    while (end + 1 < n && scores[order[end + 1]!] === scores[order[start]!]) end++;
    // Ranks start..end (1-based start+1…end+1) share their average.
    const averageRank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) {
      const label = labels[order[k]!];
      if (label !== 0 && label !== 1) throw new Error(`Label ${order[k]} is ${label}; labels must be 0 or 1.`);
      if (label === 1) {
        positives += 1;
        rankSum += averageRank;
      }
    }
    start = end + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
