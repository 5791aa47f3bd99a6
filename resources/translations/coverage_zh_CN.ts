<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>coverage</name>
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
      <source>Not visited</source>
      <translation>未走访</translation>
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
      <source>Work area</source>
      <translation>工区</translation>
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
      <source>Never visited</source>
      <translation>从未走访</translation>
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
