/**
 * Chinese claim cues, written in simplified characters; traditional variants are derived (han.ts).
 * Word-sense checks keep 将 (future) apart from 将…视为 (object marker) and 会 (will) apart from 会议/社会.
 */
import { foldHanText as foldText, simplifiedCode } from '../han';
import { cues, mergeEntries, type Lexicon, type SenseCheck } from './types';

/** Characters after 将 that make a noun or another word: 将军, 将领, 将士, 将近 (nearly), 将就. */
const JIANG_NOT_FUTURE_AFTER = new Set(['军', '领', '士', '近', '就', '帅', '相']);
/** Characters before 将 that make a noun: 大将, 武将, 老将, 干将, 猛将, 主将, 名将, 上将, 中将, 少将. */
const JIANG_NOT_FUTURE_BEFORE = new Set(['大', '武', '老', '干', '猛', '主', '名', '上', '中', '少', '良', '骁', '麻']);
/** What typically follows future 将: a verb, an adverb, a preposition or a time. */
const JIANG_FUTURE_FOLLOWS =
  /^(?:会|在|于|继续|进一步|成为|推出|上线|迎来|达到|突破|进入|带来|面临|持续|保持|出现|发生|获得|开始|逐步|逐渐|大幅|不|可能|是|有|被|由|对|与|从|向|把|更|很|再|首次|正式|全面|直接|主要|重新|陆续|率先|给|以|为|通过|推动|成|变|改变|重塑|引发|导致|影响|决定|取代|超越|超过|失去|扮演|发挥|彻底|完全|只|仍|依然|一直|迎|上涨|下跌|跌|涨|增长|减少|增加|降低|提高|提升|扩大|缩小|回落|回升|反弹|获|拥有|具备|实现|完成|启动|发布|发行|举行|召开|成立|结束|停止|关闭|退出|加入|支持|允许|禁止|要求|需要|面对|受|遭|随|至|于|进行|采取|提供|推进|落地|引领|主导|创造|产生|形成|爆发|见证|步入|走向|回归|达|升|降|破|冲|站上|跌破|涨至|跌至|升至|降至)/;
/** A pronoun or determiner right after 将 marks it as the object marker (将其视为…). */
const JIANG_OBJECT_FOLLOWS = /^(?:其|之|它|他们|她们|此|这|那|所有|自己|自身|部分|一部分|全部|大量)/;
/** A disposal verb later in the clause (将 X 视为 Y, 将 X 纳入 Y): 将 is then the object marker. */
const JIANG_DISPOSAL_LATER =
  /^[^，。；！？,;!?：:]{1,14}?(?:视为|视作|作为|当作|当成|变为|变成|转化为|转变为|转化成|改为|改成|纳入|用于|置于|投入|交给|交由|放在|推向|推到|打造成|打造为|定义为|称为|列为|设为|归为|分为|转为|提升至|提升到|提高到|提高至|降至|降到|带入|引入|融入|迁移|迁至|转移|分配给|部署在|部署到|连接到|集成到|上调至|下调至|调整为|扩展到|扩大到|视同|翻译成|写入|存入|兑换成|换成|锁定在|质押到|转入|转给|发送到|押注在)/;

/**
 * The simplified form of the UTF-16 unit at `index` (-1 outside the text). Sense checks run on every
 * candidate of a common character (会, 个, 人…): a code read is far cheaper than a one-character string.
 */
function foldedCodeAt(text: string, index: number): number {
  return index >= 0 && index < text.length ? simplifiedCode(text.charCodeAt(index)) : -1;
}

/** The UTF-16 codes of `chars` (one unit each), for sense checks that look at one character. */
function codeSet(chars: Iterable<string>): Set<number> {
  return new Set([...chars].map((char) => char.charCodeAt(0)));
}

const JIANG_NOT_FUTURE_BEFORE_CODES = codeSet(JIANG_NOT_FUTURE_BEFORE);
const JIANG_NOT_FUTURE_AFTER_CODES = codeSet(JIANG_NOT_FUTURE_AFTER);

