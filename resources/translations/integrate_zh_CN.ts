<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AreasPage</name>
    <message>
      <source>Open concerns (%1)</source>
      <translation>未办结诉求（%1）</translation>
    </message>
    <message>
      <source>Open concerns (%1, %2 overdue)</source>
      <translation>未办结诉求（%1，其中超期 %2）</translation>
    </message>
  </context>
  <context>
    <name>ConflictFields</name>
    <message>
      <source>Access tier</source>
      <translation>交通条件</translation>
    </message>
    <message>
      <source>Birth date</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <source>Branch</source>
      <translation>所在支部</translation>
    </message>
    <message>
      <source>By</source>
      <translation>办理人</translation>
    </message>
    <message>
      <source>Cadre</source>
      <translation>干部</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Closed on</source>
      <translation>办结日期</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>编码</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>设备</translation>
    </message>
    <message>
      <source>Concern</source>
      <translation>诉求</translation>
    </message>
    <message>
      <source>Concerns due within (days)</source>
      <translation>诉求办理时限（天）</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Depot</source>
      <translation>所属段</translation>
    </message>
    <message>
      <source>Distance (km)</source>
      <translation>距离（公里）</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>办结期限</translation>
    </message>
    <message>
      <source>Education</source>
      <translation>学历</translation>
    </message>
    <message>
      <source>Ethnicity</source>
      <translation>民族</translation>
    </message>
    <message>
      <source>From</source>
      <translation>开始日期</translation>
    </message>
    <message>
      <source>From status</source>
      <translation>原状态</translation>
    </message>
    <message>
      <source>Full member since</source>
      <translation>转正日期</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>性别</translation>
    </message>
    <message>
      <source>Hours on site</source>
      <translation>在现场时长（小时）</translation>
    </message>
    <message>
      <source>In the trash</source>
      <translation>已在回收站</translation>
    </message>
    <message>
      <source>In use</source>
      <translation>在用</translation>
    </message>
    <message>
      <source>Job post</source>
      <translation>岗位</translation>
    </message>
    <message>
      <source>Joined the Party</source>
      <translation>入党日期</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>走访类型</translation>
    </message>
    <message>
      <source>Line / section</source>
      <translation>线别区段</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>位置</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>党员</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Name in pinyin</source>
      <translation>姓名拼音</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Overdue after (days without a visit)</source>
      <translation>超过多少天未走访视为逾期</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>责任人</translation>
    </message>
    <message>
      <source>Participant</source>
      <translation>参加干部</translation>
    </message>
    <message>
      <source>Party post</source>
      <translation>党内职务</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Pinyin initials</source>
      <translation>拼音首字母</translation>
    </message>
    <message>
      <source>Private</source>
      <translation>保密</translation>
    </message>
    <message>
      <source>Raised by (member)</source>
      <translation>提出人（党员）</translation>
    </message>
    <message>
      <source>Raised by (name)</source>
      <translation>提出人（姓名）</translation>
    </message>
    <message>
      <source>Raised on</source>
      <translation>提出日期</translation>
    </message>
    <message>
      <source>Report signature lines</source>
      <translation>报表签字栏</translation>
    </message>
    <message>
      <source>Response</source>
      <translation>答复</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>身份</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>满意度</translation>
    </message>
    <message>
      <source>Secretary</source>
      <translation>书记</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Status since</source>
      <translation>状态日期</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>办理环节</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>情况摘要</translation>
    </message>
    <message>
      <source>Talked to</source>
      <translation>谈话党员</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>内容</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>To status</source>
      <translation>新状态</translation>
    </message>
    <message>
      <source>Travel time (minutes)</source>
      <translation>路程（分钟）</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>结束日期</translation>
    </message>
    <message>
      <source>Visit</source>
      <translation>走访</translation>
    </message>
    <message>
      <source>Visits per month</source>
      <translation>每月走访次数</translation>
    </message>
    <message>
      <source>Visits per work area per month</source>
      <translation>每个工区每月走访次数</translation>
    </message>
    <message>
      <source>Weight of convenient areas</source>
      <translation>交通便利工区权重</translation>
    </message>
    <message>
      <source>Weight of ordinary areas</source>
      <translation>交通一般工区权重</translation>
    </message>
    <message>
      <source>Weight of remote areas</source>
      <translation>偏远艰苦工区权重</translation>
    </message>
    <message>
      <source>Work area</source>
      <translation>工区</translation>
    </message>
    <message>
      <source>Worker told on</source>
      <translation>告知职工日期</translation>
    </message>
    <message>
      <source>Workers (all, not only members)</source>
      <translation>职工人数（全部，不只党员）</translation>
    </message>
    <message>
      <source>Workers met</source>
      <translation>见到职工数</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <source>%1
Owner: %2</source>
      <translation>%1
责任人：%2</translation>
    </message>
    <message>
      <source>Concerns due this week</source>
      <translation>本周到期的诉求</translation>
    </message>
    <message>
      <source>Double-click a work area to see its visits, a concern to open it.</source>
      <translation>双击工区查看其走访记录，双击诉求打开该诉求。</translation>
    </message>
    <message>
      <source>Due %1 · %2 · %3: %4</source>
      <translation>%1 到期 · %2 · %3：%4</translation>
    </message>
    <message>
      <source>No concern is past its due date.</source>
      <translation>没有超期的诉求。</translation>
    </message>
    <message>
      <source>No open concern is due this week.</source>
      <translation>本周没有到期的未办结诉求。</translation>
    </message>
    <message>
      <source>Overdue concerns</source>
      <translation>超期诉求</translation>
    </message>
  </context>
  <context>
    <name>RecordPage</name>
    <message>
      <source>Every table, in one workbook</source>
      <translation>所有表格导出到同一个工作簿</translation>
    </message>
    <message>
      <source>Export to Excel…</source>
      <translation>导出到 Excel…</translation>
    </message>
    <message>
      <source>Import from Excel…</source>
      <translation>从 Excel 导入…</translation>
    </message>
  </context>
  <context>
    <name>columns</name>
    <message>
      <source>Overdue concerns</source>
      <translation>超期诉求</translation>
    </message>
  </context>
</TS>
