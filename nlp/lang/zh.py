"""Chinese rules: full-width terminators, semicolons and closing quotes and brackets."""
from nlp.lang.base import LanguageRules

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
