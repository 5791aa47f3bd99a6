<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>MainWindow</name>
    <message>
      <source>Opening the database…</source>
      <translation>正在打开数据库…</translation>
    </message>
    <message>
      <source>Today's automatic backup was not made: %1</source>
      <translation>今天的自动备份未能完成：%1</translation>
    </message>
  </context>
</TS>