/** 将 as the future marker, not 将军 or the object marker of 将 X 视为 Y. */
const jiangIsFuture: SenseCheck = (text, start, end) => {
  if (JIANG_NOT_FUTURE_BEFORE_CODES.has(foldedCodeAt(text, start - 1))) return false;
  if (JIANG_NOT_FUTURE_AFTER_CODES.has(foldedCodeAt(text, end))) return false;
  const after = foldText(text.slice(end, end + 20));
  if (JIANG_FUTURE_FOLLOWS.test(after)) return true;
  return !JIANG_OBJECT_FOLLOWS.test(after) && !JIANG_DISPOSAL_LATER.test(after);
};

/** Words ending in 会 that are meetings or nouns: 社会, 机会, 委员会, 大会, 发布会… */
const HUI_NOUN_BEFORE = ['监', '管', '总', '分', '公', '商', '联', '社', '机', '协', '学', '大', '理事', '董事', '基金', '峰', '年', '例', '开', '晚', '宴', '约', '体', '领', '误', '聚', '商', '工', '国', '教', '省', '融', '议', '盛', '照', '庙', '酒', '舞', '展', '委员', '博览', '研讨', '发布', '交流', '听证', '股东', '联合', '都', '茶', 'party', '夜', '运', '香', '拍卖', '晚宴', '例行', '全'];
/** Words starting with 会 that are nouns or other verbs: 会议, 会员, 会计, 会长, 会谈… */
const HUI_NOUN_AFTER = new Set(['议', '员', '计', '长', '场', '所', '谈', '晤', '话', '见', '面', '师', '期', '址', '费', '标', '徽', '籍', '考', '诊', '审', '签', '同', '合', '聚', '意', '心', '务', '友', '刊', '章', '客', '演', '展', '馆', '堂', '上', '后']);

/** The one- and two-character words of HUI_NOUN_BEFORE (longer ones never fit in the two characters looked at). */
const HUI_NOUN_BEFORE_ONE = codeSet(HUI_NOUN_BEFORE.filter((word) => word.length === 1));
const HUI_NOUN_BEFORE_TWO = new Set(HUI_NOUN_BEFORE.filter((word) => word.length === 2));
const HUI_NOUN_AFTER_CODES = codeSet(HUI_NOUN_AFTER);
const DU = '都'.charCodeAt(0);
const DA = '大'.charCodeAt(0);
const SHANG = '上'.charCodeAt(0);
const HOU = '后'.charCodeAt(0);

/** 会 as "will", not 会议/社会/机会. */
const huiIsModal: SenseCheck = (text, start, end) => {
  const last = foldedCodeAt(text, start - 1);
  const beforeLast = foldedCodeAt(text, start - 2);
  const twoBefore = beforeLast >= 0 && last >= 0 ? String.fromCharCode(beforeLast, last) : '';
  if (HUI_NOUN_BEFORE_ONE.has(last) || HUI_NOUN_BEFORE_TWO.has(twoBefore)) {
    // "大家都会", "全都会": 都 before 会 is "all will" unless it makes 大都会 (metropolis).
    if (!(last === DU && beforeLast !== DA)) return false;
  }
  const next = foldedCodeAt(text, end);
  if (next === SHANG || next === HOU) return !/[在的]/.test(foldText(text.slice(Math.max(0, start - 4), start)));
  return !HUI_NOUN_AFTER_CODES.has(next);
};

const NUMERALS = codeSet('0123456789０１２３４５６７８９一二两三四五六七八九十百千');

/** 万/亿 are amounts after a numeral (10万, 三千亿), not in 万一 (in case) or 万物. */
const afterNumeral: SenseCheck = (text, start) => start > 0 && NUMERALS.has(text.charCodeAt(start - 1));

/** Han numerals that count things ("七家机构", "九成", "两次"); a lone 一 is only "a" (一家公司, 一个问题). */
const HAN_COUNT_BEFORE = codeSet('两二三四五六七八九十百千');

/** A counter or 成 (tenths) after a counting Han numeral: a figure written in words ("七家", "六到八成"). */
const afterHanCount: SenseCheck = (text, start) => HAN_COUNT_BEFORE.has(foldedCodeAt(text, start - 1));

/**
 * 第一 ranks ("全球第一", "排名第一") but opens an enumeration at the start of a sentence or clause
 * ("第一是监管。", "第一，…", "第一个原因"): that is not a check-worthy figure.
 */
