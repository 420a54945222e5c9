// Small hooks shared by the register's pages.
import { useEffect, useState } from 'react';
import { dayIn } from '../../lib/format.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';

/** The value, once it has stopped changing for `ms` (search boxes: one request per pause). */
export function useDebounced<T>(value: T, ms = 300): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * What the person may do in the register, from their role in the workspace (the server checks
 * again): viewers read; contact-centre advisers and up add and change; officers and up delete.
 */
export function useRegisterRights() {
  const ws = useWorkspace();
  return { canWrite: ws.role !== 'viewer', canDelete: ws.role === 'officer' || ws.role === 'admin' };
}

/** Today as YYYY-MM-DD in the workspace's time zone (the default date of a new activity or legal basis). */
export function today(): string {
  return dayIn(new Date());
}

/** Absolute paths of the register's pages in this workspace. */
export function useRegisterPaths() {
  const ws = useWorkspace();
  const base = `/w/${ws.slug}/register`;
  return {
    list: base,
    organisation: (id: string) => `${base}/organisations/${id}`,
    editOrganisation: (id: string) => `${base}/organisations/${id}/edit`,
    newOrganisation: `${base}/organisations/new`,
    people: `${base}/people`,
    person: (id: string) => `${base}/people/${id}`,
    editPerson: (id: string) => `${base}/people/${id}/edit`,
    newPerson: (organisationId?: string) => `${base}/people/new${organisationId ? `?organisation=${organisationId}` : ''}`,
    partners: `${base}/partners`,
  };
}
