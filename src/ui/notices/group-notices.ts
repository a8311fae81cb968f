import type { Notice } from '../../state/notices-slice';

/** Notices that would read the same (one message with the same details) shown as one line, with how many more. */
export interface NoticeGroup {
  first: Notice;
  ids: readonly string[];
}

/**
 * Groups notices that read the same, in the order each first appeared. Notices about different things (two bad URL
 * values) each keep their line: each names what was wrong; capping a flood of them is the store's business.
 */
export function groupNotices(notices: readonly Notice[]): NoticeGroup[] {
  const groups = new Map<string, { first: Notice; ids: string[] }>();
  for (const notice of notices) {
    const key = JSON.stringify([notice.message, notice.params ?? {}]);
    const group = groups.get(key);
    if (group) group.ids.push(notice.id);
    else groups.set(key, { first: notice, ids: [notice.id] });
  }
  return [...groups.values()];
}