const ENUMERATION_AFTER = codeSet('是，,、：:个點点');
const firstIsRanking: SenseCheck = (text, start, end) => {
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  const opensClause = start === 0 || before === 0x20 || CLAUSE_OPENERS.has(before);
  return !(opensClause && ENUMERATION_AFTER.has(text.charCodeAt(end)));
};
const CLAUSE_OPENERS = codeSet('。！？；，,：:\n“「（(');

const JIN = '尽'.charCodeAt(0);

/** 可能 hedges, but 尽可能 means "as much as possible". */
const notJinKeneng: SenseCheck = (text, start) => foldedCodeAt(text, start - 1) !== JIN;

/** 一定 is "certainly" before a verb, but 一定程度/一定的 is "some". */
const yidingIsCertain: SenseCheck = (text, _start, end) => !/^(?:程度|的|数量|时间|规模|比例|范围|条件|量|期|区间|阶段|影响|风险|作用)/.test(foldText(text.slice(end, end + 3)));

const forecast = { evidence: 'forecast' as const };
const weakForecast = { evidence: 'forecast' as const, weight: 1 };
const hedge = { evidence: 'forecast' as const, weight: 1.5 };
const opinion = { evidence: 'opinion' as const, firstPerson: true };
const normative = { evidence: 'opinion' as const, weight: 1.5 };
const evaluative = { evidence: 'evaluative' as const };
const report = { evidence: 'report' as const };
const fact = { evidence: 'fact' as const };
const up = { polarity: 'up' as const };
const down = { polarity: 'down' as const };
const negator = { negates: true };

