"""The spreadsheet format: sheets, their Chinese column headers, the header variants people use.

The export writes the canonical headers and labels below; the import also accepts the variants
that real rosters and logs carry (出生年月 for 出生日期, 手机 for 联系电话 ...). Choice labels here
are the file format, fixed in Chinese whatever the window's language, so a file reads the same on
every machine; codes and English labels are accepted on import too.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

BOOL_LABELS = {True: "是", False: "否"}
BOOL_ALIASES = {"是": True, "否": False, "y": True, "n": False, "yes": True, "no": False,
                "true": True, "false": False, "1": True, "0": False, "√": True, "✓": True,
                "×": False, "x": False}

GENDER = {"M": "男", "F": "女"}
GENDER_ALIASES = {"男性": "M", "女性": "F", "male": "M", "female": "F"}
CATEGORY = {"full": "正式党员", "probationary": "预备党员"}
CATEGORY_ALIASES = {"正式": "full", "预备": "probationary"}
STATUS = {"active": "在册", "transferred": "转出", "retired": "退休", "deceased": "去世",
          "lost": "失联"}
STATUS_ALIASES = {"正常": "active", "已转出": "transferred", "已退休": "retired",
                  "死亡": "deceased", "已故": "deceased", "失去联系": "lost"}
TIER = {1: "便利", 2: "一般", 3: "偏远艰苦"}
TIER_ALIASES = {"偏远": 3, "艰苦": 3, "方便": 1}
VISIT_KIND = {"work_along": "跟班作业", "talk": "谈心谈话", "safety_check": "安全检查",
              "survey": "调研座谈", "lecture": "党课宣讲", "condolence": "走访慰问",
              "other": "其他"}
VISIT_KIND_ALIASES = {"跟班": "work_along", "谈心": "talk", "谈话": "talk", "座谈": "survey",
                      "调研": "survey", "党课": "lecture", "宣讲": "lecture", "慰问": "condolence",
                      "检查": "safety_check", "安检": "safety_check"}
CONCERN_CATEGORY = {"work_conditions": "工作条件", "living": "生活保障", "safety": "安全",
                    "pay": "薪酬福利", "morale": "思想情绪", "family": "家庭困难", "other": "其他"}
CONCERN_STATUS = {"open": "待办", "in_progress": "办理中", "resolved": "已解决",
                  "explained": "已解释"}
CONCERN_STATUS_ALIASES = {"未办": "open", "办理": "in_progress", "解决": "resolved",
                          "解释": "explained"}
SATISFACTION = {"satisfied": "满意", "basic": "基本满意", "unsatisfied": "不满意"}
MEETING_KIND = {"branch_assembly": "支部党员大会", "branch_committee": "支部委员会",
                "group_meeting": "党小组会", "party_lecture": "党课", "theme_day": "主题党日",
                "review_meeting": "组织生活会", "member_appraisal": "民主评议党员",
                "general_committee": "党总支委员会"}
ABSENCE = {"official": "公差", "sick": "病假", "personal": "事假", "shift": "倒班", "other": "其他",
           "unexcused": "无故"}
ABSENCE_ALIASES = {"出差": "official", "生病": "sick", "请假": "personal", "值班": "shift",
                   "上班": "shift", "无故缺席": "unexcused"}
MEETING_KIND_ALIASES = {"党员大会": "branch_assembly", "支委会": "branch_committee",
                        "支部委员会会议": "branch_committee", "党小组": "group_meeting",
                        "党小组会议": "group_meeting", "主题党日活动": "theme_day",
                        "民主评议": "member_appraisal", "总支委员会": "general_committee",
                        "党总支委员会会议": "general_committee"}
PURPOSE = {"routine": "例行走访", "concern": "诉求回访", "makeup": "补课", "talk": "谈心谈话",
           "other": "其他"}
PURPOSE_ALIASES = {"例行": "routine", "回访": "concern", "谈心": "talk", "谈话": "talk"}


@dataclass(frozen=True)
class Column:
    """One column. `key` is the entity's field name (or a link such as `work_area`).

    kind: text, name, phone, date, month (a date that may be written to the month), int, float,
    bool, choice, area, areas (several names), branch, member, members (several names), raiser
    (a member or a free name), id (the record's identity), meeting_branch (a branch, or 党总支
    for the general branch), absentees (names with their reasons), plan_absentees (names with the
    meeting missed).
    """

    key: str
    header: str
    variants: tuple[str, ...] = ()
    kind: str = "text"
    labels: Mapping | None = None  # code → Chinese label written by the export
    aliases: Mapping = field(default_factory=dict)  # more words → code, accepted on import
    width: int = 0  # preferred width in characters; 0 = fitted to the content
    private: bool = False  # holds content that may be confidential (marked in the export)
    export: bool = True  # False: read from hand-kept sheets only (the export writes it elsewhere)


@dataclass(frozen=True)
class SheetSpec:
    kind: str  # "members", ...
    title: str  # the sheet name the export writes
    hints: tuple[str, ...]  # words in a sheet's name that point to this kind
    columns: tuple[Column, ...]
    required: tuple[str, ...]  # keys whose headers must be present to recognise the sheet

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    @property
    def exported(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.export)


# Every sheet of records ends with their identity, so a re-import matches each row to its record
# (narrow, at the end, grey: not for typing). Sheets without it are matched by natural keys.
ID = Column("id", "ID", ("记录ID", "识别码", "uuid"), "id", width=10)


AREA = Column("work_area", "工区", ("所在工区", "工区名称", "工作工区", "班组", "所在班组"), "area")
START = Column("start_on", "开始日期", ("起始日期", "开始时间", "起始时间", "调入日期"), "date")
END = Column("end_on", "结束日期", ("终止日期", "结束时间", "调出日期"), "date")
NOTES = Column("notes", "备注", ("说明",), width=30)

WORK_AREAS = SheetSpec("work_areas", "工区", ("工区",), (
    Column("name", "工区名称", ("工区", "名称", "工区名"), "name"),
    Column("code", "工区编号", ("编号", "代码", "工区代码")),
    Column("line_section", "线别区段", ("线别", "区段", "管辖区段")),
    Column("location", "驻地", ("地点", "位置", "所在地")),
    Column("distance_km", "距离（公里）", ("距离", "距离km", "距车间距离"), "float"),
    Column("travel_minutes", "路程（分钟）", ("路程", "路程时间", "用时"), "int"),
    Column("access_tier", "交通条件", ("艰苦程度", "类别", "工区类别"), "choice", TIER,
           TIER_ALIASES),
    Column("headcount", "职工人数", ("人数", "总人数", "定员"), "int"),
    Column("visit_target", "每月走访目标", ("走访目标", "月走访目标"), "int"),
    Column("active", "在用", ("启用", "是否在用"), "bool", BOOL_LABELS),
    Column("deactivated_on", "停用日期", ("停用时间", "撤销日期"), "date"),
    Column("in_use_since", "启用日期", ("启用时间", "投用日期", "设立日期", "成立日期"), "date"),
    # 里程 on a railway roster is the chainage (K1845+240), not a distance in kilometres.
    Column("position", "中心里程", ("里程", "起止里程", "线路里程", "里程桩号", "公里标")),
    NOTES, ID,
), ("name",))

BRANCHES = SheetSpec("branches", "党支部", ("支部",), (
    Column("name", "支部名称", ("党支部", "支部", "党支部名称"), "name"),
    Column("secretary_id", "支部书记", ("书记",), "member"),
    NOTES, ID,
), ("name",))

MEMBERS = SheetSpec("members", "党员", ("党员", "花名册", "名册"), (
    Column("name", "姓名", ("名字", "党员姓名"), "name"),
    Column("gender", "性别", (), "choice", GENDER, GENDER_ALIASES),
    Column("birth_date", "出生日期", ("出生年月", "出生时间", "生日", "出生年月日"), "month"),
    Column("ethnicity", "民族", ()),
    Column("education", "学历", ("文化程度", "最高学历", "全日制学历")),
    Column("joined_on", "入党日期", ("入党时间", "入党年月"), "month"),
    Column("full_member_on", "转正日期", ("转正时间", "转正年月"), "month"),
    Column("category", "党员类别", ("类别", "党员身份", "人员类别"), "choice", CATEGORY,
           CATEGORY_ALIASES),
    Column("job_post", "岗位", ("职务", "工作岗位", "现任职务", "岗位职务")),
    Column("party_post", "党内职务", ("党内职务", "党务职务")),
    Column("is_cadre", "走访干部", ("是否干部", "干部"), "bool", BOOL_LABELS),
    Column("branch", "所在支部", ("支部", "党支部", "所属支部", "所在党支部"), "branch"),
    AREA,
    Column("phone", "联系电话", ("手机", "电话", "手机号", "手机号码", "联系方式"), "phone"),
    Column("status", "状态", ("党籍状态", "在册状态"), "choice", STATUS, STATUS_ALIASES),
    Column("status_on", "状态日期", ("变动日期",), "date"),
    NOTES,
    # Hand-kept rosters only: a cadre's 包保 areas in one cell, and a yes/no committee column.
    Column("responsible_for", "包保工区", ("包保", "包保点", "联系工区", "包保区段"), "areas",
           export=False),
    Column("responsible_from", "包保日期", ("包保开始日期", "包保时间"), "date", export=False),
    Column("committee", "总支委员", ("是否总支委员", "党总支委员", "委员", "支委", "是否委员"),
           "bool", BOOL_LABELS, export=False),
    ID,
), ("name",))

ASSIGNMENTS = SheetSpec("assignments", "工区分配", ("分配", "调动"), (
    Column("member", "党员", ("姓名",), "member"),
    AREA, START, END, ID,
), ("member", "work_area", "start_on"))

RESPONSIBILITIES = SheetSpec("responsibilities", "包保", ("包保",), (
    Column("member", "包保干部", ("干部", "包保人", "姓名"), "member"),
    AREA, START, END, ID,
), ("member", "work_area", "start_on"))

VISITS = SheetSpec("visits", "走访", ("走访", "下现场"), (
    Column("visited_on", "走访日期", ("日期", "走访时间", "下现场日期"), "date"),
    AREA,
    Column("kind", "走访类型", ("类型", "方式", "形式", "走访方式"), "choice", VISIT_KIND,
           VISIT_KIND_ALIASES),
    Column("hours", "在现场时长（小时）", ("时长", "小时", "时长（小时）", "在现场时长"), "float"),
    Column("workers_met", "接触职工人数",
           ("职工人数", "人数", "接触人数", "见到职工数", "见到职工"), "int"),
    Column("participants", "参加干部", ("走访人", "走访干部", "参加人员", "走访人员", "参加人",
                                        "下现场人员", "走访领导", "带队领导", "领导", "人员"),
           "members"),
    Column("talked_to", "谈话党员", ("谈话对象", "谈心对象"), "members"),
    Column("private", "保密", ("是否保密",), "bool", BOOL_LABELS),
    Column("summary", "内容摘要", ("摘要", "内容", "走访内容", "情况记录", "主要内容", "走访情况",
                               "记录", "纪要", "情况"), width=50, private=True),
    ID,
), ("visited_on", "participants"))

CONCERNS = SheetSpec("concerns", "诉求", ("诉求",), (
    Column("raised_on", "提出日期", ("反映日期", "反映时间", "日期"), "date"),
    AREA,
    Column("raised_by", "提出人", ("反映人", "诉求人", "职工姓名", "反映人员"), "raiser"),
    Column("category", "诉求类别", ("类别",), "choice", CONCERN_CATEGORY),
    Column("description", "诉求内容", ("内容", "诉求", "问题", "具体诉求", "反映问题", "诉求事项"),
           width=50),
    Column("owner", "责任人", ("负责人", "承办人", "责任领导", "包保领导"), "member"),
    Column("due_on", "办结期限", ("期限", "截止日期"), "date"),
    Column("status", "办理状态", ("状态",), "choice", CONCERN_STATUS, CONCERN_STATUS_ALIASES),
    Column("response", "答复", ("办理结果", "处理结果", "答复情况"), width=40),
    Column("feedback_on", "反馈日期", ("反馈时间",), "date"),
    Column("closed_on", "办结日期", ("办结时间",), "date"),
    Column("satisfaction", "满意度", ("评价",), "choice", SATISFACTION),
    ID,
), ("raised_on", "description"))

# One row per meeting, as registers are kept: attendance as names joined by 、, absentees with
# their reason in brackets — 张三（病假）、李四（倒班）. 党总支 (or blank) in 党支部: the general
# branch's own meeting.
MEETINGS = SheetSpec("meetings", "组织生活", ("组织生活", "三会一课", "会议记录"), (
    Column("held_on", "会议日期", ("日期", "开会日期", "时间", "会议时间"), "date"),
    Column("branch", "党支部", ("支部", "所在支部", "召开单位"), "meeting_branch"),
    Column("kind", "会议类型", ("类型", "会议类别", "类别", "会议形式"), "choice", MEETING_KIND,
           MEETING_KIND_ALIASES),
    Column("start_time", "开始时间", ("开会时间", "起始时间")),
    Column("place", "地点", ("会议地点", "开会地点")),
    Column("topics", "议题", ("会议议题", "主题", "会议主题", "内容提要"), width=30),
    Column("chair", "主持人", ("主持",), "member"),
    Column("recorder", "记录人", ("记录",), "member"),
    Column("lecturer", "授课人", ("主讲人", "讲课人")),
    Column("lecture_title", "党课题目", ("授课题目", "党课主题")),
    Column("present", "出席", ("出席人员", "实到人员", "参会人员"), "members"),
    Column("absent", "缺席（原因）", ("缺席", "缺席人员", "缺席人员及原因", "请假人员"),
           "absentees"),
    Column("guests", "列席", ("列席人员",)),
    Column("minutes", "会议记录", ("会议内容", "记录内容", "会议纪要"), width=50),
    Column("decisions", "决议", ("决定事项", "会议决议", "决议事项"), width=30),
    Column("votes_for", "赞成", ("赞成票",), "int"),
    Column("votes_against", "反对", ("反对票",), "int"),
    Column("votes_abstain", "弃权", ("弃权票",), "int"),
    ID,
), ("held_on", "kind"))
# 补课: one row per make-up. The meeting is named as the register names it — its day, branch
# (党总支 or blank: the general branch's own) and kind — or by its identity (会议ID, written by the
# export, which wins when it is there).
MAKE_UPS = SheetSpec("make_ups", "补课", ("补课",), (
    Column("meeting_held_on", "会议日期", ("所缺会议日期", "缺席会议日期", "开会日期"), "date"),
    Column("meeting_branch", "党支部", ("支部", "所在支部", "召开单位"), "meeting_branch"),
    Column("meeting_kind", "会议类型", ("所缺会议", "会议类别", "会议名称"), "choice",
           MEETING_KIND, MEETING_KIND_ALIASES),
    Column("meeting_ref", "会议ID", ("会议记录ID", "会议识别码"), "id", width=10),
    Column("member", "补课党员", ("姓名", "补课人", "缺席党员", "缺席人员", "党员"), "member"),
    Column("made_up_on", "补课日期", ("补课时间",), "date"),
    Column("how", "补课方式", ("方式", "补课形式", "形式", "补课内容"), width=30),
    Column("by", "补课负责人", ("负责人", "辅导人", "带学人", "授课人"), "member"),
    ID,
), ("member", "made_up_on"))
# 支委: one row per seat on a committee; 党总支 (or blank) in 党支部: the general committee.
COMMITTEE = SheetSpec("committee", "支委", ("支委", "委员会", "班子"), (
    Column("branch", "党支部", ("支部", "所在支部", "委员会"), "meeting_branch"),
    Column("member", "姓名", ("委员", "委员姓名", "党员"), "member"),
    Column("role", "职务", ("委员职务", "分工", "党内职务")),
    Column("start_on", "任职日期", ("任职时间", "当选日期", "任期开始", "上任日期"), "date"),
    Column("end_on", "卸任日期", ("卸任时间", "离任日期", "免职日期", "任期结束"), "date"),
    ID,
), ("member", "start_on"))
PLANS = SheetSpec("plans", "走访计划", ("计划",), (
    Column("month", "计划月份", ("月份", "计划月"), "month"),
    Column("cadre", "走访干部", ("干部", "计划走访人"), "member"),
    AREA,
    Column("week", "周次", ("第几周", "计划周"), "int"),
    Column("planned_on", "计划日期", ("计划走访日期",), "date"),
    Column("purpose", "走访目的", ("目的",), "choice", PURPOSE, PURPOSE_ALIASES),
    Column("note", "备注", ("说明",), width=30),
    Column("dropped", "已取消", ("取消",), "bool", BOOL_LABELS),
    Column("dropped_reason", "取消原因", ("原因",), width=30),
    Column("absentees", "补课对象", ("补课人员",), "plan_absentees", width=30),
    ID,
), ("month", "cadre", "work_area"))

# Import order: what later sheets refer to comes first. Branches come after members so that the
# branches a roster names are made there and the branch sheet then adds secretaries and notes.
SPECS: tuple[SheetSpec, ...] = (
    WORK_AREAS, MEMBERS, BRANCHES, ASSIGNMENTS, RESPONSIBILITIES, VISITS, CONCERNS, COMMITTEE,
    MEETINGS, MAKE_UPS,
    PLANS,  # after the meetings: a make-up session names the absences it is for
)
# Export order: how a person reads the workbook.
EXPORT_ORDER: tuple[SheetSpec, ...] = (
    MEMBERS, WORK_AREAS, BRANCHES, ASSIGNMENTS, RESPONSIBILITIES, VISITS, CONCERNS, PLANS,
    COMMITTEE, MEETINGS, MAKE_UPS,
)
IGNORED_HEADERS = frozenset({"序号", "编号序", "no", "no."})
