/**
 * Simplified → traditional Chinese for knowledge-base names, so that an entity curated with a zh-Hans
 * name is also found in Taiwan and Hong Kong text (`utils/cli/build-kb.ts`). A curated character table,
 * not a general converter: it covers the characters organisation and token names use.
 */

/**
 * Simplified character then its traditional form, as Taiwan writes it in names. Where one simplified
 * character stands for several traditional ones, the table holds the one names need:
 * 发→發 (广发, not 髮 hair), 复→復 (复兴, not 複 or 覆), 丰→豐 (永丰), 云→雲 (阿里云), 后→後,
 * 干→乾 (dried: the stop phrase 苹果干), 游→遊 (游戏), 准→準 (联准会), 划→劃 (企划), 硅→矽 (Taiwan),
 * 汇→匯 (汇丰; Hong Kong's 滙 is curated where a name uses it). Characters that are also traditional
 * characters with a meaning of their own are left out and stay as written: 台 (臺 is added as a
 * variant, see TAI_VARIANT), 里 (阿里), 面 (界面), 谷 (谷歌), 范 (范埃克), 钟 (鍾 or 鐘), 并 (並 or 併),
 * 冲, 郁, 涌, 咸, 扎, 系, 周, 余, 制, 只, 于.
 */
const TABLE =
  '万萬 与與 专專 业業 东東 丝絲 两兩 严嚴 丰豐 临臨 为為 丽麗 举舉 义義 乐樂 乔喬 习習 书書 买買 乱亂 争爭 亏虧 云雲 亚亞 产產 亩畝 亲親 亿億 仅僅 从從 仑崙 仓倉 仪儀 们們 价價 众眾 优優 会會 伟偉 传傳 ' +
  '伤傷 伦倫 伪偽 体體 佣傭 侠俠 侣侶 侦偵 侧側 侨僑 俭儉 债債 倾傾 偿償 储儲 儿兒 党黨 兰蘭 关關 兴興 养養 兽獸 内內 冈岡 册冊 农農 决決 况況 冻凍 准準 净淨 凉涼 减減 凤鳳 凯凱 击擊 刘劉 则則 刚剛 创創 ' +
  '删刪 别別 刹剎 剂劑 剑劍 剧劇 劝勸 办辦 务務 动動 励勵 劲勁 劳勞 势勢 勋勳 区區 医醫 华華 协協 单單 卖賣 卢盧 卫衛 却卻 厂廠 厅廳 历歷 压壓 厌厭 厕廁 厦廈 县縣 发發 变變 叠疊 号號 叹嘆 后後 吓嚇 吕呂 ' +
  '启啟 吴吳 员員 呜嗚 响響 哑啞 唤喚 啸嘯 园園 围圍 国國 图圖 圆圓 圣聖 场場 坏壞 块塊 坚堅 坛壇 坞塢 坟墳 垄壟 垒壘 埘塒 执執 扩擴 扫掃 扬揚 扰擾 抚撫 抛拋 抢搶 护護 报報 担擔 拟擬 拥擁 拦攔 择擇 挂掛 ' +
  '挚摯 挡擋 挣掙 挥揮 损損 换換 据據 掷擲 揽攬 搅攪 携攜 摄攝 摆擺 摇搖 撑撐 敌敵 数數 斋齋 断斷 无無 旧舊 时時 旷曠 昙曇 显顯 晋晉 晓曉 晕暈 暂暫 术術 机機 杀殺 杂雜 权權 杨楊 杰傑 极極 构構 枪槍 枢樞 ' +
  '标標 栈棧 栋棟 树樹 样樣 桥橋 检檢 椭橢 楼樓 欢歡 欧歐 毕畢 汇匯 汉漢 汤湯 沟溝 没沒 沣灃 泽澤 洁潔 洒灑 浅淺 浏瀏 测測 济濟 浑渾 浓濃 涛濤 涨漲 润潤 涩澀 渊淵 渐漸 渔漁 温溫 湾灣 湿濕 滚滾 满滿 滨濱 ' +
  '滩灘 潜潛 灭滅 灯燈 灵靈 灾災 灿燦 炉爐 点點 炼煉 烁爍 烂爛 热熱 焕煥 爱愛 牵牽 犹猶 狮獅 独獨 狭狹 猎獵 猪豬 献獻 环環 现現 琼瓊 电電 画畫 畅暢 疗療 盖蓋 盘盤 盗盜 着著 睁睜 矿礦 码碼 砖磚 础礎 硅矽 ' +
  '硕碩 确確 礼禮 祸禍 离離 种種 积積 称稱 稳穩 穷窮 窃竊 竞競 笔筆 笋筍 筑築 简簡 签簽 筹籌 类類 粮糧 紧緊 红紅 纤纖 约約 级級 纪紀 纯純 纲綱 纳納 纵縱 纷紛 纸紙 纹紋 线線 练練 组組 细細 织織 终終 绍紹 ' +
  '经經 结結 绘繪 给給 络絡 绝絕 统統 继繼 绩績 续續 维維 绵綿 综綜 绿綠 缓緩 编編 缘緣 缩縮 网網 罗羅 罚罰 罢罷 职職 联聯 聪聰 肃肅 胜勝 脑腦 脱脫 脸臉 腾騰 节節 芜蕪 苍蒼 苏蘇 苹蘋 荐薦 荣榮 药藥 莱萊 ' +
  '获獲 萝蘿 营營 萧蕭 蓝藍 虏虜 虑慮 虚虛 虫蟲 蚁蟻 蚂螞 蛮蠻 补補 装裝 见見 观觀 规規 视視 览覽 觉覺 触觸 誉譽 计計 订訂 认認 讨討 让讓 训訓 议議 讯訊 记記 讲講 许許 论論 设設 访訪 证證 评評 识識 诈詐 ' +
  '诉訴 词詞 译譯 试試 诗詩 诚誠 话話 诞誕 询詢 该該 详詳 语語 误誤 说說 请請 诸諸 诺諾 读讀 调調 谈談 谋謀 谐諧 谓謂 谢謝 谱譜 贝貝 负負 贡貢 财財 责責 贤賢 败敗 账賬 货貨 质質 贩販 贪貪 贫貧 购購 贯貫 ' +
  '贴貼 贵貴 贷貸 贸貿 费費 贺賀 资資 赋賦 赌賭 赏賞 赖賴 赚賺 赛賽 赞贊 赢贏 赵趙 赶趕 跃躍 践踐 踪蹤 车車 轨軌 轩軒 转轉 轮輪 软軟 轰轟 轻輕 载載 较較 辆輛 辉輝 输輸 辖轄 边邊 达達 迁遷 过過 运運 还還 ' +
  '这這 进進 远遠 连連 迟遲 适適 选選 递遞 逊遜 遗遺 邓鄧 邮郵 邻鄰 郑鄭 酝醞 酱醬 释釋 鉴鑒 针針 钉釘 钓釣 钢鋼 钥鑰 钱錢 铁鐵 铃鈴 铜銅 铭銘 银銀 铺鋪 链鏈 销銷 锁鎖 锋鋒 锐銳 错錯 锚錨 锡錫 锦錦 键鍵 ' +
  '镇鎮 长長 门門 闪閃 闭閉 问問 闲閒 间間 闻聞 阀閥 阁閣 阅閱 队隊 阳陽 阴陰 阵陣 阶階 际際 陆陸 陈陳 险險 随隨 隐隱 难難 雾霧 韦韋 韩韓 页頁 顶頂 项項 顺順 须須 顾顧 顿頓 预預 领領 频頻 题題 颜顏 额額 ' +
  '风風 飞飛 饭飯 饮飲 饰飾 饱飽 饼餅 馆館 马馬 驰馳 驱驅 驶駛 驻駐 驿驛 验驗 骏駿 骗騙 鱼魚 鲁魯 鲜鮮 鸟鳥 鸡雞 鸣鳴 鸿鴻 鹏鵬 鹰鷹 麦麥 黄黃 龙龍 龟龜 币幣 层層 态態 导導 兑兌 厉厲 吨噸 咨諮 岁歲 岛島 ' +
  '峡峽 广廣 庆慶 库庫 应應 庙廟 废廢 开開 异異 张張 弹彈 归歸 录錄 彻徹 径徑 忆憶 忧憂 怀懷 总總 恒恆 恶惡 恼惱 悦悅 惊驚 惯慣 愿願 戏戲 战戰 户戶 条條 来來 梦夢 气氣 泪淚 游遊 滞滯 烟煙 烧燒 爷爺 牍牘 ' +
  '状狀 猫貓 玛瑪 珑瓏 疯瘋 痒癢 盐鹽 监監 盏盞 睐睞 砚硯 祯禎 禅禪 秃禿 税稅 窝窩 竖豎 笼籠 篮籃 粤粵 糁糝 纽紐 绑綁 绒絨 绕繞 绣繡 缆纜 缔締 缝縫 翘翹 耸聳 肠腸 肤膚 肿腫 胁脅 胶膠 舰艦 艰艱 艺藝 芦蘆 ' +
  '苇葦 荡蕩 莲蓮 萨薩 蒋蔣 蓟薊 虾蝦 蛊蠱 衔銜 袜襪 袭襲 裤褲 讪訕 诊診 谅諒 豮豶 赃贓 趋趨 跄蹌 跻躋 蹒蹣 轴軸 辞辭 辩辯 酿釀 铝鋁 铸鑄 铲鏟 锅鍋 锻鍛 镜鏡 闯闖 闸閘 阔闊 陕陝 隶隸 雏雛 霁霽 静靜 鞑韃 ' +
  '韵韻 顷頃 颁頒 颂頌 颈頸 颖穎 飘飄 饲飼 馈饋 驴驢 骄驕 骑騎 鲸鯨 鹅鵝 齐齊 齿齒 龄齡 乌烏 伞傘 佥僉 侥僥 冯馮 凭憑 刍芻 刿劌 剐剮 劢勱 卤鹵 叁參 参參 双雙 叶葉 叽嘰 吗嗎 呐吶 咙嚨 哗嘩 唛嘜 啬嗇 团團 ' +
  '圹壙 垦墾 复復 头頭 夸誇 夹夾 夺奪 奋奮 奖獎 妆妝 妇婦 妈媽 娱娛 娄婁 孙孫 学學 宁寧 宝寶 实實 宠寵 审審 宪憲 宫宮 宽寬 宾賓 对對 寻尋 寿壽 将將 尔爾 尘塵 尝嘗 尽盡 属屬 屿嶼 岗崗 岭嶺 巩鞏 帅帥 师師 ' +
  '帐帳 带帶 帮幫 干乾 庄莊 庐廬 弃棄 弥彌 彦彥 徕徠 忏懺 怜憐 恳懇 恋戀 悬懸 惩懲 惫憊 惭慚 愤憤 愦憒 戗戧 戬戩 扑撲 扪捫 抠摳 拣揀 拨撥 拧擰 挤擠 捞撈 捡撿 捣搗 掳擄 掴摑 掼摜 掸撣 揿撳 搀攙 搁擱 搂摟 ' +
  '摅攄 摊攤 撵攆 擞擻 敛斂 毙斃 汹洶 沦淪 沧滄 沪滬 泞濘 泻瀉 泼潑 泾涇 浆漿 浇澆 浊濁 浔潯 涂塗 涡渦 涣渙 渍漬 渗滲 溃潰 溅濺 滤濾 滥濫 滦灤 漓灕 潇瀟 潋瀲 潴瀦 澜瀾 濑瀨 灏灝 炀煬 炜煒 烃烴 烛燭 烦煩 ' +
  '烨燁 焖燜 犊犢 犷獷 狈狽 狞獰 狱獄 猃獫 猕獼 玑璣 玮瑋 珐琺 琐瑣 瑶瑤 琏璉 瓒瓚 畴疇 疖癤 疟瘧 疠癘 疡瘍 痈癰 痉痙 痨癆 痪瘓 瘗瘞 瘪癟 瘫癱 瘾癮 瘿癭 癞癩 癣癬 癫癲 皑皚 皱皺 眍瞘 眦眥 睑瞼 瞒瞞 矫矯 ' +
  '矶磯 矾礬 砀碭 砗硨 砜碸 砺礪 砻礱 砾礫 硁硜 硖硤 硗磽 硙磑 碍礙 碜磣 碱鹼 祃禡 祎禕 祢禰 祷禱 禀稟 禄祿 秆稈 秽穢 稣穌 窍竅 窎窵 窑窯 窜竄 窥窺 窦竇 窭窶 笃篤 笕筧 笺箋 笾籩 筚篳 筛篩 筝箏 箓籙 箦簀 ' +
  '箧篋 箨籜 箩籮 箪簞 箫簫 篑簣 篓簍 篱籬 簖籪 籁籟 籴糴 籼秈 粜糶 粝糲 粪糞 糇餱 絷縶 纠糾 纡紆 纣紂 纥紇 纨紈 纩纊 纫紉 纬緯 纭紜 纮紘 纰紕 纱紗 纴紝 纶綸 纺紡 纻紵 纼紖 纾紓 划劃 个個';

