"""Layout repair of PDF-extracted text and sentence alignment."""

from __future__ import annotations

from pathlib import Path

from glossary.mining import read_document
from glossary.mining.align import align_sentences
from glossary.mining.layout import (
    find_headers,
    repair,
    split_en_sentences,
    split_runs,
    split_zh_sentences,
)

DATA = Path(__file__).resolve().parent.parent / "data" / "mining"
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "chongqing_foreign_affairs_2022.txt"


def test_chunk_join_inside_a_word_and_headers_removed() -> None:
    layout = repair((DATA / "layout.txt").read_text(encoding="utf-8"))
    english = " ".join(layout.en_sentences)
    # "the build" | "ing", "busi" + header + "ness", "emiss" + header + "ions"
    assert "accelerate the building of a unified national market" in english
    assert "improve the business environment" in english
    assert "peaking carbon emissions" in english
    assert "World Economy Review" not in english and "Special Report" not in english
    chinese = "".join(layout.zh_sentences)
    assert "专题" not in chinese
    # The bilingual running head is kept once, as a pair of its own.
    assert layout.headers == [("专题", "Special Report")]


def test_lost_space_between_words_is_restored() -> None:
    text = "1、中国外交。We strengthen the centralized and\n\n2、unified leadership of the Party.\n"
    layout = repair(text)
    assert layout.en_sentences == [
        "We strengthen the centralized and unified leadership of the Party."
    ]


def test_letters_with_diacritics_stay_in_the_english() -> None:
    text = (
        "1、双方发表联合公报，决定建立外交关系。The two sides issued a joint "
        "communiqué, deciding to establish diplomatic relations.\n\n2、哈马舍尔德三原则"
        "仍有现实意义。The Hammarskjöld principles remain relevant in São Paulo.\n"
    )
    layout = repair(text)
    assert layout.en_sentences == [
        "The two sides issued a joint communiqué, deciding to establish diplomatic relations.",
        "The Hammarskjöld principles remain relevant in São Paulo.",
    ]
    assert layout.zh_sentences == [
        "双方发表联合公报，决定建立外交关系。",
        "哈马舍尔德三原则仍有现实意义。",
    ]


def test_symbols_of_english_prose_stay_in_the_english() -> None:
    # Currencies, degrees, superscripts and ellipses are no CJK: the English runs on.
    text = (
        "1、项目投资50亿欧元，占地10平方公里。The project, worth €5 billion (£4.3 "
        "million…), covers 10 km² and runs at 25°C.\n\n2、项目明年完工。It will be "
        "completed next year.\n"
    )
    layout = repair(text)
    assert layout.en_sentences == [
        "The project, worth €5 billion (£4.3 million…), covers 10 km² and runs at 25°C.",
        "It will be completed next year.",
    ]
    assert layout.zh_sentences == ["项目投资50亿欧元，占地10平方公里。", "项目明年完工。"]


def test_pdf_ligatures_and_soft_hyphens_are_letters_again() -> None:
    # PDF extraction leaves "ﬁ", "ﬃ", "ﬂ" ligatures and soft hyphens in English words.
    text = (
        "1、金融部门稳定发展。The \ufb01nancial sector remained stable and e\ufb03cient, "
        "with \ufb02exible policies for develop\u00adment.\n\n2、项目明年完工。It will be "
        "completed next year.\n"
    )
    layout = repair(text)
    assert layout.en_sentences == [
        "The financial sector remained stable and efficient, with flexible policies for "
        "development.",
        "It will be completed next year.",
    ]
    assert layout.zh_sentences == ["金融部门稳定发展。", "项目明年完工。"]


def test_words_hyphenated_at_a_line_end_and_zero_width_spaces_are_mended() -> None:
    text = (
        "1、国际社会普遍欢迎。The interna-\ntional community, a well-\nknown and re\u200bliable "
        "partner, welcomed it.\n\n2、项目明年完工。It will be completed next year.\n"
    )
    layout = repair(text)
    assert layout.en_sentences == [
        "The international community, a well-known and reliable partner, welcomed it.",
        "It will be completed next year.",
    ]
    assert layout.zh_sentences == ["国际社会普遍欢迎。", "项目明年完工。"]


