/**
 * A dataset's chart spec with the ledger joined in: where a charted figure's claim does not add up,
 * the spec carries the figure recomputed by site.worked(), the one function that computes it.
 */
import type { ChartSpec } from '../lib/chart-spec';
import { chartSpec } from '../lib/chart-spec';
import { loadSite } from './site';

export async function chartSpecFor(datasetId: string): Promise<ChartSpec> {
  const site = await loadSite();
  const claimIds = new Set(site.claims.map((claim) => claim.id));
  return chartSpec(site.dataset(datasetId).data, site.words.figureKinds, {
    verdict: (claimId) => (claimIds.has(claimId) ? site.claim(claimId).data.verdict : undefined),
    worked: (claimId) => site.worked(claimId),
  });
}
