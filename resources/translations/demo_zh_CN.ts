<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>db</name>
    <message>
      <source>Demo data goes only into an empty database; this one already holds {count} records. Choose a new data folder.</source>
      <translation>演示数据只能放入空数据库；此数据库已有 {count} 条记录。请选择新的数据文件夹。</translation>
    </message>
    <message>
      <source>Unknown demo size “{size}” (use small or depot).</source>
      <translation>未知的演示数据规模“{size}”（请用 small 或 depot）。</translation>
    </message>
  </context>
</TS>
