<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AbsenteeList</name>
        <message>
            <source>Nobody assigned here owes a make-up.</source>
            <translation>在本工区的党员都没有欠补课。</translation>
        </message>
        <message>
            <source>{name} · {kind} {date}</source>
            <translation>{name} · {kind} {date}</translation>
        </message>
    </context>
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
            <source>Deactivated on</source>
            <translation>停用日期</translation>
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
            <source>In use since</source>
            <translation>启用日期</translation>
        </message>
        <message>
            <source>K1845+240, or K1845+240–K1852+100</source>
            <translation>K1845+240，或 K1845+240–K1852+100</translation>
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
            <source>Position on the line (chainage)</source>
            <translation>中心里程</translation>
        </message>
        <message>
            <source>The area stays in the coverage figures of the periods up to this day</source>
            <translation>停用日期及以前的统计期仍计入该工区的走访覆盖</translation>
        </message>
        <message>
            <source>The centre chainage, or the start and end, of the area: the line diagram shows the areas in this order</source>
            <translation>工区的中心里程，或起止里程：线路示意图按此顺序排列工区</translation>
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
            <source>blank: in use since before any record (counted in every past period)</source>
            <translation>空白：在有记录之前就已启用（计入以往每个时期）</translation>
        </message>
        <message>
            <source>blank: the general branch's policy</source>
            <translation>留空：按党总支规定</translation>
        </message>
    </context>
    <context>
        <name>AreasNeedingAttention</name>
        <message>
            <source>Access</source>
            <translation>通达</translation>
        </message>
        <message>
            <source>Days since {day}</source>
            <translation>截至{day}天数</translation>
        </message>
        <message>
            <source>Every work area met its target and none is overdue.</source>
            <translation>所有工区均已达标，没有超期未走访的工区。</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>最近走访</translation>
        </message>
        <message>
            <source>Open concerns</source>
            <translation>未结诉求</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>There are no work areas in this month's figures.</source>
            <translation>本月没有纳入统计的工区。</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>走访次数</translation>
        </message>
        <message>
            <source>Work area</source>
            <translation>工区</translation>
        </message>
        <message>
            <source>Work areas that need a visit</source>
            <translation>需要走访的工区</translation>
        </message>
        <message>
            <source>{shown} of {areas} work areas; every area's row is in the detail.</source>
            <translation>共 {areas} 个工区，此处列出 {shown} 个；全部工区见明细。</translation>
        </message>
    </context>
    <context>
        <name>AreasPage</name>
        <message>
            <source>Access</source>
            <translation>交通</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>Choose a work area to see who works there, its responsible cadres, recent visits and open concerns.</source>
            <translation>选择一个工区，查看在此工作的人员、包保干部、近期走访和未办结诉求。</translation>
        </message>
        <message>
            <source>Field &amp;packet…</source>
            <translation>走访准备单(&amp;P)…</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>In use since {day}</source>
            <translation>{day} 启用</translation>
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
            <source>No work areas yet. Click “New” to add the workshop's work areas; visits and coverage are counted per work area.</source>
            <translation>还没有工区。点击“新建”逐个添加本车间的工区；走访和覆盖情况都按工区统计。</translation>
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
            <source>Not in use since {day}</source>
            <translation>自 {day} 起停用</translation>
        </message>
        <message>
            <source>One A4 page to carry to this work area</source>
            <translation>打印一页A4，带到这个工区</translation>
        </message>
        <message>
            <source>Open concerns</source>
            <translation>未办结诉求</translation>
        </message>
        <message>
            <source>Open concerns ({count})</source>
            <translation>未办结诉求（{count}）</translation>
        </message>
        <message>
            <source>Open concerns ({count}, {overdue} overdue)</source>
            <translation>未办结诉求（{count}，其中超期 {overdue}）</translation>
        </message>
        <message>
            <source>Recent visits</source>
            <translation>近期走访</translation>
        </message>
        <message>
            <source>Responsible cadres</source>
            <translation>包保干部</translation>
        </message>
        <message>
            <source>Search name, code, line or pinyin (e.g. smz)</source>
            <translation>搜索名称、编码、线别或拼音（如 smz）</translation>
        </message>
        <message>
            <source>due {day}</source>
            <translation>{day} 到期</translation>
        </message>
        <message>
            <source>overdue since {day}</source>
            <translation>已逾期（{day} 到期）</translation>
        </message>
        <message>
            <source>{count} workers</source>
            <translation>职工 {count} 人</translation>
        </message>
    </context>
    <context>
        <name>AttendanceList</name>
        <message>
            <source>&amp;All present</source>
            <translation>全部出席(&amp;A)</translation>
        </message>
        <message>
            <source>(give a reason)</source>
            <translation>（请填原因）</translation>
        </message>
        <message>
            <source>Absent because</source>
            <translation>缺席原因</translation>
        </message>
        <message>
            <source>Expected {expected} · present {present} · absent {absent}</source>
            <translation>应到 {expected} 人 · 实到 {present} 人 · 缺席 {absent} 人</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>出席</translation>
        </message>
        <message>
            <source>Selected person:</source>
            <translation>选中人员：</translation>
        </message>
        <message>
            <source>Space: present or not · 1–6: absent (1 on duty elsewhere, 2 sick leave, 3 personal leave, 4 on shift, 5 other, 6 unexcused) · 0: present</source>
            <translation>空格：出席/缺席切换 · 1–6：缺席并选原因（1 公差 2 病假 3 事假 4 倒班 5 其他 6 无故）· 0：出席</translation>
        </message>
    </context>
    <context>
        <name>BackupSection</name>
        <message>
            <source>&amp;Back up now</source>
            <translation>立即备份(&amp;B)</translation>
        </message>
        <message>
            <source>A copy is made automatically once a day (the last 14 are kept) in {folder}. Restoring saves the current database there first.</source>
            <translation>每天自动备份一次（保留最近 14 份），保存在 {folder}。恢复前会先把当前数据库备份到该处。</translation>
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
            <source>Replace the records with those in {file}? The current database is saved first.</source>
            <translation>用 {file} 中的记录替换当前记录吗？替换前会先备份当前数据库。</translation>
        </message>
        <message>
            <source>Res&amp;tore from a file…</source>
            <translation>从文件恢复(&amp;T)…</translation>
        </message>
        <message>
            <source>Restore from a file</source>
            <translation>从文件恢复</translation>
        </message>
        <message>
            <source>Restored {file}. The previous database was saved as {copy}.</source>
            <translation>已恢复 {file}。原数据库已另存为 {copy}。</translation>
        </message>
        <message>
            <source>Saved a copy as {path}.</source>
            <translation>已备份为 {path}。</translation>
        </message>
    </context>
    <context>
        <name>BranchDialog</name>
        <message>
            <source>Edit branch</source>
            <translation>编辑支部</translation>
        </message>
        <message>
            <source>Members work shifts (the same people at every meeting is then a signal)</source>
            <translation>支部党员倒班工作（每次会议出席人员完全相同即为提示信号）</translation>
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
            <source>Secretary</source>
            <translation>书记</translation>
        </message>
        <message>
            <source>Shifts</source>
            <translation>倒班</translation>
        </message>
    </context>
    <context>
        <name>BranchEditor</name>
        <message>
            <source>&amp;Add…</source>
            <translation>添加(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Rename…</source>
            <translation>改名(&amp;R)…</translation>
        </message>
        <message>
            <source>A branch (party branch) is where each member belongs: its meetings, quotas and members are counted by branch. Add each branch of the general branch with Add…; name its secretary once the members are in.</source>
            <translation>党支部是每名党员所在的组织：组织生活、会议次数和党员都按支部统计。用“添加…”逐个添加本党总支下的各党支部；党员录入后再指定支部书记。</translation>
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
            <source>Move the branch “{branch}” to the trash?</source>
            <translation>将支部“{branch}”移入回收站？</translation>
        </message>
        <message>
            <source>No branches yet: press Add… to add the first.</source>
            <translation>还没有党支部：按“添加…”添加第一个。</translation>
        </message>
        <message>
            <source>Res&amp;tore</source>
            <translation>恢复(&amp;T)</translation>
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation>回收站是空的。</translation>
        </message>
        <message>
            <source>Tras&amp;h</source>
            <translation>回收站(&amp;H)</translation>
        </message>
        <message>
            <source>{branch} (secretary: {secretary})</source>
            <translation>{branch}（书记：{secretary}）</translation>
        </message>
    </context>
    <context>
        <name>CadreVisits</name>
        <message>
            <source>Areas visited</source>
            <translation>走访工区数</translation>
        </message>
        <message>
            <source>Cadre</source>
            <translation>干部</translation>
        </message>
        <message>
            <source>No cadre visits this month.</source>
            <translation>本月没有干部走访记录。</translation>
        </message>
        <message>
            <source>To other areas</source>
            <translation>其他工区</translation>
        </message>
        <message>
            <source>To own areas</source>
            <translation>本人包保工区</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>走访次数</translation>
        </message>
        <message>
            <source>Visits by cadre</source>
            <translation>干部走访情况</translation>
        </message>
    </context>
    <context>
        <name>CommitteeList</name>
        <message>
            <source>A committee meeting expects the members who hold a seat on its day. A branch committee's members come from the branch; the general committee's from any branch.</source>
            <translation>委员会会议（支委会、党总支委员会）的应到人员是会议当日在任的委员。支部委员从本支部党员中产生；党总支委员可来自任一支部。</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>委员会</translation>
        </message>
        <message>
            <source>End sea&amp;t…</source>
            <translation>卸任(&amp;T)…</translation>
        </message>
        <message>
            <source>General committee</source>
            <translation>党总支委员会</translation>
        </message>
        <message>
            <source>In &amp;office today</source>
            <translation>仅显示今日在任(&amp;O)</translation>
        </message>
        <message>
            <source>No committee seat recorded. Click “New” to give one.</source>
            <translation>尚未登记委员。点击“新建”登记。</translation>
        </message>
        <message>
            <source>Search name, initials or role</source>
            <translation>搜索姓名、拼音首字母或职务</translation>
        </message>
        <message>
            <source>The day the member leaves the committee</source>
            <translation>委员卸任的日期</translation>
        </message>
    </context>
    <context>
        <name>ConcernActionDialog</name>
        <message>
            <source>(not recorded)</source>
            <translation>（未记录）</translation>
        </message>
        <message>
            <source>Explanation: why it cannot be solved</source>
            <translation>解释：为何无法解决</translation>
        </message>
        <message>
            <source>New owner</source>
            <translation>新的责任人</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>备注（可不填）</translation>
        </message>
        <message>
            <source>Reason for reopening</source>
            <translation>重新打开的原因</translation>
        </message>
        <message>
            <source>Resolved on</source>
            <translation>解决日期</translation>
        </message>
        <message>
            <source>Response: what was done</source>
            <translation>办理结果：做了什么</translation>
        </message>
        <message>
            <source>What is being done (optional)</source>
            <translation>正在采取的措施（可不填）</translation>
        </message>
        <message>
            <source>Worker told on</source>
            <translation>告知职工日期</translation>
        </message>
        <message>
            <source>Worker told on (optional)</source>
            <translation>告知职工日期（可不填）</translation>
        </message>
        <message>
            <source>Worker's satisfaction</source>
            <translation>职工满意度</translation>
        </message>
    </context>
    <context>
        <name>ConcernActions</name>
        <message>
            <source>Explain</source>
            <translation>解释说明</translation>
        </message>
        <message>
            <source>Reassign</source>
            <translation>转交</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>重新打开</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>办结</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <source>Start handling</source>
            <translation>开始办理</translation>
        </message>
    </context>
    <context>
        <name>ConcernDetail</name>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Choose a concern to see its history and what can be done.</source>
            <translation>选择一条诉求，查看办理经过和可进行的操作。</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>办结期限</translation>
        </message>
        <message>
            <source>Ex&amp;plain…</source>
            <translation>解释说明(&amp;P)…</translation>
        </message>
        <message>
            <source>History</source>
            <translation>办理经过</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>提出</translation>
        </message>
        <message>
            <source>Reass&amp;ign…</source>
            <translation>转交(&amp;I)…</translation>
        </message>
        <message>
            <source>Reo&amp;pen…</source>
            <translation>重新打开(&amp;P)…</translation>
        </message>
        <message>
            <source>Resol&amp;ve…</source>
            <translation>办结(&amp;V)…</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>答复</translation>
        </message>
        <message>
            <source>Sat&amp;isfaction…</source>
            <translation>满意度(&amp;I)…</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <source>Start hand&amp;ling…</source>
            <translation>开始办理(&amp;L)…</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Work area</source>
            <translation>工区</translation>
        </message>
        <message>
            <source>Worker told on</source>
            <translation>告知职工日期</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>已超期</translation>
        </message>
    </context>
    <context>
        <name>ConcernDialog</name>
        <message>
            <source>(not a member)</source>
            <translation>（非党员）</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Concern</source>
            <translation>诉求内容</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>办结期限</translation>
        </message>
        <message>
            <source>Edit concern</source>
            <translation>修改诉求</translation>
        </message>
        <message>
            <source>Heard on visit</source>
            <translation>收集于走访</translation>
        </message>
        <message>
            <source>New concern</source>
            <translation>新建诉求</translation>
        </message>
        <message>
            <source>Owner (cadre)</source>
            <translation>责任人（干部）</translation>
        </message>
        <message>
            <source>Raised by (member)</source>
            <translation>提出人（党员）</translation>
        </message>
        <message>
            <source>Raised on</source>
            <translation>提出日期</translation>
        </message>
        <message>
            <source>Work area</source>
            <translation>工区</translation>
        </message>
        <message>
            <source>name of a worker who is not a member</source>
            <translation>非党员职工的姓名</translation>
        </message>
        <message>
            <source>or name</source>
            <translation>或填姓名</translation>
        </message>
        <message>
            <source>raised + {days} days</source>
            <translation>提出日期 + {days} 天</translation>
        </message>
    </context>
    <context>
        <name>ConcernLists</name>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Closed this month</source>
            <translation>本月办结</translation>
        </message>
        <message>
            <source>Concern</source>
            <translation>诉求内容</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>职工诉求</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>办结期限</translation>
        </message>
        <message>
            <source>No concern was overdue or closed this month.</source>
            <translation>本月没有超期或办结的诉求。</translation>
        </message>
        <message>
            <source>Overdue concerns</source>
            <translation>超期未结诉求</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>提出日期</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>答复</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Work area</source>
            <translation>工区</translation>
        </message>
        <message>
            <source>Worker told</source>
            <translation>告知职工日期</translation>
        </message>
    </context>
    <context>
        <name>ConcernsPage</name>
        <message>
            <source>&amp;Overdue only</source>
            <translation>只看超期(&amp;O)</translation>
        </message>
        <message>
            <source>Corrected</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>Explained</source>
            <translation>已解释</translation>
        </message>
        <message>
            <source>Handling started</source>
            <translation>开始办理</translation>
        </message>
        <message>
            <source>No open concern. Click “New” to log a worker's concern; resolved and explained ones are under Status “All”.</source>
            <translation>没有未办结的诉求。点击“新建”登记职工诉求；已解决、已解释的诉求请在“状态”中选择“全部”查看。</translation>
        </message>
        <message>
            <source>Not closed</source>
            <translation>未办结</translation>
        </message>
        <message>
            <source>Overdue since {day}</source>
            <translation>自 {day} 起超期</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>Reassigned</source>
            <translation>转交</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>登记</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>重新打开</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <source>Satisfaction recorded</source>
            <translation>记录满意度</translation>
        </message>
        <message>
            <source>Search text, area, names</source>
            <translation>搜索内容、工区、姓名</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Work area</source>
            <translation>工区</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>已超期</translation>
        </message>
    </context>
    <context>
        <name>ConcernsSummary</name>
        <message>
            <source>Concerns</source>
            <translation>职工诉求</translation>
        </message>
        <message>
            <source>Oldest overdue (days)</source>
            <translation>最长超期（天）</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>未结</translation>
        </message>
        <message>
            <source>Open on {day}, by work area and by owner, most overdue first; every concern is listed in the detail.</source>
            <translation>截至 {day} 未结的诉求，按工区和责任人汇总，超期多的在前；每件诉求见明细。</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>超期</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>Raised this month {raised}; resolved {resolved}; explained {explained}; still open {open}, of which overdue {overdue}.</source>
            <translation>本月新增 {raised} 件；已解决 {resolved} 件；已解释 {explained} 件；尚未办结 {open} 件，其中超期 {overdue} 件。</translation>
        </message>
        <message>
            <source>Work area</source>
            <translation>工区</translation>
        </message>
        <message>
            <source>{count} more</source>
            <translation>其余 {count} 个</translation>
        </message>
    </context>
    <context>
        <name>ConflictFields</name>
        <message>
            <source>Absence</source>
            <translation>缺席记录</translation>
        </message>
        <message>
            <source>Abstentions</source>
            <translation>弃权票</translation>
        </message>
        <message>
            <source>Access tier</source>
            <translation>交通条件</translation>
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
            <source>By</source>
            <translation>办理人</translation>
        </message>
        <message>
            <source>Cadre</source>
            <translation>干部</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>主持人</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>办结日期</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>Concern</source>
            <translation>诉求</translation>
        </message>
        <message>
            <source>Concerns due within (days)</source>
            <translation>诉求办理时限（天）</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Dates known to the month only</source>
            <translation>只知年月的日期</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>决议</translation>
        </message>
        <message>
            <source>Depot</source>
            <translation>所属段</translation>
        </message>
        <message>
            <source>Distance (km)</source>
            <translation>距离（公里）</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>办结期限</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>学历</translation>
        </message>
        <message>
            <source>Entered from</source>
            <translation>录入来源</translation>
        </message>
        <message>
            <source>Ethnicity</source>
            <translation>民族</translation>
        </message>
        <message>
            <source>From</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>From status</source>
            <translation>原状态</translation>
        </message>
        <message>
            <source>Full member since</source>
            <translation>转正日期</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>列席人员</translation>
        </message>
        <message>
            <source>Held on</source>
            <translation>会议日期</translation>
        </message>
        <message>
            <source>Hours on site</source>
            <translation>在现场时长（小时）</translation>
        </message>
        <message>
            <source>How</source>
            <translation>补课方式</translation>
        </message>
        <message>
            <source>In the trash</source>
            <translation>已在回收站</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>In use since</source>
            <translation>启用日期</translation>
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
            <source>Kind</source>
            <translation>走访类型</translation>
        </message>
        <message>
            <source>Lecture title</source>
            <translation>党课题目</translation>
        </message>
        <message>
            <source>Lecturer</source>
            <translation>授课人</translation>
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
            <source>Made up on</source>
            <translation>补课日期</translation>
        </message>
        <message>
            <source>Made up with</source>
            <translation>补课组织人</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <source>Meetings per period</source>
            <translation>每期次数</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>党员</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>会议记录</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Name in pinyin</source>
            <translation>姓名拼音</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Out of use since</source>
            <translation>停用日期</translation>
        </message>
        <message>
            <source>Overdue after (days without a visit)</source>
            <translation>超过多少天未走访视为逾期</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>参加干部</translation>
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
            <source>Pinyin initials</source>
            <translation>拼音首字母</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Planned for</source>
            <translation>计划日期</translation>
        </message>
        <message>
            <source>Planned visit</source>
            <translation>计划走访</translation>
        </message>
        <message>
            <source>Position on the line</source>
            <translation>中心里程</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>出席</translation>
        </message>
        <message>
            <source>Private</source>
            <translation>保密</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>走访目的</translation>
        </message>
        <message>
            <source>Quota period</source>
            <translation>计次周期</translation>
        </message>
        <message>
            <source>Raised by (member)</source>
            <translation>提出人（党员）</translation>
        </message>
        <message>
            <source>Raised by (name)</source>
            <translation>提出人（姓名）</translation>
        </message>
        <message>
            <source>Raised on</source>
            <translation>提出日期</translation>
        </message>
        <message>
            <source>Reason for absence</source>
            <translation>缺席原因</translation>
        </message>
        <message>
            <source>Reason for dropping</source>
            <translation>取消原因</translation>
        </message>
        <message>
            <source>Recorder</source>
            <translation>记录人</translation>
        </message>
        <message>
            <source>Report signature lines</source>
            <translation>报表签字栏</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>答复</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>身份</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>书记</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Status since</source>
            <translation>状态日期</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>办理环节</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>情况摘要</translation>
        </message>
        <message>
            <source>Talked to</source>
            <translation>谈话党员</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>To status</source>
            <translation>新状态</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>议题</translation>
        </message>
        <message>
            <source>Travel time (minutes)</source>
            <translation>路程（分钟）</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>走访</translation>
        </message>
        <message>
            <source>Visits per month</source>
            <translation>每月走访次数</translation>
        </message>
        <message>
            <source>Visits per work area per month</source>
            <translation>每个工区每月走访次数</translation>
        </message>
        <message>
            <source>Votes against</source>
            <translation>反对票</translation>
        </message>
        <message>
            <source>Votes for</source>
            <translation>赞成票</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>周次</translation>
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
        <message>
            <source>Work area</source>
            <translation>工区</translation>
        </message>
        <message>
            <source>Worker told on</source>
            <translation>告知职工日期</translation>
        </message>
        <message>
            <source>Workers (all, not only members)</source>
            <translation>职工人数（全部，不只党员）</translation>
        </message>
        <message>
            <source>Workers met</source>
            <translation>见到职工数</translation>
        </message>
        <message>
            <source>Works shifts</source>
            <translation>倒班作业</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
    </context>
    <context>
        <name>ConflictsSection</name>
        <message>
            <source>&amp;Keep the shown version</source>
            <translation>保留当前显示的版本(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Take the other version</source>
            <translation>采用另一版本(&amp;T)</translation>
        </message>
        <message>
            <source>A row changed on two machines before they exchanged. Until you choose, every machine shows the same version and keeps the other; your choice travels with the next exchange.</source>
            <translation>同一条记录在两台电脑上交换前都被修改了。在您作出选择前，各台电脑都显示同一个版本，另一个版本也会保留；您的选择会随下次交换同步到其他电脑。</translation>
        </message>
        <message>
            <source>A&amp;pply the choice per field</source>
            <translation>按逐项选择合并(&amp;P)</translation>
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
            <source>No conflicts: every row is the same on the machines that exchanged.</source>
            <translation>没有冲突：已交换的电脑上记录完全一致。</translation>
        </message>
        <message>
            <source>Other version ({device})</source>
            <translation>另一版本（{device}）</translation>
        </message>
        <message>
            <source>Shown now ({device})</source>
            <translation>当前显示（{device}）</translation>
        </message>
        <message>
            <source>Up and Down: a field · Space: switch the version kept of it · F4: its choices</source>
            <translation>上下键：选字段 · 空格：切换该字段保留的版本 · F4：展开选项</translation>
        </message>
        <message>
            <source>other</source>
            <translation>另一版本</translation>
        </message>
        <message>
            <source>shown</source>
            <translation>当前显示</translation>
        </message>
        <message>
            <source>{table} “{title}”: {count} fields differ.</source>
            <translation>{table}“{title}”：有 {count} 项不同。</translation>
        </message>
    </context>
    <context>
        <name>CoverageByArea</name>
        <message>
            <source>Access</source>
            <translation>通达</translation>
        </message>
        <message>
            <source>Coverage by work area</source>
            <translation>各工区走访覆盖</translation>
        </message>
        <message>
            <source>Days since {day}</source>
            <translation>截至{day}天数</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>最近走访</translation>
        </message>
        <message>
            <source>Open concerns</source>
            <translation>未结诉求</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>There are no work areas in this month's figures.</source>
            <translation>本月没有纳入统计的工区。</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>走访次数</translation>
        </message>
        <message>
            <source>Work area</source>
            <translation>工区</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>职工人数</translation>
        </message>
    </context>
    <context>
        <name>CoveragePage</name>
        <message>
            <source>At a glance</source>
            <translation>概览</translation>
        </message>
        <message>
            <source>Cadres</source>
            <translation>干部</translation>
        </message>
        <message>
            <source>Coverage of work areas</source>
            <translation>工区走访覆盖</translation>
        </message>
        <message>
            <source>Coverage rate</source>
            <translation>达标率</translation>
        </message>
        <message>
            <source>Double-click a work area, or press Enter on it, to see its visits; the Menu key sorts a table; Ctrl+PgDn / Ctrl+PgUp change the tab.</source>
            <translation>双击工区（或选中后按回车）可查看该工区的走访记录；菜单键可给表格排序；Ctrl+PgDn / Ctrl+PgUp 切换标签页。</translation>
        </message>
        <message>
            <source>Evenness (Gini)</source>
            <translation>均衡度（基尼系数）</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>近 12 个月</translation>
        </message>
        <message>
            <source>No visit for over {days} days ({never} never visited).</source>
            <translation>超过 {days} 天未走访（其中 {never} 个从未走访）。</translation>
        </message>
        <message>
            <source>Overdue work areas</source>
            <translation>超期未走访工区</translation>
        </message>
        <message>
            <source>Own areas: visits to a work area the cadre was responsible for on that day.</source>
            <translation>包保工区：走访当天该干部负责包保的工区。</translation>
        </message>
        <message>
            <source>Red: no visit. Amber: below target. Green: target met (deeper green: more visits). Grey: not yet in the figures. Hatched: no records yet that month.</source>
            <translation>红色：未走访；黄色：未达目标；绿色：达标（绿色越深走访越多）；灰色：当时尚未纳入统计；斜线：当月尚无记录。</translation>
        </message>
        <message>
            <source>Remoteness bias</source>
            <translation>偏远工区走访比</translation>
        </message>
        <message>
            <source>Score = days since the last visit × the access weight, + 10 for each open concern and 30 more for each overdue one.</source>
            <translation>得分 = 距上次走访天数 × 交通类别权重，每件未办结诉求加 10 分，超期诉求再加 30 分。</translation>
        </message>
        <message>
            <source>Suggested visits</source>
            <translation>建议走访</translation>
        </message>
        <message>
            <source>Visit plan</source>
            <translation>走访计划</translation>
        </message>
        <message>
            <source>Visits per 100 workers: {tiers}</source>
            <translation>每百名职工走访次数：{tiers}</translation>
        </message>
        <message>
            <source>Work areas</source>
            <translation>工区</translation>
        </message>
        <message>
            <source>{met} of {areas} work areas met their target.</source>
            <translation>{areas} 个工区中 {met} 个达到走访目标。</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>&amp;Print this month's report</source>
            <translation>打印本月月报(&amp;P)</translation>
        </message>
        <message>
            <source>Concerns due this week</source>
            <translation>本周到期的诉求</translation>
        </message>
        <message>
            <source>Coverage &amp;details</source>
            <translation>覆盖详情(&amp;D)</translation>
        </message>
        <message>
            <source>Coverage rate this month</source>
            <translation>本月达标率</translation>
        </message>
        <message>
            <source>Double-click a work area to see its visits, a concern to open it; hover a mark on the line to see the area, click it for its visits.</source>
            <translation>双击工区查看其走访记录，双击诉求打开诉求；鼠标停在线路图的标记上可看工区情况，单击查看其走访记录。</translation>
        </message>
        <message>
            <source>Due {day} · {area} · {owner}: {concern}</source>
            <translation>{day} 到期 · {area} · {owner}：{concern}</translation>
        </message>
        <message>
            <source>Every work area has had a visit this month.</source>
            <translation>本月每个工区都已走访。</translation>
        </message>
        <message>
            <source>Log a &amp;concern</source>
            <translation>登记诉求(&amp;C)</translation>
        </message>
        <message>
            <source>No concern is past its due date.</source>
            <translation>没有超期的诉求。</translation>
        </message>
        <message>
            <source>No open concern is due this week.</source>
            <translation>本周没有到期的未办结诉求。</translation>
        </message>
        <message>
            <source>No suggestion: every work area was visited recently.</source>
            <translation>暂无建议：各工区近期都已走访。</translation>
        </message>
        <message>
            <source>No visit for over {days} days, or never visited.</source>
            <translation>超过 {days} 天未走访或从未走访。</translation>
        </message>
        <message>
            <source>No work area is overdue.</source>
            <translation>没有超期未走访的工区。</translation>
        </message>
        <message>
            <source>No work areas yet: add them on the Work areas page.</source>
            <translation>还没有工区：请先在“工区”页面添加。</translation>
        </message>
        <message>
            <source>Not yet visited this month</source>
            <translation>本月尚未走访</translation>
        </message>
        <message>
            <source>Not yet visited this month (remote first)</source>
            <translation>本月尚未走访的工区（偏远优先）</translation>
        </message>
        <message>
            <source>Open concerns</source>
            <translation>未办结诉求</translation>
        </message>
        <message>
            <source>Overdue concerns</source>
            <translation>超期诉求</translation>
        </message>
        <message>
            <source>Overdue work areas</source>
            <translation>超期未走访工区</translation>
        </message>
        <message>
            <source>Overdue: no visit for too long</source>
            <translation>超期：长时间未走访</translation>
        </message>
        <message>
            <source>Record a &amp;visit</source>
            <translation>登记走访(&amp;V)</translation>
        </message>
        <message>
            <source>Suggested next visits</source>
            <translation>建议下一步走访</translation>
        </message>
        <message>
            <source>This month at a glance: {month}</source>
            <translation>本月概况：{month}</translation>
        </message>
        <message>
            <source>last visit {day} ({days} days ago)</source>
            <translation>最近走访 {day}（{days} 天前）</translation>
        </message>
        <message>
            <source>never visited</source>
            <translation>从未走访</translation>
        </message>
        <message>
            <source>of {areas} work areas have had no visit this month.</source>
            <translation>个工区本月尚未走访（共 {areas} 个工区）。</translation>
        </message>
        <message>
            <source>{area} (score {score}): {reasons}</source>
            <translation>{area}（{score} 分）：{reasons}</translation>
        </message>
        <message>
            <source>{area} ({tier}): {last_visit}</source>
            <translation>{area}（{tier}）：{last_visit}</translation>
        </message>
        <message>
            <source>{concern}
Owner: {owner}</source>
            <translation>{concern}
责任人：{owner}</translation>
        </message>
        <message>
            <source>{met} of {areas} work areas met their target; last month {last}.</source>
            <translation>{areas} 个工区中 {met} 个达标；上月达标率 {last}。</translation>
        </message>
        <message>
            <source>{met} of {areas} work areas met their target; no records for last month.</source>
            <translation>{areas} 个工区中 {met} 个达标；上月尚无记录。</translation>
        </message>
        <message>
            <source>{overdue} of them are past their due date.</source>
            <translation>其中 {overdue} 件已超过办理期限。</translation>
        </message>
    </context>
    <context>
        <name>DetailTitle</name>
        <message>
            <source>Every work area and every concern; days since the last visit are counted to {as_of}</source>
            <translation>全部工区和全部诉求；距最近走访天数计算至 {as_of}</translation>
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
        <name>ExchangeSection</name>
        <message>
            <source>&amp;Import package…</source>
            <translation>导入交换包(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Join with a key file…</source>
            <translation>用密钥文件加入(&amp;J)…</translation>
        </message>
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
            <source>E&amp;xport package…</source>
            <translation>导出交换包(&amp;X)…</translation>
        </message>
        <message>
            <source>Everything (a new or restored machine)</source>
            <translation>全部记录（新电脑或恢复过的电脑）</translation>
        </message>
        <message>
            <source>Exchange key</source>
            <translation>交换密钥</translation>
        </message>
        <message>
            <source>Exchange key files</source>
            <translation>交换密钥文件</translation>
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
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>For device:</source>
            <translation>发给设备：</translation>
        </message>
        <message>
            <source>From {source}: {new} new, {updated} updated, {conflicts} conflicts, {unchanged} already here.</source>
            <translation>来自 {source}：新增 {new} 条，更新 {updated} 条，冲突 {conflicts} 条，已有 {unchanged} 条。</translation>
        </message>
        <message>
            <source>History of exchanges</source>
            <translation>交换记录</translation>
        </message>
        <message>
            <source>Import it anyway? No record changes; the history notes the import as already merged.</source>
            <translation>仍要导入吗？不会更改任何记录；交换记录中会把这次导入记为“已合并过”。</translation>
        </message>
        <message>
            <source>Import it?</source>
            <translation>是否导入？</translation>
        </message>
        <message>
            <source>Import package</source>
            <translation>导入交换包</translation>
        </message>
        <message>
            <source>Importing twice changes nothing; rows edited on both machines become conflicts.</source>
            <translation>重复导入不会产生重复记录；两台电脑都修改过的记录会列为冲突。</translation>
        </message>
        <message>
            <source>Join with a key file</source>
            <translation>用密钥文件加入</translation>
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
            <source>Nothing new from {source}: everything in the package was already merged here.</source>
            <translation>来自 {source} 的交换包没有新内容：其中的记录此前都已合并到本机。</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>未导入任何内容。</translation>
        </message>
        <message>
            <source>Only what that device has not confirmed yet goes into the package. Choose “Everything” for a machine that is new or was restored.</source>
            <translation>交换包只包含该设备尚未确认收到的记录。新电脑或恢复过数据的电脑请选择“全部记录”。</translation>
        </message>
        <message>
            <source>Packages are locked with the general branch's exchange key. On the office computer save the key to a USB stick; on each laptop join with that file once, then delete it from the stick.</source>
            <translation>交换包用党总支的交换密钥加密。在办公室电脑上把密钥保存到U盘；在每台笔记本上用该文件加入一次，然后从U盘删除它。</translation>
        </message>
        <message>
            <source>Reading the package…</source>
            <translation>正在读取交换包…</translation>
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
            <source>Received, already merged</source>
            <translation>接收（已合并过）</translation>
        </message>
        <message>
            <source>Rows sent</source>
            <translation>发出条数</translation>
        </message>
        <message>
            <source>Sa&amp;ve exchange key…</source>
            <translation>保存交换密钥(&amp;V)…</translation>
        </message>
        <message>
            <source>Save exchange key</source>
            <translation>保存交换密钥</translation>
        </message>
        <message>
            <source>Saved the exchange key to {path}. On each laptop choose “Join with a key file…” and this file. Keep it like a key: whoever holds it can read packages.</source>
            <translation>交换密钥已保存到 {path}。在每台笔记本上选择“用密钥文件加入…”并选中此文件。请像保管钥匙一样保管它：持有它的人能读取交换包。</translation>
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
            <source>The package from {source} holds nothing new: everything in it is already merged here.</source>
            <translation>来自 {source} 的交换包没有新内容：其中的记录都已合并到本机。</translation>
        </message>
        <message>
            <source>The package from {source} will change this database:</source>
            <translation>来自 {source} 的交换包将对本数据库做如下更改：</translation>
        </message>
        <message>
            <source>This computer joined the exchange of {name}. Now import a package for everyone from the office computer.</source>
            <translation>本机已加入 {name} 的数据交换。接下来请导入办公室电脑导出的完整交换包。</translation>
        </message>
        <message>
            <source>This new database joined that general branch.</source>
            <translation>本机新数据库已加入该党总支。</translation>
        </message>
        <message>
            <source>This new database will join that general branch.</source>
            <translation>这个新数据库将加入该党总支。</translation>
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
            <source>Warning: it moves {count} records to the trash. Import only if those records were really deleted on the other machine.</source>
            <translation>警告：它会把 {count} 条记录移入回收站。只有这些记录确实已在另一台电脑上删除时才导入。</translation>
        </message>
        <message>
            <source>Work area “{name}” was made on two machines: the one made later, on {machine}, is now named “{new_name}” on both. Rename it, or move its records to “{name}” and delete it.</source>
            <translation>两台电脑都新建了工区“{name}”：后建的那个（在 {machine} 上建的）现在在两台电脑上都叫“{new_name}”。请给它改个名，或把它的记录移到“{name}”后删除它。</translation>
        </message>
        <message>
            <source>Work area “{name}” was made on two machines: the one made later, on {machine}, will be named “{new_name}” on both.</source>
            <translation>两台电脑都新建了工区“{name}”：后建的那个（在 {machine} 上建的）将在两台电脑上都改叫“{new_name}”。</translation>
        </message>
        <message>
            <source>Writing the package…</source>
            <translation>正在写入交换包…</translation>
        </message>
        <message>
            <source>Wrote {count} rows to {path}.</source>
            <translation>已将 {count} 条记录写入 {path}。</translation>
        </message>
        <message>
            <source>everyone</source>
            <translation>所有设备</translation>
        </message>
        <message>
            <source>{table}: {new} new, {updated} updated, {deleted} deleted, {conflicts} conflicts</source>
            <translation>{table}：新增 {new}，更新 {updated}，删除 {deleted}，冲突 {conflicts}</translation>
        </message>
        <message>
            <source>{text} {more}</source>
            <translation>{text}{more}</translation>
        </message>
    </context>
    <context>
        <name>FieldPacket</name>
        <message>
            <source>(private: not shown)</source>
            <translation>（谈话内容保密，不列出）</translation>
        </message>
        <message>
            <source>, made up {date}</source>
            <translation>，已于 {date} 补课</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>交通类别</translation>
        </message>
        <message>
            <source>Answer given (write here)</source>
            <translation>现场答复（手填）</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Concern</source>
            <translation>诉求</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Days open</source>
            <translation>已办天数</translation>
        </message>
        <message>
            <source>Distance</source>
            <translation>距离</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>办结期限</translation>
        </message>
        <message>
            <source>Field packet</source>
            <translation>走访准备单</translation>
        </message>
        <message>
            <source>Field packet: {area}</source>
            <translation>走访准备单：{area}</translation>
        </message>
        <message>
            <source>Follow-up of the concern: {text}</source>
            <translation>回访诉求：{text}</translation>
        </message>
        <message>
            <source>Headcount</source>
            <translation>职工人数</translation>
        </message>
        <message>
            <source>Hours on site</source>
            <translation>现场时长（小时）</translation>
        </message>
        <message>
            <source>Internal material: keep confidential</source>
            <translation>内部资料 注意保密</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>走访类型</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>最近组织联系</translation>
        </message>
        <message>
            <source>Last talked to</source>
            <translation>上次谈话</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>上次走访</translation>
        </message>
        <message>
            <source>Last visits</source>
            <translation>最近走访</translation>
        </message>
        <message>
            <source>Line, km</source>
            <translation>线别里程</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Make-up owed (meeting, date)</source>
            <translation>欠补课（会议、日期）</translation>
        </message>
        <message>
            <source>Make-up session for: {people}</source>
            <translation>补课对象：{people}</translation>
        </message>
        <message>
            <source>Members talked to</source>
            <translation>谈话党员</translation>
        </message>
        <message>
            <source>Members working here ({count})</source>
            <translation>在本工区的党员（{count}人）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Never visited</source>
            <translation>从未走访</translation>
        </message>
        <message>
            <source>New concerns (who, what)</source>
            <translation>新诉求（谁、什么事）</translation>
        </message>
        <message>
            <source>No member is assigned here.</source>
            <translation>本工区没有分配党员。</translation>
        </message>
        <message>
            <source>No open concern.</source>
            <translation>没有未办结的诉求。</translation>
        </message>
        <message>
            <source>No visit recorded.</source>
            <translation>没有走访记录。</translation>
        </message>
        <message>
            <source>No work area to print.</source>
            <translation>没有可打印的工区。</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>备注：{note}</translation>
        </message>
        <message>
            <source>Open concerns raised here ({count})</source>
            <translation>本工区未办结诉求（{count}件）</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>参加人</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>打印日期</translation>
        </message>
        <message>
            <source>Purpose of this visit</source>
            <translation>本次走访目的</translation>
        </message>
        <message>
            <source>Purpose: ________________   Cadre: ____________   Date: ____________</source>
            <translation>目的：________________   走访人：____________   日期：____________</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>提出日期</translation>
        </message>
        <message>
            <source>Raised by</source>
            <translation>提出人</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>情况摘要</translation>
        </message>
        <message>
            <source>To fill in on site (then type it in, in this order)</source>
            <translation>现场填写（回来后按此顺序录入）</translation>
        </message>
        <message>
            <source>Travel time</source>
            <translation>路程用时</translation>
        </message>
        <message>
            <source>Who went</source>
            <translation>走访人</translation>
        </message>
        <message>
            <source>Workers met</source>
            <translation>见到职工数</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从未</translation>
        </message>
        <message>
            <source>{count} owed, the latest: </source>
            <translation>共欠 {count} 次，最近：</translation>
        </message>
        <message>
            <source>{date} ({days} days ago)</source>
            <translation>{date}（{days}天前）</translation>
        </message>
        <message>
            <source>{footer}   Page {page} of {pages}</source>
            <translation>{footer}   第 {page} 页 / 共 {pages} 页</translation>
        </message>
        <message>
            <source>{kind} {date}</source>
            <translation>{kind} {date}</translation>
        </message>
        <message>
            <source>{km} km</source>
            <translation>{km} 公里</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} 分钟</translation>
        </message>
        <message>
            <source>{name} ({meeting})</source>
            <translation>{name}（{meeting}）</translation>
        </message>
        <message>
            <source>{purpose} · {cadre} · on {date}</source>
            <translation>{purpose} · {cadre} · {date}</translation>
        </message>
        <message>
            <source>{purpose} · {cadre} · week {week} ({start} to {end})</source>
            <translation>{purpose} · {cadre} · 第{week}周（{start} 至 {end}）</translation>
        </message>
    </context>
    <context>
        <name>FirstStepsPanel</name>
        <message>
            <source>&amp;1 General branch…</source>
            <translation>党总支设置(&amp;1)…</translation>
        </message>
        <message>
            <source>&amp;2 Branches…</source>
            <translation>党支部(&amp;2)…</translation>
        </message>
        <message>
            <source>&amp;3 Add a work area…</source>
            <translation>添加工区(&amp;3)…</translation>
        </message>
        <message>
            <source>&amp;4 Add a member…</source>
            <translation>添加党员(&amp;4)…</translation>
        </message>
        <message>
            <source>&amp;5 Record a visit…</source>
            <translation>登记走访(&amp;5)…</translation>
        </message>
        <message>
            <source>&amp;6 Log a concern…</source>
            <translation>登记诉求(&amp;6)…</translation>
        </message>
        <message>
            <source>And each concern a worker raises, with an owner, until it is resolved or explained.</source>
            <translation>以及职工提出的每项诉求：指定责任人，一直跟到已解决或已解释。</translation>
        </message>
        <message>
            <source>Each work area with its in-use date and access tier: mark the remote ones Remote.</source>
            <translation>逐个添加工区，填写启用日期和交通条件：偏远的工区选“偏远艰苦”。</translation>
        </message>
        <message>
            <source>Getting started: the first steps, in this order</source>
            <translation>开始使用：请按以下顺序完成</translation>
        </message>
        <message>
            <source>Import a roster &amp;workbook…</source>
            <translation>导入党员花名册(&amp;W)…</translation>
        </message>
        <message>
            <source>Settings → Branches: each party branch, which members and meetings belong to.</source>
            <translation>设置 → 党支部：添加各党支部，党员和组织生活都归属到支部。</translation>
        </message>
        <message>
            <source>Settings: the general branch's name and the monthly report's signature lines.</source>
            <translation>设置：党总支名称和月报的签字栏。</translation>
        </message>
        <message>
            <source>Then each visit to a work area: who went, whom they talked to.</source>
            <translation>之后登记每次下工区走访：谁去的，和谁谈了话。</translation>
        </message>
        <message>
            <source>Type the members in, or import the roster workbook you keep (also File → Import from Excel…).</source>
            <translation>逐个录入党员，或导入现有的党员花名册（也可用 文件 → 从 Excel 导入…）。</translation>
        </message>
        <message>
            <source>done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>to do</source>
            <translation>待完成</translation>
        </message>
    </context>
    <context>
        <name>FrontPage</name>
        <message>
            <source> and {count} more</source>
            <translation>等，另有 {count} 个</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>A remote area received {ratio} of the visits a convenient one did (1.00 = even).</source>
            <translation>偏远艰苦工区平均走访次数是便利工区的 {ratio} 倍（1.00 为均衡）。</translation>
        </message>
        <message>
            <source>Cadre-visits</source>
            <translation>干部走访人次</translation>
        </message>
        <message>
            <source>Concerns raised</source>
            <translation>新增诉求</translation>
        </message>
        <message>
            <source>Every remote work area was visited.</source>
            <translation>偏远艰苦工区均已走访。</translation>
        </message>
        <message>
            <source>Hours on site</source>
            <translation>现场时长（小时）</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>主要指标</translation>
        </message>
        <message>
            <source>Median days to close</source>
            <translation>办结天数中位数</translation>
        </message>
        <message>
            <source>Met their target</source>
            <translation>达标工区</translation>
        </message>
        <message>
            <source>Monthly work summary, {month}</source>
            <translation>{month}工作月报</translation>
        </message>
        <message>
            <source>No concern is open.</source>
            <translation>没有未结诉求。</translation>
        </message>
        <message>
            <source>No visits or concerns were recorded this month.</source>
            <translation>本月没有走访和诉求记录。</translation>
        </message>
        <message>
            <source>Not visited</source>
            <translation>未走访工区</translation>
        </message>
        <message>
            <source>Open / overdue</source>
            <translation>未结 / 超期</translation>
        </message>
        <message>
            <source>Remote ÷ convenient</source>
            <translation>偏远工区走访比</translation>
        </message>
        <message>
            <source>Resolved / explained</source>
            <translation>已解决 / 已解释</translation>
        </message>
        <message>
            <source>There are no work areas in this month's figures.</source>
            <translation>本月没有纳入统计的工区。</translation>
        </message>
        <message>
            <source>This month {met} of {areas} work areas met their visit target.</source>
            <translation>本月 {areas} 个工区中 {met} 个达标。</translation>
        </message>
        <message>
            <source>Unevenness (Gini)</source>
            <translation>不均衡度（基尼系数）</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>走访次数</translation>
        </message>
        <message>
            <source>Work areas</source>
            <translation>工区数</translation>
        </message>
        <message>
            <source>{count} other work areas had no visit either.</source>
            <translation>另有 {count} 个工区本月也未走访。</translation>
        </message>
        <message>
            <source>{count} remote work areas had no visit: {names}.</source>
            <translation>{count} 个偏远艰苦工区未走访：{names}。</translation>
        </message>
        <message>
            <source>{depot} · printed {printed} · days since the last visit are counted to {as_of} · figures are a management aid, not a score for rating people</source>
            <translation>{depot} · 打印于 {printed} · 距最近走访天数计算至 {as_of} · 以下数据用于改进工作，不作为对个人的考核评分</translation>
        </message>
        <message>
            <source>{name} (never visited)</source>
            <translation>{name}（从未走访）</translation>
        </message>
        <message>
            <source>{name} ({days} days)</source>
            <translation>{name}（已 {days} 天）</translation>
        </message>
        <message>
            <source>{open} concerns are open; none is overdue.</source>
            <translation>未结诉求 {open} 件，没有超期。</translation>
        </message>
        <message>
            <source>{overdue} of {open} open concerns are overdue, the oldest by {days} days; most at {area} ({area_count}) and with {owner} ({owner_count}).</source>
            <translation>未结诉求 {open} 件，其中 {overdue} 件超期，最久超期 {days} 天；集中在{area}（{area_count} 件），责任人{owner}（{owner_count} 件）最多。</translation>
        </message>
    </context>
    <context>
        <name>HeatmapModel</name>
        <message>
            <source>{area} ({tier}): target {target} a month</source>
            <translation>{area}（{tier}）：每月目标 {target} 次</translation>
        </message>
        <message>
            <source>{area}, {month}: not yet in the figures</source>
            <translation>{area}，{month}：当时尚未纳入统计</translation>
        </message>
        <message>
            <source>{area}, {month}: {visits} visits (target {target})</source>
            <translation>{area}，{month}：走访 {visits} 次（目标 {target} 次）</translation>
        </message>
        <message>
            <source>{month}: no records (they begin in {first})</source>
            <translation>{month}：尚无记录（记录始于 {first}）</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>&amp;Choose file…</source>
            <translation>选择文件(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <source>Fix the marked cells in the workbook and choose it again; nothing is imported while there are problems.</source>
            <translation>请在表格中改正标红的单元格后重新选择文件；存在问题时不会导入任何数据。</translation>
        </message>
        <message>
            <source>Import from Excel</source>
            <translation>从 Excel 导入</translation>
        </message>
        <message>
            <source>Imported: {new} new, {updated} updated, {skipped} skipped.</source>
            <translation>导入完成：新增 {new} 条，更新 {updated} 条，跳过 {skipped} 条。</translation>
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
        <message>
            <source>Workbooks (*.xlsx *.xls *.xlsb *.ods *.csv)</source>
            <translation>表格文件 (*.xlsx *.xls *.xlsb *.ods *.csv)</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>New</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>New branches: {names}</source>
            <translation>将新建支部：{names}</translation>
        </message>
        <message>
            <source>New work areas (access tier ordinary; check them): {names}</source>
            <translation>将新建工区（交通条件按“一般”，请事后核对）：{names}</translation>
        </message>
        <message>
            <source>New: {new}, update: {update}, unchanged: {unchanged}, skip: {skip}, with problems: {problems}</source>
            <translation>新增 {new} 条，更新 {update} 条，无变化 {unchanged} 条，跳过 {skip} 条，有问题 {problems} 条</translation>
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
            <source>Sheets not recognised: {names}</source>
            <translation>未能识别的工作表：{names}</translation>
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
        <name>LineDiagramView</name>
        <message>
            <source>last visit {day}, {days} days ago</source>
            <translation>最近走访 {day}，已 {days} 天</translation>
        </message>
        <message>
            <source>never visited</source>
            <translation>从未走访</translation>
        </message>
        <message>
            <source>{name} ({tier}){where}
{last}
{visits} visits in the period; click to see its visits</source>
            <translation>{name}（{tier}）{where}
{last}
本期走访 {visits} 次；单击查看其走访记录</translation>
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
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>转到(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Import from Excel…</source>
            <translation>从 Excel 导入(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>记录(&amp;R)</translation>
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
            <source>Branch Desk</source>
            <translation>党总支工作台</translation>
        </message>
        <message>
            <source>Branch Desk {version}</source>
            <translation>党总支工作台 {version}</translation>
        </message>
        <message>
            <source>Checking the database…</source>
            <translation>正在检查数据库…</translation>
        </message>
        <message>
            <source>Chinese text uses the bundled font WenQuanYi Micro Hei (Apache License 2.0; licence in {licence}).</source>
            <translation>中文显示使用随附的文泉驿微米黑字体（Apache License 2.0 许可，许可文本见 {licence}）。</translation>
        </message>
        <message>
            <source>Data folder: {folder}</source>
            <translation>数据文件夹：{folder}</translation>
        </message>
        <message>
            <source>Data: {folder}</source>
            <translation>数据：{folder}</translation>
        </message>
        <message>
            <source>Device: {device}</source>
            <translation>设备：{device}</translation>
        </message>
        <message>
            <source>Making a backup…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <source>New &amp;visit…</source>
            <translation>记录走访(&amp;V)…</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>正在打开数据库…</translation>
        </message>
        <message>
            <source>The database was copied to {path}</source>
            <translation>数据库已备份到 {path}</translation>
        </message>
        <message>
            <source>Today's automatic backup was not made: {error}</source>
            <translation>今天的自动备份未能完成：{error}</translation>
        </message>
        <message>
            <source>Visits, concerns and monthly reports for a workshop party general branch.</source>
            <translation>车间党总支的走访、诉求和月报工具。</translation>
        </message>
    </context>
    <context>
        <name>MakeUpDialog</name>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Group make-up</source>
            <translation>集中补课</translation>
        </message>
        <message>
            <source>How</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Make-up for {name}</source>
            <translation>为{name}登记补课</translation>
        </message>
        <message>
            <source>One-to-one make-up</source>
            <translation>个别补课</translation>
        </message>
        <message>
            <source>Self-study with notes</source>
            <translation>自学并交心得</translation>
        </message>
        <message>
            <source>Talk with the secretary</source>
            <translation>书记谈话补课</translation>
        </message>
        <message>
            <source>With</source>
            <translation>补课人</translation>
        </message>
    </context>
    <context>
        <name>MeetingDetail</name>
        <message>
            <source>Attendance</source>
            <translation>出席情况</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>主持人</translation>
        </message>
        <message>
            <source>Choose a meeting to see its attendance and signals.</source>
            <translation>选择一次会议，查看出席情况和提示。</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>决议</translation>
        </message>
        <message>
            <source>Lecture</source>
            <translation>党课</translation>
        </message>
        <message>
            <source>Make-up</source>
            <translation>补课</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>会议记录</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Record &amp;make-up…</source>
            <translation>登记补课(&amp;M)…</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>议题</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>表决</translation>
        </message>
        <message>
            <source>absent: {reason}</source>
            <translation>缺席：{reason}</translation>
        </message>
        <message>
            <source>for {yes}, against {no}, abstaining {abstain}</source>
            <translation>赞成 {yes}，反对 {no}，弃权 {abstain}</translation>
        </message>
        <message>
            <source>present</source>
            <translation>出席</translation>
        </message>
        <message>
            <source>recorded by {name}</source>
            <translation>记录人 {name}</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <source>Abstentions</source>
            <translation>弃权</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>出席情况</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>主持人</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>决议</translation>
        </message>
        <message>
            <source>Edit meeting</source>
            <translation>修改会议记录</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>列席人员</translation>
        </message>
        <message>
            <source>Held by</source>
            <translation>召开单位</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>会议类型</translation>
        </message>
        <message>
            <source>Lecture title</source>
            <translation>党课题目</translation>
        </message>
        <message>
            <source>Lecturer</source>
            <translation>授课人</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>会议记录</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>登记会议</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Recorder</source>
            <translation>记录人</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <source>The general branch itself</source>
            <translation>党总支</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>议题</translation>
        </message>
        <message>
            <source>Votes against</source>
            <translation>反对票</translation>
        </message>
        <message>
            <source>Votes for</source>
            <translation>赞成票</translation>
        </message>
        <message>
            <source>{unit} does not hold a “{old}”: the kind is now “{new}”.</source>
            <translation>{unit}不召开“{old}”，会议类型已改为“{new}”。</translation>
        </message>
    </context>
    <context>
        <name>MeetingHistory</name>
        <message>
            <source>Last organisational contact: none recorded</source>
            <translation>最近一次组织生活：无记录</translation>
        </message>
        <message>
            <source>Last organisational contact: {date} (a month ago)</source>
            <translation>最近一次组织生活：{date}（1个月前）</translation>
        </message>
        <message>
            <source>Last organisational contact: {date} (within the last month)</source>
            <translation>最近一次组织生活：{date}（近一个月内）</translation>
        </message>
        <message>
            <source>Last organisational contact: {date} ({months} months ago)</source>
            <translation>最近一次组织生活：{date}（{months}个月前）</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>缺席</translation>
        </message>
        <message>
            <source>present</source>
            <translation>出席</translation>
        </message>
    </context>
    <context>
        <name>MeetingList</name>
        <message>
            <source>Branch</source>
            <translation>支部</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>会议类型</translation>
        </message>
        <message>
            <source>Meetings with a paper-only signal</source>
            <translation>有“只在纸上”提示的会议</translation>
        </message>
        <message>
            <source>No meeting recorded in this period. Click “New” to record one.</source>
            <translation>这一时期没有会议记录。点“新建”登记一次会议。</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>时期</translation>
        </message>
        <message>
            <source>Search topics, minutes, place, chair</source>
            <translation>搜索议题、记录、地点、主持人</translation>
        </message>
        <message>
            <source>To check onl&amp;y</source>
            <translation>只看需核实的(&amp;Y)</translation>
        </message>
    </context>
    <context>
        <name>MeetingsGlance</name>
        <message>
            <source>Every member on the roll had contact in the last 3 months.</source>
            <translation>在册党员近3个月都参加过组织生活。</translation>
        </message>
        <message>
            <source>Every quota due this month is met.</source>
            <translation>本月到期的会议频次都已完成。</translation>
        </message>
        <message>
            <source>Meetings to check this quarter</source>
            <translation>本季度需核实的会议</translation>
        </message>
        <message>
            <source>No meeting this quarter has a signal.</source>
            <translation>本季度没有需要核实的会议。</translation>
        </message>
        <message>
            <source>No organisational contact for 3 months or more</source>
            <translation>3个月以上未参加组织生活</translation>
        </message>
        <message>
            <source>Organisation life</source>
            <translation>组织生活</translation>
        </message>
        <message>
            <source>Quotas due this month, not yet met</source>
            <translation>本月到期、尚未完成的会议频次</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>无记录</translation>
        </message>
        <message>
            <source>{branch}: {kind} (held {held} of {required})</source>
            <translation>{branch}：{kind}（应开{required}次，已开{held}次）</translation>
        </message>
        <message>
            <source>{date} {branch} {kind}: {reason}</source>
            <translation>{date} {branch} {kind}：{reason}</translation>
        </message>
        <message>
            <source>{name} ({branch}): last contact {date}</source>
            <translation>{name}（{branch}）：最近一次 {date}</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPage</name>
        <message>
            <source>Committees</source>
            <translation>委员会成员</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>会议</translation>
        </message>
        <message>
            <source>Quotas</source>
            <translation>频次完成情况</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>本季度</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>今年</translation>
        </message>
    </context>
    <context>
        <name>MeetingsSection</name>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>支部</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>General branch committee: {held} held this month ({required} required).</source>
            <translation>党总支委员会：本月召开 {held} 次（应开 {required} 次）。</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>会议类型</translation>
        </message>
        <message>
            <source>Meetings to check</source>
            <translation>需要核实的会议</translation>
        </message>
        <message>
            <source>Members on the roll with no organisational contact on record: {count}.</source>
            <translation>没有任何组织生活记录的在册党员：{count} 人。</translation>
        </message>
        <message>
            <source>Members on the roll without organisational contact for six months or more: {count}.</source>
            <translation>六个月以上未参加组织生活的在册党员：{count} 人。</translation>
        </message>
        <message>
            <source>No meeting this month has a signal.</source>
            <translation>本月没有需要核实的会议。</translation>
        </message>
        <message>
            <source>No member on the roll has gone six months without organisational contact.</source>
            <translation>没有在册党员六个月以上未参加组织生活。</translation>
        </message>
        <message>
            <source>Organisation life</source>
            <translation>组织生活（三会一课）</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>实到</translation>
        </message>
        <message>
            <source>Quotas per branch: held / required in each quota's own period (month, quarter or year) to this month's end; a monthly quota shows the quarter to date after the dot.</source>
            <translation>各支部会议频次：按各自规定周期（月、季度或年）统计到本月末的“已开/应开”；按月规定的会议，圆点后为本季度至今。</translation>
        </message>
        <message>
            <source>Signals are reasons to look again, not verdicts; whether a member has left is the branch's decision.</source>
            <translation>提示只是需要再看一看的理由，不是结论；党员组织关系如何认定由支部决定。</translation>
        </message>
        <message>
            <source>Why it is worth a look</source>
            <translation>需要核实的原因</translation>
        </message>
        <message>
            <source>{count} meetings held this month; {flagged} with a signal to check.</source>
            <translation>本月共召开会议 {count} 次，其中 {flagged} 次有需要核实的提示。</translation>
        </message>
        <message>
            <source>{name} ({branch})</source>
            <translation>{name}（{branch}）</translation>
        </message>
        <message>
            <source>{name} ({branch}, last contact {date})</source>
            <translation>{name}（{branch}，最近一次 {date}）</translation>
        </message>
        <message>
            <source>… and {count} more: see the Organisation life page.</source>
            <translation>……另有 {count} 次，见“组织生活”页面。</translation>
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
        <message>
            <source>YYYY-MM-DD, or YYYY-MM if only the month is known</source>
            <translation>年-月-日；只知道月份时写 年-月</translation>
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
            <source>Choose a member to see assignments, areas of responsibility, visits made and concerns raised.</source>
            <translation>选择一名党员，查看工区分配、包保工区、走访记录和提出的诉求。</translation>
        </message>
        <message>
            <source>Concerns raised</source>
            <translation>提出的诉求</translation>
        </message>
        <message>
            <source>No members yet. Click “New” to add one, or “Import from Excel…” to bring in a list.</source>
            <translation>还没有党员。点击“新建”逐个添加，或点击“从 Excel 导入…”导入名单。</translation>
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
            <source>Organisation life</source>
            <translation>组织生活</translation>
        </message>
        <message>
            <source>Responsible for</source>
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
            <source>Visits made ({count})</source>
            <translation>走访记录（{count} 次）</translation>
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
        <name>MonthlyReport</name>
        <message>
            <source> (overdue)</source>
            <translation>（超期）</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 页 / 共 {pages} 页</translation>
        </message>
        <message>
            <source>{name} monthly summary, {month}</source>
            <translation>{name} {month}工作月报</translation>
        </message>
        <message>
            <source>{name} monthly summary, {month}: detail</source>
            <translation>{name} {month}工作月报明细</translation>
        </message>
        <message>
            <source>{year}-{month}</source>
            <translation>{year}年{month}月</translation>
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
            <source>Responsibility for a work area</source>
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
            <source>&amp;Move in…</source>
            <translation>调入(&amp;M)…</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>删除(&amp;L)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Delete this assignment? Use Move out instead when the member moved on.</source>
            <translation>删除这条工区分配？人员调离时请用“调出”。</translation>
        </message>
        <message>
            <source>Delete this responsibility? Use Step down instead when it stopped.</source>
            <translation>删除这条包保记录？包保终止时请用“结束包保”。</translation>
        </message>
        <message>
            <source>Move &amp;out…</source>
            <translation>调出(&amp;O)…</translation>
        </message>
        <message>
            <source>Remo&amp;ve</source>
            <translation>删除(&amp;V)</translation>
        </message>
        <message>
            <source>Step do&amp;wn…</source>
            <translation>结束包保(&amp;W)…</translation>
        </message>
        <message>
            <source>Ta&amp;ke on…</source>
            <translation>包保(&amp;K)…</translation>
        </message>
        <message>
            <source>{name}, since {start}</source>
            <translation>{name}，自 {start} 起</translation>
        </message>
        <message>
            <source>{name}, {start} to {end}</source>
            <translation>{name}，{start} 至 {end}</translation>
        </message>
    </context>
    <context>
        <name>PeriodSelector</name>
        <message>
            <source>Custom range</source>
            <translation>自定义范围</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月</translation>
        </message>
        <message>
            <source>Next period</source>
            <translation>下一期</translation>
        </message>
        <message>
            <source>Previous period</source>
            <translation>上一期</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>季度</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} 至 {end}</translation>
        </message>
    </context>
    <context>
        <name>PlanEntryDialog</name>
        <message>
            <source>A day of the month; it decides the week.</source>
            <translation>本月中的某一天；填了日期，周次随之确定。</translation>
        </message>
        <message>
            <source>Cadre</source>
            <translation>干部</translation>
        </message>
        <message>
            <source>Change a planned visit ({month})</source>
            <translation>修改计划走访（{month}）</translation>
        </message>
        <message>
            <source>Day (optional)</source>
            <translation>日期（可不填）</translation>
        </message>
        <message>
            <source>Make-up for</source>
            <translation>补课对象</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Plan a visit in {month}</source>
            <translation>安排 {month} 的走访</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>目的</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>周次</translation>
        </message>
        <message>
            <source>Work area</source>
            <translation>工区</translation>
        </message>
    </context>
    <context>
        <name>PlanPanel</name>
        <message>
            <source> (own area)</source>
            <translation>（本人包保）</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>添加(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>修改(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>A done make-up session: each absentee it was for made the meeting up on the visit's day.</source>
            <translation>补课走访已完成：为补课对象登记补课，日期为那次走访的日期。</translation>
        </message>
        <message>
            <source>All entries</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>An entry is done when its cadre visits its work area in the month; late once its week is over without one. Double-click an entry to record its visit.</source>
            <translation>干部在当月走访了计划中的工区，该条即为完成；计划周已过仍未走访即为逾期。双击一条可登记这次走访。</translation>
        </message>
        <message>
            <source>At a planned make-up session</source>
            <translation>按走访计划补课</translation>
        </message>
        <message>
            <source>Ca&amp;lendar (.ics)…</source>
            <translation>导出日历(&amp;L)…</translation>
        </message>
        <message>
            <source>Cadre</source>
            <translation>干部</translation>
        </message>
        <message>
            <source>Dr&amp;op…</source>
            <translation>取消(&amp;O)…</translation>
        </message>
        <message>
            <source>Drop a planned visit</source>
            <translation>取消计划走访</translation>
        </message>
        <message>
            <source>F&amp;ill from the suggestions</source>
            <translation>按走访建议生成(&amp;I)</translation>
        </message>
        <message>
            <source>Field &amp;packet…</source>
            <translation>走访准备单(&amp;P)…</translation>
        </message>
        <message>
            <source>Plan against actual</source>
            <translation>计划执行</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>目的</translation>
        </message>
        <message>
            <source>Record its &amp;visit…</source>
            <translation>登记走访(&amp;V)…</translation>
        </message>
        <message>
            <source>Record that {names} made up the meetings missed, on {date} with {cadre}?</source>
            <translation>登记{names}已于 {date} 由{cadre}补课？</translation>
        </message>
        <message>
            <source>Record the ma&amp;ke-ups…</source>
            <translation>登记补课(&amp;K)…</translation>
        </message>
        <message>
            <source>Rei&amp;nstate</source>
            <translation>恢复(&amp;N)</translation>
        </message>
        <message>
            <source>Replace the {count} entries of {month} with a new draft? They go to the trash.</source>
            <translation>用新草案替换 {month} 的 {count} 条计划吗？原计划移入回收站。</translation>
        </message>
        <message>
            <source>Save the field packet</source>
            <translation>保存走访准备单</translation>
        </message>
        <message>
            <source>Save the plan as a calendar</source>
            <translation>将计划保存为日历</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>The cadre's &amp;month of packets…</source>
            <translation>该干部本月准备单(&amp;M)…</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>走访日期</translation>
        </message>
        <message>
            <source>Visit plan</source>
            <translation>走访计划</translation>
        </message>
        <message>
            <source>Visit plan {month}: {planned} planned, {done} done, {open} open, {late} late, {dropped} dropped.</source>
            <translation>{month} 走访计划：计划 {planned} 次，已完成 {done}，待走访 {open}，逾期 {late}，取消 {dropped}。</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>周次</translation>
        </message>
        <message>
            <source>Why is it dropped?</source>
            <translation>取消原因：</translation>
        </message>
        <message>
            <source>Work area</source>
            <translation>工区</translation>
        </message>
        <message>
            <source>{purpose}: {names}</source>
            <translation>{purpose}：{names}</translation>
        </message>
    </context>
    <context>
        <name>PlanSection</name>
        <message>
            <source>: dropped ({reason})</source>
            <translation>：已取消（{reason}）</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>交通类别</translation>
        </message>
        <message>
            <source>Cadre</source>
            <translation>干部</translation>
        </message>
        <message>
            <source>No visit plan was made for this month.</source>
            <translation>本月没有制定走访计划。</translation>
        </message>
        <message>
            <source>Planned but not made:</source>
            <translation>计划了但未走访：</translation>
        </message>
        <message>
            <source>Visit plan against actual</source>
            <translation>走访计划执行情况</translation>
        </message>
        <message>
            <source>and {count} more</source>
            <translation>另有 {count} 条</translation>
        </message>
        <message>
            <source>{area} ({tier}), {cadre}, week {week}</source>
            <translation>{area}（{tier}），{cadre}，第{week}周</translation>
        </message>
        <message>
            <source>{planned} visits were planned: {done} done, {late} not made in their week, {open} still to come, {dropped} dropped.</source>
            <translation>本月计划走访 {planned} 次：完成 {done} 次，逾期未走访 {late} 次，尚未到期 {open} 次，取消 {dropped} 次。</translation>
        </message>
    </context>
    <context>
        <name>PlanWeekBox</name>
        <message>
            <source>Double-click to record this visit</source>
            <translation>双击登记这次走访</translation>
        </message>
        <message>
            <source>Late (week {week}) · {cadre} → {area} ({tier}) · {purpose}</source>
            <translation>逾期（第{week}周）· {cadre} → {area}（{tier}）· {purpose}</translation>
        </message>
        <message>
            <source>No planned visit is due or late this week.</source>
            <translation>本周没有到期或逾期的计划走访。</translation>
        </message>
        <message>
            <source>This week's planned visits</source>
            <translation>本周计划走访</translation>
        </message>
        <message>
            <source>Week {week} · {cadre} → {area} ({tier}) · {purpose}</source>
            <translation>第{week}周 · {cadre} → {area}（{tier}）· {purpose}</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>驱动器</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>查找范围(&amp;L)：</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>文件类型(&amp;T)：</translation>
        </message>
    </context>
    <context>
        <name>QuotaGrid</name>
        <message>
            <source>Each cell: meetings held that month. Green: quota met · red: not met · amber: its period is still running · grey: to come.</source>
            <translation>每格为当月召开次数。绿色：已按规定完成 · 红色：未完成 · 黄色：本周期尚未结束 · 灰色：尚未到来。</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>会议类型</translation>
        </message>
        <message>
            <source>These figures are a management aid for seeing which meetings are due, not a score for rating people.</source>
            <translation>以上数字用于提示哪些会议该开的工作参考，不用于给个人打分或考核。</translation>
        </message>
    </context>
    <context>
        <name>QuotaGridModel</name>
        <message>
            <source>quota met</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>quota not met</source>
            <translation>未完成</translation>
        </message>
        <message>
            <source>quota not met yet</source>
            <translation>尚未完成</translation>
        </message>
        <message>
            <source>to come</source>
            <translation>尚未到来</translation>
        </message>
        <message>
            <source>{branch}, {month}: {held} held ({state})</source>
            <translation>{branch}，{month}：召开 {held} 次（{state}）</translation>
        </message>
    </context>
    <context>
        <name>RecentMonths</name>
        <message>
            <source>Recent months</source>
            <translation>近期各月走访情况</translation>
        </message>
        <message>
            <source>Visits per work area, last {n} months (remote areas last; red = none, yellow = below target, green = met)</source>
            <translation>近 {n} 个月各工区走访次数（偏远工区在后；红色 = 未走访，黄色 = 不足，绿色 = 达标）</translation>
        </message>
        <message>
            <source>Work area</source>
            <translation>工区</translation>
        </message>
        <message>
            <source>— = no records yet that month (they begin in {month}).</source>
            <translation>“—”表示当月尚无记录（记录始于 {month}）。</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>放弃填写</translation>
        </message>
        <message>
            <source>Discard what you have typed here?</source>
            <translation>放弃这里已填写的内容吗？</translation>
        </message>
        <message>
            <source>Nothing here is named “{name}”: choose one from the list.</source>
            <translation>没有名为“{name}”的选项：请从列表中选择。</translation>
        </message>
    </context>
    <context>
        <name>RecordPage</name>
        <message>
            <source>&amp;Columns</source>
            <translation>列(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Import from Excel…</source>
            <translation>从 Excel 导入(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>1 record</source>
            <translation>共 1 条</translation>
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
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>E&amp;xport to Excel…</source>
            <translation>导出到 Excel(&amp;X)…</translation>
        </message>
        <message>
            <source>Every table, in one workbook</source>
            <translation>所有表格导出到同一个工作簿</translation>
        </message>
        <message>
            <source>Move “{record}” to the trash? You can restore it from the trash.</source>
            <translation>将“{record}”移入回收站？之后可从回收站恢复。</translation>
        </message>
        <message>
            <source>Nothing here yet. Click “New” to add the first record.</source>
            <translation>还没有记录。点击“新建”添加第一条。</translation>
        </message>
        <message>
            <source>Nothing matches the search and filters.</source>
            <translation>没有符合搜索和筛选条件的记录。</translation>
        </message>
        <message>
            <source>Res&amp;tore</source>
            <translation>恢复(&amp;T)</translation>
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
            <source>The trash is empty.</source>
            <translation>回收站是空的。</translation>
        </message>
        <message>
            <source>Tr&amp;ash</source>
            <translation>回收站(&amp;A)</translation>
        </message>
        <message>
            <source>{count} records</source>
            <translation>共 {count} 条</translation>
        </message>
        <message>
            <source>“{record}” moved to the trash.</source>
            <translation>“{record}”已移入回收站。</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>&amp;Month</source>
            <translation>月份(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>Full &amp;lists</source>
            <translation>完整清单(&amp;L)</translation>
        </message>
        <message>
            <source>Monthly report</source>
            <translation>月报</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Preparing the report…</source>
            <translation>正在生成月报…</translation>
        </message>
        <message>
            <source>R&amp;efresh</source>
            <translation>刷新(&amp;E)</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>另存为 PDF(&amp;D)…</translation>
        </message>
        <message>
            <source>Save the monthly report</source>
            <translation>保存月报</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>已保存到 {path}</translation>
        </message>
        <message>
            <source>The detail instead of the summary: every work area's row and every concern (as “report --detail”)</source>
            <translation>以明细代替摘要：每个工区一行、每件诉求都列出（与命令行的明细报告相同）</translation>
        </message>
        <message>
            <source>The printer cannot be used.</source>
            <translation>无法使用该打印机。</translation>
        </message>
        <message>
            <source>The report could not be made.</source>
            <translation>月报生成失败。</translation>
        </message>
        <message>
            <source>{count} pages</source>
            <translation>共 {count} 页</translation>
        </message>
        <message>
            <source>{count} pages sent to the printer</source>
            <translation>已发送 {count} 页到打印机</translation>
        </message>
    </context>
    <context>
        <name>SeatDialog</name>
        <message>
            <source>Blank while the seat is held</source>
            <translation>在任期间留空</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>委员会</translation>
        </message>
        <message>
            <source>Deputy secretary</source>
            <translation>副书记</translation>
        </message>
        <message>
            <source>Discipline member</source>
            <translation>纪检委员</translation>
        </message>
        <message>
            <source>Edit committee seat</source>
            <translation>修改委员任职</translation>
        </message>
        <message>
            <source>End the seat</source>
            <translation>委员卸任</translation>
        </message>
        <message>
            <source>From</source>
            <translation>任职日期</translation>
        </message>
        <message>
            <source>General committee</source>
            <translation>党总支委员会</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>党员</translation>
        </message>
        <message>
            <source>Member of the committee</source>
            <translation>委员</translation>
        </message>
        <message>
            <source>New committee seat</source>
            <translation>新增委员</translation>
        </message>
        <message>
            <source>Organisation member</source>
            <translation>组织委员</translation>
        </message>
        <message>
            <source>Publicity member</source>
            <translation>宣传委员</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>书记</translation>
        </message>
        <message>
            <source>To</source>
            <translation>卸任日期</translation>
        </message>
        <message>
            <source>Youth member</source>
            <translation>青年委员</translation>
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
            <source>How often each kind of meeting is to be held (defaults from the branch work regulations; local rules may differ). 0: not required.</source>
            <translation>各类会议的召开频次（默认按《中国共产党支部工作条例（试行）》，可按本地要求调整）。0 表示不作要求。</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>组织生活</translation>
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
            <source>Saved {path}.</source>
            <translation>已保存 {path}。</translation>
        </message>
        <message>
            <source>Saved {path}. Its visit summaries include private talks: keep it in the office.</source>
            <translation>已保存 {path}。其中的走访摘要含谈心谈话等保密内容，请妥善保管，勿外传。</translation>
        </message>
    </context>
    <context>
        <name>Signature</name>
        <message>
            <source>Date: ____________</source>
            <translation>日期：____________</translation>
        </message>
        <message>
            <source>Secretary (signature): ____________</source>
            <translation>党总支书记（签字）：____________</translation>
        </message>
    </context>
    <context>
        <name>SortMenu</name>
        <message>
            <source>Sort by</source>
            <translation>排序依据</translation>
        </message>
    </context>
    <context>
        <name>SpreadsheetPanel</name>
        <message>
            <source>&amp;Import from Excel…</source>
            <translation>从 Excel 导入(&amp;I)…</translation>
        </message>
        <message>
            <source>Blank &amp;template…</source>
            <translation>空白模板(&amp;T)…</translation>
        </message>
        <message>
            <source>E&amp;xport to Excel…</source>
            <translation>导出到 Excel(&amp;X)…</translation>
        </message>
        <message>
            <source>Excel spreadsheets</source>
            <translation>Excel 表格</translation>
        </message>
        <message>
            <source>Import the member roster, work areas, visits and concerns you keep in Excel or WPS (.xlsx, .xls, .ods or .csv). You see every row and its problems before anything is written. Export writes every table to one workbook; the template has the expected headers.</source>
            <translation>导入用 Excel 或 WPS 保存的党员花名册、工区、走访记录和诉求台账（.xlsx、.xls、.ods 或 .csv）。写入之前会逐行列出每条记录及其问题。导出会把全部数据写入一个工作簿；模板中带有需要的表头。</translation>
        </message>
    </context>
    <context>
        <name>TabKeys</name>
        <message>
            <source>Ctrl+PgDn / Ctrl+PgUp: the next / previous tab</source>
            <translation>Ctrl+PgDn / Ctrl+PgUp：下一个 / 上一个标签页</translation>
        </message>
    </context>
    <context>
        <name>TierBarsView</name>
        <message>
            <source>{tier}: {visits} visits against a target of {target}; {met} of {areas} areas met it</source>
            <translation>{tier}：走访 {visits} 次，目标 {target} 次；{areas} 个工区中 {met} 个达标</translation>
        </message>
    </context>
    <context>
        <name>TrendView</name>
        <message>
            <source>{month}: no records yet</source>
            <translation>{month}：尚无记录</translation>
        </message>
        <message>
            <source>{month}: {title} {value}</source>
            <translation>{month}：{title} {value}</translation>
        </message>
    </context>
    <context>
        <name>VisitDialog</name>
        <message>
            <source>Alt+Left / Alt+Right (or Up / Down) step a day</source>
            <translation>Alt+←/→（或 ↑/↓）按天调整日期</translation>
        </message>
        <message>
            <source>Cadre: name or initials, then Enter</source>
            <translation>干部：输入姓名或拼音首字母，回车添加</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Edit visit</source>
            <translation>修改走访记录</translation>
        </message>
        <message>
            <source>Hours on site</source>
            <translation>在现场时长（小时）</translation>
        </message>
        <message>
            <source>Keep the summary private (hidden in lists and reports)</source>
            <translation>内容保密（列表和报表中不显示）</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>走访类型</translation>
        </message>
        <message>
            <source>Members talked to</source>
            <translation>谈话党员</translation>
        </message>
        <message>
            <source>Name or initials, then Enter</source>
            <translation>输入姓名或拼音首字母，回车添加</translation>
        </message>
        <message>
            <source>Name or pinyin initials</source>
            <translation>名称或拼音首字母</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>参加干部</translation>
        </message>
        <message>
            <source>Private</source>
            <translation>保密</translation>
        </message>
        <message>
            <source>Record a visit</source>
            <translation>记录走访</translation>
        </message>
        <message>
            <source>Save and add a &amp;concern…</source>
            <translation>保存并登记诉求(&amp;C)…</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>情况摘要</translation>
        </message>
        <message>
            <source>Work area</source>
            <translation>工区</translation>
        </message>
        <message>
            <source>Workers met</source>
            <translation>见到职工数</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>年-月-日</translation>
        </message>
    </context>
    <context>
        <name>VisitsPage</name>
        <message>
            <source>(private)</source>
            <translation>（保密）</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>交通条件</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Cadre</source>
            <translation>干部</translation>
        </message>
        <message>
            <source>Choose a visit to see its detail.</source>
            <translation>选择一条走访记录查看详情。</translation>
        </message>
        <message>
            <source>Concerns heard on this visit</source>
            <translation>本次走访听取的诉求</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Hours on site</source>
            <translation>在现场时长（小时）</translation>
        </message>
        <message>
            <source>In the trash</source>
            <translation>已在回收站</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Members talked to</source>
            <translation>谈话党员</translation>
        </message>
        <message>
            <source>No visits recorded yet. After each visit to a work area, click “Record a visit” (Ctrl+N).</source>
            <translation>还没有走访记录。每次到工区走访后，点击“记录走访”（Ctrl+N）登记。</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Not a date: the filter is ignored</source>
            <translation>不是有效日期，此筛选条件不起作用</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>参加干部</translation>
        </message>
        <message>
            <source>Record a &amp;visit</source>
            <translation>记录走访(&amp;V)</translation>
        </message>
        <message>
            <source>Search area, summary or cadre (pinyin initials)</source>
            <translation>搜索工区、摘要或干部（支持拼音首字母）</translation>
        </message>
        <message>
            <source>Show &amp;private content</source>
            <translation>显示保密内容(&amp;P)</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>情况摘要</translation>
        </message>
        <message>
            <source>The summary of this visit is private.</source>
            <translation>本次走访的内容为保密内容。</translation>
        </message>
        <message>
            <source>Work area</source>
            <translation>工区</translation>
        </message>
        <message>
            <source>Workers met</source>
            <translation>见到职工数</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>年-月-日</translation>
        </message>
        <message>
            <source>from</source>
            <translation>从</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Branch Desk</source>
            <translation>党总支工作台</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>--lang takes zh_CN or en.</source>
            <translation>--lang 只能是 zh_CN 或 en。</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>选项 %(option)s 有歧义，可能是 %(matches)s</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>参数 %(argument_name)s：%(message)s</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>至少需要一个值</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>最多只能有一个值</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>需要一个值</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>多余的值 %r</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>无效的值：%(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>无效的选择：%(value)r（可选 %(choices)s）</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>不能与参数 %s 同时使用</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>必须给出参数 %s 之一</translation>
        </message>
        <message>
            <source>options</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>位置参数</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>显示本帮助并退出</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>缺少必需的参数：%s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>无法识别的参数：%s</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>用法：</translation>
        </message>
        <message>
            <source>{message} (see: {prog} --help)</source>
            <translation>{message}（用法见：{prog} --help）</translation>
        </message>
    </context>
    <context>
        <name>choices</name>
        <message>
            <source>Basically satisfied</source>
            <translation>基本满意</translation>
        </message>
        <message>
            <source>Branch committee meeting</source>
            <translation>支部委员会</translation>
        </message>
        <message>
            <source>Branch general meeting</source>
            <translation>支部党员大会</translation>
        </message>
        <message>
            <source>Care visit</source>
            <translation>走访慰问</translation>
        </message>
        <message>
            <source>Concern follow-up</source>
            <translation>诉求回访</translation>
        </message>
        <message>
            <source>Convenient</source>
            <translation>便利</translation>
        </message>
        <message>
            <source>Deceased</source>
            <translation>去世</translation>
        </message>
        <message>
            <source>Democratic appraisal of members</source>
            <translation>民主评议党员</translation>
        </message>
        <message>
            <source>Explained</source>
            <translation>已解释</translation>
        </message>
        <message>
            <source>Family hardship</source>
            <translation>家庭困难</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>女</translation>
        </message>
        <message>
            <source>Full member</source>
            <translation>正式党员</translation>
        </message>
        <message>
            <source>General branch committee meeting</source>
            <translation>党总支委员会</translation>
        </message>
        <message>
            <source>Heart-to-heart talk</source>
            <translation>谈心谈话</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>办理中</translation>
        </message>
        <message>
            <source>Living support</source>
            <translation>生活保障</translation>
        </message>
        <message>
            <source>Lost contact</source>
            <translation>失联</translation>
        </message>
        <message>
            <source>Make-up session</source>
            <translation>补课</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>男</translation>
        </message>
        <message>
            <source>Morale</source>
            <translation>思想情绪</translation>
        </message>
        <message>
            <source>On duty elsewhere</source>
            <translation>公差</translation>
        </message>
        <message>
            <source>On roll</source>
            <translation>在册</translation>
        </message>
        <message>
            <source>On shift</source>
            <translation>倒班</translation>
        </message>
        <message>
            <source>Ordinary</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>Organisation life meeting</source>
            <translation>组织生活会</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Party class</source>
            <translation>党课</translation>
        </message>
        <message>
            <source>Party group meeting</source>
            <translation>党小组会</translation>
        </message>
        <message>
            <source>Party lecture</source>
            <translation>党课宣讲</translation>
        </message>
        <message>
            <source>Pay and benefits</source>
            <translation>薪酬福利</translation>
        </message>
        <message>
            <source>Personal leave</source>
            <translation>事假</translation>
        </message>
        <message>
            <source>Probationary member</source>
            <translation>预备党员</translation>
        </message>
        <message>
            <source>Remote</source>
            <translation>偏远艰苦</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>退休</translation>
        </message>
        <message>
            <source>Routine visit</source>
            <translation>例行走访</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>安全</translation>
        </message>
        <message>
            <source>Safety inspection</source>
            <translation>安全检查</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>满意</translation>
        </message>
        <message>
            <source>Shift work-along</source>
            <translation>跟班作业</translation>
        </message>
        <message>
            <source>Sick leave</source>
            <translation>病假</translation>
        </message>
        <message>
            <source>Survey meeting</source>
            <translation>调研座谈</translation>
        </message>
        <message>
            <source>Theme party day</source>
            <translation>主题党日</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>待办</translation>
        </message>
        <message>
            <source>Transferred out</source>
            <translation>转出</translation>
        </message>
        <message>
            <source>Unexcused</source>
            <translation>无故</translation>
        </message>
        <message>
            <source>Unsatisfied</source>
            <translation>不满意</translation>
        </message>
        <message>
            <source>Working conditions</source>
            <translation>工作条件</translation>
        </message>
        <message>
            <source>a month</source>
            <translation>每月</translation>
        </message>
        <message>
            <source>a quarter</source>
            <translation>每季度</translation>
        </message>
        <message>
            <source>a year</source>
            <translation>每年</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>    {field}: here ({local_by}) “{local}” | incoming ({other_by}) “{other}”</source>
            <translation>    {field}：本机（{local_by}）“{local}” | 传入（{other_by}）“{other}”</translation>
        </message>
        <message>
            <source>  median days to close {median}  closed within policy {share}</source>
            <translation>  办结天数中位数 {median}  按期办结率 {share}</translation>
        </message>
        <message>
            <source>  raised {raised}  resolved {resolved}  explained {explained}  open {open}  overdue {overdue}</source>
            <translation>  提出 {raised}  已解决 {resolved}  已解释 {explained}  未办结 {open}  超期 {overdue}</translation>
        </message>
        <message>
            <source>  {table}: {count}</source>
            <translation>  {table}：{count}</translation>
        </message>
        <message>
            <source>  {table}: {figures}</source>
            <translation>  {table}：{figures}</translation>
        </message>
        <message>
            <source>({count} concerns)</source>
            <translation>（共 {count} 条诉求）</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>1 row</source>
            <translation>1 行</translation>
        </message>
        <message>
            <source>Branch Desk: visits, concerns and monthly reports for a workshop party general branch. Run without a command to open the window.</source>
            <translation>党总支工作台：车间党总支的走访、诉求与月度报告。不带命令运行时打开窗口。</translation>
        </message>
        <message>
            <source>Concerns {month} (as of {as_of})</source>
            <translation>诉求 {month}（截至 {as_of}）</translation>
        </message>
        <message>
            <source>Figures for the month (raised, resolved, explained, open, overdue, median days to close) and its concerns: raised in it, closed in it or still open in it.</source>
            <translation>当月诉求统计（提出、已解决、已解释、未办结、超期、办结天数中位数），以及当月提出、当月办结或当月仍未办结的诉求。</translation>
        </message>
        <message>
            <source>The field packet to carry to a work area: one A4 page per area. --area for one area, or --month and --cadre for a page per area in that cadre's plan.</source>
            <translation>带到工区的走访准备单：每个工区一页 A4。--area 指定一个工区；或用 --month 和 --cadre，为该干部当月计划中的每个工区各出一页。</translation>
        </message>
        <message>
            <source>The visit plan of a month with the state of each entry (done, open, late, dropped), and plan against actual per cadre and access tier.</source>
            <translation>某月的走访计划及每项的状态（已完成、待走访、逾期、已取消），以及按干部和交通条件统计的计划与实际对比。</translation>
        </message>
        <message>
            <source>WIDTHxHEIGHT (default 1280x800)</source>
            <translation>宽x高（默认 1280x800）</translation>
        </message>
        <message>
            <source>a month (default: this month)</source>
            <translation>某月（默认：本月）</translation>
        </message>
        <message>
            <source>a quarter, e.g. 2024-Q2</source>
            <translation>某季度，如 2024-Q2</translation>
        </message>
        <message>
            <source>a year</source>
            <translation>某年</translation>
        </message>
        <message>
            <source>area</source>
            <translation>工区</translation>
        </message>
        <message>
            <source>built in {seconds} s in {path}</source>
            <translation>用时 {seconds} 秒，数据在 {path}</translation>
        </message>
        <message>
            <source>check the database: integrity, schema version, row counts</source>
            <translation>检查数据库：完整性、结构版本、各表记录数</translation>
        </message>
        <message>
            <source>concern figures for a month and the concerns on the books</source>
            <translation>某月的诉求统计和在办诉求</translation>
        </message>
        <message>
            <source>conflicts</source>
            <translation>冲突</translation>
        </message>
        <message>
            <source>copy the database into the backups folder (or --out FILE)</source>
            <translation>把数据库复制到备份文件夹（或 --out 指定的文件）</translation>
        </message>
        <message>
            <source>create demo data in the data folder</source>
            <translation>在数据文件夹中生成演示数据</translation>
        </message>
        <message>
            <source>data folder to use (default: the platform's user data folder, e.g. ~/.local/share/BranchDesk)</source>
            <translation>使用的数据文件夹（默认：系统的用户数据文件夹，如 ~/.local/share/BranchDesk）</translation>
        </message>
        <message>
            <source>database: {path}</source>
            <translation>数据库：{path}</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>description</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>device: none yet (this folder has not been written to)</source>
            <translation>设备：尚无（此数据文件夹还未写入过）</translation>
        </message>
        <message>
            <source>device: {name} ({id})</source>
            <translation>设备：{name}（{id}）</translation>
        </message>
        <message>
            <source>due</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>exchange records with another machine through a package file</source>
            <translation>通过交换包文件与另一台电脑交换数据</translation>
        </message>
        <message>
            <source>export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>first day of a range</source>
            <translation>日期范围的第一天</translation>
        </message>
        <message>
            <source>import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>import members, work areas, visits and concerns from a workbook (.xlsx, .xls, .ods, .csv; shows a preview first)</source>
            <translation>从工作簿（.xlsx、.xls、.ods、.csv）导入党员、工区、走访和诉求（先显示预览）</translation>
        </message>
        <message>
            <source>import without asking when the preview finds no problems</source>
            <translation>预览没有发现问题时直接导入，不再询问</translation>
        </message>
        <message>
            <source>import, already merged</source>
            <translation>导入（已合并过）</translation>
        </message>
        <message>
            <source>imported {path} from {device}: {new} new, {updated} updated, {deleted} deleted, {conflicts} in conflict, {here} already here</source>
            <translation>已导入 {path}（来自 {device}）：新增 {new}，更新 {updated}，删除 {deleted}，冲突 {conflicts}，已有 {here}</translation>
        </message>
        <message>
            <source>install the exchange key from a key file on this machine</source>
            <translation>在本机安装密钥文件中的交换密钥</translation>
        </message>
        <message>
            <source>integrity: {result}</source>
            <translation>完整性：{result}</translation>
        </message>
        <message>
            <source>journal mode: {mode}; foreign keys: {foreign}</source>
            <translation>日志模式：{mode}；外键约束：{foreign}</translation>
        </message>
        <message>
            <source>keep the file like a key: whoever holds it can read and make packages</source>
            <translation>请像保管钥匙一样保管此文件：持有它的人可以读取和制作交换包</translation>
        </message>
        <message>
            <source>kept</source>
            <translation>保留</translation>
        </message>
        <message>
            <source>language of the window, messages and report (default: zh_CN); accepted anywhere on the line</source>
            <translation>窗口、提示和报告的语言（默认 zh_CN）；可写在命令行的任何位置</translation>
        </message>
        <message>
            <source>last day of a range</source>
            <translation>日期范围的最后一天</translation>
        </message>
        <message>
            <source>leave out the content of private visits (heart-to-heart talks)</source>
            <translation>不导出谈心谈话等私密走访的内容</translation>
        </message>
        <message>
            <source>list only concerns in these statuses: %(choices)s</source>
            <translation>只列出这些状态的诉求：%(choices)s</translation>
        </message>
        <message>
            <source>list only concerns overdue at the month's end (or today)</source>
            <translation>只列出到月底（或今天）已超期的诉求</translation>
        </message>
        <message>
            <source>list past exports and imports</source>
            <translation>列出以往的导出和导入</translation>
        </message>
        <message>
            <source>list rows edited on two machines, both versions</source>
            <translation>列出在两台电脑上都被修改过的记录及其两个版本</translation>
        </message>
        <message>
            <source>make a draft from the suggested visits (refused if the month has entries, unless --replace)</source>
            <translation>按建议走访生成计划草稿（当月已有计划时拒绝，除非加 --replace）</translation>
        </message>
        <message>
            <source>merge a package from another machine</source>
            <translation>合并来自另一台电脑的交换包</translation>
        </message>
        <message>
            <source>new</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>no conflicts</source>
            <translation>没有冲突</translation>
        </message>
        <message>
            <source>no exchanges yet</source>
            <translation>尚无交换记录</translation>
        </message>
        <message>
            <source>nothing new in {path} from {device}: everything in it is already merged here</source>
            <translation>{path}（来自 {device}）没有新内容：其中的记录都已合并到本机</translation>
        </message>
        <message>
            <source>nothing new in {path} from {device}: everything in it was already merged here</source>
            <translation>{path}（来自 {device}）没有新内容：其中的记录此前都已合并到本机</translation>
        </message>
        <message>
            <source>nothing was changed (--dry-run)</source>
            <translation>未做任何更改（--dry-run）</translation>
        </message>
        <message>
            <source>off</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>on</source>
            <translation>开启</translation>
        </message>
        <message>
            <source>one branch only</source>
            <translation>只看一个支部</translation>
        </message>
        <message>
            <source>only say what importing would do (per table); change nothing</source>
            <translation>只说明导入会做什么（按表）；不做任何更改</translation>
        </message>
        <message>
            <source>only this cadre's entries (in the table, the JSON and the calendar)</source>
            <translation>只看这名干部的计划条目（表格、JSON 和日历文件都是）</translation>
        </message>
        <message>
            <source>only what this device (name or id) has not confirmed yet</source>
            <translation>只包含该设备（名称或编号）尚未确认收到的内容</translation>
        </message>
        <message>
            <source>organisation life: quotas, meetings, signals, contact</source>
            <translation>组织生活：次数要求、会议、提示信号、组织联系</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>超期</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>passphrase: </source>
            <translation>口令：</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>输出 JSON</translation>
        </message>
        <message>
            <source>print JSON instead of a table</source>
            <translation>输出 JSON 而不是表格</translation>
        </message>
        <message>
            <source>print a field packet: one A4 page per work area</source>
            <translation>打印走访准备单：每个工区一页 A4</translation>
        </message>
        <message>
            <source>print the figures as JSON</source>
            <translation>以 JSON 输出统计数据</translation>
        </message>
        <message>
            <source>print the members' phone numbers (left out by default)</source>
            <translation>打印党员的电话号码（默认不打印）</translation>
        </message>
        <message>
            <source>protect the key file with a passphrase (asked, or taken from BRANCH_DESK_PASSPHRASE)</source>
            <translation>用口令保护密钥文件（询问输入，或取自 BRANCH_DESK_PASSPHRASE）</translation>
        </message>
        <message>
            <source>raised</source>
            <translation>提出日期</translation>
        </message>
        <message>
            <source>render a page of the window to a PNG and exit</source>
            <translation>把窗口的某一页画成 PNG 图片后退出</translation>
        </message>
        <message>
            <source>replace the database with a backup (the current one is saved first)</source>
            <translation>用备份替换数据库（先保存当前数据库）</translation>
        </message>
        <message>
            <source>replace the output file if it exists (without it an existing file is refused)</source>
            <translation>输出文件已存在时替换它（不加此项则拒绝写入已有文件）</translation>
        </message>
        <message>
            <source>resolved {id}: new revision {rev}</source>
            <translation>已处理冲突 {id}：新版本 {rev}</translation>
        </message>
        <message>
            <source>restored {source}; the previous database was saved as {safety}</source>
            <translation>已从 {source} 恢复；原数据库已另存为 {safety}</translation>
        </message>
        <message>
            <source>rows in each table:</source>
            <translation>各表记录数：</translation>
        </message>
        <message>
            <source>save the general branch's exchange key for another machine</source>
            <translation>为另一台电脑保存党总支的交换密钥</translation>
        </message>
        <message>
            <source>schema version: {version}</source>
            <translation>结构版本：{version}</translation>
        </message>
        <message>
            <source>settle a conflict: keep the shown version or the other</source>
            <translation>处理一个冲突：保留当前显示的版本或另一个版本</translation>
        </message>
        <message>
            <source>sheet “{sheet}”: 1 row</source>
            <translation>工作表“{sheet}”：1 行</translation>
        </message>
        <message>
            <source>sheet “{sheet}”: {count} rows</source>
            <translation>工作表“{sheet}”：{count} 行</translation>
        </message>
        <message>
            <source>small: one workshop, two years; depot: 60 areas, ten years</source>
            <translation>small：一个车间、两年；depot：60 个工区、十年</translation>
        </message>
        <message>
            <source>status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>the exchange key this machine had before was replaced</source>
            <translation>本机原有的交换密钥已被替换</translation>
        </message>
        <message>
            <source>the key file to write (.bdkey)</source>
            <translation>要写入的密钥文件（.bdkey）</translation>
        </message>
        <message>
            <source>the month (default: this month)</source>
            <translation>月份（默认：本月）</translation>
        </message>
        <message>
            <source>the month's visit plan, plan against actual, a calendar</source>
            <translation>当月走访计划、计划与实际对比、日历文件</translation>
        </message>
        <message>
            <source>the package file to write (.bdsync)</source>
            <translation>要写出的交换包文件（.bdsync）</translation>
        </message>
        <message>
            <source>the passphrase again: </source>
            <translation>再次输入口令：</translation>
        </message>
        <message>
            <source>the two passphrases differ; nothing was written</source>
            <translation>两次输入的口令不一致；未写入任何内容</translation>
        </message>
        <message>
            <source>the work area</source>
            <translation>工区</translation>
        </message>
        <message>
            <source>this machine joined the exchange of {name}; import a full package from it next</source>
            <translation>本机已加入 {name} 的数据交换；接下来请导入从那里导出的完整交换包</translation>
        </message>
        <message>
            <source>this new database joined the general branch of the package</source>
            <translation>这个新数据库已加入交换包所属的党总支</translation>
        </message>
        <message>
            <source>this new database would join the general branch of the package</source>
            <translation>这个新数据库将加入交换包所属的党总支</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>无变化</translation>
        </message>
        <message>
            <source>update records that already exist (default: skip them)</source>
            <translation>更新已存在的记录（默认：跳过）</translation>
        </message>
        <message>
            <source>updated</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>use the demo database in DIR/demo (made on first use)</source>
            <translation>使用 DIR/demo 中的演示数据库（首次使用时生成）</translation>
        </message>
        <message>
            <source>warning: the package moves {count} records to the trash; import it only if they were really deleted on the other machine</source>
            <translation>警告：此交换包会把 {count} 条记录移入回收站；只有确实是在另一台电脑上删除的，才导入</translation>
        </message>
        <message>
            <source>where to write it</source>
            <translation>写到哪里</translation>
        </message>
        <message>
            <source>where to write it (default: &lt;general branch&gt;-&lt;YYYY&gt;-&lt;MM&gt;.pdf here)</source>
            <translation>写到哪里（默认：当前文件夹下的 &lt;党总支名称&gt;-&lt;年&gt;-&lt;月&gt;.pdf）</translation>
        </message>
        <message>
            <source>where to write the copy</source>
            <translation>副本写到哪里</translation>
        </message>
        <message>
            <source>which work areas were visited, how often and by whom</source>
            <translation>哪些工区被走访、走访几次、由谁走访</translation>
        </message>
        <message>
            <source>with --cadre: that month's planned areas</source>
            <translation>与 --cadre 一起：该月计划走访的工区</translation>
        </message>
        <message>
            <source>with --fill: move the month's entries to the trash first</source>
            <translation>与 --fill 一起：先把当月已有计划移到回收站</translation>
        </message>
        <message>
            <source>with --month: whose plan</source>
            <translation>与 --month 一起：谁的计划</translation>
        </message>
        <message>
            <source>work area “{name}” was made on two machines: the one made later, on {machine}, is now “{new_name}” on both; rename it, or move its records to “{name}” and delete it</source>
            <translation>两台电脑都新建了工区“{name}”：后建的那个（在 {machine} 上建的）现在在两台电脑上都叫“{new_name}”；请给它改个名，或把它的记录移到“{name}”后删除它</translation>
        </message>
        <message>
            <source>work area “{name}” was made on two machines: the one made later, on {machine}, would become “{new_name}” on both</source>
            <translation>两台电脑都新建了工区“{name}”：后建的那个（在 {machine} 上建的）将在两台电脑上都改叫“{new_name}”</translation>
        </message>
        <message>
            <source>would import {path} from {device}: {new} new, {updated} updated, {deleted} deleted, {conflicts} in conflict, {here} already here</source>
            <translation>将导入 {path}（来自 {device}）：新增 {new}，更新 {updated}，删除 {deleted}，冲突 {conflicts}，已有 {here}</translation>
        </message>
        <message>
            <source>write a blank workbook with the expected headers instead</source>
            <translation>改为写出一个只有表头的空白工作簿</translation>
        </message>
        <message>
            <source>write a package for another machine</source>
            <translation>为另一台电脑写出交换包</translation>
        </message>
        <message>
            <source>write every table to an Excel workbook</source>
            <translation>把所有表写入一个 Excel 工作簿</translation>
        </message>
        <message>
            <source>write the detail instead: every area's row and every concern</source>
            <translation>改为写出明细：每个工区一行、每条诉求</translation>
        </message>
        <message>
            <source>write the month's entries as a calendar file (one event per entry)</source>
            <translation>把当月计划写成日历文件（每项一个事件）</translation>
        </message>
        <message>
            <source>write the monthly summary as an A4 PDF</source>
            <translation>把月度总结写成 A4 PDF</translation>
        </message>
        <message>
            <source>wrote the exchange key to {path}; on each laptop run: branch-desk sync join {path}</source>
            <translation>交换密钥已写入 {path}；请在每台笔记本上运行：branch-desk sync join {path}</translation>
        </message>
        <message>
            <source>wrote {path} for {device}: {rows}, changes after {since}</source>
            <translation>已写出 {path}（给 {device}）：{rows}，第 {since} 号之后的变动</translation>
        </message>
        <message>
            <source>wrote {path} for {device}: {rows}, everything</source>
            <translation>已写出 {path}（给 {device}）：{rows}，全部数据</translation>
        </message>
        <message>
            <source>wrote {path}: {rows}, changes after {since}</source>
            <translation>已写出 {path}：{rows}，第 {since} 号之后的变动</translation>
        </message>
        <message>
            <source>wrote {path}: {rows}, everything</source>
            <translation>已写出 {path}：{rows}，全部数据</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>{at}  {direction}  {device}  {counts}</source>
            <translation>{at}  {direction}  {device}  {counts}</translation>
        </message>
        <message>
            <source>{count} rows</source>
            <translation>{count} 行</translation>
        </message>
        <message>
            <source>{id}  {table} “{title}”</source>
            <translation>{id}  {table}“{title}”</translation>
        </message>
        <message>
            <source>{table}: {count}</source>
            <translation>{table}：{count}</translation>
        </message>
        <message>
            <source>{what} {count}</source>
            <translation>{what} {count}</translation>
        </message>
    </context>
    <context>
        <name>columns</name>
        <message>
            <source>Access</source>
            <translation>交通条件</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>Areas visited</source>
            <translation>走访工区数</translation>
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
            <source>Cadre</source>
            <translation>干部</translation>
        </message>
        <message>
            <source>Cadre-visits</source>
            <translation>人次</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>委员会</translation>
        </message>
        <message>
            <source>Concern</source>
            <translation>诉求内容</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Days since</source>
            <translation>距今天数</translation>
        </message>
        <message>
            <source>Deactivated on</source>
            <translation>停用日期</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>办结期限</translation>
        </message>
        <message>
            <source>Elsewhere</source>
            <translation>其他工区</translation>
        </message>
        <message>
            <source>From</source>
            <translation>任职日期</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>现场时长</translation>
        </message>
        <message>
            <source>In use since</source>
            <translation>启用日期</translation>
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
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>最近走访</translation>
        </message>
        <message>
            <source>Line / section</source>
            <translation>线别区段</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>党员</translation>
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
            <source>Open concerns</source>
            <translation>未办结诉求</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>超期</translation>
        </message>
        <message>
            <source>Overdue concerns</source>
            <translation>超期诉求</translation>
        </message>
        <message>
            <source>Own areas</source>
            <translation>包保工区</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>参加干部</translation>
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
            <source>Present</source>
            <translation>出席</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>提出日期</translation>
        </message>
        <message>
            <source>Raised by</source>
            <translation>提出人</translation>
        </message>
        <message>
            <source>Responsible cadres</source>
            <translation>包保干部</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>To</source>
            <translation>卸任日期</translation>
        </message>
        <message>
            <source>To check</source>
            <translation>需核实</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>议题</translation>
        </message>
        <message>
            <source>Travel min</source>
            <translation>路程分钟</translation>
        </message>
        <message>
            <source>Visitors</source>
            <translation>走访干部数</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>走访次数</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Work area</source>
            <translation>工区</translation>
        </message>
        <message>
            <source>Workers</source>
            <translation>职工数</translation>
        </message>
        <message>
            <source>Workers met</source>
            <translation>见职工数</translation>
        </message>
        <message>
            <source>km</source>
            <translation>公里</translation>
        </message>
    </context>
    <context>
        <name>coverage</name>
        <message>
            <source>(0 = perfectly even, 1 = all in one area)</source>
            <translation>（0 为完全均衡，1 为全部集中在一个工区）</translation>
        </message>
        <message>
            <source>31 to {days} days</source>
            <translation>31 至 {days} 天</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>Areas visited</source>
            <translation>走访工区数</translation>
        </message>
        <message>
            <source>Below target</source>
            <translation>不足</translation>
        </message>
        <message>
            <source>Cadre</source>
            <translation>干部</translation>
        </message>
        <message>
            <source>Coverage rate</source>
            <translation>达标率</translation>
        </message>
        <message>
            <source>Coverage rate: {rate} ({met} of {areas} work areas met their target)</source>
            <translation>达标率：{rate}（{areas} 个工区中 {met} 个达标）</translation>
        </message>
        <message>
            <source>Coverage {start} – {end} (as of {as_of})</source>
            <translation>走访覆盖 {start} 至 {end}（截至 {as_of}）</translation>
        </message>
        <message>
            <source>Days since</source>
            <translation>距今天数</translation>
        </message>
        <message>
            <source>Elsewhere</source>
            <translation>其他工区</translation>
        </message>
        <message>
            <source>Evenness (Gini of visits per 100 workers, 0 = even): {gini}</source>
            <translation>均衡度（每百名职工走访次数的基尼系数，0 为完全均衡）：{gini}</translation>
        </message>
        <message>
            <source>In order along the line (by position).</source>
            <translation>按线路里程顺序排列。</translation>
        </message>
        <message>
            <source>In order along the line; the one area without a position is placed at the end.</source>
            <translation>按线路里程顺序排列；没有里程的 1 个工区排在最后。</translation>
        </message>
        <message>
            <source>In order along the line; {count} areas without a position are placed at the end in code order.</source>
            <translation>按线路里程顺序排列；{count} 个工区没有里程，按编号排在最后。</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>最近走访</translation>
        </message>
        <message>
            <source>Last {n} months</source>
            <translation>近 {n} 个月</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>达标</translation>
        </message>
        <message>
            <source>Never visited: {names}</source>
            <translation>从未走访：{names}</translation>
        </message>
        <message>
            <source>No records for {period}: no visit has been recorded yet.</source>
            <translation>{period} 没有记录：尚未录入任何走访。</translation>
        </message>
        <message>
            <source>No records for {period}: the first visit on record is on {day}, so there is nothing to count before it.</source>
            <translation>{period} 没有记录：最早的走访记录在 {day}，此前没有可统计的内容。</translation>
        </message>
        <message>
            <source>No visits to compare in this period.</source>
            <translation>本期没有可比较的走访。</translation>
        </message>
        <message>
            <source>No work area has a position on the line yet: shown in code order (enter each area's position to see the line).</source>
            <translation>工区尚未填写里程：暂按编号排列（填写各工区的中心里程后按线路顺序显示）。</translation>
        </message>
        <message>
            <source>No work area has a position on the line yet: shown in name order (enter each area's position to see the line).</source>
            <translation>工区尚未填写里程：暂按名称排列（填写各工区的中心里程后按线路顺序显示）。</translation>
        </message>
        <message>
            <source>Not defined for this period: it needs convenient and remote work areas, and visits to the convenient ones.</source>
            <translation>本期无法计算：需要同时有便利和偏远工区，且便利工区有走访。</translation>
        </message>
        <message>
            <source>Not visited</source>
            <translation>未走访</translation>
        </message>
        <message>
            <source>On average a remote work area got {bias} times the visits of a convenient one.</source>
            <translation>偏远工区平均走访次数是便利工区的 {bias} 倍。</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>超期</translation>
        </message>
        <message>
            <source>Own areas</source>
            <translation>包保工区</translation>
        </message>
        <message>
            <source>Remote ÷ convenient visits per area</source>
            <translation>偏远工区走访比（偏远÷便利）</translation>
        </message>
        <message>
            <source>Remoteness bias (remote ÷ convenient visits per area): {bias}</source>
            <translation>偏远工区走访比（偏远工区 ÷ 便利工区平均走访次数）：{bias}</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Suggested next visits:</source>
            <translation>建议下一步走访：</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>These figures are a management aid for planning visits, not a score for rating people.</source>
            <translation>以上数字用于安排走访的工作参考，不用于给个人打分或考核。</translation>
        </message>
        <message>
            <source>These figures are a management aid, not a score for rating people.</source>
            <translation>以上数字是工作参考，不用于给个人打分或考核。</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>走访</translation>
        </message>
        <message>
            <source>Visits against target per access tier</source>
            <translation>各类工区走访次数与目标</translation>
        </message>
        <message>
            <source>Visits per 100 workers are spread fairly evenly over the work areas.</source>
            <translation>各工区每百名职工的走访次数比较均衡。</translation>
        </message>
        <message>
            <source>Visits per 100 workers are spread unevenly over the work areas.</source>
            <translation>各工区每百名职工的走访次数不够均衡。</translation>
        </message>
        <message>
            <source>Visits per 100 workers are very uneven: a few work areas get most of them.</source>
            <translation>各工区每百名职工的走访次数很不均衡：走访集中在少数工区。</translation>
        </message>
        <message>
            <source>Work area</source>
            <translation>工区</translation>
        </message>
        <message>
            <source>Work areas along the line: days since the last visit</source>
            <translation>沿线工区：距最近走访天数</translation>
        </message>
        <message>
            <source>met {met}/{areas}</source>
            <translation>达标 {met}/{areas}</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从未走访</translation>
        </message>
        <message>
            <source>never visited</source>
            <translation>从未走访</translation>
        </message>
        <message>
            <source>no records yet</source>
            <translation>尚无记录</translation>
        </message>
        <message>
            <source>over {days} days</source>
            <translation>超过 {days} 天</translation>
        </message>
        <message>
            <source>remote (triangle)</source>
            <translation>偏远艰苦（三角）</translation>
        </message>
        <message>
            <source>target</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>visited within 30 days</source>
            <translation>30 天内走访过</translation>
        </message>
        <message>
            <source>visits</source>
            <translation>走访</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>{area}: {visits} visits of a target of {target}; {cadre_visits} cadre-visits by {cadres} cadres, {hours} hours on site</source>
            <translation>{area}：走访 {visits} 次，目标 {target} 次；{cadres} 名干部共 {cadre_visits} 人次，现场 {hours} 小时</translation>
        </message>
        <message>
            <source>{met} of {areas} met</source>
            <translation>{areas} 个中 {met} 个达标</translation>
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
            <source>Excel spreadsheets</source>
            <translation>Excel 表格</translation>
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
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>, column “{column}”</source>
            <translation>，“{column}”列</translation>
        </message>
        <message>
            <source>--replace goes with --fill.</source>
            <translation>--replace 只能与 --fill 同用。</translation>
        </message>
        <message>
            <source>A branch does not hold this kind of meeting; the general branch does.</source>
            <translation>党支部不召开此类会议，应由党总支召开。</translation>
        </message>
        <message>
            <source>A branch named “{name}” already exists.</source>
            <translation>已有名为“{name}”的支部。</translation>
        </message>
        <message>
            <source>A full member needs the date of full membership; without one, the member is probationary.</source>
            <translation>正式党员须有转正日期；没有转正日期的应为预备党员。</translation>
        </message>
        <message>
            <source>A member of the Party is an adult: the birth date {birth} is less than 18 years ago.</source>
            <translation>党员应年满十八岁：出生日期 {birth} 距今不满十八年。</translation>
        </message>
        <message>
            <source>A part of {path} is a file, not a folder. Choose another place.</source>
            <translation>{path} 中有一段是文件而不是文件夹。请换一个位置。</translation>
        </message>
        <message>
            <source>A visit needs at least one participating cadre.</source>
            <translation>走访至少需要一名参加的干部。</translation>
        </message>
        <message>
            <source>A vote with {present} of {entitled} full members present: not more than half, no quorum.</source>
            <translation>表决时应到正式党员{entitled}人，实到{present}人，未超过半数，不足法定人数。</translation>
        </message>
        <message>
            <source>A work area named “{name}” already exists.</source>
            <translation>已有名为“{name}”的工区。</translation>
        </message>
        <message>
            <source>A work area named “{name}” is in the trash; restore it instead.</source>
            <translation>名为“{name}”的工区在回收站中，请将其恢复。</translation>
        </message>
        <message>
            <source>Absentee of a planned make-up session</source>
            <translation>计划补课对象</translation>
        </message>
        <message>
            <source>Absentees are named for a make-up session only.</source>
            <translation>只有补课才需要选择补课对象。</translation>
        </message>
        <message>
            <source>Absentees of planned make-up sessions</source>
            <translation>计划补课对象</translation>
        </message>
        <message>
            <source>Another Branch Desk is already using the data folder {path}. Close it first, or use a different data folder.</source>
            <translation>另一个党总支工作台正在使用数据文件夹 {path}。请先关闭它，或改用其他数据文件夹。</translation>
        </message>
        <message>
            <source>Assignment</source>
            <translation>工区分配</translation>
        </message>
        <message>
            <source>At most {max} characters.</source>
            <translation>最多 {max} 个字符。</translation>
        </message>
        <message>
            <source>Attendance at a meeting</source>
            <translation>会议出席记录</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>党支部</translation>
        </message>
        <message>
            <source>Branches</source>
            <translation>党支部</translation>
        </message>
        <message>
            <source>Cannot create the data folder {path}: {reason}</source>
            <translation>无法创建数据文件夹 {path}：{reason}</translation>
        </message>
        <message>
            <source>Cannot write the package {path}: {reason}</source>
            <translation>无法写入交换包 {path}：{reason}</translation>
        </message>
        <message>
            <source>Cannot write to {path}: it is read-only or you lack permission. Choose another place or ask for access.</source>
            <translation>无法写入 {path}：它是只读的，或没有权限。请换一个位置，或请管理员开放权限。</translation>
        </message>
        <message>
            <source>Choose “local”, “incoming”, or a version for each field.</source>
            <translation>请选择“当前显示”“另一版本”，或逐项选择版本。</translation>
        </message>
        <message>
            <source>Column “{header}” could be {candidates}; left out. Rename it to one of them.</source>
            <translation>“{header}”列可能是{candidates}，未导入。请改为其中一个列名。</translation>
        </message>
        <message>
            <source>Columns left out: {columns}</source>
            <translation>未导入的列：{columns}</translation>
        </message>
        <message>
            <source>Columns matched: {columns}</source>
            <translation>识别的列：{columns}</translation>
        </message>
        <message>
            <source>Columns {columns} all give {column}: the names of all of them are taken.</source>
            <translation>{columns}这几列都对应“{column}”：各列中的姓名都会导入。</translation>
        </message>
        <message>
            <source>Columns {columns} all give {column}: where several are filled, the first ({first}) is kept.</source>
            <translation>{columns}这几列都对应“{column}”：同一行几列都填了时，只导入第一列（{first}）。</translation>
        </message>
        <message>
            <source>Committee seat</source>
            <translation>委员会委员</translation>
        </message>
        <message>
            <source>Committee seats</source>
            <translation>委员会委员</translation>
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
            <source>Concerns</source>
            <translation>诉求</translation>
        </message>
        <message>
            <source>Convenient access: days × {weight}</source>
            <translation>便利工区：天数 × {weight}</translation>
        </message>
        <message>
            <source>Demo data goes only into an empty database; this one already holds {count} records. Choose a new data folder.</source>
            <translation>演示数据只能放入空数据库；此数据库已有 {count} 条记录。请选择新的数据文件夹。</translation>
        </message>
        <message>
            <source>Entered {days} days after it was held (on {entered}).</source>
            <translation>会后{days}天才录入（录入于{entered}）。</translation>
        </message>
        <message>
            <source>Full membership cannot come before joining.</source>
            <translation>转正日期不能早于入党日期。</translation>
        </message>
        <message>
            <source>Full membership on {full} is less than a year after joining ({joined}).</source>
            <translation>转正日期 {full} 距入党日期（{joined}）不足一年。</translation>
        </message>
        <message>
            <source>General branch</source>
            <translation>党总支</translation>
        </message>
        <message>
            <source>General branch settings</source>
            <translation>党总支设置</translation>
        </message>
        <message>
            <source>Give --area NAME, or --month YYYY-MM with --cadre NAME.</source>
            <translation>请给出 --area 工区名，或 --month 年-月 加 --cadre 姓名。</translation>
        </message>
        <message>
            <source>Give both --from and --to for a range of days.</source>
            <translation>按日期范围统计时，请同时给出 --from 和 --to。</translation>
        </message>
        <message>
            <source>Give either --month or --from and --to, not both: a month, or a range of days.</source>
            <translation>--month 与 --from/--to 只能二选一：要么一个月，要么一段日期。</translation>
        </message>
        <message>
            <source>Give one of --month, --quarter and --year.</source>
            <translation>--month、--quarter、--year 只能给出其中一个。</translation>
        </message>
        <message>
            <source>Imported from a spreadsheet (entered on {entered}).</source>
            <translation>由表格导入（导入于{entered}）。</translation>
        </message>
        <message>
            <source>Joining the Party comes at 18 or older: {joined} is less than 18 years after the birth date {birth}.</source>
            <translation>入党时应年满十八岁：{joined} 距出生日期 {birth} 不满十八年。</translation>
        </message>
        <message>
            <source>Last visited {days} days ago ({date})</source>
            <translation>{days} 天前最后一次走访（{date}）</translation>
        </message>
        <message>
            <source>Make-up session</source>
            <translation>补课</translation>
        </message>
        <message>
            <source>Make-up sessions</source>
            <translation>补课</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <source>Meeting attendance</source>
            <translation>会议出席</translation>
        </message>
        <message>
            <source>Meeting quota rule</source>
            <translation>会议次数规则</translation>
        </message>
        <message>
            <source>Meeting quota rules</source>
            <translation>会议次数规则</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>组织生活</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>党员</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>党员</translation>
        </message>
        <message>
            <source>Minutes {percent}% alike those of the {kind} of {branch} on {date}.</source>
            <translation>会议记录与{branch}{date}的{kind}相似度达{percent}%。</translation>
        </message>
        <message>
            <source>Must be at least {min}.</source>
            <translation>不能小于 {min}。</translation>
        </message>
        <message>
            <source>Must be at most {max}.</source>
            <translation>不能大于 {max}。</translation>
        </message>
        <message>
            <source>Name the worker who raised it (a member or a name).</source>
            <translation>请填写提出诉求的职工（党员或姓名）。</translation>
        </message>
        <message>
            <source>Names read as the records they name: {names}</source>
            <translation>按已有名称识别：{names}</translation>
        </message>
        <message>
            <source>Never visited (counted as {days} days)</source>
            <translation>从未走访（按 {days} 天计）</translation>
        </message>
        <message>
            <source>New branches: {names}</source>
            <translation>新建支部：{names}</translation>
        </message>
        <message>
            <source>New work areas (access tier ordinary; check them): {names}</source>
            <translation>新建工区（交通条件为一般，请核对）：{names}</translation>
        </message>
        <message>
            <source>New: {create}, update: {update}, unchanged: {unchanged}, skip: {skip}, with problems: {error}</source>
            <translation>新增 {create}，更新 {update}，无变化 {unchanged}，跳过 {skip}，有问题 {error}</translation>
        </message>
        <message>
            <source>No cadre is named “{name}”.</source>
            <translation>没有名为“{name}”的干部。</translation>
        </message>
        <message>
            <source>No one holds a seat on this committee that day: record its seats first (Organisation life, Committees tab).</source>
            <translation>当日该委员会没有在任委员：请先在“组织生活”页的“委员会成员”中登记委员。</translation>
        </message>
        <message>
            <source>No sheet of {path} has a header row Branch Desk recognises (such as 姓名 and 出生日期 for members, 工区名称 for work areas, 走访日期 and 参加干部 for visits). Start from the template: branch-desk export --template FILE.xlsx</source>
            <translation>{path} 中没有能识别的表头行（例如党员表的“姓名”“出生日期”，工区表的“工区名称”，走访表的“走访日期”“参加干部”）。可从模板开始填写：branch-desk export --template FILE.xlsx</translation>
        </message>
        <message>
            <source>No such record: {id}</source>
            <translation>找不到该记录：{id}</translation>
        </message>
        <message>
            <source>No work area is named “{name}”.</source>
            <translation>没有名为“{name}”的工区。</translation>
        </message>
        <message>
            <source>No {kind} of {branch} on {day} is recorded.</source>
            <translation>未登记{branch}{day}的{kind}。</translation>
        </message>
        <message>
            <source>Nothing in {path} can be imported: sheet “{sheet}” has no column {columns}. Rename the column that holds it, or start from the template: branch-desk export --template FILE.xlsx</source>
            <translation>{path} 中没有可导入的内容：工作表“{sheet}”缺少“{columns}”列。请把存放这项内容的列改成这个列名，或从模板开始填写：branch-desk export --template 文件.xlsx</translation>
        </message>
        <message>
            <source>Nothing was imported: the workbook has problems ({count}). Fix them and import again.</source>
            <translation>工作簿中有 {count} 处问题，未导入任何数据。请改正后再导入。</translation>
        </message>
        <message>
            <source>One of {count} meetings of the branch entered within an hour on {entered}.</source>
            <translation>{entered}一小时内集中录入本支部{count}次会议，此为其一。</translation>
        </message>
        <message>
            <source>Only a cadre can be responsible for a work area.</source>
            <translation>只有干部才能包保工区。</translation>
        </message>
        <message>
            <source>Only a closed concern can be reopened.</source>
            <translation>只有已办结的诉求才能重新打开。</translation>
        </message>
        <message>
            <source>Only a work area that is not in use has a deactivation date.</source>
            <translation>只有已停用的工区才能填写停用日期。</translation>
        </message>
        <message>
            <source>Ordinary access: days × {weight}</source>
            <translation>一般工区：天数 × {weight}</translation>
        </message>
        <message>
            <source>Overdue: more than {limit} days without a visit</source>
            <translation>超期：超过 {limit} 天未走访</translation>
        </message>
        <message>
            <source>People on visits</source>
            <translation>走访人员</translation>
        </message>
        <message>
            <source>Person on a visit</source>
            <translation>走访人员</translation>
        </message>
        <message>
            <source>Record who was expected and who came.</source>
            <translation>请登记应到人员和出席情况。</translation>
        </message>
        <message>
            <source>Remote area: days × {weight}</source>
            <translation>偏远艰苦工区：天数 × {weight}</translation>
        </message>
        <message>
            <source>Responsibilities</source>
            <translation>包保</translation>
        </message>
        <message>
            <source>Responsibilities for areas</source>
            <translation>包保工区</translation>
        </message>
        <message>
            <source>Responsibility</source>
            <translation>包保</translation>
        </message>
        <message>
            <source>Row {row} is the same as row {first} in every cell; merged into one record.</source>
            <translation>第 {row} 行与第 {first} 行完全相同，已合并为一条记录。</translation>
        </message>
        <message>
            <source>Row {row} left out ({reason}): {text}</source>
            <translation>第 {row} 行未导入（{reason}）：{text}</translation>
        </message>
        <message>
            <source>Satisfaction can be recorded only after the concern is closed.</source>
            <translation>诉求办结后才能记录满意度。</translation>
        </message>
        <message>
            <source>Several members are named “{name}”; write the birth date after the name, like {name}(1980-01-31).</source>
            <translation>有多名党员叫“{name}”，请在姓名后写上出生日期，如 {name}(1980-01-31)。</translation>
        </message>
        <message>
            <source>Sheet “{sheet}” has {rows} rows; at most {limit} are imported at once. Split it into several files.</source>
            <translation>工作表“{sheet}”有 {rows} 行，一次最多导入 {limit} 行。请拆分为几个文件。</translation>
        </message>
        <message>
            <source>Sheet “{sheet}” reads like {kind} but has no column {columns}, so it is not imported. Rename the column that holds it.</source>
            <translation>工作表“{sheet}”像是{kind}表，但缺少“{columns}”列，未导入。请把存放这项内容的列改成这个列名。</translation>
        </message>
        <message>
            <source>Sheet “{sheet}” row {row}{column}: {message}</source>
            <translation>工作表“{sheet}”第 {row} 行{column}：{message}</translation>
        </message>
        <message>
            <source>Sheet “{sheet}”: {kind}, header in row {row}, 1 row.</source>
            <translation>工作表“{sheet}”：{kind}，表头在第 {row} 行，共 1 行。</translation>
        </message>
        <message>
            <source>Sheet “{sheet}”: {kind}, header in row {row}, {rows} rows.</source>
            <translation>工作表“{sheet}”：{kind}，表头在第 {row} 行，共 {rows} 行。</translation>
        </message>
        <message>
            <source>Sheets not recognised: {names}</source>
            <translation>未识别的工作表：{names}</translation>
        </message>
        <message>
            <source>Steps of concerns</source>
            <translation>诉求办理记录</translation>
        </message>
        <message>
            <source>That attendance row is not an absence.</source>
            <translation>这条出席记录不是缺席。</translation>
        </message>
        <message>
            <source>That concern was raised in another work area.</source>
            <translation>该诉求是在其他工区提出的。</translation>
        </message>
        <message>
            <source>The branch still has {count} members; move them to another branch first.</source>
            <translation>该支部还有 {count} 名党员，请先将他们转到其他支部。</translation>
        </message>
        <message>
            <source>The chosen record does not exist.</source>
            <translation>所选记录不存在。</translation>
        </message>
        <message>
            <source>The chosen record is in the trash.</source>
            <translation>所选记录在回收站中。</translation>
        </message>
        <message>
            <source>The data folder {path} is read-only, so nothing can be changed in it. Copy it somewhere writable and use that copy; commands that only read (coverage, report, concerns, meetings, plan, packet, export, check, backup --out, screenshot, sync conflicts, sync history) work here as it is.</source>
            <translation>数据文件夹 {path} 是只读的，无法在其中修改任何内容。请把它复制到可写的位置后使用副本；只读取数据的命令（coverage、report、concerns、meetings、plan、packet、export、check、backup --out、screenshot、sync conflicts、sync history）在这里照常可用。</translation>
        </message>
        <message>
            <source>The database {path} failed its integrity check ({detail}). It was left untouched; restore a backup.</source>
            <translation>数据库 {path} 未通过完整性检查（{detail}）。文件未被改动；请恢复备份。</translation>
        </message>
        <message>
            <source>The database {path} was made by a newer Branch Desk (schema {found}, this one knows {known}). Update Branch Desk to open it.</source>
            <translation>数据库 {path} 由更新版本的党总支工作台创建（结构版本 {found}，本程序支持 {known}）。请升级后再打开。</translation>
        </message>
        <message>
            <source>The date in this cell is before 1900 or cannot be read: the spreadsheet holds no day in it, only the time {value}.</source>
            <translation>该单元格的日期早于1900年或无法读取：表格中存的不是日期，只是时刻 {value}。</translation>
        </message>
        <message>
            <source>The date is before the concern was raised ({raised}).</source>
            <translation>该日期早于诉求提出日期（{raised}）。</translation>
        </message>
        <message>
            <source>The date {value} is after {latest}.</source>
            <translation>日期 {value} 晚于 {latest}，不合常理。</translation>
        </message>
        <message>
            <source>The date {value} is before {earliest}.</source>
            <translation>日期 {value} 早于 {earliest}，不合常理。</translation>
        </message>
        <message>
            <source>The date {value} is in the future.</source>
            <translation>日期 {value} 晚于今天。</translation>
        </message>
        <message>
            <source>The day {day} is not in {month}.</source>
            <translation>{day} 不在 {month} 内。</translation>
        </message>
        <message>
            <source>The deactivation date is before the day the area came into use.</source>
            <translation>停用日期早于启用日期。</translation>
        </message>
        <message>
            <source>The due date is before the date it was raised.</source>
            <translation>办结期限早于提出日期。</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>结束日期早于开始日期。</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist, so {path} was not written. Check the name, or make the folder first.</source>
            <translation>文件夹 {folder} 不存在，{path} 没有写出。请检查名称，或先建好这个文件夹。</translation>
        </message>
        <message>
            <source>The folder {folder} is not there any more: was the USB stick pulled out? Nothing was written; put the stick back or choose another place, then try again.</source>
            <translation>文件夹 {folder} 已经不在了：U盘是不是被拔出了？未写入任何内容；请重新插入U盘或换一个位置，然后重试。</translation>
        </message>
        <message>
            <source>The general branch does not hold this kind of meeting; a branch does.</source>
            <translation>党总支不召开此类会议，应由党支部召开。</translation>
        </message>
        <message>
            <source>The key file {path} belongs to another general branch (“{name}”). The key was not installed.</source>
            <translation>密钥文件 {path} 属于另一个党总支（“{name}”），未安装该密钥。</translation>
        </message>
        <message>
            <source>The key file {path} is protected by a passphrase. Give the passphrase it was saved with.</source>
            <translation>密钥文件 {path} 受口令保护。请输入保存时设定的口令。</translation>
        </message>
        <message>
            <source>The make-up ({day}) is before the meeting ({held}).</source>
            <translation>补课日期（{day}）早于会议日期（{held}）。</translation>
        </message>
        <message>
            <source>The owner must be a cadre.</source>
            <translation>责任人必须是干部。</translation>
        </message>
        <message>
            <source>The passphrase does not open the key file {path}. Check it and try again.</source>
            <translation>该口令打不开密钥文件 {path}。请检查后重试。</translation>
        </message>
        <message>
            <source>The period ends ({end}) before it starts ({start}).</source>
            <translation>统计期的结束日期（{end}）早于开始日期（{start}）。</translation>
        </message>
        <message>
            <source>The plan for {month} already has {count} entries; replace them to fill it again.</source>
            <translation>{month} 的计划已有 {count} 条；如要重新生成，请先替换。</translation>
        </message>
        <message>
            <source>The record's identity is malformed.</source>
            <translation>记录的标识信息格式错误。</translation>
        </message>
        <message>
            <source>The report font {path} cannot be loaded ({reason}); reinstall Branch Desk.</source>
            <translation>无法加载月报字体 {path}（{reason}）；请重新安装党总支工作台。</translation>
        </message>
        <message>
            <source>The same record as row {row} of sheet “{sheet}”, but {columns} and {last} differ.</source>
            <translation>与工作表“{sheet}”第 {row} 行是同一条记录，但{columns}和{last}不同。</translation>
        </message>
        <message>
            <source>The same record as row {row} of sheet “{sheet}”, but {column} differs.</source>
            <translation>与工作表“{sheet}”第 {row} 行是同一条记录，但{column}不同。</translation>
        </message>
        <message>
            <source>The same record as row {row} of sheet “{sheet}”.</source>
            <translation>与工作表“{sheet}”第 {row} 行是同一条记录。</translation>
        </message>
        <message>
            <source>The same {people} people present at {run} meetings in a row ({first} to {last}), in a branch that works shifts.</source>
            <translation>本支部实行倒班，但连续{run}次会议（{first}至{last}）出席的都是同样的{people}人。</translation>
        </message>
        <message>
            <source>The visit of this make-up session is not recorded yet; record it first.</source>
            <translation>这次补课走访还没有登记，请先登记走访。</translation>
        </message>
        <message>
            <source>The votes ({votes}) are more than the members present ({present}).</source>
            <translation>表决票数（{votes}）多于实到人数（{present}）。</translation>
        </message>
        <message>
            <source>The work area {name} is closed; it cannot be planned.</source>
            <translation>工区{name}已停用，不能列入计划。</translation>
        </message>
        <message>
            <source>There is no branch named “{name}”.</source>
            <translation>没有名为“{name}”的党支部。</translation>
        </message>
        <message>
            <source>There is no cadre on the roll to plan visits for.</source>
            <translation>没有在册干部，无法安排走访。</translation>
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
            <source>This cadre already owns the concern.</source>
            <translation>该诉求已由这名干部负责。</translation>
        </message>
        <message>
            <source>This cadre is already responsible for this work area in that period.</source>
            <translation>该干部在此期间已包保该工区。</translation>
        </message>
        <message>
            <source>This concern is already being handled.</source>
            <translation>该诉求已在办理中。</translation>
        </message>
        <message>
            <source>This concern is already closed; reopen it first.</source>
            <translation>该诉求已办结；请先重新打开。</translation>
        </message>
        <message>
            <source>This conflict was already resolved or does not exist.</source>
            <translation>该冲突已处理或不存在。</translation>
        </message>
        <message>
            <source>This date is before the birth date.</source>
            <translation>该日期早于出生日期。</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>此项必填。</translation>
        </message>
        <message>
            <source>This kind of meeting already has its own quota.</source>
            <translation>此类会议已有本地频次规定。</translation>
        </message>
        <message>
            <source>This machine has not joined the general branch's exchange yet, so it cannot open {path}. Nothing was imported; join with the key file saved on the office computer (sync join) first.</source>
            <translation>本机尚未加入党总支的数据交换，无法打开 {path}。未导入任何内容；请先用办公室电脑保存的密钥文件加入（sync join）。</translation>
        </message>
        <message>
            <source>This overlaps the member's assignment to {area} from {start}; end that one first.</source>
            <translation>与该党员自 {start} 起在{area}的分配时间重叠；请先结束那一条。</translation>
        </message>
        <message>
            <source>This record is in the trash; restore it before importing.</source>
            <translation>该记录在回收站中，请先恢复再导入。</translation>
        </message>
        <message>
            <source>Unknown demo size “{size}” (use small or depot).</source>
            <translation>未知的演示数据规模“{size}”（请用 small 或 depot）。</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>走访</translation>
        </message>
        <message>
            <source>Visit plan entries</source>
            <translation>走访计划</translation>
        </message>
        <message>
            <source>Visit plan entry</source>
            <translation>走访计划条目</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>走访</translation>
        </message>
        <message>
            <source>Vote counts belong to a branch general meeting.</source>
            <translation>只有支部党员大会才登记表决票数。</translation>
        </message>
        <message>
            <source>Work area</source>
            <translation>工区</translation>
        </message>
        <message>
            <source>Work area assignments</source>
            <translation>工区分配</translation>
        </message>
        <message>
            <source>Work areas</source>
            <translation>工区</translation>
        </message>
        <message>
            <source>Workshop Party General Branch</source>
            <translation>车间党总支</translation>
        </message>
        <message>
            <source>You have no permission to read {path}. Ask for access, or copy the file to a place where you can read it.</source>
            <translation>没有读取 {path} 的权限。请申请权限，或把文件复制到您能读取的位置。</translation>
        </message>
        <message>
            <source>a group heading</source>
            <translation>分组标题行</translation>
        </message>
        <message>
            <source>a signature line</source>
            <translation>签字行</translation>
        </message>
        <message>
            <source>a total line</source>
            <translation>合计行</translation>
        </message>
        <message>
            <source>branches</source>
            <translation>党支部</translation>
        </message>
        <message>
            <source>committee seats</source>
            <translation>委员任职</translation>
        </message>
        <message>
            <source>concerns</source>
            <translation>诉求</translation>
        </message>
        <message>
            <source>make-ups</source>
            <translation>补课</translation>
        </message>
        <message>
            <source>meetings</source>
            <translation>会议</translation>
        </message>
        <message>
            <source>members</source>
            <translation>党员</translation>
        </message>
        <message>
            <source>visit plan entries</source>
            <translation>走访计划</translation>
        </message>
        <message>
            <source>visits</source>
            <translation>走访</translation>
        </message>
        <message>
            <source>work areas</source>
            <translation>工区</translation>
        </message>
        <message>
            <source>work-area assignments</source>
            <translation>工区分配</translation>
        </message>
        <message>
            <source>{cadre} has no planned visit in {month}.</source>
            <translation>{cadre}在 {month} 没有计划走访。</translation>
        </message>
        <message>
            <source>{count} members are named “{name}” and the row gives no birth date to tell which.</source>
            <translation>有 {count} 名党员叫“{name}”，该行没有出生日期，无法区分。</translation>
        </message>
        <message>
            <source>{count} open concerns: +{points}</source>
            <translation>{count} 件诉求未办结：+{points}</translation>
        </message>
        <message>
            <source>{count} overdue concerns: +{points}</source>
            <translation>{count} 件诉求已超期：+{points}</translation>
        </message>
        <message>
            <source>{month} has not begun yet (today is {today}). Give this month or an earlier one.</source>
            <translation>{month} 还没有开始（今天是 {today}）。请给出本月或更早的月份。</translation>
        </message>
        <message>
            <source>{month} has not begun yet: a report can be made for this month or an earlier one.</source>
            <translation>{month} 尚未开始：只能生成本月或以前月份的月报。</translation>
        </message>
        <message>
            <source>{month} has weeks 1 to {weeks}; week {week} is not in it.</source>
            <translation>{month} 只有第1至第{weeks}周，没有第{week}周。</translation>
        </message>
        <message>
            <source>{month} is over: a draft plan is made for this month or one to come. Entries for a past month can still be added one by one.</source>
            <translation>{month}已经过去：按走访建议生成计划只用于本月或以后的月份。已过去月份的计划可以逐条添加。</translation>
        </message>
        <message>
            <source>{name} already sits on this committee in that period.</source>
            <translation>{name}在该期间已是本委员会委员。</translation>
        </message>
        <message>
            <source>{name} is absent: give the reason.</source>
            <translation>{name}缺席，请填写缺席原因。</translation>
        </message>
        <message>
            <source>{name} is marked both present and absent.</source>
            <translation>{name}同时被标为出席和缺席。</translation>
        </message>
        <message>
            <source>{name} is not a cadre.</source>
            <translation>{name} 不是干部。</translation>
        </message>
        <message>
            <source>{name} is not a member of {branch}.</source>
            <translation>{name}不是{branch}的党员。</translation>
        </message>
        <message>
            <source>{name} is present; an absence reason is for those absent.</source>
            <translation>{name}已出席，缺席原因只填给缺席人员。</translation>
        </message>
        <message>
            <source>{name} owes no make-up of that meeting at this work area.</source>
            <translation>{name}在本工区没有这次会议要补的课。</translation>
        </message>
        <message>
            <source>{name} was not absent from this meeting.</source>
            <translation>{name}并未缺席这次会议。</translation>
        </message>
        <message>
            <source>{path} already exists and was left as it is. Give another name, or add --overwrite to replace it.</source>
            <translation>{path} 已经存在，没有改动它。请换一个文件名，或加上 --overwrite 替换它。</translation>
        </message>
        <message>
            <source>{path} belongs to another general branch (“{name}”). Nothing was imported; exchange packages only between machines of the same general branch.</source>
            <translation>{path} 属于另一个党总支（“{name}”），未导入任何记录；交换包只能在同一党总支的电脑之间交换。</translation>
        </message>
        <message>
            <source>{path} cannot be read as a workbook: it is damaged, protected by a password or of another kind. Open it in Excel or WPS and save it again as .xlsx.</source>
            <translation>无法读取 {path}：文件已损坏、设有密码或不是表格文件。请用 Excel 或 WPS 打开后另存为 .xlsx。</translation>
        </message>
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
        <message>
            <source>{path} does not end in {suffix}: this command writes a {suffix} file. Give a name ending in {suffix}.</source>
            <translation>{path} 的扩展名不是 {suffix}：此命令写出的是 {suffix} 文件。请给出以 {suffix} 结尾的文件名。</translation>
        </message>
        <message>
            <source>{path} does not exist.</source>
            <translation>{path} 不存在。</translation>
        </message>
        <message>
            <source>{path} does not exist. Check the name and folder.</source>
            <translation>{path} 不存在。请检查文件名和文件夹。</translation>
        </message>
        <message>
            <source>{path} holds a piece larger than any Branch Desk writes (it may be made to exhaust memory). Nothing was read.</source>
            <translation>{path} 含有超出本软件写入上限的数据块（可能是为耗尽内存而制作的）。未读取任何内容。</translation>
        </message>
        <message>
            <source>{path} holds a record this machine would refuse ({table} {row}, {field}: {problem}). Nothing was imported; correct that record on the machine that sent it and export again.</source>
            <translation>{path} 含有一条本机不会接受的记录（{table} {row}，{field}：{problem}）。未导入任何内容；请在发送它的电脑上改正该记录后重新导出。</translation>
        </message>
        <message>
            <source>{path} holds only recent changes, but this database is new. Nothing was imported; ask the other machine for a full package (export without choosing a device).</source>
            <translation>{path} 只包含最近的改动，而本机数据库是新的，未导入任何记录；请让对方电脑导出完整交换包（导出时不选择设备）。</translation>
        </message>
        <message>
            <source>{path} is a folder. Give a file name.</source>
            <translation>{path} 是一个文件夹。请给出文件名。</translation>
        </message>
        <message>
            <source>{path} is an unprotected package of an older Branch Desk. Nothing was imported; update Branch Desk on the other machine, join it to the exchange and export again.</source>
            <translation>{path} 是旧版本生成的未加密交换包。未导入任何内容；请升级另一台电脑上的软件，加入数据交换后重新导出。</translation>
        </message>
        <message>
            <source>{path} is damaged ({detail}). Nothing was imported; export a new package on the other machine.</source>
            <translation>{path} 已损坏（{detail}），未导入任何记录；请在对方电脑上重新导出交换包。</translation>
        </message>
        <message>
            <source>{path} is damaged or was changed after it was written. Nothing was read; write it again on the machine it came from.</source>
            <translation>{path} 已损坏或在写入后被改动。未读取任何内容；请在原电脑上重新生成。</translation>
        </message>
        <message>
            <source>{path} is empty: none of its sheets holds any data.</source>
            <translation>{path} 是空的：所有工作表都没有数据。</translation>
        </message>
        <message>
            <source>{path} is incomplete: the copy was cut short. Nothing was read; copy the file again and safely remove the USB stick before unplugging it.</source>
            <translation>{path} 不完整：复制中断了。未读取任何内容；请重新复制文件，并在拔出U盘前先安全弹出。</translation>
        </message>
        <message>
            <source>{path} is not a Branch Desk database (it may be damaged). It was left untouched; restore a backup or choose another data folder.</source>
            <translation>{path} 不是党总支工作台数据库（可能已损坏）。文件未被改动；请恢复备份或选择其他数据文件夹。</translation>
        </message>
        <message>
            <source>{path} is not a Branch Desk exchange key file. Choose the file that “sync key” wrote on the office computer.</source>
            <translation>{path} 不是本软件的交换密钥文件。请选择办公室电脑上“sync key”生成的文件。</translation>
        </message>
        <message>
            <source>{path} is not a Branch Desk exchange package. Nothing was imported; choose the file that “Export package” (sync export) made on the other machine.</source>
            <translation>{path} 不是党总支工作台的交换包，未导入任何记录；请选择对方电脑用“导出交换包”（sync export）生成的文件。</translation>
        </message>
        <message>
            <source>{path} is not a file this Branch Desk made for this purpose. Nothing was read.</source>
            <translation>{path} 不是本软件为此用途生成的文件。未读取任何内容。</translation>
        </message>
        <message>
            <source>{path} is not a workbook Branch Desk reads (.xlsx, .xls, .ods or .csv).</source>
            <translation>{path} 不是本软件能读取的表格文件（.xlsx、.xls、.ods 或 .csv）。</translation>
        </message>
        <message>
            <source>{path} refers to records this database does not have ({detail}). Nothing was imported; ask the other machine for a full package (export without choosing a device).</source>
            <translation>{path} 引用了本机数据库中没有的记录（{detail}），未导入任何记录；请让对方电脑导出完整交换包（导出时不选择设备）。</translation>
        </message>
        <message>
            <source>{path} refers to records this database does not have ({table} {row}, {field}). Nothing was imported; ask the other machine for a full package (export without choosing a device).</source>
            <translation>{path} 引用了本数据库没有的记录（{table} {row}，{field}）。未导入任何内容；请让另一台电脑导出完整交换包（导出时不选择设备）。</translation>
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
            <source>{path} was made by a newer Branch Desk. Nothing was read; update Branch Desk on this machine first.</source>
            <translation>{path} 由更新版本的软件生成。未读取任何内容；请先升级本机的软件。</translation>
        </message>
        <message>
            <source>{path} was made for {device}, not for this machine ({here}). Nothing was imported; import it on {device}, or on {source} export a package for this machine or for everyone.</source>
            <translation>{path} 是为 {device} 导出的，不是为本机（{here}）导出的，未导入任何记录；请在 {device} 上导入它，或在 {source} 上为本机导出交换包，也可以导出全部记录。</translation>
        </message>
        <message>
            <source>{path} was not written: a copy outside the data folder is locked with the exchange key, and this database has none yet, nor can one be kept while its folder is read-only. Make the first such copy from a writable copy of the data folder.</source>
            <translation>{path} 没有写出：放在数据文件夹以外的副本要用交换密钥加密，而这个数据库还没有交换密钥，数据文件夹只读时也无法保存新密钥。请先把数据文件夹复制到可写的位置，再从副本做第一份这样的备份。</translation>
        </message>
        <message>
            <source>{path} was sealed with another exchange key. Nothing was read; this machine must join the general branch's exchange with its key file (sync join) first, or the file belongs to another general branch.</source>
            <translation>{path} 是用另一把交换密钥加密的。未读取任何内容；本机须先用党总支的密钥文件加入数据交换（sync join），或者该文件属于另一个党总支。</translation>
        </message>
        <message>
            <source>{visits} of {target} visits this period</source>
            <translation>本期走访 {visits} 次，目标 {target} 次</translation>
        </message>
        <message>
            <source>“{name}” fits more than one record ({names}); write it as Branch Desk has it.</source>
            <translation>“{name}”与多条记录相符（{names}），请按本软件中的名称写明。</translation>
        </message>
        <message>
            <source>“{name}” fits {count} branches: {names}. Give one of them as it is listed.</source>
            <translation>“{name}”对应 {count} 个党支部：{names}。请按列出的写法给出其中一个。</translation>
        </message>
        <message>
            <source>“{name}” fits {count} cadres: {names}. Give one of them as it is listed.</source>
            <translation>“{name}”对应 {count} 名干部：{names}。请按列出的写法给出其中一个。</translation>
        </message>
        <message>
            <source>“{name}” fits {count} work areas: {names}. Give one of them as it is listed.</source>
            <translation>“{name}”对应 {count} 个工区：{names}。请按列出的写法给出其中一个。</translation>
        </message>
        <message>
            <source>“{name}” matches several devices ({matches}). Name the device by its id.</source>
            <translation>“{name}”对应多台设备（{matches}），请用设备编号指定。</translation>
        </message>
        <message>
            <source>“{value}” is not a date (use YYYY-MM-DD).</source>
            <translation>“{value}”不是有效日期（请用 YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>“{value}” is not a date (use YYYY-MM-DD, or YYYY.MM where only the month is known).</source>
            <translation>“{value}”不是有效日期（请用 YYYY-MM-DD，只知道年月的写成 YYYY.MM）。</translation>
        </message>
        <message>
            <source>“{value}” is not a date like 2024-05-31.</source>
            <translation>“{value}”不是有效日期，应写作 2024-05-31 这样的格式。</translation>
        </message>
        <message>
            <source>“{value}” is not a month like 2024-05.</source>
            <translation>“{value}”不是有效月份，应写作 2024-05 这样的格式。</translation>
        </message>
        <message>
            <source>“{value}” is not a number.</source>
            <translation>“{value}”不是数字。</translation>
        </message>
        <message>
            <source>“{value}” is not a position on the line (use K1845+240, or K1845+240–K1852+100).</source>
            <translation>“{value}”不是线路里程（请写成 K1845+240，或 K1845+240–K1852+100）。</translation>
        </message>
        <message>
            <source>“{value}” is not a quarter like 2024-Q2.</source>
            <translation>“{value}”不是季度（如 2024-Q2）。</translation>
        </message>
        <message>
            <source>“{value}” is not a record identity Branch Desk wrote.</source>
            <translation>“{value}”不是本软件导出的记录编号。</translation>
        </message>
        <message>
            <source>“{value}” is not a size like 1280x800.</source>
            <translation>“{value}”不是形如 1280x800 的尺寸。</translation>
        </message>
        <message>
            <source>“{value}” is not a time like 14:30.</source>
            <translation>“{value}”不是时间（如 14:30）。</translation>
        </message>
        <message>
            <source>“{value}” is not a whole number.</source>
            <translation>“{value}”不是整数。</translation>
        </message>
        <message>
            <source>“{value}” is not a year like 2024.</source>
            <translation>“{value}”不是年份（如 2024）。</translation>
        </message>
        <message>
            <source>“{value}” is not one of the allowed choices.</source>
            <translation>“{value}”不在可选范围内。</translation>
        </message>
        <message>
            <source>“{value}” is not one of {choices}.</source>
            <translation>“{value}”不在可选范围内（可填：{choices}）。</translation>
        </message>
        <message>
            <source>“{value}” is outside the years {first} to {last} that Branch Desk counts.</source>
            <translation>“{value}”超出了党总支工作台统计的年份范围（{first} 至 {last} 年）。</translation>
        </message>
        <message>
            <source>“{value}” names no absence from a recorded meeting.</source>
            <translation>“{value}”不是已记录会议的缺席人员。</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>A part of {path} is a file, not a folder. Choose another place.</source>
            <translation>{path} 中有一段是文件而不是文件夹。请换一个位置。</translation>
        </message>
        <message>
            <source>Cannot write to {path}: it is read-only or you lack permission. Choose another place or ask for access.</source>
            <translation>无法写入 {path}：它是只读的，或没有权限。请换一个位置，或请管理员开放权限。</translation>
        </message>
        <message>
            <source>Could not use {path}: {reason}.</source>
            <translation>无法使用 {path}：{reason}。</translation>
        </message>
        <message>
            <source>Something unexpected went wrong ({kind}). Nothing was saved by this step; please report it with what you were doing.</source>
            <translation>发生了意外错误（{kind}）。这一步没有保存任何内容；请把当时的操作告诉维护人员。</translation>
        </message>
        <message>
            <source>The database is busy with another program. Wait a moment and try again.</source>
            <translation>数据库正被另一个程序使用。请稍候再试。</translation>
        </message>
        <message>
            <source>The database is read-only (a read-only folder or medium). Copy the data folder somewhere writable, or open it from there.</source>
            <translation>数据库是只读的（只读的文件夹或介质）。请把数据文件夹复制到可写的位置，再从那里打开。</translation>
        </message>
        <message>
            <source>The disk could not be read or written (a disk error, or the medium was removed). Check the disk or the USB stick, then try again.</source>
            <translation>无法读写磁盘（磁盘出错，或存储介质已被拔出）。请检查磁盘或 U 盘，然后重试。</translation>
        </message>
        <message>
            <source>The disk is full ({path}). Free some space or choose another place, then try again.</source>
            <translation>磁盘已满（{path}）。请腾出空间或换一个位置，然后重试。</translation>
        </message>
        <message>
            <source>The disk is full. Free some space or choose another place, then try again.</source>
            <translation>磁盘已满。请腾出空间或换一个位置，然后重试。</translation>
        </message>
        <message>
            <source>{path} does not exist. Check the name and folder.</source>
            <translation>{path} 不存在。请检查文件名和文件夹。</translation>
        </message>
        <message>
            <source>{path} is a folder. Give a file name.</source>
            <translation>{path} 是一个文件夹。请给出文件名。</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>年-月-日</translation>
        </message>
    </context>
    <context>
        <name>meetings</name>
        <message>
            <source>Absentees without a make-up after 30 days: {count}</source>
            <translation>缺席超过30天仍未补课：{count} 人次</translation>
        </message>
        <message>
            <source>Meetings to check ({count} of {total}):</source>
            <translation>需要核实的会议（共{total}次，{count}次有提示）：</translation>
        </message>
        <message>
            <source>Members without organisational contact for 3 months or more ({count}):</source>
            <translation>3个月以上未参加组织生活的党员（{count}人）：</translation>
        </message>
        <message>
            <source>Organisation life {start} – {end} (as of {as_of})</source>
            <translation>组织生活 {start} 至 {end}（截至 {as_of}）</translation>
        </message>
        <message>
            <source>Signals are reasons to look again, not verdicts; the figures are a management aid, not a rating of people.</source>
            <translation>提示只是需要再看一看的理由，不是结论；这些数字是管理参考，不用于给个人打分。</translation>
        </message>
        <message>
            <source>due by {date}</source>
            <translation>{date}前完成</translation>
        </message>
        <message>
            <source>met</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>无记录</translation>
        </message>
        <message>
            <source>not met</source>
            <translation>未完成</translation>
        </message>
        <message>
            <source>{date} {branch} {kind}: {present} of {expected} present</source>
            <translation>{date} {branch} {kind}：应到{expected}人，实到{present}人</translation>
        </message>
        <message>
            <source>{kind}: held {held} of {required} required</source>
            <translation>{kind}：应开{required}次，已开{held}次</translation>
        </message>
        <message>
            <source>{name} ({branch}): last contact {date}</source>
            <translation>{name}（{branch}）：最近一次组织联系 {date}</translation>
        </message>
    </context>
    <context>
        <name>pages</name>
        <message>
            <source>Concerns</source>
            <translation>诉求</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>覆盖分析</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>工作台</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>数据</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>党员</translation>
        </message>
        <message>
            <source>Monthly report</source>
            <translation>月报</translation>
        </message>
        <message>
            <source>Organisation life</source>
            <translation>组织生活</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>走访</translation>
        </message>
        <message>
            <source>Work areas</source>
            <translation>工区</translation>
        </message>
    </context>
    <context>
        <name>plan states</name>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>待走访</translation>
        </message>
    </context>
    <context>
        <name>plans</name>
        <message>
            <source> (for {names})</source>
            <translation>（{names}）</translation>
        </message>
        <message>
            <source>1 event written to {path}</source>
            <translation>已写入 1 个日程：{path}</translation>
        </message>
        <message>
            <source>Cadre</source>
            <translation>干部</translation>
        </message>
        <message>
            <source>Convenient</source>
            <translation>便利</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>No entries. Make a draft from the suggestions with --fill.</source>
            <translation>没有计划。可用 --fill 按走访建议生成草案。</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>备注：{note}</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>待走访</translation>
        </message>
        <message>
            <source>Ordinary</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>Plan against actual, per access tier:</source>
            <translation>计划执行情况（按交通类别）：</translation>
        </message>
        <message>
            <source>Plan against actual, per cadre:</source>
            <translation>计划执行情况（按干部）：</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>目的</translation>
        </message>
        <message>
            <source>Purpose: {purpose}. Cadre: {cadre}. On {day}.</source>
            <translation>目的：{purpose}。走访人：{cadre}。日期：{day}。</translation>
        </message>
        <message>
            <source>Purpose: {purpose}. Cadre: {cadre}. Week {week} ({start} to {end}).</source>
            <translation>目的：{purpose}。走访人：{cadre}。第{week}周（{start} 至 {end}）。</translation>
        </message>
        <message>
            <source>Remote</source>
            <translation>偏远艰苦</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>走访日期</translation>
        </message>
        <message>
            <source>Visit plan {month}</source>
            <translation>{month} 走访计划</translation>
        </message>
        <message>
            <source>Visit plan {month} (as of {day}): 1 entry</source>
            <translation>{month} 走访计划（截至 {day}）：共 1 条</translation>
        </message>
        <message>
            <source>Visit plan {month} (as of {day}): {count} entries</source>
            <translation>{month} 走访计划（截至 {day}）：共 {count} 条</translation>
        </message>
        <message>
            <source>Visit: {area}</source>
            <translation>走访：{area}</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>周次</translation>
        </message>
        <message>
            <source>Work area</source>
            <translation>工区</translation>
        </message>
        <message>
            <source>{count} events written to {path}</source>
            <translation>已写入 {count} 个日程：{path}</translation>
        </message>
    </context>
    <context>
        <name>sheets</name>
        <message>
            <source>Import these rows? [y/N]</source>
            <translation>导入这些行吗？[y/N]</translation>
        </message>
        <message>
            <source>Imported: {create} new, {update} updated, {skip} skipped, {unchanged} unchanged.</source>
            <translation>已导入：新增 {create}，更新 {update}，跳过 {skip}，无变化 {unchanged}。</translation>
        </message>
        <message>
            <source>Nothing imported.</source>
            <translation>未导入任何内容。</translation>
        </message>
    </context>
</TS>
