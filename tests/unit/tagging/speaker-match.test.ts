import { describe, expect, it } from 'vitest';
import { namesEntity, participantsOf, sameSpeaker } from './speaker-match';

const interview = ['Interview title', '', 'Guest: Maya Chen, head of payments at Circle', 'Host: David Park', '', 'Q: Why payments?', '', 'A: Because.'].join('\n');
const podcast = ['标题', '嘉宾：Arthur Hayes，BitMEX 联合创始人', '主持人：Laura，Tom', '', '主持人 Laura：欢迎。'].join('\n');

describe('participantsOf', () => {
  it('reads the host and guest lines, not the turns', () => {
    expect(participantsOf(interview)).toEqual({ host: ['David Park'], guest: ['Maya Chen, head of payments at Circle'] });
    expect(participantsOf(podcast)).toEqual({ host: ['Laura，Tom'], guest: ['Arthur Hayes，BitMEX 联合创始人'] });
  });
});

describe('sameSpeaker', () => {
  const participants = participantsOf(interview);

  it('matches the same name whatever its case and spacing', () => {
    expect(sameSpeaker('Maya Chen', 'maya  chen', participants)).toBe(true);
    expect(sameSpeaker('Maya Chen', 'David Park', participants)).toBe(false);
  });

  it('matches a label written with its role word to the bare name', () => {
    expect(sameSpeaker('主持人 Jack', 'Jack', participantsOf(podcast))).toBe(true);
    expect(sameSpeaker('Laura', '主持人Laura', participantsOf(podcast))).toBe(true);
  });

  it('accepts a role-only gold label when the tagger resolved it to the one person on that role line', () => {
    expect(sameSpeaker('A', 'Maya Chen', participants)).toBe(true);
    expect(sameSpeaker('Host', 'David Park', participants)).toBe(true);
    expect(sameSpeaker('Q', 'David Park', participants)).toBe(true);
  });

  it('rejects a role resolved to someone on the other side of the conversation', () => {
    expect(sameSpeaker('Host', 'Maya Chen', participants)).toBe(false);
    expect(sameSpeaker('A', 'David Park', participants)).toBe(false);
  });

  it('does not read a Latin name that starts like a role word as that role ("Mcdonald")', () => {
    expect(sameSpeaker('Mcdonald', 'donald', participants)).toBe(false);
  });

  it('counts a speaker on one side only as a mismatch', () => {
    expect(sameSpeaker(undefined, 'Maya Chen', participants)).toBe(false);
    expect(sameSpeaker('Maya Chen', undefined, participants)).toBe(false);
    expect(sameSpeaker(undefined, undefined, participants)).toBe(true);
  });
});

describe('namesEntity', () => {
  const entities = [{ text: 'SEC' }, { text: 'BCE', name: 'European Central Bank' }, { text: 'Bloomberg' }, { text: '두나무' }];

  it('finds a gold speaker that is an organisation the article marks ("SEC", "BCE", "Bloomberg Intelligence")', () => {
    expect(namesEntity('SEC', entities)).toBe(true);
    expect(namesEntity('European Central Bank', entities)).toBe(true);
    expect(namesEntity('Bloomberg Intelligence', entities)).toBe(true);
    expect(namesEntity('두나무', entities)).toBe(true);
  });

  it('leaves people alone, even when a name contains an entity’s letters ("Secunda", "Maya Chen")', () => {
    expect(namesEntity('Maya Chen', entities)).toBe(false);
    expect(namesEntity('Secunda Ray', entities)).toBe(false);
  });

  it('keeps a person the organisation introduces as a speaker ("SEC Chair Paul Atkins", "두나무 대표 오경석")', () => {
    expect(namesEntity('SEC Chair Paul Atkins', entities)).toBe(false);
    expect(namesEntity('Paul Atkins of the SEC', entities)).toBe(false);
    expect(namesEntity('두나무 대표 오경석', entities)).toBe(false);
  });
});
