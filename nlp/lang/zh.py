"""Chinese rules: full-width terminators, semicolons and closing quotes and brackets."""
from nlp.lang.base import LanguageRules

#: Han characters (CJK unified ideographs, extension A, compatibility), as a regex range.
HAN_CHARS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

CHINESE = LanguageRules(
    code="zh",
    terminators="。！？｡",
    semicolons="；",
    closers="”’」』）】》〉〕",
)

#: Scale words and units that jieba splits off a number; the tokenizer glues them back
#: so that ``33.7亿元`` and ``-26.95%`` are one token each.
NUMBER_SUFFIXES = frozenset("""
    万亿 千亿 百亿 亿 千万 百万 万 千 百 元 亿元 万元 千元 美元 亿美元 万美元 港元 港币 欧元 人民币
    % ％ 个百分点 百分点 平方米 平方公里 万平方米 公顷 亩 万亩 吨 万吨 公斤 千克 克 克拉 万克拉
    千瓦时 万千瓦时 亿千瓦时 千瓦 兆瓦 立方米 公里 标箱 多 余
    """.split())

#: Policy terms the domain dictionary always holds, whatever the training corpus has.
POLICY_TERMS = tuple("""
    营商环境 知识产权 供应链 产业链 供应链金融 跨境电商 跨境电子商务 直播电商 数字化转型 数字贸易
    保税区 综合保税区 保税仓储 通关便利化 一体化通关 海关监管 自由贸易试验区 自由贸易港 产业集群
    产业园区 先进制造业 高质量发展 专精特新 小微企业 中小企业 融资担保 贷款贴息 风险补偿 普惠金融
    首台套 首发经济 自主品牌 老字号 品牌培育 商标注册 专利导航 维权援助 侵权假冒 文旅融合 夜间经济
    消费场景 人才引进 放管服 一网通办 双碳 碳达峰 碳中和 新能源汽车 集成电路 生物医药 冷链物流
    中欧班列 国际贸易单一窗口 市场主体 招商引资 龙头企业 独角兽企业 瞪羚企业 孵化器 众创空间
    """.split())

#: Words that signal a policy area (general policy vocabulary, not any one corpus);
#: used as classifier features and, alone, as the keyword baseline.
AREA_CUES = {
    "supply_chain": "供应链|采购|货源|原材料|进口|出口|进出口|外贸|展会|博览会|交易会|采购商|买家|交易平台|交易所|交易中心|物流|货运|班列|渠道|国际合作|海外市场|一带一路|RCEP|批发|集散|订单|吞吐量",
    "brand": "品牌|设计|首发|发布会|新品|老字号|知名|名牌|驰名|品质|形象|推广|宣传|原创",
    "customs": "海关|通关|报关|保税|关税|退税|增值税|检验|检疫|口岸|单一窗口|核销|账册|免税|综保区|查验|申报|放行",
    "digital_trade": "数字|电商|电子商务|直播|线上|网络|互联网|平台|大数据|云|智能|智慧|数据|人工智能|5G|小程序|新零售|数字化",
    "cluster": "集群|园区|产业园|基地|小镇|用地|土地|厂房|载体|楼宇|平方米|亩|规上|规模以上|产值|产业链|集聚|孵化|改造|升级|布局|从业人员",
    "finance": "贷款|信贷|融资|金融|担保|保险|补贴|补助|奖励|资助|基金|资金|贴息|利息|银行|上市|债券|风险补偿|万元|亿元",
    "culture_tourism": "文化|文旅|旅游|游客|景区|节庆|时尚|博物馆|非遗|消费|夜经济|演出|表演|酒店|假期|体验|创意",
    "ip_protection": "知识产权|专利|商标|版权|著作权|侵权|假冒|维权|执法|调解|纠纷|诉讼|法院|仲裁|地理标志",
    "environment": "人才|培训|标准|服务|审批|营商环境|法治|监测|统计|考核|机制|协调|领导|组织|绿色|低碳|环保|可持续|大会|论坛|峰会|协会|放管服|一网通办|落实",
}

# --- Figures and dates (read by nlp/extract/numbers.py, figures.py, dates.py) ----------

