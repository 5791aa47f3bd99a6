<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Go</source>
      <translation>转到(&amp;G)</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>Branch Desk</source>
      <translation>党总支工作台</translation>
    </message>
    <message>
      <source>Data: %1</source>
      <translation>数据：%1</translation>
    </message>
    <message>
      <source>Device: %1</source>
      <translation>设备：%1</translation>
    </message>
  </context>
  <context>
    <name>PlaceholderPage</name>
    <message>
      <source>This page is being built. The database holds:</source>
      <translation>此页面正在建设中。数据库现有：</translation>
    </message>
  </context>
  <context>
    <name>choices</name>
    <message>
      <source>Basically satisfied</source>
      <translation>基本满意</translation>
    </message>
    <message>
      <source>Care visit</source>
      <translation>走访慰问</translation>
    </message>
    <message>
      <source>Convenient</source>
      <translation>便利</translation>
    </message>
    <message>
      <source>Deceased</source>
      <translation>去世</translation>
    </message>
    <message>
      <source>Explained</source>
      <translation>已解释</translation>
    </message>
    <message>
      <source>Family hardship</source>
      <translation>家庭困难</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>女</translation>
    </message>
    <message>
      <source>Full member</source>
      <translation>正式党员</translation>
    </message>
    <message>
      <source>Heart-to-heart talk</source>
      <translation>谈心谈话</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>办理中</translation>
    </message>
    <message>
      <source>Living support</source>
      <translation>生活保障</translation>
    </message>
    <message>
      <source>Lost contact</source>
      <translation>失联</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>男</translation>
    </message>
    <message>
      <source>Morale</source>
      <translation>思想情绪</translation>
    </message>
    <message>
      <source>On roll</source>
      <translation>在册</translation>
    </message>
    <message>
      <source>Ordinary</source>
      <translation>一般</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>Party lecture</source>
      <translation>党课宣讲</translation>
    </message>
    <message>
      <source>Pay and benefits</source>
      <translation>薪酬福利</translation>
    </message>
    <message>
      <source>Probationary member</source>
      <translation>预备党员</translation>
    </message>
    <message>
      <source>Remote</source>
      <translation>偏远艰苦</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>已解决</translation>
    </message>
    <message>
      <source>Retired</source>
      <translation>退休</translation>
    </message>
    <message>
      <source>Safety</source>
      <translation>安全</translation>
    </message>
    <message>
      <source>Safety inspection</source>
      <translation>安全检查</translation>
    </message>
    <message>
      <source>Satisfied</source>
      <translation>满意</translation>
    </message>
    <message>
      <source>Shift work-along</source>
      <translation>跟班作业</translation>
    </message>
    <message>
      <source>Survey meeting</source>
      <translation>调研座谈</translation>
    </message>
    <message>
      <source>To do</source>
      <translation>待办</translation>
    </message>
    <message>
      <source>Transferred out</source>
      <translation>转出</translation>
    </message>
    <message>
      <source>Unsatisfied</source>
      <translation>不满意</translation>
    </message>
    <message>
      <source>Working conditions</source>
      <translation>工作条件</translation>
    </message>
  </context>
  <context>
    <name>db</name>
    <message>
      <source>A branch named “{name}” already exists.</source>
      <translation>已有名为“{name}”的支部。</translation>
    </message>
    <message>
      <source>A visit needs at least one participating cadre.</source>
      <translation>走访至少需要一名参加的干部。</translation>
    </message>
    <message>
      <source>A work area named “{name}” already exists.</source>
      <translation>已有名为“{name}”的工区。</translation>
    </message>
    <message>
      <source>A work area named “{name}” is in the trash; restore it instead.</source>
      <translation>名为“{name}”的工区在回收站中，请将其恢复。</translation>
    </message>
    <message>
      <source>Another Branch Desk is already using the data folder {path}. Close it first, or use a different data folder.</source>
      <translation>另一个党总支工作台正在使用数据文件夹 {path}。请先关闭它，或改用其他数据文件夹。</translation>
    </message>
    <message>
      <source>At most {max} characters.</source>
      <translation>最多 {max} 个字符。</translation>
    </message>
    <message>
      <source>Cannot create the data folder {path}: {reason}</source>
      <translation>无法创建数据文件夹 {path}：{reason}</translation>
    </message>
    <message>
      <source>Full membership cannot come before joining.</source>
      <translation>转正日期不能早于入党日期。</translation>
    </message>
    <message>
      <source>Must be at least {min}.</source>
      <translation>不能小于 {min}。</translation>
    </message>
    <message>
      <source>Must be at most {max}.</source>
      <translation>不能大于 {max}。</translation>
    </message>
    <message>
      <source>Name the worker who raised it (a member or a name).</source>
      <translation>请填写提出诉求的职工（党员或姓名）。</translation>
    </message>
    <message>
      <source>No such record: {id}</source>
      <translation>找不到该记录：{id}</translation>
    </message>
    <message>
      <source>Only a cadre can be responsible (包保) for a work area.</source>
      <translation>只有干部才能包保工区。</translation>
    </message>
    <message>
      <source>The branch still has {count} members; move them to another branch first.</source>
      <translation>该支部还有 {count} 名党员，请先将他们转到其他支部。</translation>
    </message>
    <message>
      <source>The chosen record does not exist.</source>
      <translation>所选记录不存在。</translation>
    </message>
    <message>
      <source>The chosen record is in the trash.</source>
      <translation>所选记录在回收站中。</translation>
    </message>
    <message>
      <source>The database {path} failed its integrity check ({detail}). It was left untouched; restore a backup.</source>
      <translation>数据库 {path} 未通过完整性检查（{detail}）。文件未被改动；请恢复备份。</translation>
    </message>
    <message>
      <source>The database {path} was made by a newer Branch Desk (schema {found}, this one knows {known}). Update Branch Desk to open it.</source>
      <translation>数据库 {path} 由更新版本的党总支工作台创建（结构版本 {found}，本程序支持 {known}）。请升级后再打开。</translation>
    </message>
    <message>
      <source>The date {value} is in the future.</source>
      <translation>日期 {value} 晚于今天。</translation>
    </message>
    <message>
      <source>The due date is before the date it was raised.</source>
      <translation>办结期限早于提出日期。</translation>
    </message>
    <message>
      <source>The end date is before the start date.</source>
      <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
      <source>The owner must be a cadre.</source>
      <translation>责任人必须是干部。</translation>
    </message>
    <message>
      <source>This cadre is already responsible for this work area in that period.</source>
      <translation>该干部在此期间已包保该工区。</translation>
    </message>
    <message>
      <source>This date is before the birth date.</source>
      <translation>该日期早于出生日期。</translation>
    </message>
    <message>
      <source>This field is required.</source>
      <translation>此项必填。</translation>
    </message>
    <message>
      <source>This overlaps the member's assignment to {area} from {start}; end that one first.</source>
      <translation>与该党员自 {start} 起在{area}的分配时间重叠；请先结束那一条。</translation>
    </message>
    <message>
      <source>Workshop Party General Branch</source>
      <translation>车间党总支</translation>
    </message>
    <message>
      <source>{name} is not a cadre.</source>
      <translation>{name} 不是干部。</translation>
    </message>
    <message>
      <source>{path} is not a Branch Desk database (it may be damaged). It was left untouched; restore a backup or choose another data folder.</source>
      <translation>{path} 不是党总支工作台数据库（可能已损坏）。文件未被改动；请恢复备份或选择其他数据文件夹。</translation>
    </message>
    <message>
      <source>“{value}” is not a date (use YYYY-MM-DD).</source>
      <translation>“{value}”不是有效日期（请用 YYYY-MM-DD）。</translation>
    </message>
    <message>
      <source>“{value}” is not a number.</source>
      <translation>“{value}”不是数字。</translation>
    </message>
    <message>
      <source>“{value}” is not a size like 1280x800.</source>
      <translation>“{value}”不是形如 1280x800 的尺寸。</translation>
    </message>
    <message>
      <source>“{value}” is not a whole number.</source>
      <translation>“{value}”不是整数。</translation>
    </message>
    <message>
      <source>“{value}” is not one of the allowed choices.</source>
      <translation>“{value}”不在可选范围内。</translation>
    </message>
  </context>
  <context>
    <name>pages</name>
    <message>
      <source>Concerns</source>
      <translation>诉求</translation>
    </message>
    <message>
      <source>Coverage</source>
      <translation>覆盖分析</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>工作台</translation>
    </message>
    <message>
      <source>Data</source>
      <translation>数据</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>党员</translation>
    </message>
    <message>
      <source>Monthly report</source>
      <translation>月报</translation>
    </message>
    <message>
      <source>Visits</source>
      <translation>走访</translation>
    </message>
    <message>
      <source>Work areas</source>
      <translation>工区</translation>
    </message>
  </context>
</TS>
