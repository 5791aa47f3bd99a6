<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AreaDialog</name>
    <message>
      <source>Access tier</source>
      <translation>交通条件</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>启用</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>编码</translation>
    </message>
    <message>
      <source>Distance (km)</source>
      <translation>距离（公里）</translation>
    </message>
    <message>
      <source>Edit work area</source>
      <translation>编辑工区</translation>
    </message>
    <message>
      <source>In use (counted in coverage)</source>
      <translation>在用（计入走访覆盖）</translation>
    </message>
    <message>
      <source>Line / section</source>
      <translation>线别区段</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>位置</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>New work area</source>
      <translation>新建工区</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Travel time (minutes)</source>
      <translation>路程（分钟）</translation>
    </message>
    <message>
      <source>Visits per month</source>
      <translation>每月走访次数</translation>
    </message>
    <message>
      <source>Workers (all, not only members)</source>
      <translation>职工人数（全部，不只党员）</translation>
    </message>
    <message>
      <source>blank: the general branch's policy</source>
      <translation>留空：按党总支规定</translation>
    </message>
  </context>
  <context>
    <name>AreasPage</name>
    <message>
      <source>%1 workers</source>
      <translation>职工 %1 人</translation>
    </message>
    <message>
      <source>Access</source>
      <translation>交通</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>在用</translation>
    </message>
    <message>
      <source>Choose a work area to see who works there, its 包保 cadres, recent visits and open concerns.</source>
      <translation>选择一个工区，查看在此工作的人员、包保干部、近期走访和未办结诉求。</translation>
    </message>
    <message>
      <source>In use</source>
      <translation>启用</translation>
    </message>
    <message>
      <source>Inactive</source>
      <translation>停用</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>线别</translation>
    </message>
    <message>
      <source>Members working here</source>
      <translation>在此工作的党员</translation>
    </message>
    <message>
      <source>Never visited</source>
      <translation>从未走访</translation>
    </message>
    <message>
      <source>No cadre responsible</source>
      <translation>无包保干部</translation>
    </message>
    <message>
      <source>No one assigned</source>
      <translation>暂无分配人员</translation>
    </message>
    <message>
      <source>None open</source>
      <translation>无未办结诉求</translation>
    </message>
    <message>
      <source>Not in use</source>
      <translation>已停用</translation>
    </message>
    <message>
      <source>Open concerns</source>
      <translation>未办结诉求</translation>
    </message>
    <message>
      <source>Recent visits</source>
      <translation>近期走访</translation>
    </message>
    <message>
      <source>Responsible cadres (包保)</source>
      <translation>包保干部</translation>
    </message>
    <message>
      <source>Search name, code, line or pinyin (e.g. smz)</source>
      <translation>搜索名称、编码、线别或拼音（如 smz）</translation>
    </message>
    <message>
      <source>due %1</source>
      <translation>%1 到期</translation>
    </message>
    <message>
      <source>overdue since %1</source>
      <translation>已逾期（%1 到期）</translation>
    </message>
  </context>
  <context>
    <name>BranchEditor</name>
    <message>
      <source>%1 (secretary: %2)</source>
      <translation>%1（书记：%2）</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>添加…</translation>
    </message>
    <message>
      <source>Cannot do that</source>
      <translation>无法执行</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Edit branch</source>
      <translation>编辑支部</translation>
    </message>
    <message>
      <source>Move the branch “%1” to the trash?</source>
      <translation>将支部“%1”移入回收站？</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>New branch</source>
      <translation>新建支部</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>改名…</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <source>Secretary</source>
      <translation>书记</translation>
    </message>
    <message>
      <source>Trash</source>
      <translation>回收站</translation>
    </message>
  </context>
  <context>
    <name>EndPeriodDialog</name>
    <message>
      <source>End</source>
      <translation>结束</translation>
    </message>
    <message>
      <source>Ends on</source>
      <translation>结束日期</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;About Branch Desk</source>
      <translation>关于党总支工作台(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Backup now</source>
      <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Settings</source>
      <translation>设置(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>设置(&amp;S)…</translation>
    </message>
    <message>
      <source>About Branch Desk</source>
      <translation>关于党总支工作台</translation>
    </message>
    <message>
      <source>Backup</source>
      <translation>备份</translation>
    </message>
    <message>
      <source>Branch Desk %1</source>
      <translation>党总支工作台 %1</translation>
    </message>
    <message>
      <source>Chinese text uses the bundled font WenQuanYi Micro Hei (Apache License 2.0; licence in %1).</source>
      <translation>中文显示使用随附的文泉驿微米黑字体（Apache License 2.0 许可，许可文本见 %1）。</translation>
    </message>
    <message>
      <source>Data folder: %1</source>
      <translation>数据文件夹：%1</translation>
    </message>
    <message>
      <source>Making a backup…</source>
      <translation>正在备份…</translation>
    </message>
    <message>
      <source>The backup failed: %1</source>
      <translation>备份失败：%1</translation>
    </message>
    <message>
      <source>The database was copied to %1</source>
      <translation>数据库已备份到 %1</translation>
    </message>
    <message>
      <source>Visits, concerns and monthly reports for a workshop party general branch.</source>
      <translation>车间党总支的走访、诉求和月报工具。</translation>
    </message>
  </context>
  <context>
    <name>MemberDialog</name>
    <message>
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <source>Birth date</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <source>Branch</source>
      <translation>所在支部</translation>
    </message>
    <message>
      <source>Cadre</source>
      <translation>干部</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>党员类别</translation>
    </message>
    <message>
      <source>Edit member</source>
      <translation>编辑党员</translation>
    </message>
    <message>
      <source>Education</source>
      <translation>学历</translation>
    </message>
    <message>
      <source>Ethnicity</source>
      <translation>民族</translation>
    </message>
    <message>
      <source>Full member since</source>
      <translation>转正日期</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>性别</translation>
    </message>
    <message>
      <source>Job post</source>
      <translation>岗位</translation>
    </message>
    <message>
      <source>Joined the Party</source>
      <translation>入党日期</translation>
    </message>
    <message>
      <source>Makes visits (committee member, branch secretary)</source>
      <translation>参加走访（总支委员、支部书记）</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>New member</source>
      <translation>新建党员</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Party post</source>
      <translation>党内职务</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Status since</source>
      <translation>状态日期</translation>
    </message>
  </context>
  <context>
    <name>MembersPage</name>
    <message>
      <source>Branch</source>
      <translation>支部</translation>
    </message>
    <message>
      <source>Cadre</source>
      <translation>干部</translation>
    </message>
    <message>
      <source>Cadres</source>
      <translation>干部</translation>
    </message>
    <message>
      <source>Choose a member to see assignments, 包保 areas, visits made and concerns raised.</source>
      <translation>选择一名党员，查看工区分配、包保工区、走访记录和提出的诉求。</translation>
    </message>
    <message>
      <source>Concerns raised</source>
      <translation>提出的诉求</translation>
    </message>
    <message>
      <source>None</source>
      <translation>无</translation>
    </message>
    <message>
      <source>None yet</source>
      <translation>暂无</translation>
    </message>
    <message>
      <source>Not assigned to a work area</source>
      <translation>未分配工区</translation>
    </message>
    <message>
      <source>Not cadres</source>
      <translation>非干部</translation>
    </message>
    <message>
      <source>Responsible for (包保)</source>
      <translation>包保工区</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Visits made</source>
      <translation>走访记录</translation>
    </message>
    <message>
      <source>Visits made (%1)</source>
      <translation>走访记录（%1 次）</translation>
    </message>
    <message>
      <source>Work area</source>
      <translation>工区</translation>
    </message>
    <message>
      <source>Work areas (assignments)</source>
      <translation>工区分配</translation>
    </message>
  </context>
  <context>
    <name>PeriodDialog</name>
    <message>
      <source>Assign to a work area</source>
      <translation>分配到工区</translation>
    </message>
    <message>
      <source>Cadre</source>
      <translation>干部</translation>
    </message>
    <message>
      <source>From</source>
      <translation>开始日期</translation>
    </message>
    <message>
      <source>Leave empty while it lasts</source>
      <translation>仍在继续时留空</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>党员</translation>
    </message>
    <message>
      <source>Responsibility (包保) for a work area</source>
      <translation>包保工区</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>结束日期</translation>
    </message>
    <message>
      <source>Work area</source>
      <translation>工区</translation>
    </message>
  </context>
  <context>
    <name>PeriodSections</name>
    <message>
      <source>%1, %2 to %3</source>
      <translation>%1，%2 至 %3</translation>
    </message>
    <message>
      <source>%1, since %2</source>
      <translation>%1，自 %2 起</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>添加…</translation>
    </message>
    <message>
      <source>Assign…</source>
      <translation>分配…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Delete this assignment? Use End instead when the member moved on.</source>
      <translation>删除这条工区分配？人员调离时请用“结束”。</translation>
    </message>
    <message>
      <source>Delete this responsibility? Use End instead when it stopped.</source>
      <translation>删除这条包保记录？包保终止时请用“结束”。</translation>
    </message>
    <message>
      <source>End…</source>
      <translation>结束…</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>A new language is used from the next start of Branch Desk.</source>
      <translation>新的界面语言在下次启动党总支工作台时生效。</translation>
    </message>
    <message>
      <source>Branches</source>
      <translation>党支部</translation>
    </message>
    <message>
      <source>Concerns due within (days)</source>
      <translation>诉求办理时限（天）</translation>
    </message>
    <message>
      <source>Depot</source>
      <translation>所属段</translation>
    </message>
    <message>
      <source>General branch</source>
      <translation>党总支</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>界面语言</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Name of this computer</source>
      <translation>本机名称</translation>
    </message>
    <message>
      <source>One per line, e.g. Prepared by: ____</source>
      <translation>每行一项，如：填报人：____</translation>
    </message>
    <message>
      <source>Overdue after (days without a visit)</source>
      <translation>超过多少天未走访视为逾期</translation>
    </message>
    <message>
      <source>Policy</source>
      <translation>工作标准</translation>
    </message>
    <message>
      <source>Report signature lines</source>
      <translation>报表签字栏</translation>
    </message>
    <message>
      <source>Secretary</source>
      <translation>书记</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Shown to others when records are exchanged.</source>
      <translation>交换数据时向其他电脑显示。</translation>
    </message>
    <message>
      <source>The weights rank the suggested next visits: days since the last visit × the area's weight.</source>
      <translation>权重用于排列建议走访：距上次走访天数 × 工区权重。</translation>
    </message>
    <message>
      <source>This computer</source>
      <translation>本机</translation>
    </message>
    <message>
      <source>Visits per work area per month</source>
      <translation>每个工区每月走访次数</translation>
    </message>
    <message>
      <source>Weight of convenient areas</source>
      <translation>交通便利工区权重</translation>
    </message>
    <message>
      <source>Weight of ordinary areas</source>
      <translation>交通一般工区权重</translation>
    </message>
    <message>
      <source>Weight of remote areas</source>
      <translation>偏远艰苦工区权重</translation>
    </message>
  </context>
  <context>
    <name>columns</name>
    <message>
      <source>Active</source>
      <translation>在用</translation>
    </message>
    <message>
      <source>Born</source>
      <translation>出生日期</translation>
    </message>
    <message>
      <source>Branch</source>
      <translation>支部</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>编码</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>性别</translation>
    </message>
    <message>
      <source>Job post</source>
      <translation>岗位</translation>
    </message>
    <message>
      <source>Joined</source>
      <translation>入党日期</translation>
    </message>
    <message>
      <source>Line / section</source>
      <translation>线别区段</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>党员数</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Party post</source>
      <translation>党内职务</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Travel min</source>
      <translation>路程分钟</translation>
    </message>
    <message>
      <source>Workers</source>
      <translation>职工数</translation>
    </message>
    <message>
      <source>km</source>
      <translation>公里</translation>
    </message>
    <message>
      <source>包保 cadres</source>
      <translation>包保干部</translation>
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>年-月-日</translation>
    </message>
  </context>
</TS>