def test_kangxi_radicals_of_pdf_extraction_are_read_as_the_characters() -> None:
    # PDF extraction may give the Kangxi radical ⼯ (U+2F2F) for 工 and ⾼ for 高.
    text = (
        "1、我们推进对外\u2f2f作\u2fbc质量发展。We promoted the high-quality development "
        "of foreign affairs work.\n\n2、项目明年完工。It will be completed next year.\n"
    )
    assert repair(text).zh_sentences == ["我们推进对外工作高质量发展。", "项目明年完工。"]


def test_a_name_said_again_after_a_running_head_is_no_head() -> None:
    # "International Airport" stands once by a page number, across it from the head,
    # and the text says it again at the end of a longer name: the sentence going on.
    text = (
        "1、首都国际机场和大兴国际机场旅客吞吐量回升。Passenger traffic at Beijing Capital "
        "International Airport and Daxing Foreign Affairs Review 12 International Airport "
        "recovered.\n\n2、两场国际航线稳步恢复。International routes at the two airports "
        "Foreign Affairs Review 13 resumed steadily.\n"
    )
    assert find_headers(text) == ["Foreign Affairs Review"]
    english = " ".join(repair(text).en_sentences)
    assert "Beijing Capital International Airport and Daxing International Airport" in english


def test_a_space_lost_after_a_function_word_is_restored() -> None:
    # "digitalization" is not in the vocabulary, so "the" + "digitalization" could not
    # be told from a word cut in two; a function word starts no such word.
    text = (
        "1、协同推进数字产业化和产业数字化。We advanced the industrialization of digital "
        "technologies and the\n\n2、digitalization of industries in a coordinated manner.\n"
    )
    assert repair(text).en_sentences == [
        "We advanced the industrialization of digital technologies and the "
        "digitalization of industries in a coordinated manner."
    ]


def test_example_article_repaired() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert find_headers(text) == ["The World and Chongqing", "Special Article"]
    layout = repair(text)
    english = " ".join(layout.en_sentences)
    assert "further promoted the construction of the Center for International" in english
    assert "The World and Chongqing" not in english
    assert "更好服务全局发展" in "".join(layout.zh_sentences)
    # "in 2022" + "2022年10月": the digits are split between the two languages.
    assert any(s.startswith("王雯2022年10月") for s in layout.zh_sentences)


def test_sentence_splitting() -> None:
    assert split_zh_sentences("他说：“好。”我们走吧！再见") == [
        "他说：“好。”",
        "我们走吧！",
        "再见",
    ]
    assert split_en_sentences("Work.Adhering to it, on Oct. 24 we grew 9.9 percent. Done") == [
        "Work.",
        "Adhering to it, on Oct. 24 we grew 9.9 percent.",
        "Done",
    ]


def test_alignment_skips_untranslated_chinese() -> None:
    zh = [
        "上海合作组织秘书处发布了年度报告。",
        "图为会议现场。",  # a photo caption with no English
        "中欧班列累计开行八万列。",
        "国家发展和改革委员会表示将优化营商环境。",
    ]
    en = [
        "The Secretariat of the Shanghai Cooperation Organization released its annual report.",
        "China-Europe Railway Express trains made 80,000 trips.",
        "The National Development and Reform Commission said it would improve the business "
        "environment.",
    ]
    pairs = align_sentences(zh, en)
    assert pairs == [(zh[0], en[0]), (zh[1], ""), (zh[2], en[1]), (zh[3], en[2])]


