// Calls for proposals as the API sends and takes them (src/server/modules/calls/schema.ts).
import type { Fund } from '../projects/types.ts';

export const CALL_STATUSES = ['open', 'forthcoming', 'closed'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

export interface Money {
  amountMinor: number;
  currency: string;
}

export interface Deadline {
  local: string;
  at: string;
}

export interface Call {
  id: string;
  programme: { id: string; name: string; fund: Fund; code: string | null };
  identifier: string | null;
  title: string;
  opensOn: string | null;
  timeZone: string;
  deadline: Deadline;
  stage2Deadline: Deadline | null;
  twoStage: boolean;
  status: CallStatus;
  nextDeadline: (Deadline & { stage: number }) | null;
  themes: string[];
  policyObjectives: string[];
  budget: Money | null;
  url: string | null;
  notes: string;
  followerCount: number;
  following: boolean;
  projectCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CallPage {
  items: Call[];
  total: number;
  statusCounts: Record<CallStatus, number>;
}

export interface CallBody {
  /** Left out when none is chosen, so the server says the field is required. */
  programmeId?: string;
  identifier: string | null;
  title: string;
  opensOn: string | null;
  timeZone: string;
  deadline?: string;
  stage2Deadline: string | null;
  policyObjectives: string[];
  budget: Money | null;
  url: string | null;
  notes: string;
}
