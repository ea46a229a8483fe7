// PSI on reference-quantile bins and on categories agrees with a NumPy reference computation, and maps to levels.
import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../../../../simulations/core/rng';
import { PSI_ACT, PSI_EMPTY_BIN_SHARE, PSI_WATCH, categoricalPsi, linearQuantile, psi, psiFromShares, psiLevel } from '../../../../simulations/drift/stats/psi';

const normals = (rng: Rng, n: number, mean = 0, sd = 1) => Array.from({ length: n }, () => rng.normal(mean, sd));

// There is no PSI in SciPy. The references below come from this NumPy 1.24.2 computation of the
// definition in psi.ts (Python 3, numpy as np):
//   edges = np.unique(np.quantile(ref, np.arange(1, bins) / bins))
//   r = np.bincount(np.searchsorted(edges, ref, side="right"), minlength=len(edges) + 1) / len(ref)
//   c = (same for cur) / len(cur);  r[r == 0] = 1e-4;  c[c == 0] = 1e-4
//   psi = np.sum((c - r) * np.log(c / r))
const REFERENCE = [12.1, 15.3, 9.8, 11.4, 13.7, 10.2, 14.9, 12.8, 11.9, 16.4, 8.7, 13.1, 12.4, 10.9, 14.2, 11.1, 13.3, 9.5, 12.6, 15.8];
const CURRENT = [14.8, 17.2, 13.9, 16.1, 15.5, 18.3, 12.7, 16.9, 14.4, 19.1, 15.2, 13.6, 17.8, 16.3, 14.1];

describe('numeric PSI (reference: NumPy 1.24.2, recipe above)', () => {
  it('uses the reference deciles as edges and floors empty bins at 0.0001', () => {
    const result = psi(REFERENCE, CURRENT);
    // np.quantile(REFERENCE, np.arange(1, 10) / 10)
    const edges = [9.770000000000001, 10.76, 11.31, 12.02, 12.5, 12.92, 13.42, 14.34, 15.350000000000001];
    result.edges.forEach((edge, i) => expect(edge).toBeCloseTo(edges[i]!, 12));
    expect(result.referenceShares).toEqual(Array(10).fill(0.1));
    // c after flooring → [1e-4 ×5, 0.06666666666666667, 1e-4, 0.2, 0.2, 0.5333333333333333]
    const currentShares = [1e-4, 1e-4, 1e-4, 1e-4, 1e-4, 0.06666666666666667, 1e-4, 0.2, 0.2, 0.5333333333333333];
    result.currentShares.forEach((share, i) => expect(share).toBeCloseTo(currentShares[i]!, 14));
    // psi → 5.018043241818544
    expect(result.psi).toBeCloseTo(5.018043241818544, 12);
  });

  it('takes a bin count', () => {
    // bins = 4: edges [11.05, 12.5, 13.825], psi → 4.750431875604103
    const result = psi(REFERENCE, CURRENT, { bins: 4 });
    expect(result.edges.length).toBe(3);
    expect(result.psi).toBeCloseTo(4.750431875604103, 12);
  });

  it('counts current values beyond the reference range in the open outer bins', () => {
    // cur = [30, 31, 32, 33]: all in the top bin → psi 8.283089355027482
    const result = psi(REFERENCE, [30, 31, 32, 33]);
    expect(result.currentShares[9]).toBe(1);
    expect(result.psi).toBeCloseTo(8.283089355027482, 12);
  });

  it('merges the repeated edges that tied reference values produce', () => {
    // ref [1,1,1,1,2,2,3,3,3,4], cur [1,2,2,2,3,4,4,4,4,5], bins 5: np.unique leaves edges [1.0, 1.6, 2.4, 3.0]; psi → 0.5375278407684164
    const result = psi([1, 1, 1, 1, 2, 2, 3, 3, 3, 4], [1, 2, 2, 2, 3, 4, 4, 4, 4, 5], { bins: 5 });
    expect(result.edges).toEqual([1, 1.6, expect.closeTo(2.4, 12), 3]);
    expect(result.psi).toBeCloseTo(0.5375278407684164, 12);
  });

  it('on seeded samples (1,000 vs 800, mean +0.3 sd and spread ×1.2): a "watch" shift', () => {
    const rng = createRng(31);
    const reference = normals(rng, 1000);
    const current = normals(rng, 800, 0.3, 1.2);
    // Samples exported to JSON, recipe above with bins = 10 → psi 0.131302654854366
    const value = psi(reference, current).psi;
    expect(value).toBeCloseTo(0.131302654854366, 12);
    expect(psiLevel(value)).toBe('watch');
  });

  it('interpolates quantiles the way np.quantile does', () => {
    const sorted = Float64Array.from([1, 2, 4, 8]);
    // np.quantile([1, 2, 4, 8], [0, 0.25, 0.5, 0.9, 1]) → [1.0, 1.75, 3.0, 6.8, 8.0]
    expect([0, 0.25, 0.5, 0.9, 1].map((q) => linearQuantile(sorted, q))).toEqual([1, 1.75, 3, expect.closeTo(6.8, 14), 8]);
  });
});