def test_out_of_step_blocks_are_aligned() -> None:
    doc = read_document(DATA / "layout.txt")
    by_zh = {s.zh: s.en for s in doc.segments}
    assert by_zh["中欧班列已累计开行八万列，通达欧洲二十五个国家。"].startswith(
        "China-Europe Railway"
    )
    assert by_zh["会议强调，要推动绿色低碳发展，积极稳妥推进碳达峰碳中和。"].startswith(
        "The meeting stressed"
    )
    assert [s.index for s in doc.segments] == list(range(1, len(doc.segments) + 1))


def test_lopsided_alignment_still_reaches_the_end() -> None:
    zh = ["上海合作组织秘书处发布了年度报告。"]
    en = ["A photo caption."] * 300 + [
        "The Secretariat of the Shanghai Cooperation Organization released its annual report."
    ]
    pairs = align_sentences(zh, en)
    assert sum(1 for z, _ in pairs if z) == 1
    assert sum(e.count("A photo caption.") for _, e in pairs) == 300
    assert "Shanghai Cooperation Organization" in next(e for z, e in pairs if z)


def test_the_word_after_a_head_that_cut_a_sentence_is_no_head() -> None:
    """A one-word head ("Feature") recurs by page numbers; the first word after a
    head dropped into a name ("Belt and | Foreign Affairs Review 13 | Road") does not."""
    text = (
        "1、Feature 12 Foreign Affairs Review 我们推进共建“一带一路”。We advanced the “Belt and\n\n"
        "2、Foreign Affairs Review 13 Road” cooperation.\n\n3、Feature 14 Foreign Affairs Review "
        "丝绸之路经济带。The Silk Road Economic Belt grew. The Digital Silk Road too.\n"
    )
    assert find_headers(text) == ["Foreign Affairs Review", "Feature"]
    english = " ".join(repair(text).en_sentences)
    assert "Silk Road Economic Belt" in english and "Digital Silk Road" in english


def test_a_page_number_glued_to_the_rest_of_a_cut_word_starts_no_head() -> None:
    text = (
        "1、Feature 12 Foreign Affairs Review 中国人民解放军始终是维护世界和平的坚定力量。"
        "The Chinese People's LiberatiForeign Affairs Review 13on Army has always been a "
        "staunch force for world peace.\n\n2、Feature 14 Foreign Affairs Review "
        "今年是中国人民解放军建军97周年。This year marks the 97th anniversary of the "
        "founding of the Chinese People's Liberation Army.\n"
    )
    assert find_headers(text) == ["Foreign Affairs Review", "Feature"]
    english = " ".join(repair(text).en_sentences)
    assert english.count("Chinese People's Liberation Army") == 2


def test_an_opening_quote_before_chinese_goes_with_the_chinese() -> None:
    zh, en = split_runs(
        "我们加强人文交流。We deepen people-to-people exchanges.“金砖+”合作模式搭建了平台。"
        "The BRICS Plus model is a platform."
    )
    assert zh == ["我们加强人文交流。", "“金砖+”合作模式搭建了平台。"]
    assert en == ["We deepen people-to-people exchanges.", "The BRICS Plus model is a platform."]


def test_a_name_cut_once_by_a_head_is_no_head_itself() -> None:
    """A name the text says often ("State Council") that a head cut once, glued to its
    page number ("Commission of the | Foreign Affairs Review 13 | State Council"), stays
    in the English."""
    text = (
        "1、Feature 12 Foreign Affairs Review 国务院发布了意见。The State Council issued "
        "opinions. The State Council met.\n\n2、国务院关税税则委员会作出决定。The Customs "
        "Tariff Commission of the Foreign Affairs Review 13State Council made a decision."
        "\n\n3、Feature 14 Foreign Affairs Review 国务院常务会议召开。The State Council "
        "held an executive meeting.\n"
    )
    assert find_headers(text) == ["Foreign Affairs Review", "Feature"]
    english = " ".join(repair(text).en_sentences)
    assert "Customs Tariff Commission of the State Council made" in english
    assert english.count("State Council") == 4


