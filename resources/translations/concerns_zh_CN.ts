<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>ConcernActionDialog</name>
    <message>
      <source>(not recorded)</source>
      <translation>（未记录）</translation>
    </message>
    <message>
      <source>Explanation: why it cannot be solved</source>
      <translation>解释：为何无法解决</translation>
    </message>
    <message>
      <source>New owner</source>
      <translation>新的责任人</translation>
    </message>
    <message>
      <source>Note (optional)</source>
      <translation>备注（可不填）</translation>
    </message>
    <message>
      <source>Reason for reopening</source>
      <translation>重新打开的原因</translation>
    </message>
    <message>
      <source>Resolved on</source>
      <translation>解决日期</translation>
    </message>
    <message>
      <source>Response: what was done</source>
      <translation>办理结果：做了什么</translation>
    </message>
    <message>
      <source>What is being done (optional)</source>
      <translation>正在采取的措施（可不填）</translation>
    </message>
    <message>
      <source>Worker told on</source>
      <translation>告知职工日期</translation>
    </message>
    <message>
      <source>Worker told on (optional)</source>
      <translation>告知职工日期（可不填）</translation>
    </message>
    <message>
      <source>Worker's satisfaction</source>
      <translation>职工满意度</translation>
    </message>
  </context>
  <context>
    <name>ConcernActions</name>
    <message>
      <source>Explain</source>
      <translation>解释说明</translation>
    </message>
    <message>
      <source>Reassign</source>
      <translation>转交</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>重新打开</translation>
    </message>
    <message>
      <source>Resolve</source>
      <translation>办结</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>满意度</translation>
    </message>
    <message>
      <source>Start handling</source>
      <translation>开始办理</translation>
    </message>
  </context>
  <context>
    <name>ConcernDetail</name>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Choose a concern to see its history and what can be done.</source>
      <translation>选择一条诉求，查看办理经过和可进行的操作。</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>办结期限</translation>
    </message>
    <message>
      <source>History</source>
      <translation>办理经过</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>责任人</translation>
    </message>
    <message>
      <source>Raised</source>
      <translation>提出</translation>
    </message>
    <message>
      <source>Response</source>
      <translation>答复</translation>
    </message>
    <message>
      <source>Satisfaction</source>
      <translation>满意度</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
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
      <source>overdue</source>
      <translation>已超期</translation>
    </message>
  </context>
  <context>
    <name>ConcernDialog</name>
    <message>
      <source>(not a member)</source>
      <translation>（非党员）</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Concern</source>
      <translation>诉求内容</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>办结期限</translation>
    </message>
    <message>
      <source>Edit concern</source>
      <translation>修改诉求</translation>
    </message>
    <message>
      <source>Heard on visit</source>
      <translation>收集于走访</translation>
    </message>
    <message>
      <source>New concern</source>
      <translation>新建诉求</translation>
    </message>
    <message>
      <source>Owner (cadre)</source>
      <translation>责任人（干部）</translation>
    </message>
    <message>
      <source>Raised by (member)</source>
      <translation>提出人（党员）</translation>
    </message>
    <message>
      <source>Raised on</source>
      <translation>提出日期</translation>
    </message>
    <message>
      <source>Work area</source>
      <translation>工区</translation>
    </message>
    <message>
      <source>name of a worker who is not a member</source>
      <translation>非党员职工的姓名</translation>
    </message>
    <message>
      <source>or name</source>
      <translation>或填姓名</translation>
    </message>
    <message>
      <source>raised + %1 days</source>
      <translation>提出日期 + %1 天</translation>
    </message>
  </context>
  <context>
    <name>ConcernsPage</name>
    <message>
      <source>Corrected</source>
      <translation>修改</translation>
    </message>
    <message>
      <source>Explained</source>
      <translation>已解释</translation>
    </message>
    <message>
      <source>Handling started</source>
      <translation>开始办理</translation>
    </message>
    <message>
      <source>Not closed</source>
      <translation>未办结</translation>
    </message>
    <message>
      <source>Overdue only</source>
      <translation>只看超期</translation>
    </message>
    <message>
      <source>Overdue since %1</source>
      <translation>自 %1 起超期</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>责任人</translation>
    </message>
    <message>
      <source>Reassigned</source>
      <translation>转交</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>登记</translation>
    </message>
    <message>
      <source>Reopened</source>
      <translation>重新打开</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>已解决</translation>
    </message>
    <message>
      <source>Satisfaction recorded</source>
      <translation>记录满意度</translation>
    </message>
    <message>
      <source>Search text, area, names</source>
      <translation>搜索内容、工区、姓名</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Work area</source>
      <translation>工区</translation>
    </message>
    <message>
      <source>overdue</source>
      <translation>已超期</translation>
    </message>
  </context>
  <context>
    <name>columns</name>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Concern</source>
      <translation>诉求内容</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>办结期限</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>责任人</translation>
    </message>
    <message>
      <source>Raised</source>
      <translation>提出日期</translation>
    </message>
    <message>
      <source>Raised by</source>
      <translation>提出人</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Work area</source>
      <translation>工区</translation>
    </message>
  </context>
  <context>
    <name>db</name>
    <message>
      <source>Only a closed concern can be reopened.</source>
      <translation>只有已办结的诉求才能重新打开。</translation>
    </message>
    <message>
      <source>Satisfaction can be recorded only after the concern is closed.</source>
      <translation>诉求办结后才能记录满意度。</translation>
    </message>
    <message>
      <source>The date is before the concern was raised ({raised}).</source>
      <translation>该日期早于诉求提出日期（{raised}）。</translation>
    </message>
    <message>
      <source>This cadre already owns the concern.</source>
      <translation>该诉求已由这名干部负责。</translation>
    </message>
    <message>
      <source>This concern is already being handled.</source>
      <translation>该诉求已在办理中。</translation>
    </message>
    <message>
      <source>This concern is already closed; reopen it first.</source>
      <translation>该诉求已办结；请先重新打开。</translation>
    </message>
    <message>
      <source>“{value}” is not a month (use YYYY-MM).</source>
      <translation>“{value}”不是有效的月份（请用 YYYY-MM 格式）。</translation>
    </message>
  </context>
</TS>
