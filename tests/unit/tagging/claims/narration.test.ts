import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../../utils/tagging/claims';

function texts(body: string, lang: string): string[] {
  return findClaims(`Title\n\n${body}`, { lang, entities: [] }).map((claim) => claim.text);
}

describe('not claims: requests, self-introductions, analogies, reports of a debate', () => {
  it('a host’s request to introduce oneself is no claim, even with an evaluative word (先请你简单介绍一下自己)', () => {
    expect(texts('先请你简单介绍一下自己，以及你们目前在稳定币方向上的布局。', 'zh-CN')).toEqual([]);
  });

  it('a guest’s self-introduction is no claim, even with a year ("I joined crypto in 2018", "后来加入")', () => {
    expect(texts('I joined crypto in 2018 as a risk analyst at an exchange.', 'en')).toEqual([]);
    expect(texts('我在 2018 年进入加密行业，最早在一家交易所做风控，后来加入现在的基金。', 'zh-CN')).toEqual([]);
    expect(texts('J’ai rejoint la banque en 2019 après cinq ans de conseil.', 'fr')).toEqual([]);
  });

  it('an analogy and the report that a debate exists are narration (打个比方, 争论不断, 看法分歧)', () => {
    expect(texts('打个比方，这就像一条线路，再怎么优化，速度也不可能超过上限。', 'zh-CN')).toEqual([]);
    expect(texts('围绕这个问题，社区过去一年争论不断。', 'zh-CN')).toEqual([]);
    expect(texts('對於 AI 代幣的前景，市場看法分歧。', 'zh-TW')).toEqual([]);
  });
});

describe('not claims: pointers to a link; word senses inside longer words', () => {
  it('a pointer to a link or a homepage is an instruction (링크에서 보실 수 있습니다, đường link)', () => {
    expect(texts('자세한 리포트는 홈페이지의 링크에서 보실 수 있습니다.', 'ko')).toEqual([]);
    expect(texts('Mọi người có thể tìm tài liệu qua đường link trong phần mô tả.', 'vi')).toEqual([]);
  });

  it('"chủ yếu" (mainly) is no weakness and "không phải là" (is not) no obligation', () => {
    expect(texts('Người dùng hiện giao dịch chủ yếu trên ba sàn lớn.', 'vi')).toEqual([]);
    expect(texts('Ronin không phải là dự án do một nhóm nhỏ xây dựng.', 'vi')).toEqual([]);
  });
});

describe('claims: decided plans and commitments', () => {
  it('a decided plan or a policy looks ahead (편입하기로 했다, 강화할 방침이다, cam kết)', () => {
    expect(texts('금융감독원은 자금세탁 방지 점검을 강화할 방침이다.', 'ko')).toHaveLength(1);
    expect(texts('네이버파이낸셜은 업비트 운영사를 자회사로 편입하기로 했다.', 'ko')).toHaveLength(1);
    expect(texts('Dunamu cam kết bồi thường toàn bộ cho người dùng.', 'vi')).toHaveLength(1);
  });
});

describe('narration cues are specific', () => {
  it('"Today we discuss…" announces an episode, "Today we process 240,000 payments a day" states a figure', () => {
    expect(texts('Today we discuss why stablecoins will matter.', 'en')).toEqual([]);
    expect(texts('Today we process around 240,000 agent payments a day.', 'en')).toEqual(['Today we process around 240,000 agent payments a day.']);
  });
});
