// Which *.txt files a folder walk takes as articles: those that read as prose, under a name no tool gives a meaning.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isKnownNonArticle, isPlainTextArticle, readsAsProse } from '../../src/io/prose';
import { tempFolder } from '../cli/helpers';

const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures');
const DEVSET = path.join(import.meta.dirname, '..', '..', 'devset');

describe('reading as prose', () => {
  it('takes every plain-text article of the fixtures and the development set, scraped chrome and all', () => {
    const articles = [FIXTURES, DEVSET].flatMap((folder) => fs.readdirSync(folder).filter((name) => name.endsWith('.txt')).map((name) => path.join(folder, name)));
    expect(articles.length).toBeGreaterThan(20);
    expect(articles.filter((file) => !readsAsProse(fs.readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('takes short articles: a sentence, or a few', () => {
    for (const text of ['A new article.\n', 'All is well.\n', 'Article 3 is fine.\n', 'It was was late,and dark.\n', 'The council voted 7 to 2 on 12 May, and the mayor said the vote was “a good day”.\n']) expect(readsAsProse(text), text).toBe(true);
  });

  it('leaves word lists, dependency lists, build files, settings and code', () => {
    const notProse = {
      'a word list': 'Zelenskyy\nKyiv\nfrobnicator\nwidgetry\n',
      'pip requirements': 'flask\nrequests==2.31.0\n# pinned for the old server\ngunicorn>=21\n',
      'a CMake file': 'cmake_minimum_required(VERSION 3.20)\nproject(foo)\nadd_executable(foo main.cpp util.cpp)\n',
      'robots.txt': 'User-agent: *\nDisallow: /admin\nSitemap: https://example.com/sitemap.xml\n',
      'settings': 'width = 80\nheight = 24\ncolor = blue\n',
      'code': 'function main() {\n  return run(args);\n}\n',
      'a list of links': 'https://example.com/a\nhttps://example.com/b\n',
      'an empty file': '',
      'one word': 'Fine.\n',
    };
    for (const [what, text] of Object.entries(notProse)) expect(readsAsProse(text), what).toBe(false);
  });
});

describe('names tools give a meaning', () => {
  it('are never articles: requirements, CMake, robots, licences and notices, a package’s metadata', () => {
    for (const name of ['requirements.txt', 'requirements-dev.txt', 'dev_requirements.txt', 'constraints.txt', 'CMakeLists.txt', 'robots.txt', 'humans.txt', 'LICENSE.txt', 'LICENCE.txt', 'LICENSE-MIT.txt', 'OPEN-SANS-LICENSE.txt', 'COPYING.txt', 'NOTICE.txt', 'ThirdPartyNotices.txt', 'FiraSans-LICENSE-05ab6dbd.txt', 'LICENSE-APACHE-2.0.txt', 'AUTHORS.txt', 'top_level.txt', 'requirements/base.txt', 'LICENSES/MIT.txt']) {
      expect(isKnownNonArticle(path.join('/repo', name)), name).toBe(true);
    }
  });

  it('leave articles with ordinary names alone', () => {
    for (const name of ['story.txt', 'notes.txt', 'licensing-deal-story.txt', 'police-license-plates.txt', 'README.txt', 'news/2024/requirements-of-the-new-law.txt']) expect(isKnownNonArticle(path.join('/repo', name)), name).toBe(false);
  });
});

describe('a plain-text file found by a walk', () => {
  it('is taken when it cannot be read as text, so that the lint says why', () => {
    const folder = tempFolder({ 'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]), 'nul.txt': Buffer.from([0x61, 0x00, 0x62]) });
    expect(isPlainTextArticle(path.join(folder, 'latin1.txt'))).toBe(true);
    expect(isPlainTextArticle(path.join(folder, 'nul.txt'))).toBe(true);
  });

  it('is judged on its first 64 KB, even when that ends inside a character', () => {
    const sentence = 'The harbour authority said the new quay would open in the spring — “on time”, it added.\n';
    const folder = tempFolder({ 'long.txt': sentence.repeat(2000) });
    expect(isPlainTextArticle(path.join(folder, 'long.txt'))).toBe(true);
  });
});
