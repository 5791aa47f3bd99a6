<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AreasPage</name>
    <message>
      <source>No work areas yet. Click “New” to add the workshop's work areas; visits and coverage are counted per work area.</source>
      <translation>还没有工区。点击“新建”逐个添加本车间的工区；走访和覆盖情况都按工区统计。</translation>
    </message>
  </context>
  <context>
    <name>ConcernsPage</name>
    <message>
      <source>No open concern. Click “New” to log a worker's concern; resolved and explained ones are under Status “All”.</source>
      <translation>没有未办结的诉求。点击“新建”登记职工诉求；已解决、已解释的诉求请在“状态”中选择“全部”查看。</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <source>No work areas yet: add them on the Work areas page.</source>
      <translation>还没有工区：请先在“工区”页面添加。</translation>
    </message>
  </context>
  <context>
    <name>MembersPage</name>
    <message>
      <source>No members yet. Click “New” to add one, or “Import from Excel…” to bring in a list.</source>
      <translation>还没有党员。点击“新建”逐个添加，或点击“从 Excel 导入…”导入名单。</translation>
    </message>
  </context>
  <context>
    <name>RecordPage</name>
    <message>
      <source>Nothing here yet. Click “New” to add the first record.</source>
      <translation>还没有记录。点击“新建”添加第一条。</translation>
    </message>
    <message>
      <source>Nothing matches the search and filters.</source>
      <translation>没有符合搜索和筛选条件的记录。</translation>
    </message>
    <message>
      <source>The trash is empty.</source>
      <translation>回收站是空的。</translation>
    </message>
  </context>
  <context>
    <name>VisitsPage</name>
    <message>
      <source>No visits recorded yet. After each visit to a work area, click “Record a visit” (Ctrl+N).</source>
      <translation>还没有走访记录。每次到工区走访后，点击“记录走访”（Ctrl+N）登记。</translation>
    </message>
  </context>
</TS>
