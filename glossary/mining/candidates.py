"""Chinese term candidates inside one sentence, with a termhood estimate.

Candidates are runs of jieba tokens that do not cross punctuation or function words
(a few connectors are allowed *inside*: 和/与/及 "and", 的 "of", 对 "towards"), plus
names in quotes and 《》. Termhood is linguistic (a single document has too few
occurrences for statistics alone): a term-like head at the end (中心, 委员会, 机制,
战略, ...), no verb at the start, no number or particle at either end, a reasonable
length; frequency, C-value style nesting and branching variety across the document
are added by :mod:`glossary.mining.pipeline`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from glossary.mining.lexicon import IMPROVING, RESULTS, Lexicon
from glossary.mining.tokens import has_cjk, is_acronym, is_version, jieba_knows


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _word_tuple(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(text.split()))


# (The constants the span search and the rules read most are Final: mypyc compiles
# them to C statics or literals instead of a lookup in the module's dict at each use.)
# Manner adverbs ("稳步|推进", "积极|参与"); jieba also glues them to the verb after
# them (积极参与, 持续增长: see _adverb_and_verb).
MANNER_ADVERBS: Final = _words(
    "进一步 积极 深入 认真 切实 始终 一直 不断 持续 努力 大力 充分 坚定不移 稳步 着力 "
    "全力 奋力 逐步 尽快 及时 依法 坚决 牢牢 扎实 按时 按期 如期 足额 全额 妥善 稳妥 大幅 严格"
)
# Set phrases used as adverbs: terms of their own (因地制宜 "in light of local
# conditions"), never the first or a middle part of a longer one (因地制宜|发展|共有产权住房
# is "develop shared-ownership housing in light of local conditions").
_ADVERBIAL_IDIOMS = _words("因地制宜 循序渐进")
# Words that say an event went well, before its verb: 博览会|成功|举办 ("the successful
# hosting of the expo"), 大会|胜利|召开: a report of the event, never part of its name.
_WENT_WELL = _words("成功 顺利 圆满 胜利 隆重")
# Verbs that say where something is (办公室|设在|审计署 "its office is located in the
# National Audit Office"): inside a candidate they make it a clause, never a name.
_LOCATED = _words("设在 设于 位于 坐落 坐落于 坐落在 地处 建在")
# Prepositions that bring in a partner or a target before the verb: 同|世界卫生组织|保持|
# 密切合作 ("maintained close cooperation with the WHO"), 向|受灾国家|提供|援助.
_PARTNER_PREPOSITIONS = _words("同 跟 向 对 为 给 在")  # (not 和, 与: "and" as often)
# Tokens that end a candidate wherever they appear: particles, pronouns, adverbs,
# prepositions and auxiliaries (generic Chinese function words).
BREAKERS = (
    _words(
        "了 着 过 吗 呢 吧 啊 是 在 把 被 将 从 以 为 于 由 向 往 让 "
        "使 给 跟 同 及其 并 并且 而 而且 或 或者 等 等等 也 都 又 还 就 "
        # Of source and cause ("据|中国稀土行业协会", according to; 由于, 由此), and
        # adverbs of continuing ("销售额|仍|居", still).
        "据 据统计 由于 由此 在内 依据 依照 仍 仍然 依然 依旧 均 亦 皆 尚 尚未 "
        # "There is also" and the light verbs ("依法|进行|实名登记", carry out real-name
        # registration; "作|政府工作报告", deliver the report): what follows is the term.
        "还有 进行 作 "
        "才 已 已经 曾 正 正在 将要 要 会 能 能够 可 可以 应 应该 应当 须 必须 "
        "不 没 没有 无 非 很 更 最 较 比较 非常 十分 特别 更加 更好 更为 这 那 "
        "这些 那些 这个 那个 其 其中 该 本 此 各 每 某 我 我国 我市 本市 我省 本省 该省 该市 "
        "此次 本次 这次 该次 此项 该项 上述 "
        "全市 全省 全县 我们 你 你们 他 他们 她 她们 它 它们 自身 自己 之 所 者 其他 "
        "其它 以及 通过 按照 根据 围绕 关于 对于 作为 为了 随着 如 如何 什么 "
        "哪 谁 约 近 超 余 左右 以上 以下 以来 之间 当前 目前 现在 近日 "
        "日前 今年 去年 明年 当时 同时 此外 另外 因此 所以 但 但是 然而 如果 "
        "虽然 这是 这样 那样 因为 即 即使 只 只有 只要 一 个 些 一些 了解 "
        # Time words ("博览会|昨天|开幕"): when something happened is not part of its name.
        "昨天 今天 明天 前天 后天 昨日 今日 明日 当天 当日 次日 上午 下午 中午 晚上 凌晨 "
        "近期 此前 之前 之后 届时 年初 年底 年末 本周 上周 下周 本月 上月 下月 "
        "全年 年内 当年 近年 近年来 多年来 前夕 之际 期间 "
        "上半年 下半年 前三季度 一季度 二季度 三季度 四季度 百分点 "
        # Adverbs of counting and comparison ("产量|连续|八年", "指数|同比|上涨").
        "连续 累计 同比 环比 首次 再次 总计 合计 共计 每年 每月 每周 每天 每日 "
        # ... and of company ("同非洲国家|一道", together with African countries; 会同 "in
        # conjunction with").
        "一道 一起 一同 会同 明显 大幅 共有 一共 总共 "
        # ... and of sequence ("国际残奥委会|先后|发布", one after the other released;
        # 相继, 陆续, 分别 "respectively").
        "先后 相继 陆续 依次 随后 一并 分别 "
        # Locatives after a noun ("记者会|上|回答", at the press conference).
        "上 下 里 "
        # Verbs of saying after a name ("...委员会|表示", the Commission said), and of
        # showing ("调查结果|显示", the results show).
        "表示 指出 强调 宣布 称 显示 表明 "
        # ... of being called, in the passive ("...卫星|被誉为", the satellite is hailed
        # as), and of getting a result ("贫困|得到|解决", poverty was resolved).
        "被誉为 被称为 被称作 被评为 被列为 被列入 被纳入 被认为 被视为 被授予 "
        "得到 取得 已有 已于 已成为 已被 "
        # "Adhere to" after a subject ("国家监委|坚持|无禁区", the Commission adhered to).
        "坚持 "
        # Quantifiers after a subject ("贫困县|全部|摘帽", all the counties ...).
        "全部 全都 均 "
        # What a subject is or is to do ("台湾问题|纯属|中国内政", the question is purely
        # ...; "赤字率|拟|按", the deficit ratio is planned at ...).
        "纯属 拟 "
        # "To" after a verb of raising ("关系|提升|至|新时代...", raised to ...), and a
        # verb of going ("工作组|赴|重点省份", working groups went to key provinces).
        "至 直至 赴 前往 奔赴 "
        # "Among the" ("核心利益|中的|核心", the core of the core interests); "at the
        # meeting" ("对话|会上", at the Dialogue).
        "中的 会上 会前 会后 "
    )
    | MANNER_ADVERBS
)
# Connectors allowed inside a candidate but never at its edges.
# (加 "plus" joins the parts of a system's name: 准入前国民待遇加负面清单管理制度.)
INNER: Final = {"和": 0.1, "与": 0.1, "及": 0.1, "的": 0.1, "对": 0.15, "之": 0.1, "加": 0.1}
_CONJ = {"和", "与", "及"}
_NUMBER_BOUND = frozenset("万亿千百十多余个")  # first characters of a number's units
_MORE = frozenset(["更", "很", "较", "最", "许", "越来越", "这么", "那么", "诸"])  # + 多: "more"
# Dashes join the parts of a name: 中国—东盟自由贸易区 (China-ASEAN Free Trade Area).
DASHES: Final = frozenset(["—", "－", "-", "–", "——"])
# Posts held by a person: "<office> + 主任" is someone's title in a byline, the office
# is the term ("市委外办主任" -> 市委外办); a post on a one-word body stays (党组书记).
PERSON_TITLES: Final = _words(
    "主任 副主任 书记 副书记 部长 副部长 主席 副主席 秘书长 发言人 局长 市长 副市长 "
    "省长 大使 总理 总统 院长 校长 董事长 总经理 处长 司长 厅长 会长 理事长"
)
# Posts of heads of government a name follows too ("行政长官李家超"); not in
# PERSON_TITLES, whose byline rule would take "香港特别行政区行政长官" for a byline.
HIGH_POSTS = _words("行政长官 外长 首相")
# The commonest Chinese surnames (they cover most of the population): a two- or
# three-character name starting with one and rendered by its sound alone is a person.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
    "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江"
    "尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤臧习"
)
# Generic nouns of activity: "X建设" is "the construction of X", and the term is X.
GENERIC_TAILS = ("建设", "活动", "问题", "方面", "领域", "过程", "情况", "进程", "工作中", "任务")
# How hard or how much, said after its object: 加大|知识产权保护|力度 "step up IPR
# protection", 衰退型城市|数量|多 "a large number of declining cities". No term ends in
# them, and the object before them is a maximal phrase.
_DEGREE_TAILS: Final = frozenset(["力度", "幅度", "数量"])
# Documents that allow something (操控员执照 "operator licences", 生产许可证 "production
# licence"): heads of names, and a verb right before one modifies it (运行|合格证
# "operating certificate"; any word ending in 证 counts there).
_PERMIT_WORDS = "执照 许可证 证书 合格证 牌照 许可"
_PERMITS = frozenset(_PERMIT_WORDS.split())
# Heads that make a noun phrase a term in official texts (a generic termhood signal).
HEADS: Final = _word_tuple(
    "中心 委员会 委员 会议 大会 倡议 机制 战略 思想 精神 理念 体系 体制 "
    "制度 格局 通道 走廊 合作 伙伴关系 关系 组织 机构 部门 部 局 署 办 "
    "厅 委 司 院 所 会 协定 协议 议定书 条约 公约 宣言 法 条例 规划 计划 纲要 方案 "
    "政策 战略 工程 项目 平台 基地 园区 示范区 试验区 自贸区 新区 特区 区 "
    "港 机场 大桥 桥 隧道 铁路 高铁 公路 班列 列车 汽车 飞机 望远镜 系统 "
    "网络 环境 资源 力量 能力 优势 需求 创新 发展 建设 开放 改革 外交 "
    "交流 交往 论坛 博览会 交易会 展 峰会 经济圈 城市群 经济带 共同体 事业 "
    "强国 产业 行业 企业 市场 贸易 制造 加工 工作 领导 书记 主任 部长 "
    "主席 群体 人口 界 循环 自信 定力 讲堂 主义 理论 原则 方针 方略 使命 安全 "
    "治理 模式 标准 指数 结构 基金 银行 医院 大学 学院 行动 专项行动 行动计划 "
    "小组 工作组 导向 " + _PERMIT_WORDS
)
# Determiners and quantifiers ("所有|金融活动", all financial activities; 各级|审计机关,
# audit institutions at all levels; 首个|示范工程, the first demonstration project): how
# much or which of a thing is meant, never part of its name.
_DETERMINERS = _words(
    "所有 一切 各类 各种 各项 每个 任何 各个 各级 各地 多种 诸多 若干 大量 众多 某些 整个 "
    "首个 首座 首家 首艘 首架 首款 首条 首位"
)
_VIA = "经"  # "upon (the approval of)", before who decided: 经|国务院|批准
# Measure words and ordinal marks never start a term ("届中国...", "第132届...").
NO_START: Final = frozenset(
    [
        "第",
        "届",
        "次",
        "个",
        "年",
        "月",
        "日",
        "号",
        "期",
        "批",
        "位",
        "名",
        "项",
        "条",
        "种",
        "类",
        "家",
        "座",
        "列",
        "米",
        "元",
        "亿",
        "万",
        *_DETERMINERS,
    ]
)
# Words that open no candidate but may end one. Said of what follows, not a part of
# its name: 修改|后|的立法法, 原|国家海洋局 "the former ...", 各国|发展战略, 当地|民众;
# 领域 ends the phrase before it (能源|领域|合作). Verbs of steering that open a clause:
# 加强|国际人文交流, 引导|金融机构, 组织|农村妇女 (and a name's head cut from it:
# 上海合作|组织|地区反恐怖机构 ends on it), and the manner 有序 "in an orderly way".
_NOT_FIRST = frozenset(["后", "原", "各国", "当地", "领域", "加强", "引导", "组织", "有序"])
MEASURES = frozenset(
    [
        "小时",  # (a duration in a name: 240小时过境免签政策 "240-hour visa-free transit")
        "米",
        "公里",
        "千米",
        "吨",
        "千瓦",
        "兆瓦",
        "英寸",
        "毫米",
        "厘米",
        "平方米",
        "平方公里",
        "立方米",
        # (An area of farmland in a red line: 18亿亩耕地红线 "red line of 1.8 billion mu
        # of farmland".)
        "亩",
        "万亩",
        "亿亩",
    ]
)
# Evaluative and vague modifiers: "正确的政治方向" (correct political direction),
# "重点工作" (key work), "重要平台" (vital platform) are descriptions, not names. A
# generic list of Chinese adjectives of judgement, degree and quantity.
EVALUATIVE = _words(
    "重点 重要 主要 正确 良好 崇高 显著 巨大 积极 有效 有力 广阔 广泛 深刻 坚实 "
    "突出 伟大 光荣 光明 美好 全新 各类 各种 多种 若干 一定 相关 有关 必要 "
    "根本 一般 具体 特定 特色 特殊 优秀 先进 丰富 充分 明显 强大 强劲 稳定 "
    "良性 独特 宝贵 难得 诸多 众多 大量 大批 更多 许多 不少 一系列 一批 一些 "
    # How much a result weighs: 历史性|成就 "historic achievements".
    "历史性 阶段性 决定性 突破性 开创性"
)
# ... of which this one is a noun after a name: 中国|特色 "Chinese characteristics".
_NOUN_AFTER_NAME = frozenset(["特色"])
# Heads of names of bodies, events, zones, plans and funds (see termhood).
NAMED_HEADS = (
    "委员会", "部门", "局", "署", "厅", "办公室", "组织", "中心", "协会", "联合会", "条例",
    "峰会", "会议", "大会", "论坛", "博览会", "试验区", "示范区", "区", "平台", "基金", "产业",
    "计划", "规划", "联盟", "小组", "工作组",
)  # fmt: skip
# Heads of official names that two conjuncts share: 国家发展和改革委员会.
ORG_HEADS = (
    "委员会", "部门", "部", "局", "署", "厅", "办公室", "组织", "中心", "协会", "联合会",
    "法", "条例", "协定", "机制", "体系", "制度", "示范区", "工程", "基金",
)  # fmt: skip
# Quantities ("二十五个", "八万列") are not parts of terms. (But 百年 and 千年 alone are
# nouns, "centenary" and "millennium": 第二个|百年|奋斗目标 "Second Centenary Goal".)
_QUANTITY = re.compile(
    r"^(?![百千]年$)[\d零〇一二两三四五六七八九十百千万亿多]+"
    r"(?:[个名家位项条种批列座次届倍天]|周年|个月|年)$"
)
# ... but a span of years before a plan or a campaign is its modifier: 长江十年禁渔 "the
# 10-year fishing ban on the Yangtze River", 城镇化战略五年行动计划 "five-year action plan".
# (A plan named by its length alone, 三年行动计划, names nothing: _PLANS take a
# duration only after other words.)
_PLANS = frozenset(["行动", "计划", "规划", "方案", "行动计划", "行动方案"])
_DURATION_HEADS = _PLANS | frozenset(["攻坚", "禁渔", "禁捕", "工程", "过渡期"])


# A small count of points (not of things: "2000多家", "26件") before what a formula
# counts: the eight-point rules, the Five Principles, the eight major steps.
_FORMULA_COUNT = re.compile(r"^[两三四五六七八九十]{1,2}[项个条]$")
_COUNTED_HEADS = frozenset(
    ["规定", "原则", "行动", "措施", "举措", "承诺", "倡议", "基本原则", "全面", "自信", "意识"]
)


def _duration_of(tok: str, after: str) -> bool:
    """``tok`` is a number of years (not an anniversary) and ``after`` a plan or a
    campaign it measures."""
    return tok.endswith("年") and not tok.endswith("周年") and after in _DURATION_HEADS


def _zero_prefix(tokens: tuple[str, ...], i: int) -> bool:
    """Token ``i`` is 零 before a word that it does not count (no measure word, no
    number): the prefix "zero-" (零|就业 "zero-employment", 零|排放 "zero emissions")."""
    if tokens[i] != "零" or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    return len(nxt) >= 2 and has_cjk(nxt) and not _NUMERIC.match(nxt[:1]) and nxt not in MEASURES


_ORDINAL: Final = re.compile(r"^第?[\d零〇一二两三四五六七八九十百千]+[届次期批个年月日号]?$")
# An ordinal or a count with its measure word: 第二个, 首个, 两项.
_COUNTED = re.compile(r"^(?:第?[\d零〇一二两三四五六七八九十百千]+|首)[个项批次届期]$")
_ORDINAL_NUMBER = re.compile(r"^第[\d零〇一二两三四五六七八九十百千]+$")
# Suffixes jieba cuts from their word (普惠|性 "inclusive", 友好|型 "-friendly", 渐进|式
# "gradual"; 操控|员 "operator", who does it): they end the word before, and start no
# candidate.
_SUFFIXES = frozenset(["性", "化", "型", "式", "员"])
# One-character heads of the names of offices, which jieba leaves alone after the
# name's words (外空|司 "Office for Outer Space Affairs", 外资|司).
_OFFICE_HEADS: Final = frozenset("司局处署厅办委")
# Postpositions never end one ("发展中", "工作上").
NO_END = frozenset(["中", "上", "下", "里", "内", "间", "时", "后", "前", "第"])
# ... nor do modifiers and determiners standing alone (the head comes last):
# "云南外事工作|新|局面" (new prospects); nor "jointly" or "in all" before its verb
# ("上海市人民政府|共同|主办", "全国政协|共|召开").
NO_END |= frozenset(["新", "老", "各", "每", "多", "全", "总", "共同", "共"])
# ... nor do adverbs of place before a verb ("领事认证|网上|办理": attestation handled
# online).
NO_END |= frozenset(["网上", "线上", "线下", "在线", "就近", "当场"])
# ... nor does "one of" ("城市|之一": one of the cities is no name), nor a rank
# ("全球|第一", "世界|最大": the world's largest), nor a quality or a manner before its
# head ("海洋经济|高质量|发展", "高水平", "一站式|服务").
NO_END |= frozenset(["之一", "第一", "最大", "高质量", "高水平", "一站式"])
# ... nor does "officially" before its verb ("低空经济发展司|正式|亮相", the department
# was officially unveiled; 正式|成员 "full member" may open one).
NO_END |= frozenset(["正式"])
# ... nor do adverbs that may also open a term (全面 "comprehensive" in 全面战略伙伴
# 关系, but "中央生态环境保护督察|全面|开展", the inspections are conducted in full), nor
# "from" before a date ("日本山梨县|自|1984年"). (Not 主动: 战略主动 "strategic
# initiative".)
NO_END |= frozenset(
    ["全面", "加快", "加紧", "有序", "严格", "严厉", "广泛", "有效", "精准", "紧要", "自"]
)
# Verbs that start official names, which may start a candidate: "stationed in", of
# missions abroad (驻|蓉|总领事馆, consulates general in Chengdu); "aid to", of aid
# teams and projects (援|埃塞俄比亚|医疗队, the medical team to Ethiopia).
NAME_VERBS = frozenset(["驻", "常驻", "援"])
# Verbs that only carry the action their object names (进行|审查 "review", 予以|支持
# "support"): the dictionary gives them noun senses too ("underway"), but they start no
# term.
_LIGHT_VERBS = frozenset(["进行", "加以", "予以", "给予", "作出", "做出"])
# Prepositions whose object comes before the clause's verb (向X开放, 与X合作).
OBJECT_PREPOSITIONS = frozenset(["向", "与", "同", "跟", "对", "为"])


def _after_preposition(tokens: tuple[str, ...], a: int) -> bool:
    """One of OBJECT_PREPOSITIONS before token ``a``, with determiners between (向|所有|
    联合国会员国)."""
    while a > 0 and tokens[a - 1] in _DETERMINERS:
        a -= 1
    return a > 0 and tokens[a - 1] in OBJECT_PREPOSITIONS


# A verb of official prose the dictionary also glosses as an adjective (落实 "practical"),
# which starts no term: 落实|碳达峰碳中和 is "deliver on peaking carbon ...".
_CLAUSE_VERBS = frozenset(["落实"])
# Adverbs that also open terms (全面战略伙伴关系, 有序用电), unlike MANNER_ADVERBS (see
# is_breaker); glued by jieba to a verb the dictionary lacks with them (全面|完成), a
# verb first all the same.
_TERM_ADVERBS = frozenset(["全面", "有序", "适当", "加快", "加紧"])
_YEAR: Final = re.compile(r"^(?:19|20)\d\d$")
_YEAR_NAMED: Final = ("议程", "规划", "纲要", "远景目标", "愿景", "行动方案", "行动计划")


def _named_by_year(toks: tuple[str, ...]) -> bool:
    """A plan named by its year: 2030|年|可持续发展|议程 ("2030 Agenda for ...")."""
    return (
        len(toks) > 2 and bool(_YEAR.match(toks[0])) and toks[1] == "年"
        and "".join(toks).endswith(_YEAR_NAMED)
    )  # fmt: skip


# Words that count things after a number (with 余 or 多, "more than", before them):
# a number and one of these ends a count, never a name ("26件", "5000余家", "1200公里").
_COUNTERS: Final = _words(
    "件 起 家 份 项 批 批次 场 户 个 名 人 人次 位 次 架次 国 元 万元 亿元 美元 亿美元 万 亿 "
    "公里 千米 米 吨 平方公里 小时 天 所 座 条 套 台 辆 艘 列 趟 "
    "部 张 本 篇 支 只 头 株 棵 间 处 栋 幢 亩 公顷 块 册 种 款 集 首 幅 组 片 颗 门"
)


def _day_named(tokens: tuple[str, ...], a: int, b: int) -> bool:
    """The candidate ``tokens[a:b]`` ends on 日 or 月 after a word, not a date: a day
    or month named for what it marks (世界|环境|日 "World Environment Day", 文明对话|
    国际|日 "International Day for Dialogue among Civilizations", 全国|科普|月
    "National Science Popularization Month"; not 10|月|21|日, 三个|月)."""
    before = tokens[b - 2] if b - 2 >= a else ""
    return (
        tokens[b - 1] in ("日", "月") and len(before) >= 2 and has_cjk(before)
        and not _NUMERIC.match(before) and not before.endswith(("月", "个"))
    )  # fmt: skip


def _counted(token: str) -> bool:
    """``token`` counts what the number before it says ("件", "余家", "万架次")."""
    return token in _COUNTERS or token[:1] in "余多万亿" and token[1:] in _COUNTERS


_COUNT_WORD: Final = re.compile(r"[数几上近]?[\d零〇一二两三四五六七八九十百千万亿]+[余多]?")


def _count_word(token: str) -> bool:
    """``token`` is a number with its counter, one word to jieba ("数千个" thousands,
    "一个")."""
    m = _COUNT_WORD.match(token)
    return m is not None and 0 < m.end() < len(token) and token[m.end() :] in _COUNTERS


# Size adjectives standing alone modify what follows (西部|大|开发, "the large-scale
# development of the western region"); after a number they end a name (十八|大, the 18th
# National Congress).
_SIZES = frozenset(["大", "小"])


_SMALL_NUMERALS = frozenset("两三四五六七八九十")
_HEAD_LAST: Final = frozenset(h[-1] for h in HEADS)  # (a cheap test before endswith(HEADS))
_LEGAL_FORMS = frozenset({"有限公司", "股份有限公司", "有限责任公司", "集团有限公司"})


def _ends_with_head(text: str) -> bool:
    """``text.endswith(HEADS)``, its last character tested first (most texts end on
    no head's: endswith tries each of the heads)."""
    return text[-1:] in _HEAD_LAST and text.endswith(HEADS)


_COUNT_NUMERALS = _SMALL_NUMERALS - {"十"}  # (十|大 may be a congress, the 10th)


def _major_count(
    tokens: tuple[str, ...], i: int, numerals: frozenset[str] = _COUNT_NUMERALS
) -> bool:
    """``tokens[i]`` is the numeral of a count of major things (三|大|世界级机场群, "three
    world-class airport clusters"), which opens a phrase of its own."""
    return tokens[i] in numerals and i + 1 < len(tokens) and tokens[i + 1] == "大"


# Letters and digits together: a code (5G, G20, CR450, ARJ21, COP15, H7N9).
_MODEL_CODE = re.compile(r"^(?=[A-Za-z0-9]*[A-Za-z])(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{2,}$")
_NUMERIC: Final = re.compile(r"^[\d.,%]+$|^[零〇一二两三四五六七八九十百千万亿]+$")
NAME_DOTS = frozenset("·•‧・")  # the dot between a foreign name's parts (and its lookalikes)
_PUNCT = re.compile(r"^[\W_]+$")
# The longest book title (in 《》) taken whole, in characters.
TITLE_MAX = 60
_OPEN = {"“": "”", "《": "》", "「": "」", "『": "』", '"': '"', "‘": "’"}


@dataclass(slots=True)
class ZhCandidate:
    """A candidate span: token range [a, b), character offsets and text."""

    a: int
    b: int
    start: int
    end: int
    text: str
    quoted: bool = False
    penalty: float = 0.0  # from inner connectors
    # Its first word is a verb the English renders as a modifier ("liquefied" natural
    # gas for 液化|天然气): a name's word, not a verb phrase's (see
    # pipeline._modifying_verbs).
    verb_modifier: bool = False
    # One clause of a quoted saying with commas (see _quoted_clauses).
    clause: bool = False


def token_offsets(tokens: tuple[str, ...]) -> list[int]:
    """Start offset of each token (tokens concatenate to the sentence)."""
    out = []
    pos = 0
    for t in tokens:
        out.append(pos)
        pos += len(t)
    return out


@lru_cache(maxsize=50_000)
def is_breaker(token: str) -> bool:
    """Punctuation, whitespace and function words end every candidate (cached: asked
    for every token of every candidate)."""
    return (
        token in BREAKERS
        or not token.strip()
        or bool(_PUNCT.match(token))
        or (not has_cjk(token) and not token.isalnum())
        or _adverb_and_verb(token)
        # ... and a noun jieba glued to a verb of showing: 结果显示 "results show".
        or (len(token) >= 4 and token.endswith(("显示", "表明")))
    )


# Longest first: 进一步 before any shorter adverb it starts with.
# (广泛 "extensively" too, which is no breaker alone: 广泛共识 "broad consensus".)
_ADVERBS = tuple(sorted(MANNER_ADVERBS | {"广泛"}, key=lambda w: (-len(w), w)))
_NOUN_SUFFIXES = frozenset("性者度型化力")


def _adverb_and_verb(token: str) -> bool:
    """One jieba token made of a manner adverb and its verb ("积极参与" = "actively
    participate"): a predicate, never part of a term (but 积极性 is a noun)."""
    for adverb in _ADVERBS:
        if token.startswith(adverb) and len(token) > len(adverb):
            return token[len(adverb) :] not in _NOUN_SUFFIXES and not ruled_by_law(token)
    return False


def ruled_by_law(token: str) -> bool:
    """One of the names of the rule of law that start with the adverb 依法 (see
    _RULED_BY_LAW): a term, not an adverb and its verb."""
    rest = token[2:]
    return token.startswith("依法") and (rest in _RULED_BY_LAW or rest[:1] == "治")


# What is done "by law" in the names of the rule of law: 依法治国 "law-based governance
# of the country", 依法行政 "law-based government administration", 依法执政 (and
# 依法治军, 依法治网: governance of the armed forces, of cyberspace).
_RULED_BY_LAW = frozenset(["行政", "执政"])


# Adverbs that are adjectives or prefixes before a noun: 特别|国债 "special treasury
# bonds" (but 特别|重要 "especially important"), 超|长期 "ultra-long" (but 超|100万
# "over a million"), 无|理由|退货 "no-reason returns", 非|金融|企业 "non-financial
# enterprises" (but 无|法 "unable to", 非|常 "very"), 跨|里海 "Trans-Caspian", 跨|区域
# "cross-regional" (a verb, "to straddle", before a verb: 跨|越).
_PREFIX_MODIFIERS: Final = frozenset(["特别", "超", "无", "非", "跨"])
# The last characters of the names of laws and regulations.
_LAW_ENDS = ("法", "法典", "条例")
_ADJECTIVE_GLOSS: Final = re.compile(r"(ant|ent|ous|ic|ful|able|ible|ive|al|ary)$")


def modifier_before_noun(tokens: tuple[str, ...], i: int, lex: Lexicon | None) -> bool:
    """Token ``i`` is one of _PREFIX_MODIFIERS and the word after it a noun: a Chinese
    word of two characters or more that the dictionary glosses first as no verb and no
    adjective (国债 "national debt", 长期 "long term"; not 重要 "important")."""
    if lex is None or i + 1 >= len(tokens):
        return False
    word = tokens[i + 1]
    if tokens[i] == "近" and word.startswith("零"):
        return True  # "near-zero": 近|零|能耗建筑 (near-zero energy buildings)
    if tokens[i] not in _PREFIX_MODIFIERS:
        return False
    if len(word) < 2 or not has_cjk(word) or is_breaker(word) or _NUMERIC.match(word[:1]):
        return False
    if lex.glosses(tokens[i] + word):
        return True  # one word jieba cut: 特别|提款权 (special drawing rights)
    glosses = lex.glosses(word)
    if tokens[i] in ("非", "特别") and _noun_word(tokens, i + 2, lex):
        # "non-" before a verb or an adjective that modifies a noun after it: 非|管制|
        # 空域 "non-controlled airspace", 非|临床|研究 "non-clinical research"; and
        # "special" so: 特别|审查|程序 "special review procedure".
        return True
    if not glosses and len(word) >= 3:
        # A compound the dictionary does not have is a noun when its last word is one:
        # 超|低能耗 (能耗 "energy consumption"): "ultra-low energy (buildings)".
        glosses = lex.glosses(word[-2:])
    return (
        bool(glosses) and not lex.is_verb(word) and not glosses[0].startswith("to ")
        and not _ADJECTIVE_GLOSS.search(glosses[0])
    )  # fmt: skip


def _noun_word(tokens: tuple[str, ...], j: int, lex: Lexicon) -> bool:
    """Token ``j`` is a Chinese word of two characters or more and no verb (the noun a
    modifier after 非 or 特别 modifies)."""
    if j >= len(tokens):
        return False
    word = tokens[j]
    return (
        len(word) >= 2 and has_cjk(word) and not is_breaker(word) and not lex.is_verb(word)
    )  # fmt: skip


def _office_head_after(tokens: tuple[str, ...], b: int) -> bool:
    """Token ``b`` is a body's one-character head jieba left alone (外空|司), not the
    first of a run of single characters."""
    return tokens[b] in _OFFICE_HEADS and not (b + 1 < len(tokens) and loose_char(tokens[b + 1]))


def loose_char(token: str) -> bool:
    """A single Chinese character that is no function word: in a run of them, jieba
    found no word (粤|澳, 毛|宁, 碳|中|和), so no candidate starts or ends inside."""
    return (
        len(token) == 1 and "\u4e00" <= token <= "\u9fff"
        and not is_breaker(token) and token not in INNER
    )  # fmt: skip


def sentence_candidates(
    tokens: tuple[str, ...], max_tokens: int = 8, max_chars: int = 22, lex: Lexicon | None = None
) -> list[ZhCandidate]:
    """All candidate spans of a tokenised sentence (see module docstring)."""
    offs = token_offsets(tokens)
    n = len(tokens)
    out: list[ZhCandidate] = []
    for a in range(n):
        first = tokens[a]
        named_by_manner = launched_manner(tokens, a, lex)
        # A document named by its serial number: 第|2758|号|决议 = "Resolution 2758".
        serial = (
            first == "第" and a + 3 < n and tokens[a + 1].isdigit() and tokens[a + 2] == "号"
            and has_cjk(tokens[a + 3]) and not is_breaker(tokens[a + 3])
        )  # fmt: skip
        if (
            is_breaker(first) and not modifier_before_noun(tokens, a, lex) and not named_by_manner
        ) or (first in INNER or first in NO_START and not serial or first in _NOT_FIRST):
            continue
        if (first in _SUFFIXES or first in _OFFICE_HEADS) and a > 0 and has_cjk(tokens[a - 1]):
            continue  # the end of the word before: 普惠|性|托位 (no "性托位"), 外空|司
        if first == _VIA and not (
            a + 1 < n and lex is not None and lex.has_verb_sense(tokens[a + 1])
        ):
            # "Upon (the approval of)" before who decides (经|国务院|批准); a first word
            # only before a verb it says how was done: 经|认证|的|经营者 "authorized
            # economic operator".
            continue
        if (
            len(first) > 2 and first[:2] in BREAKERS and not (lex and lex.is_glossary(first))
            and not ruled_by_law(first)
            # (Not a prefix before a noun: 非|常规 "unconventional", not 非常 "very".)
            and not (first[0] in _PREFIX_MODIFIERS and lex is not None and first[1:] in lex)
        ):  # fmt: skip
            # An adverb jieba glued to its verb: "积极参与", "深入推进" (but a glossary
            # term is one token: 更加积极的财政政策).
            continue
        if first == "多" and (
            a + 1 >= n or tokens[a + 1] in NO_START or is_breaker(tokens[a + 1])
            or (a > 0 and tokens[a - 1] in _MORE)
        ):  # fmt: skip
            # "多个", "多家": a quantity; "更多国家": "more countries"; "多双边合作"
            # (multi-bilateral) is a term.
            continue
        before = tokens[a - 1] if a else ""
        if before in NAME_DOTS and a >= 2 and has_cjk(tokens[a - 2]):
            continue  # the rest of a foreign name: 洛克希德·|马丁公司 (Lockheed Martin)
        # (A double dash is punctuation, not a joiner: “华龙一号”核电机组——|中核集团…,
        # a title and its subtitle.)
        double = before == "——" or (before == "—" and a >= 2 and tokens[a - 2] == "—")
        if before in DASHES and not double:
            # The rest of a name joined by a dash: 中国—|中亚峰会西安宣言. But an
            # organisation the dictionary knows by its acronym is a name of its own
            # there too: 中国—|东盟 "China-ASEAN" (东盟 = "ASEAN").
            if lex is not None and _acronym_named(lex, first):
                out.append(ZhCandidate(a, a + 1, offs[a], offs[a] + len(first), first, False))
            continue
        if (
            len(first) == 1 and a + 1 < n and tokens[a + 1] in RESULTS
            and lex is not None and lex.verb_first(first)
        ):  # fmt: skip
            continue  # a verb and its result jieba cut apart: 用|好 "make good use of"
        if before == "为" and a + 1 < n and tokens[a + 1] == "的":
            continue  # the end of a frame: 以公益性为|导向|的 (public welfare-oriented)
        single = len(first) == 1 and has_cjk(first)
        if _NUMERIC.match(before) and (single or first[0] in _NUMBER_BOUND or first in MEASURES):
            continue  # bound to the number before it: "3.0|版", "34.2|万亿元", "240|小时"
        # A numbered formula: "三大|全球倡议" (the three Global Initiatives).
        major = _major_count(tokens, a, _SMALL_NUMERALS)
        if (
            single and loose_char(before) and not major and first not in NAME_VERBS
            and not modifier_before_noun(tokens, a, lex)
        ):  # fmt: skip
            # Inside a run of single characters jieba could not segment ("粤|澳|深度",
            # "碳|中|和"): not the first character of a word (but a prefix before a
            # noun may follow a verb's result: 用|好|超|长期 "make good use of ultra-long").
            continue
        # (零 before a word jieba cut from it is the prefix "zero-", no number: 零|就业|家庭
        # "zero-employment household".)
        numeric_start = bool(_NUMERIC.match(first) or is_version(first)) and not _zero_prefix(
            tokens, a
        )
        # A plan named by its year: "2030年可持续发展议程" (2030 Agenda for Sustainable
        # Development); elsewhere a year first is when something happened.
        year_start = bool(_YEAR.match(first)) and a + 1 < n and tokens[a + 1] == "年"
        # ... and one named by its century: "21世纪海上丝绸之路" (21st Century Maritime
        # Silk Road), "21世纪议程" (Agenda 21).
        century_start = numeric_start and a + 1 < n and tokens[a + 1] == "世纪"
        # A service's number starts its name: "12308热线" (the 12308 hotline).
        service = numeric_start and first.isdigit() and len(first) >= 5
        if (
            numeric_start and not (a + 1 < n and tokens[a + 1] in MEASURES)
            and not year_start and not century_start and not service and not major
        ):  # fmt: skip
            continue  # a number may start a term only with its unit: "500米口径..."
        if (
            not has_cjk(first) and not first.isalpha() and not numeric_start
            and not (_MODEL_CODE.match(first) and a + 1 < n and has_cjk(tokens[a + 1]))
        ):  # fmt: skip
            # (A model's or a meeting's code names what follows it: 5G|基站 "5G base
            # stations", CR450|动车组, COP15|主席国 "COP15 presidency".)
            continue
        chars = 0
        penalty = 0.0
        conj_at = -1
        described = False  # a 的 after two or more characters
        # A campaign launched by a verb before it is named by what it does:
        # 实施|降低全社会物流成本专项行动 (a special initiative to reduce logistics costs).
        # (Also with an adverb jieba glued to it: 深入开展, 全面实施.)
        verb_first = (
            lex is not None
            and (
                lex.is_pure_verb(first) or first in IMPROVING or first in _LIGHT_VERBS
                or first in _CLAUSE_VERBS or lex.verb_pair(first, _TERM_ADVERBS)
            )
            and first not in NAME_VERBS
            and not modifier_before_noun(tokens, a, lex)  # (跨|里海 "Trans-Caspian")
            and not (len(first) >= 4 and a + 1 < n and tokens[a + 1] in _SLOGAN_HEADS)
            # A verb with a suffix jieba cut from it is a modifier (穿透|式|监管 "look-
            # through regulation", 节约|型|社会 "conservation-oriented society").
            and not (a + 2 < n and tokens[a + 1] in _SUFFIXES)
        )  # fmt: skip
        if (
            verb_first and lex is not None and a > 0 and _COUNTED.match(before)
            and a + 1 < n and tokens[a + 1] in lex
        ):  # fmt: skip
            # What an ordinal counts is a thing, a verb first or not: 第二个|履约|周期 (the
            # second compliance period).
            verb_first = False
        # A verb that modifies a concrete head may start a name: 排污|许可|制度 (the
        # pollutant discharge permit system), 抽水|蓄能|电站 (pumped storage power
        # station), 经营|主体 (business entities); never one that governs an object.
        if verb_first and not (a > 0 and _launches(before)) and not _modifying_verb(first):
            # A verb first: a verb phrase ("推动绿色低碳发展"), not a name. But a
            # slogan names its strategy: 科教兴国|战略 (the strategy of invigorating
            # China through science and education).
            continue
        objected = _after_preposition(tokens, a)
        # (A dash between names is no word: 中国—金砖国家|人工智能|发展|与|合作|中心.)
        limit = a + max_tokens + sum(1 for t in tokens[a + 1 : a + max_tokens] if t in DASHES)
        for b in range(a + 1, min(n, limit) + 1):
            tok = tokens[b - 1]
            if b - 1 > a and tokens[b - 2] in _ADVERBIAL_IDIOMS:
                break
            if serial and b <= a + 3:
                chars += len(tok)
                continue  # (the number is no name without the noun it numbers)
            if (
                tok in DASHES and b < n and has_cjk(tokens[b]) and has_cjk(first)
                and (
                    b - 2 == a or all(len(t) == 1 for t in tokens[a : b - 1])
                    or lex is not None and all(_name_gloss(lex, t) for t in tokens[a : b - 1])
                    or b - 3 > a and tokens[b - 3] in DASHES
                )
            ):  # fmt: skip
                # Between the name's first word (or a foreign name jieba left in
                # characters, 特|鲁|内|什—北京医院, or names, 联合国|粮农组织—中国...)
                # and the rest, never its edge; and so between the next two of a chain
                # (中国－沙特－伊朗|三方联合委员会).
                chars += len(tok)
                continue
            if tok in NAME_DOTS and a < b - 1 < n - 1 and has_cjk(tokens[b - 2] + tokens[b]):
                # Between the parts of a foreign name, never its edge: 吉纳勒·达瓦水电站
                # (the Genale Dawa hydropower station).
                chars += len(tok)
                continue
            if modifier_before_noun(tokens, b - 1, lex):
                chars += len(tok)
                continue  # (never a term's end)
            if tok == "个" and b - 2 == a and _ORDINAL_NUMBER.match(first):
                # An ordinal's measure word: "第十四个|五年规划" (the 14th Five-Year
                # Plan), "第二个|百年奋斗目标" (the Second Centenary Goal). Inside a name,
                # never its end.
                chars += len(tok)
                continue
            if tok == "者" and _agent_of(tokens, a, b, lex):
                # The suffix of the one who does it, which jieba leaves alone after a
                # verb compound: 数据处理|者 "data handlers". It ends the name.
                text = "".join(tokens[a:b])
                out.append(ZhCandidate(a, b, offs[a], offs[a] + len(text), text, False, penalty))
                break
            if is_breaker(tok) and not (named_by_manner and b - 1 == a):
                break
            if _FORMULA_COUNT.match(tok) and b < n and tokens[b] in _COUNTED_HEADS:
                # A numbered formula: 中央|八项|规定 (the eight-point rules), 八项|行动
                # (the eight major steps), 和平共处|五项|原则. Never its end.
                chars += len(tok)
                continue
            if _QUANTITY.match(tok):
                # (First too, before what is no plan of its own: 五年|过渡期 "five-year
                # transition period"; "三年行动计划" alone names nothing.)
                if not (
                    b < n
                    and _duration_of(tok, tokens[b])
                    and (b - 1 > a or tokens[b] not in _PLANS)
                ):
                    break
                chars += len(tok)
                continue  # (never a term's end)
            chars += len(tok)
            if chars > max_chars:
                break
            if tok in INNER:
                penalty += INNER[tok]
                if tok == "的" and chars - len(tok) >= 2:
                    described = True
                if tok in _CONJ:
                    conj_at = b - 1
                continue
            if b - 1 > a and _major_count(tokens, b - 1):
                break  # a count of what follows starts a phrase: 粤港澳大湾区|三|大|…
            if _NUMERIC.match(tok) and b - 1 > a:
                # "第六次", "二十大": numbers may sit inside, never at the end.
                continue
            if chars < 2 or tok in NO_END or (tok in NO_START and not _day_named(tokens, a, b)):
                continue
            if b < n and _office_head_after(tokens, b):
                continue  # a body's name cut before its head: 联合国|外空|司, 商务部|外资|司
            if first == "全" and b - a == 2:
                continue  # "the whole" of one word (全|社会, 全|党): how much, not what
            if tok == "规定" and b - 2 >= a and tokens[b - 2].endswith(_LAW_ENDS):
                continue  # what a law "provides": 选举法|规定 (the Electoral Law provides)
            if b - 2 >= a and _NUMERIC.match(tokens[b - 2]) and _counted(tok):
                continue  # a count, not a name: "法律援助案件|26件", "绿色工厂|5000余家"
            if _count_word(tok):
                continue  # ... also when jieba keeps it one word: "援疆项目|数千个"
            if tok in _SIZES and not (b - 2 >= a and _NUMERIC.match(tokens[b - 2])):
                continue
            if (
                b < n and loose_char(tok) and loose_char(tokens[b])
                and not _day_named(tokens, a, b) and not _major_count(tokens, b)
            ):  # fmt: skip
                # Ends inside a run of single characters ("发言人毛|宁"); not a named
                # day before 起 "from": 世界|计量|日|起, nor a name before a count:
                # 粤港澳|大湾|区|三|大.
                continue
            if (
                b - 1 > a and objected and lex is not None and lex.is_verb(tok)
                and (b == n or is_breaker(tokens[b]) or lex.is_verb(tokens[b]))
            ):  # fmt: skip
                # A preposition's object ends before the clause's verb: 向|联合国会员国|
                # 开放 "open to UN member states", 与|东盟|合作|应对 "cooperate with
                # ASEAN to meet". (Not a verb inside the object: 对|商标恶意注册|行为.)
                continue
            if (
                verb_first and tok not in _CAMPAIGN_HEADS
                and not _named_by_modifying_verb(tokens[a:b])
            ):  # fmt: skip
                continue  # (a verb first names nothing but the campaign, or a head)
            if named_by_manner and tok not in _SLOGAN_HEADS and tok not in _CAMPAIGN_HEADS:
                continue
            if (
                b + 1 < n and tokens[b] in DASHES and has_cjk(tokens[b + 1])
                and any(t in DASHES for t in tokens[a + 1 : b - 1])
            ):  # fmt: skip
                continue  # a chain of names cut before its last: 中国－沙特|－伊朗
            text = "".join(tokens[a:b])
            if not has_cjk(text) or text in _LEGAL_FORMS:
                continue  # (a company's legal form alone names no company)
            if (
                b - 2 >= a and tokens[b - 2][-1] in _HEAD_LAST and tokens[b - 2].endswith(HEADS)
                and _place_word(lex, tok)
            ):  # fmt: skip
                continue  # a place after a head opens the next name: 互联网法院|杭州…
            if conj_at >= 0 and not (
                conj_at - a == 1 or text.endswith(ORG_HEADS)
                # one modifier shared by two single words: 国际|和平与安全
                or conj_at - a == 2 and b - 1 == conj_at + 1
                # ... or by three: 碳|捕集|利用|与|封存 (carbon capture, utilization
                # and storage)
                or conj_at - a == 3 and b - 1 == conj_at + 1 and len(first) == 1
                and all(len(t) == 2 for t in tokens[a + 1 : b] if t not in _CONJ)
                # ... or a name shared by two nouns of its own: 联合国|宪章|宗旨|和|原则
                # (the purposes and principles of the UN Charter)
                or conj_at - a >= 3 and b - 1 == conj_at + 1
                and len(tokens[conj_at - 1]) == len(tok) == 2
                and lex is not None and _proper_gloss(lex, "".join(tokens[a : conj_at - 1]))
                or _parallel_conjuncts(tokens, a, conj_at, b)
            ):  # fmt: skip
                # "A和B C" only as an official name sharing its head (国家发展和改革委员会,
                # 人力资源和社会保障部门) or with a one-word first conjunct; otherwise
                # "战略自信和战略定力" is two terms.
                continue
            if (
                b - a > 5 and not text.endswith(HEADS)
                and _words_in(tokens[a:b]) - bool(_COUNTED.match(first)) > 5
                and not (conj_at >= 0 and _parallel_conjuncts(tokens, a, conj_at, b))
            ):  # fmt: skip
                # Long runs are names only when they end in a term head. (Counted in
                # words: a run of single characters jieba could not segment is one,
                # 互联网|骨干|直|联|点; an edition's ordinal first is not counted:
                # 第一次|全国|自然灾害|综合|风险|普查, the first national census of ...)
                continue
            if year_start and not _named_by_year(tokens[a:b]):
                continue
            # "货物的集装箱" (containers of goods) describes its head; short names
            # with 的 hang on one character (党的二十大), and long ones are policy
            # formulas (党对外事工作的集中统一领导).
            extra = 0.4 if described and len(text) <= 8 else 0.0
            out.append(
                ZhCandidate(a, b, offs[a], offs[a] + len(text), text, False, penalty + extra)
            )
    # Names in quotes and book-title marks, whole (they may contain anything); their
    # parts are not candidates of their own.
    quoted: list[ZhCandidate] = []
    titles: list[ZhCandidate] = []  # long names in 《》: their parts stay candidates
    for i, tok in enumerate(tokens):
        close = _OPEN.get(tok)
        if not close:
            continue
        # (Book titles run longer than names: 《全面对接国际高标准经贸规则推进中国（上海）
        # 自由贸易试验区高水平制度型开放总体方案》 has 47 characters.)
        longest = TITLE_MAX if tok == "《" else 30
        for j in range(i + 1, min(n, i + (40 if tok == "《" else 20))):
            if tokens[j] == close:
                if j > i + 1:
                    text = "".join(tokens[i + 1 : j])
                    if 2 <= len(text) <= longest and has_cjk(text):
                        quoted.append(ZhCandidate(i + 1, j, offs[i + 1], offs[j], text, True, 0.0))
                        if tok == "《" and len(text) >= 8:
                            titles.append(quoted[-1])
                        years = _years_at_end(tokens, i + 1, j) if tok == "《" else j
                        if years < j and years - i - 1 >= 2:
                            # A plan's title before the years it covers is a title too
                            # (its English names it in title case; the years follow).
                            undated = "".join(tokens[i + 1 : years])
                            quoted.append(
                                ZhCandidate(
                                    i + 1, years, offs[i + 1], offs[years], undated, True, 0.0
                                )
                            )
                            if len(undated) >= 8:
                                titles.append(quoted[-1])
                break
    if quoted:
        # (Inside a long title, the terms it names are candidates too: 银发经济 in
        # 《关于发展银发经济增进老年人福祉的意见》.)
        out = [
            c for c in out
            if not any(
                c.start < q.end and q.start < c.end
                and not (q in titles and q.start <= c.start and c.end <= q.end)
                for q in quoted
            )
        ]  # fmt: skip
    return (
        out
        + quoted
        + _quoted_clauses(tokens, offs, quoted)
        + _around_quotes(tokens, offs, quoted)
        + _formulas(tokens, offs, lex)
        + _four_character_formulas(tokens, offs)
        + _stances(tokens, offs, lex)
        + _sessions(tokens, offs, lex)
        + _bracketed_names(tokens, offs, lex)
        + _parallel_modifiers(tokens, offs)
        + _listed_slogans(tokens, offs, lex)
    )


_CLAUSE_COMMAS = frozenset(["，", "；"])


def _quoted_clauses(
    tokens: tuple[str, ...], offs: list[int], quoted: list[ZhCandidate]
) -> list[ZhCandidate]:
    """The clauses of a quoted saying with commas, each a name of its own: in
    “绿水青山就是金山银山，冰天雪地也是金山银山” each half is a slogan, and the
    English says each as its own clause. (Not in a book title, which is one name; nor
    in a speech's quoted title, “携手推进现代化，共筑高水平中非命运共同体”, whose clauses
    ``pipeline.mine_pair`` drops when their English is in title case.)"""
    out: list[ZhCandidate] = []
    for q in quoted:
        if tokens[q.a - 1] == "《":
            continue
        cuts = [i for i in range(q.a, q.b) if tokens[i] in _CLAUSE_COMMAS]
        # The items of a quoted list are names of their own too: “和平统一、一国两制”
        # (peaceful reunification and "one country, two systems").
        items = [i for i in range(q.a, q.b) if tokens[i] == "、"] if not cuts else []
        for a, b in zip([q.a] + [c + 1 for c in cuts + items], cuts + items + [q.b], strict=True):
            text = "".join(tokens[a:b])
            if len(text) >= (2 if items else 4) and has_cjk(text):
                # (An item is not quoted alone: the quote's bonus is the whole list's.)
                clause = not items
                out.append(
                    ZhCandidate(a, b, offs[a], offs[a] + len(text), text, clause, clause=clause)
                )
    return out


def _agent_of(tokens: tuple[str, ...], a: int, b: int, lex: Lexicon | None) -> bool:
    """者 at ``b - 1`` makes an agent noun of the word before it: a word of two
    characters or more with a verb sense, inside the candidate (数据处理|者, 个人信息|
    处理|者; not 或|者, nor a pronoun's 者 after a single character)."""
    if lex is None or b - 1 <= a:
        return False  # (者 first: no word before it in the candidate)
    word = tokens[b - 2]
    # (Or ends with one: 数据处理 is "data processing", its 处理 "to handle".)
    return (
        len(word) >= 2 and has_cjk(word)
        and (lex.has_verb_sense(word) or lex.has_verb_sense(word[-2:]))
    )  # fmt: skip


def _years_at_end(tokens: tuple[str, ...], a: int, b: int) -> int:
    """Where the years a title ends with start (its bracket, as in 《中国妇女发展纲要
    （2021—2030年）》), or ``b`` if it ends without them."""
    k = b - 1
    if k <= a or tokens[k] not in ("）", ")"):
        return b
    k -= 1
    while k > a and (tokens[k].isdigit() or tokens[k] in _YEAR_PARTS):
        k -= 1
    if tokens[k] in ("（", "(") and any(t.isdigit() for t in tokens[k:b]):
        return k
    return b


_YEAR_PARTS = frozenset(["年", "—", "–", "－", "-", "~", "～", "至"])


def _parallel_modifiers(tokens: tuple[str, ...], offs: list[int]) -> list[ZhCandidate]:
    """Two modifiers of one shape listed with 、 before their shared head:
    多层次、多支柱养老保险体系 = "multi-tiered, multi-pillar old-age insurance system"
    (the same first character and length). Up to four words after them, ending in a
    term's head; marked like a quoted name (the 、 stops the n-grams)."""
    out: list[ZhCandidate] = []
    n = len(tokens)
    for i in range(1, n - 2):
        one = tokens[i - 1]
        if tokens[i] != "、" or len(one) < 2 or (i >= 2 and tokens[i - 2] == "、"):
            continue  # (not one of a longer list either)
        if one.endswith(HEADS):
            # A head ends its own phrase, no modifier of the next: 全国社会保障|基金、
            # 基本|养老保险基金 lists two funds.
            continue
        # The other modifier may be cut by jieba (多|支柱): it ends on a token edge.
        j, other = i + 1, ""
        while j < n and len(other) < len(one):
            other += tokens[j]
            j += 1
        if (
            len(other) != len(one) or other[0] != one[0] or not has_cjk(one + other)
            or (j < n and tokens[j] == "、")
            # (Not the same word twice: 基础测绘、测绘行业 lists two things, the second
            # named by the first's last word.)
            or other == one
        ):  # fmt: skip
            continue
        for b in range(j + 1, min(n, j + 4) + 1):
            if not _loose_word(tokens[b - 1]):
                break
            text = "".join(tokens[i - 1 : b])
            if text.endswith(HEADS):
                out.append(ZhCandidate(i - 1, b, offs[i - 1], offs[i - 1] + len(text), text, True))
    return out + _listed_modifiers(tokens, offs)


def _item_step(tokens: tuple[str, ...], k: int) -> int:
    """How many tokens from ``k`` go into a listed modifier as one word: 1 for a loose
    word, 2 for a character bound to the word after it (可|持续 "sustainable"), 0 if
    the item ends at ``k``."""
    tok = tokens[k]
    if _loose_word(tok):
        return 1
    if (
        len(tok) == 1 and has_cjk(tok) and tok not in INNER and k + 1 < len(tokens)
        and len(tokens[k + 1]) >= 2 and has_cjk(tokens[k + 1]) and not _PUNCT.match(tokens[k + 1])
    ):  # fmt: skip
        return 2
    return 0


def _item_back(tokens: tuple[str, ...], end: int, size: int) -> int:
    """Start of the tokens before ``end`` that make ``size`` characters of loose words
    (-1 if no token edge falls there)."""
    chars, a = 0, end
    while a > 0 and chars < size and _loose_word(tokens[a - 1]):
        a -= 1
        chars += len(tokens[a])
    return a if chars == size else -1


def _listed_modifiers(tokens: tuple[str, ...], offs: list[int]) -> list[ZhCandidate]:
    """Three or more modifiers listed with 、 before their shared head:
    共同、综合、合作、可持续的安全观 = "vision of common, comprehensive, cooperative and
    sustainable security", 市场化、法治化、国际化一流营商环境. The first item is as
    long as the second; the last runs to 的, or is as long as the one before it."""
    out: list[ZhCandidate] = []
    n = len(tokens)
    i = 0
    while i < n:
        if tokens[i] != "、" or (i and tokens[i - 1] == "、"):
            i += 1
            continue
        # The items after the first: runs of loose words of up to four characters.
        seps = [i]
        sizes: list[int] = []
        j = i + 1
        while True:
            k, chars = j, 0
            while k < n and chars < 4 and (step := _item_step(tokens, k)):
                chars += sum(len(t) for t in tokens[k : k + step])
                k += step
            if k < n and tokens[k] == "、" and chars:
                sizes.append(chars)
                seps.append(k)
                j = k + 1
                continue
            break
        i = seps[-1] + 1
        if len(seps) < 2:
            continue  # (three items or more: two separators)
        first = _item_back(tokens, seps[0], sizes[0])
        if first < 0:
            continue
        # The last item: up to 的, or as long as the one before it.
        k, chars, last = seps[-1] + 1, 0, -1
        while k < n and chars < 4 and (step := _item_step(tokens, k)):
            chars += sum(len(t) for t in tokens[k : k + step])
            k += step
            if chars == sizes[-1] and not (k < n and tokens[k] == "的"):
                last = k
                break
            if k < n and tokens[k] == "的":
                last = k + 1
                break
        if last < 0:
            continue
        for b in range(last + 1, min(n, last + 4) + 1):
            if not _loose_word(tokens[b - 1]):
                break
            text = "".join(tokens[first:b])
            # (A head word, not a word ending like one: 世界 "world" is described.)
            if (
                tokens[b - 1] in _HEAD_WORDS or tokens[b - 1].endswith(_LIST_HEADS)
            ) and not _share_a_word("".join(tokens[first:last]).rstrip("的").split("、")):
                out.append(ZhCandidate(first, b, offs[first], offs[first] + len(text), text, True))
    return out


_LIST_ENDS = frozenset(["的", "等", "和", "与", "及", "或", "之"])


def _share_a_word(items: list[str]) -> bool:
    """Two items of a list begin or end with the same two characters: a list of terms
    (市场机遇、投资机遇、增长机遇 "market, investment and growth opportunities";
    绿色基建、绿色能源、绿色交通), not one slogan or one set of modifiers."""
    return len({p[:2] for p in items}) < len(items) or len({p[-2:] for p in items}) < len(items)


def _slogan_part(token: str) -> bool:
    """A token that may be part of a four-character phrase in a listed slogan: a loose
    word or any Chinese character but a connector (合作|共|赢)."""
    return _loose_word(token) or (
        len(token) == 1 and has_cjk(token) and token not in _LIST_ENDS and not _PUNCT.match(token)
    )


def _equal_item_lists(tokens: tuple[str, ...], size: int) -> list[tuple[int, int]]:
    """Token spans of whole lists whose items, separated by 、, are ``size``
    characters each (on token edges), not a run of items of a longer list."""
    out: list[tuple[int, int]] = []
    n = len(tokens)

    def edge(k: int, step: int) -> int:
        """The token edge ``size`` characters from ``k`` going ``step`` (+1 after, -1
        before; -2 if no edge falls there)."""
        chars = 0
        while 0 <= k < n and chars < size and _slogan_part(tokens[k]):
            chars += len(tokens[k])
            k += step
        return k if chars == size else -2

    i = 0
    while i < n:
        if tokens[i] != "、":
            i += 1
            continue
        first = edge(i - 1, -1) + 1
        last_sep = i
        end = -1
        while True:
            after = edge(last_sep + 1, 1)
            if after < 0:
                break
            if after < n and tokens[after] == "、":
                last_sep = after
                continue
            end = after
            break
        i = last_sep + 1
        if first < 0 or end < 0:
            continue
        if (first > 0 and tokens[first - 1] == "、") or (end < n and _slogan_part(tokens[end])):
            continue  # (the whole list, not a run of items of a longer one)
        out.append((first, end))
    return out


def _listed_slogans(
    tokens: tuple[str, ...], offs: list[int], lex: Lexicon | None
) -> list[ZhCandidate]:
    """Three or more phrases of four characters, or of three, listed with 、, the
    whole list: a slogan recorded as one (政策沟通、设施联通、贸易畅通、资金融通、民心相通,
    the "five links"; 相互尊重、和平共处、合作共赢; 不敢腐、不能腐、不想腐). A list of
    terms varies in length (光伏、风电、特高压输电), or ends in nouns (人工智能、量子信息、
    生物技术). Marked like a quoted name (the 、 stops the n-grams)."""
    out: list[ZhCandidate] = []
    n = len(tokens)
    for size in (4, 3):
        for first, end in _equal_item_lists(tokens, size):
            text = "".join(tokens[first:end])
            items = text.split("、")
            if size == 3:
                if len(items) < 3 or lex is None or not _three_character_slogan(items, lex):
                    continue
            elif len(items) == 2:
                # Two phrases only when they say the same of two things, the same
                # predicate after each: 人民至上、生命至上 "put the people and their lives
                # above all else" (not 绿色贸易、数字贸易, a head noun twice).
                tail = items[0][2:]
                if (
                    tail != items[1][2:] or tail not in _SLOGAN_PREDICATES
                    or (end < n and not is_breaker(tokens[end]))
                ):  # fmt: skip
                    continue
            elif _share_a_word(items) or (lex is not None and _nouns_listed(items, lex)):
                continue
            out.append(ZhCandidate(first, end, offs[first], offs[first] + len(text), text, True))
            if size == 4 and len(items) >= 3:
                # Each formula of the list is recorded too (党政同责、一岗双责、齐抓共管、
                # 失职追责: "accountability for dereliction of duty"), a verb first or not.
                a = first
                for k in range(first, end + 1):
                    if k == end or tokens[k] == "、":
                        item = "".join(tokens[a:k])
                        out.append(ZhCandidate(a, k, offs[a], offs[a] + len(item), item, True))
                        a = k + 1
    return out


def _three_character_slogan(items: list[str], lex: Lexicon) -> bool:
    """Phrases of three characters that make one slogan rather than a list of terms:
    one frame filled in each time (不敢腐、不能腐、不想腐), one suffix of quality
    (市场化、法治化、国际化 "market-oriented, law-based and internationalized"; 获得感、
    幸福感、安全感), or mostly a verb and its object (学党史、悟思想、办实事、开新局). A
    list of things names each (农产品、工业品、消费品; 财政部、商务部、外交部)."""
    if len({item[-1] for item in items}) == 1:
        # (One frame: the first character is shared too; else a suffix of quality.)
        return len({item[0] for item in items}) == 1 or items[0][-1] in _QUALITY_SUFFIXES
    if all(item in lex for item in items):
        return False
    verbs = sum(1 for item in items if lex.has_verb_sense(item[0]) and item[1:] in lex)
    return verbs * 2 >= len(items) and not _share_a_word(items)


# Suffixes that make a quality of a word (市场化 "market-oriented", 获得感 "sense of gain").
_QUALITY_SUFFIXES = frozenset("化感")


# What a slogan of two phrases says of each thing (人民至上、生命至上; 安全第一).
_SLOGAN_PREDICATES = frozenset(["至上", "第一", "优先", "为本", "为先", "为重", "为主"])


def _nouns_listed(items: list[str], lex: Lexicon) -> bool:
    """Most items end in a word with no verb sense and no two begin alike: a list of
    things (人工智能、量子信息、生物技术; 高端芯片、基础软件、工业母机), each its own
    term. A slogan's phrases end in what is done (沟通, 共处) or repeat a modifier
    (智慧海关、智能边境、智享联通)."""
    if len({item[0] for item in items}) < len(items):
        return False
    nouns = sum(1 for item in items if not lex.has_verb_sense(item[-2:]))
    return nouns * 2 > len(items)


# Heads of listed modifiers: HEADS as words, an outlook (安全观) or a way of life.
_HEAD_WORDS = frozenset(HEADS)
_LIST_HEADS = ("观", "方式")


_STANCE_HEADS = ("政策", "战略", "方针")
# Verbs of policy prose that take an object (推动|..., 加强|..., 建立|...): never a
# modifier of a name's head (see _named_by_modifying_verb).
_GOVERNING_VERBS = IMPROVING | _words(
    "推动 推进 加强 建立 构建 实施 开展 促进 深化 提升 提高 扩大 加快 坚持 落实 支持 鼓励 "
    "引导 优化 强化 创新 打造 培育 发挥 保持 实现 形成 做好 抓好 用好 办好 维护 巩固 拓展 "
    "参与 举办 召开 出台 印发 制定 发布 设立 成立 组建 启动 部署 研究 审议 通过 批准 签署 "
    "取得 完成 达到 增加 减少 降低 稳定 规范 统筹 协调 加大 深入 全面 积极 不断 进一步 "
    "实行 推行 执行 贯彻 推广 建成 守住 筑牢 严守 守牢 落地 提供 满足 享受 享有 建设 "
    "发展 新建 扩建 打击 布局 设置 配置 投入 运营 用于 成为 作为 包括 涉及 覆盖"
)
# Concrete heads such a modifying verb may name.
# (强国: the field a verb names leads, 制造|强国 "manufacturing powerhouse".)
_CONCRETE_HEADS = _words(
    "制度 体系 机制 区 电站 主体 事件 证 项目 机构 平台 基地 中心 系统 标准 假 制 工程 设施 "
    "站 园区 政策 模式 人员 行业 机组 舱 馆 小组 会 队伍 网络 企业 事故 金 费 险 贷款 资金 强国 "
    "空间 场所 要素 能力 设备"
)
# Verbs that launch a campaign, and the campaigns a verb phrase may name.
_LAUNCH_VERBS = frozenset(["实施", "开展", "启动", "组织实施", "部署"])
_CAMPAIGN_HEADS = frozenset(["行动", "专项行动", "行动计划", "工程", "计划", "攻坚战"])
# A term's heads and a campaign's: the last word of a long name.
_NAME_HEADS = HEADS + tuple(sorted(_CAMPAIGN_HEADS))


def _modifying_verb(word: str) -> bool:
    """A two-character verb that governs no object (排污, 监测, 经营): it may modify a
    name's head."""
    return len(word) == 2 and word not in _GOVERNING_VERBS


def _named_by_modifying_verb(toks: tuple[str, ...]) -> bool:
    """A modifying verb first and a concrete head last: a name (排污|许可|制度 "pollutant
    discharge permit system")."""
    head = toks[-1]
    return (
        len(toks) >= 2 and _modifying_verb(toks[0])
        and (
            head in _CONCRETE_HEADS
            # (only right after the verb: 核发|烟草专卖零售许可证 "issue tobacco ...
            # licences" governs its object)
            or len(toks) == 2 and (head in _PERMITS or head.endswith("证"))
        )
    )  # fmt: skip


def _launches(token: str) -> bool:
    """A verb that launches a campaign (also with an adverb glued to it: 深入开展)."""
    return token in _LAUNCH_VERBS or len(token) == 4 and token[2:] in _LAUNCH_VERBS


def launched_manner(tokens: tuple[str, ...], i: int, lex: Lexicon | None) -> bool:
    """Token ``i`` is an adverb of manner that begins the name of a launched strategy
    or campaign, before its verb: 实施|积极|应对|人口老龄化|国家|战略 (the national
    strategy for actively responding to population aging)."""
    return (
        tokens[i] in MANNER_ADVERBS and 0 < i < len(tokens) - 1 and _launches(tokens[i - 1])
        and lex is not None and lex.is_verb(tokens[i + 1])
    )  # fmt: skip


# What a slogan (a four-character verb phrase) names when it comes first.
_SLOGAN_HEADS = frozenset(["战略", "方略", "方针", "工程", "行动", "精神", "原则", "理念", "思想"])
_DEGREE = frozenset(["更加", "更为", "更"])


def _stances(tokens: tuple[str, ...], offs: list[int], lex: Lexicon | None) -> list[ZhCandidate]:
    """A policy and its stance, a fixed formula with 的 inside: 积极的财政政策 ("proactive
    fiscal policy"), 更加积极的财政政策, 适度宽松的货币政策. The stance is one or two words
    (an adverb of manner too: 积极) after an optional 更加 "more"; marked like a quoted
    name (a set phrase, not a description)."""
    out: list[ZhCandidate] = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if tok != "的" or i + 1 >= n:
            continue
        # The policy: one or two words after 的, ending in its head.
        end = next(
            (b for b in (i + 2, i + 3) if b <= n and tokens[b - 1].endswith(_STANCE_HEADS)), 0
        )
        if not end or any(not has_cjk(t) or t in BREAKERS for t in tokens[i + 1 : end]):
            continue
        if end < n and lex is not None and not _strong_boundary(tokens[end], lex):
            # The head goes on as a modifier: 发展的|战略支撑 ("strategic underpinning
            # for development") is no policy of a stance.
            continue
        # The stance: one or two two-character words before 的 (not a verb: 实施|积极的).
        a = i
        while a > i - 2 and a > 0:
            word = tokens[a - 1]
            if (
                len(word) != 2 or not has_cjk(word)
                or (word in BREAKERS and word not in MANNER_ADVERBS)
                or (lex is not None and lex.is_pure_verb(word))
            ):  # fmt: skip
                break
            a -= 1
            start = a - 1 if a > 0 and tokens[a - 1] in _DEGREE else a
            text = "".join(tokens[start:end])
            out.append(ZhCandidate(start, end, offs[start], offs[start] + len(text), text, True))
        if a < i:
            # Stances listed with 、 share the policy: 更加积极、更加开放、更加有效的人才政策.
            first = start
            while first >= 2 and tokens[first - 1] == "、":
                word = tokens[first - 2]
                if (
                    len(word) != 2 or (word in BREAKERS and word not in MANNER_ADVERBS)
                    or (lex is not None and lex.is_pure_verb(word))
                ):  # fmt: skip
                    break
                first -= 2
                if first > 0 and tokens[first - 1] in _DEGREE:
                    first -= 1
            if first < start:  # (the whole list only: a part of it is a cut)
                text = "".join(tokens[first:end])
                out.append(
                    ZhCandidate(first, end, offs[first], offs[first] + len(text), text, True)
                )
    return out


_N = "[零〇一二两三四五六七八九十百\\d]+"
# A session of a congress or a plenary: 十四届全国人大二次会议, 二十届中央纪委三次全会,
# 十九届四中全会 (the body's name, possibly none, between the two numbers).
_SESSION = re.compile(
    rf"第?{_N}届([\u4e00-\u9fff]{{0,12}}?)(?:第?{_N}次(?:全体会议|全会|会议)|{_N}中全会)"
)


def _sessions(tokens: tuple[str, ...], offs: list[int], lex: Lexicon | None) -> list[ZhCandidate]:
    """Sessions named by their numbers: "十四届全国人大二次会议" = "second session of the
    14th National People's Congress", also with the body first (全国政协十四届二次会议)
    or its party (中共十九届四中全会). Numbers inside and out stop the n-grams, so the
    whole name is marked like a quoted one (a name, not a clause)."""
    text = "".join(tokens)
    if "届" not in text:
        return []
    starts = {o: i for i, o in enumerate(offs)}
    ends = {o + len(t): i + 1 for i, (o, t) in enumerate(zip(offs, tokens, strict=True))}
    out: list[ZhCandidate] = []
    for m in _SESSION.finditer(text):
        a, b = starts.get(m.start()), ends.get(m.end())
        if a is None or b is None or any(is_breaker(t) or t in INNER for t in tokens[a:b]):
            continue
        # The body before the numbers: up to three words, back to a function word or a
        # verb (提请|十四届...).
        first = a
        while first > 0 and a - first < 3:
            word = tokens[first - 1]
            if (
                is_breaker(word) or word in INNER or not has_cjk(word) or word == _VIA
                or (lex is not None and lex.is_verb(word))
            ):  # fmt: skip
                break
            first -= 1
        for s in range(first, a + 1):
            name = "".join(tokens[s:b])
            out.append(ZhCandidate(s, b, offs[s], offs[s] + len(name), name, True))
    return out


_BRACKETS = {"（": "）", "(": ")"}


def _bracketed_names(
    tokens: tuple[str, ...], offs: list[int], lex: Lexicon | None = None
) -> list[ZhCandidate]:
    """Names with a place in brackets: 中国（四川）自由贸易试验区 = "China (Sichuan)
    Pilot Free Trade Zone", 中国（上海）自由贸易试验区临港新片区, 西部（成都）科学城, and a
    name the place in brackets ends: 中欧班列（成渝） = "China-Europe Railway Express
    (Chengdu-Chongqing)". The word before the brackets (two single characters jieba
    left apart: 中|德（蒲江）), the place (up to four characters) and up to four words
    after (a run of single characters counted as one: 国际|多|式|联运|中心), ending in a
    term's head; marked like a quoted name (brackets stop the n-grams)."""
    out: list[ZhCandidate] = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        close = _BRACKETS.get(tok)
        if not close or i == 0 or not has_cjk(tokens[i - 1]) or is_breaker(tokens[i - 1]):
            continue
        j = next((j for j in range(i + 2, min(n, i + 6)) if tokens[j] == close), -1)
        inside = "".join(tokens[i + 1 : j]) if j > 0 else ""
        if not 2 <= len(inside) <= 4 or not all(has_cjk(t) for t in tokens[i + 1 : j]):
            continue
        if _abbreviates(inside, "".join(tokens[max(0, i - 6) : i])):
            continue  # the name's short form, not a place: 亚洲基础设施投资银行（亚投行）
        start = (
            i - 2 if i >= 2 and loose_char(tokens[i - 2]) and loose_char(tokens[i - 1]) else i - 1
        )
        starts = [start]
        if start == i - 1 and i >= 2 and len(tokens[i - 2]) > 1 and _loose_word(tokens[i - 2]):
            starts.append(i - 2)  # (a name of two words: 中欧|班列（成渝）)
            if i >= 4 and tokens[i - 3] in DASHES and _loose_word(tokens[i - 4]):
                starts.append(i - 4)  # (and two names joined by a dash: 中国—东盟|合作（四川）)
        for s in starts:
            if "".join(tokens[s:i]).endswith(HEADS):
                text = "".join(tokens[s : j + 1])
                out.append(ZhCandidate(s, j + 1, offs[s], offs[s] + len(text), text, True))
        for b in range(j + 2, min(n, j + 8) + 1):
            word = tokens[b - 1]
            if not _loose_word(word) or _words_in(tokens[j + 1 : b]) > 4:
                break
            if lex is not None and lex.is_pure_verb(word):
                break  # what the name does: 中欧班列（渝新欧）|拓展
            for s in starts:
                text = "".join(tokens[s:b])
                if text.endswith(HEADS) or text.endswith("城"):
                    out.append(ZhCandidate(s, b, offs[s], offs[s] + len(text), text, True))
    return out


def _abbreviates(short: str, name: str) -> bool:
    """``short`` takes its characters from ``name``, in order (亚投行 from
    亚洲基础设施投资银行)."""
    pos = 0
    for ch in short:
        pos = name.find(ch, pos) + 1
        if not pos:
            return False
    return True


def _loose_word(token: str) -> bool:
    """A Chinese word that may be part of a name (not punctuation or a function word)."""
    return has_cjk(token) and not is_breaker(token) and token not in INNER


def is_stance(toks: tuple[str, ...]) -> bool:
    """The tokens are a policy and its stance (see :func:`_stances`)."""
    return "的" in toks and toks[-1].endswith(_STANCE_HEADS) and len(toks) - toks.index("的") <= 3


def _formulas(
    tokens: tuple[str, ...], offs: list[int], lex: Lexicon | None = None
) -> list[ZhCandidate]:
    """The fixed frame 以X为Y(的Z) of official formulas ("以人民为中心的发展思想" =
    "people-centered development philosophy"): function words inside, so no n-gram
    gives it; marked like a quoted name (a set phrase, not a clause)."""
    out: list[ZhCandidate] = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if tok != "以":
            continue
        for j in range(i + 2, min(n - 1, i + 5)):
            if tokens[j] == "为":
                break
            if is_breaker(tokens[j]) or not has_cjk(tokens[j]):
                j = -1
                break
        else:
            continue
        if j < 0 or j + 1 >= n or is_breaker(tokens[j + 1]) or not has_cjk(tokens[j + 1]):
            continue
        # (The bare frame only around a short X: 以人民为中心 "people-centered"; around
        # a name, 以习近平新时代中国特色社会主义思想为指导 is "guided by" it, a clause.)
        ends = [j + 2] if len("".join(tokens[i + 1 : j])) <= 4 else []
        if j + 2 < n and tokens[j + 2] == "的":
            # Only the whole noun phrase after 的 (up to three words): its head is last.
            last = j + 3
            while (
                last < min(n, j + 6)
                and not is_breaker(tokens[last])
                and tokens[last] not in INNER
                # (nor a verb after the head: 以习近平同志为核心的党中央|经过|深思熟虑,
                # "after careful deliberation"; but 以信用为基础的新型|监管|机制, and a
                # head that ends the phrase, 以人民为中心的创作|导向，)
                and not (
                    last > j + 3
                    and lex is not None
                    and lex.verb_first(tokens[last])
                    and not (last + 1 < n and tokens[last + 1] in _HEAD_WORDS)
                    and not (
                        tokens[last] in _HEAD_WORDS
                        and (last + 1 == n or _PUNCT.match(tokens[last + 1]) is not None)
                    )
                )
            ):
                last += 1
            if last > j + 3:
                ends.append(last)
        for b in ends:
            text = "".join(tokens[i:b])
            out.append(ZhCandidate(i, b, offs[i], offs[i] + len(text), text, True, 0.0))
    return out


def _parallel_conjuncts(tokens: tuple[str, ...], a: int, conj: int, b: int) -> bool:
    """Two conjuncts of two words each around ``conj``, the second whole before ``b``:
    one term when they share their last word (第二|产业|和|第三|产业 "secondary and
    tertiary industries"), or their first and a head follows them (国家|治理|体系|和|
    治理|能力|现代化); without the head, 战略|自信|和|战略|定力 is two terms."""
    if conj - a < 2 or b < conj + 3:
        return False
    x, y = tokens[conj - 2], tokens[conj - 1]
    first, second = tokens[conj + 1], tokens[conj + 2]
    # (Words of the same lengths: 中央|企业|和|中央|国家机关 is two names.)
    if not (len(x) == len(first) >= 2 and len(y) == len(second) >= 2):
        return False
    return y == second or x == first and b > conj + 3


# Particles and postpositions, which no four-character formula holds.
_FORMULA_PARTICLES = frozenset(["的", "地", "得", "了", "着", "下", "中", "内", "后", "前"])


def _four_character_formulas(tokens: tuple[str, ...], offs: list[int]) -> list[ZhCandidate]:
    """Four characters before punctuation that jieba cut into three or more words,
    a function word among them: a formula of four characters (党政|同|责 "joint
    responsibility of Party committees and governments", 由|乱|到|治 "from chaos to
    order", 藏|粮|于|地), which no n-gram gives across its function word."""
    out: list[ZhCandidate] = []
    n = len(tokens)
    for a in range(n):
        if a > 0 and len(tokens[a - 1]) < 2 and not _PUNCT.match(tokens[a - 1]):
            continue  # (after a word of its own, 实行|党政|同|责; not inside a run)
        chars, b = 0, a
        while b < n and chars < 4 and has_cjk(tokens[b]) and not _PUNCT.match(tokens[b]):
            chars += len(tokens[b])
            b += 1
        if (
            chars == 4 and b - a >= 3 and (b == n or _PUNCT.match(tokens[b]))
            and any(is_breaker(t) for t in tokens[a:b])
            # (no particle: 框架|下|的|合作 is "cooperation under the framework")
            and not any(t in _FORMULA_PARTICLES for t in tokens[a:b])
        ):  # fmt: skip
            text = "".join(tokens[a:b])
            out.append(ZhCandidate(a, b, offs[a], offs[a] + 4, text, True, 0.0))
    return out


# Heads after a quoted name: HEADS and the countries or parties it gathers.
_QUOTED_HEADS = _HEAD_WORDS | frozenset(["国家", "伙伴", "成员"])


def _around_quotes(
    tokens: tuple[str, ...], offs: list[int], quoted: list[ZhCandidate]
) -> list[ZhCandidate]:
    """Names with a quoted part: “一带一路”国际合作高峰论坛, “十四五”规划,
    高质量共建“一带一路”. The quoted part, its marks and up to four words on one side."""
    out: list[ZhCandidate] = []
    n = len(tokens)
    for q in quoted:
        if tokens[q.a - 1] not in ("“", '"'):
            continue  # book titles 《》 are whole names already
        left, right = q.a - 1, q.b + 1  # token range including the marks
        # An edition's ordinal before the quoted part numbers the whole name:
        # 第三届|“一带一路”国际合作高峰论坛 (the Third Belt and Road Forum ...).
        starts = [left - 1, left] if left > 0 and _COUNTED.match(tokens[left - 1]) else [left]
        for b in range(right + 1, min(n, right + 4) + 1):
            if is_breaker(tokens[b - 1]) or tokens[b - 1] in INNER:
                break
            for a in starts:
                text = "".join(tokens[a:b])
                out.append(ZhCandidate(a, b, offs[a], offs[a] + len(text), text))
        for a in range(left - 1, max(-1, left - 5), -1):
            if is_breaker(tokens[a]) or tokens[a] in INNER or tokens[a] in NO_START:
                break
            text = "".join(tokens[a:right])
            out.append(ZhCandidate(a, right, offs[a], offs[a] + len(text), text))
            if a == left - 1 and right < n and tokens[right] in _QUOTED_HEADS:
                # One word on each side: 共建“一带一路”国家 (countries participating in
                # the Belt and Road Initiative).
                text = "".join(tokens[a : right + 1])
                out.append(ZhCandidate(a, right + 1, offs[a], offs[a] + len(text), text))
    return out


def _words_in(tokens: tuple[str, ...]) -> int:
    """The number of words in ``tokens``, a run of single Chinese characters counted
    as one (dashes between names not at all)."""
    count = 0
    prev_single = False
    for tok in tokens:
        if tok in DASHES:
            continue  # (a dash joins two names: 中国－中亚 is one word more, not two)
        single = len(tok) == 1 and has_cjk(tok)
        if not (single and prev_single):
            count += 1
        prev_single = single
    return count


def _strong_boundary(tok: str | None, lex: Lexicon) -> bool:
    """Punctuation, a function word, a number or a verb next to a candidate: the
    candidate is a maximal noun phrase on that side."""
    if tok is None:
        return True
    return (
        is_breaker(tok)
        or tok in INNER
        or bool(_ORDINAL.match(tok))
        or tok in NO_START
        or tok in _DEGREE_TAILS
        or lex.is_verb(tok)
    )


def boundary_strength(cand: ZhCandidate, tokens: tuple[str, ...], lex: Lexicon) -> int:
    """How many sides (0-2) of the candidate are strong boundaries (a maximal phrase)."""
    left = tokens[cand.a - 1] if cand.a > 0 else None
    right = tokens[cand.b] if cand.b < len(tokens) else None
    # (An adverb that begins a launched strategy's name, 实施|积极|应对..., is part of
    # it: no boundary.)
    left_strong = _strong_boundary(left, lex) and not launched_manner(tokens, cand.a - 1, lex)
    return int(left_strong) + int(_strong_boundary(right, lex))


def _place_word(lex: Lexicon | None, word: str) -> bool:
    """The dictionary's first gloss of ``word`` is one word in title case and none is
    a common word: a place's name (杭州 "Hangzhou"; not 法 "France", "law")."""
    if lex is None or not has_cjk(word):
        return False
    glosses = lex.glosses(word)
    return (
        bool(glosses) and " " not in glosses[0] and glosses[0].istitle()
        and all(g[:1].isupper() for g in glosses)
    )  # fmt: skip


def _proper_gloss(lex: Lexicon, word: str) -> bool:
    """The dictionary's first gloss of ``word`` opens on a capital: a name (联合国宪章
    "United Nations charter")."""
    glosses = lex.glosses(word)
    return bool(glosses) and glosses[0][:1].isupper()


def _name_gloss(lex: Lexicon, word: str) -> bool:
    """The dictionary's first gloss of ``word`` is a name: several words all in title
    case ("South China Sea") or an acronym ("ASEAN"). (Single-word names, countries
    and cities, stay vocabulary.)"""
    glosses = lex.glosses(word)
    if not glosses:
        return False
    words = glosses[0].split()
    if len(words) == 1:
        return is_acronym(words[0])
    return all(w[:1].isupper() for w in words)


def _name_then_verb(tokens: tuple[str, ...], at: int, lex: Lexicon) -> bool:
    """A person's name starts at ``at`` and a verb follows it within the clause
    ("部长|王|文|涛|出席", "总理|李强|近日|主持"): the post before it is said in running
    text, not in a byline."""
    if at >= len(tokens) or tokens[at][:1] not in SURNAMES:
        return False
    for tok in tokens[at + 1 : at + 5]:
        if lex.has_verb_sense(tok):
            return True  # (a verb of saying too, though it ends candidates: 表示)
        if _PUNCT.match(tok):
            return False  # (the clause ends; adverbs and prepositions do not: 近日|主持)
    return False


def _jieba_noun(text: str, lex: Lexicon) -> bool:
    """A word of jieba's dictionary that CC-CEDICT lacks and that ends on no pure verb
    (法律援助, not 大力推进)."""
    return text not in lex and jieba_knows(text) and not lex.is_pure_verb(text[-2:])


def is_occasion(cand: ZhCandidate) -> bool:
    """An anniversary: "中国人民解放军建军97周年" (the 97th anniversary of ...) is an
    occasion, not a term."""
    return "周年" in cand.text and not cand.quoted


def person_after_post(cand: ZhCandidate, tokens: tuple[str, ...]) -> bool:
    """A post followed by more words is a person: "法国总统马克龙" (French President
    Emmanuel Macron), "国家主席习近平"; so is what follows a post (总统|马克龙)."""
    toks = tokens[cand.a : cand.b - 1]
    return (
        (cand.a > 0 and tokens[cand.a - 1] in PERSON_TITLES)
        or not PERSON_TITLES.isdisjoint(toks) or not HIGH_POSTS.isdisjoint(toks)
    )  # fmt: skip


def termhood(cand: ZhCandidate, tokens: tuple[str, ...], lex: Lexicon) -> float:
    """Linguistic termhood of a candidate in 0..1 (before document statistics)."""
    text = cand.text
    toks = tokens[cand.a : cand.b]
    score = 0.3
    left = tokens[cand.a - 1] if cand.a > 0 else None
    right = tokens[cand.b] if cand.b < len(tokens) else None
    # Maximal phrases (strong boundaries on both sides) rather than their parts.
    score += 0.2 * _strong_boundary(left, lex) + 0.2 * _strong_boundary(right, lex)
    if cand.quoted:
        score += 0.25
    if _ends_with_head(text):
        score += 0.2
    if len(toks) >= 2:
        score += 0.1
    elif (
        len(text) >= 4 and has_cjk(text)
        and (text in lex and not lex.is_verb(text) or _jieba_noun(text, lex))
        and right is not None and has_cjk(right) and not is_breaker(right)
        and right not in INNER and not lex.is_pure_verb(right)
    ):  # fmt: skip
        # A dictionary noun of four characters or more modifying the noun after it is
        # a compound term of its own (轨道交通|网络化 "rail transit"), not only a part;
        # so is a word of jieba's that CC-CEDICT lacks (法律援助|工作 "legal aid").
        score += 0.2
    if (
        lex.is_verb(toks[0]) and not cand.quoted and toks[0] not in NAME_VERBS
        and not cand.verb_modifier and not modifier_before_noun(tokens, cand.a, lex)
        and not (left is not None and _launches(left) and toks[-1] in _CAMPAIGN_HEADS)
        and not (len(toks) > 2 and toks[1] in _SUFFIXES)  # (穿透|式|监管, see above)
        and not (left is not None and _COUNTED.match(left))  # (第二个|履约周期)
        # (An "-ize" word of three characters or more before a noun is its modifier:
        # 数字化|转型 "digital transformation", 一体化|发展 "integrated development".)
        and not (len(toks) >= 2 and len(toks[0]) >= 3 and toks[0].endswith("化"))
        and not _named_by_modifying_verb(toks)  # (排污|许可|制度, see sentence_candidates)
    ):  # fmt: skip
        # Mainly a verb; one with a noun use too may be a modifier (创新资源).
        score -= 0.45 if lex.is_pure_verb(toks[0]) else 0.25
    if (
        not RESULTS.isdisjoint(toks[1:])  # (most candidates: no generator made)
        and any(
            len(toks[t]) == 1 and toks[t + 1] in RESULTS and lex.verb_first(toks[t])
            for t in range(len(toks) - 1)
        )
        and not cand.quoted
    ):
        # A verb and its result (用|好 "make good use of", 讲|好 "tell well"): what
        # is done, a clause (北京市|用|好|144小时过境免签政策).
        score -= 0.5
    # Processes listed under the noun they act on: 碳|捕集|利用|与|封存 "carbon capture,
    # utilization and storage" names them, it says no clause.
    processes = (
        len(toks) >= 4 and toks[-2] in _CONJ and not lex.is_verb(toks[0])
        and all(len(t) == 2 for t in toks[1:] if t not in _CONJ)
        and sum(lex.is_verb(t) for t in toks[1:]) >= 2
    ) or (
        # ... and two of them side by side after it, with no 和: 油气|勘探|开发 "oil and
        # gas exploration and development", 资源|开发|利用.
        len(toks) >= 3 and len(toks[-1]) == len(toks[-2]) == 2
        and lex.is_verb(toks[-1]) and lex.is_verb(toks[-2])
        and not any(lex.is_verb(t) for t in toks[:-2])
    )  # fmt: skip
    if (
        len(toks) > 2 and any(lex.is_verb(t) for t in toks[1:-1])
        and not cand.quoted and not processes
    ):  # fmt: skip
        score -= 0.2  # a verb inside: more often a clause than a name
    if person_after_post(cand, tokens) and not cand.quoted:
        score -= 0.5
    if (
        len(toks) >= 2 and toks[-1] in PERSON_TITLES and len(text) - len(toks[-1]) >= 3
        and not (right is not None and lex.is_verb(right)) and toks[-1] != "发言人"
        and not _name_then_verb(tokens, cand.b, lex)
    ):  # fmt: skip
        # "<office of 3+ characters> + 主任" is a byline (市委外办主任); a post on a
        # two-character body is a title of its own (党组书记), and so is one that is
        # the subject of a verb (国务院总理|主持). A spokesperson's post is a term of
        # its own (外交部发言人 = "Foreign Ministry Spokesperson").
        score -= 0.5
    if text.endswith(GENERIC_TAILS) and len(toks) >= 2 or toks[-1] in _DEGREE_TAILS:
        score -= 0.3
    if is_occasion(cand):
        score -= 0.4
    if (
        len(toks) >= 2 and toks[-1] in EVALUATIVE and toks[-1] not in _NOUN_AFTER_NAME
        and right is not None and has_cjk(right) and not is_breaker(right)
        and right not in INNER and not cand.quoted
    ):  # fmt: skip
        # An evaluative word last modifies the noun after it: 制造业|重点|产业链 (key
        # industrial chains in manufacturing), no term ends on 重点.
        score -= 0.3
    if (
        len(toks) >= 5 and toks[1] in _CONJ and len(toks[0]) > 1 and left is not None
        and has_cjk(left)
        and not is_breaker(left) and left not in INNER and not lex.is_pure_verb(left)
        and not cand.quoted and not text.endswith(ORG_HEADS)
    ):  # fmt: skip
        # One word before 和, three or more after it, and more of the first phrase before
        # it: the coordination is cut (消防救援|队伍|和|专业应急救援力量; not 全社会|研究与
        # 试验发展, where 全社会 modifies both). (Not an office sharing its head:
        # 明确|人力资源和社会保障部门; nor a name with 和 inside, 天和核心舱.)
        score -= 0.3
    if len(toks) >= 2 and toks[0] in EVALUATIVE and not cand.quoted:
        # (Less before a long name with a term's head: 重点|海域|综合治理|攻坚战 "battle
        # for the comprehensive management of key sea areas", 重点|生态|功能区.)
        named = len(toks) >= 3 and text.endswith(_NAME_HEADS)
        score -= 0.2 if named else 0.45
    elif (
        len(toks) >= 3 and not cand.quoted and not EVALUATIVE.isdisjoint(toks[1:-1])
        and any(t in EVALUATIVE and t not in _NOUN_AFTER_NAME for t in toks[1:-1])
    ) or (
        len(toks) >= 2 and not cand.quoted and len(toks[-1]) >= 4
        and toks[-1][:2] in EVALUATIVE
    ):  # fmt: skip
        # "长江流域|重点|水域" = "key waters of the ...", "对外工作|重点项目" = "key
        # foreign work projects": a description
        score -= 0.2
    if (
        len(toks) > 1 and any(len(t) >= 3 and lex.is_glossary(t) for t in toks)
        and not text.endswith(NAMED_HEADS)
    ):  # fmt: skip
        # A glossary term plus more words is usually that term in a phrase
        # ("成渝地区双城经济圈" + "国际合作"), not a new term; unless the words end in
        # the head of a name (数字中国|建设峰会, 知识产权保护|中心): a body, an event
        # or a zone named after the term. (Only a little: many terms grow from a
        # shorter one, 消费品|以旧换新 "consumer goods trade-in", 稳中求进|工作总基调;
        # at 0.25 a seeded glossary cost more recall than it bought precision.)
        score -= 0.1
    if len(toks) == 1 and not cand.quoted and not lex.is_glossary(toks[0]):
        if len(text) >= 3 and left not in ("（", "(") and not jieba_knows(text):
            # A dictionary word newer than jieba's (joined from its characters,
            # 碳|中|和 = 碳中和 "carbon neutrality"): a coinage, more often a term.
            # (Not a short form in brackets after its name: 亚投行.)
            score += 0.2
        elif not _name_gloss(lex, text):
            # A single dictionary word is vocabulary more often than a term (not a
            # name of several words or an acronym: 南海 "South China Sea", 东盟 "ASEAN").
            score -= 0.3 if len(text) <= 2 else 0.1
    if _named_by_year(toks):
        score += 0.2  # the year is part of the plan's name: 2030年可持续发展议程
    elif _NUMERIC.match(toks[0]) and not _zero_prefix(tokens, cand.a):
        score -= 0.1
    if len(toks) >= 2 and lex.is_verb(toks[-1]) and not _ends_with_head(text) and not processes:
        score -= 0.15
    if (
        left in _PARTNER_PREPOSITIONS and len(toks) > 2 and not cand.quoted
        and any(lex.is_pure_verb(t) for t in toks[1:-1])
    ):  # fmt: skip
        # The partner of a preposition, then a verb and its object: a clause (同|世界
        # 卫生组织|保持|密切合作), no name.
        score -= 0.3
    elif left == "在" and len(toks) >= 2 and not cand.quoted and lex.is_pure_verb(toks[-1]):
        # ... or where, then the verb: 在|北京|建成|的 "built in Beijing" says where
        # something was built. (Not the object of 对: 对|商标恶意注册|行为 "against
        # malicious trademark registration" is a thing done.)
        score -= 0.3
    if len(toks) >= 2 and toks[-2] in _WENT_WELL and lex.is_verb(toks[-1]) and not cand.quoted:
        score -= 1.0  # (never a term: see _WENT_WELL)
    if not _LOCATED.isdisjoint(toks[1:-1]) and not cand.quoted:
        score -= 1.0  # (never a term: see _LOCATED)
    if len(text) > 12:
        score -= 0.05 * (len(text) - 12) / 4
    if not cand.quoted and left is not None and has_cjk(left) and left + toks[0] in lex:
        # The candidate starts inside a dictionary word (世界|和平与发展: 世界和平 "world
        # peace"): a fragment of the phrase, not a term. (Not at the end: 海洋经济|发展
        # is no cut of 经济发展.)
        score -= 0.3
    score -= cand.penalty
    # Rounded: sums of tenths must compare equal to the thresholds they meet.
    return round(max(0.0, min(1.0, score)), 6)


def _acronym_named(lex: Lexicon, word: str) -> bool:
    """The dictionary gives ``word`` an acronym: an organisation's name (东盟 = "ASEAN",
    上合组织 = "SCO"), a name even inside a longer one joined by a dash."""
    return any(is_acronym(gloss) for gloss in lex.glosses(word))