def test_digits_a_head_cut_stay_with_the_text() -> None:
    """A head dropped inside a number keeps its one page number; the rest is the text's."""
    text = (
        "1、特稿Feature 12 Foreign Affairs Review 我们推动落实联合国2"
        "特稿Feature 14 Foreign Affairs Review 030年可持续发展议程。"
        "We promote the United Nations 2030 Agenda.\n\n"
        "2、Foreign Affairs Review 13 中国支持多边主义。China supports multilateralism.\n"
    )
    layout = repair(text)
    assert "我们推动落实联合国2030年可持续发展议程。" in layout.zh_sentences
    assert "Review" not in "".join(layout.zh_sentences)


def test_heads_dropped_inside_words_and_a_bilingual_head_seen_once() -> None:
    """A page number glued to the rest of a cut word still marks a head, and a
    bilingual head said once, its Chinese an island inside an English word, is one."""
    text = (
        "1、中方愿同欧方推动中欧关系稳定发展。China is ready to work with th\n\n"
        "2、Review of the Year 39e European side to develop relations.国家知识产权局"
        "严厉打击商标恶意注册。The administration cracked down on malicious trademar\n\n"
        "3、专题Special Report 40 Review of the Year k registration.我们坚持总体国家安全观。"
        "We adhere to the holistic approach to national securiReview of the Year 41ty.\n"
    )
    layout = repair(text)
    english = " ".join(layout.en_sentences)
    assert "work with the European side" in english
    assert "malicious trademark registration" in english
    assert "national security." in english
    assert "Review" not in english and "Special Report" not in english
    assert "专题" not in "".join(layout.zh_sentences)
    assert layout.headers == [("专题", "Special Report")]


def test_a_space_after_a_page_number_and_a_page_number_before_a_comma() -> None:
    """The space after "Review of the Year 41" was the text's; "29," is a page number."""
    text = (
        "1、我们成功举办中国国际数字经济博览会。We hosted the 2024 China"
        "Review of the Year 41 International Digital Economy Expo.\n\n"
        "2、我们完善技能人才评价体系。We will improve the evaluation system for skilled "
        "workersReview of the Year 29, and train more of them.\n"
    )
    english = " ".join(repair(text).en_sentences)
    assert "the 2024 China International Digital Economy Expo." in english
    assert "skilled workers, and train" in english


def test_a_pinyin_name_cut_by_a_chunk_is_one_word_again() -> None:
    """ "Wu" and "zhen" are both in the dictionary's glosses, but a capitalised syllable
    and a lower-case one that is no English word are one name cut in two."""
    text = (
        "1、中国举办世界互联网大会乌镇峰会。China hosted the World Internet Conference Wu"
        "\n\n2、zhen Summit in Chong\n\n3、qing. He ran the meeting.\n"
    )
    english = " ".join(repair(text).en_sentences)
    assert "World Internet Conference Wuzhen Summit in Chongqing." in english


def test_the_section_name_glued_before_most_heads_is_the_prefix() -> None:
    """Chinese words the head cut (机关|专题, 封关|专题) are no part of its prefix 专题."""
    head = "专题Special Report {} Review of the Year "
    text = (
        f"1、纪检监察机关{head.format(22)}要加强监督。The discipline inspection organs must "
        f"strengthen oversight.\n\n2、海南自由贸易港正式启动全岛封关{head.format(24)}运作。"
        f"Hainan launched special customs operations.\n\n3、我们扩大开放。We will {head.format(26)}"
        f"open wider.\n\n4、我们深化改革。We will deepen {head.format(28)}reform.\n"
    )
    layout = repair(text)
    chinese = "".join(layout.zh_sentences)
    assert "纪检监察机关要加强监督。" in chinese and "全岛封关运作。" in chinese
    assert "专题" not in chinese
    assert layout.headers == [("专题", "Special Report")]


