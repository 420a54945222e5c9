// The message bundles: the core file of each language plus one file per feature area
// (register, survey, maps, imports, mail, cases, referrals, privacy, projects, calls), each under its own top-level key so they never collide.
import sv from './sv.json';
import da from './da.json';
import en from './en.json';
import registerSv from './register.sv.json';
import registerDa from './register.da.json';
import registerEn from './register.en.json';
import surveySv from './survey.sv.json';
import surveyDa from './survey.da.json';
import surveyEn from './survey.en.json';
import mapsSv from './maps.sv.json';
import mapsDa from './maps.da.json';
import mapsEn from './maps.en.json';
import importsSv from './imports.sv.json';
import importsDa from './imports.da.json';
import importsEn from './imports.en.json';
import mailSv from './mail.sv.json';
import mailDa from './mail.da.json';
import mailEn from './mail.en.json';
import casesSv from './cases.sv.json';
import casesDa from './cases.da.json';
import casesEn from './cases.en.json';
import referralsSv from './referrals.sv.json';
import referralsDa from './referrals.da.json';
import referralsEn from './referrals.en.json';
import privacySv from './privacy.sv.json';
import privacyDa from './privacy.da.json';
import privacyEn from './privacy.en.json';
import projectsSv from './projects.sv.json';
import projectsDa from './projects.da.json';
import projectsEn from './projects.en.json';
import callsSv from './calls.sv.json';
import callsDa from './calls.da.json';
import callsEn from './calls.en.json';

type Tree = Record<string, unknown>;
const merge = (...parts: Tree[]): Tree => Object.assign({}, ...parts);

export const bundles: Record<'sv' | 'da' | 'en', Tree> = {
  sv: merge(sv, registerSv, surveySv, mapsSv, importsSv, mailSv, casesSv, referralsSv, privacySv, projectsSv, callsSv),
  da: merge(da, registerDa, surveyDa, mapsDa, importsDa, mailDa, casesDa, referralsDa, privacyDa, projectsDa, callsDa),
  en: merge(en, registerEn, surveyEn, mapsEn, importsEn, mailEn, casesEn, referralsEn, privacyEn, projectsEn, callsEn),
};
