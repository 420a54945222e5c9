// The message bundles: the core file of each language plus one file per feature area
// (register, survey, maps), each under its own top-level key so they never collide.
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

type Tree = Record<string, unknown>;
const merge = (...parts: Tree[]): Tree => Object.assign({}, ...parts);

export const bundles: Record<'sv' | 'da' | 'en', Tree> = {
  sv: merge(sv, registerSv, surveySv, mapsSv),
  da: merge(da, registerDa, surveyDa, mapsDa),
  en: merge(en, registerEn, surveyEn, mapsEn),
};
