import type { Notice } from '../../state/notices-slice';

/** Notices of one kind (the same message, whatever its details) shown as one line: the first, and how many more. */
export interface NoticeGroup {
  first: Notice;
  ids: readonly string[];
}

/** Groups notices by message, in the order each kind first appeared, so five bad URL values make one line. */
export function groupNotices(notices: readonly Notice[]): NoticeGroup[] {
  const groups = new Map<string, { first: Notice; ids: string[] }>();
  for (const notice of notices) {
    const group = groups.get(notice.message);
    if (group) group.ids.push(notice.id);
    else groups.set(notice.message, { first: notice, ids: [notice.id] });
  }
  return [...groups.values()];
}
