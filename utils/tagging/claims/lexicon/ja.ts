/**
 * Japanese claim cues. Negation follows what it negates (下落しない), so the negation scope is "after";
 * 以上/以下 are blocked so that 上が/下が (rise/fall stems) do not fire inside them.
 */
import { cues, mergeEntries, type Lexicon, type SenseCheck } from './types';

/** 以下に opens an announcement ("以下に示す") only at the start of a clause; after a quantity (半値以下に) it means "or less". */
const atClauseStart: SenseCheck = (text, start) => start === 0 || /[\s。、「『（(]/u.test(text[start - 1] ?? '');

const forecast = { evidence: 'forecast' as const };
const hedge = { evidence: 'forecast' as const, weight: 1.5 };
const weakForecast = { evidence: 'forecast' as const, weight: 1 };
const opinion = { evidence: 'opinion' as const, firstPerson: true };
const normative = { evidence: 'opinion' as const, weight: 1.5 };
const evaluative = { evidence: 'evaluative' as const };
const report = { evidence: 'report' as const };
const fact = { evidence: 'fact' as const };
const up = { polarity: 'up' as const };
const down = { polarity: 'down' as const };
const negator = { negates: true };

export const ja: Lexicon = {
  lang: 'ja',
  wordBoundaries: false,
  negationScope: 'after',
  entries: mergeEntries(
    cues(forecast, 'だろう', 'でしょう', 'であろう', '見込み', '見込まれ', '見通し', '予想', '予測', 'とみられ', 'と見られ', '見られている', 'はずだ', 'はずです', '期待され', 'ことになる', 'ことになります', '恐れがある', 'おそれがある', '兆し', 'する方針', 'つつある', 'に違いない', 'ていくでしょう', 'なるだろう', 'なるでしょう', 'していく', 'なっていく', '見方'),
    cues(hedge, 'かもしれない', 'かもしれません', '可能性', 'おそらく', '恐らく', 'たぶん', '多分', 'かねない', 'しれない'),
    cues(weakForecast, '今後', '将来', '来年', 'いずれ', '近い将来', '展望', '期待', '予定', '計画', '年内', '下半期', '年末'),
    cues(opinion, 'と思う', 'と思います', 'と思っています', 'と思っている', 'と考える', 'と考えます', 'と考えています', 'と考えている', 'と信じ', 'と確信', 'と感じ', '私の考え', '私見', '個人的には', '個人的に', '私としては', 'と言える', 'といえる', '言えるでしょう', '間違いない', '間違いなく', 'きっと', '必ず', '絶対', '明らか', '当然', '確かに', 'と見ている', 'と見ています', 'と見て'),
    cues(normative, 'べきだ', 'べきです', 'べき', '必要がある', '必要です', '必要だ', 'なければならない', 'なければなりません'),
    cues(evaluative, '重要', '鍵', 'カギ', '核心', '最も', '最大', '最高', '最強', '非常に', '極めて', '大きな', '巨大', '大きい', '決定的', '画期的', '革命的', '根本的', '本質的', '不可欠', '問題', 'リスク', '機会', 'チャンス', 'バブル', '過大評価', '過小評価', '割安', '割高', '強い', '弱い', '優れ', '唯一', '主流', '転換点', 'とても', '大きく', '本格的', '深刻', '有望', '最大の', '課題', '実は', '実際', '本当に', '正直'),
    cues(report, 'と述べ', 'と語', 'と話し', 'と指摘', 'と説明', 'と強調', 'と明らかに', 'と主張', 'と予想し', 'と予測し', 'と分析', 'と発表', 'によると', 'によれば', '氏は', '氏が', 'と警告', 'とコメント', 'と投稿', 'と述べている', 'と話す', 'と語る'),
    cues(fact, '連続', '倍増', '三分の一', '三分の二', '半分', '4分の1', '過去最高', '史上最高', '最高値', '記録', '初めて', '初の', 'ドル', '%', 'パーセント', '倍', '首位', '承認', '上場', '買収', '調達', '時価総額', '取引高', '保有', '流入額', '億', '兆'),
    cues({ against: 'narration' }, '本記事', 'この記事', '本稿', '今回の', '今回は', '本エピソード', 'このエピソード', '番組', '以下は', '紹介', '解説します', '見ていきます', '話します', 'お話し', '取り上げ', '本日は', '今日は', 'お届け', '全文'),
    cues({ against: 'narration', sense: atClauseStart }, '以下に'),
    // Conditions with a consequence ("実現すれば…課される"), plans under study, and dated plans ("来春には") look ahead.
    cues(weakForecast, 'すれば', 'されれば', 'なれば', '想定', '来春', '来夏', '来秋', '来冬', '来期', '来月', '来週', '意向'),
    cues(report, '考えを示', '意向を示', '見方を示', 'との指摘', 'とみている', 'とみています', 'とみる'),
    cues(evaluative, '高い', '低い', '厳しい', '難しい', '激しい', '複雑', '現実的', '一段と', '決して', '依然', '一因', '要因', '活発', '限られ', '遅れ'),
    // A title before は names who speaks (北尾吉孝社長は…): look for the source. 秘密鍵 is a private key, not a "key" issue.
    cues({ reports: true }, ...['社長', '会長', '総裁', '長官', '大臣', '議長', '教授', '代表', 'アナリスト', 'CEO'].flatMap((title) => [`${title}は`, `${title}が`])),
    cues({ blocker: true }, '秘密鍵', '公開鍵', '鍵管理'),
    cues(up, '追い風', '増えた', '増やし', '増加し', '伸ばし'),
    cues(down, '逆風', '向かい風', '減った', '減らし', '下げ', '落ち込'),
    cues({ against: 'greeting' }, 'ありがとう', 'ありがとうございます', 'こんにちは', 'よろしく', 'お願いします', 'ようこそ', '感謝'),
    cues({ against: 'instruction' }, 'クリック', 'フォロー', '登録', '購読', 'ダウンロード', 'ください'),
    cues(up, '承認', '続く', '拡大', '流入', '拡大する', '最大', '主要', '上昇', '高騰', '急騰', '値上がり', '上が', '上回', '突破', '回復', '反発', '成長', '拡大', '増加', '流入', '強気', '好調', '普及', '採用', '伸び', '急伸', '続伸', '楽観', '底打ち', '躍進'),
    cues(down, '離れ', '恐れ', '減る', '後退', 'リスク', '下落', '暴落', '急落', '値下がり', '下が', '下回', '割れ', '弱気', '低迷', '縮小', '減少', '流出', '崩壊', '破綻', '清算', '売り', '失敗', '後退', '悪化', '調整', '悲観', '懸念', '規制強化', '天井'),
    // 支え・押し上げ、重し・圧力：値動き以外で相場を押し上げる語、押さえる語。
    cues(up, '最適', '超える', '超え', '支え', '押し上げ', '好材料', '評価され', '追い風となる'),
    cues(down, '軟調', '重し', '圧力', '売り圧力', '慎重', '鈍化', '割高', '逆風となる'),
    cues({ polarity: 'bullThing' }, '強気相場', 'ブル相場', 'ブルマーケット', '上昇相場', '上昇トレンド', '強気市場', '上昇局面', '強気サイクル'),
    cues({ polarity: 'bearThing' }, '弱気相場', 'ベア相場', 'ベアマーケット', '下落相場', '冬の時代', 'クリプトの冬', '暗号資産の冬', 'バブル', '危機', '下降トレンド'),
    cues({ polarity: 'end' }, '終わ', '終了', '終焉', '終息'),
    cues(negator, 'ない', 'なく', 'ません', 'ず', 'なかった', 'ことはない', 'とは限らない', 'わけではない', 'ではない', 'じゃない'),
    // A negated view negates the whole clause it closes (弱気相場に入ったとは思いません).
    cues({ evidence: 'opinion', negatesClause: true }, 'とは思わない', 'とは思いません', 'とは思っていない', 'とは思っていません', 'とは考えない', 'とは考えていない', 'とは考えていません', 'とは見ていない', 'とは見ていません'),
    cues({ negatesClause: true }, 'とは言えない', 'とは言えません'),
    cues({ blocker: true }, '以上', '以下', '少ない', '危ない', '間違いない', '問題ない', '違いない', 'しれない', 'かねない', '足りない', '数少ない', 'ならない', 'なりません', '終わりに'),
    cues({ reports: true }, 'と予想', 'と予測', 'と見て', 'とみて', 'によると', 'によれば'),
    cues({ time: true }, '年', '月', '期', '今後', '将来', 'いずれ', '近々', '近い将来', '長期', '短期', 'これから', '向こう'),
    cues({ pronoun: true }, 'それ', 'これ', 'その', 'この', '同社', '同氏', '彼ら', '同プロジェクト', '同トークン'),
  ),
};
