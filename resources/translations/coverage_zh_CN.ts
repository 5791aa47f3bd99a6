<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>CoveragePage</name>
    <message>
      <source>%1 of %2 work areas met their target.</source>
      <translation>%2 个工区中 %1 个达到走访目标。</translation>
    </message>
    <message>
      <source>Cadres</source>
      <translation>干部</translation>
    </message>
    <message>
      <source>Coverage of work areas</source>
      <translation>工区走访覆盖</translation>
    </message>
    <message>
      <source>Coverage rate</source>
      <translation>达标率</translation>
    </message>
    <message>
      <source>Double-click a work area to see its visits.</source>
      <translation>双击工区可查看该工区的走访记录。</translation>
    </message>
    <message>
      <source>Evenness (Gini)</source>
      <translation>均衡度（基尼系数）</translation>
    </message>
    <message>
      <source>Last 12 months</source>
      <translation>近 12 个月</translation>
    </message>
    <message>
      <source>No visit for over %1 days (%2 never visited).</source>
      <translation>超过 %1 天未走访（其中 %2 个从未走访）。</translation>
    </message>
    <message>
      <source>Overdue work areas</source>
      <translation>超期未走访工区</translation>
    </message>
    <message>
      <source>Own 包保 areas: visits to a work area the cadre was responsible for on that day.</source>
      <translation>包保工区：走访当天该干部负责包保的工区。</translation>
    </message>
    <message>
      <source>Red: no visit. Amber: below target. Green: target met (deeper green: more visits). Grey: not yet in the figures.</source>
      <translation>红色：未走访；黄色：未达目标；绿色：达标（绿色越深走访越多）；灰色：当时尚未纳入统计。</translation>
    </message>
    <message>
      <source>Remoteness bias</source>
      <translation>偏远工区走访比</translation>
    </message>
    <message>
      <source>Score = days since the last visit × the access weight, + 10 for each open concern and 30 more for each overdue one.</source>
      <translation>得分 = 距上次走访天数 × 交通类别权重，每件未办结诉求加 10 分，超期诉求再加 30 分。</translation>
    </message>
    <message>
      <source>Suggested visits</source>
      <translation>建议走访</translation>
    </message>
    <message>
      <source>Visits per 100 workers: %1</source>
      <translation>每百名职工走访次数：%1</translation>
    </message>
    <message>
      <source>Work areas</source>
      <translation>工区</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <source>%1 (%2): %3</source>
      <translation>%1（%2）：%3</translation>
    </message>
    <message>
      <source>%1 (score %2): %3</source>
      <translation>%1（%2 分）：%3</translation>
    </message>
    <message>
      <source>%1 of %2 work areas met their target; last month %3.</source>
      <translation>%2 个工区中 %1 个达标；上月达标率 %3。</translation>
    </message>
    <message>
      <source>%1 of them are past their due date.</source>
      <translation>其中 %1 件已超过办理期限。</translation>
    </message>
    <message>
      <source>Coverage details</source>
      <translation>覆盖详情</translation>
    </message>
    <message>
      <source>Coverage rate this month</source>
      <translation>本月达标率</translation>
    </message>
    <message>
      <source>Every work area has had a visit this month.</source>
      <translation>本月每个工区都已走访。</translation>
    </message>
    <message>
      <source>Log a concern</source>
      <translation>登记诉求</translation>
    </message>
    <message>
      <source>No suggestion: every work area was visited recently.</source>
      <translation>暂无建议：各工区近期都已走访。</translation>
    </message>
    <message>
      <source>No visit for over %1 days, or never visited.</source>
      <translation>超过 %1 天未走访或从未走访。</translation>
    </message>
    <message>
      <source>No work area is overdue.</source>
      <translation>没有超期未走访的工区。</translation>
    </message>
    <message>
      <source>Not yet visited this month</source>
      <translation>本月尚未走访</translation>
    </message>
    <message>
      <source>Not yet visited this month (remote first)</source>
      <translation>本月尚未走访的工区（偏远优先）</translation>
    </message>
    <message>
      <source>Open concerns</source>
      <translation>未办结诉求</translation>
    </message>
    <message>
      <source>Overdue work areas</source>
      <translation>超期未走访工区</translation>
    </message>
    <message>
      <source>Overdue: no visit for too long</source>
      <translation>超期：长时间未走访</translation>
    </message>
    <message>
      <source>Print this month's report</source>
      <translation>打印本月月报</translation>
    </message>
    <message>
      <source>Record a visit</source>
      <translation>登记走访</translation>
    </message>
    <message>
      <source>Suggested next visits</source>
      <translation>建议下一步走访</translation>
    </message>
    <message>
      <source>This month at a glance: %1</source>
      <translation>本月概况：%1</translation>
    </message>
    <message>
      <source>last visit %1 (%2 days ago)</source>
      <translation>最近走访 %1（%2 天前）</translation>
    </message>
    <message>
      <source>never visited</source>
      <translation>从未走访</translation>
    </message>
    <message>
      <source>of %1 work areas have had no visit this month.</source>
      <translation>个工区本月尚未走访（共 %1 个工区）。</translation>
    </message>
  </context>
  <context>
    <name>HeatmapModel</name>
    <message>
      <source>%1 (%2): target %3 a month</source>
      <translation>%1（%2）：每月目标 %3 次</translation>
    </message>
    <message>
      <source>%1, %2: %3 visits (target %4)</source>
      <translation>%1，%2：走访 %3 次（目标 %4 次）</translation>
    </message>
    <message>
      <source>%1, %2: not yet in the figures</source>
      <translation>%1，%2：当时尚未纳入统计</translation>
    </message>
  </context>
  <context>
    <name>PeriodSelector</name>
    <message>
      <source>%1 to %2</source>
      <translation>%1 至 %2</translation>
    </message>
    <message>
      <source>Custom range</source>
      <translation>自定义范围</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>月</translation>
    </message>
    <message>
      <source>Next period</source>
      <translation>下一期</translation>
    </message>
    <message>
      <source>Previous period</source>
      <translation>上一期</translation>
    </message>
    <message>
      <source>Quarter</source>
      <translation>季度</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年</translation>
    </message>
    <message>
      <source>to</source>
      <translation>至</translation>
    </message>
  </context>
  <context>
    <name>columns</name>
    <message>
      <source>Access</source>
      <translation>交通条件</translation>
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
      <translation>人次</translation>
    </message>
    <message>
      <source>Days since</source>
      <translation>距今天数</translation>
    </message>
    <message>
      <source>Elsewhere</source>
      <translation>其他工区</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>现场时长</translation>
    </message>
    <message>
      <source>Last visit</source>
      <translation>最近走访</translation>
    </message>
    <message>
      <source>Open concerns</source>
      <translation>未办结诉求</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>超期</translation>
    </message>
    <message>
      <source>Own 包保 areas</source>
      <translation>包保工区</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>得分</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>目标</translation>
    </message>
    <message>
      <source>Visitors</source>
      <translation>走访干部数</translation>
    </message>
    <message>
      <source>Visits</source>
      <translation>走访次数</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>原因</translation>
    </message>
  </context>
  <context>
    <name>coverage</name>
    <message>
      <source>%1: %2 visits of a target of %3; %4 cadre-visits by %5 cadres, %6 hours on site</source>
      <translation>%1：走访 %2 次，目标 %3 次；%5 名干部共 %4 人次，现场 %6 小时</translation>
    </message>
    <message>
      <source>(0 = perfectly even, 1 = all in one area)</source>
      <translation>（0 为完全均衡，1 为全部集中在一个工区）</translation>
    </message>
    <message>
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <source>Areas visited</source>
      <translation>走访工区数</translation>
    </message>
    <message>
      <source>Below target</source>
      <translation>不足</translation>
    </message>
    <message>
      <source>Cadre</source>
      <translation>干部</translation>
    </message>
    <message>
      <source>Coverage %1 – %2 (as of %3)</source>
      <translation>走访覆盖 %1 至 %2（截至 %3）</translation>
    </message>
    <message>
      <source>Coverage rate: %1 (%2 of %3 work areas met their target)</source>
      <translation>达标率：%1（%3 个工区中 %2 个达标）</translation>
    </message>
    <message>
      <source>Days since</source>
      <translation>距今天数</translation>
    </message>
    <message>
      <source>Elsewhere</source>
      <translation>其他工区</translation>
    </message>
    <message>
      <source>Evenness (Gini of visits per 100 workers, 0 = even): %1</source>
      <translation>均衡度（每百名职工走访次数的基尼系数，0 为完全均衡）：%1</translation>
    </message>
    <message>
      <source>Last visit</source>
      <translation>最近走访</translation>
    </message>
    <message>
      <source>Met</source>
      <translation>达标</translation>
    </message>
    <message>
      <source>Never visited: %1</source>
      <translation>从未走访：%1</translation>
    </message>
    <message>
      <source>No visits to compare in this period.</source>
      <translation>本期没有可比较的走访。</translation>
    </message>
    <message>
      <source>Not defined for this period: it needs convenient and remote work areas, and visits to the convenient ones.</source>
      <translation>本期无法计算：需要同时有便利和偏远工区，且便利工区有走访。</translation>
    </message>
    <message>
      <source>Not visited</source>
      <translation>未走访</translation>
    </message>
    <message>
      <source>On average a remote work area got %1 times the visits of a convenient one.</source>
      <translation>偏远工区平均走访次数是便利工区的 %1 倍。</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>超期</translation>
    </message>
    <message>
      <source>Own 包保 areas</source>
      <translation>包保工区</translation>
    </message>
    <message>
      <source>Remoteness bias (remote ÷ convenient visits per area): %1</source>
      <translation>偏远工区走访比（偏远工区 ÷ 便利工区平均走访次数）：%1</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Suggested next visits:</source>
      <translation>建议下一步走访：</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>目标</translation>
    </message>
    <message>
      <source>These figures are a management aid for planning visits, not a score for rating people.</source>
      <translation>以上数字用于安排走访的工作参考，不用于给个人打分或考核。</translation>
    </message>
    <message>
      <source>These figures are a management aid, not a score for rating people.</source>
      <translation>以上数字是工作参考，不用于给个人打分或考核。</translation>
    </message>
    <message>
      <source>Tier</source>
      <translation>类别</translation>
    </message>
    <message>
      <source>Visits</source>
      <translation>走访</translation>
    </message>
    <message>
      <source>Visits per 100 workers are spread fairly evenly over the work areas.</source>
      <translation>各工区每百名职工的走访次数比较均衡。</translation>
    </message>
    <message>
      <source>Visits per 100 workers are spread unevenly over the work areas.</source>
      <translation>各工区每百名职工的走访次数不够均衡。</translation>
    </message>
    <message>
      <source>Visits per 100 workers are very uneven: a few work areas get most of them.</source>
      <translation>各工区每百名职工的走访次数很不均衡：走访集中在少数工区。</translation>
    </message>
    <message>
      <source>Work area</source>
      <translation>工区</translation>
    </message>
    <message>
      <source>never</source>
      <translation>从未走访</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>是</translation>
    </message>
  </context>
  <context>
    <name>db</name>
    <message>
      <source>Convenient access: days × {weight}</source>
      <translation>便利工区：天数 × {weight}</translation>
    </message>
    <message>
      <source>Give both --from and --to for a range of days.</source>
      <translation>按日期范围统计时，请同时给出 --from 和 --to。</translation>
    </message>
    <message>
      <source>Last visited {days} days ago ({date})</source>
      <translation>{days} 天前最后一次走访（{date}）</translation>
    </message>
    <message>
      <source>Never visited (counted as {days} days)</source>
      <translation>从未走访（按 {days} 天计）</translation>
    </message>
    <message>
      <source>Ordinary access: days × {weight}</source>
      <translation>一般工区：天数 × {weight}</translation>
    </message>
    <message>
      <source>Overdue: more than {limit} days without a visit</source>
      <translation>超期：超过 {limit} 天未走访</translation>
    </message>
    <message>
      <source>Remote area: days × {weight}</source>
      <translation>偏远艰苦工区：天数 × {weight}</translation>
    </message>
    <message>
      <source>The period ends ({end}) before it starts ({start}).</source>
      <translation>统计期的结束日期（{end}）早于开始日期（{start}）。</translation>
    </message>
    <message>
      <source>{count} open concerns: +{points}</source>
      <translation>{count} 件诉求未办结：+{points}</translation>
    </message>
    <message>
      <source>{count} overdue concerns: +{points}</source>
      <translation>{count} 件诉求已超期：+{points}</translation>
    </message>
    <message>
      <source>{visits} of {target} visits this period</source>
      <translation>本期走访 {visits} 次，目标 {target} 次</translation>
    </message>
    <message>
      <source>“{value}” is not a date like 2024-05-31.</source>
      <translation>“{value}”不是有效日期，应写作 2024-05-31 这样的格式。</translation>
    </message>
    <message>
      <source>“{value}” is not a month like 2024-05.</source>
      <translation>“{value}”不是有效月份，应写作 2024-05 这样的格式。</translation>
    </message>
  </context>
</TS>