/** Words whose traditional form is not their characters' one (托 stays in 摩托; 志 in 意志). */
const WORDS: ReadonlyArray<readonly [string, string]> = [
  ['信托', '信託'],
  ['托管', '託管'],
  ['委托', '委託'],
  ['杂志', '雜誌'],
];

/**
 * Words Taiwan writes differently from Hong Kong (which keeps the converted word): a name holding one
 * gets a Taiwan form as well (意大利联合信贷银行 → 義大利聯合信貸銀行 beside 意大利聯合信貸銀行).
 */
const TAIWAN_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['意大利', '義大利'],
  ['澳大利亚', '澳洲'],
  ['新西兰', '紐西蘭'],
  ['悉尼', '雪梨'],
  ['数字', '數位'],
  ['网络', '網路'],
];

/**
 * Traditional text is not written one way: Taiwan writes 臺 and 台 alike in names (臺灣/台灣), and text
 * converted with the standard (not the Taiwan) character set writes 爲, 衆, 啓, 綫, 説 for 為, 眾, 啟,
 * 線, 說. Each name also gets the form written that other way (see `writingVariants`).
 */
const STANDARD_VARIANTS: ReadonlyArray<readonly [string, string]> = [
  ['台', '臺'],
  ['為', '爲'],
  ['眾', '衆'],
  ['啟', '啓'],
  ['線', '綫'],
  ['說', '説'],
];

