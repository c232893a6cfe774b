/**
 * Like issues gathered: the same code and severity in one column, three or
 * more times ("Cột D: 18 số gõ dạng chữ (D6–D26)"). The report keeps every
 * issue; a group only says which of them read as one line.
 */
import type { Issue, IssueGroup } from './report';

/** The fewest like issues that make a group. */
export const GROUP_MIN = 3;

export function groupIssues(issues: readonly Issue[]): IssueGroup[] {
  const byKey = new Map<string, { column: string; members: Issue[] }>();
  for (const i of issues) {
    const column = /^[A-Z]+/.exec(i.cell)?.[0] ?? '';
    const key = `${column}|${i.code}|${i.severity}`;
    const g = byKey.get(key);
    if (g) g.members.push(i);
    else byKey.set(key, { column, members: [i] });
  }
  const out: IssueGroup[] = [];
  for (const { column, members } of byKey.values()) {
    if (members.length < GROUP_MIN) continue;
    const cells = members.map((m) => m.cell);
    out.push({
      code: members[0].code,
      severity: members[0].severity,
      column,
      count: members.length,
      cells,
      fixes: members.filter((m) => m.fix).length,
    });
  }
  return out;
}