describe('categorical PSI (reference: NumPy 1.24.2, shares over the union of categories, zeros → 1e-4)', () => {
  it('treats a category new in production as an empty reference bin', () => {
    // ref 6 en / 3 fr / 1 de, cur 4 en / 3 fr / 2 de / 1 pt → psi 0.8404924920479429 (the new "pt" dominates)
    const result = categoricalPsi([...Array(6).fill('en'), 'fr', 'fr', 'fr', 'de'], [...Array(4).fill('en'), 'fr', 'fr', 'fr', 'de', 'de', 'pt']);
    expect(result.referenceShares).toEqual([0.6, 0.3, 0.1, PSI_EMPTY_BIN_SHARE]);
    expect(result.psi).toBeCloseTo(0.8404924920479429, 12);
    expect(psiLevel(result.psi)).toBe('act');
  });

  it('on the seeded language labels of the chi-square test', () => {
    const rng = createRng(21);
    const languages = ['en', 'fr', 'de', 'es'];
    const reference = Array.from({ length: 600 }, () => languages[rng.categorical([0.5, 0.3, 0.15, 0.05])]!);
    const current = Array.from({ length: 500 }, () => languages[rng.categorical([0.45, 0.3, 0.15, 0.1])]!);
    // Labels exported to JSON → psi 0.07637067981021065
    expect(categoricalPsi(reference, current).psi).toBeCloseTo(0.07637067981021065, 12);
  });
});

describe('levels, symmetry and edge cases', () => {
  it('psiLevel uses the rule-of-thumb bounds 0.1 and 0.25, inclusive', () => {
    expect([PSI_WATCH, PSI_ACT]).toEqual([0.1, 0.25]);
    expect(psiLevel(0)).toBe('stable');
    expect(psiLevel(0.0999)).toBe('stable');
    expect(psiLevel(0.1)).toBe('watch');
    expect(psiLevel(0.2499)).toBe('watch');
    expect(psiLevel(0.25)).toBe('act');
    expect(() => psiLevel(Number.NaN)).toThrow(/NaN/);
  });

  it('is symmetric and normalises counts', () => {
    expect(psiFromShares([0.2, 0.3, 0.5], [0.3, 0.3, 0.4])).toBeCloseTo(psiFromShares([0.3, 0.3, 0.4], [0.2, 0.3, 0.5]), 15);
    expect(psiFromShares([20, 30, 50], [3, 3, 4])).toBeCloseTo(psiFromShares([0.2, 0.3, 0.5], [0.3, 0.3, 0.4]), 15);
  });

  it('is 0 for identical samples', () => {
    expect(psi(REFERENCE, REFERENCE).psi).toBe(0);
    expect(categoricalPsi(['a', 'b', 'b'], ['b', 'a', 'b']).psi).toBe(0);
  });

  it('rejects empty samples, NaN and bad bin counts with a clear error', () => {
    expect(() => psi([], CURRENT)).toThrow(/reference sample is empty/);
    expect(() => psi(REFERENCE, [])).toThrow(/current sample is empty/);
    expect(() => psi(REFERENCE, [1, Number.NaN])).toThrow(/non-finite value \(NaN\) at index 1/);
    expect(() => psi(REFERENCE, CURRENT, { bins: 1 })).toThrow(/bins ≥ 2/);
    expect(() => categoricalPsi([], ['a'])).toThrow(/reference sample is empty/);
    expect(() => psiFromShares([0.5, 0.5], [1])).toThrow(/same bins/);
  });
});
