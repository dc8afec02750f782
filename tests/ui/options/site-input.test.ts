import { describe, expect, it } from 'vitest';
import { siteFromInput } from '../../../src/ui/options/sites/site-input';

describe('adding a site where Statusmark is off', () => {
  it('takes a host name, or the site of a pasted address', () => {
    expect(siteFromInput(' News.Example.com ')).toEqual({ site: 'news.example.com' });
    expect(siteFromInput('https://news.example.com/2026/03/story?utm=x#top')).toEqual({
      site: 'news.example.com',
    });
    expect(siteFromInput('news.example.com/politics')).toEqual({ site: 'news.example.com' });
    expect(siteFromInput('localhost:8080')).toEqual({ site: 'localhost' });
  });

  it('refuses what is not a web site, saying why', () => {
    expect(siteFromInput('')).toEqual({ problem: 'Enter a site, e.g. news.example.com' });
    expect(siteFromInput('ftp://files.example.com')).toEqual({
      problem: 'Statusmark only runs on http and https pages',
    });
    expect(siteFromInput('not a site!')).toEqual({
      problem: '"not a site!" is not a site name such as news.example.com',
    });
  });
});
