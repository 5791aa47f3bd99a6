<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>RecordPage</name>
    <message>
      <source>%1 records</source>
      <translation>共 %1 条</translation>
    </message>
    <message>
      <source>All</source>
      <translation>全部</translation>
    </message>
    <message>
      <source>Cannot do that</source>
      <translation>无法操作</translation>
    </message>
    <message>
      <source>Columns</source>
      <translation>列</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>编辑</translation>
    </message>
    <message>
      <source>Move “%1” to the trash? You can restore it from the trash.</source>
      <translation>将“%1”移入回收站？之后可从回收站恢复。</translation>
    </message>
    <message>
      <source>New</source>
      <translation>新建</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <source>Search (name or pinyin initials, e.g. zs)</source>
      <translation>搜索（姓名或拼音首字母，如 zs）</translation>
    </message>
    <message>
      <source>Show deleted records, to restore them</source>
      <translation>显示已删除的记录，以便恢复</translation>
    </message>
    <message>
      <source>Trash</source>
      <translation>回收站</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>撤销</translation>
    </message>
    <message>
      <source>“%1” moved to the trash.</source>
      <translation>“%1”已移入回收站。</translation>
    </message>
  </context>
</TS>
