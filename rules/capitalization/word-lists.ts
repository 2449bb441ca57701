// The word lists of capitalization.json that several parts read, made into sets once.
import data from './capitalization.json';

export const nameLeadIns = new Set(data.nameLeadIns);
export const titleWords = new Set(data.titleWords);
export const nameFollowers = new Set(data.nameFollowers);
export const connectors = new Set(data.connectors);
export const determiners = new Set(data.determiners);
export const smallWords = new Set(data.titleCaseSmallWords);
export const institutionHeads = new Set(data.institutionHeads);
export const personLeadIns = new Set(data.personLeadIns);
export const reportingVerbs = new Set(data.reportingVerbs);
