<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AreaDialog</name>
    <message>
      <source>Deactivated on</source>
      <translation>停用日期</translation>
    </message>
    <message>
      <source>The area stays in the coverage figures of the periods up to this day</source>
      <translation>停用日期及以前的统计期仍计入该工区的走访覆盖</translation>
    </message>
  </context>
  <context>
    <name>AreasPage</name>
    <message>
      <source>Not in use since %1</source>
      <translation>自 %1 起停用</translation>
    </message>
  </context>
  <context>
    <name>columns</name>
    <message>
      <source>Deactivated on</source>
      <translation>停用日期</translation>
    </message>
  </context>
  <context>
    <name>db</name>
    <message>
      <source>Only a work area that is not in use has a deactivation date.</source>
      <translation>只有已停用的工区才能填写停用日期。</translation>
    </message>
  </context>
</TS>
