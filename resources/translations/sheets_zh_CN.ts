<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>ImportDialog</name>
    <message>
      <source>Choose file…</source>
      <translation>选择文件…</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Fix the marked cells in the workbook and choose it again; nothing is imported while there are problems.</source>
      <translation>请在表格中改正标红的单元格后重新选择文件；存在问题时不会导入任何数据。</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>导入</translation>
    </message>
    <message>
      <source>Import from Excel</source>
      <translation>从 Excel 导入</translation>
    </message>
    <message>
      <source>Imported: %1 new, %2 updated, %3 skipped.</source>
      <translation>导入完成：新增 %1 条，更新 %2 条，跳过 %3 条。</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>正在导入…</translation>
    </message>
    <message>
      <source>No file chosen.</source>
      <translation>尚未选择文件。</translation>
    </message>
    <message>
      <source>Reading the workbook…</source>
      <translation>正在读取工作簿…</translation>
    </message>
    <message>
      <source>Skip people and records that already exist</source>
      <translation>已存在的人员和记录：跳过</translation>
    </message>
    <message>
      <source>Update people and records that already exist</source>
      <translation>已存在的人员和记录：更新</translation>
    </message>
  </context>
  <context>
    <name>ImportPreview</name>
    <message>
      <source>New</source>
      <translation>新增</translation>
    </message>
    <message>
      <source>New branches: %1</source>
      <translation>将新建支部：%1</translation>
    </message>
    <message>
      <source>New work areas (access tier ordinary; check them): %1</source>
      <translation>将新建工区（交通条件按“一般”，请事后核对）：%1</translation>
    </message>
    <message>
      <source>New: %1, update: %2, unchanged: %3, skip: %4, with problems: %5</source>
      <translation>新增 %1 条，更新 %2 条，无变化 %3 条，跳过 %4 条，有问题 %5 条</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>有问题</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>问题</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>处理</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>行号</translation>
    </message>
    <message>
      <source>Sheets not recognised: %1</source>
      <translation>未能识别的工作表：%1</translation>
    </message>
    <message>
      <source>Skip (exists)</source>
      <translation>跳过（已存在）</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>无变化</translation>
    </message>
    <message>
      <source>Update</source>
      <translation>更新</translation>
    </message>
  </context>
  <context>
    <name>SheetActions</name>
    <message>
      <source>Blank Excel template</source>
      <translation>空白 Excel 模板</translation>
    </message>
    <message>
      <source>Export to Excel</source>
      <translation>导出到 Excel</translation>
    </message>
    <message>
      <source>Saved %1.</source>
      <translation>已保存 %1。</translation>
    </message>
    <message>
      <source>Saved %1. Its visit summaries include private talks: keep it in the office.</source>
      <translation>已保存 %1。其中的走访摘要含谈心谈话等保密内容，请妥善保管，勿外传。</translation>
    </message>
  </context>
  <context>
    <name>SpreadsheetPanel</name>
    <message>
      <source>Blank template…</source>
      <translation>空白模板…</translation>
    </message>
    <message>
      <source>Excel spreadsheets</source>
      <translation>Excel 表格</translation>
    </message>
    <message>
      <source>Export to Excel…</source>
      <translation>导出到 Excel…</translation>
    </message>
    <message>
      <source>Import from Excel…</source>
      <translation>从 Excel 导入…</translation>
    </message>
    <message>
      <source>Import the member roster, work areas, visits and concerns you keep in Excel or WPS (.xlsx). You see every row and its problems before anything is written. Export writes every table to one workbook; the template has the expected headers.</source>
      <translation>导入用 Excel 或 WPS 保存的党员花名册、工区、走访记录和诉求台账（.xlsx）。写入之前会逐行列出每条记录及其问题。导出会把全部数据写入一个工作簿；模板中带有需要的表头。</translation>
    </message>
  </context>
  <context>
    <name>data</name>
    <message>
      <source>Excel spreadsheets</source>
      <translation>Excel 表格</translation>
    </message>
  </context>
  <context>
    <name>db</name>
    <message>
      <source>No sheet of {path} has a header row Branch Desk recognises (such as 姓名 and 出生日期 for members, 工区名称 for work areas, 走访日期 and 参加干部 for visits). Start from the template: branch-desk export --template FILE.xlsx</source>
      <translation>{path} 中没有能识别的表头行（例如党员表的“姓名”“出生日期”，工区表的“工区名称”，走访表的“走访日期”“参加干部”）。可从模板开始填写：branch-desk export --template FILE.xlsx</translation>
    </message>
    <message>
      <source>Several members are named “{name}”; write the birth date after the name, like {name}(1980-01-31).</source>
      <translation>有多名党员叫“{name}”，请在姓名后写上出生日期，如 {name}(1980-01-31)。</translation>
    </message>
    <message>
      <source>The same record as row {row} of sheet “{sheet}”.</source>
      <translation>与工作表“{sheet}”第 {row} 行是同一条记录。</translation>
    </message>
    <message>
      <source>The workbook has {count} problems; nothing was imported.</source>
      <translation>工作簿中有 {count} 处问题，未导入任何数据。</translation>
    </message>
    <message>
      <source>There is no member named “{name}”.</source>
      <translation>没有名为“{name}”的党员。</translation>
    </message>
    <message>
      <source>There is no work area named “{name}”.</source>
      <translation>没有名为“{name}”的工区。</translation>
    </message>
    <message>
      <source>{path} cannot be read as a workbook: {detail}</source>
      <translation>{path} 无法作为工作簿读取：{detail}</translation>
    </message>
    <message>
      <source>{path} is empty: none of its sheets holds any data.</source>
      <translation>{path} 是空的：所有工作表都没有数据。</translation>
    </message>
    <message>
      <source>{path} is not an Excel workbook (.xlsx). An old .xls file must first be saved as .xlsx.</source>
      <translation>{path} 不是 Excel 工作簿（.xlsx）。旧的 .xls 文件请先另存为 .xlsx。</translation>
    </message>
  </context>
</TS>
