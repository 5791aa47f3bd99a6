<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>db</name>
    <message>
      <source>Only a work area that is not in use has a deactivation date.</source>
      <translation>只有已停用的工区才能填写停用日期。</translation>
    </message>
  </context>
</TS>
