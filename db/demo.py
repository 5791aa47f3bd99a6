"""Demo data: a believable workshop (or a whole depot) for trials, screenshots and benchmarks.

`build(size, seed, today)` fills an empty, open database. The same seed and `today` give the same
rows — ids, dates, revisions — on any machine with the same device id; only the organisation row
(made when the database was first opened) keeps its own id and times.

What the data shows on purpose (DESIGN.md → Coverage): convenient (tier 1) areas and each cadre's
own 包保 areas are visited far more than remote ones; two remote areas have gone unvisited for
months and the most remote one was never visited; concerns sit in every state, some overdue.

Rows are written in batches straight into the tables (a depot is some 275,000 rows), with the
identity the record layer would give them: rev chains over each row's earlier states, ascending
local change numbers, times taken from the data's own dates. One audit entry records the build.
The tests run every entity's own validation over samples of the result.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import random
import uuid
from dataclasses import dataclass, field
from itertools import accumulate

from db import clock, records
from db.dates import add_months, month_end
from db.errors import BranchDeskError
from db.i18n import QT_TRANSLATE_NOOP
from db.members import pinyin_keys
from db.models import (
    SYNC_MODELS, Assignment, Branch, Concern, ConcernEvent, Member, Organisation, Responsibility,
    SyncModel, Visit, VisitPerson, WorkArea, database,
)
from db.organisation import get_organisation, update_organisation
from db.visits import link_id

NOT_EMPTY = QT_TRANSLATE_NOOP(
    "db", "Demo data goes only into an empty database; this one already holds {count} records. "
    "Choose a new data folder.")
UNKNOWN_SIZE = QT_TRANSLATE_NOOP("db", "Unknown demo size “{size}” (use small or depot).")
WRITE_BATCH = 5000    # rows between progress reports
GENERATING = 0.55     # the share of the time spent making rows, before writing them


@dataclass(frozen=True)
class Size:
    areas: int
    branches: int
    members: int            # all members, cadres included
    cadres: int
    months: int             # of visits, the current month included
    visits_per_month: int
    concerns: int
    retired: int
    transferred: int
    deceased: int
    movers: int             # members who moved to another area during the period
    probationary: int


SIZES = {
    "small": Size(areas=12, branches=3, members=80, cadres=8, months=24, visits_per_month=11,
                  concerns=150, retired=3, transferred=2, deceased=0, movers=3, probationary=4),
    "depot": Size(areas=60, branches=8, members=600, cadres=40, months=120, visits_per_month=500,
                  concerns=20000, retired=45, transferred=30, deceased=2, movers=40,
                  probationary=20),
}

# --- Vocabulary ------------------------------------------------------------------------------

DEPOT = "南岭工务段"
LINES = (
    ("京广线", 1758.0, (
        "青石岭", "大坪", "柳家湾", "白沙铺", "枫林", "黄泥塘", "石门坎", "龙口", "杉木桥",
        "梅子坳",
        "双河口", "鹰嘴岩", "高亭", "栗山", "桐木冲", "长冲", "望云", "铁坑", "水口", "狮子岩",
        "峡口", "樟木", "九峰", "金鸡坪", "麻田", "太平里", "茶亭", "凤凰岭", "瓦窑坪", "红岩",
        "松柏", "滩头", "岩口", "竹园", "观音桥", "金竹", "塘湾", "大源", "坳上", "新田")),
    ("焦柳线", 1412.0, (
        "沙坪", "牛角坳", "桃源铺", "兰溪", "罗家冲", "溪口", "板桥", "花桥", "石牛", "古楼坪",
        "岔河", "猫儿洞", "青龙", "三合", "柏树湾", "峒口", "云溪", "车田", "乌石", "黄竹")),
)
# Area types: name pattern, code prefix, headcount range, share of members' job posts.
AREA_TYPES = {
    "XL": ("{}站线路工区", (18, 40), (("线路工", 60), ("巡道工", 12), ("防护员", 8), ("探伤工", 5),
                                  ("班长", 10), ("材料员", 3), ("技术员", 2))),
    "QS": ("{}桥隧工区", (10, 26), (("桥隧工", 70), ("桥隧巡守工", 10), ("班长", 12),
                                  ("防护员", 8))),
    "DK": ("{}道口工区", (8, 16), (("道口工", 80), ("班长", 20))),
}
TASKS = {
    "XL": ("道岔尖轨更换", "线路捣固", "钢轨打磨", "轨距水平整治", "钢轨更换", "道床清筛",
           "轨枕更换", "焊缝探伤", "无缝线路应力放散", "扣件更换", "起道拨道"),
    "QS": ("桥梁支座检查", "涵洞清淤", "隧道衬砌检查", "危岩落石清理", "桥面步行板更换",
           "桥梁护栏除锈刷漆"),
    "DK": ("道口铺面整修", "道口设备检修", "道口栏杆调试", "道口护轨更换"),
}
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢唐宋许邓冯韩曹曾彭肖蔡潘田董袁于余"
            "蒋叶杜苏魏程吕丁沈任姚卢钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白毛江闫薛尹段"
            "雷黎史龙陶贺顾龚郝邵万覃向")
SURNAME_CUM = list(accumulate(1 / (rank + 3) ** 0.8 for rank in range(len(SURNAMES))))
GIVEN = {
    "M": ("建国志海东文晓永德春立振家卫新庆学光向俊子宏思明长天泽浩一",
          "伟强军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林洋磊峰亮成斌军华"),
    "F": ("秀丽晓春美玉海雪佳思欣雨文小金红",
          "芳娜敏静丽艳娟霞秀玲燕萍红梅琳婷雪慧颖洁佳倩莉兰丹"),
}
ETHNICITIES = (("汉族", 90), ("土家族", 3), ("苗族", 2), ("瑶族", 2), ("壮族", 1.5), ("回族", 1),
               ("侗族", 0.5))
PHONE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
                  "152", "155", "156", "158", "159", "177", "180", "182", "183", "185", "186",
                  "187", "188", "189", "199")
MEMBER_NOTES = ("退役军人", "段“先进生产者”", "路局“技术能手”", "入党积极分子培养联系人",
                "困难职工帮扶对象", "兼职安全员")
# (party post, job post) of the general branch's committee, in the order they are filled.
LEADERS = (("党总支书记", "车间党总支书记"), ("党总支副书记", "车间主任"),
           ("总支委员（组织委员）", "车间副主任"), ("总支委员（纪检委员）", "车间副主任"),
           ("总支委员（宣传委员）", "车间工会主席"), ("总支委员", "车间技术主任"),
           ("总支委员", "车间安全员"))
BRANCH_COMMITTEE = ("支部组织委员", "支部宣传委员", "支部纪检委员")
NUMERALS = "一二三四五六七八九十"

# Visit kinds: base weight, hours on site, summaries as (months or None for any, template).
VISIT_KINDS = {
    "work_along": (30, (3.0, 8.0), (
        (None, "跟班参加{st}站{task}天窗点作业，现场盯控作业防护和安全卡控措施落实"),
        (None, "随{area}职工上道参加{km}处{task}，与职工同吃同劳动，了解作业中的实际困难"),
        (None, "参加夜间天窗{task}作业，检查作业人员上下道和防护员站位"),
        (None, "跟班作业，协助工长组织{task}，收工后参加班后会点评"),
        (None, "跟班参加{km}附近{task}，检查工机具状态和劳保用品佩戴"),
    )),
    "talk": (20, (0.5, 2.0), (
        (None, "与{who}谈心谈话，了解思想动态和家庭情况"),
        (None, "与{who}谈心，听取对工区管理和轮休安排的想法"),
        (None, "与{who}谈心谈话，了解家中老人住院后的困难，商量帮扶办法"),
        (None, "针对岗位调整与{who}沟通，做好思想疏导"),
        (None, "与{who}谈心，了解其在工区的工作生活情况，鼓励扎根一线"),
    )),
    "safety_check": (18, (1.5, 4.0), (
        (None, "检查工区安全生产台账、作业计划及防护设备配备情况"),
        (None, "抽查{st}站道口看守作业标准化和交接班记录"),
        (None, "检查工区消防器材、用电线路和食堂燃气使用安全"),
        ((4, 5, 6, 7, 8, 9), "汛前检查{km}附近路堑边坡和排水沟，督促落实防洪看守"),
        ((5, 6, 7, 8), "汛期检查桥涵排水和防洪物资储备，看望雨中值守职工"),
        ((11, 12, 1, 2), "检查工区冬季防寒、防火、用电安全，查看宿舍取暖设施"),
        ((12, 1, 2), "检查冰雪天气应急物资储备和道岔除雪准备"),
    )),
    "survey": (10, (1.5, 3.0), (
        (None, "召开职工座谈会，听取对工区生活设施改善的意见建议"),
        (None, "与{area}职工座谈，了解轮休、通勤和食堂伙食情况"),
        (None, "调研工区劳动组织和人员配备，听取工长意见"),
        (None, "组织青年职工座谈，了解技能提升和成长需求"),
    )),
    "lecture": (7, (1.0, 2.5), (
        ((6, 7), "“七一”前为工区党员讲专题党课，重温入党誓词"),
        (None, "为工区党员讲授党课“安全生产 党员先行”"),
        (None, "组织工区党员学习安全生产法规和典型事故案例"),
        (None, "开展“党员身边无违章”主题党日活动"),
        (None, "参加工区党小组学习，讲解车间年度重点工作"),
    )),
    "condolence": (8, (0.5, 2.0), (
        ((12, 1, 2), "春节前走访慰问坚守岗位职工，送去米、油等慰问品"),
        ((6, 7, 8), "夏季“送清凉”，为作业职工送去防暑降温药品和饮品"),
        ((9, 10), "中秋前走访慰问驻站职工，送去月饼"),
        (None, "看望生病住院职工，转达车间党总支的关心"),
        (None, "走访慰问困难职工家庭，了解实际困难"),
    )),
    "other": (7, (1.0, 3.0), (
        (None, "协助工区开展宿舍环境整治和职工小家建设"),
        (None, "检查工区食堂卫生和饭菜质量，听取就餐意见"),
        (None, "了解工区职工书屋和文体活动开展情况"),
        (None, "现场了解工区通勤和轨道车乘坐安排"),
    )),
}
KIND_SEASON = {  # month → multipliers on the base kind weights
    1: {"condolence": 3.0},
    2: {"condolence": 3.0, "work_along": 0.6},
    6: {"condolence": 2.0, "safety_check": 1.4, "lecture": 2.0},
    7: {"condolence": 2.0, "safety_check": 1.4, "lecture": 2.0},
    8: {"condolence": 2.0, "safety_check": 1.4},
    9: {"condolence": 1.5},
    12: {"condolence": 1.5},
}
WEEKDAY_WEIGHT = (1.0, 1.0, 1.0, 1.0, 1.0, 0.35, 0.2)   # Monday first
MONTH_VOLUME = {1: 1.1, 2: 0.7, 3: 1.0, 4: 1.0, 5: 1.0, 6: 1.1, 7: 1.2, 8: 1.1, 9: 1.0, 10: 0.8,
                11: 1.0, 12: 1.0}
TIER_WEIGHT = {1: 1.0, 2: 0.5, 3: 0.2}   # how readily a cadre goes to an area of that tier

# Concerns per category: weight and (description, response if resolved, response if explained).
CONCERNS = {
    "work_conditions": (25, (
        ("劳保用品发放不及时，防寒服到现在还没有发下来",
         "已协调段材料科补发防寒服{n}套，并建立劳保用品发放台账",
         "防寒服由段统一招标采购，本批延期到货，已向职工说明到货时间，期间从其他工区临时调剂"),
        ("液压起道机、捣固镐等小型机具老化，作业中经常出故障",
         "已申请更换液压起道机2台、内燃捣固镐4台，已到位投入使用",
         "机具更新纳入段年度设备更新计划，今年指标已用完，已说明情况并安排机修组上门检修"),
        ("夜间天窗作业照明灯具不足，光线差影响作业质量",
         "已配发移动照明灯塔1套、头灯{n}个",
         "照明灯塔由段统一配置，已报计划，暂由车间调配移动照明灯轮流使用，已向职工说明"),
        ("工区到{km}作业地点没有便道，雨天上下道路滑危险",
         "已协调修筑上下道便道和台阶，加装扶手",
         "该处涉及地方征地，暂无法修建便道，已向职工说明，雨天改由{st}站方向上道并加强防护"),
        ("值班室屋顶漏雨，下雨天要用盆接水",
         "已报段房建部门维修屋面防水，已完工",
         "该房屋已列入明年拆建计划，已向职工说明，并对漏点做了临时处理"),
        ("防护用对讲机信号不稳定，{km}附近经常听不清",
         "已更换新型对讲机{n}部并增设中继台",
         "该处位于山区信号盲区，已报电务段研究，暂时增设中间联络员，已向职工说明"),
        ("轨道车班次少，到远端作业点要步行一个多小时",
         "已与轨道车班协调，作业日增开一趟接送",
         "轨道车运用受天窗计划限制，无法增开，已向职工说明并调整作业计划减少往返"),
        ("工具房太小，机具和材料没有地方存放",
         "已腾出旧材料库改作工具房，已整理完毕",
         "工区用地受限无法扩建，已向职工说明，材料改由{st}站料库集中存放"),
        ("天窗点时间短、任务重，收工经常推迟，职工休息不好",
         "已与调度协调优化天窗计划，合理安排作业量",
         "天窗时间由路局统一安排，已向职工解释，车间通过调整班次保证休息时间"),
    )),
    "living": (30, (
        ("宿舍热水器坏了，冬天洗不上热水澡",
         "已更换电热水器2台，当天恢复使用",
         "热水器需随宿舍改造统一更换，已向职工说明，期间安排到{st}站公寓洗浴"),
        ("工区食堂伙食单一，菜价偏高",
         "已与食堂协商增加菜品，每周公示菜谱和价格",
         "伙食价格按段核定标准执行，已公开成本构成并向职工解释"),
        ("工区自来水发黄有异味，担心饮水安全",
         "已安装净水设备并送检水样，检测合格",
         "当地管网由地方水务部门负责，已反映并配送桶装水，已向职工说明"),
        ("宿舍空调制冷效果差，夏天晚上睡不好",
         "已报修并更换空调{n}台",
         "空调更换纳入明年生活设施改造计划，已向职工说明并临时配发电风扇"),
        ("工区手机信号差，没法和家里视频通话",
         "已联系运营商安装信号放大器，信号明显改善",
         "工区处于山区，运营商暂无建站计划，已说明情况并在工区开通宽带和固定电话"),
        ("工区没有冰箱，夏天饭菜放不住",
         "已为工区配置冰箱、冰柜各1台",
         "工区线路容量不足，需待电力增容后配置，已向职工说明并每日配送新鲜蔬菜"),
        ("宿舍床铺和被褥老旧，需要更换",
         "已更换床垫和被褥{n}套",
         "床上用品按段统一周期更换，已向职工说明下次更换时间，破损的先行调换"),
        ("洗衣机坏了一个多月没人修",
         "已更换新洗衣机1台",
         "维修配件停产，新机已报采购计划，已向职工说明，期间送{st}站公寓洗衣"),
        ("工区周边蚊虫多，晚上休息受影响",
         "已安装纱窗并配发灭蚊灯",
         "周边为农田水塘，无法根治，已说明情况并定期组织消杀"),
        ("通勤班车时间和作业时间衔接不上，下班要等很久",
         "已与段通勤车队协调调整发车时间",
         "通勤车线路和时刻由段统一安排，已反映并向职工说明，暂由车间协调轨道车顺路接送"),
    )),
    "safety": (12, (
        ("{km}处路堑边坡有危石，雨后有落石隐患",
         "已安排桥隧工区清除危石，增设防护网并列入重点巡查",
         "整治工程需段立项，已报技术科，期间设专人看守并加强雨后巡查，已向职工说明"),
        ("{st}站道口栏杆自动控制反应慢，存在安全隐患",
         "已联系电务工区检修，栏杆动作时间恢复正常",
         "设备更换需电务段统一安排，已报计划，期间增加人工确认，已向职工说明"),
        ("上道作业防护员人数不够，经常一人兼顾两头",
         "已补充防护员{n}名，严格执行驻站和现场双防护",
         "防护员定员受编制限制，已向职工说明，车间调整作业组织保证防护到位"),
        ("工区消防器材过期未更换",
         "已更换灭火器{n}具，建立月度检查记录",
         "消防器材由段统一配发，本批延期到货，已向职工说明并从邻近工区临时调剂"),
        ("汛期防洪看守点缺少应急照明和雨具",
         "已配发应急照明灯和雨衣雨靴{n}套",
         "防洪物资按段统一计划配发，已申请追加，已向职工说明并临时调剂"),
        ("隧道内避车洞照明损坏，来车时看不清",
         "已修复避车洞照明并增设反光标志",
         "隧道照明改造已列入段大修计划，已向职工说明，期间配发强光手电"),
        ("{km}附近有村民私设道口，行人穿越频繁",
         "已联系地方派出所和村委会封闭私设道口，设置警示牌",
         "封闭需地方政府协调，已报段并向地方发函，期间设置警示标志，已向职工说明"),
        ("来车预警装置在{km}附近经常误报",
         "已联系厂家检修更换故障器件",
         "该型装置已停产，段正统一选型更换，已向职工说明，期间加强人工瞭望"),
    )),
    "pay": (12, (
        ("夜班补贴标准偏低，希望提高",
         "经核对考勤，发现漏计夜班{n}个，已在当月工资中补发",
         "夜班补贴按路局统一标准执行，已向职工解释政策依据"),
        ("高温津贴发放时间比往年晚",
         "已与劳资科核实，高温津贴已随当月工资发放",
         "高温津贴按季度集中发放，已向职工说明发放时间"),
        ("偏远工区津贴标准多年没有调整",
         "段已调整偏远工区津贴标准，自下月起执行",
         "津贴标准由路局统一制定，已将意见逐级反映，并向职工说明"),
        ("加班费计算有疑问，希望核对考勤",
         "已会同工区核对考勤，补发加班费",
         "经核对考勤计算无误，已向职工逐项解释"),
        ("年休假一直安排不上",
         "已制定轮休计划，本月安排{n}名职工休年假",
         "受施工旺季影响暂无法安排，已向职工说明，施工结束后优先安排"),
        ("职工体检项目少，希望增加颈椎、腰椎检查",
         "已协调段卫生所在年度体检中增加相关项目",
         "体检项目由段统一确定，已反映意见并向职工说明"),
    )),
    "morale": (8, (
        ("新入职职工长期驻守偏远工区，有思想波动",
         "车间安排谈心谈话并落实每月轮休，职工情绪稳定",
         "驻守安排按岗位轮换制度执行，已向职工说明轮换时间，并安排师傅结对帮带"),
        ("职工对岗位调整有意见，认为不公平",
         "已公开岗位调整条件和程序，重新听取意见后作出调整",
         "已向职工说明调整依据和程序，职工表示理解"),
        ("工区业余文化生活单调，下班后没事可做",
         "已配发图书和健身器材，建立职工书屋",
         "活动场地受限，已向职工说明，先开通电视宽带并定期组织送文化活动"),
        ("职工对评先评优结果有疑问",
         "经复核更正了一项考核得分，已重新公示",
         "已公开评选程序和得分情况，向职工逐项说明"),
        ("青年职工找对象难，希望组织联谊活动",
         "已联合段团委组织青年职工联谊活动",
         "联谊活动由段团委统一组织，已报名下次活动，已向职工说明"),
        ("职工反映技能鉴定报名通知不及时",
         "已在工区微信群和公告栏同步发布鉴定通知",
         "本次报名已截止，已向职工说明下次报名时间并提前提醒"),
    )),
    "family": (8, (
        ("职工母亲患重病住院，家庭经济困难",
         "已为其申请段工会困难帮扶金，并协调调休照顾家人",
         "不符合大病救助条件，已向职工说明，车间组织党员自愿捐款"),
        ("双职工夫妻分在两个工区，希望调到一起",
         "已将其调整到同一工区",
         "受岗位定员限制暂不能调整，已纳入下次调整计划并向职工说明"),
        ("职工子女上学需要单位出具相关证明",
         "已协调人事部门当天出具证明",
         "该证明需由户籍所在地出具，已向职工说明办理渠道"),
        ("职工家中房屋被暴雨冲毁，需要帮助",
         "已申请段工会救助金并组织上门慰问",
         "已申请救助但需待地方灾情核定，已向职工说明进度并先行慰问"),
        ("家中老人无人照料，希望调到离家近的工区",
         "已调整到离家较近的工区",
         "近期无合适岗位，已向职工说明并优先安排探亲假"),
        ("职工配偶失业，家庭收入下降",
         "已纳入困难职工帮扶名单，协助其配偶参加就业培训",
         "暂不符合帮扶条件，已向职工说明，推荐其配偶参加地方就业招聘"),
    )),
    "other": (5, (
        ("希望工区订阅报纸杂志",
         "已为工区订阅《人民铁道》等报刊",
         "报刊按段统一订阅，已向职工说明，工区可借阅车间书屋"),
        ("工区门前道路被地方施工车辆压坏",
         "已与地方施工单位协调修复",
         "道路属地方管理，已向乡政府反映并向职工说明"),
        ("希望组织线路设备新技术培训",
         "已安排技术员到工区开展新型扣件和道岔养护培训",
         "培训按段年度计划安排，已向职工说明时间并提供学习资料"),
        ("临近退休，办理退休手续流程不清楚",
         "车间劳资员已上门讲解并协助办理",
         "手续由社保部门统一办理，已向职工说明流程和所需材料"),
        ("工区快递收寄不方便",
         "已与邮政网点协调每周定点送取",
         "工区地处偏远，快递暂不通达，已向职工说明，由轨道车顺带代收"),
    )),
}
STARTED_NOTES = ("已安排专人办理，正在协调相关科室", "已到现场核实情况，正在研究解决办法",
                 "已报段相关科室，等待答复", "已与职工当面沟通，正在跟进办理")
EXPLAIN_SHARE = {"pay": 0.5, "family": 0.35, "morale": 0.3}   # default 0.2
KIND_CATEGORIES = {  # concerns heard on a visit lean towards what the visit was about
    "safety_check": {"safety": 5.0}, "talk": {"morale": 3.0, "family": 3.0},
    "condolence": {"family": 4.0, "living": 1.5}, "survey": {"living": 1.5, "pay": 1.5},
}
SATISFIED = {  # how workers take the answer
    "resolved": (("satisfied", 68), ("basic", 22), ("unsatisfied", 10)),
    "explained": (("satisfied", 25), ("basic", 50), ("unsatisfied", 25)),
}
SATISFACTION_LABEL = {"satisfied": "满意", "basic": "基本满意", "unsatisfied": "不满意"}


# --- Rows with sync identity -----------------------------------------------------------------

def _jsonable_all(values: dict) -> dict:
    return {k: records.jsonable(v) for k, v in values.items()}


class _Table:
    """Rows for one model, in column order, with identity filled the way records.stamp does."""

    def __init__(self, model: type[SyncModel], device: str):
        self.model = model
        self.device = device
        self.fields = model._meta.sorted_fields
        self.names = [f.name for f in self.fields]
        self.content = model.content_fields()
        self.defaults = {f.name: f.default for f in self.fields if not callable(f.default)}
        self.seq_index = self.names.index("seq")
        self.rows: list[list] = []

    def add(self, values: dict, created: dt.datetime, modified: dt.datetime | None = None,
            earlier: tuple[dict, ...] = ()) -> None:
        """`values` is the row as it is now; `earlier` its earlier states (the fields that
        differed), oldest first."""
        full = {**self.defaults, "deleted": False, **values}
        now = _jsonable_all({name: full[name] for name in self.content})
        rev, history = None, []
        for undo in earlier:
            rev = records.make_rev(rev, {**now, **_jsonable_all(undo)})
            history.insert(0, rev)
        full.update(created_at=created, modified_at=modified or created, modified_by=self.device,
                    rev=records.make_rev(rev, now), rev_history=json.dumps(history), seq=None)
        self.rows.append([full[name] for name in self.names])


# --- The generator ---------------------------------------------------------------------------

@dataclass(eq=False)
class _Area:
    id: str
    name: str
    kind: str
    station: str
    line: str
    km: tuple[float, float]
    headcount: int
    position: float                                  # km along the workshop's stretch
    distance: float = 0.0                            # from the workshop's base
    tier: int = 2
    branch: int = 0
    cadres: list = field(default_factory=list)       # its 包保 cadres
    pool: list = field(default_factory=list)         # (member, from, until): who works there when
    workers: list = field(default_factory=list)      # names of workers who are not members
    blocked_after: dt.date | None = None             # neglected: nobody goes after this day

    def members_on(self, day: dt.date) -> list:
        return [p for p, first, until in self.pool
                if first <= day and (until is None or day < until)]


@dataclass(eq=False)
class _Person:
    id: str
    name: str
    gender: str
    home: _Area                                      # where the member works (first)
    job_post: str
    party_post: str = ""
    is_cadre: bool = False
    life: str = "active"                             # active, probationary, mover, retired ...
    periods: list = field(default_factory=list)      # (area, start, end) assignments
    own: list = field(default_factory=list)          # a cadre's 包保 areas
    scope: int | None = None                         # a branch cadre keeps to its branch
    activity: float = 1.0                            # how often a cadre leads a visit
    own_pull: float = 1.0                            # how much a cadre favours its own areas
    flatten: float = 1.0                             # < 1: a cadre who minds remoteness less
    birth: dt.date | None = None
    joined: dt.date | None = None
    full: dt.date | None = None                      # full member since
    left: dt.date | None = None                      # retired, transferred or died on
    on_roll: dt.date | None = None                   # on this database's roll from


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _km_text(km: float) -> str:
    metres = int(round(km * 100)) * 10
    return f"K{metres // 1000}+{metres % 1000:03d}"


def _undo_chain(changes: list[tuple[dt.date, dict]]) -> tuple[dict, ...]:
    """Earlier states of a row, oldest first, from its changes [(day, fields as they were)]."""
    return tuple({k: v for _, undo in changes[i:] for k, v in undo.items()}
                 for i in range(len(changes)))


class _Builder:
    def __init__(self, size: Size, seed: int, today: dt.date, progress=None):
        self.size = size
        self.progress = progress
        self.rng = random.Random(seed)
        self.today = today
        self.start = add_months(today, -(size.months - 1))
        self.device = records.current_device()
        self.due_days = get_organisation().concern_due_days   # the policy: raised + these days
        self.tables = {m: _Table(m, self.device) for m in SYNC_MODELS if m is not Organisation}
        self.reported = -1
        self.names: set[str] = set()
        self.phones: set[str] = set()
        self.people: list[_Person] = []

    # small helpers ----------------------------------------------------------------------
    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def at(self, day: dt.date, after: dt.datetime | None = None) -> dt.datetime:
        """A UTC time in a local working day (08:30–18:00 in China), later than `after`."""
        day = min(day, self.today)
        minutes = self.rng.randint(0, 30) if day == self.today else self.rng.randint(30, 600)
        when = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minutes)
        if after is not None and when <= after:
            when = after + dt.timedelta(minutes=self.rng.randint(1, 20))
        return when

    def day_between(self, first: dt.date, last: dt.date) -> dt.date:
        if last <= first:
            return first
        return first + dt.timedelta(days=self.rng.randint(0, (last - first).days))

    def pick(self, pairs):
        """One item of ((item, weight), ...)."""
        items, weights = zip(*pairs)
        return self.rng.choices(items, weights)[0]

    def person_name(self, gender: str) -> str:
        rng = self.rng
        first, second = GIVEN[gender]
        while True:
            surname = rng.choices(SURNAMES, cum_weights=SURNAME_CUM)[0]
            given = rng.choice(second)
            if rng.random() < 0.7:
                given = rng.choice(first) + given
            if len(set(given)) == len(given) and surname + given not in self.names:
                self.names.add(surname + given)
                return surname + given

    def phone(self) -> str:
        while True:
            number = self.rng.choice(PHONE_PREFIXES) + f"{self.rng.randrange(10 ** 8):08d}"
            if number not in self.phones:
                self.phones.add(number)
                return number

    # the work areas along the line --------------------------------------------------------
    def make_areas(self) -> None:
        rng, n = self.rng, self.size.areas
        # Stations along the main line (a workshop takes a stretch of it), then the branch line,
        # which leaves the main line at the last station.
        first = rng.randrange(0, 12) if n < 30 else 0
        slots, position = [], 0.0
        for index, (line, km, stations) in enumerate(LINES):
            if index:
                position += rng.uniform(8.0, 15.0)
            for number, station in enumerate(stations[0 if index else first:]):
                if number:
                    step = rng.uniform(6.0, 13.0)
                    km, position = km + step, position + step
                slots.append((line, station, km, position))
        # Six in ten are track (线路) areas, a quarter bridge and tunnel (桥隧), the rest crossings.
        kinds = ["XL"] * round(n * 0.6) + ["QS"] * round(n * 0.25)
        kinds += ["DK"] * (n - len(kinds))
        rng.shuffle(kinds)
        areas: list[_Area] = []
        for line, station, km, position in slots:
            here = kinds[:1]
            if len(kinds) > 1 and kinds[1] != kinds[0] and rng.random() < 0.3:
                here = kinds[:2]       # a second area at the same station
            del kinds[:len(here)]
            for kind in here:
                pattern, (low, high), _posts = AREA_TYPES[kind]
                width = {"XL": 7.5, "QS": 4.0, "DK": 2.5}[kind]
                section = (km - rng.uniform(0.2, 0.5) * width, km + rng.uniform(0.4, 1.0) * width)
                areas.append(_Area(self.new_id(), pattern.format(station), kind, station, line,
                                   section, rng.randint(low, high), position))
        main = [a for a in areas if a.line == LINES[0][0]]
        self.base = next(a for a in main[len(main) // 2:] + main if a.kind == "XL")
        scores = {}
        for area in areas:
            area.distance = abs(area.position - self.base.position)
            scores[area.id] = (area.distance + (25 if area.kind == "QS" else 0)
                               + (15 if area.line != self.base.line else 0) + rng.uniform(-8, 8))
        scores[self.base.id] = -1.0
        ranked = sorted(areas, key=lambda a: scores[a.id])
        remote = round(n * 0.3)
        for rank, area in enumerate(ranked):
            area.tier = 1 if rank < remote else 3 if rank >= n - remote else 2
        # The most remote area was never visited; the next two have not been for months.
        self.never = ranked[-1]
        for area, months in zip((ranked[-2], ranked[-3]), (4, 7)):
            area.blocked_after = self.today - dt.timedelta(days=30 * months + rng.randint(0, 25))
        self.areas = sorted(areas, key=lambda a: a.position)
        for index, area in enumerate(self.areas):
            area.branch = index * self.size.branches // n

    def area_rows(self) -> None:
        rng, numbers = self.rng, {kind: 0 for kind in AREA_TYPES}
        for area in self.areas:
            numbers[area.kind] += 1
            overhead = rng.uniform(*((8, 20), (20, 45), (60, 150))[area.tier - 1])
            side = rng.choice("东南西北")
            notes = ""
            if area.tier == 3:
                walk = rng.randrange(20, 75, 5)
                location = f"{area.station}站附近山区，距最近公路步行约{walk}分钟"
                notes = f"无公路直达，需乘轨道车或步行约{walk}分钟；雨季注意塌方落石"
            elif area.tier == 2:
                location = f"{area.station}站{side}侧，距乡镇公路约{rng.randint(2, 9)}公里"
            else:
                location = f"{area.station}站{side}侧约{rng.randrange(100, 800, 50)}米"
                notes = "车间所在地" if area is self.base else ""
            big = area.tier == 1 and area.kind == "XL" and area.headcount >= 32
            self.tables[WorkArea].add({
                "id": area.id, "name": area.name, "code": f"{area.kind}{numbers[area.kind]:02d}",
                "line_section": f"{area.line}{_km_text(area.km[0])}–{_km_text(area.km[1])}",
                "location": location,
                "distance_km": round(area.distance + rng.uniform(0.3, 3.0), 1),
                "travel_minutes": round(area.distance * 0.9 + overhead), "access_tier": area.tier,
                "headcount": area.headcount,
                "visit_target": 2 if area is self.base or big else None,
                "active": True, "notes": notes,
            }, self.at(self.start))

    # people --------------------------------------------------------------------------------
    def person(self, area: _Area, job_post: str, *, gender: str | None = None, **extra) -> _Person:
        if gender is None:  # crossing keepers are often women, track workers seldom
            gender = "F" if self.rng.random() < (0.35 if area.kind == "DK" else 0.08) else "M"
        person = _Person(self.new_id(), self.person_name(gender), gender, area, job_post, **extra)
        self.people.append(person)
        return person

    def make_people(self) -> None:
        rng, size = self.rng, self.size
        by_branch = [[a for a in self.areas if a.branch == b] for b in range(size.branches)]
        leaders = min(len(LEADERS), size.cadres - size.branches)
        for index, (party_post, job_post) in enumerate(LEADERS[:leaders]):
            self.person(self.base, job_post, party_post=party_post, is_cadre=True,
                        gender="M" if index < 2 else None, activity=1.4 if index < 2 else 1.0)
        self.secretaries = []
        for areas in by_branch:
            home = min(areas, key=lambda a: (a.tier, a.distance))
            self.secretaries.append(self.person(
                home, rng.choice(("工长", "工长", "车间技术员")), party_post="支部书记",
                is_cadre=True, scope=home.branch, activity=1.1))
        for index in range(size.cadres - leaders - size.branches):
            areas = by_branch[index % size.branches]
            self.person(rng.choice(areas), rng.choice(("工长", "班长", "技术员")),
                        party_post=BRANCH_COMMITTEE[index // size.branches % 3], is_cadre=True,
                        scope=areas[0].branch, activity=0.7)
        self.cadres = [p for p in self.people if p.is_cadre]
        for cadre in self.cadres:
            cadre.own_pull = rng.uniform(2.5, 6.0)
        rng.choice(self.secretaries).flatten = 0.35   # one who goes wherever he is needed
        # Members in the work areas, by headcount; the first is often the foreman (工长).
        shares = [a.headcount * rng.uniform(0.6, 1.4) for a in self.areas]
        wanted = size.members - size.cadres
        counts = [1 + int((wanted - len(shares)) * s / sum(shares)) for s in shares]
        for i in range(wanted - sum(counts)):
            counts[i % len(counts)] += 1
        members = []
        for area, count in zip(self.areas, counts):
            posts = AREA_TYPES[area.kind][2]
            for i in range(count):
                job = "工长" if i == 0 and rng.random() < 0.6 else self.pick(posts)
                members.append(self.person(area, job))
        lives = rng.sample(members, size.retired + size.transferred + size.deceased + size.movers
                           + size.probationary)
        for life, count in (("retired", size.retired), ("transferred", size.transferred),
                            ("deceased", size.deceased), ("mover", size.movers),
                            ("probationary", size.probationary)):
            for person in lives[:count]:
                person.life = life
            lives = lives[count:]
        for area, count in zip(self.areas, counts):
            area.workers = [self.person_name("M" if rng.random() < 0.9 else "F")
                            for _ in range(max(3, area.headcount - count))]

    def make_lives(self) -> None:
        """Birth, joining, leaving; where each member worked when; who was on each area's roll."""
        rng, today, start = self.rng, self.today, self.start
        days = dt.timedelta
        for p in self.people:
            if p.life in ("retired", "transferred", "deceased"):
                p.left = self.day_between(start + days(30), today - days(5))
            if p.life == "retired":
                p.birth = (_years_before(p.left, 60 if p.gender == "M" else 50)
                           - days(rng.randint(0, 27)))
            else:
                low, high = (38, 56) if p.party_post.startswith(("党总支", "总支")) else (
                    (30, 56) if p.is_cadre else (22, 35) if p.life == "probationary" else (23, 58))
                p.birth = today - days(rng.randint(low * 365, high * 365 + 300))
                if p.is_cadre:  # a cadre was a member before the period began
                    p.birth = min(p.birth, _years_before(start, 24))
            if p.life == "probationary":
                p.joined = today - days(rng.randint(30, 330))
            else:  # most join in their twenties, a few later; full members before now (or leaving)
                latest = (start if p.is_cadre else p.left or today) - days(rng.randint(460, 660))
                age = rng.uniform(21, 30) if rng.random() < 0.75 else rng.uniform(30, 45)
                p.joined = min(p.birth + days(round(age * 365.25)), latest)
                p.full = p.joined + days(365 if rng.random() < 0.97 else 456)
            p.on_roll = max(start, p.joined)
            hired = min(p.birth + days(rng.randint(int(18.5 * 365), 24 * 365)),
                        (p.left or today) - days(200))
            area = p.home
            if p.life == "mover":
                moved = self.day_between(p.on_roll + days(30), today - days(30))
                first = min(self.day_between(hired, moved - days(90)), moved - days(30))
                others = [a for a in self.areas if a.branch == area.branch and a is not area]
                p.periods = [(area, first, moved), (rng.choice(others), moved, None)]
            else:
                latest = (p.left - days(60) if p.left else
                          start - days(30) if p.is_cadre else today - days(120))
                p.periods = [(area, self.day_between(hired, latest), p.left)]
            if not p.is_cadre:
                for area, first, until in p.periods:
                    area.pool.append((p, max(first, p.on_roll), until))

    def member_rows(self) -> None:
        for p in self.people:
            changes = []
            if p.full and p.full > self.start:   # made a full member while on this roll
                changes.append((p.full, {"category": "probationary", "full_member_on": None}))
            if p.left:
                changes.append((p.left, {"status": "active", "status_on": None}))
            created = self.at(p.on_roll)
            self.member_row(p, created, changes)
            for area, first, until in p.periods:
                made = self.at(max(first, p.on_roll), created)
                undo = [(until, {"end_on": None})] if until and until > made.date() else []
                self.tables[Assignment].add(
                    {"id": self.new_id(), "member": p.id, "work_area": area.id, "start_on": first,
                     "end_on": until},
                    made, self.at(until, made) if undo else made, _undo_chain(undo))

    def member_row(self, p: _Person, created: dt.datetime, changes: list) -> None:
        rng = self.rng
        modified = self.at(changes[-1][0], created) if changes else created
        if p.is_cadre:
            education = self.pick((("本科", 60), ("大专", 37), ("中专", 3)))
        elif "技术" in p.job_post:
            education = self.pick((("本科", 80), ("大专", 20)))
        elif p.birth.year < 1975:
            education = self.pick((("高中", 35), ("中专", 45), ("大专", 15), ("本科", 5)))
        else:
            education = self.pick((("高中", 10), ("中专", 35), ("大专", 35), ("本科", 20)))
        elsewhere = rng.choice(("桥隧车间", "综合维修车间", "机关"))
        notes = {"retired": "退休，组织关系转至居住地社区党组织", "deceased": "因病去世",
                 "transferred": f"组织关系转至{DEPOT}{elsewhere}党支部"}.get(p.life, "")
        if not notes and rng.random() < 0.06:
            notes = rng.choice(MEMBER_NOTES)
        pinyin, initials = pinyin_keys(p.name)
        self.tables[Member].add({
            "id": p.id, "name": p.name, "name_pinyin": pinyin, "name_initials": initials,
            "gender": p.gender, "birth_date": p.birth, "ethnicity": self.pick(ETHNICITIES),
            "education": education, "joined_on": p.joined, "full_member_on": p.full,
            "category": "full" if p.full else "probationary", "job_post": p.job_post,
            "party_post": p.party_post, "is_cadre": p.is_cadre,
            "branch": self.branch_ids[p.home.branch], "phone": self.phone(),
            "status": p.life if p.left else "active", "status_on": p.left,
            "notes": notes,
        }, created, modified, _undo_chain(changes))

    def group_leaders(self) -> None:
        """In each area with four or more members on the roll, one leads the party group."""
        for area in self.areas:
            here = [p for p in area.members_on(self.today) if p.life != "probationary"]
            if len(here) >= 4:
                heads = [p for p in here if p.job_post in ("工长", "班长")] or here
                self.rng.choice(heads).party_post = "党小组长"

    def branch_rows(self) -> None:
        self.branch_ids = [self.new_id() for _ in range(self.size.branches)]
        for b, branch_id in enumerate(self.branch_ids):
            areas = [a.name for a in self.areas if a.branch == b]
            named = "、".join(areas[:3]) + ("等" if len(areas) > 3 else "")
            self.tables[Branch].add({
                "id": branch_id, "name": f"第{NUMERALS[b]}党支部",
                "secretary_id": self.secretaries[b].id, "notes": f"管辖{named}{len(areas)}个工区",
            }, self.at(self.start))

    def make_responsibilities(self) -> None:
        """Every area has at least one 包保 cadre; every cadre answers for two or three areas."""
        rng = self.rng

        def eligible(cadre, area):
            return (cadre.scope is None or cadre.scope == area.branch) and area not in cadre.own

        def give(cadre, area):
            cadre.own.append(area)
            area.cadres.append(cadre)

        for area in sorted(self.areas, key=lambda a: (-a.tier, a.position)):
            free = [c for c in self.cadres if eligible(c, area) and len(c.own) < 3]
            give(min(free, key=lambda c: (len(c.own), rng.random())), area)
        for cadre in self.cadres:
            goal = rng.choice((2, 3))
            while len(cadre.own) < goal:
                free = [a for a in self.areas if eligible(cadre, a)]
                give(cadre, min(free, key=lambda a: (len(a.cadres), rng.random())))
        for cadre in self.cadres:
            for area in cadre.own:
                self.tables[Responsibility].add(
                    {"id": self.new_id(), "member": cadre.id, "work_area": area.id,
                     "start_on": self.start, "end_on": None}, self.at(self.start))

    # visits ----------------------------------------------------------------------------------
    def make_visits(self) -> list[tuple]:
        """Month by month, who went where: [(visit id, day, area, kind, lead, talked, made)]."""
        rng, size = self.rng, self.size
        cadres = self.cadres
        cadre_cum = list(accumulate(c.activity for c in cadres))
        area_cum = {}
        for c in cadres:
            area_cum[c.id] = list(accumulate(
                0.0 if a is self.never else TIER_WEIGHT[a.tier] ** c.flatten
                * (c.own_pull if a in c.own else 1.0) * (1.5 if a.branch == c.home.branch else 1.0)
                for a in self.areas))
        kinds = list(VISIT_KINDS)
        lag_days, lag_weights = (0, 1, 2, 3, 5), (60, 25, 8, 4, 3)
        visits = []
        month = self.start
        while month <= self.today:
            last = min(month_end(month), self.today)
            days = [month + dt.timedelta(days=i) for i in range((last - month).days + 1)]
            day_cum = list(accumulate(WEEKDAY_WEIGHT[d.weekday()] for d in days))
            count = size.visits_per_month * MONTH_VOLUME[month.month] * rng.uniform(0.85, 1.15)
            count = min(max(count, 0.75 * size.visits_per_month), 1.35 * size.visits_per_month)
            count = round(count * len(days) / month_end(month).day)
            season = KIND_SEASON.get(month.month, {})
            kind_cum = list(accumulate(VISIT_KINDS[k][0] * season.get(k, 1.0) for k in kinds))
            plans = sorted(((rng.choices(days, cum_weights=day_cum)[0], i) for i in range(count)))
            for day, _ in plans:
                lead = rng.choices(cadres, cum_weights=cadre_cum)[0]
                area = rng.choices(self.areas, cum_weights=area_cum[lead.id])[0]
                while area.blocked_after and day > area.blocked_after:
                    area = rng.choices(self.areas, cum_weights=area_cum[lead.id])[0]
                kind = rng.choices(kinds, cum_weights=kind_cum)[0]
                talked = ()
                if kind == "talk":
                    here = area.members_on(day)
                    if here:
                        many = self.pick(((1, 60), (2, 30), (3, 10)))
                        talked = rng.sample(here, min(len(here), many))
                    else:
                        kind = "work_along"
                made = self.at(day + dt.timedelta(days=rng.choices(lag_days, lag_weights)[0]))
                visit_id = self.visit_row(day, area, kind, lead, talked, made)
                visits.append((visit_id, day, area, kind, lead, talked, made))
            month = add_months(month, 1)
            self.report(0.9 * GENERATING * len(visits) / (size.visits_per_month * size.months))
        return visits

    def visit_row(self, day, area, kind, lead, talked, made) -> str:
        rng = self.rng
        team = [lead]
        for _ in range(self.pick(((0, 55), (1, 33), (2, 12)))):
            own = [c for c in area.cadres if c not in team]
            team.append(rng.choice(own if own and rng.random() < 0.5 else
                                   [c for c in self.cadres if c not in team]))
        templates = [t for months, t in VISIT_KINDS[kind][2]
                     if months is None or day.month in months]
        summary = rng.choice(templates).format(
            st=area.station, area=area.name, km=_km_text(rng.uniform(*area.km)),
            task=rng.choice(TASKS[area.kind]),
            who="、".join(f"{p.job_post}{p.name}" for p in talked))
        low, high = VISIT_KINDS[kind][1]
        h = area.headcount
        met = {"talk": (len(talked), len(talked)), "work_along": (4, min(h, 15)),
               "safety_check": (3, min(h, 12)), "survey": (6, min(h, 20)),
               "lecture": (h // 2, h * 4 // 5), "condolence": (2, min(h, 20)),
               "other": (2, min(h, 10))}[kind]
        visit_id = self.new_id()
        self.tables[Visit].add({
            "id": visit_id, "visited_on": day, "work_area": area.id, "kind": kind,
            "hours": round(rng.uniform(low, high) * 2) / 2, "workers_met": rng.randint(*met),
            "summary": summary, "private": kind == "talk",
        }, made)
        for role, people in (("participant", team), ("talked", talked)):
            for p in people:
                self.tables[VisitPerson].add({"id": link_id(visit_id, p.id, role),
                                              "visit": visit_id, "member": p.id, "role": role},
                                             made)
        return visit_id

    # concerns ------------------------------------------------------------------------------
    def make_concerns(self, visits: list[tuple]) -> None:
        rng, size = self.rng, self.size
        total = round(size.concerns * rng.uniform(0.95, 1.05))
        heard = round(total * 0.45)
        link = {"survey": 3.0, "talk": 2.0, "condolence": 1.5, "safety_check": 1.5, "lecture": 0.5}
        visit_cum = list(accumulate(link.get(v[3], 1.0) * (1.5 if v[2].tier == 3 else 1.0)
                                    for v in visits))
        plans = [(day, area, visit_id, kind, lead, talked, made) for
                 visit_id, day, area, kind, lead, talked, made in
                 rng.choices(visits, cum_weights=visit_cum, k=heard)]
        area_cum = list(accumulate(a.headcount * (1 + 0.3 * (a.tier - 1)) for a in self.areas))
        span = (self.today - self.start).days
        for _ in range(total - heard):
            day = self.start + dt.timedelta(days=rng.randint(0, span))
            area = rng.choices(self.areas, cum_weights=area_cum)[0]
            owner = rng.choice(area.cadres if rng.random() < 0.85 else self.cadres)
            plans.append((day, area, None, None, owner, (), None))
        for plan in sorted(plans, key=lambda p: p[0]):
            self.concern(*plan)

    def concern(self, day, area, visit_id, kind, owner, talked, after) -> None:
        rng, today = self.rng, self.today
        lean = KIND_CATEGORIES.get(kind, {})
        category = self.pick(tuple(
            (c, weight * lean.get(c, 1.0) * (1.5 if c == "living" and area.tier == 3 else 1.0))
            for c, (weight, _texts) in CONCERNS.items()))
        words = dict(st=area.station, km=_km_text(rng.uniform(*area.km)), n=rng.randint(2, 12))
        description, resolved_text, explained_text = (
            t.format(**words) for t in rng.choice(CONCERNS[category][1]))
        raiser = None
        if talked and rng.random() < 0.8:
            raiser = rng.choice(talked)
        elif rng.random() < 0.6:
            here = area.members_on(day)
            raiser = rng.choice(here) if here else None
        raiser_name = raiser.name if raiser else rng.choice(area.workers)
        concern_id = self.new_id()
        state = {"status": None, "response": "", "feedback_on": None, "closed_on": None,
                 "satisfaction": None}
        states, events = [], []

        def event(action, when, to_status=None, text="", **changes):
            from_status = state["status"] if to_status else None
            state.update(changes, **({"status": to_status} if to_status else {}))
            states.append(dict(state))
            events.append({"id": self.new_id(), "concern": concern_id, "at": when,
                           "device": self.device, "actor": owner.name, "action": action,
                           "from_status": from_status, "to_status": to_status, "text": text})
            return when.date()

        created = self.at(day, after)
        event("created", created, "open", description)
        # Some recent concerns are stuck: nobody took them up, or nobody finished them.
        stuck = (today - day).days < 300 and rng.random() < 0.15
        lag = self.pick(((0, 35), (1, 25), (2, 15), (3, 10), (5, 7), (8, 5), (12, 3)))
        started = max(day + dt.timedelta(days=lag), created.date())
        if started <= today and not (stuck and rng.random() < 0.6):
            last = event("started", self.at(started, events[-1]["at"]), "in_progress",
                         rng.choice(STARTED_NOTES))
            closing = last + dt.timedelta(days=max(1, round(rng.lognormvariate(math.log(9), 0.7))))
            outcome = "explained" if rng.random() < EXPLAIN_SHARE.get(category, 0.2) else "resolved"
            response = explained_text if outcome == "explained" else resolved_text
            for round_ in (1, 2):
                if stuck or closing > today:
                    break
                last = event(outcome, self.at(closing, events[-1]["at"]), outcome, response,
                             response=response, closed_on=closing)
                told = last + dt.timedelta(days=self.pick(((0, 50), (1, 25), (2, 15), (4, 10))))
                if told > today or (outcome == "resolved" and rng.random() < 0.08):
                    break                                  # closed, the worker not yet told
                satisfaction = self.pick(SATISFIED[outcome if round_ == 1 else "resolved"])
                if round_ == 2 and satisfaction == "unsatisfied":
                    satisfaction = "basic"
                said = SATISFACTION_LABEL[satisfaction]
                last = event("feedback", self.at(told, events[-1]["at"]),
                             text=f"已向{raiser_name}反馈办理结果，评价：{said}",
                             feedback_on=told, satisfaction=satisfaction)
                reopened = last + dt.timedelta(days=rng.randint(1, 10))
                if (outcome != "resolved" or satisfaction != "unsatisfied" or round_ == 2
                        or reopened > today):
                    break                                  # else the worker's "no" reopens it
                last = event("reopened", self.at(reopened, events[-1]["at"]), "in_progress",
                             "职工反映问题仍未彻底解决，重新办理", closed_on=None, feedback_on=None,
                             satisfaction=None)
                closing = last + dt.timedelta(days=rng.randint(3, 20))
                response = response + "；复查后进一步整改到位"
        due = day + dt.timedelta(days=self.due_days * (2 if rng.random() < 0.1 else 1))
        self.tables[Concern].add({
            "id": concern_id, "raised_on": day, "work_area": area.id,
            "raised_by": raiser.id if raiser else None,
            "raised_by_name": "" if raiser else raiser_name,
            "visit": visit_id, "category": category, "description": description, "owner": owner.id,
            "due_on": due, **state,
        }, created, events[-1]["at"], tuple(states[:-1]))
        for values in events:
            self.tables[ConcernEvent].add(values, values["at"])

    # all of it -------------------------------------------------------------------------------
    def report(self, fraction: float) -> None:
        if self.progress:
            percent = min(99, int(fraction * 100))
            if percent > self.reported:
                self.reported = percent
                self.progress(percent, 100)

    def generate(self) -> None:
        self.make_areas()
        self.make_people()
        self.make_responsibilities()
        self.make_lives()
        self.group_leaders()
        self.branch_rows()
        self.area_rows()
        self.member_rows()
        self.make_concerns(self.make_visits())
        self.report(GENERATING)

    def organisation(self) -> dict:
        chief, second = self.cadres[0], self.cadres[2]
        return {"name": f"{DEPOT}{self.base.station}线路车间党总支", "depot": DEPOT,
                "secretary": chief.name,
                "signature_lines": f"党总支书记：{chief.name}　　制表：{second.name}"}

    def write(self) -> None:
        """Insert every row, parents first, with ascending change numbers.

        peewee writes the INSERT statement once per table and sqlite runs it over the rows
        (executemany): building the statements with insert_many took four times as long.
        """
        tables = [t for t in self.tables.values() if t.rows]
        total = sum(len(t.rows) for t in tables)
        seq = records.next_seq(total) - total
        cursor, done = database.cursor(), 0
        for table in tables:
            for row in table.rows:
                seq += 1
                row[table.seq_index] = seq
            sql, _params = table.model.insert_many(table.rows[:1], fields=table.fields).sql()
            for first in range(0, len(table.rows), WRITE_BATCH):
                chunk = table.rows[first:first + WRITE_BATCH]
                cursor.executemany(sql, chunk)
                done += len(chunk)
                self.report(GENERATING + (1 - GENERATING) * done / total)


def build(size: str = "small", seed: int = 1, today: dt.date | None = None, progress=None) -> dict:
    """Fill the open, empty database with demo data; returns the live rows per table.

    `today` (default: the clock's) is the last day of the data. `progress(done, total)` is told
    the share done in percent (total 100) now and then, and (100, 100) at the end. Raises
    BranchDeskError, writing nothing, when the database already holds records or the size is
    unknown.
    """
    if size not in SIZES:
        raise BranchDeskError(UNKNOWN_SIZE, size=size)
    today = today or clock.today()
    with database.atomic():
        present = sum(m.select().count() for m in SYNC_MODELS if m is not Organisation)
        if present:
            raise BranchDeskError(NOT_EMPTY, count=present)
        builder = _Builder(SIZES[size], seed, today, progress)
        builder.generate()
        update_organisation(builder.organisation())
        builder.write()
        counts = {m._meta.table_name: len(t.rows) for m, t in builder.tables.items()}
        counts = {"organisation": 1, **counts}
        records.audit("demo", "-", "demo", {"size": size, "seed": seed, "today": today.isoformat(),
                                            "counts": counts})
    if progress:
        progress(100, 100)
    return counts
