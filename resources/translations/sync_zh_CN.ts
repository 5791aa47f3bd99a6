<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>BackupSection</name>
    <message>
      <source>A copy is made automatically once a day (the last 14 are kept) in %1. Restoring saves the current database there first.</source>
      <translation>每天自动备份一次（保留最近 14 份），保存在 %1。恢复前会先把当前数据库备份到该处。</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>立即备份</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>备份</translation>
    </message>
    <message>
      <source>Branch Desk databases (*.sqlite3)</source>
      <translation>党总支工作台数据库 (*.sqlite3)</translation>
    </message>
    <message>
      <source>Copying the database…</source>
      <translation>正在复制数据库…</translation>
    </message>
    <message>
      <source>Replace the records with those in %1? The current database is saved first.</source>
      <translation>用 %1 中的记录替换当前记录吗？替换前会先备份当前数据库。</translation>
    </message>
    <message>
      <source>Restore from a file</source>
      <translation>从文件恢复</translation>
    </message>
    <message>
      <source>Restore from a file…</source>
      <translation>从文件恢复…</translation>
    </message>
    <message>
      <source>Restored %1. The previous database was saved as %2.</source>
      <translation>已恢复 %1。原数据库已另存为 %2。</translation>
    </message>
    <message>
      <source>Saved a copy as %1.</source>
      <translation>已备份为 %1。</translation>
    </message>
  </context>
  <context>
    <name>ConflictsSection</name>
    <message>
      <source>%1 “%2”: %3 fields differ.</source>
      <translation>%1“%2”：有 %3 项不同。</translation>
    </message>
    <message>
      <source>A row changed on two machines before they exchanged. Until you choose, every machine shows the same version and keeps the other; your choice travels with the next exchange.</source>
      <translation>同一条记录在两台电脑上交换前都被修改了。在您作出选择前，各台电脑都显示同一个版本，另一个版本也会保留；您的选择会随下次交换同步到其他电脑。</translation>
    </message>
    <message>
      <source>Apply the choice per field</source>
      <translation>按逐项选择合并</translation>
    </message>
    <message>
      <source>Conflicts</source>
      <translation>冲突</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <source>Keep</source>
      <translation>保留</translation>
    </message>
    <message>
      <source>Keep the shown version</source>
      <translation>保留当前显示的版本</translation>
    </message>
    <message>
      <source>No conflicts: every row is the same on the machines that exchanged.</source>
      <translation>没有冲突：已交换的电脑上记录完全一致。</translation>
    </message>
    <message>
      <source>Other version (%1)</source>
      <translation>另一版本（%1）</translation>
    </message>
    <message>
      <source>Shown now (%1)</source>
      <translation>当前显示（%1）</translation>
    </message>
    <message>
      <source>Take the other version</source>
      <translation>采用另一版本</translation>
    </message>
    <message>
      <source>other</source>
      <translation>另一版本</translation>
    </message>
    <message>
      <source>shown</source>
      <translation>当前显示</translation>
    </message>
  </context>
  <context>
    <name>ExchangeSection</name>
    <message>
      <source>Conflicts</source>
      <translation>冲突</translation>
    </message>
    <message>
      <source>Device</source>
      <translation>设备</translation>
    </message>
    <message>
      <source>Direction</source>
      <translation>方向</translation>
    </message>
    <message>
      <source>Everything (a new or restored machine)</source>
      <translation>全部记录（新电脑或恢复过的电脑）</translation>
    </message>
    <message>
      <source>Exchange packages</source>
      <translation>交换包</translation>
    </message>
    <message>
      <source>Export package</source>
      <translation>导出交换包</translation>
    </message>
    <message>
      <source>Export package…</source>
      <translation>导出交换包…</translation>
    </message>
    <message>
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>For device:</source>
      <translation>发给设备：</translation>
    </message>
    <message>
      <source>From %1: %2 new, %3 updated, %4 conflicts, %5 already here.</source>
      <translation>来自 %1：新增 %2 条，更新 %3 条，冲突 %4 条，已有 %5 条。</translation>
    </message>
    <message>
      <source>History of exchanges</source>
      <translation>交换记录</translation>
    </message>
    <message>
      <source>Import package</source>
      <translation>导入交换包</translation>
    </message>
    <message>
      <source>Import package…</source>
      <translation>导入交换包…</translation>
    </message>
    <message>
      <source>Importing twice changes nothing; rows edited on both machines become conflicts.</source>
      <translation>重复导入不会产生重复记录；两台电脑都修改过的记录会列为冲突。</translation>
    </message>
    <message>
      <source>Merging the package…</source>
      <translation>正在合并交换包…</translation>
    </message>
    <message>
      <source>New</source>
      <translation>新增</translation>
    </message>
    <message>
      <source>No exchanges yet. Export a package here, carry it on a USB stick to the other computer and import it there; then bring that computer's package back.</source>
      <translation>还没有交换记录。在这里导出交换包，用U盘带到另一台电脑导入；再把那台电脑的交换包带回来导入。</translation>
    </message>
    <message>
      <source>Only what that device has not confirmed yet goes into the package. Choose “Everything” for a machine that is new or was restored.</source>
      <translation>交换包只包含该设备尚未确认收到的记录。新电脑或恢复过数据的电脑请选择“全部记录”。</translation>
    </message>
    <message>
      <source>Receive records from another machine</source>
      <translation>从其他电脑接收记录</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>接收</translation>
    </message>
    <message>
      <source>Rows sent</source>
      <translation>发出条数</translation>
    </message>
    <message>
      <source>Send records to another machine</source>
      <translation>把记录发给其他电脑</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>发出</translation>
    </message>
    <message>
      <source>Settle the conflicts on the Conflicts tab.</source>
      <translation>请在“冲突”页处理冲突。</translation>
    </message>
    <message>
      <source>This new database joined that general branch.</source>
      <translation>本机新数据库已加入该党总支。</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>更新</translation>
    </message>
    <message>
      <source>Writing the package…</source>
      <translation>正在写入交换包…</translation>
    </message>
    <message>
      <source>Wrote %1 rows to %2.</source>
      <translation>已将 %1 条记录写入 %2。</translation>
    </message>
    <message>
      <source>everyone</source>
      <translation>所有设备</translation>
    </message>
  </context>
  <context>
    <name>data</name>
    <message>
      <source>Backup and restore</source>
      <translation>备份与恢复</translation>
    </message>
    <message>
      <source>Conflicts</source>
      <translation>冲突</translation>
    </message>
    <message>
      <source>Exchange between machines</source>
      <translation>多机交换</translation>
    </message>
    <message>
      <source>Exchange failed</source>
      <translation>交换失败</translation>
    </message>
  </context>
  <context>
    <name>db</name>
    <message>
      <source>Cannot write the package {path}: {reason}</source>
      <translation>无法写入交换包 {path}：{reason}</translation>
    </message>
    <message>
      <source>Choose “local”, “incoming”, or a version for each field.</source>
      <translation>请选择“当前显示”“另一版本”，或逐项选择版本。</translation>
    </message>
    <message>
      <source>This conflict was already resolved or does not exist.</source>
      <translation>该冲突已处理或不存在。</translation>
    </message>
    <message>
      <source>{path} belongs to another general branch (“{name}”). Nothing was imported; exchange packages only between machines of the same general branch.</source>
      <translation>{path} 属于另一个党总支（“{name}”），未导入任何记录；交换包只能在同一党总支的电脑之间交换。</translation>
    </message>
    <message>
      <source>{path} holds only recent changes, but this database is new. Nothing was imported; ask the other machine for a full package (export without choosing a device).</source>
      <translation>{path} 只包含最近的改动，而本机数据库是新的，未导入任何记录；请让对方电脑导出完整交换包（导出时不选择设备）。</translation>
    </message>
    <message>
      <source>{path} is damaged ({detail}). Nothing was imported; export a new package on the other machine.</source>
      <translation>{path} 已损坏（{detail}），未导入任何记录；请在对方电脑上重新导出交换包。</translation>
    </message>
    <message>
      <source>{path} is incomplete: the copy was cut short. Nothing was imported; copy the package from the other machine again and safely remove the USB stick before unplugging it.</source>
      <translation>{path} 不完整：复制时被中断，未导入任何记录；请从对方电脑重新复制交换包，拔出 U 盘前先安全弹出。</translation>
    </message>
    <message>
      <source>{path} is not a Branch Desk exchange package. Nothing was imported; choose the file that “Export package” (sync export) made on the other machine.</source>
      <translation>{path} 不是党总支工作台的交换包，未导入任何记录；请选择对方电脑用“导出交换包”（sync export）生成的文件。</translation>
    </message>
    <message>
      <source>{path} refers to records this database does not have ({detail}). Nothing was imported; ask the other machine for a full package (export without choosing a device).</source>
      <translation>{path} 引用了本机数据库中没有的记录（{detail}），未导入任何记录；请让对方电脑导出完整交换包（导出时不选择设备）。</translation>
    </message>
    <message>
      <source>{path} was changed after it was exported (its checksum does not match). Nothing was imported; export a new package on the other machine.</source>
      <translation>{path} 在导出后被改动过（校验和不符），未导入任何记录；请在对方电脑上重新导出交换包。</translation>
    </message>
    <message>
      <source>{path} was exported by this machine. Nothing was imported; import it on the other machine.</source>
      <translation>{path} 是本机导出的，未导入任何记录；请在对方电脑上导入。</translation>
    </message>
    <message>
      <source>{path} was made by a newer Branch Desk (package format {format}, schema {schema}; this one reads format {known_format}, schema {known_schema}). Nothing was imported; update Branch Desk on this machine first.</source>
      <translation>{path} 由更新版本的党总支工作台生成（包格式 {format}，数据结构 {schema}；本机支持格式 {known_format}，数据结构 {known_schema}），未导入任何记录；请先升级本机的党总支工作台。</translation>
    </message>
    <message>
      <source>“{name}” matches several devices ({matches}). Name the device by its id.</source>
      <translation>“{name}”对应多台设备（{matches}），请用设备编号指定。</translation>
    </message>
  </context>
  <context>
    <name>sync</name>
    <message>
      <source>Assignment</source>
      <translation>工区分配</translation>
    </message>
    <message>
      <source>Branch</source>
      <translation>党支部</translation>
    </message>
    <message>
      <source>Concern</source>
      <translation>诉求</translation>
    </message>
    <message>
      <source>Concern history entry</source>
      <translation>诉求办理记录</translation>
    </message>
    <message>
      <source>General branch settings</source>
      <translation>党总支设置</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>党员</translation>
    </message>
    <message>
      <source>Person on a visit</source>
      <translation>走访人员</translation>
    </message>
    <message>
      <source>Responsibility</source>
      <translation>包保</translation>
    </message>
    <message>
      <source>Visit</source>
      <translation>走访</translation>
    </message>
    <message>
      <source>Work area</source>
      <translation>工区</translation>
    </message>
  </context>
</TS>