export const zh: Lexicon = {
  lang: 'zh',
  wordBoundaries: false,
  negationScope: 'before',
  entries: mergeEntries(
    // Ruling out a ruling-out is a hedged forecast, not a negation: "cannot rule out a crash" is bearish.
    cues({ evidence: 'forecast', weight: 1.5 }, '不能排除', '无法排除', '不排除', '不可排除', '并不排除'),
    cues({ ...forecast, sense: jiangIsFuture }, '将'),
    cues({ ...forecast, sense: huiIsModal }, '会'),
    cues(forecast, '将会', '将要', '即将', '必将', '终将', '势必', '预计', '预期', '预测', '预估', '有望', '料将', '或将', '迟早', '早晚', '注定', '前景', '展望', '就要', '快要', '可望', '料', '预言', '押注', '应该会', '一定会', '肯定会', '还会', '也会', '都会', '就会', '只会', '才会', '必然会', '或许会', '可能会', '也许会', '看好', '看涨', '看跌', '看空', '看多', '有机会', '有可能', '很可能', '大概率', '难免', '指日可待'),
    cues({ ...forecast, negates: true }, '不会', '不可能', '难以'),
    cues({ ...hedge, sense: notJinKeneng }, '可能'),
    cues(hedge, '也许', '或许', '估计', '恐怕', '大概', '想必', '可能性', '潜力', '不一定'),
    cues(weakForecast, '未来', '将来', '今后', '趋势', '计划', '打算', '即将到来', '明年', '下半年', '年内', '年底'),
    cues(opinion, '我担心', '我怕', '我害怕', '我怀疑', '我认为', '我觉得', '我相信', '我坚信', '我确信', '我判断', '我的判断', '在我看来', '我的看法', '我的观点', '个人认为', '我个人认为', '我们认为', '我们相信', '我们判断', '我倾向于', '我预计', '我预期', '我猜', '我估计', '我的感觉', '我感觉', '坦白说', '说实话', '老实说', '毫无疑问', '无疑', '我想', '我看', '我对', '我一直认为', '我始终认为', '我更愿意', '我非常看好', '我很看好', '我不太看好'),
    cues({ ...opinion, negatesClause: true }, '我不认为', '我不觉得', '我不相信'),
    // Anyone's negated view governs its whole clause (他不认为加密市场已经进入熊市).
    cues({ evidence: 'opinion', reports: true, negatesClause: true }, '不认为', '并不认为', '不觉得', '不相信', '不预期', '并不预期'),
    // The author's own voice ("笔者认为") is a first-person view.
    cues(opinion, '笔者认为', '筆者認為', '笔者看来', '筆者看來', '笔者相信', '筆者相信'),
    cues({ evidence: 'opinion' }, '认为', '相信', '觉得', '判断', '看来', '显然', '肯定', '必然', '说到底', '归根结底', '显而易见'),
    // Discourse markers ("of course", "in fact") colour a sentence without making it an opinion.
    cues(evaluative, '当然', '确实', '的确', '其实', '事实上', '实际上', '本质上', '真正'),
    cues({ evidence: 'opinion', sense: yidingIsCertain }, '一定'),
    cues(normative, '应该', '应当', '必须', '值得', '不得不', '需要', '要想', '务必', '有必要', '关键在于', '核心在于'),
    cues({ evidence: 'evaluative', weight: 0.5 }, '很'),
    cues(evaluative, '重要', '关键', '核心', '最', '巨大', '显著', '根本', '本质', '非常', '极其', '极为', '十分', '特别', '相当', '太', '更', '远远', '越来越', '问题', '风险', '机会', '机遇', '泡沫', '错误', '困难', '优势', '劣势', '瓶颈', '挑战', '意义', '主流', '革命性', '颠覆', '里程碑', '转折点', '拐点', '被低估', '被高估', '低估', '高估', '过热', '健康', '强劲', '疲软', '稀缺', '不可或缺', '至关重要', '举足轻重', '唯一', '最大', '最好', '最重要', '真的', '确定性', '必要', '难', '严重', '有效', '成功', '失败', '领先', '落后', '简单', '复杂', '明显', '明确', '清楚', '非常重要', '绝对', '完全', '彻底', '本身', '逻辑', '价值'),
    cues(report, '表示', '指出', '声称', '宣称', '强调', '透露', '坦言', '直言', '提到', '写道', '警告', '预警', '援引', '报道', '发文', '发推', '分析称', '回应', '补充', '提醒', '称'),
    cues({ evidence: 'report', weight: 1 }, '说'),
    cues({ ...fact, sense: afterNumeral }, '万', '亿', '倍'),
    cues({ ...fact, sense: afterHanCount }, '家', '个', '名', '位', '款', '条', '项', '轮', '次', '成', '只', '座', '支', '件', '国', '人'),
    cues(fact, '连续', '翻番', '三分之一', '三分之二', '一半', '四分之一', '四分之三', '五分之一', '十分之一', '创新高', '历史新高', '纪录', '记录', '首次', '排名', '超过', '达到', '融资', '收购', '推出', '上线', '批准', '获批', '百分之', '倍', '美元', '美金', '市值', '交易量', '成交量', '净流入', '净流出', '锁仓', '持有', '占比', '增持', '减持', '买入', '卖出', '募资', '估值', '同比', '环比', '历史最高', '最高点', '最低点'),
    cues({ ...fact, sense: firstIsRanking }, '第一'),
    cues({ against: 'narration' }, '我不是说', '我并不是说', '并不是说', '本期', '本集', '本文', '本篇', '这期', '这一期', '在这期', '今天我们', '我们今天', '今天的节目', '今天我想', '今天我们来', '以下是', '以下为', '以下内容', '欢迎收听', '欢迎来到', '让我们', '我们来聊', '我们来谈', '聊聊', '谈谈', '分享一下', '和大家分享', '探讨了', '讨论了', '深入探讨', '本播客', '节目中', '接下来我们', '下面我们', '本次演讲', '这次演讲', '演讲全文', '全文如下', '原文如下', '编者按', '导读'),
    cues({ against: 'greeting' }, '谢谢', '感谢', '大家好', '你好', '您好', '欢迎', '再见', '很高兴', '荣幸'),
    cues({ against: 'instruction' }, '点击', '关注我们', '扫码', '订阅', '点赞', '转发', '请关注', '加入我们'),
    // A host's request, a guest's self-introduction, an analogy and the report that a debate exists are not claims.
    cues({ against: 'instruction' }, '请你', '介绍一下', '先请', '聊聊你'),
    cues({ against: 'narration' }, '打个比方', '打比方', '争论不断', '争议不断', '看法分歧', '意见分歧', '存在分歧', '后来加入', '我最早', '我之前在', '我目前在', '我现在在'),
    cues(up, '完成立法', '通过立法', '获批', '降息', '印钱', '放水', '好于', '强于', '优于', '向上', '净流入', '有望', '成为最大', '最大的', '主要', '最重要', '领先', '最好', '最佳', '机会', '机遇', '追上', '超过', '接入', '受益', '加速', '上涨', '涨', '大涨', '暴涨', '飙升', '上升', '攀升', '突破', '新高', '利好', '增长', '增加', '流入', '反弹', '回升', '复苏', '走强', '繁荣', '爆发', '普及', '采用', '升值', '超越', '崛起', '腾飞', '起飞', '走高', '上行', '拉升', '翻倍', '见底', '乐观', '看好', '看涨', '看多', '扩张', '壮大', '加速', '利多', '强势', '大放异彩'),
    cues(down, '加息', '缩表', '卖币', '被迫', '卖出', '爆雷', '向下', '离开', '弱于', '不如', '落后', '流失', '回落', '问题', '困难', '放缓', '下跌', '跌', '大跌', '暴跌', '跌破', '崩盘', '崩溃', '利空', '下滑', '下降', '流出', '回调', '衰退', '萎缩', '走弱', '抛售', '贬值', '清算', '爆仓', '破产', '暴雷', '砸盘', '走低', '下行', '腰斩', '归零', '缩水', '承压', '见顶', '悲观', '看跌', '看空', '打压', '禁止', '收紧', '风险', '黑客', '被盗', '亏损', '困境', '边缘化', '低迷', '疲软'),
    // 支撑、提升或拖累、压力：推动或压住标的的词，价格动作之外。
    cues(up, '提升', '提高', '增量', '支撑', '吸收', '扩大', '上探', '友好', '带动', '助推'),
    cues(down, '压力', '卖压', '抛压', '透支', '拖累', '存疑', '缺乏', '谨慎', '高估', '泡沫化'),
    cues({ polarity: 'bullThing' }, '牛市', '上升周期', '上涨周期', '超级周期', '山寨季', '牛市周期', '上涨趋势', '上升趋势', '牛'),
    cues({ polarity: 'bearThing' }, '熊市', '泡沫', '寒冬', '加密寒冬', '危机', '下行周期', '下跌趋势', '下降趋势', '熊'),
    cues({ polarity: 'end' }, '结束', '终结', '到头', '告一段落', '过去了', '落幕', '完结', '尽头', '见顶了'),
    cues(negator, '不', '没', '没有', '未', '无', '非', '并非', '别', '不再', '从未', '绝不', '并不', '无法', '毫无', '排除', '避免', '防止', '停止', '难'),
    cues({ blocker: true }, '最近', '最后', '最初', '最早', '最终', '不断', '不仅', '不少', '不错', '不过', '不同', '不管', '不久', '不但', '不论', '不妨', '不如', '不禁', '不免', '不然', '不光', '不只', '不止', '无论', '无数', '无限', '非洲', '是非', '特别', '分别', '区别', '类别', '级别', '个别', '识别', '会不会', '名称', '称为', '称之为', '简称', '对称', '称号', '俗称', '统称', '又称', '昵称', '职称', '人称', '堪称', '号称', '自称', '称作', '称赞', '说明', '小说', '学说', '据说', '说法', '演说', '游说', '传说', '虽说', '比如说', '也就是说', '换句话说', '总的来说', '简单来说', '一般来说', '来说', '说服', '听说', '再说', '涨跌', '牛逼', '吹牛', '牛顿', '熊猫', '不好意思', '未必', '无关', '非但', '没错', '难道', '我看到', '我想分享', '困难', '难题', '灾难', '艰难', '难点'),
    cues({ reports: true }, '预计', '预测', '估计', '预期', '看好', '看涨', '看跌', '认为', '相信', '判断', '表示', '指出', '称', '说', '强调', '警告', '形容', '坦承', '提醒'),
    cues({ time: true }, '年', '月', '季度', '周', '天', '未来', '今后', '接下来', '此后', '短期', '长期', '近期', '很快', '不久', '将来', '周期', 'q1', 'q2', 'q3', 'q4', '今年', '明年', '后年', '年内', '年底', '年末', '年初', '上半年', '下半年'),
    cues({ pronoun: true }, '它', '它们', '其', '该', '这', '此', '这些', '这一', '前者', '后者', '他', '她', '他们', '其中'),
  ),
};