#: Digits, financial forms (壹贰叁) included; 两 is 2.
NUMERAL_DIGITS = {
    "〇": 0, "零": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
    "三": 3, "叁": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
#: Multipliers inside a group of four digits.
NUMERAL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
#: Group multipliers: 万亿 is 万 × 亿.
NUMERAL_GROUPS = {"万": 10 ** 4, "萬": 10 ** 4, "亿": 10 ** 8, "億": 10 ** 8}
#: Shares: 百分之五十 is 50 (percent), 千分之三 is 0.3 (percent), 七成 is 70 (percent).
PER_SHARES = {"百分之": 1, "千分之": 0.1, "万分之": 0.01}
TENTHS = "成"
#: Words in which 成 after a numeral is not a share (三成员国, 两成为).
NOT_TENTHS_WORDS = tuple("""
    成员 成为 成立 成功 成本 成果 成交 成效 成绩 成都 成型 成品 成熟 成长 成分 成就 成败 成年 成人
    成套 成像 成语 成文 成批 成千 成百 成万
    """.split())
#: Between a number and its unit they stay in the span (2万多元); otherwise outside.
MORE_THAN_SUFFIXES = ("多", "余")
#: Comparison words and approximators: always outside a figure's span.
APPROXIMATORS = (
    "约", "大约", "大概", "近", "将近", "接近", "超过", "超", "逾", "达", "达到", "不足", "不到",
    "不少于", "不低于", "不超过", "不高于", "最高", "最低", "最多", "至少", "以上", "以下", "以内",
    "左右", "上下", "前后", "多", "余",
)

#: Currency words after an amount, with their ISO 4217 codes.
CURRENCY_WORDS = {
    "元人民币": "CNY", "人民币元": "CNY", "人民币": "CNY", "元": "CNY", "块钱": "CNY",
    "美元": "USD", "美金": "USD", "港元": "HKD", "港币": "HKD", "欧元": "EUR",
}
#: Words that begin with 元 but are no currency (三元素, 一元化).
NOT_CURRENCY_WORDS = ("元素", "元旦", "元宵", "元年", "元老", "元首", "元气", "元件", "元器", "元化", "元组", "元代")
#: Currency words written before an amount (人民币5000万元).
CURRENCY_PREFIXES = {"人民币": "CNY", "美元": "USD", "港币": "HKD", "港元": "HKD", "欧元": "EUR"}
#: Scale words that make an amount of money on their own (千亿级产业集群 is 1e11 CNY).
MONEY_SCALE_SUFFIXES = ("级",)
#: Words that make a bare scaled amount money (投资逾10亿, 产值突破1000亿 are CNY).
MONEY_CONTEXT_WORDS = (
    "投资", "总投资", "产值", "营收", "营业收入", "收入", "销售额", "交易额", "成交额", "营业额", "规模",
    "资金", "基金", "金额", "出口额", "进口额", "进出口额", "贸易额", "增加值", "生产总值", "利润",
    "税收", "融资", "贷款", "授信", "补贴", "补助", "奖励", "资助", "预算", "经费", "货值", "市值",
    "估值", "消费", "零售额", "GDP",
)

#: Units of measurement and the scheme's symbols (no conversion: 万吨 is t × 1e4).
UNIT_WORDS = {
    "平方米": "m2", "平米": "m2", "平方公里": "km2", "平方千米": "km2", "公顷": "ha",
    "亩": "mu", "吨": "t", "公吨": "t", "公斤": "kg", "千克": "kg", "克拉": "ct",
    "克": "g", "立方米": "m3", "千瓦时": "kWh", "兆瓦时": "MWh", "吉瓦时": "GWh", "千瓦": "kW",
    "兆瓦": "MW", "吉瓦": "GW", "公里": "km", "千米": "km", "米": "m", "公升": "L", "升": "L",
    "标准箱": "TEU", "标箱": "TEU", "国际标准箱": "TEU",
}
#: Percent signs and percentage points.
PERCENT_WORDS = ("个百分点", "百分点", "%", "％")

#: Measure words after a count: 18万名 gives CARDINAL 18万, 三个平台 gives 三.
CLASSIFIERS = tuple("""
    人次 万人次 家次 车次 架次 航次 艘次 批次 个 家 名 人 位 件 项 条 座 次 场 款 种 类 批 只 台
    辆 架 艘 套 部 集 份 张 本 处 所 栋 幢 间 道 颗 株 棵 头 匹 票 单 起 宗 例 篇 组 支 队 对 双
    块 层 轮 户 盏 列 班 趟 枚 幅 首 册 门 强 大 级 方面 倍 口 杯 瓶 箱 包 袋 粒 根 桶 盒 笔
    """.split())
#: A number followed by one of these names or ranks something; it is not a figure.
NOT_FIGURE_SUFFIXES = ("号", "届", "期", "楼", "路", "线", "版", "代", "时", "点", "分", "秒", "G", "D")
#: Fixed phrases whose numerals count nothing.
NUMERAL_IDIOMS = tuple("""
    一带一路 千家万户 千方百计 万众一心 万事如意 百花齐放 三坊七巷 三文鱼 一站式 一体化 一揽子
    四面八方 五湖四海 十全十美 千载难逢 百年一遇 九成新 一成不变 两岸 两步申报 两段准入 一企一策
    一事一议 一物一码 一核多园 三百六十行 十佳 百强 双十一 六一 五一 十一 七一 八一 三八 五四
    十万火急 万无一失 一千零一 亿万 千千万万 成千上万 三番五次 一五一十 九九八十一 两位数 三位数
    三五成群
    """.split())

#: Trend words: the figure right after them is a change (同比增长41.5%, 下降3.2%).
TREND_WORDS = {
    "增长": "increase", "增加": "increase", "提高": "increase", "提升": "increase",
    "上升": "increase", "上涨": "increase", "增": "increase", "涨": "increase", "升": "increase",
    "扩大": "increase", "攀升": "increase", "跃升": "increase", "增幅": "increase",
    "下降": "decrease", "减少": "decrease", "降低": "decrease", "下跌": "decrease", "下滑": "decrease",
    "回落": "decrease", "缩减": "decrease", "缩小": "decrease", "压缩": "decrease", "缩短": "decrease",
    "减": "decrease", "降": "decrease", "跌": "decrease", "降幅": "decrease",
}
#: Words between a trend word and its figure ("增长了", "下降约").
TREND_FILLERS = ("了", "约", "近", "超过", "逾", "达", "达到", "将近", "接近", "大约", "分别", "超")
#: Words before a trend word that say what it is compared with.
PERIOD_WORDS = {
    "同比": "year_on_year", "比上年": "year_on_year", "较上年": "year_on_year",
    "比去年": "year_on_year", "较去年": "year_on_year", "比去年同期": "year_on_year",
    "较去年同期": "year_on_year", "比上年同期": "year_on_year", "较上年同期": "year_on_year",
    "较同期": "year_on_year", "环比": "month_on_month", "比上月": "month_on_month",
    "较上月": "month_on_month", "年均": "annual_average", "年平均": "annual_average",
}

#: Units of time for dates and durations (三年, 15个工作日, 24小时).
DATE_UNITS = (
    "个工作日", "工作日", "个小时", "小时", "分钟", "秒钟", "个星期", "星期", "个季度", "季度",
    "个月", "世纪", "年", "天", "周", "秒",
)
#: Relative dates that point to a definite period.
RELATIVE_DATES = (
    "今年", "去年", "明年", "前年", "后年", "本年", "本月", "上月", "下月", "昨天", "明天", "昨日",
    "本周", "上周", "下周", "本周末", "上周末", "下周末", "本季度", "上季度", "上个月", "下个月",
    "这个月",
)
WEEKDAYS = tuple("周一 周二 周三 周四 周五 周六 周日 星期一 星期二 星期三 星期四 星期五 星期六 星期日 星期天".split())
#: Seasons that, after a year (今年暑期, 2023年夏季), name a definite period.
SEASONS = ("春季", "夏季", "秋季", "冬季", "春天", "夏天", "秋天", "冬天", "暑期", "暑假", "寒假")
#: Five-year plan periods (十四五).
PLAN_PERIOD = "十[一二三四五六七八九]五"
#: Words that qualify a duration's length stay inside its DATE span (近20年, 6个月左右,
#: 前三年); words that bound it (以内, 以来, 不超过) do not.
DATE_APPROXIMATORS = ("近", "将近", "接近", "超过", "不到", "不足", "约", "大约", "前", "过去", "未来", "最近")
DATE_APPROXIMATORS_AFTER = ("左右", "以上", "以下", "上下")

#: Verbs by which a policy states an action (measure extraction and the measure baseline).
ACTION_VERBS = tuple("""
    支持 鼓励 引导 推动 推进 促进 加快 加强 强化 完善 健全 建立 建设 打造 培育 发展 实施 落实 开展
    组织 举办 给予 奖励 补贴 补助 资助 安排 设立 提供 优化 简化 精简 降低 减免 免征 退还 扩大 拓展 深化
    提升 提高 保护 打击 查处 规范 严格 要求 应当 须 必须 负责 统筹 协调 保障 确保 吸引 引进 认定 评选
    """.split())

#: Places (GPE) a policy text names often: provinces, major cities, regions, countries.
PLACES = tuple("""
    中国 亚洲 欧洲 非洲 美洲 北美 南美 拉美 东南亚 中亚 西亚 南亚 东北亚 中东 欧盟 美国 英国 法国 德国 日本 韩国 俄罗斯 印度
    意大利 西班牙 荷兰 比利时 瑞士 澳大利亚 新西兰 加拿大 巴西 墨西哥 南非 埃及 泰国 越南 老挝 柬埔寨 缅甸 马来西亚 新加坡
    印度尼西亚 菲律宾 哈萨克斯坦 乌兹别克斯坦 蒙古 阿联酋 沙特阿拉伯 以色列 土耳其 波兰 匈牙利 捷克 以色列 比利时 安特卫普
    北京 天津 上海 重庆 河北 山西 内蒙古 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 四川
    贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 香港 澳门 台湾 粤港澳大湾区 长三角 珠三角 京津冀 成渝 长江经济带 海南自由贸易港
    广州 深圳 珠海 汕头 佛山 东莞 中山 江门 湛江 惠州 肇庆 番禺 南沙 前海 横琴 杭州 宁波 温州 嘉兴 湖州 绍兴 金华 义乌 台州 舟山
    南京 苏州 无锡 常州 南通 扬州 徐州 连云港 昆山 合肥 芜湖 福州 厦门 泉州 晋江 莆田 南昌 景德镇 赣州 济南 青岛 烟台 潍坊 淄博
    威海 郑州 洛阳 武汉 宜昌 襄阳 长沙 株洲 湘潭 成都 绵阳 宜宾 贵阳 遵义 昆明 西双版纳 普洱 拉萨 西安 兰州 西宁 银川 乌鲁木齐
    喀什 呼和浩特 包头 沈阳 大连 长春 哈尔滨 大庆 石家庄 唐山 太原 大同 南宁 北海 钦州 柳州 桂林 海口 三亚
    """.split())

#: Administrative suffixes written with a place name; they belong to the GPE span (广州市).
PLACE_SUFFIXES = ("特别行政区", "自治区", "自治州", "新区", "省", "市", "区", "县", "镇", "乡", "州")

#: Words that end an organisation's name (longest first when matching).
ORG_SUFFIXES = tuple("""
    股份有限公司 有限责任公司 有限公司 集团公司 集团 公司 委员会 管理委员会 管委会 办公室 办公厅 人民政府 政府 总局 局 厅
    委 办 协会 商会 联合会 促进会 学会 交易所 交易中心 服务中心 中心 银行 法院 检察院 海关 大学 学院 研究院 研究所
    基金会 保护中心 博物馆 日报 报社 电视台 园区管委会
    """.split())
#: Characters and words that never occur inside an organisation's name.
NOT_IN_ORG_NAME = tuple("的 和 与 及 在 对 将 是 为 由 向 从 把 被 等 各 了 并 或 以 于 这 该 其".split())
#: Suffixes that make a name an organisation even with no place before it (三一集团有限公司,
#: 南开大学), and what may not follow them (大学生 is a student).
STANDALONE_ORG_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "集团", "大学")
NOT_AFTER_STANDALONE_ORG = "生城园化"
#: Common words that begin no such name: the name starts after them (支持企业组建集团: none).
GENERIC_BEFORE_NAME = tuple("""
    企业 龙头 骨干 重点 大型 中小 小微 民营 外资 上市 知名 领军 本地 相关 一批 若干 组建 成立 设立 引进 培育
    """.split())
#: Suffixes of named zones, parks and towns, which are places (GPE): 黄花综合保税区, 滨海新区.
ZONE_SUFFIXES = tuple("""
    综合保税区 保税区 保税港区 经济技术开发区 高新技术产业开发区 高新区 经开区 开发区 自由贸易试验区 自贸试验区
    自贸区 新区 综合实验区 实验区 港区 古镇 新城
    """.split())
#: Standard names of government departments that do hold a conjunction (工业和信息化局).
DEPARTMENT_NAMES_WITH_CONJUNCTION = tuple("""
    工业和信息化 经济和信息化 发展和改革 住房和城乡建设 人力资源和社会保障 文化和旅游 文化广电和旅游
    自然资源和规划 教育和体育 科技和工业信息化 商务和投资促进 农业和农村 卫生和计划生育 城乡规划和建设
    """.split())
