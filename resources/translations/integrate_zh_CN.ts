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
    <name>DashboardPage</name>
    <message>
      <source>Concerns due this week</source>
      <translation>本周到期的诉求</translation>
    </message>
    <message>
      <source>Double-click a work area to see its visits, a concern to open it.</source>
      <translation>双击工区查看其走访记录，双击诉求打开该诉求。</translation>
    </message>
    <message>
      <source>Due %1 · %2: %3 (owner %4)</source>
      <translation>%1 到期 · %2：%3（责任人 %4）</translation>
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
