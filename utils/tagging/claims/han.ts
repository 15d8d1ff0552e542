/**
 * Simplified ↔ traditional Chinese for the characters the claim rules use, so one lexicon written in
 * simplified characters also reads zh-TW text. Each group is a simplified character followed by its
 * traditional forms (checked against OpenCC's cn→tw and cn→hk tables); offsets never change because
 * every mapping is one UTF-16 unit to one.
 */
const VARIANT_GROUPS = [
  '将將 视視 为為爲 会會 议議 军軍 领領 帅帥 干幹 骁驍 于於 继繼 续續 进進 线線 来來',
  '达達 带帶 临臨 现現 发發 获獲 开開 渐漸 对對 与與 从從 陆陸 给給 过過 动動 变變',
  '导導 响響 决決 挥揮 彻徹 涨漲 长長 减減 扩擴 缩縮 弹彈 拥擁 备備 实實 启啟啓 举舉',
  '结結 关關 闭閉 许許 随隨 采採 创創 产產 见見 证證 归歸 冲衝 们們 这這 纳納 当當',
  '转轉 义義 称稱 设設 迁遷 连連 调調 译譯 写寫 兑兌 换換 锁鎖 质質 机機 员員 协協',
  '学學 峰峯 约約 体體 误誤 国國 庙廟 览覽 讨討 听聽 东東 联聯 运運 卖賣 计計 谈談',
  '场場 话話 师師 费費 标標 诊診 审審 签籤 务務 馆館 后後 尽盡 数數 时時 间間 规規',
  '范範 围圍 条條 区區 阶階 风風 险險 无無 并並 终終 势勢 预預 测測 迟遲 应應 该該',
  '还還 难難 潜潛 趋趨 划劃 内內 认認 觉覺 坚堅 确確 断斷 观觀 点點 个個 倾傾 说說説',
  '问問 愿願 显顯 际際 须須 键鍵 极極 别別 远遠 题題 错錯 优優 颈頸 战戰 颠顛 里裡裏',
  '热熱 强強 劲勁 软軟 轻輕 严嚴 败敗 简簡 单單 复復複 杂雜 绝絕 逻邏 辑輯 价價 声聲',
  '报報 补補 历歷 纪紀 录錄 记記 资資 购購 准準 净淨 仓倉 占佔 买買 环環 节節 欢歡',
  '让讓 论論 讲講 编編 读讀 谢謝 兴興 荣榮 击擊 扫掃 码碼 订訂 阅閱閲 赞贊讚 请請 飙飆',
  '苏蘇甦 腾騰 飞飛 乐樂 张張 壮壯 异異 盘盤 溃潰 抛拋 贬貶 斩斬 压壓 顶頂 紧緊 盗盜',
  '亏虧 损損 边邊 缘緣 级級 头頭 没沒 仅僅 类類 识識 号號 统統 昵暱 职職 据據 游遊',
  '传傳 虽雖 总總 顿頓 猫貓 灾災 艰艱 两兩 几幾 轮輪 么麼 华華 說説 宾賓 链鏈 责責',
  '栏欄 图圖 频頻 绍紹 群羣 账賬 语語 办辦 伙夥 负負 监監 经經 顾顧 鸣鳴 吗嗎 着著',
  '访訪 专專 业業 构構 贝貝 莱萊 执執 参參 谋謀 济濟 万萬 亿億 笔筆 周週 注註 升昇',
  '布佈 营營 财財 术術',
];

const toSimplified = new Map<string, string>();
const variantsOf = new Map<string, string>();
for (const line of VARIANT_GROUPS) {
  for (const group of line.split(' ')) {
    const [simplified, ...traditional] = [...group];
    if (!simplified) continue;
    variantsOf.set(simplified, group);
    for (const form of traditional) toSimplified.set(form, simplified);
  }
}

/**
 * The same mapping per UTF-16 unit (0: no simplified form), so folding a text reads one typed-array
 * cell per character instead of making a one-character string and a Map look-up for each.
 */
const SIMPLIFIED_CODE = new Uint16Array(0x10000);
for (const [traditional, simplified] of toSimplified) SIMPLIFIED_CODE[traditional.charCodeAt(0)] = simplified.charCodeAt(0);

/** The simplified form of one UTF-16 unit (itself when it has none). */
export function simplifiedCode(code: number): number {
  return SIMPLIFIED_CODE[code] || code;
}

/** The simplified form of one character (itself when it has none). */
export function foldHan(char: string): string {
  return toSimplified.get(char) ?? char;
}

/** `text` with every known traditional character replaced by its simplified form (same length). */
export function foldHanText(text: string): string {
  let i = 0;
  while (i < text.length && SIMPLIFIED_CODE[text.charCodeAt(i)] === 0) i += 1;
  if (i === text.length) return text;
  // Unchanged runs are copied as slices: no array of one-character strings.
  let folded = '';
  let copied = 0;
  for (; i < text.length; i += 1) {
    const simplified = SIMPLIFIED_CODE[text.charCodeAt(i)] as number;
    if (simplified === 0) continue;
    folded += text.slice(copied, i) + String.fromCharCode(simplified);
    copied = i + 1;
  }
  return folded + text.slice(copied);
}

/** A regular-expression fragment matching `phrase` in simplified or traditional characters. */
export function hanVariantPattern(phrase: string, escape: (text: string) => string): string {
  let pattern = '';
  for (const char of phrase) {
    const group = variantsOf.get(char);
    pattern += group ? `[${group}]` : escape(char);
  }
  return pattern;
}
