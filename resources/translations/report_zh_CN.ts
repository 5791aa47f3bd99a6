<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>MonthlyReport</name>
    <message>
      <source> (overdue)</source>
      <translation>（超期）</translation>
    </message>
    <message>
      <source>%1 monthly summary, %2</source>
      <translation>%1 %2 工作月报</translation>
    </message>
    <message>
      <source>%1 · printed %2 · figures are a management aid, not a score for rating people</source>
      <translation>%1 · 打印于 %2 · 以下数据用于改进工作，不作为对个人的考核评分</translation>
    </message>
    <message>
      <source>%1-%2</source>
      <translation>%1年%2月</translation>
    </message>
    <message>
      <source>%1m</source>
      <translation>%1月</translation>
    </message>
    <message>
      <source>Access</source>
      <translation>通达</translation>
    </message>
    <message>
      <source>Active work areas</source>
      <translation>在用工区</translation>
    </message>
    <message>
      <source>Areas not visited</source>
      <translation>未走访工区</translation>
    </message>
    <message>
      <source>Areas that met their target</source>
      <translation>达标工区（覆盖率）</translation>
    </message>
    <message>
      <source>Areas visited</source>
      <translation>走访工区数</translation>
    </message>
    <message>
      <source>Cadre</source>
      <translation>干部</translation>
    </message>
    <message>
      <source>Cadre-visits</source>
      <translation>干部走访人次</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Closed this month</source>
      <translation>本月办结</translation>
    </message>
    <message>
      <source>Concern</source>
      <translation>诉求内容</translation>
    </message>
    <message>
      <source>Concerns</source>
      <translation>职工诉求</translation>
    </message>
    <message>
      <source>Concerns raised</source>
      <translation>新增诉求</translation>
    </message>
    <message>
      <source>Coverage by work area</source>
      <translation>各工区走访覆盖</translation>
    </message>
    <message>
      <source>Days since</source>
      <translation>距今天数</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>办结期限</translation>
    </message>
    <message>
      <source>Every active work area was visited.</source>
      <translation>所有在用工区本月均已走访。</translation>
    </message>
    <message>
      <source>Figure</source>
      <translation>指标</translation>
    </message>
    <message>
      <source>Hours on site</source>
      <translation>现场时长（小时）</translation>
    </message>
    <message>
      <source>Key figures</source>
      <translation>主要指标</translation>
    </message>
    <message>
      <source>Last visit</source>
      <translation>最近走访</translation>
    </message>
    <message>
      <source>Median days to close</source>
      <translation>办结天数中位数</translation>
    </message>
    <message>
      <source>Monthly work summary, %1</source>
      <translation>%1工作月报</translation>
    </message>
    <message>
      <source>No cadre visits this month.</source>
      <translation>本月没有干部走访记录。</translation>
    </message>
    <message>
      <source>No visits or concerns were recorded this month.</source>
      <translation>本月没有走访和诉求记录。</translation>
    </message>
    <message>
      <source>Open / overdue</source>
      <translation>未结 / 超期</translation>
    </message>
    <message>
      <source>Open concerns</source>
      <translation>未结诉求</translation>
    </message>
    <message>
      <source>Overdue concerns</source>
      <translation>超期未结诉求</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>责任人</translation>
    </message>
    <message>
      <source>Page %1 of %2</source>
      <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
      <source>Raised</source>
      <translation>提出日期</translation>
    </message>
    <message>
      <source>Raised this month %1; resolved %2; explained %3; still open %4, of which overdue %5.</source>
      <translation>本月新增 %1 件；已解决 %2 件；已解释 %3 件；尚未办结 %4 件，其中超期 %5 件。</translation>
    </message>
    <message>
      <source>Recent months</source>
      <translation>近期各月走访情况</translation>
    </message>
    <message>
      <source>Remote ÷ convenient visits per area</source>
      <translation>偏远工区走访比（偏远÷便利）</translation>
    </message>
    <message>
      <source>Resolved / explained</source>
      <translation>已解决 / 已解释</translation>
    </message>
    <message>
      <source>Response</source>
      <translation>答复</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Secretary (signature): ____________    Date: ______</source>
      <translation>党总支书记（签字）：____________    日期：______</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>目标</translation>
    </message>
    <message>
      <source>There are no active work areas.</source>
      <translation>没有在用工区。</translation>
    </message>
    <message>
      <source>To other areas</source>
      <translation>其他工区</translation>
    </message>
    <message>
      <source>To own 包保 areas</source>
      <translation>本人包保工区</translation>
    </message>
    <message>
      <source>Unevenness (Gini, 0 = even)</source>
      <translation>不均衡度（基尼系数，0 为均衡）</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>数值</translation>
    </message>
    <message>
      <source>Visits</source>
      <translation>走访次数</translation>
    </message>
    <message>
      <source>Visits by cadre</source>
      <translation>干部走访情况</translation>
    </message>
    <message>
      <source>Visits per work area, last %1 months (remote areas last; red = none, yellow = below target, green = met)</source>
      <translation>近 %1 个月各工区走访次数（偏远工区在后；红色 = 未走访，黄色 = 不足，绿色 = 达标）</translation>
    </message>
    <message>
      <source>Work area</source>
      <translation>工区</translation>
    </message>
    <message>
      <source>Work areas not visited this month</source>
      <translation>本月未走访的工区</translation>
    </message>
    <message>
      <source>Worker told</source>
      <translation>告知职工日期</translation>
    </message>
    <message>
      <source>Workers</source>
      <translation>职工人数</translation>
    </message>
  </context>
  <context>
    <name>ReportPage</name>
    <message>
      <source>%1 pages</source>
      <translation>共 %1 页</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <source>Monthly report</source>
      <translation>月报</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <source>Preparing the report…</source>
      <translation>正在生成月报…</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>另存为 PDF…</translation>
    </message>
    <message>
      <source>Save the monthly report</source>
      <translation>保存月报</translation>
    </message>
    <message>
      <source>Saved to %1</source>
      <translation>已保存到 %1</translation>
    </message>
    <message>
      <source>The printer cannot be used.</source>
      <translation>无法使用该打印机。</translation>
    </message>
    <message>
      <source>The report could not be made.</source>
      <translation>月报生成失败。</translation>
    </message>
  </context>
  <context>
    <name>db</name>
    <message>
      <source>Cannot write {path}: {reason}</source>
      <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
      <source>The report font {path} cannot be loaded ({reason}); reinstall Branch Desk.</source>
      <translation>无法加载月报字体 {path}（{reason}）；请重新安装党总支工作台。</translation>
    </message>
  </context>
</TS>
