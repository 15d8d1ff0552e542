/**
 * Chinese and Japanese names that join Latin letters to Han or kana are found written with or
 * without a space at the seam; a generic word after the space (交易所, 錢包) stays outside the name.
 */
import { describe, expect, it } from 'vitest';
import { foundNames } from './found-names';

describe('names across a Latin–CJK seam', () => {
  it('Solana 基金會 and Solana基金會 are both the Solana Foundation, not the Solana token', () => {
    expect(foundNames('Solana 基金會表示將資助開發者。', 'zh-TW')).toEqual(['Solana 基金會→org:solana-foundation']);
    expect(foundNames('Solana基金會表示將資助開發者。', 'zh-TW')).toEqual(['Solana基金會→org:solana-foundation']);
    expect(foundNames('Conflux 基金会宣布新计划。', 'zh-CN')).toEqual(['Conflux 基金会→org:conflux-foundation']);
  });

  it('SBI 証券 and 三菱 UFJ 信託銀行 as written with spaces in Japanese', () => {
    expect(foundNames('SBI 証券は口座数を伸ばした。', 'ja')).toEqual(['SBI 証券→org:sbi-securities']);
    expect(foundNames('三菱 UFJ 信託銀行が発行を支える。', 'ja')).toEqual(['三菱 UFJ 信託銀行→org:mufg-trust']);
  });

  it('MAX 交易所 is MAX: the word exchange after a space is not part of the name', () => {
    expect(foundNames('MAX 交易所宣布上架 USDC。', 'zh-TW')).toEqual(['MAX→org:maicoin', 'USDC→token:usdc']);
  });
});
