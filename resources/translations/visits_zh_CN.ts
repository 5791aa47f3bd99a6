<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;Record</source>
      <translation>记录(&amp;R)</translation>
    </message>
    <message>
      <source>New &amp;visit…</source>
      <translation>记录走访(&amp;V)…</translation>
    </message>
  </context>
  <context>
    <name>VisitDialog</name>
    <message>
      <source>Alt+Left / Alt+Right (or Up / Down) step a day</source>
      <translation>Alt+←/→（或 ↑/↓）按天调整日期</translation>
    </message>
    <message>
      <source>Cadre: name or initials, then Enter</source>
      <translation>干部：输入姓名或拼音首字母，回车添加</translation>
    </message>
    <message>
      <source>Concerns cannot be recorded in this version</source>
      <translation>此版本尚不能记录诉求</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Edit visit</source>
      <translation>修改走访记录</translation>
    </message>
    <message>
      <source>Hours on site</source>
      <translation>在现场时长（小时）</translation>
    </message>
    <message>
      <source>Keep the summary private (hidden in lists and reports)</source>
      <translation>内容保密（列表和报表中不显示）</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>走访类型</translation>
    </message>
    <message>
      <source>Members talked to</source>
      <translation>谈话党员</translation>
    </message>
    <message>
      <source>Name or initials, then Enter</source>
      <translation>输入姓名或拼音首字母，回车添加</translation>
    </message>
    <message>
      <source>Name or pinyin initials</source>
      <translation>名称或拼音首字母</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>参加干部</translation>
    </message>
    <message>
      <source>Private</source>
      <translation>保密</translation>
    </message>
    <message>
      <source>Record a visit</source>
      <translation>记录走访</translation>
    </message>
    <message>
      <source>Save and add a concern…</source>
      <translation>保存并登记诉求…</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>情况摘要</translation>
    </message>
    <message>
      <source>Work area</source>
      <translation>工区</translation>
    </message>
    <message>
      <source>Workers met</source>
      <translation>见到职工数</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>年-月-日</translation>
    </message>
  </context>
  <context>
    <name>VisitsPage</name>
    <message>
      <source>(private)</source>
      <translation>（保密）</translation>
    </message>
    <message>
      <source>Access</source>
      <translation>交通条件</translation>
    </message>
    <message>
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>Cadre</source>
      <translation>干部</translation>
    </message>
    <message>
      <source>Choose a visit to see its detail.</source>
      <translation>选择一条走访记录查看详情。</translation>
    </message>
    <message>
      <source>Concerns heard on this visit</source>
      <translation>本次走访听取的诉求</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
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
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Members talked to</source>
      <translation>谈话党员</translation>
    </message>
    <message>
      <source>None</source>
      <translation>无</translation>
    </message>
    <message>
      <source>Not a date: the filter is ignored</source>
      <translation>不是有效日期，此筛选条件不起作用</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>参加干部</translation>
    </message>
    <message>
      <source>Record a visit</source>
      <translation>记录走访</translation>
    </message>
    <message>
      <source>Search area, summary or cadre (pinyin initials)</source>
      <translation>搜索工区、摘要或干部（支持拼音首字母）</translation>
    </message>
    <message>
      <source>Show private content</source>
      <translation>显示保密内容</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>情况摘要</translation>
    </message>
    <message>
      <source>The summary of this visit is private.</source>
      <translation>本次走访的内容为保密内容。</translation>
    </message>
    <message>
      <source>Work area</source>
      <translation>工区</translation>
    </message>
    <message>
      <source>Workers met</source>
      <translation>见到职工数</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>年-月-日</translation>
    </message>
    <message>
      <source>from</source>
      <translation>从</translation>
    </message>
    <message>
      <source>to</source>
      <translation>至</translation>
    </message>
  </context>
  <context>
    <name>columns</name>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>参加干部</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>摘要</translation>
    </message>
    <message>
      <source>Workers met</source>
      <translation>见职工数</translation>
    </message>
  </context>
</TS>
