import type { Hub } from './hubs';
import type { SiteRecord } from './site-record';

/** The record columns that keep hypothetical figures from passing for real ones. */
export const SCENARIO_COLUMNS = ['figures_use_proposed_hub', 'scenario_proposed_hubs'] as const;

/**
 * The proposed hubs the analysis counted, named with their mode and position (lon lat, WGS84), so a file made
 * in a scenario says so wherever it goes; null when the figures count no proposal.
 */
export function describeProposedHubs(hubs: readonly Hub[]): string | null {
  const proposed = hubs.filter((hub) => hub.proposed);
  if (proposed.length === 0) return null;
  const list = proposed.map((hub) => `${hub.name} (${hub.mode} at ${hub.position[0]} ${hub.position[1]})`).join('; ');
  return `hypothetical: ${list}`;
}

/**
 * Whether a site's figures rest on a proposed hub (its nearest rail station, its nearest hub or the hub that gives
 * its class is a proposal), and the scenario's proposals on every row, like the assumptions.
 */
export function scenarioRecord(record: SiteRecord, hubs: readonly Hub[]): SiteRecord {
  const proposedIds = new Set(hubs.filter((hub) => hub.proposed).map((hub) => hub.id));
  const usesProposal = [record.nearest_rail_id, record.nearest_hub_id, record.access_class_hub_id].some(
    (id) => typeof id === 'string' && proposedIds.has(id),
  );
  return { figures_use_proposed_hub: usesProposal, scenario_proposed_hubs: describeProposedHubs(hubs) };
}
