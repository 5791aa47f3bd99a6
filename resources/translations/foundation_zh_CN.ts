<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>db</name>
    <message>
      <source>{path} cannot be restored: it is a database of another program, not of Branch Desk.</source>
      <translation>无法从 {path} 恢复：这是其他程序的数据库，不是党总支工作台的数据库。</translation>
    </message>
    <message>
      <source>{path} cannot be restored: it is not a database, or it is damaged.</source>
      <translation>无法从 {path} 恢复：该文件不是数据库，或已损坏。</translation>
    </message>
    <message>
      <source>{path} cannot be restored: it was made by a newer Branch Desk (schema {found}, this one knows {known}).</source>
      <translation>无法从 {path} 恢复：该文件由更新版本的党总支工作台创建（结构版本 {found}，本程序支持 {known}）。</translation>
    </message>
    <message>
      <source>{path} cannot be restored: there is no such file.</source>
      <translation>无法从 {path} 恢复：文件不存在。</translation>
    </message>
  </context>
</TS>