def test_an_opening_quote_before_english_goes_with_the_english() -> None:
    zh, en = split_runs(
        '危害国家安全等犯罪。"One country, two systems" is an important policy.全国人大作出决定。'
    )
    assert zh == ["危害国家安全等犯罪。", "全国人大作出决定。"]
    assert en == ['"One country, two systems" is an important policy.']


def test_a_page_number_glued_to_the_texts_own_digits_is_told_by_its_neighbours() -> None:
    """ "Review 21" + "23": 21 lies between the pages 20 and 22 of the other heads."""
    text = (
        "1、特稿Feature 20 Foreign Affairs Review 中柬举行“金龙-2024”联合演习。We held the "
        "Golden Dragon-2024 joint exercise.\n\n2、同泰国海军举行“蓝色突击-20Foreign Affairs "
        "Review 2123”海上联合训练。We held the Blue Strike-2023 joint maritime training "
        "with the Thai navy.\n\n3、特稿Feature 22 Foreign Affairs Review 两军互信增强。Mutual "
        "trust grew.\n"
    )
    assert "同泰国海军举行“蓝色突击-2023”海上联合训练。" in repair(text).zh_sentences


def test_a_name_seen_once_after_an_odd_pages_head_is_the_text_going_on() -> None:
    """ "Review of the Year 21 | Communist Party of China": the name is the text's."""
    head = "专题Special Report {} Review of the Year "
    text = (
        f"1、全面贯彻统一战线工作条例。We implement the Regulations on the United Front "
        f"Work of theReview of the Year 21 Communist Party of China well.\n\n"
        f"2、我们{head.format(22)}加强团结。We strengthen {head.format(24)}unity.\n\n"
        f"3、我们扩大共识。We Review of the Year 23 build consensus under the leadership of "
        f"the Communist Party of China.\n"
    )
    english = " ".join(repair(text).en_sentences)
    assert "United Front Work of the Communist Party of China well." in english


def test_a_page_number_run_into_the_texts_digits_keeps_to_the_page_sequence() -> None:
    """ "Before 203 | Review of the Year 21 | 0, which": 210 is no page among 20-24."""
    head = "专题Special Report {} Review of the Year "
    text = (
        f"1、国务院印发《2030年前碳达峰行动方案》。{head.format(20)}The State Council issued "
        f"the Action Plan for Carbon Dioxide Peaking Before 203Review of the Year 210, "
        f"which sets out ten actions.\n\n2、我们{head.format(22)}推进转型。We advance the "
        f"{head.format(24)}transition.\n"
    )
    english = " ".join(repair(text).en_sentences)
    assert "Peaking Before 2030, which sets out ten actions." in english


def test_a_bilingual_head_said_once_inside_chinese() -> None:
    """Its section name is the last word of the Chinese glued before it."""
    text = (
        "1、中方愿落实中非合作论坛达喀尔专题Special Report 22 Review of the Year 会议成果。"
        "China will implement the outcomes of the Dakar Conference.\n\n2、我们深化合作。We "
        "will deepen Review of the Year 23 cooperation.\n\n3、我们扩大开放。We will open "
        "Review of the Year 25 wider.\n"
    )
    layout = repair(text)
    assert "中方愿落实中非合作论坛达喀尔会议成果。" in layout.zh_sentences
    assert layout.headers == [("专题", "Special Report")]


def test_a_word_cut_by_a_head_and_a_chunk_is_mended_whole() -> None:
    """ "Shanghai Co | head | opera | tion": the join before the head sees "operation"."""
    head = "特稿Feature {} Foreign Affairs Review "
    text = (
        f"1、上海合作组织成员国元首理事会会议在阿斯塔纳举行。{head.format(38)}The meeting of "
        f"the Shanghai Co{head.format(40)}opera\n\n2、tion Organization was held in Astana."
        f"\n\n3、我们深化合作。We will deepen {head.format(42)}cooperation.\n"
    )
    english = " ".join(repair(text).en_sentences)
    assert "the Shanghai Cooperation Organization was held in Astana." in english