/**
 * Hong Kong writes some characters in its own standard forms (恒生, 温, 衞, 兑, 説, 税, 脱, 悦, 鋭, 閲,
 * 裏, 綫): 恆星幣 appears as 恒星幣 in Hong Kong text. Each name also gets the form written that way.
 */
const HONG_KONG_VARIANTS: ReadonlyArray<readonly [string, string]> = [
  ['恆', '恒'],
  ['溫', '温'],
  ['衛', '衞'],
  ['兌', '兑'],
  ['說', '説'],
  ['稅', '税'],
  ['脫', '脱'],
  ['悅', '悦'],
  ['銳', '鋭'],
  ['閱', '閲'],
  ['裡', '裏'],
  ['線', '綫'],
];

let table: Map<string, string> | null = null;

function characterTable(): Map<string, string> {
  if (table) return table;
  const built = new Map<string, string>();
  for (const pair of TABLE.split(' ')) {
    const [simplified, traditional] = [...pair];
    if (simplified && traditional) built.set(simplified, traditional);
  }
  table = built;
  return built;
}

function replaceWords(name: string, words: ReadonlyArray<readonly [string, string]>): string {
  return words.reduce((text, [from, to]) => text.replaceAll(from, to), name);
}

/** The traditional form of a simplified name, word overrides first, then character by character (unlisted characters stay). */
export function toTraditional(name: string): string {
  const chars = characterTable();
  let out = '';
  for (const char of replaceWords(name, WORDS)) out += chars.get(char) ?? char;
  return out;
}

/**
 * The traditional forms of a simplified name, each once: the converted name, and its Taiwan wording
 * where that differs. A name without simplified characters gives itself.
 */
export function traditionalForms(name: string): string[] {
  return [...new Set([toTraditional(name), toTraditional(replaceWords(name, TAIWAN_WORDS))])];
}

/**
 * A traditional name as each way of writing traditional text has it, each once: as given, with 臺
 * written 台, in the standard character set (台 as 臺, 為 as 爲, …) and in Hong Kong's forms (恆 as
 * 恒, …). 台積電 → 台積電, 臺積電; 恆星幣 → 恆星幣, 恒星幣.
 */
export function writingVariants(name: string): string[] {
  const withTai = name.replaceAll('臺', '台');
  return [...new Set([name, withTai, replaceWords(withTai, STANDARD_VARIANTS), replaceWords(withTai, HONG_KONG_VARIANTS)])];
}
