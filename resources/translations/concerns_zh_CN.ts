<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