def test_a_name_cut_by_a_chunk_is_one_word_where_the_text_writes_it_whole() -> None:
    """ "long" is an English word (so "Xue" + "long" looks like two), but the document
    writes "Xuelong" whole twice elsewhere: the cut is inside one name."""
    text = (
        "1、雪龙号和雪龙2号从上海出发。The icebreakers Xue\n\n2、long and Xuelong 2 left "
        "Shanghai. 雪龙2号于2019年交付。Xuelong 2 was delivered in 2019. The long voyage "
        "of Xuelong took five months.\n"
    )
    english = " ".join(repair(text).en_sentences)
    assert "The icebreakers Xuelong and Xuelong 2 left Shanghai." in english
    assert "The long voyage" in english


def test_an_article_after_a_heads_page_number_is_no_head_of_its_own() -> None:
    """ "The" stands after a head's page number twice, as the first word of the text
    going on; it is no one-word head, so "The 10-year plan" keeps its first words."""
    text = (
        "1、中国外交取得新成就。China's diplomacy made new progress. Foreign Affairs Review 15 "
        "The committee met in Beijing.\n\n2、中方愿同各方合作。China is ready to work with all "
        "parties. Foreign Affairs Review 17 The talks were held in Shanghai.\n\n3、十年规划获得"
        "通过。The 10-year plan was adopted.\n"
    )
    assert find_headers(text) == ["Foreign Affairs Review"]
    english = " ".join(repair(text).en_sentences)
    assert "The committee met in Beijing." in english
    assert "The 10-year plan was adopted." in english


def test_a_name_glued_after_a_heads_page_number_behind_title_case_text_is_no_head() -> None:
    """ "... Delta and the | Foreign Affairs Review 13 | Pearl River Delta": the run before
    the page number is longer than the head, but ends with it; the name after it is the
    text going on, and is kept where the text says it again."""
    text = (
        "1、长三角和珠三角加快发展。The Yangtze River Delta and the Foreign Affairs Review 13Pearl "
        "River Delta grew fast.\n\n2、中方愿同各方合作。China is ready to work with all parties. "
        "Foreign Affairs Review 15 It will open wider.\n\n3、珠三角制造业发达。Manufacturing is "
        "strong in the Pearl River Delta. Foreign Affairs Review 17 Trade grew.\n"
    )
    assert find_headers(text) == ["Foreign Affairs Review"]
    english = " ".join(repair(text).en_sentences)
    assert "The Yangtze River Delta and the Pearl River Delta grew fast." in english
    assert "Manufacturing is strong in the Pearl River Delta." in english


def test_a_count_after_a_name_and_a_conjunction_is_no_heads_page_number() -> None:
    """ "MOFCOM and 16 other departments", said three times with other counts: a head
    ends with a capitalised word, so "MOFCOM and" is no running head."""
    text = (
        "1、商务部等17部门联合印发意见。In 2021, MOFCOM and 16 other departments jointly issued "
        "opinions.\n\n2、商务部等13部门发布通知。In 2019, MOFCOM and 13 other departments issued "
        "a notice.\n\n3、商务部等8部门出台措施。In 2023, MOFCOM and 7 other departments issued "
        "measures.\n"
    )
    assert find_headers(text) == []
    assert "In 2019, MOFCOM and 13 other departments issued a notice." in " ".join(
        repair(text).en_sentences
    )


def test_an_acronym_cut_by_a_chunk_is_one_word_where_the_text_writes_it_whole() -> None:
    """ "PT" + "A" inside the Chinese, "(PTA)" whole in the English: one acronym."""
    text = (
        "1、郑州商品交易所精对苯二甲酸（PT\n\n2、A）期货引入境外交易者。Purified terephthalic acid "
        "(PTA) futures were opened to overseas traders.\n"
    )
    assert "精对苯二甲酸（PTA）期货" in "".join(repair(text).zh_sentences)
