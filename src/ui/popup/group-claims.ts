import type { Status } from '../../kb/schema';
import type { PageClaim } from '../../messaging/protocol';

/** The order groups appear in: what is settled first, then what is still moving. */
export const GROUP_ORDER: readonly (Status | null)[] = [
  'official',
  'rescinded',
  'proposed',
  'reported',
  null,
];

export interface ClaimGroup {
  status: Status | null;
  claims: PageClaim[];
}

/** The page's claims grouped by current status, page order kept inside each group; empty groups left out. */
export function groupByStatus(claims: readonly PageClaim[]): ClaimGroup[] {
  return GROUP_ORDER.map((status) => ({
    status,
    claims: claims.filter((c) => c.currentStatus === status),
  })).filter((group) => group.claims.length > 0);
}
