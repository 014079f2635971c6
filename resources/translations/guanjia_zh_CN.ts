<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Agenda</name>
    <message>
        <location filename="../../ui/followups/agenda_model.py" line="101"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../ui/followups/agenda_model.py" line="102"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/followups/agenda_model.py" line="103"/>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/followups/agenda_model.py" line="104"/>
        <source>Subject</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/followups/agenda_model.py" line="105"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/followups/agenda_model.py" line="106"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/followups/agenda_model.py" line="120"/>
        <source>Stay in touch</source>
        <translation>定期联系</translation>
    </message>
    <message>
        <location filename="../../ui/followups/agenda_model.py" line="156"/>
        <source>Every %1 days; never contacted</source>
        <translation>每 %1 天联系一次；从未联系</translation>
    </message>
    <message>
        <location filename="../../ui/followups/agenda_model.py" line="158"/>
        <source>Every %1 days; last contact %2</source>
        <translation>每 %1 天联系一次；上次联系 %2</translation>
    </message>
    <message>
        <location filename="../../ui/followups/agenda_model.py" line="166"/>
        <source>Overdue %1 days</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <location filename="../../ui/followups/agenda_model.py" line="170"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../ui/followups/agenda_model.py" line="171"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="531"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="533"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>AnswerEntryDialog</name>
    <message>
        <location filename="../../ui/surveys/entry.py" line="35"/>
        <source>Enter answers: %1</source>
        <translation>录入回答：%1</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/entry.py" line="98"/>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/entry.py" line="40"/>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/entry.py" line="59"/>
        <source>What the customer said (optional)</source>
        <translation>客户说了什么（可不填）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/entry.py" line="62"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/entry.py" line="63"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/entry.py" line="99"/>
        <source>Saved: %1, %2.</source>
        <translation>已保存：%1，%2。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/entry.py" line="102"/>
        <source>No follow-up (anonymous).</source>
        <translation>无跟进（匿名）。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/entry.py" line="105"/>
        <source>no owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/entry.py" line="106"/>
        <source>Follow-up due %1 for %2.</source>
        <translation>跟进已安排：%1 到期，负责人 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/entry.py" line="109"/>
        <source>Tagged 推荐者.</source>
        <translation>已打上“推荐者”标签。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/entry.py" line="111"/>
        <source>No follow-up.</source>
        <translation>无跟进。</translation>
    </message>
</context>
<context>
    <name>AnswersView</name>
    <message>
        <location filename="../../ui/surveys/answers_view.py" line="109"/>
        <source>All answers</source>
        <translation>全部回答</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/answers_view.py" line="114"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/answers_view.py" line="115"/>
        <source>Answered</source>
        <translation>回答日期</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/answers_view.py" line="116"/>
        <source>Enter answers…</source>
        <translation>录入回答…</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/answers_view.py" line="117"/>
        <source>Find the customer, pick the score, a comment, Enter</source>
        <translation>找到客户，选评分，写评论，回车</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/answers_view.py" line="118"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/answers_view.py" line="119"/>
        <source>Answers downloaded from 问卷星 or 腾讯问卷 (Excel)</source>
        <translation>从问卷星或腾讯问卷下载的回答（Excel）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/answers_view.py" line="120"/>
        <source>Take back</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/answers_view.py" line="122"/>
        <source>Remove the answer with its follow-up and the 推荐者 tag it gave</source>
        <translation>删除该回答，连同它产生的跟进和推荐者标签</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/answers_view.py" line="124"/>
        <source>Turn into complaint</source>
        <translation>转为投诉</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/answers_view.py" line="125"/>
        <source>File a complaint from this detractor&apos;s answer</source>
        <translation>根据这位贬损者的回答登记投诉</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/answers_view.py" line="127"/>
        <source>Answered at</source>
        <translation>回答时间</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/answers_view.py" line="127"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/answers_view.py" line="127"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/answers_view.py" line="127"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/answers_view.py" line="128"/>
        <source>Closed loop</source>
        <translation>闭环</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/answers_view.py" line="128"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/answers_view.py" line="128"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/answers_view.py" line="162"/>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/answers_view.py" line="174"/>
        <source>%1 answers</source>
        <translation>%1 条回答</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/answers_view.py" line="175"/>
        <source>the newest %1 of %2 answers</source>
        <translation>%2 条回答中最新的 %1 条</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/answers_view.py" line="178"/>
        <source>%1 responses to its questions: see Results</source>
        <translation>%1 份问卷答卷：见“结果”</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/answers_view.py" line="189"/>
        <source>follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/answers_view.py" line="193"/>
        <source>complaint #%1</source>
        <translation>投诉 #%1</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/answers_view.py" line="224"/>
        <source>Surveys</source>
        <translation>客户之声</translation>
    </message>
</context>
<context>
    <name>AppearanceController</name>
    <message>
        <location filename="../../desktop/controllers/appearance.py" line="32"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/appearance.py" line="33"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/appearance.py" line="34"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/appearance.py" line="35"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../ui/events/attendance.py" line="27"/>
        <source>Mark attendance</source>
        <translation>补录签到</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance.py" line="34"/>
        <source>Tick those who signed the printed sheet of “%1” (arrow keys move, space ticks).</source>
        <translation>勾选在“%1”纸质签到表上签了名的人（方向键移动，空格勾选）。</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance.py" line="44"/>
        <source>(waiting list)</source>
        <translation>（候补）</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance.py" line="59"/>
        <source>Close the event: the others become no-shows</source>
        <translation>结束活动：其余报名者记为未到场</translation>
    </message>
    <message>
        <location filename="../../ui/events/attendance.py" line="78"/>
        <source>Ticked: %1 of %2</source>
        <translation>已勾选：%1 / %2</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../ui/audit_dialog.py" line="43"/>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="44"/>
        <source>Edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="45"/>
        <source>Deleted (to the bin)</source>
        <translation>删除（移入回收站）</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="46"/>
        <source>Restored from the bin</source>
        <translation>从回收站恢复</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="47"/>
        <source>Deleted for good</source>
        <translation>彻底删除</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="48"/>
        <source>Tags changed</source>
        <translation>标签变更</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="50"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="51"/>
        <source>Import undone</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="52"/>
        <source>Undone</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="53"/>
        <source>Redone</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="54"/>
        <source>Backed up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="55"/>
        <source>Restored a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="56"/>
        <source>Personal data erased</source>
        <translation>抹除个人信息</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="57"/>
        <source>Privacy settings changed</source>
        <translation>隐私设置已更改</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="58"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="59"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="60"/>
        <source>Snoozed</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="61"/>
        <source>Rescheduled</source>
        <translation>已改期</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="62"/>
        <source>Reassigned</source>
        <translation>已转交</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="63"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="64"/>
        <source>Workflow step</source>
        <translation>处理步骤</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="65"/>
        <source>Lifecycle stage set</source>
        <translation>设置生命周期阶段</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="66"/>
        <source>RFM scored</source>
        <translation>RFM 已评分</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="67"/>
        <source>Settings changed</source>
        <translation>设置已更改</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="68"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="69"/>
        <source>Joined</source>
        <translation>加入</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="70"/>
        <source>Left</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="71"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="72"/>
        <source>Activity recorded</source>
        <translation>记录活跃</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="73"/>
        <source>Signed up</source>
        <translation>报名</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="74"/>
        <source>Checked in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="75"/>
        <source>Did not come</source>
        <translation>未到场</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="76"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="77"/>
        <source>Member enrolled</source>
        <translation>办理会员</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="78"/>
        <source>Member card changed</source>
        <translation>会员卡变更</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="79"/>
        <source>Points earned</source>
        <translation>积分获得</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="80"/>
        <source>Points redeemed</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="81"/>
        <source>Points adjusted</source>
        <translation>积分调整</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="82"/>
        <source>Points expired</source>
        <translation>积分过期</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="83"/>
        <source>Reversed</source>
        <translation>冲正</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="84"/>
        <source>Topped up</source>
        <translation>储值充值</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="85"/>
        <source>Paid from stored value</source>
        <translation>储值消费</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="86"/>
        <source>Stored value transferred</source>
        <translation>储值转账</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="87"/>
        <source>Sold</source>
        <translation>售出</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="88"/>
        <source>Visit used</source>
        <translation>核销次数</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="89"/>
        <source>Renewed</source>
        <translation>续费</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="90"/>
        <source>Introducer recorded</source>
        <translation>记录介绍人</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="91"/>
        <source>Referral rewarded</source>
        <translation>发放转介绍奖励</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="92"/>
        <source>Member level changed</source>
        <translation>会员等级变动</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="93"/>
        <source>Member level locked</source>
        <translation>会员等级锁定</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="94"/>
        <source>Member level unlocked</source>
        <translation>会员等级解锁</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="95"/>
        <source>Survey answer recorded</source>
        <translation>记录问卷回答</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="96"/>
        <source>Staff member renamed</source>
        <translation>员工改名</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="97"/>
        <source>Staff member deactivated</source>
        <translation>员工停用</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="98"/>
        <source>Staff member activated</source>
        <translation>员工启用</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="99"/>
        <source>Leads assigned</source>
        <translation>分配线索</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="100"/>
        <source>Leads reclaimed to the pool</source>
        <translation>线索回收到公海</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="101"/>
        <source>Acquisition cost entered</source>
        <translation>获客成本录入</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="102"/>
        <source>Automation rule changed</source>
        <translation>自动化规则已更改</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="103"/>
        <source>Automation rules ran</source>
        <translation>自动化规则已运行</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="104"/>
        <source>Marked not duplicates</source>
        <translation>标记为非重复</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="110"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="111"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="112"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="113"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="114"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="115"/>
        <source>Interaction</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="116"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="117"/>
        <source>Purchase</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="118"/>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="119"/>
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="120"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="121"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="122"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="123"/>
        <source>Stored value</source>
        <translation>储值</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="124"/>
        <source>Count card</source>
        <translation>计次卡</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="125"/>
        <source>Paid membership</source>
        <translation>付费会员</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="126"/>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="127"/>
        <source>Member level</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="128"/>
        <source>Survey</source>
        <translation>问卷</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="130"/>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="131"/>
        <source>Acquisition cost</source>
        <translation>获客成本</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="132"/>
        <source>Automation rule</source>
        <translation>自动化规则</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="140"/>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="149"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="129"/>
        <location filename="../../ui/audit_dialog.py" line="150"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="49"/>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="151"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="152"/>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="153"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="154"/>
        <source>Records</source>
        <translation>条数</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="155"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <location filename="../../ui/audit_details.py" line="26"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="27"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="28"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="29"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="30"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="31"/>
        <source>Categories</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="32"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="33"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="34"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="35"/>
        <source>Respond by</source>
        <translation>响应期限</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="36"/>
        <source>Resolve by</source>
        <translation>解决期限</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="37"/>
        <source>Responded at</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="38"/>
        <source>Resolved at</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="39"/>
        <source>Return visit at</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="40"/>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="41"/>
        <source>Solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="42"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="43"/>
        <source>Customer&apos;s comment</source>
        <translation>客户评价</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="44"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="45"/>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="46"/>
        <source>Subject</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="47"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="48"/>
        <source>First response (hours)</source>
        <translation>首次响应（小时）</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="49"/>
        <source>Resolve normal (hours)</source>
        <translation>一般投诉解决（小时）</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="51"/>
        <source>Resolve serious (hours)</source>
        <translation>严重投诉解决（小时）</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="53"/>
        <source>Resolve urgent (hours)</source>
        <translation>紧急投诉解决（小时）</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="55"/>
        <source>Business hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="56"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="57"/>
        <source>Return visit after (days)</source>
        <translation>解决后回访（天）</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="58"/>
        <source>High-value tags</source>
        <translation>高价值客户标签</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="59"/>
        <source>High-value segments</source>
        <translation>高价值 RFM 分群</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="60"/>
        <source>RFM segment</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="61"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="62"/>
        <source>Customers scored</source>
        <translation>评分客户数</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="63"/>
        <source>Customers changed</source>
        <translation>变动客户数</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="64"/>
        <source>Stay-in-touch rule</source>
        <translation>定期联系规则</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="65"/>
        <source>Every (days)</source>
        <translation>间隔（天）</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="66"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="105"/>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="106"/>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="107"/>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="124"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/audit_details.py" line="125"/>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../ui/audit_dialog.py" line="171"/>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="182"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="188"/>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="193"/>
        <location filename="../../ui/audit_dialog.py" line="327"/>
        <source>All staff</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="196"/>
        <source>Search the details…</source>
        <translation>搜索详情…</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="200"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="202"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="223"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="226"/>
        <source>Undo this merge</source>
        <translation>撤销这次合并</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="261"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="286"/>
        <source>The newest %1 of %2 entries. Narrow the filters, or export them all.</source>
        <translation>显示最新的 %1 条，共 %2 条。请缩小筛选范围，或全部导出。</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="290"/>
        <source>%1 entries.</source>
        <translation>共 %1 条。</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="315"/>
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="329"/>
        <source>(no name)</source>
        <translation>（未署名）</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="337"/>
        <location filename="../../ui/audit_dialog.py" line="354"/>
        <source>Export the audit log</source>
        <translation>导出操作日志</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="337"/>
        <source>audit-log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="338"/>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="347"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../ui/audit_dialog.py" line="356"/>
        <source>%1 entries written to %2</source>
        <translation>已将 %1 条写入 %2</translation>
    </message>
</context>
<context>
    <name>Automation</name>
    <message>
        <location filename="../../ui/automation/words.py" line="11"/>
        <source>Customer created or imported</source>
        <translation>新建或导入客户</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="14"/>
        <source>Tag added</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="15"/>
        <source>Tag removed</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="16"/>
        <source>Lifecycle stage changed</source>
        <translation>生命周期阶段变化</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="17"/>
        <source>RFM segment changed</source>
        <translation>RFM 分群变化</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="18"/>
        <source>Lead grade changed</source>
        <translation>线索等级变化</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="19"/>
        <source>Purchase recorded</source>
        <translation>记录消费</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="20"/>
        <source>Complaint closed</source>
        <translation>投诉结案</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="21"/>
        <source>Survey answer</source>
        <translation>问卷回答</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="22"/>
        <source>Joined a community</source>
        <translation>加入社群</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="23"/>
        <source>Left a community</source>
        <translation>退出社群</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="24"/>
        <source>Attended an event</source>
        <translation>参加活动</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="25"/>
        <source>Did not come to an event</source>
        <translation>活动未到场</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="26"/>
        <source>Member level changed</source>
        <translation>会员等级变化</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="27"/>
        <source>Points fell below</source>
        <translation>积分低于</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="28"/>
        <source>Points rose above</source>
        <translation>积分高于</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="29"/>
        <source>Stored value fell below</source>
        <translation>储值余额低于</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="30"/>
        <source>Stored value rose above</source>
        <translation>储值余额高于</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="57"/>
        <source>Above</source>
        <translation>金额高于</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="62"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="94"/>
        <source>Total spend (¥)</source>
        <translation>累计消费（元）</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="114"/>
        <source>Any purchase</source>
        <translation>任意一笔消费</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="115"/>
        <source>The first purchase</source>
        <translation>首次消费</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="116"/>
        <source>The Nth purchase</source>
        <translation>第 N 次消费</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="31"/>
        <source>No purchase for N days</source>
        <translation>N 天未消费</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="32"/>
        <source>No contact for N days</source>
        <translation>N 天无互动</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="33"/>
        <source>Birthday in N days</source>
        <translation>N 天后生日</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="39"/>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="40"/>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="41"/>
        <source>Plan a follow-up</source>
        <translation>安排跟进</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="42"/>
        <source>Assign owner</source>
        <translation>指定负责人</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="43"/>
        <source>Set lifecycle stage</source>
        <translation>设置生命周期阶段</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="44"/>
        <source>Add to community</source>
        <translation>加入社群</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="45"/>
        <source>Invite to an event</source>
        <translation>邀请参加活动</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="46"/>
        <source>Grant points</source>
        <translation>赠送积分</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="47"/>
        <source>Write a note</source>
        <translation>写备注</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="53"/>
        <location filename="../../ui/automation/words.py" line="99"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="54"/>
        <source>To</source>
        <translation>变为</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="55"/>
        <source>Which purchase</source>
        <translation>第几次消费</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="56"/>
        <source>Nth</source>
        <translation>第 N 次</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="58"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="59"/>
        <source>Community id</source>
        <translation>社群编号</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="60"/>
        <source>Event id</source>
        <translation>活动编号</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="61"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="63"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="64"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="65"/>
        <source>Due in days</source>
        <translation>几天后到期</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="66"/>
        <source>Channel</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="67"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="68"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="69"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="70"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="76"/>
        <source>is</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="77"/>
        <source>is not</source>
        <translation>不是</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="78"/>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="79"/>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="80"/>
        <source>is not empty</source>
        <translation>不为空</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="87"/>
        <source>has</source>
        <translation>有</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="88"/>
        <source>lacks</source>
        <translation>没有</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="95"/>
        <source>Purchases</source>
        <translation>消费次数</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="96"/>
        <source>Days since last purchase</source>
        <translation>距上次消费天数</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="97"/>
        <source>Days since last contact</source>
        <translation>距上次联系天数</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="98"/>
        <source>Number of tags</source>
        <translation>标签数</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="100"/>
        <source>RFM segment</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="101"/>
        <source>Member level</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="107"/>
        <source>Changes</source>
        <translation>数据变化</translation>
    </message>
    <message>
        <location filename="../../ui/automation/words.py" line="108"/>
        <source>Hourly check</source>
        <translation>每小时检查</translation>
    </message>
</context>
<context>
    <name>AutomationJob</name>
    <message>
        <location filename="../../desktop/automation_job.py" line="50"/>
        <source>The automation rules could not run: %1</source>
        <translation>自动化规则未能运行：%1</translation>
    </message>
</context>
<context>
    <name>AutomationMessages</name>
    <message>
        <location filename="../../ui/automation/messages.py" line="15"/>
        <source>“%1” must be text.</source>
        <translation>“%1”必须是文字。</translation>
    </message>
    <message>
        <location filename="../../ui/automation/messages.py" line="18"/>
        <source>“%1” is not one of the choices.</source>
        <translation>“%1”不是可选的值。</translation>
    </message>
    <message>
        <location filename="../../ui/automation/messages.py" line="22"/>
        <source>“%1” must be a whole number.</source>
        <translation>“%1”必须是整数。</translation>
    </message>
    <message>
        <location filename="../../ui/automation/messages.py" line="25"/>
        <source>“%1” is out of range.</source>
        <translation>“%1”超出范围。</translation>
    </message>
    <message>
        <location filename="../../ui/automation/messages.py" line="28"/>
        <source>“%1” is not a setting of this rule.</source>
        <translation>“%1”不是此规则的设置。</translation>
    </message>
    <message>
        <location filename="../../ui/automation/messages.py" line="32"/>
        <source>“%1” is required.</source>
        <translation>请填写“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/automation/messages.py" line="34"/>
        <source>Choose what starts the rule.</source>
        <translation>请选择触发规则的事件。</translation>
    </message>
    <message>
        <location filename="../../ui/automation/messages.py" line="37"/>
        <source>A condition is not complete.</source>
        <translation>有条件未填完整。</translation>
    </message>
    <message>
        <location filename="../../ui/automation/messages.py" line="41"/>
        <source>There is no field “%1”.</source>
        <translation>没有字段“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/automation/messages.py" line="44"/>
        <source>This comparison does not fit “%1”.</source>
        <translation>这种比较不适用于“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/automation/messages.py" line="47"/>
        <source>Choose an action.</source>
        <translation>请选择动作。</translation>
    </message>
    <message>
        <location filename="../../ui/automation/messages.py" line="48"/>
        <source>A rule needs 1 to 10 actions.</source>
        <translation>规则需要 1 到 10 个动作。</translation>
    </message>
    <message>
        <location filename="../../ui/automation/messages.py" line="51"/>
        <source>This is not a rule in JSON.</source>
        <translation>这不是 JSON 格式的规则。</translation>
    </message>
    <message>
        <location filename="../../ui/automation/messages.py" line="54"/>
        <source>The rule names a tag, field or level that no longer exists.</source>
        <translation>规则引用的标签、字段或等级已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/automation/messages.py" line="57"/>
        <source>This is not a rule number.</source>
        <translation>这不是规则编号。</translation>
    </message>
    <message>
        <location filename="../../ui/automation/messages.py" line="58"/>
        <source>There is no such rule.</source>
        <translation>没有这条规则。</translation>
    </message>
    <message>
        <location filename="../../ui/automation/messages.py" line="61"/>
        <source>This is not a run number.</source>
        <translation>这不是运行编号。</translation>
    </message>
    <message>
        <location filename="../../ui/automation/messages.py" line="62"/>
        <source>There is no such run.</source>
        <translation>没有这次运行。</translation>
    </message>
    <message>
        <location filename="../../ui/automation/messages.py" line="63"/>
        <source>This run was undone already.</source>
        <translation>这次运行已经撤销过了。</translation>
    </message>
    <message>
        <location filename="../../ui/automation/messages.py" line="66"/>
        <source>The rule&apos;s file cannot be read.</source>
        <translation>无法读取规则文件。</translation>
    </message>
</context>
<context>
    <name>AutomationPage</name>
    <message>
        <location filename="../../ui/automation/page.py" line="40"/>
        <source>Switch rule on</source>
        <translation>启用规则</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="41"/>
        <source>Switch rule off</source>
        <translation>停用规则</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="132"/>
        <source>Automation rules</source>
        <translation>自动化规则</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="133"/>
        <source>Run log</source>
        <translation>运行日志</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="134"/>
        <source>New rule…</source>
        <translation>新建规则…</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="135"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="136"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="137"/>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="138"/>
        <source>Run now</source>
        <translation>立即运行</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="139"/>
        <source>Undo run</source>
        <translation>撤销此次运行</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="140"/>
        <source>Export log…</source>
        <translation>导出日志…</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="142"/>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="142"/>
        <location filename="../../ui/automation/page.py" line="274"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="142"/>
        <source>When</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="142"/>
        <source>Switched off because</source>
        <translation>停用原因</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="145"/>
        <location filename="../../ui/automation/page.py" line="273"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="145"/>
        <location filename="../../ui/automation/page.py" line="273"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="145"/>
        <location filename="../../ui/automation/page.py" line="273"/>
        <source>Cause</source>
        <translation>起因</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="145"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="146"/>
        <source>Actions</source>
        <translation>动作数</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="146"/>
        <source>Rules and warnings</source>
        <translation>规则与提醒</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="176"/>
        <location filename="../../ui/automation/page.py" line="277"/>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="207"/>
        <location filename="../../ui/automation/page.py" line="248"/>
        <location filename="../../ui/automation/page.py" line="261"/>
        <location filename="../../ui/automation/page.py" line="281"/>
        <source>Automation</source>
        <translation>自动化</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="240"/>
        <source>Would touch %1 customers now.</source>
        <translation>现在会影响 %1 位客户。</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="251"/>
        <source>%1 customers touched.</source>
        <translation>已处理 %1 位客户。</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="267"/>
        <source>Export run log</source>
        <translation>导出运行日志</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="268"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="274"/>
        <source>Customer number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="275"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="275"/>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="276"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../../ui/automation/page.py" line="276"/>
        <source>After</source>
        <translation>之后</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="46"/>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="47"/>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="48"/>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="49"/>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="50"/>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="51"/>
        <source>Before a bulk delete</source>
        <translation>批量删除前</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="52"/>
        <source>Damaged file, kept</source>
        <translation>损坏的文件（已保留）</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="80"/>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="81"/>
        <source>Guanjia backups</source>
        <translation>客户管家备份</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="92"/>
        <source>Encrypted backup</source>
        <translation>加密备份</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="93"/>
        <source>%1 is encrypted. Its password:</source>
        <translation>%1 已加密。请输入它的密码：</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="108"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="114"/>
        <source>Restore cancelled. Nothing was changed.</source>
        <translation>已取消恢复，数据没有任何改动。</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <location filename="../../desktop/controllers/backups.py" line="40"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/backups.py" line="41"/>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/backups.py" line="42"/>
        <source>Backup settings…</source>
        <translation>备份设置…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/backups.py" line="43"/>
        <source>Export an encrypted backup…</source>
        <translation>导出加密备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/backups.py" line="55"/>
        <source>The database is damaged: Guanjia shows it but no longer changes it.</source>
        <translation>数据库已损坏：客户管家仍可显示其内容，但不再修改它。</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/backups.py" line="56"/>
        <source>Restore a backup…</source>
        <translation>恢复备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/backups.py" line="80"/>
        <source>Today&apos;s backup is saved: %1</source>
        <translation>今天的备份已保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/backups.py" line="85"/>
        <source>Today&apos;s backup failed: %1</source>
        <translation>今天的备份失败：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/backups.py" line="88"/>
        <source>The backup could not be copied to the second folder (%1).</source>
        <translation>备份未能复制到第二备份文件夹（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/backups.py" line="97"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/backups.py" line="101"/>
        <location filename="../../desktop/controllers/backups.py" line="125"/>
        <source>Backup cancelled.</source>
        <translation>已取消备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/backups.py" line="104"/>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/backups.py" line="106"/>
        <source>Backup saved: %1</source>
        <translation>备份已保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/backups.py" line="121"/>
        <source>Exporting an encrypted backup…</source>
        <translation>正在导出加密备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/backups.py" line="128"/>
        <source>Export an encrypted backup</source>
        <translation>导出加密备份</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/backups.py" line="131"/>
        <source>Encrypted backup saved: %1</source>
        <translation>加密备份已保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/backups.py" line="159"/>
        <source>Restored: %1 customers. The data it replaced was backed up first.</source>
        <translation>已恢复：%1 位客户。被替换的数据已先行备份。</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="424"/>
        <source>Backup settings</source>
        <translation>备份设置</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="430"/>
        <source>Keep the newest backups</source>
        <translation>保留最新的备份份数</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="431"/>
        <source>… and one a day, for days</source>
        <translation>……另外每天保留一份，保留天数</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="432"/>
        <source>… and one a week, for weeks</source>
        <translation>……另外每周保留一份，保留周数</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="433"/>
        <source>… and one a month, for months</source>
        <translation>……另外每月保留一份，保留月数</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="443"/>
        <source>None (a USB stick or a synced cloud folder)</source>
        <translation>不复制（可选 U 盘或同步的网盘文件夹）</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="444"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="449"/>
        <source>Also copy each backup to</source>
        <translation>每次备份另存一份到</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="453"/>
        <source>Backups are kept in %1. Backups you make by hand are never deleted.</source>
        <translation>备份保存在 %1。手动备份永远不会被自动删除。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="457"/>
        <source>Open the backup folder</source>
        <translation>打开备份文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="476"/>
        <source>Second backup folder</source>
        <translation>第二备份文件夹</translation>
    </message>
</context>
<context>
    <name>BulkTagDialog</name>
    <message>
        <location filename="../../ui/tags/bulk_dialog.py" line="25"/>
        <source>Tag customers</source>
        <translation>给客户打标签</translation>
    </message>
    <message>
        <location filename="../../ui/tags/bulk_dialog.py" line="29"/>
        <source>The %1 selected customer(s)</source>
        <translation>选中的 %1 位客户</translation>
    </message>
    <message>
        <location filename="../../ui/tags/bulk_dialog.py" line="34"/>
        <source>All %1 customer(s) in the list (not only those on screen)</source>
        <translation>列表中全部 %1 位客户（不只是屏幕上显示的）</translation>
    </message>
    <message>
        <location filename="../../ui/tags/bulk_dialog.py" line="55"/>
        <source>Add tags:</source>
        <translation>添加标签：</translation>
    </message>
    <message>
        <location filename="../../ui/tags/bulk_dialog.py" line="56"/>
        <source>Remove tags:</source>
        <translation>移除标签：</translation>
    </message>
    <message>
        <location filename="../../ui/tags/bulk_dialog.py" line="58"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../ui/tags/bulk_dialog.py" line="62"/>
        <source>Change the tags of:</source>
        <translation>修改以下客户的标签：</translation>
    </message>
    <message>
        <location filename="../../ui/tags/bulk_dialog.py" line="90"/>
        <source>A tag cannot be both added and removed.</source>
        <translation>同一个标签不能既添加又移除。</translation>
    </message>
</context>
<context>
    <name>CareDayList</name>
    <message>
        <location filename="../../ui/followups/care_day.py" line="32"/>
        <source>care on</source>
        <translation>已开启关怀</translation>
    </message>
    <message>
        <location filename="../../ui/followups/care_day.py" line="32"/>
        <source>care off</source>
        <translation>未开启关怀</translation>
    </message>
    <message>
        <location filename="../../ui/followups/care_day.py" line="34"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/followups/care_day.py" line="40"/>
        <source>%1: %2 birthdays</source>
        <translation>%1：%2 位客户生日</translation>
    </message>
    <message>
        <location filename="../../ui/followups/care_day.py" line="47"/>
        <source>… and %1 more</source>
        <translation>…… 还有 %1 位</translation>
    </message>
    <message>
        <location filename="../../ui/followups/care_day.py" line="49"/>
        <source>No festival or birthday on this day.</source>
        <translation>这一天没有节日，也没有客户生日。</translation>
    </message>
</context>
<context>
    <name>CareSettingsDialog</name>
    <message>
        <location filename="../../ui/followups/rules_dialog.py" line="194"/>
        <source>Birthday and festival care</source>
        <translation>生日与节日关怀</translation>
    </message>
    <message>
        <location filename="../../ui/followups/rules_dialog.py" line="202"/>
        <source> days ahead, and on the day</source>
        <translation> 天前提醒，当天再提醒</translation>
    </message>
    <message>
        <location filename="../../ui/followups/rules_dialog.py" line="203"/>
        <source>Remind</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../ui/followups/rules_dialog.py" line="207"/>
        <source>Greeting</source>
        <translation>祝福语</translation>
    </message>
    <message>
        <location filename="../../ui/followups/rules_dialog.py" line="208"/>
        <source>{name} becomes the customer&apos;s name.</source>
        <translation>{name} 会替换为客户姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/followups/rules_dialog.py" line="214"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../ui/followups/rules_dialog.py" line="218"/>
        <source>Birthdays</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/followups/rules_dialog.py" line="219"/>
        <source>Festivals</source>
        <translation>节日</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="76"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="77"/>
        <source>Save this chart as a picture or a PDF</source>
        <translation>把此图表保存为图片或 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="78"/>
        <source>As PNG picture…</source>
        <translation>保存为 PNG 图片…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="79"/>
        <source>As PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="214"/>
        <source>PNG picture (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="214"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="216"/>
        <location filename="../../ui/dashboard/chart.py" line="225"/>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/chart.py" line="226"/>
        <source>The chart could not be saved: %1</source>
        <translation>图表无法保存：%1</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <location filename="../../ui/events/dialogs.py" line="180"/>
        <location filename="../../ui/events/dialogs.py" line="192"/>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="186"/>
        <source>Name, mobile or pinyin initials</source>
        <translation>姓名、手机号或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="196"/>
        <source>Walk-in…</source>
        <translation>现场报名…</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="198"/>
        <source>The organiser</source>
        <translation>组织者</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="200"/>
        <source>Recorded in the event&apos;s community as organising it, not attending (for the next check-in)</source>
        <translation>在活动所属社群中记为组织活动，而非参加活动（用于下一次签到）</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="206"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="265"/>
        <source>%1 checked in.</source>
        <translation>%1 已签到。</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="272"/>
        <source>+%1 points.</source>
        <translation>积分 +%1。</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="288"/>
        <source>%1 checked in as a walk-in.</source>
        <translation>%1 已现场报名并签到。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop/cli/__init__.py" line="173"/>
        <source>GUANJIA_NOW must look like 2026-12-01T09:30</source>
        <translation>GUANJIA_NOW 的格式应为 2026-12-01T09:30</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/__init__.py" line="190"/>
        <source>unknown command %1</source>
        <translation>未知命令 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/storage.py" line="82"/>
        <source>an encrypted backup needs a password: set $%1 or run in a terminal</source>
        <translation>加密备份需要密码：请设置 $%1，或在终端中运行</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/storage.py" line="106"/>
        <source>backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/storage.py" line="108"/>
        <location filename="../../desktop/cli/storage.py" line="141"/>
        <source>copied to %1</source>
        <translation>已复制到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/storage.py" line="110"/>
        <source>encrypted copy: %1</source>
        <translation>加密副本：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/storage.py" line="112"/>
        <location filename="../../desktop/cli/storage.py" line="143"/>
        <source>warning: the second folder could not be written: %1</source>
        <translation>警告：无法写入第二个备份文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/privacy.py" line="136"/>
        <source>--action must be one of: %1</source>
        <translation>--action 只能是以下之一：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/privacy.py" line="138"/>
        <source>--kind must be one of: %1</source>
        <translation>--kind 只能是以下之一：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/privacy.py" line="140"/>
        <source>--limit must be at least 1</source>
        <translation>--limit 至少为 1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/privacy.py" line="147"/>
        <source>%1 entries written to %2</source>
        <translation>已将 %1 条记录写入 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/followups.py" line="240"/>
        <source>due today: %1 (%2 follow-ups, %3 customers due a contact); overdue: %4; birthdays today: %5</source>
        <translation>今日待跟进：%1（%2 个跟进，%3 位客户该联系了）；已逾期：%4；今天生日：%5</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/storage.py" line="169"/>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/storage.py" line="174"/>
        <source>%1 is damaged:</source>
        <translation>%1 已损坏：</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/storage.py" line="175"/>
        <source>restore a backup: guanjia backups; guanjia restore FILE</source>
        <translation>请恢复备份：guanjia backups；guanjia restore 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/storage.py" line="177"/>
        <source>%1: ok</source>
        <translation>%1：正常</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/storage.py" line="193"/>
        <source>the two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/privacy.py" line="170"/>
        <source>“%1” is not on the staff list: add them with `guanjia team add %1` first</source>
        <translation>“%1”不在团队名单中：请先用 `guanjia team add %1` 添加</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/privacy.py" line="182"/>
        <source>erase the personal data of %1 (#%2): name, contacts, notes, custom fields and the texts of their history, for good</source>
        <translation>永久清除 %1（#%2）的个人数据：姓名、联系方式、备注、自定义字段及其历史记录中的文字</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/privacy.py" line="186"/>
        <source>erasing cannot be undone: add --yes to confirm</source>
        <translation>清除后无法撤销：请加上 --yes 确认</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/privacy.py" line="188"/>
        <source>not erased</source>
        <translation>未清除</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/privacy.py" line="197"/>
        <source>erased: the customer is now %1</source>
        <translation>已清除：该客户现在显示为 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/privacy.py" line="212"/>
        <source>a password opens Guanjia; it locks after %1 idle minutes</source>
        <translation>打开客户管家需要密码；空闲 %1 分钟后锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/privacy.py" line="217"/>
        <source>no password: Guanjia opens without one</source>
        <translation>未设密码：打开客户管家无需密码</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/storage.py" line="75"/>
        <source>--if-due makes the day&apos;s backup in the usual folder: leave out DEST and --encrypt</source>
        <translation>--if-due 在通常的文件夹里做当天的备份：请去掉 DEST 和 --encrypt</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/storage.py" line="130"/>
        <source>not due: today&apos;s backup is made already (%1)</source>
        <translation>无需备份：今天已经备份过了（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/storage.py" line="139"/>
        <source>today&apos;s backup made: %1</source>
        <translation>今天的备份已完成：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/storage.py" line="205"/>
        <source>no folder %1 for a new database %2: check the path, or add --create to make it</source>
        <translation>没有文件夹 %1 来存放新数据库 %2：请检查路径，或加上 --create 来创建</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/storage.py" line="213"/>
        <source>the window has %1 open (process %2 on %3): close it, then restore</source>
        <translation>窗口正在使用 %1（进程 %2，计算机 %3）：请先关闭窗口，再恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/storage.py" line="229"/>
        <source>%1 is encrypted: set $%2 or run in a terminal</source>
        <translation>%1 已加密：请设置 $%2，或在终端中运行</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/storage.py" line="233"/>
        <source>backup: %1 customers, %2 purchases, %3 complaints, %4 follow-ups</source>
        <translation>备份：%1 位客户，%2 条消费，%3 条投诉，%4 个跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/storage.py" line="240"/>
        <source>now:    damaged (it is kept as a backup before it is replaced)</source>
        <translation>当前：已损坏（替换前会先保存为备份）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/storage.py" line="244"/>
        <source>now:    %1 customers, %2 purchases, %3 complaints, %4 follow-ups</source>
        <translation>当前：%1 位客户，%2 条消费，%3 条投诉，%4 个跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/storage.py" line="249"/>
        <source>restoring replaces the data: add --yes to confirm</source>
        <translation>恢复会替换现有数据：请加上 --yes 确认</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/storage.py" line="251"/>
        <source>not restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/storage.py" line="260"/>
        <source>restored %1 into %2: %3 customers</source>
        <translation>已将 %1 恢复到 %2：%3 位客户</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/storage.py" line="263"/>
        <source>the data it replaced is in %1</source>
        <translation>被替换的数据保存在 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/demo.py" line="44"/>
        <source>--customers must be 0 or more</source>
        <translation>--customers 不能小于 0</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/demo.py" line="47"/>
        <source>--followups, --interactions and --complaints must be 0 or more</source>
        <translation>--followups、--interactions 和 --complaints 不能小于 0</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/demo.py" line="50"/>
        <source>added %1 demo customers</source>
        <translation>已添加 %1 位演示客户</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/demo.py" line="55"/>
        <source>added %1 follow-ups and %2 more contacts</source>
        <translation>已添加 %1 个跟进和 %2 条联系记录</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/demo.py" line="61"/>
        <source>added %1 complaints</source>
        <translation>已添加 %1 条投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/demo.py" line="66"/>
        <source>added %1 purchases</source>
        <translation>已添加 %1 条消费记录</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/demo.py" line="71"/>
        <source>added %1 communities with %2 members, %3 activity rows, %4 events and %5 sign-ups</source>
        <translation>已添加 %1 个社群，%2 位成员，%3 条活跃记录，%4 场活动和 %5 条报名</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/customers.py" line="113"/>
        <source>--limit must be 0 or more</source>
        <translation>--limit 不能小于 0</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/customers.py" line="120"/>
        <source>give --search or --query, not both</source>
        <translation>--search 和 --query 只能给一个</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/customers.py" line="177"/>
        <source>%1 %2 is already used by customer %3 %4 (in the recycle bin); use --allow-duplicate to add anyway</source>
        <translation>%1 %2 已被客户 %3 %4 使用（在回收站中）；如仍要添加，请加上 --allow-duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/customers.py" line="180"/>
        <source>%1 %2 is already used by customer %3 %4; use --allow-duplicate to add anyway</source>
        <translation>%1 %2 已被客户 %3 %4 使用；如仍要添加，请加上 --allow-duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/customers.py" line="201"/>
        <source>say what to change: --add TAG and/or --remove TAG</source>
        <translation>请说明要改什么：--add 标签 和/或 --remove 标签</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/customers.py" line="209"/>
        <source>%1 customers matched</source>
        <translation>匹配到 %1 位客户</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/customers.py" line="211"/>
        <source>added %1 to %2</source>
        <translation>已给 %2 位客户加上 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/customers.py" line="213"/>
        <source>removed %1 from %2</source>
        <translation>已从 %2 位客户去掉 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/imports.py" line="68"/>
        <source>give either FILE or --undo, not both</source>
        <translation>请给出文件或 --undo，不能同时给出</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/imports.py" line="183"/>
        <source>  %1 rows name several customers: say which with --pick</source>
        <translation>  %1 行的姓名对应多位客户：请用 --pick 指定是哪一位</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/imports.py" line="189"/>
        <source>import %1 undone: %2 customers removed, %3 restored, %4 later changes kept</source>
        <translation>已撤销导入 %1：删除 %2 位客户，恢复 %3 位，保留 %4 处之后的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/imports.py" line="76"/>
        <source>give the FILE to import (or --undo IMPORT_ID)</source>
        <translation>请给出要导入的文件（或 --undo 导入编号）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/imports.py" line="103"/>
        <source>would create %1, updated %2, skipped %3 duplicates, %4 rows with errors</source>
        <translation>将新建 %1，更新 %2，跳过重复 %3，有错误的行 %4</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/imports.py" line="106"/>
        <source>created %1, updated %2, skipped %3 duplicates, %4 rows with errors (import %5)</source>
        <translation>新建 %1，更新 %2，跳过重复 %3，有错误的行 %4（导入 %5）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/imports.py" line="110"/>
        <source>added to the team (owners new to it): %1</source>
        <translation>已加入团队（新出现的负责人）：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/imports.py" line="161"/>
        <source>would add %1 records, skip %2 duplicates, %3 rows with errors</source>
        <translation>将添加 %1 条记录，跳过重复 %2 条，有错误的行 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/imports.py" line="164"/>
        <source>nothing to add: %2 duplicates skipped, %3 rows with errors (nothing recorded)</source>
        <translation>没有可添加的：跳过重复 %2 条，有错误的行 %3（未记录这次导入）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/imports.py" line="167"/>
        <source>added %1 records, skipped %2 duplicates, %3 rows with errors (import %4)</source>
        <translation>已添加 %1 条记录，跳过重复 %2 条，有错误的行 %3（导入 %4）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/imports.py" line="175"/>
        <source>members: %1 cards, %2 customers created; opening points %3, stored value %4 + bonus %5 yuan, %6 visits</source>
        <translation>会员：%1 张卡，新建客户 %2 位；期初积分 %3，储值 %4 元 + 赠送 %5 元，次数 %6 次</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/imports.py" line="181"/>
        <source>  %1 levels kept: locked by hand</source>
        <translation>  %1 个等级保留不变：已手动锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/imports.py" line="193"/>
        <source>  %1 records removed</source>
        <translation>  删除 %1 条记录</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/imports.py" line="196"/>
        <source>  openings reversed: %1 points, %2 yuan stored value, %3 visits; %4 cards stopped, %5 levels put back; %6 partly spent since</source>
        <translation>  期初已冲回：积分 %1，储值 %2 元，次数 %3 次；停用 %4 张卡，恢复 %5 个等级；%6 项导入后已部分使用</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/imports.py" line="201"/>
        <source>follow-ups</source>
        <translation>跟进计划</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/imports.py" line="201"/>
        <source>contacts</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/imports.py" line="202"/>
        <source>purchases</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/imports.py" line="202"/>
        <source>complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/imports.py" line="203"/>
        <source>other tags</source>
        <translation>标签变化</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/imports.py" line="206"/>
        <source>  customer %1 kept: given %2 since the import</source>
        <translation>  保留客户 %1：导入后已有 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/imports.py" line="231"/>
        <source>  row %1: %2</source>
        <translation>  第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/imports.py" line="234"/>
        <source>  warning: </source>
        <translation>  警告：</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/exports.py" line="67"/>
        <source>exported %1 customers to %2</source>
        <translation>已导出 %1 位客户到 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/imports.py" line="281"/>
        <source>wrote the import template to %1</source>
        <translation>已将导入模板写入 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/followups.py" line="161"/>
        <source>follow-up %1 is the return visit of complaint %2: add --satisfaction 1-5 (how satisfied the customer is); nothing was changed</source>
        <translation>跟进 %1 是投诉 %2 的回访：请加上 --satisfaction 1-5（客户满意度）；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/followups.py" line="175"/>
        <source>; complaint %1 is now return_visited</source>
        <translation>；投诉 %1 已回访</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/followups.py" line="177"/>
        <source>done follow-up %1</source>
        <translation>已完成跟进 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/followups.py" line="178"/>
        <location filename="../../desktop/cli/followups.py" line="200"/>
        <source>; next: %1</source>
        <translation>；下一个：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/followups.py" line="190"/>
        <source>follow-up %1 now due %2</source>
        <translation>跟进 %1 改为 %2 到期</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/followups.py" line="199"/>
        <source>cancelled follow-up %1</source>
        <translation>已取消跟进 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/complaints.py" line="123"/>
        <source>added complaint %1</source>
        <translation>已添加投诉 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/complaints.py" line="141"/>
        <source>; return visit planned: follow-up %1</source>
        <translation>；已安排回访：跟进 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/complaints.py" line="143"/>
        <source>complaint %1 is now %2</source>
        <translation>投诉 %1 现在的状态：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/purchases.py" line="282"/>
        <source>%1 suggestions, %2 applied</source>
        <translation>%1 条建议，已采纳 %2 条</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/purchases.py" line="284"/>
        <source>%1 suggestions (--apply accepts them)</source>
        <translation>%1 条建议（加上 --apply 即采纳）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/purchases.py" line="224"/>
        <source>would import %1 purchases (%2 refunds) from %3 rows, %4 new customers; skipped %5 rows already recorded, %6 rows with errors</source>
        <translation>将从 %3 行导入 %1 条消费（其中退款 %2 条），新客户 %4 位；跳过已记录的 %5 行，有错误的行 %6</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/purchases.py" line="158"/>
        <source>refund %1 of purchase %2: %3</source>
        <translation>退款 %1（消费记录 %2）：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/purchases.py" line="175"/>
        <source>voided purchase %1 (kept, out of every total)</source>
        <translation>已作废消费记录 %1（保留记录，不计入任何合计）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/purchases.py" line="184"/>
        <source>nothing to change: give --amount, --date or --note</source>
        <translation>没有要修改的内容：请给出 --amount、--date 或 --note</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/purchases.py" line="188"/>
        <source>edited purchase %1</source>
        <translation>已修改消费记录 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/purchases.py" line="228"/>
        <source>imported %1 purchases (%2 refunds) from %3 rows, %4 new customers; skipped %5 rows already recorded, %6 rows with errors (import %7; undo: import --undo ID)</source>
        <translation>已从 %3 行导入 %1 条消费（其中退款 %2 条），新客户 %4 位；跳过已记录的 %5 行，有错误的行 %6（导入 %7；撤销：import --undo 编号）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/purchases.py" line="248"/>
        <source>RFM tags: %1 given, %2 taken off</source>
        <translation>RFM 标签：加上 %1 个，去掉 %2 个</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/text.py" line="57"/>
        <source>“%1” is not a date; write one of: %2</source>
        <translation>“%1”不是日期；可以这样写：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/text.py" line="64"/>
        <source>no database at %1</source>
        <translation>%1 处没有数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/text.py" line="66"/>
        <source>no folder %1 for a new database: check the path, or add --create to make it</source>
        <translation>没有文件夹 %1 来存放新数据库：请检查路径，或加上 --create 来创建</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/text.py" line="72"/>
        <source>the folder %1 does not exist: nothing was written</source>
        <translation>文件夹 %1 不存在：没有写入任何内容</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/text.py" line="75"/>
        <source>%1 is a folder: give a file name</source>
        <translation>%1 是一个文件夹：请给出文件名</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/community_activity.py" line="75"/>
        <source>--customers takes customer ids, or ID:COUNT pairs</source>
        <translation>--customers 接受客户编号，或 编号:次数 的写法</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/community_activity.py" line="83"/>
        <source>recorded %1 × %2 on %3 for %4 members of community %5</source>
        <translation>已为社群 %5 的 %4 位成员记录 %3 的 %2 共 %1 次</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/community_activity.py" line="94"/>
        <source>--as-tags and --no-tags cannot go together</source>
        <translation>--as-tags 与 --no-tags 不能同时使用</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/community_activity.py" line="100"/>
        <source>--if-due goes with --recompute</source>
        <translation>--if-due 需与 --recompute 一起使用</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/community_activity.py" line="104"/>
        <source>levels recomputed for today</source>
        <translation>今天的等级已重新计算</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/community_activity.py" line="105"/>
        <source>levels already recomputed today</source>
        <translation>今天的等级已计算过</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/community_activity.py" line="128"/>
        <source>level tags no longer kept in step</source>
        <translation>等级标签不再自动更新</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/community_activity.py" line="130"/>
        <source>level tags (社群等级): %1 given, %2 taken away; kept in step from now on</source>
        <translation>等级标签（社群等级）：新打 %1 个，移除 %2 个；此后自动保持同步</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/community_activity.py" line="136"/>
        <source>%1 %2: %3 members; core %4, active %5, participant %6, watcher %7, silent %8; up %9, down %10</source>
        <translation>%1 %2：成员 %3 人；核心 %4，活跃 %5，参与 %6，观望 %7，沉默 %8；上升 %9，下降 %10</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/name_picks.py" line="26"/>
        <source>--pick takes ROW=CUSTOMER (numbers), not %1</source>
        <translation>--pick 的格式是 行号=客户编号（数字），而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/community_imports.py" line="93"/>
        <source>would join %1, %2 already members, create %3 customers, skip %4, %5 rows with errors</source>
        <translation>将入群 %1 人，已是成员 %2 人，将新建客户 %3 位，跳过 %4 行，%5 行有错误</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/community_imports.py" line="97"/>
        <source>joined %1, %2 already members, created %3 customers, skipped %4, %5 rows with errors (import %6)</source>
        <translation>已入群 %1 人，已是成员 %2 人，新建客户 %3 位，跳过 %4 行，%5 行有错误（导入 %6）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/community_imports.py" line="102"/>
        <source>%1 of them do not fit: the community holds %2 and has %3 members (--overflow next-group or allow)</source>
        <translation>其中 %1 人超出容量：该社群上限 %2 人，现有 %3 人（可用 --overflow next-group 或 allow）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/community_imports.py" line="105"/>
        <source>%1 of them joined the next group (capacity %2, %3 members before)</source>
        <translation>其中 %1 人加入了下一个群（上限 %2 人，导入前 %3 人）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/community_imports.py" line="108"/>
        <source>%1 of them past the capacity (%2, %3 members before)</source>
        <translation>其中 %1 人超出容量（上限 %2 人，导入前 %3 人）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/community_imports.py" line="126"/>
        <source>added %1 days, %2 already there, %3 replaced, %4 in conflict (kept), %5 rows with errors</source>
        <translation>新增 %1 天，已有 %2 天，替换 %3 天，冲突 %4 天（保留原数据），%5 行有错误</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/community_imports.py" line="131"/>
        <source>  already there: %1</source>
        <translation>  已有：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/community_members.py" line="190"/>
        <source>joined: %1; already members: %2</source>
        <translation>加入：%1；已是成员：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/community_members.py" line="193"/>
        <source>already members (nothing changed): %1</source>
        <translation>已是成员（未改动）：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/community_members.py" line="196"/>
        <source>the group is full: %1 joined the next group (id %2)</source>
        <translation>群已满：%1 人加入了下一个群（编号 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/community_members.py" line="199"/>
        <source>the group is full: %1 did not join (add --next-group to start the next group for them): %2</source>
        <translation>群已满：%1 人未加入（加上 --next-group 为他们开下一个群）：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/community_members.py" line="203"/>
        <source>the group is nearly full: %1 of %2</source>
        <translation>群快满了：%1 / %2</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/community_members.py" line="215"/>
        <source>left: %1</source>
        <translation>退出：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/events.py" line="133"/>
        <source>added event %1</source>
        <translation>已添加活动 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/events.py" line="173"/>
        <source>cancelled %1 sign-ups; %2 moved up from the waiting list</source>
        <translation>已取消 %1 个报名；%2 人从候补名单递补</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/events.py" line="183"/>
        <source>signed up %1, on the waiting list %2, already in %3</source>
        <translation>报名 %1 人，候补 %2 人，已报名 %3 人</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/events.py" line="221"/>
        <source>checked in %1, already checked in %2, no-shows %3</source>
        <translation>签到 %1 人，此前已签到 %2 人，未到场 %3 人</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/events.py" line="235"/>
        <source>checked in %1</source>
        <translation>%1 已签到</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/events.py" line="244"/>
        <source>marked %1 no-shows</source>
        <translation>已标记 %1 人未到场</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/events.py" line="254"/>
        <source>feedback recorded</source>
        <translation>已记录反馈</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/events.py" line="265"/>
        <source>event %1 closed; %2 no-shows</source>
        <translation>活动 %1 已结束；未到场 %2 人</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/event_imports.py" line="58"/>
        <source>would sign up %1, put %2 on the waiting list, %3 signed up already, create %4 customers, skip %5, %6 rows with errors</source>
        <translation>将报名 %1 人，候补 %2 人，已报名 %3 人，新建客户 %4 个，跳过 %5 行，%6 行有错误</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/event_imports.py" line="62"/>
        <source>signed up %1, %2 on the waiting list, %3 signed up already, created %4 customers, skipped %5, %6 rows with errors (import %7)</source>
        <translation>报名 %1 人，候补 %2 人，已报名 %3 人，新建客户 %4 个，跳过 %5 行，%6 行有错误（导入 %7）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/levels.py" line="167"/>
        <source>added level %1</source>
        <translation>已添加等级 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/levels.py" line="176"/>
        <source>nothing to change: give --name, --threshold, ...</source>
        <translation>没有要修改的内容：请给出 --name、--threshold 等</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/levels.py" line="178"/>
        <source>changed level %1</source>
        <translation>已修改等级 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/levels.py" line="186"/>
        <source>level %1 back in use</source>
        <translation>等级 %1 已恢复使用</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/levels.py" line="186"/>
        <source>archived level %1</source>
        <translation>已归档等级 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/levels.py" line="228"/>
        <source>would change: %1 up, %2 down, %3 grace started, %4 grace ended</source>
        <translation>将变动：升级 %1，降级 %2，进入宽限期 %3，结束宽限期 %4</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/levels.py" line="230"/>
        <source>changed: %1 up, %2 down, %3 grace started, %4 grace ended</source>
        <translation>已变动：升级 %1，降级 %2，进入宽限期 %3，结束宽限期 %4</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/levels.py" line="239"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/levels.py" line="273"/>
        <source>+%1 points (balance %2)</source>
        <translation>+%1 积分（余额 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/levels.py" line="290"/>
        <source>customer %1 did not attend event %2</source>
        <translation>客户 %1 未参加活动 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/community_metrics.py" line="76"/>
        <source>the summaries were recounted from the activity</source>
        <translation>已按活动记录重新汇总</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/community_metrics.py" line="78"/>
        <source>the summaries agree with the activity</source>
        <translation>汇总与活动记录一致</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/community_metrics.py" line="80"/>
        <source>the summaries differ from the activity: guanjia communities check --repair</source>
        <translation>汇总与活动记录不一致：请运行 guanjia communities check --repair</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/surveys.py" line="285"/>
        <source>answers %1 (%2 matched, %3 anonymous), skipped %4, %5 rows with errors</source>
        <translation>导入回答 %1 条（匹配客户 %2 条，匿名 %3 条），跳过 %4 条，%5 行有错误</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/surveys.py" line="327"/>
        <source>%1 answers written to %2</source>
        <translation>已写入 %1 条回答到 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/survey_themes.py" line="53"/>
        <source>promoters</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/survey_themes.py" line="54"/>
        <source>passives</source>
        <translation>中立者</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/survey_themes.py" line="55"/>
        <source>detractors</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/survey_themes.py" line="57"/>
        <source>%1: %2 comments</source>
        <translation>%1：%2 条评论</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/survey_themes.py" line="61"/>
        <source>themes:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/leads.py" line="116"/>
        <source>would assign %1 leads: %2</source>
        <translation>将分配 %1 条线索：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/leads.py" line="117"/>
        <source>assigned %1 leads: %2</source>
        <translation>已分配 %1 条线索：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/leads.py" line="120"/>
        <source>%1 pool leads match no entry of the rule</source>
        <translation>公海中有 %1 条线索不符合该规则的任何条目</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/leads.py" line="130"/>
        <location filename="../../desktop/cli/leads.py" line="149"/>
        <source>%1 leads back in the pool</source>
        <translation>%1 条线索已回到公海</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/leads.py" line="148"/>
        <source>%1 leads would go back to the pool</source>
        <translation>将有 %1 条线索回到公海</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/leads.py" line="154"/>
        <source>%1 more go tomorrow unless contacted today:</source>
        <translation>另有 %1 条线索今天不联系明天就会回收：</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/team.py" line="51"/>
        <source>active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/team.py" line="51"/>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/team.py" line="74"/>
        <source>%1 is active already</source>
        <translation>%1 已是在职状态</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/team.py" line="75"/>
        <source>%1 is inactive already</source>
        <translation>%1 已是停用状态</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/team.py" line="89"/>
        <source>%1 is now %2 (%3 owner texts rewritten)</source>
        <translation>%1 已改名为 %2（改写了 %3 处负责人）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/lead_scores.py" line="86"/>
        <source>lead</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/lead_scores.py" line="87"/>
        <source>not a lead (stage %1): no stored score</source>
        <translation>不是潜在客户（阶段 %1）：不保存评分</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/lead_scores.py" line="98"/>
        <source>%1 leads scored, %2 changed, %3 grades changed</source>
        <translation>已为 %1 个潜在客户评分，%2 个有变化，%3 个等级变化</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/lead_scores.py" line="136"/>
        <source>cannot read the model from %1: %2</source>
        <translation>无法从 %1 读取评分模型：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/lead_scores.py" line="148"/>
        <source>write a behaviour as name=weight/half-life/cap, not %1</source>
        <translation>行为请写成 名称=权重/半衰期/上限，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/lead_scores.py" line="155"/>
        <source>write the grades as A/B/C, e.g. 70/45/20, not %1</source>
        <translation>等级请写成 A/B/C，例如 70/45/20，而不是 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/lead_scores.py" line="179"/>
        <source>scoring model saved; every lead rescored</source>
        <translation>评分模型已保存，所有潜在客户已重新评分</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/rules.py" line="60"/>
        <source>on</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/rules.py" line="60"/>
        <source>off</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/rules.py" line="109"/>
        <source>would touch %1 customers</source>
        <translation>会影响 %1 位客户</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/rules.py" line="135"/>
        <source>%1 customers touched, %2 actions</source>
        <translation>处理了 %1 位客户，%2 个动作</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/rules.py" line="144"/>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/funnel.py" line="153"/>
        <source>the milestones were recounted from the rows</source>
        <translation>漏斗里程碑已按记录重新统计</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/funnel.py" line="155"/>
        <source>the milestones agree with the rows</source>
        <translation>漏斗里程碑与记录一致</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/funnel.py" line="157"/>
        <source>the milestones differ from the rows: guanjia funnel check --repair</source>
        <translation>漏斗里程碑与记录不一致：请运行 guanjia funnel check --repair</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/duplicates.py" line="54"/>
        <source>customer ids are numbers</source>
        <translation>客户编号 (id) 必须是数字</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/duplicates.py" line="57"/>
        <source>--undo takes the survivor&apos;s id only</source>
        <translation>--undo 只接受保留客户的 id</translation>
    </message>
</context>
<context>
    <name>Communities</name>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="13"/>
        <source>WeChat group</source>
        <translation>微信群</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="14"/>
        <source>WeCom customer group</source>
        <translation>企业微信客户群</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="15"/>
        <source>QQ group</source>
        <translation>QQ群</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="16"/>
        <source>Official account fans</source>
        <translation>公众号粉丝</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="17"/>
        <source>Forum / mini program</source>
        <translation>论坛/小程序</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="18"/>
        <source>Offline club</source>
        <translation>线下俱乐部</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="19"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="26"/>
        <source>Starting</source>
        <translation>建立前期</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="27"/>
        <source>Growing</source>
        <translation>成长期</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="28"/>
        <source>Mature</source>
        <translation>沉淀期</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="33"/>
        <source>Member organisation</source>
        <translation>会员组织</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="33"/>
        <source>Fan community</source>
        <translation>粉丝社群</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="34"/>
        <source>Partner alliance</source>
        <translation>生态联盟</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="39"/>
        <source>Content</source>
        <translation>内容型</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="40"/>
        <location filename="../../ui/communities/community_labels.py" line="46"/>
        <source>Social</source>
        <translation>社交</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="46"/>
        <source>Advocacy</source>
        <translation>倡导</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="46"/>
        <source>Support</source>
        <translation>支持</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="47"/>
        <source>Insight</source>
        <translation>洞察</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="51"/>
        <source>Owner</source>
        <translation>群主</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="51"/>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="51"/>
        <source>Backbone</source>
        <translation>骨干</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="52"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="56"/>
        <source>Core</source>
        <translation>核心</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="56"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="56"/>
        <source>Participating</source>
        <translation>参与</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="57"/>
        <source>Watching</source>
        <translation>观望</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="57"/>
        <source>Silent</source>
        <translation>沉默</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="68"/>
        <source>This community does not exist.</source>
        <translation>这个社群不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="72"/>
        <source>The community “%1” is archived: bring it back from the archive first.</source>
        <translation>社群“%1”已归档：请先取消归档。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="79"/>
        <source>A community named “%1” exists already.</source>
        <translation>已有名为“%1”的社群。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="83"/>
        <source>In the recycle bin (restore them first): %1</source>
        <translation>在回收站中（请先恢复）：%1</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="89"/>
        <source>Not a member of this community: %1</source>
        <translation>不是这个社群的成员：%1</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="92"/>
        <source>The leave date %1 is before the join date of: %2</source>
        <translation>退群日期 %1 早于这些成员的入群日期：%2</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="98"/>
        <source>Choose at least one customer.</source>
        <translation>请至少选择一位客户。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="99"/>
        <source>Write the stage as 建立前期, 成长期 or 沉淀期.</source>
        <translation>阶段请写：建立前期、成长期或沉淀期。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="102"/>
        <source>Choose a platform from the list.</source>
        <translation>请从列表中选择平台。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="105"/>
        <source>Write the role as 群主, 管理员, 骨干 or 成员.</source>
        <translation>角色请写：群主、管理员、骨干或成员。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="108"/>
        <source>Write the level as 核心, 活跃, 参与, 观望 or 沉默.</source>
        <translation>等级请写：核心、活跃、参与、观望或沉默。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="111"/>
        <source>Choose how they came from the list.</source>
        <translation>请从列表中选择入群方式。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="114"/>
        <source>Choose who runs it from the list.</source>
        <translation>请从列表中选择运营方。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="117"/>
        <source>Choose the kind from the list.</source>
        <translation>请从列表中选择类型。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="118"/>
        <source>Choose a purpose from the list.</source>
        <translation>请从列表中选择目的。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="121"/>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/community_labels.py" line="122"/>
        <source>This number is out of range.</source>
        <translation>这个数字超出范围。</translation>
    </message>
</context>
<context>
    <name>CommunitiesPage</name>
    <message>
        <location filename="../../ui/communities/page.py" line="131"/>
        <location filename="../../ui/communities/page.py" line="239"/>
        <location filename="../../ui/communities/page.py" line="310"/>
        <location filename="../../ui/communities/page.py" line="313"/>
        <source>Communities</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="132"/>
        <source>New community…</source>
        <translation>新建社群…</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="133"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="134"/>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="135"/>
        <source>Level tags</source>
        <translation>等级标签</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="137"/>
        <source>Keep the tags of the group 社群等级 (核心, 活跃, 参与, 观望, 沉默) in step with each member&apos;s best level, after every recompute</source>
        <translation>每次重新计算后，让“社群等级”标签组（核心、活跃、参与、观望、沉默）与每位成员的最高等级保持一致</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="139"/>
        <source>Add members…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="140"/>
        <source>Leave</source>
        <translation>退群</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="141"/>
        <source>Role…</source>
        <translation>角色…</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="142"/>
        <source>The selected members leave (their history stays)</source>
        <translation>所选成员退群（历史记录保留）</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="143"/>
        <source>Members who left</source>
        <translation>已退群成员</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="145"/>
        <location filename="../../ui/communities/page.py" line="148"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="145"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="145"/>
        <location filename="../../ui/communities/page.py" line="217"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="145"/>
        <source>Joined this month</source>
        <translation>本月入群</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="146"/>
        <source>Left this month</source>
        <translation>本月退群</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="146"/>
        <source>Active rate</source>
        <translation>活跃率</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="146"/>
        <source>Goal progress</source>
        <translation>目标进度</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="148"/>
        <location filename="../../ui/communities/page.py" line="348"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="148"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="148"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="149"/>
        <source>Joined</source>
        <translation>入群</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="149"/>
        <source>Left</source>
        <translation>退群</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="151"/>
        <source>Members with any recorded activity in the last 30 days</source>
        <translation>近 30 天有任何活动记录的成员</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="176"/>
        <source> (archived)</source>
        <translation>（已归档）</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="192"/>
        <location filename="../../ui/communities/page.py" line="320"/>
        <source>The group is full</source>
        <translation>群已满</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="193"/>
        <source>The group is nearly full (90 % or more)</source>
        <translation>群快满了（90% 以上）</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="216"/>
        <source>Members of %1</source>
        <translation>%1的成员</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="225"/>
        <source>Unarchive</source>
        <translation>取消归档</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="226"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="250"/>
        <source>Add community</source>
        <translation>新建社群</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="272"/>
        <source>Edit community</source>
        <translation>编辑社群</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="282"/>
        <source>Unarchive community</source>
        <translation>取消归档社群</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="282"/>
        <source>Archive community</source>
        <translation>归档社群</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="304"/>
        <source>Add members</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="311"/>
        <source>Members already (nothing changed for them): %1</source>
        <translation>已是成员（未改动）：%1 人</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="314"/>
        <source>The group is nearly full: %1 of %2 places taken.</source>
        <translation>群快满了：已有 %1 人，上限 %2 人。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="321"/>
        <source>%1 customers did not fit in the group. Start the next group for them?</source>
        <translation>有 %1 位客户放不进这个群。为他们开下一个群吗？</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="330"/>
        <source>Tagging engagement levels…</source>
        <translation>正在按活跃等级打标签…</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="348"/>
        <source>Role in the community</source>
        <translation>在群里的角色</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="359"/>
        <source>Change role</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <location filename="../../ui/communities/page.py" line="370"/>
        <source>Leave community</source>
        <translation>退群</translation>
    </message>
</context>
<context>
    <name>CommunityChooserDialog</name>
    <message>
        <location filename="../../ui/communities/dialogs.py" line="185"/>
        <source>Add to community</source>
        <translation>加入社群</translation>
    </message>
    <message>
        <location filename="../../ui/communities/dialogs.py" line="191"/>
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../ui/communities/dialogs.py" line="192"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
</context>
<context>
    <name>CommunityDialog</name>
    <message>
        <location filename="../../ui/communities/dialogs.py" line="47"/>
        <source>Edit community</source>
        <translation>编辑社群</translation>
    </message>
    <message>
        <location filename="../../ui/communities/dialogs.py" line="47"/>
        <source>New community</source>
        <translation>新建社群</translation>
    </message>
    <message>
        <location filename="../../ui/communities/dialogs.py" line="53"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../ui/communities/dialogs.py" line="58"/>
        <location filename="../../ui/communities/dialogs.py" line="63"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/communities/dialogs.py" line="71"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/communities/dialogs.py" line="72"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../ui/communities/dialogs.py" line="73"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/communities/dialogs.py" line="74"/>
        <source>Capacity</source>
        <translation>人数上限</translation>
    </message>
    <message>
        <location filename="../../ui/communities/dialogs.py" line="75"/>
        <source>Owner (staff)</source>
        <translation>群主（员工）</translation>
    </message>
    <message>
        <location filename="../../ui/communities/dialogs.py" line="76"/>
        <source>Goal: members</source>
        <translation>目标：成员数</translation>
    </message>
    <message>
        <location filename="../../ui/communities/dialogs.py" line="77"/>
        <source>Goal: active rate</source>
        <translation>目标：活跃率</translation>
    </message>
    <message>
        <location filename="../../ui/communities/dialogs.py" line="78"/>
        <source>Goal: by</source>
        <translation>目标：截止日期</translation>
    </message>
    <message>
        <location filename="../../ui/communities/dialogs.py" line="79"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CommunityFilter</name>
    <message>
        <location filename="../../ui/customers/community_filter.py" line="40"/>
        <location filename="../../ui/customers/community_filter.py" line="145"/>
        <source>In no community</source>
        <translation>不在任何社群</translation>
    </message>
    <message>
        <location filename="../../ui/customers/community_filter.py" line="47"/>
        <location filename="../../ui/customers/community_filter.py" line="163"/>
        <source>Any community</source>
        <translation>任意社群</translation>
    </message>
    <message>
        <location filename="../../ui/customers/community_filter.py" line="60"/>
        <source>%1 chosen customers</source>
        <translation>选定的 %1 位客户</translation>
    </message>
    <message>
        <location filename="../../ui/customers/community_filter.py" line="103"/>
        <source>Search communities</source>
        <translation>搜索社群</translation>
    </message>
    <message>
        <location filename="../../ui/customers/community_filter.py" line="115"/>
        <location filename="../../ui/customers/community_filter.py" line="128"/>
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../ui/customers/community_filter.py" line="130"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/customers/community_filter.py" line="135"/>
        <source>Any role</source>
        <translation>任意角色</translation>
    </message>
    <message>
        <location filename="../../ui/customers/community_filter.py" line="137"/>
        <source>Engagement level</source>
        <translation>活跃等级</translation>
    </message>
    <message>
        <location filename="../../ui/customers/community_filter.py" line="142"/>
        <source>Any level</source>
        <translation>任意等级</translation>
    </message>
    <message>
        <location filename="../../ui/customers/community_filter.py" line="147"/>
        <source>Clear the community filter</source>
        <translation>清除社群筛选</translation>
    </message>
</context>
<context>
    <name>CommunityMetricsView</name>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="154"/>
        <source>Members (counted once)</source>
        <translation>成员数（去重）</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="154"/>
        <location filename="../../ui/communities/metrics_view.py" line="168"/>
        <location filename="../../ui/communities/metrics_view.py" line="398"/>
        <source>Joined</source>
        <translation>入群</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="155"/>
        <location filename="../../ui/communities/metrics_view.py" line="398"/>
        <source>Left</source>
        <translation>退群</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="155"/>
        <source>Net growth</source>
        <translation>净增长</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="156"/>
        <source>Active rate</source>
        <translation>活跃率</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="156"/>
        <source>Speaking rate</source>
        <translation>发言率</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="157"/>
        <source>Interaction rate</source>
        <translation>互动率</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="158"/>
        <source>Moved up a level</source>
        <translation>等级上升</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="158"/>
        <source>Moved down a level</source>
        <translation>等级下降</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="159"/>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="159"/>
        <source>Signed up</source>
        <translation>报名</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="160"/>
        <source>Attended</source>
        <translation>到场</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="160"/>
        <source>No-shows</source>
        <translation>未到场</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="161"/>
        <source>Feedback (1-5)</source>
        <translation>反馈评分（1-5）</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="161"/>
        <source>Members who bought</source>
        <translation>购买的成员</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="162"/>
        <source>Members&apos; spend</source>
        <translation>成员消费额</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="162"/>
        <source>Members&apos; repeat rate</source>
        <translation>成员复购率</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="163"/>
        <source>Non-members&apos; repeat rate</source>
        <translation>非成员复购率</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="168"/>
        <location filename="../../ui/communities/metrics_view.py" line="398"/>
        <location filename="../../ui/communities/metrics_view.py" line="400"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="169"/>
        <location filename="../../ui/communities/metrics_view.py" line="399"/>
        <source>Active members</source>
        <translation>活跃成员</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="169"/>
        <source>Members by level</source>
        <translation>各等级成员</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="174"/>
        <source>Core</source>
        <translation>核心</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="174"/>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="175"/>
        <source>Participating</source>
        <translation>参与</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="175"/>
        <source>Watching</source>
        <translation>观望</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="176"/>
        <source>Silent</source>
        <translation>沉默</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="176"/>
        <source>Not rated</source>
        <translation>未评级</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="180"/>
        <location filename="../../ui/communities/metrics_view.py" line="409"/>
        <source>Community metrics</source>
        <translation>社群数据</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="183"/>
        <source>All communities</source>
        <translation>全部社群</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="187"/>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="188"/>
        <source>Compare with non-members</source>
        <translation>与非成员对比</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="190"/>
        <source>Also the non-members&apos; repeat rate: reads every purchase of the period, which takes a while with many customers</source>
        <translation>同时计算非成员的复购率：需读取该期间的全部购买记录，客户多时需要一些时间</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="192"/>
        <source>Show in customer list</source>
        <translation>在客户列表中显示</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="194"/>
        <source>The customer list, filtered to exactly these customers</source>
        <translation>打开客户列表，只显示这些客户</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="196"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="196"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="197"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="197"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="198"/>
        <source>Custom period</source>
        <translation>自定义时段</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="212"/>
        <source>Members with any recorded activity in the period, of the members on its last day</source>
        <translation>时段内有任何活跃记录的成员，占时段最后一天成员数的比例</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="216"/>
        <source>Members who did more than send messages (posted, answered, invited, came to an event, bought after a post), of the members on the period&apos;s last day</source>
        <translation>除发言外还有其他互动（发帖、答疑、邀请、参加活动、看帖后购买）的成员，占时段最后一天成员数的比例</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="223"/>
        <location filename="../../ui/communities/metrics_view.py" line="401"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="223"/>
        <location filename="../../ui/communities/metrics_view.py" line="401"/>
        <source>Number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="223"/>
        <location filename="../../ui/communities/metrics_view.py" line="401"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="223"/>
        <location filename="../../ui/communities/metrics_view.py" line="402"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="266"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="271"/>
        <source>Could not compute: %1</source>
        <translation>无法计算：%1</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="305"/>
        <source>Nothing in this period yet</source>
        <translation>此时段内暂无数据</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="314"/>
        <source>No members at the end of this period</source>
        <translation>时段结束时没有成员</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="347"/>
        <source>%1: %2 customers</source>
        <translation>%1：%2 位客户</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="350"/>
        <source>Click a bar or point to list its customers</source>
        <translation>点击柱形或数据点，列出对应的客户</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="360"/>
        <source>Community %1: %2 (%3)</source>
        <translation>社群 %1：%2（%3）</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="396"/>
        <source>Figures</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="396"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="397"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="397"/>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="397"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="397"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="400"/>
        <source>Levels</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="400"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="401"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="411"/>
        <location filename="../../ui/communities/metrics_view.py" line="421"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="412"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/communities/metrics_view.py" line="422"/>
        <source>The workbook could not be written: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
</context>
<context>
    <name>ComplaintDetail</name>
    <message>
        <location filename="../../ui/complaints/detail.py" line="91"/>
        <location filename="../../ui/complaints/page.py" line="532"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/detail.py" line="91"/>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/detail.py" line="92"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/detail.py" line="92"/>
        <location filename="../../ui/complaints/page.py" line="536"/>
        <source>Respond by</source>
        <translation>响应期限</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/detail.py" line="93"/>
        <location filename="../../ui/complaints/page.py" line="538"/>
        <source>Resolve by</source>
        <translation>解决期限</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/detail.py" line="93"/>
        <source>Description</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/detail.py" line="94"/>
        <location filename="../../ui/complaints/page.py" line="541"/>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/detail.py" line="94"/>
        <location filename="../../ui/complaints/page.py" line="542"/>
        <source>Solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/detail.py" line="95"/>
        <location filename="../../ui/complaints/page.py" line="543"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/detail.py" line="101"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/detail.py" line="102"/>
        <source>Deadline…</source>
        <translation>截止时间…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/detail.py" line="103"/>
        <source>Add to FAQ…</source>
        <translation>加入常见问题…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/detail.py" line="104"/>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/detail.py" line="105"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/detail.py" line="106"/>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/detail.py" line="115"/>
        <source>Select a complaint to see it here.</source>
        <translation>选择一条投诉，在此查看详情。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/detail.py" line="129"/>
        <source>⚑ escalated</source>
        <translation>⚑ 已升级</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/detail.py" line="131"/>
        <source>★ high-value customer</source>
        <translation>★ 高价值客户</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/detail.py" line="140"/>
        <source>(set by hand)</source>
        <translation>（手动设定）</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/detail.py" line="173"/>
        <source>done %1, late</source>
        <translation>%1 完成，已超时</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/detail.py" line="173"/>
        <source>done %1, in time</source>
        <translation>%1 完成，按时</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="81"/>
        <source>Edit complaint</source>
        <translation>编辑投诉</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="81"/>
        <source>New complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="90"/>
        <location filename="../../ui/complaints/dialogs.py" line="108"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="91"/>
        <source>A new customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="95"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="113"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="115"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="120"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="125"/>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="127"/>
        <source>Who handles it (default: the customer&apos;s owner)</source>
        <translation>由谁处理（默认：客户的负责人）</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="129"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="132"/>
        <source>What the customer said, in their words</source>
        <translation>客户的原话</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="134"/>
        <source>Description</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="143"/>
        <source>Answers from the FAQ</source>
        <translation>常见问题中的答案</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="176"/>
        <source>No FAQ entry matches yet.</source>
        <translation>常见问题中暂无匹配的条目。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="211"/>
        <source>Choose the customer, or tick “A new customer”.</source>
        <translation>请选择客户，或勾选“新客户”。</translation>
    </message>
</context>
<context>
    <name>ComplaintTable</name>
    <message>
        <location filename="../../ui/complaints/page.py" line="527"/>
        <location filename="../../ui/complaints/table_model.py" line="26"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="529"/>
        <location filename="../../ui/complaints/table_model.py" line="28"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="530"/>
        <location filename="../../ui/complaints/table_model.py" line="29"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="531"/>
        <location filename="../../ui/complaints/table_model.py" line="30"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="533"/>
        <location filename="../../ui/complaints/table_model.py" line="31"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="528"/>
        <location filename="../../ui/complaints/table_model.py" line="32"/>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/table_model.py" line="33"/>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="534"/>
        <location filename="../../ui/complaints/table_model.py" line="34"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="535"/>
        <location filename="../../ui/complaints/table_model.py" line="35"/>
        <source>Description</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/table_model.py" line="47"/>
        <source>Escalated: urgent or past a deadline</source>
        <translation>已升级：紧急或已超时</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/table_model.py" line="50"/>
        <source>High-value customer</source>
        <translation>高价值客户</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <location filename="../../ui/complaints/labels.py" line="16"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="17"/>
        <source>Responded</source>
        <translation>已响应</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="18"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="19"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="20"/>
        <source>Return-visited</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="21"/>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="22"/>
        <source>Resolved or visited</source>
        <translation>已解决或已回访</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="28"/>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="29"/>
        <source>Serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="30"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="36"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="37"/>
        <source>In store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="38"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="39"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="40"/>
        <source>Online / social media</source>
        <translation>网络/社交媒体</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="41"/>
        <location filename="../../ui/complaints/labels.py" line="53"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="48"/>
        <source>Product quality</source>
        <translation>产品质量</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="49"/>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="50"/>
        <source>Delivery</source>
        <translation>物流配送</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="51"/>
        <source>Price / charges</source>
        <translation>价格/收费</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="52"/>
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="60"/>
        <source>Received</source>
        <translation>接收</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="61"/>
        <source>Respond</source>
        <translation>响应</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="62"/>
        <source>Start handling</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="63"/>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="64"/>
        <source>Record return visit</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="65"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="66"/>
        <source>Reassigned</source>
        <translation>改派</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="67"/>
        <source>Edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="68"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="74"/>
        <source>urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="75"/>
        <source>no response in time</source>
        <translation>未按时响应</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="76"/>
        <source>not resolved in time</source>
        <translation>未按时解决</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="78"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="89"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="91"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="92"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="99"/>
        <source>Return visit due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="103"/>
        <source>response</source>
        <translation>响应</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="105"/>
        <source>resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="109"/>
        <source>%1 overdue by %2</source>
        <translation>%1已超时 %2</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="112"/>
        <source>%1 due in %2</source>
        <translation>%1剩余 %2</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="120"/>
        <source>“%1” cannot be done now: the complaint is %2; it must be %3 first.</source>
        <translation>现在不能“%1”：这条投诉的状态是“%2”，须先到“%3”。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="129"/>
        <source>Choose a category from the list.</source>
        <translation>请从列表中选择类别。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="132"/>
        <source>Choose a severity: normal, serious or urgent.</source>
        <translation>请选择严重程度：一般、严重或紧急。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="135"/>
        <source>Choose a status from the list.</source>
        <translation>请从列表中选择状态。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="138"/>
        <source>This time is in the future.</source>
        <translation>这个时间在将来。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="139"/>
        <source>This time is before the complaint&apos;s previous step.</source>
        <translation>这个时间早于投诉的上一步。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="142"/>
        <source>The complaint cannot be received after it was answered.</source>
        <translation>投诉的接收时间不能晚于已做的处理。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="145"/>
        <source>Choose a deadline that is still ahead.</source>
        <translation>请选择一个尚未到来的期限。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="148"/>
        <source>Choose a satisfaction score from 1 to 5.</source>
        <translation>请选择 1 到 5 的满意度。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="151"/>
        <source>Enter a number of hours above 0.</source>
        <translation>请输入大于 0 的小时数。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="152"/>
        <source>Enter a time like 09:00.</source>
        <translation>请输入时间，例如 09:00。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="153"/>
        <source>Business hours must close after they open.</source>
        <translation>营业结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="156"/>
        <source>Tick at least one working day.</source>
        <translation>请至少勾选一个营业日。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="157"/>
        <source>Plan the return visit 0 to 365 days after resolving.</source>
        <translation>回访须安排在解决后 0 到 365 天内。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="160"/>
        <source>Enter a category name of at most 50 characters.</source>
        <translation>请输入类别名称，最多 50 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="163"/>
        <source>This category is already in the list.</source>
        <translation>列表中已有这个类别。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="166"/>
        <source>Keep at least one category.</source>
        <translation>至少保留一个类别。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="167"/>
        <source>This category is no longer in the list.</source>
        <translation>这个类别已不在列表中。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="170"/>
        <source>This complaint no longer exists.</source>
        <translation>这条投诉已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="173"/>
        <source>Only a resolved complaint can become an FAQ entry.</source>
        <translation>只有已解决的投诉才能加入常见问题。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="176"/>
        <source>This FAQ entry no longer exists.</source>
        <translation>这个常见问题条目已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="179"/>
        <source>This follow-up is a complaint&apos;s return visit: record how satisfied the customer is (1-5) on the complaint.</source>
        <translation>此跟进是投诉的回访：请在投诉上记录客户满意度（1-5）。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="184"/>
        <source>Only an open complaint has a deadline to set.</source>
        <translation>只有未结的投诉才能设定截止时间。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="187"/>
        <source>The lunch break must start and end inside business hours.</source>
        <translation>午休须在营业时间之内开始和结束。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="190"/>
        <source>This is not a date; write it like 2027-10-01.</source>
        <translation>这不是日期，请按 2027-10-01 的格式填写。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="193"/>
        <source>Say 休 (holiday) or 班 (working day).</source>
        <translation>请填写“休”（放假）或“班”（上班）。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="196"/>
        <source>This date is listed twice in the file.</source>
        <translation>文件中此日期出现了两次。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="199"/>
        <source>The file has rows that cannot be read; nothing was imported.</source>
        <translation>文件中有无法读取的行，未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="202"/>
        <source>The file lists no dates.</source>
        <translation>文件中没有日期。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="203"/>
        <source>The file lists more than 1,000 days: it is not a holiday list.</source>
        <translation>文件列出的日期超过 1,000 天，不是节假日表。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/labels.py" line="206"/>
        <source>This date is no longer in the calendar.</source>
        <translation>此日期已不在日历中。</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../ui/complaints/page.py" line="198"/>
        <source>New complaint…</source>
        <translation>新建投诉…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="200"/>
        <source>Search description, customer, mobile, solution or #number</source>
        <translation>搜索投诉内容、客户、手机、解决方案或 #编号</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="202"/>
        <source>Overdue only</source>
        <translation>仅看超时</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="203"/>
        <source>Received</source>
        <translation>接收日期</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="205"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="206"/>
        <source>FAQ…</source>
        <translation>常见问题…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="207"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="208"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="210"/>
        <source>No complaints to show</source>
        <translation>没有可显示的投诉</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="210"/>
        <source>Other filters above show other complaints.</source>
        <translation>换用上方的其他筛选条件，可查看其他投诉。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="212"/>
        <location filename="../../ui/complaints/page.py" line="387"/>
        <location filename="../../ui/complaints/page.py" line="477"/>
        <location filename="../../ui/complaints/page.py" line="483"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="213"/>
        <source>Metrics</source>
        <translation>统计指标</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="254"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="262"/>
        <source>All severities</source>
        <translation>全部严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="267"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="269"/>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/complaints/page.py" line="351"/>
        <source>%n complaints</source>
        <translation>
            <numerusform>%n 条投诉</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="409"/>
        <source>New complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="421"/>
        <source>Edit complaint</source>
        <translation>编辑投诉</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="434"/>
        <source>%1: complaint #%2</source>
        <translation>%1：投诉 #%2</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="469"/>
        <source>Complaint settings</source>
        <translation>投诉设置</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="477"/>
        <source>Export complaints</source>
        <translation>导出投诉</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="487"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="505"/>
        <source>Delete complaint</source>
        <translation>删除投诉</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="507"/>
        <source>Delete complaint #%1 and its history?</source>
        <translation>删除投诉 #%1 及其处理记录？</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="519"/>
        <source>Delete complaint #%1</source>
        <translation>删除投诉 #%1</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="537"/>
        <source>Responded at</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="539"/>
        <source>Resolved at</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="540"/>
        <source>Overdue</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/page.py" line="565"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="268"/>
        <source>Complete follow-up</source>
        <translation>完成跟进</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="278"/>
        <source>What came of it? (logged on the timeline)</source>
        <translation>结果如何？（记入互动记录）</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="280"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="283"/>
        <source>Contacted by</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="287"/>
        <source>The next repeat (%1) is planned by itself.</source>
        <translation>下一次重复（%1）会自动安排。</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="293"/>
        <source>Plan the next follow-up</source>
        <translation>安排下一次跟进</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="303"/>
        <source>Subject of the next follow-up</source>
        <translation>下一次跟进的事项</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="311"/>
        <source>Next on</source>
        <translation>下次日期</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="312"/>
        <source>Next subject</source>
        <translation>下次事项</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../ui/automation/editor.py" line="161"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>CostsDialog</name>
    <message>
        <location filename="../../ui/funnel/costs_dialog.py" line="99"/>
        <source>Acquisition costs</source>
        <translation>获客成本</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/costs_dialog.py" line="100"/>
        <source>Channel or event</source>
        <translation>渠道或活动</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/costs_dialog.py" line="100"/>
        <location filename="../../ui/funnel/costs_dialog.py" line="103"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/costs_dialog.py" line="101"/>
        <location filename="../../ui/funnel/costs_dialog.py" line="103"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/costs_dialog.py" line="101"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/costs_dialog.py" line="101"/>
        <location filename="../../ui/funnel/costs_dialog.py" line="104"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/costs_dialog.py" line="103"/>
        <source>For</source>
        <translation>用于</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/costs_dialog.py" line="104"/>
        <source>Cost (yuan)</source>
        <translation>成本（元）</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/costs_dialog.py" line="106"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/costs_dialog.py" line="107"/>
        <source>Save cost</source>
        <translation>保存成本</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/costs_dialog.py" line="109"/>
        <source>The same channel or event and days again: its cost is changed</source>
        <translation>同一渠道或活动、同样的日期再次保存：修改其成本</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/costs_dialog.py" line="122"/>
        <source>Event: %1 (%2)</source>
        <translation>活动：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/costs_dialog.py" line="130"/>
        <source>Event %1</source>
        <translation>活动 %1</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/costs_dialog.py" line="176"/>
        <source>Enter an acquisition cost</source>
        <translation>录入获客成本</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/costs_dialog.py" line="192"/>
        <source>Remove an acquisition cost</source>
        <translation>删除获客成本</translation>
    </message>
</context>
<context>
    <name>CounterDialog</name>
    <message>
        <location filename="../../ui/membership/counter.py" line="137"/>
        <source>Counter (收银台)</source>
        <translation>收银台</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="138"/>
        <source>Card number, mobile, name or pinyin initials; Enter picks</source>
        <translation>卡号、手机号、姓名或拼音首字母；回车选中</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="140"/>
        <source>Card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="140"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="141"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="141"/>
        <source>Balance</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="142"/>
        <source>Count cards</source>
        <translation>计次卡</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="144"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="144"/>
        <source>Payment</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="145"/>
        <source>Of it by stored value</source>
        <translation>其中储值支付</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="146"/>
        <source>Points to redeem</source>
        <translation>积分抵现</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="146"/>
        <source>Items</source>
        <translation>商品/项目</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="147"/>
        <source>Receipt number</source>
        <translation>小票号</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="149"/>
        <source>Yuan, e.g. 128.50</source>
        <translation>元，如 128.50</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="150"/>
        <source>Empty: none (a split pays part by stored value)</source>
        <translation>留空：不用储值（组合支付时填储值部分）</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="151"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="152"/>
        <source>Empty: numbered for you</source>
        <translation>留空：自动编号</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="160"/>
        <source>Enter picks the member and records the sale · F5 cash · F6 WeChat · F7 Alipay · F8 stored value · Ctrl+C copies the receipt line · Ctrl+P prints it · Esc: next customer</source>
        <translation>回车选中会员并记账 · F5 现金 · F6 微信 · F7 支付宝 · F8 储值 · Ctrl+C 复制小票 · Ctrl+P 打印小票 · Esc：下一位顾客</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="186"/>
        <source>No member found: try the card number or the mobile.</source>
        <translation>没有找到会员：请试试卡号或手机号。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="203"/>
        <source>%1 (can spend %2)</source>
        <translation>%1（可用 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="206"/>
        <source>%1 (bonus %2)</source>
        <translation>%1（赠送 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="210"/>
        <source>🎂 Today is %1&apos;s birthday: wish them a happy birthday!</source>
        <translation>🎂 今天是 %1 的生日，祝 TA 生日快乐！</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="255"/>
        <source>Points: at most %1 of the amount, %2 points a yuan</source>
        <translation>积分抵现：最多抵金额的 %1，%2 积分抵 1 元</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="267"/>
        <source>stored value %1</source>
        <translation>储值 %1</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="270"/>
        <source>Due %1: %2</source>
        <translation>应付 %1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="271"/>
        <source>Due %1</source>
        <translation>应付 %1</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="273"/>
        <source>%1 points take %2 off</source>
        <translation>%1 积分抵 %2</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="275"/>
        <source>up to %1 points</source>
        <translation>最多可用 %1 积分</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="280"/>
        <source>Find the member first (Enter picks).</source>
        <translation>请先找到会员（回车选中）。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="309"/>
        <source>Print the receipt to PDF</source>
        <translation>打印小票为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="313"/>
        <source>Receipt</source>
        <translation>小票</translation>
    </message>
    <message>
        <location filename="../../ui/membership/counter.py" line="326"/>
        <source>Next customer</source>
        <translation>下一位顾客</translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="34"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="35"/>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="36"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="37"/>
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="87"/>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="91"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="94"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="96"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="107"/>
        <source>Index for sorting (faster with many customers)</source>
        <translation>建立排序索引（客户多时排序更快）</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="115"/>
        <source>Custom fields show as columns and in the customer form.</source>
        <translation>自定义字段会显示为表格列，并出现在客户表单中。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="146"/>
        <source>Building the sort index…</source>
        <translation>正在建立排序索引…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="146"/>
        <source>Removing the index…</source>
        <translation>正在删除索引…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="171"/>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="177"/>
        <source>Rename field</source>
        <translation>重命名字段</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="171"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="188"/>
        <source>Delete field</source>
        <translation>删除字段</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="189"/>
        <source>Delete this field and its value for every customer? This cannot be undone.</source>
        <translation>删除此字段及所有客户在该字段中的值？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <location filename="../../ui/customers/card.py" line="245"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card.py" line="246"/>
        <source>Delete for good</source>
        <translation>彻底删除</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card.py" line="248"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card.py" line="249"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card.py" line="263"/>
        <source>Purchases and refunds…</source>
        <translation>消费与退款记录…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card.py" line="266"/>
        <source>Customer No. %1</source>
        <translation>客户编号 %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card.py" line="293"/>
        <source>⚑ 1 open complaint</source>
        <translation>⚑ 1 条未结投诉</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card.py" line="295"/>
        <source>⚑ %1 open complaints</source>
        <translation>⚑ %1 条未结投诉</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card.py" line="296"/>
        <source>Show them on the complaints page</source>
        <translation>在投诉页查看</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card.py" line="309"/>
        <source>Lead %1 · %2</source>
        <translation>线索 %1 · %2 分</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card.py" line="310"/>
        <source>Lead grade and score (线索评分)</source>
        <translation>线索等级和评分（线索评分）</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card.py" line="320"/>
        <source>Last survey answer: %1, %2</source>
        <translation>最近一次问卷回答：%1，%2</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card.py" line="331"/>
        <source>locked: %1</source>
        <translation>已锁定：%1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card.py" line="333"/>
        <source>grace until %1</source>
        <translation>宽限期至 %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card.py" line="341"/>
        <source>Communities: %1</source>
        <translation>社群：%1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card.py" line="348"/>
        <source>Events: %1</source>
        <translation>活动：%1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card.py" line="385"/>
        <source>Open complaints</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card.py" line="396"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card.py" line="397"/>
        <source>Copy %1</source>
        <translation>复制%1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card.py" line="412"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card.py" line="435"/>
        <source>Personal data erased</source>
        <translation>个人信息已抹除</translation>
    </message>
</context>
<context>
    <name>CustomerDetailPanel</name>
    <message>
        <location filename="../../ui/customers/detail_panel.py" line="234"/>
        <source>Log contact…</source>
        <translation>记录联系…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/detail_panel.py" line="235"/>
        <source>Plan follow-up…</source>
        <translation>安排跟进…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/detail_panel.py" line="236"/>
        <source>Stay in touch…</source>
        <translation>定期联系…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/detail_panel.py" line="237"/>
        <source>Complaint…</source>
        <translation>投诉…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/detail_panel.py" line="238"/>
        <source>Purchase…</source>
        <translation>消费…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/detail_panel.py" line="242"/>
        <source>Add</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../ui/customers/detail_panel.py" line="244"/>
        <source>Log a contact, plan a follow-up, record a purchase…</source>
        <translation>记录联系、安排跟进、记录消费…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/detail_panel.py" line="246"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../ui/customers/detail_panel.py" line="247"/>
        <source>Count cards, paid membership, referrals</source>
        <translation>计次卡、付费会员、转介绍</translation>
    </message>
    <message>
        <location filename="../../ui/customers/detail_panel.py" line="249"/>
        <source>Timeline</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <location filename="../../ui/customers/detail_panel.py" line="255"/>
        <source>Stay in touch: every %1 days</source>
        <translation>定期联系：每 %1 天</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="52"/>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="52"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="65"/>
        <source>e.g. 138 1234 5678 or 0571-8888 8888</source>
        <translation>例如 138 1234 5678 或 0571-8888 8888</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="140"/>
        <location filename="../../ui/customers/edit_dialog.py" line="173"/>
        <location filename="../../ui/customers/edit_dialog.py" line="181"/>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="149"/>
        <source>1990-05-20, or 05-20 without the year</source>
        <translation>1990-05-20，不知道年份可写 05-20</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="152"/>
        <source>Solar</source>
        <translation>公历</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="153"/>
        <source>Lunar</source>
        <translation>农历</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="155"/>
        <source>Leap month</source>
        <translation>闰月</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="187"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="283"/>
        <source>%1 %2 is already used by customer “%3”.</source>
        <translation>%1 %2 已被客户“%3”使用。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="289"/>
        <source>That customer is in the recycle bin.</source>
        <translation>该客户在回收站中。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="290"/>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="292"/>
        <source>Open existing customer</source>
        <translation>打开已有客户</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="295"/>
        <source>Merge into existing customer</source>
        <translation>合并到已有客户</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="298"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="110"/>
        <source>Search a customer by name, mobile or pinyin</source>
        <translation>按姓名、手机或拼音查找客户</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/customers/page.py" line="251"/>
        <source>Search the recycle bin</source>
        <translation>搜索回收站</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="254"/>
        <source>Search name, mobile, company, WeChat, email, notes, pinyin (Ctrl+F)</source>
        <translation>搜索姓名、手机、公司、微信、邮箱、备注、拼音（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="257"/>
        <location filename="../../ui/customers/page_actions.py" line="315"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="258"/>
        <location filename="../../ui/customers/page_actions.py" line="317"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="259"/>
        <location filename="../../ui/customers/page_actions.py" line="319"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="260"/>
        <location filename="../../ui/customers/page_actions.py" line="303"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="261"/>
        <location filename="../../ui/customers/page_actions.py" line="285"/>
        <location filename="../../ui/customers/page_actions.py" line="306"/>
        <source>Delete for good</source>
        <translation>彻底删除</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="262"/>
        <source>Empty recycle bin</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="268"/>
        <source>The recycle bin is empty</source>
        <translation>回收站是空的</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="269"/>
        <source>Deleted customers wait here until they are restored or deleted for good.</source>
        <translation>删除的客户会留在这里，直到被恢复或彻底删除。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="273"/>
        <source>No customer matches</source>
        <translation>没有符合条件的客户</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="274"/>
        <source>Try fewer words, or clear the tag and other filters.</source>
        <translation>试试少输几个字，或清除标签及其他筛选条件。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="280"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="282"/>
        <location filename="../../ui/customers/page_actions.py" line="323"/>
        <source>Add or remove tags…</source>
        <translation>添加或移除标签…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="284"/>
        <source>Remove tags…</source>
        <translation>移除标签…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="307"/>
        <source>Not contacted in %1 days</source>
        <translation>%1 天未联系</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="312"/>
        <source>Not contacted in … days</source>
        <translation>… 天未联系</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="315"/>
        <source>No next follow-up</source>
        <translation>没有下次跟进</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="323"/>
        <source>Any contact history</source>
        <translation>不限联系情况</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="326"/>
        <source>%1+ days</source>
        <translation>%1 天以上</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="328"/>
        <source>none planned</source>
        <translation>无跟进计划</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="329"/>
        <source>Contact</source>
        <translation>联系</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="346"/>
        <source>Any segment</source>
        <translation>任意分群</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="351"/>
        <location filename="../../ui/customers/page.py" line="359"/>
        <source>Lead grade %1</source>
        <translation>线索等级 %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="357"/>
        <source>Any lead grade</source>
        <translation>任意线索等级</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="364"/>
        <source>Clear the chart filter (%1)</source>
        <translation>清除图表筛选（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="368"/>
        <source>Recompute RFM now</source>
        <translation>立即重新计算 RFM</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="369"/>
        <source>Give each customer their RFM segment&apos;s tag</source>
        <translation>按 RFM 分群给客户打标签</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="371"/>
        <source>Lifecycle suggestions…</source>
        <translation>生命周期建议…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="372"/>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="381"/>
        <source>Created in %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="385"/>
        <location filename="../../ui/customers/page.py" line="390"/>
        <source>Computing RFM…</source>
        <translation>正在计算 RFM…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="403"/>
        <source>Tagging RFM segments…</source>
        <translation>正在给 RFM 分群打标签…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="420"/>
        <source>Changing stages…</source>
        <translation>正在更改阶段…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="436"/>
        <source>Not contacted in</source>
        <translation>多久未联系</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="436"/>
        <source>Days without contact:</source>
        <translation>未联系天数：</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page_actions.py" line="54"/>
        <source>Changing the tags of %1 customers…</source>
        <translation>正在修改 %1 位客户的标签…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page_actions.py" line="103"/>
        <source>Add to community</source>
        <translation>加入社群</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page_actions.py" line="111"/>
        <source>Joined: %1. Members already: %2. Did not fit (the group is full): %3.</source>
        <translation>加入：%1。已是成员：%2。群已满未加入：%3。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page_actions.py" line="128"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page_actions.py" line="209"/>
        <source>Delete %n customer(s) for good? This cannot be undone.</source>
        <translation>彻底删除 %n 位客户？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page_actions.py" line="224"/>
        <location filename="../../ui/customers/page_actions.py" line="234"/>
        <source>Erase personal data</source>
        <translation>抹除个人信息</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page_actions.py" line="225"/>
        <source>Choose one customer to erase.</source>
        <translation>请选择一位要抹除的客户。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page_actions.py" line="234"/>
        <source>Erase the personal data of %1?

Their name, mobile, WeChat, email, company, address, birthday, notes and custom fields go, and so do the texts of their follow-ups, contacts, complaints and purchases, in the import history and the audit log too. Their tags, purchases and counts stay, as customer #%2, so the figures do not change; their survey answers lose their comment and their link to the customer, and their scores stay as anonymous numbers, so past NPS does not change.

This cannot be undone. Backups made before now still hold the data until they are rotated away.</source>
        <translation>要抹除 %1 的个人信息吗？

姓名、手机、微信、邮箱、公司、地址、生日、备注和自定义字段都会删除，跟进、联系记录、投诉和消费中的文字也会删除，导入历史和操作日志里的也一样。标签、消费和各项计数会保留，显示为客户 #%2，统计数字不变；问卷回答的意见和与客户的关联会删除，分数作为匿名数字保留，以往的 NPS 不变。

此操作无法撤销。此前的备份在轮换删除之前仍保存着这些信息。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page_actions.py" line="247"/>
        <source>Erase for good</source>
        <translation>永久抹除</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page_actions.py" line="256"/>
        <source>Erasing personal data…</source>
        <translation>正在抹除个人信息…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page_actions.py" line="270"/>
        <source>Empty the recycle bin: delete %n customer(s) for good? This cannot be undone.</source>
        <translation>清空回收站：彻底删除 %n 位客户？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page_actions.py" line="310"/>
        <location filename="../../ui/customers/page_actions.py" line="331"/>
        <source>Erase personal data…</source>
        <translation>抹除个人信息…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page_actions.py" line="326"/>
        <source>Add to community…</source>
        <translation>加入社群…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page_actions.py" line="336"/>
        <source>Find duplicates…</source>
        <translation>查找重复客户…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page_actions.py" line="340"/>
        <source>Merge selected…</source>
        <translation>合并所选客户…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page_columns.py" line="58"/>
        <source>Reset columns</source>
        <translation>重置列</translation>
    </message>
</context>
<context>
    <name>DailyLeadScores</name>
    <message>
        <location filename="../../desktop/lead_score_job.py" line="28"/>
        <source>The lead scores could not be recomputed today: %1</source>
        <translation>今天未能重新计算线索评分：%1</translation>
    </message>
</context>
<context>
    <name>DailyLevels</name>
    <message>
        <location filename="../../desktop/level_job.py" line="26"/>
        <source>The engagement levels could not be recomputed today: %1</source>
        <translation>今天未能重新计算活跃等级：%1</translation>
    </message>
</context>
<context>
    <name>DailyMembership</name>
    <message>
        <location filename="../../desktop/membership_job.py" line="41"/>
        <source>The membership&apos;s daily pass (expiry, levels) failed today: %1</source>
        <translation>今天的会员每日处理（到期、等级）未能完成：%1</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="306"/>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="312"/>
        <source>Guanjia found damage in its data file:
%1

So that nothing more is lost, Guanjia will not change this file: you can still look at and export what it shows, but not edit it. Restore a backup to go on working.</source>
        <translation>客户管家发现数据文件已损坏：
%1

为了不再丢失任何数据，客户管家不会再修改这个文件：您仍可以查看和导出其中能读出的内容，但不能编辑。恢复一份备份后即可继续工作。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="323"/>
        <source>Looking for the newest good backup…</source>
        <translation>正在查找最新的完好备份…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="328"/>
        <source>Restore this backup</source>
        <translation>恢复这份备份</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="333"/>
        <source>Choose another backup…</source>
        <translation>选择其他备份…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="336"/>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="371"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="381"/>
        <source>No good backup was found. Choose a backup file (from a USB stick or a cloud folder), or copy the damaged file somewhere safe first.</source>
        <translation>没有找到完好的备份。请选择一个备份文件（U 盘或网盘文件夹中的），或先把损坏的文件复制到安全的地方。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="389"/>
        <source>The newest good backup is from %1 (%2).</source>
        <translation>最新的完好备份生成于 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="394"/>
        <source>The backup %1:</source>
        <translation>备份 %1：</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="397"/>
        <source>It holds %1 customers, %2 follow-ups, %3 complaints and %4 purchases. Restoring it replaces the damaged file, which is kept in the backups folder.</source>
        <translation>其中有 %1 位客户、%2 条跟进、%3 条投诉和 %4 笔消费。恢复后将替换损坏的文件，损坏的文件会保留在备份文件夹中。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard/page.py" line="184"/>
        <location filename="../../ui/dashboard/page.py" line="523"/>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="185"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="186"/>
        <source>Export report…</source>
        <translation>导出报表…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="188"/>
        <source>An Excel workbook with the numbers behind each chart</source>
        <translation>Excel 工作簿，含每张图表背后的数字</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="191"/>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="191"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="192"/>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="192"/>
        <source>Last 24 months</source>
        <translation>近 24 个月</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="193"/>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="210"/>
        <source>Members of all communities, each counted once; their active rate this month. Click for the community metrics.</source>
        <translation>全部社群的成员（去重）及其本月活跃率。点击查看社群数据。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="213"/>
        <source>Community members</source>
        <translation>社群成员</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="219"/>
        <location filename="../../ui/dashboard/page.py" line="497"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="220"/>
        <source>New this month</source>
        <translation>本月新增</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="224"/>
        <source>Due today</source>
        <translation>今日待跟进</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="225"/>
        <source>Follow-ups overdue</source>
        <translation>逾期跟进</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="226"/>
        <source>Open complaints</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="227"/>
        <source>Complaints overdue</source>
        <translation>超时投诉</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="228"/>
        <source>Sales this month</source>
        <translation>本月销售额</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="234"/>
        <source>Customers at the lifecycle stage Active, as in the funnel. The customer list&apos;s Segment &gt; Lifecycle suggestions proposes stages from the purchases.</source>
        <translation>生命周期阶段为“活跃”的客户，与漏斗图相同。客户列表的“分群 &gt; 生命周期建议”会根据消费记录建议阶段。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="238"/>
        <source>Customers at the lifecycle stage Dormant (at risk of leaving), as in the funnel.</source>
        <translation>生命周期阶段为“沉睡”（有流失风险）的客户，与漏斗图相同。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="241"/>
        <source>The Today list: follow-ups due today and customers due a contact (stay in touch). Follow-ups from before today are counted as overdue.</source>
        <translation>“今天”列表：今天到期的跟进，加上按保持联系规则该联系的客户。今天之前到期的跟进计入“已逾期”。</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="248"/>
        <source>New customers per month</source>
        <translation>每月新增客户</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="249"/>
        <source>Customers by source channel</source>
        <translation>客户来源渠道</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="250"/>
        <source>Lifecycle funnel</source>
        <translation>生命周期漏斗</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="251"/>
        <source>RFM segments</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="252"/>
        <source>Top tags</source>
        <translation>热门标签</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="253"/>
        <source>Sales per month</source>
        <translation>每月销售额</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="254"/>
        <source>Complaints by category</source>
        <translation>投诉分类</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="255"/>
        <source>Complaints by status</source>
        <translation>投诉状态</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="256"/>
        <source>Average first response (hours) per month</source>
        <translation>每月平均首次响应时长（小时）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="306"/>
        <location filename="../../ui/dashboard/page.py" line="309"/>
        <location filename="../../ui/dashboard/page.py" line="385"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="321"/>
        <source>Could not compute: %1</source>
        <translation>无法计算：%1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="331"/>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="333"/>
        <source>Updating the RFM segments…</source>
        <translation>正在更新 RFM 分群…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="339"/>
        <location filename="../../ui/dashboard/page.py" line="387"/>
        <source>The RFM segments could not be updated</source>
        <translation>RFM 分群未能更新</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="341"/>
        <source>RFM as of %1</source>
        <translation>RFM 截至 %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="375"/>
        <source>Nothing in this range yet</source>
        <translation>此范围内暂无数据</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="380"/>
        <location filename="../../ui/dashboard/page.py" line="509"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="382"/>
        <location filename="../../ui/dashboard/page.py" line="512"/>
        <source>No stage</source>
        <translation>未设阶段</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="389"/>
        <source>No purchases in the last 365 days</source>
        <translation>近 365 天没有消费记录</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="395"/>
        <source>No tags given yet</source>
        <translation>还没有打过标签</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="417"/>
        <source>%1 · %2 introduced</source>
        <translation>%1 · 转介绍 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="424"/>
        <source>Community members · active %1 · joined this month %2</source>
        <translation>社群成员 · 活跃 %1 · 本月入群 %2</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="496"/>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="496"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="496"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="497"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="498"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="498"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="498"/>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="499"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="499"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="500"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="500"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="501"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="501"/>
        <source>Average hours</source>
        <translation>平均小时数</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="525"/>
        <location filename="../../ui/dashboard/page.py" line="535"/>
        <source>Export report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="525"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="536"/>
        <source>The report could not be written: %1</source>
        <translation>报表无法写入：%1</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <location filename="../../ui/complaints/deadline_dialog.py" line="17"/>
        <source>Resolve deadline</source>
        <translation>解决截止时间</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/deadline_dialog.py" line="26"/>
        <source>Resolve by</source>
        <translation>解决期限</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/deadline_dialog.py" line="29"/>
        <source>Back to the SLA&apos;s deadline (%1)</source>
        <translation>恢复为 SLA 的截止时间（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/deadline_dialog.py" line="36"/>
        <source>A deadline set by hand stays when the SLA settings or the holidays change.</source>
        <translation>手动设定的截止时间在 SLA 设置或节假日变更时保持不变。</translation>
    </message>
</context>
<context>
    <name>DemoController</name>
    <message>
        <location filename="../../desktop/controllers/demo.py" line="28"/>
        <source>Demo database: made-up customers, separate from your own</source>
        <translation>演示数据库：虚构的客户，与您自己的数据分开</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/demo.py" line="35"/>
        <source>The demo opens in a second window. Your own database is unchanged.</source>
        <translation>演示在第二个窗口中打开。您自己的数据库没有改动。</translation>
    </message>
</context>
<context>
    <name>DemoLauncher</name>
    <message>
        <location filename="../../desktop/demo_launcher.py" line="43"/>
        <source>This window already shows the demo database.</source>
        <translation>这个窗口打开的已经是演示数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop/demo_launcher.py" line="52"/>
        <source>Preparing the demo database: made-up customers in a file of its own.
Your own database is not touched.</source>
        <translation>正在准备演示数据库：虚构的客户，存放在单独的文件中。
您自己的数据库不会被改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/demo_launcher.py" line="55"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/demo_launcher.py" line="61"/>
        <location filename="../../desktop/demo_launcher.py" line="126"/>
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
    <message>
        <location filename="../../desktop/demo_launcher.py" line="107"/>
        <source>The demo database could not be made: %1</source>
        <translation>演示数据库未能建立：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/demo_launcher.py" line="117"/>
        <source>The demo window could not be started.</source>
        <translation>演示窗口未能打开。</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <location filename="../../ui/buttons.py" line="14"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../ui/buttons.py" line="15"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/buttons.py" line="16"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/buttons.py" line="17"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/buttons.py" line="18"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../ui/buttons.py" line="19"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/buttons.py" line="20"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="42"/>
        <source>Duplicate customers</source>
        <translation>重复客户</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="50"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="50"/>
        <source>Certain</source>
        <translation>确定重复</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="51"/>
        <source>Likely</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="53"/>
        <source>Find duplicates</source>
        <translation>查找重复</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="57"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="71"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="73"/>
        <source>Not a duplicate</source>
        <translation>不是重复</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="76"/>
        <source>Keep:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="85"/>
        <source>Tick the value each field keeps; the others&apos; contacts go to the notes.</source>
        <translation>勾选每个字段要保留的值；其他人的联系方式会写入备注。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="107"/>
        <source>Looking for duplicate customers…</source>
        <translation>正在查找重复客户…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="124"/>
        <source>%1 customers · %2 · %3</source>
        <translation>%1 位客户 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="127"/>
        <source>%1 groups</source>
        <translation>%1 组</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="135"/>
        <source>same mobile</source>
        <translation>手机相同</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="135"/>
        <source>same email</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="136"/>
        <source>same customer number</source>
        <translation>客户编号相同</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="137"/>
        <source>same name and company</source>
        <translation>姓名和公司相同</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="138"/>
        <source>same name and birthday</source>
        <translation>姓名和生日相同</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="139"/>
        <source>same name and city</source>
        <translation>姓名和城市相同</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="140"/>
        <source>same name and landline</source>
        <translation>姓名和座机相同</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="141"/>
        <source>names sound alike</source>
        <translation>姓名读音相同</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="142"/>
        <source>names one character apart</source>
        <translation>姓名只差一个字</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="143"/>
        <source>shared mobile, different names</source>
        <translation>共用手机、姓名不同</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="150"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="150"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="150"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="151"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="151"/>
        <source>Customer number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="152"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="152"/>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="153"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="153"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="153"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="154"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="154"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="154"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="155"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="155"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="156"/>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="156"/>
        <source>Purchases</source>
        <translation>购买</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="157"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="157"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="248"/>
        <source>Cannot merge</source>
        <translation>无法合并</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="262"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../ui/customers/duplicates_dialog.py" line="270"/>
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
</context>
<context>
    <name>EditPurchaseDialog</name>
    <message>
        <location filename="../../ui/purchases/dialogs.py" line="133"/>
        <source>Edit purchase</source>
        <translation>修改消费记录</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/dialogs.py" line="138"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/dialogs.py" line="144"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/dialogs.py" line="147"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/dialogs.py" line="148"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/dialogs.py" line="149"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>EditingController</name>
    <message>
        <location filename="../../desktop/controllers/editing.py" line="40"/>
        <source>New customer…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/editing.py" line="41"/>
        <source>Edit customer…</source>
        <translation>编辑客户…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/editing.py" line="42"/>
        <source>Delete (to recycle bin)</source>
        <translation>删除（移到回收站）</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/editing.py" line="43"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/editing.py" line="44"/>
        <source>Custom fields…</source>
        <translation>自定义字段…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/editing.py" line="45"/>
        <source>Add or remove tags…</source>
        <translation>添加或移除标签…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/editing.py" line="46"/>
        <source>Plan a follow-up…</source>
        <translation>安排跟进…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/editing.py" line="47"/>
        <source>Log a contact with the customer…</source>
        <translation>记录与客户的联系…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/editing.py" line="48"/>
        <source>Stay-in-touch rules…</source>
        <translation>定期联系规则…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/editing.py" line="49"/>
        <source>Birthday and festival care…</source>
        <translation>生日与节日关怀…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/editing.py" line="50"/>
        <source>New complaint…</source>
        <translation>新建投诉…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/editing.py" line="51"/>
        <source>FAQ…</source>
        <translation>常见问题…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/editing.py" line="52"/>
        <source>Complaint settings (SLA, categories)…</source>
        <translation>投诉设置（时限、类别）…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/editing.py" line="104"/>
        <source>Select a customer first.</source>
        <translation>请先选择一位客户。</translation>
    </message>
</context>
<context>
    <name>EncryptedBackupDialog</name>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="499"/>
        <location filename="../../ui/backup_dialogs.py" line="541"/>
        <source>Export an encrypted backup</source>
        <translation>导出加密备份</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="504"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="516"/>
        <source>Save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="517"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="518"/>
        <source>Repeat it</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="520"/>
        <source>For a USB stick or a cloud drive: without the password nobody can read this backup, and nobody can recover it either. Write the password down somewhere safe. At least %1 characters.</source>
        <translation>适合存到U盘或网盘：没有密码，谁也打不开这个备份，也无法找回。请把密码记在安全的地方。至少 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="542"/>
        <source>Encrypted Guanjia backups</source>
        <translation>客户管家加密备份</translation>
    </message>
</context>
<context>
    <name>Engagement</name>
    <message>
        <location filename="../../ui/communities/engagement_help.py" line="30"/>
        <source>Message in the group</source>
        <translation>群内发言</translation>
    </message>
    <message>
        <location filename="../../ui/communities/engagement_help.py" line="31"/>
        <source>Post</source>
        <translation>发帖</translation>
    </message>
    <message>
        <location filename="../../ui/communities/engagement_help.py" line="32"/>
        <source>Answered a question</source>
        <translation>答疑</translation>
    </message>
    <message>
        <location filename="../../ui/communities/engagement_help.py" line="33"/>
        <source>Invited someone</source>
        <translation>邀请入群</translation>
    </message>
    <message>
        <location filename="../../ui/communities/engagement_help.py" line="34"/>
        <source>Attended an event</source>
        <translation>参加活动</translation>
    </message>
    <message>
        <location filename="../../ui/communities/engagement_help.py" line="35"/>
        <source>Organised an event</source>
        <translation>组织活动</translation>
    </message>
    <message>
        <location filename="../../ui/communities/engagement_help.py" line="36"/>
        <source>Bought after a community post</source>
        <translation>看到社群内容后购买</translation>
    </message>
    <message>
        <location filename="../../ui/communities/engagement_help.py" line="49"/>
        <source>Each member&apos;s &lt;b&gt;love&lt;/b&gt; is the weighted sum of their activity in this community over the last %1 days; older activity counts less: half after %2 days, a quarter after %3.</source>
        <translation>每位成员的&lt;b&gt;热度&lt;/b&gt;是其最近 %1 天在本社群内活动的加权总和；越早的活动分量越轻：%2 天后减半，%3 天后只算四分之一。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/engagement_help.py" line="57"/>
        <source>Weights of each activity:</source>
        <translation>各类活动的权重：</translation>
    </message>
    <message>
        <location filename="../../ui/communities/engagement_help.py" line="59"/>
        <source>Members with love of at least %1 are ranked: the top %2 % are &lt;b&gt;core&lt;/b&gt;, the next %3 % &lt;b&gt;active&lt;/b&gt;, the rest &lt;b&gt;participants&lt;/b&gt;. Members with less are &lt;b&gt;watchers&lt;/b&gt; if they did anything in the window, else &lt;b&gt;silent&lt;/b&gt;.</source>
        <translation>热度不低于 %1 的成员参与排名：前 %2 % 为&lt;b&gt;核心&lt;/b&gt;，其后 %3 % 为&lt;b&gt;活跃&lt;/b&gt;，其余为&lt;b&gt;参与&lt;/b&gt;。热度更低的成员，期间有过活动的为&lt;b&gt;观望&lt;/b&gt;，毫无活动的为&lt;b&gt;沉默&lt;/b&gt;。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/engagement_help.py" line="69"/>
        <source>The trend compares the level with the level %1 days ago (the same rule on the activity up to then). Levels are recomputed after every activity recorded or imported, when the weights change, and once a day as activity ages.</source>
        <translation>趋势是把当前等级与 %1 天前的等级（按同一规则、只计当时为止的活动）比较。每次记录或导入活动、修改权重后，等级都会重新计算；活动随时间衰减，每天也会重新计算一次。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/engagement_undo.py" line="47"/>
        <source>Recomputing engagement levels…</source>
        <translation>正在重新计算活跃等级…</translation>
    </message>
</context>
<context>
    <name>EngagementHelp</name>
    <message>
        <location filename="../../ui/communities/engagement_help.py" line="90"/>
        <source>Change weights…</source>
        <translation>修改权重…</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="95"/>
        <source>Enrol a member</source>
        <translation>办理会员</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="97"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="98"/>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="99"/>
        <source>Empty: the next number</source>
        <translation>留空：自动取下一个卡号</translation>
    </message>
</context>
<context>
    <name>ErrorReportDialog</name>
    <message>
        <location filename="../../ui/error_dialog.py" line="23"/>
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="25"/>
        <source>Guanjia ran into an unexpected problem. Your data is safe and you can keep working. If it happens again, copy the report below and send it to your support contact.</source>
        <translation>客户管家遇到了一个意外问题。您的数据是安全的，可以继续使用。如果再次发生，请复制下面的报告并发送给技术支持。</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="29"/>
        <source>The report is also saved in: %1</source>
        <translation>报告也已保存在：%1</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="36"/>
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/events/dialogs.py" line="48"/>
        <source>Edit event</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="48"/>
        <source>Add event</source>
        <translation>添加活动</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="55"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="58"/>
        <source>Mode</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="61"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="68"/>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="74"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="75"/>
        <source>Lasts</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="78"/>
        <source>An address, or the link of an online event</source>
        <translation>地址，或线上活动的链接</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="79"/>
        <source>Place or link</source>
        <translation>地点或链接</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="83"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="85"/>
        <source>Capacity</source>
        <translation>名额</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="88"/>
        <source>Cost (¥)</source>
        <translation>费用（¥）</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="91"/>
        <source>Incentive</source>
        <translation>激励</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="96"/>
        <source>Attendees&apos; purchases up to this many days after the event count for it</source>
        <translation>活动结束后这么多天内，到场客户的购买计入本活动</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="98"/>
        <source>Sales counted for (days)</source>
        <translation>销售归因天数</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="102"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <location filename="../../ui/events/labels.py" line="13"/>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="14"/>
        <source>Offline</source>
        <translation>线下</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="20"/>
        <source>Talk</source>
        <translation>讲座</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="20"/>
        <source>Seminar</source>
        <translation>研讨会</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="20"/>
        <source>Q&amp;A</source>
        <translation>问答</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="21"/>
        <source>Exchange</source>
        <translation>交流会</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="21"/>
        <source>Promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="21"/>
        <source>Salon</source>
        <translation>沙龙</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="22"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="27"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="27"/>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="27"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="28"/>
        <source>Gift</source>
        <translation>礼物</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="33"/>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="33"/>
        <source>Sign-up open</source>
        <translation>报名中</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="33"/>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="34"/>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="34"/>
        <location filename="../../ui/events/labels.py" line="41"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="40"/>
        <source>Signed up</source>
        <translation>已报名</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="40"/>
        <location filename="../../ui/events/sign_in_sheet.py" line="36"/>
        <source>Waiting list</source>
        <translation>候补</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="40"/>
        <source>Attended</source>
        <translation>已到场</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="41"/>
        <source>No-show</source>
        <translation>未到场</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="43"/>
        <source>%1 (walk-in)</source>
        <translation>%1（现场报名）</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="50"/>
        <source>Enter a title: every event needs one.</source>
        <translation>请输入标题：每个活动都需要标题。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="53"/>
        <source>Enter when the event starts.</source>
        <translation>请输入活动开始时间。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="54"/>
        <source>This is not a date and time, e.g. 2026-12-01 14:00.</source>
        <translation>这不是有效的日期时间，例如 2026-12-01 14:00。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="57"/>
        <source>The event cannot end before it starts.</source>
        <translation>活动结束时间不能早于开始时间。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="60"/>
        <source>Choose online or offline.</source>
        <translation>请选择线上或线下。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="61"/>
        <source>Choose a kind of event from the list.</source>
        <translation>请从列表中选择活动类型。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="64"/>
        <source>Choose an incentive: coupon, points or gift.</source>
        <translation>请选择激励：优惠券、积分或礼物。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="67"/>
        <source>Choose a status from the list.</source>
        <translation>请从列表中选择状态。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="70"/>
        <source>The capacity is a whole number of places, at least 1.</source>
        <translation>名额须为不小于 1 的整数。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="73"/>
        <source>Count purchases 0 to 365 days after the event.</source>
        <translation>购买归因天数须在 0 到 365 之间。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="76"/>
        <source>Choose a community from the list.</source>
        <translation>请从列表中选择社群。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="79"/>
        <source>The cost cannot be negative.</source>
        <translation>费用不能为负数。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="81"/>
        <source>%1 people already hold a place: the capacity cannot be smaller.</source>
        <translation>已有 %1 人占用名额：名额不能比这更少。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="87"/>
        <source>The event is “%1”: it cannot become “%2”.</source>
        <translation>活动当前为“%1”：不能改为“%2”。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="91"/>
        <source>Use Close event to end it: that marks the no-shows.</source>
        <translation>请用“结束活动”来结束：会同时标记未到场客户。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="94"/>
        <source>This event is cancelled: nothing can be changed.</source>
        <translation>此活动已取消：不能再修改。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="97"/>
        <source>This event has ended: sign-ups and check-ins are closed.</source>
        <translation>此活动已结束：报名和签到已关闭。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="100"/>
        <source>This event no longer exists.</source>
        <translation>此活动已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="101"/>
        <source>This community no longer exists.</source>
        <translation>此社群已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="104"/>
        <source>Choose at least one customer.</source>
        <translation>请至少选择一位客户。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="106"/>
        <source>%1 is in the recycle bin: restore them first.</source>
        <translation>%1 在回收站中：请先恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="110"/>
        <source>%1 is not signed up for this event. Check them in as a walk-in?</source>
        <translation>%1 未报名此活动。要作为现场报名签到吗？</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="116"/>
        <source>%1 is already checked in.</source>
        <translation>%1 已签到。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="119"/>
        <source>%1 did not attend: only attendees can give feedback.</source>
        <translation>%1 未到场：只有到场客户可以反馈。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="124"/>
        <source>Give a score from 1 to 5.</source>
        <translation>请给出 1 到 5 的评分。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="125"/>
        <source>Choose attendees and/or no-shows.</source>
        <translation>请选择到场和/或未到场客户。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="128"/>
        <source>Nobody to follow up in this group.</source>
        <translation>这一组没有需要跟进的客户。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="129"/>
        <source>Nobody signed up matches this.</source>
        <translation>没有匹配的已报名客户。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="130"/>
        <source>More than one person matches: be more precise.</source>
        <translation>匹配到多人：请输入更精确的信息。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="133"/>
        <source>--customers (and --close) go without --walk-in and --organiser.</source>
        <translation>--customers（及 --close）不能与 --walk-in、--organiser 同用。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="136"/>
        <source>Choose a name or mobile column.</source>
        <translation>请选择姓名列或手机列。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="137"/>
        <source>This row names nobody (no name, no mobile).</source>
        <translation>这一行没有写人（没有姓名，也没有手机）。</translation>
    </message>
    <message>
        <location filename="../../ui/events/labels.py" line="140"/>
        <source>The sign-up time is in the future.</source>
        <translation>报名时间晚于现在。</translation>
    </message>
    <message>
        <location filename="../../ui/events/sign_in_sheet.py" line="26"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/events/sign_in_sheet.py" line="27"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/events/sign_in_sheet.py" line="28"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/events/sign_in_sheet.py" line="29"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../ui/events/sign_in_sheet.py" line="32"/>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../ui/events/page.py" line="142"/>
        <source>Add event</source>
        <translation>添加活动</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="142"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="143"/>
        <source>Sign up…</source>
        <translation>报名…</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="143"/>
        <source>Check in…</source>
        <translation>签到…</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="144"/>
        <source>Import sign-ups…</source>
        <translation>导入报名表…</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="145"/>
        <source>Mark attendance…</source>
        <translation>补录签到…</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="146"/>
        <source>Feedback…</source>
        <translation>反馈…</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="146"/>
        <location filename="../../ui/events/page.py" line="360"/>
        <source>Close event</source>
        <translation>结束活动</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="147"/>
        <source>Sign-in sheet (PDF)…</source>
        <translation>签到表（PDF）…</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="151"/>
        <source>End the event: signed-up customers who did not check in become no-shows</source>
        <translation>结束活动：已报名但未签到的客户记为未到场</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="154"/>
        <source>Sign-ups from an Excel list (报名表): 问卷星, 金数据, 腾讯问卷 or a sheet</source>
        <translation>从 Excel 报名表导入报名：问卷星、金数据、腾讯问卷导出或自制表格</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="157"/>
        <source>Tick who signed the printed sign-in sheet; the others become no-shows</source>
        <translation>按纸质签到表勾选到场的人；其余记为未到场</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="159"/>
        <location filename="../../ui/events/page.py" line="401"/>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="160"/>
        <source>Follow up attendees</source>
        <translation>跟进到场客户</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="161"/>
        <source>Follow up no-shows</source>
        <translation>跟进未到场客户</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="162"/>
        <source>Follow up attendees and no-shows</source>
        <translation>跟进到场和未到场客户</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="163"/>
        <location filename="../../ui/events/page.py" line="169"/>
        <location filename="../../ui/events/page.py" line="172"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="164"/>
        <source>Open sign-up</source>
        <translation>开始报名</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="165"/>
        <source>Start the event</source>
        <translation>开始活动</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="166"/>
        <location filename="../../ui/events/page.py" line="373"/>
        <source>Cancel the event</source>
        <translation>取消活动</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="167"/>
        <source>Cancel the selected sign-up</source>
        <translation>取消所选报名</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="168"/>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="168"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="169"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="170"/>
        <source>Signed up</source>
        <translation>报名</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="171"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="171"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="172"/>
        <source>Checked in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="173"/>
        <location filename="../../ui/events/page.py" line="350"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="241"/>
        <source>No events yet: add one to take sign-ups.</source>
        <translation>还没有活动：添加一个活动即可接受报名。</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="247"/>
        <source>Signed up %1 · attended %2 · no-shows %3 · walk-ins %4 · waiting %5 · attendance %6 · feedback %7 (%8) · sales after: %9 buyers, %10</source>
        <translation>报名 %1 · 到场 %2 · 未到场 %3 · 现场报名 %4 · 候补 %5 · 到场率 %6 · 反馈 %7（%8 条）· 活动后销售：%9 位买家，%10</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="264"/>
        <location filename="../../ui/events/page.py" line="271"/>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="301"/>
        <source>Sign up</source>
        <translation>报名</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="302"/>
        <source>Signed up: %1. On the waiting list (the event is full): %2. Already signed up: %3.</source>
        <translation>已报名：%1。进入候补名单（名额已满）：%2。此前已报名：%3。</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="361"/>
        <source>End this event? Signed-up customers who did not check in become no-shows.</source>
        <translation>结束此活动？已报名但未签到的客户将记为未到场。</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="374"/>
        <source>Cancel this event? It can no longer take sign-ups or check-ins.</source>
        <translation>取消此活动？取消后不能再报名或签到。</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="396"/>
        <source>After the event: %1</source>
        <translation>活动回访：%1</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="402"/>
        <source>%1 follow-ups planned for tomorrow.</source>
        <translation>已为明天安排 %1 条跟进。</translation>
    </message>
    <message>
        <location filename="../../ui/events/page.py" line="410"/>
        <source>Save the sign-in sheet</source>
        <translation>保存签到表</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="28"/>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="31"/>
        <source>All %1 customers in the list</source>
        <translation>列表中的全部 %1 位客户</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="38"/>
        <source>Only the %1 selected</source>
        <translation>仅选中的 %1 位</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="50"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="53"/>
        <source>CSV, UTF-8 for Excel and WPS (.csv)</source>
        <translation>CSV，UTF-8 编码，Excel 和 WPS 均可打开 (.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="57"/>
        <source>Hide the middle digits of mobiles (138****5678)</source>
        <translation>隐藏手机号中间四位（138****5678）</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="66"/>
        <source>Mobiles are always masked: see Settings &gt; Password and privacy.</source>
        <translation>手机号总是隐藏中间几位：见“设置 &gt; 密码与隐私”。</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="72"/>
        <source>The %1 visible columns are exported in their order, as the list shows them.</source>
        <translation>按列表当前显示的 %1 列及其顺序导出。</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="77"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="80"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>FaqDialog</name>
    <message>
        <location filename="../../ui/complaints/faq_dialogs.py" line="73"/>
        <source>FAQ</source>
        <translation>常见问题</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/faq_dialogs.py" line="76"/>
        <source>Search questions and answers</source>
        <translation>搜索问题和答案</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/faq_dialogs.py" line="88"/>
        <source>New entry…</source>
        <translation>新建条目…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/faq_dialogs.py" line="89"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/faq_dialogs.py" line="90"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/faq_dialogs.py" line="123"/>
        <source>No entries. Resolved complaints can become entries.</source>
        <translation>暂无条目。已解决的投诉可以加入常见问题。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/faq_dialogs.py" line="148"/>
        <source>Delete FAQ entry</source>
        <translation>删除常见问题</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/faq_dialogs.py" line="148"/>
        <source>Delete this entry?</source>
        <translation>删除此条目？</translation>
    </message>
</context>
<context>
    <name>FaqEntryDialog</name>
    <message>
        <location filename="../../ui/complaints/faq_dialogs.py" line="33"/>
        <source>FAQ entry</source>
        <translation>常见问题条目</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/faq_dialogs.py" line="43"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/faq_dialogs.py" line="47"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/faq_dialogs.py" line="49"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/faq_dialogs.py" line="52"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../ui/events/dialogs.py" line="342"/>
        <source>Feedback from %1</source>
        <translation>%1 的反馈</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="352"/>
        <source>Score (1-5)</source>
        <translation>评分（1-5）</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="353"/>
        <source>Comment</source>
        <translation>评价</translation>
    </message>
</context>
<context>
    <name>FestivalSettings</name>
    <message>
        <location filename="../../ui/followups/festival_settings.py" line="55"/>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location filename="../../ui/followups/festival_settings.py" line="56"/>
        <source>Customers with any of these tags</source>
        <translation>带有以下任一标签的客户</translation>
    </message>
    <message>
        <location filename="../../ui/followups/festival_settings.py" line="57"/>
        <source>Customers in these lifecycle stages</source>
        <translation>处于以下生命周期阶段的客户</translation>
    </message>
    <message>
        <location filename="../../ui/followups/festival_settings.py" line="64"/>
        <source>Every customer not in the recycle bin.</source>
        <translation>回收站以外的所有客户。</translation>
    </message>
    <message>
        <location filename="../../ui/followups/festival_settings.py" line="72"/>
        <source> days before the festival</source>
        <translation> 天（节前）</translation>
    </message>
    <message>
        <location filename="../../ui/followups/festival_settings.py" line="76"/>
        <source>{name} becomes the customer&apos;s name, {festival} the festival&apos;s.</source>
        <translation>{name} 替换为客户姓名，{festival} 替换为节日名称。</translation>
    </message>
    <message>
        <location filename="../../ui/followups/festival_settings.py" line="84"/>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../ui/followups/festival_settings.py" line="86"/>
        <source>Remind</source>
        <translation>提前提醒</translation>
    </message>
    <message>
        <location filename="../../ui/followups/festival_settings.py" line="87"/>
        <source>Greeting</source>
        <translation>祝福语</translation>
    </message>
    <message>
        <location filename="../../ui/followups/festival_settings.py" line="89"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../ui/followups/festival_settings.py" line="119"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../ui/followups/festival_settings.py" line="161"/>
        <source>Zhang Wei</source>
        <translation>张伟</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/tags/filter_bar.py" line="53"/>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../ui/tags/filter_bar.py" line="54"/>
        <source>all of them</source>
        <translation>全部满足</translation>
    </message>
    <message>
        <location filename="../../ui/tags/filter_bar.py" line="55"/>
        <source>any of them</source>
        <translation>满足任一</translation>
    </message>
    <message>
        <location filename="../../ui/tags/filter_bar.py" line="56"/>
        <source>Clear filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../ui/tags/filter_bar.py" line="57"/>
        <source>Save as view…</source>
        <translation>保存为分群…</translation>
    </message>
    <message>
        <location filename="../../ui/tags/filter_bar.py" line="58"/>
        <source>Keep this search and tag filter in the sidebar</source>
        <translation>把当前搜索和标签筛选保存到侧栏</translation>
    </message>
    <message>
        <location filename="../../ui/tags/filter_bar.py" line="97"/>
        <source>Community: %1</source>
        <translation>社群：%1</translation>
    </message>
    <message>
        <location filename="../../ui/tags/filter_bar.py" line="98"/>
        <source>Only these customers (a chart&apos;s bar or point). Not kept in a saved view. Click to remove.</source>
        <translation>只显示这些客户（来自图表中的柱或点），不会保存到视图中。点击移除。</translation>
    </message>
    <message>
        <location filename="../../ui/tags/filter_bar.py" line="100"/>
        <source>Only customers of this community condition. Click to remove.</source>
        <translation>只显示符合此社群条件的客户。点击移除。</translation>
    </message>
    <message>
        <location filename="../../ui/tags/filter_bar.py" line="111"/>
        <source>not %1</source>
        <translation>不含 %1</translation>
    </message>
    <message>
        <location filename="../../ui/tags/filter_bar.py" line="113"/>
        <source>Customers with this tag are left out. Click to remove.</source>
        <translation>排除带此标签的客户。点击移除此条件。</translation>
    </message>
    <message>
        <location filename="../../ui/tags/filter_bar.py" line="117"/>
        <source>Only customers with this tag. Click to remove.</source>
        <translation>只显示带此标签的客户。点击移除此条件。</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="145"/>
        <source>Edit follow-up</source>
        <translation>编辑跟进</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="145"/>
        <source>Plan a follow-up</source>
        <translation>安排跟进</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="154"/>
        <location filename="../../ui/followups/dialogs.py" line="158"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="161"/>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="167"/>
        <source>At a time</source>
        <translation>指定时间</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="182"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="185"/>
        <source>e.g. Send the quote, ask about the trial</source>
        <translation>例如：发报价、问试用情况</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="186"/>
        <source>Subject</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="190"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="192"/>
        <source>Default: the customer&apos;s owner</source>
        <translation>默认：客户的负责人</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="194"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="202"/>
        <source>Does not repeat</source>
        <translation>不重复</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="202"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="202"/>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="202"/>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="203"/>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="212"/>
        <source>every</source>
        <translation>每</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="217"/>
        <source>Repeat</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="258"/>
        <source>Choose a customer: type part of a name, then pick one.</source>
        <translation>请选择客户：输入姓名的一部分，再从列表中选择。</translation>
    </message>
</context>
<context>
    <name>FollowupsPage</name>
    <message>
        <location filename="../../ui/followups/page.py" line="145"/>
        <source>New follow-up</source>
        <translation>新建跟进</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="146"/>
        <location filename="../../ui/followups/page.py" line="514"/>
        <source>Complete…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="147"/>
        <location filename="../../ui/followups/page.py" line="517"/>
        <source>Snooze</source>
        <translation>稍后提醒</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="148"/>
        <source>Reschedule…</source>
        <translation>改期…</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="149"/>
        <source>Reassign…</source>
        <translation>转交…</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="150"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="151"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="156"/>
        <source>Nothing to follow up here</source>
        <translation>这里暂无需要跟进的事项</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="157"/>
        <source>Plan one with New follow-up, or pick a day in the calendar.</source>
        <translation>点“新建跟进”安排一项，或在日历中选择其他日期。</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="160"/>
        <source>1 hour</source>
        <translation>1 小时后</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="161"/>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="163"/>
        <source>Next week (Monday)</source>
        <translation>下周（周一）</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="165"/>
        <source>Choose a date…</source>
        <translation>选择日期…</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="168"/>
        <source>Skip this time (a repeat goes on)</source>
        <translation>跳过这次（重复继续）</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="171"/>
        <source>Cancel (ends a repeat)</source>
        <translation>取消（结束重复）</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="174"/>
        <location filename="../../ui/followups/page.py" line="521"/>
        <source>Copy the greeting</source>
        <translation>复制祝福语</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="175"/>
        <location filename="../../ui/followups/page.py" line="520"/>
        <source>Log a contact…</source>
        <translation>记录联系…</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="177"/>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="179"/>
        <source>Stay-in-touch rules…</source>
        <translation>定期联系规则…</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="180"/>
        <source>Birthday and festival care…</source>
        <translation>生日与节日关怀…</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="183"/>
        <source>Numbers are open follow-ups that day; festivals are named, a green dot counts birthdays. Click a day to list them.</source>
        <translation>数字为当天未完成的跟进；节日直接标出名称，绿点后的数字为过生日的客户数。点击某一天查看列表。</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="264"/>
        <location filename="../../ui/followups/page.py" line="483"/>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="316"/>
        <location filename="../../ui/followups/page.py" line="337"/>
        <source>Complete follow-ups</source>
        <translation>完成跟进</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="317"/>
        <source>Outcome for the %1 follow-ups:</source>
        <translation>这 %1 个跟进的结果：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/followups/page.py" line="339"/>
        <source>%n return visit(s) of complaints were left out: complete each on its own to record how satisfied the customer is.</source>
        <translation>
            <numerusform>有 %n 个投诉回访未完成：请逐个完成，以记录客户满意度。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="355"/>
        <source>Snooze until</source>
        <translation>稍后提醒至</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="372"/>
        <source>Reschedule to</source>
        <translation>改期到</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="391"/>
        <source>Reassign</source>
        <translation>转交</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="391"/>
        <source>New owner:</source>
        <translation>新负责人：</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="478"/>
        <source>Export follow-ups</source>
        <translation>导出跟进</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="488"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="511"/>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="516"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/followups/page.py" line="519"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>Funnel</name>
    <message>
        <location filename="../../ui/funnel/funnel_labels.py" line="12"/>
        <source>Acquired</source>
        <translation>获客</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/funnel_labels.py" line="13"/>
        <source>Qualified</source>
        <translation>识别</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/funnel_labels.py" line="14"/>
        <source>In contact</source>
        <translation>培育</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/funnel_labels.py" line="15"/>
        <source>First purchase</source>
        <translation>转化（首购）</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/funnel_labels.py" line="16"/>
        <source>Repeat buyer or member</source>
        <translation>经营（复购或会员）</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/funnel_labels.py" line="17"/>
        <source>Referred someone</source>
        <translation>裂变（转介绍）</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/funnel_labels.py" line="23"/>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/funnel_labels.py" line="24"/>
        <source>By source channel</source>
        <translation>按来源渠道</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/funnel_labels.py" line="25"/>
        <source>By owner</source>
        <translation>按负责人</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/funnel_labels.py" line="26"/>
        <source>By event attended</source>
        <translation>按参加的活动</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/funnel_labels.py" line="27"/>
        <source>By community</source>
        <translation>按社群</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/funnel_labels.py" line="35"/>
        <source>“%1” is not a split: use channel, staff, event or community.</source>
        <translation>“%1”不是分组方式：请用 channel、staff、event 或 community。</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/funnel_labels.py" line="41"/>
        <source>“%1” is not a funnel stage.</source>
        <translation>“%1”不是漏斗阶段。</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/funnel_labels.py" line="45"/>
        <source>“%1” is not a split: use channel or event.</source>
        <translation>“%1”不是分组方式：请用 channel 或 event。</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/funnel_labels.py" line="48"/>
        <source>The period ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/funnel_labels.py" line="49"/>
        <source>A cost cannot be negative.</source>
        <translation>成本不能为负数。</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/funnel_labels.py" line="50"/>
        <source>A cost is for one source channel or one event.</source>
        <translation>一笔成本只能属于一个来源渠道或一个活动。</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/funnel_labels.py" line="54"/>
        <source>“%1” is not a source channel: use one of %2.</source>
        <translation>“%1”不是来源渠道，可用：%2。</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/funnel_labels.py" line="58"/>
        <source>There is no such cost.</source>
        <translation>没有这笔成本。</translation>
    </message>
</context>
<context>
    <name>FunnelPage</name>
    <message>
        <location filename="../../ui/funnel/page.py" line="144"/>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="145"/>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="145"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="146"/>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="146"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="147"/>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="157"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="158"/>
        <source>Costs…</source>
        <translation>成本…</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="159"/>
        <source>Enter what each channel or event cost</source>
        <translation>录入每个渠道或活动的成本</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="160"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="160"/>
        <location filename="../../ui/funnel/page.py" line="164"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="161"/>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="161"/>
        <source>Median days</source>
        <translation>中位天数</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="162"/>
        <source>Double-click a stage to see its customers</source>
        <translation>双击阶段查看其客户</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="164"/>
        <location filename="../../ui/funnel/page.py" line="326"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="164"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="164"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="165"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="165"/>
        <source>ROI</source>
        <translation>投资回报率</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="165"/>
        <source>Cost per lead</source>
        <translation>单个线索成本</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="166"/>
        <source>Cost per customer</source>
        <translation>单个客户成本</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="168"/>
        <source>Return on acquisition costs</source>
        <translation>获客投入产出</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="223"/>
        <location filename="../../ui/funnel/page.py" line="275"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="244"/>
        <source>Could not compute: %1</source>
        <translation>无法计算：%1</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="252"/>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="279"/>
        <location filename="../../ui/funnel/page.py" line="331"/>
        <source>(no source)</source>
        <translation>（无来源）</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="280"/>
        <source>(no owner)</source>
        <translation>（无负责人）</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="287"/>
        <source>All of them</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="317"/>
        <source>Customers per stage</source>
        <translation>各阶段客户数</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="320"/>
        <source>No customers were entered in this period</source>
        <translation>此期间没有新增客户</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="325"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ui/funnel/page.py" line="356"/>
        <source>Funnel: %1</source>
        <translation>漏斗：%1</translation>
    </message>
</context>
<context>
    <name>GetStarted</name>
    <message>
        <location filename="../../ui/get_started.py" line="71"/>
        <source>No customers yet</source>
        <translation>还没有客户</translation>
    </message>
    <message>
        <location filename="../../ui/get_started.py" line="72"/>
        <source>Start with your own customer list, or look around first.</source>
        <translation>从您自己的客户名单开始，或者先随便看看。</translation>
    </message>
    <message>
        <location filename="../../ui/get_started.py" line="73"/>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <location filename="../../ui/get_started.py" line="75"/>
        <source>Bring in the list you keep in Excel or WPS (.xlsx, .xls, .csv).</source>
        <translation>导入您在 Excel 或 WPS 中维护的名单（.xlsx、.xls、.csv）。</translation>
    </message>
    <message>
        <location filename="../../ui/get_started.py" line="77"/>
        <source>Add a customer…</source>
        <translation>新增客户…</translation>
    </message>
    <message>
        <location filename="../../ui/get_started.py" line="78"/>
        <source>Type in your first customer by hand.</source>
        <translation>手动录入第一位客户。</translation>
    </message>
    <message>
        <location filename="../../ui/get_started.py" line="79"/>
        <source>Try the demo…</source>
        <translation>试用演示…</translation>
    </message>
    <message>
        <location filename="../../ui/get_started.py" line="82"/>
        <source>Opens a second window on a separate demo database of made-up customers. Your own database stays as it is.</source>
        <translation>在第二个窗口中打开一个单独的演示数据库，里面是虚构的客户。您自己的数据库保持原样。</translation>
    </message>
</context>
<context>
    <name>HolidayDialog</name>
    <message>
        <location filename="../../ui/complaints/holiday_dialog.py" line="40"/>
        <source>Holidays and working days</source>
        <translation>节假日与调休上班日</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/holiday_dialog.py" line="61"/>
        <location filename="../../ui/complaints/holiday_dialog.py" line="131"/>
        <source>Holiday (休)</source>
        <translation>放假（休）</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/holiday_dialog.py" line="62"/>
        <location filename="../../ui/complaints/holiday_dialog.py" line="131"/>
        <source>Working day (班)</source>
        <translation>上班（班）</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/holiday_dialog.py" line="65"/>
        <source>Name, e.g. 国庆节</source>
        <translation>名称，如 国庆节</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/holiday_dialog.py" line="66"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/holiday_dialog.py" line="69"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/holiday_dialog.py" line="72"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/holiday_dialog.py" line="76"/>
        <source>A sheet (.xlsx or .csv) with the columns date, 休 or 班, name; the years it lists are replaced.</source>
        <translation>表格文件（.xlsx 或 .csv），列为：日期、休或班、名称；文件所列年份的原有日期将被替换。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/holiday_dialog.py" line="91"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/holiday_dialog.py" line="121"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/holiday_dialog.py" line="121"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/holiday_dialog.py" line="121"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/holiday_dialog.py" line="122"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/holiday_dialog.py" line="122"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/holiday_dialog.py" line="122"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/holiday_dialog.py" line="122"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/holiday_dialog.py" line="123"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/holiday_dialog.py" line="123"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/holiday_dialog.py" line="123"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/holiday_dialog.py" line="148"/>
        <source>Line %1: %2 (%3)</source>
        <translation>第 %1 行：%2（%3）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/complaints/holiday_dialog.py" line="167"/>
        <location filename="../../ui/complaints/holiday_dialog.py" line="183"/>
        <location filename="../../ui/complaints/holiday_dialog.py" line="210"/>
        <source>%n open complaint(s) got a new deadline.</source>
        <translation>
            <numerusform>%n 个未结投诉的截止时间已更新。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/complaints/holiday_dialog.py" line="189"/>
        <source>Import holidays</source>
        <translation>导入节假日</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/holiday_dialog.py" line="190"/>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>表格文件 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/holiday_dialog.py" line="204"/>
        <source>Imported %1: %2 holidays, %3 working days.</source>
        <translation>已导入 %1 年：%2 天放假，%3 天调休上班。</translation>
    </message>
</context>
<context>
    <name>ImportExportController</name>
    <message>
        <location filename="../../desktop/controllers/imports.py" line="60"/>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/imports.py" line="61"/>
        <source>Import purchases from Excel…</source>
        <translation>从 Excel 导入消费记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/imports.py" line="62"/>
        <source>Import follow-ups from Excel…</source>
        <translation>从 Excel 导入跟进计划…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/imports.py" line="63"/>
        <source>Import contact history from Excel…</source>
        <translation>从 Excel 导入联系记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/imports.py" line="64"/>
        <source>Import complaints from Excel…</source>
        <translation>从 Excel 导入投诉…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/imports.py" line="64"/>
        <source>Import members…</source>
        <translation>导入会员…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/imports.py" line="67"/>
        <source>Import community members…</source>
        <translation>导入社群成员…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/imports.py" line="67"/>
        <source>Import group statistics…</source>
        <translation>导入群统计数据…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/imports.py" line="70"/>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/imports.py" line="71"/>
        <source>Save an import template…</source>
        <translation>保存导入模板…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/imports.py" line="72"/>
        <source>Import history…</source>
        <translation>导入记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/imports.py" line="156"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/imports.py" line="158"/>
        <location filename="../../desktop/controllers/imports.py" line="180"/>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/imports.py" line="169"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/imports.py" line="176"/>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/imports.py" line="184"/>
        <source>Exported %1 customers to %2</source>
        <translation>已导出 %1 位客户到 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/imports.py" line="192"/>
        <location filename="../../desktop/controllers/imports.py" line="201"/>
        <source>Save an import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/imports.py" line="193"/>
        <source>Import template</source>
        <translation>客户导入模板</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/imports.py" line="203"/>
        <source>Template saved: %1</source>
        <translation>模板已保存：%1</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <location filename="../../ui/import_history_dialog.py" line="34"/>
        <source>Import history</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../../ui/import_history_dialog.py" line="44"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/import_history_dialog.py" line="44"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_history_dialog.py" line="44"/>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/import_history_dialog.py" line="44"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../ui/import_history_dialog.py" line="44"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../ui/import_history_dialog.py" line="45"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ui/import_history_dialog.py" line="45"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/import_history_dialog.py" line="50"/>
        <source>Undo import…</source>
        <translation>撤销导入…</translation>
    </message>
    <message>
        <location filename="../../ui/import_history_dialog.py" line="69"/>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../ui/import_history_dialog.py" line="44"/>
        <location filename="../../ui/import_history_dialog.py" line="71"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../ui/imports/purchases.py" line="117"/>
        <source>Purchases</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <location filename="../../ui/imports/purchases.py" line="122"/>
        <source>%1 purchases, %2 customers</source>
        <translation>%1 笔消费，%2 位客户</translation>
    </message>
    <message>
        <location filename="../../ui/imports/customers.py" line="138"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/imports/purchases.py" line="130"/>
        <source>Undo the import of %1? The purchases it added and the customers it created are removed, and the customers&apos; totals are counted again.</source>
        <translation>撤销“%1”的导入？它添加的消费记录和新建的客户将被删除，客户的消费合计会重新计算。</translation>
    </message>
    <message>
        <location filename="../../ui/import_history_dialog.py" line="111"/>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location filename="../../ui/imports/customers.py" line="141"/>
        <source>Undo the import of %1? The customers it created are removed and the fields it changed are put back. Changes made since are kept.</source>
        <translation>撤销“%1”的导入？这次新建的客户将被删除，修改过的字段将恢复原值。导入之后您做的修改会保留。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/records.py" line="109"/>
        <source>Follow-ups</source>
        <translation>跟进计划</translation>
    </message>
    <message>
        <location filename="../../ui/imports/records.py" line="112"/>
        <source>Undo the import of %1? The follow-ups it added are removed; those completed or cancelled since are kept.</source>
        <translation>撤销“%1”的导入？它添加的跟进计划将被删除；之后已完成或已取消的会保留。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/records.py" line="124"/>
        <source>Contacts</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../../ui/imports/records.py" line="127"/>
        <source>Undo the import of %1? The contacts it added are removed.</source>
        <translation>撤销“%1”的导入？它添加的联系记录将被删除。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/records.py" line="153"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/imports/records.py" line="156"/>
        <source>Undo the import of %1? The complaints it added are removed with their history; those handled since are kept.</source>
        <translation>撤销“%1”的导入？它添加的投诉及其处理记录将被删除；之后处理过的会保留。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="180"/>
        <source>Community members</source>
        <translation>社群成员</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="183"/>
        <source>Undo the import of %1? The memberships it added and the customers it created are removed; members who left since are kept.</source>
        <translation>撤销导入 %1？它加入的成员关系和新建的客户将被删除；此后已退群的成员记录保留。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="270"/>
        <source>Group statistics</source>
        <translation>群统计</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="273"/>
        <source>Undo the import of %1? The days it added are removed and the figures it replaced put back.</source>
        <translation>撤销导入 %1？它新增的日期将被删除，被替换的数据恢复原样。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/event_signups.py" line="128"/>
        <source>Event sign-ups</source>
        <translation>活动报名</translation>
    </message>
    <message>
        <location filename="../../ui/imports/event_signups.py" line="131"/>
        <source>Undo the import of %1? The sign-ups it added and the customers it created are removed; those checked in since are kept.</source>
        <translation>撤销 %1 的导入？它添加的报名和新建的客户将被删除；之后已签到的保留。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/members.py" line="166"/>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../ui/imports/members.py" line="169"/>
        <source>Undo the import of %1? Its opening balances are reversed by ledger entries, its cards stopped, the levels it set put back and the customers it created removed.</source>
        <translation>撤销导入 %1？其期初余额将以冲正流水冲回，所开会员卡停用，所设等级恢复原状，所建客户删除。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/survey_answers.py" line="106"/>
        <source>Survey answers</source>
        <translation>问卷回答</translation>
    </message>
    <message>
        <location filename="../../ui/imports/survey_answers.py" line="109"/>
        <source>Undo the import of %1? The answers it added are removed, with the follow-ups and 推荐者 tags they gave.</source>
        <translation>要撤销 %1 的导入吗？它添加的回答会删除，连同由此产生的跟进和推荐者标签。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/imports/customers.py" line="44"/>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="44"/>
        <source>Spreadsheets</source>
        <translation>表格文件</translation>
    </message>
    <message>
        <location filename="../../ui/imports/purchases.py" line="35"/>
        <location filename="../../ui/imports/purchases.py" line="91"/>
        <location filename="../../ui/imports/records.py" line="62"/>
        <source>Already recorded</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <location filename="../../ui/imports/purchases.py" line="38"/>
        <location filename="../../ui/imports/records.py" line="64"/>
        <source>New · customer #%1</source>
        <translation>新增 · 客户 #%1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/purchases.py" line="40"/>
        <source>New · new customer</source>
        <translation>新增 · 新客户</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="97"/>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="99"/>
        <source>Excel (.xlsx, .xls), WPS and LibreOffice (.ods) workbooks and CSV text files.</source>
        <translation>支持 Excel（.xlsx、.xls）、WPS、LibreOffice（.ods）工作簿和 CSV 文本文件。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="104"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="106"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="107"/>
        <source>Header row</source>
        <translation>标题行</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="108"/>
        <source>Text encoding</source>
        <translation>文字编码</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="109"/>
        <source>Delimiter</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="114"/>
        <source>No header row</source>
        <translation>没有标题行</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="118"/>
        <location filename="../../ui/imports/file_page.py" line="130"/>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="121"/>
        <source>Chinese Simplified (GBK/GB18030)</source>
        <translation>简体中文（GBK/GB18030）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="124"/>
        <source>Chinese Traditional (Big5)</source>
        <translation>繁体中文（Big5）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="131"/>
        <source>Comma ,</source>
        <translation>逗号 ,</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="132"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="133"/>
        <source>Semicolon ;</source>
        <translation>分号 ;</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="140"/>
        <source>No file chosen.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="170"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="220"/>
        <source>%1 (empty)</source>
        <translation>%1（空）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/file_page.py" line="221"/>
        <source>%1 (%2 rows)</source>
        <translation>%1（%2 行）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/mapping_page.py" line="50"/>
        <source>Match the columns to fields</source>
        <translation>对应列与字段</translation>
    </message>
    <message>
        <location filename="../../ui/imports/mapping_page.py" line="52"/>
        <source>Guanjia proposed a field for each column from its title and values. Change any of them; columns set to “Don&apos;t import” are left out.</source>
        <translation>客户管家已根据列标题和内容为每一列推荐了字段，可随意修改；设为“不导入”的列将被忽略。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/mapping_page.py" line="57"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/imports/mapping_page.py" line="58"/>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../ui/imports/mapping_page.py" line="59"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/imports/view.py" line="89"/>
        <source>— Don&apos;t import —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <location filename="../../ui/imports/mapping_page.py" line="119"/>
        <source>No column is mapped: choose a field for at least one.</source>
        <translation>没有任何列对应到字段，请至少为一列选择字段。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/customers.py" line="53"/>
        <source>No column goes to Name: new customers cannot be created, only updated.</source>
        <translation>没有列对应到“姓名”：无法新建客户，只能更新已有客户。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="92"/>
        <source>Check before importing</source>
        <translation>导入前检查</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="94"/>
        <source>Nothing is written until you click Import.</source>
        <translation>点击“导入”之前不会写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/customers.py" line="18"/>
        <source>A row is the same customer when it has the same</source>
        <translation>以下信息相同即视为同一客户</translation>
    </message>
    <message>
        <location filename="../../ui/imports/customers.py" line="25"/>
        <source>When a row matches an existing customer</source>
        <translation>当某行与已有客户匹配时</translation>
    </message>
    <message>
        <location filename="../../ui/imports/customers.py" line="26"/>
        <source>Skip it (list it in the report)</source>
        <translation>跳过（列入报告）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/customers.py" line="27"/>
        <source>Merge into the existing customer (its filled cells update it)</source>
        <translation>合并到已有客户（用已填写的单元格更新）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/customers.py" line="30"/>
        <source>Create a new customer anyway</source>
        <translation>仍然新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/imports/customers.py" line="113"/>
        <source>Added to the team: %1.</source>
        <translation>已加入团队：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/view.py" line="50"/>
        <source>Rows with errors</source>
        <translation>有错误的行</translation>
    </message>
    <message>
        <location filename="../../ui/imports/view.py" line="51"/>
        <source>Skip them and list them</source>
        <translation>跳过并列出</translation>
    </message>
    <message>
        <location filename="../../ui/imports/view.py" line="52"/>
        <source>Stop: import nothing</source>
        <translation>停止：全部不导入</translation>
    </message>
    <message>
        <location filename="../../ui/imports/view.py" line="158"/>
        <source>%1 customers it created were kept, as they were given follow-ups, contacts, purchases, complaints or tags since the import (%2).</source>
        <translation>它新建的客户中有 %1 位被保留，因为导入后他们已有跟进、联系、消费、投诉或标签变化（%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/purchases.py" line="18"/>
        <source>A customer not yet in Guanjia</source>
        <translation>系统中还没有的客户</translation>
    </message>
    <message>
        <location filename="../../ui/imports/purchases.py" line="19"/>
        <source>Create the customer (from the number or name)</source>
        <translation>新建客户（按编号或姓名）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/members.py" line="21"/>
        <location filename="../../ui/imports/purchases.py" line="22"/>
        <source>List the row as an error</source>
        <translation>作为错误行列出</translation>
    </message>
    <message>
        <location filename="../../ui/imports/members.py" line="22"/>
        <source>Create the customer (source: imported)</source>
        <translation>新建客户（来源：导入）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/members.py" line="34"/>
        <source>Card number</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <location filename="../../ui/imports/members.py" line="37"/>
        <source>Member level</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../ui/imports/members.py" line="38"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../ui/imports/members.py" line="39"/>
        <source>Stored value (principal)</source>
        <translation>储值余额（本金）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/members.py" line="40"/>
        <source>Bonus balance</source>
        <translation>赠送余额</translation>
    </message>
    <message>
        <location filename="../../ui/imports/members.py" line="41"/>
        <source>Count card (service)</source>
        <translation>次卡（项目）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/members.py" line="42"/>
        <source>Visits left</source>
        <translation>剩余次数</translation>
    </message>
    <message>
        <location filename="../../ui/imports/members.py" line="43"/>
        <source>Card opened</source>
        <translation>开卡日期</translation>
    </message>
    <message>
        <location filename="../../ui/imports/members.py" line="44"/>
        <source>Card expires</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <location filename="../../ui/imports/members.py" line="52"/>
        <source>%1 levels kept: locked</source>
        <translation>%1 个等级保留：已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/imports/members.py" line="55"/>
        <source>%1 names of several customers: double-click to pick</source>
        <translation>%1 个重名：双击该行选择客户</translation>
    </message>
    <message>
        <location filename="../../ui/imports/members.py" line="74"/>
        <source>Import members</source>
        <translation>导入会员</translation>
    </message>
    <message>
        <location filename="../../ui/imports/members.py" line="83"/>
        <source>%1 cards to open (%2 new customers) · %3 skipped · %4 with errors · opening points %5, stored value %6 + bonus %7, %8 visits</source>
        <translation>将开卡 %1 张（新客户 %2 位）· 跳过 %3 · 有错误 %4 · 期初积分 %5，储值 %6 + 赠送 %7，次数 %8 次</translation>
    </message>
    <message>
        <location filename="../../ui/imports/members.py" line="102"/>
        <source>New card · new customer</source>
        <translation>新卡 · 新客户</translation>
    </message>
    <message>
        <location filename="../../ui/imports/members.py" line="104"/>
        <source>New card · customer #%1 · level kept: locked</source>
        <translation>开新卡 · 客户 #%1 · 等级保留：已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/imports/members.py" line="107"/>
        <source>New card · customer #%1</source>
        <translation>新卡 · 客户 #%1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/members.py" line="125"/>
        <source>Card %1 is enrolled already</source>
        <translation>会员卡 %1 已开卡</translation>
    </message>
    <message>
        <location filename="../../ui/imports/members.py" line="128"/>
        <source>None of the customers: skipped</source>
        <translation>不是其中任何一位：已跳过</translation>
    </message>
    <message>
        <location filename="../../ui/imports/members.py" line="129"/>
        <source>Same card as row %1</source>
        <translation>与第 %1 行卡号相同</translation>
    </message>
    <message>
        <location filename="../../ui/imports/members.py" line="134"/>
        <source>%1 member cards opened (%2 customers created), %3 skipped, %4 rows with errors. Opening balances (期初): %5 points, stored value %6 + bonus %7, %8 visits.</source>
        <translation>已开会员卡 %1 张（新建客户 %2 位），跳过 %3 行，%4 行有错误。期初：积分 %5，储值 %6 + 赠送 %7，次数 %8 次。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/members.py" line="149"/>
        <source>Import undone: openings reversed by ledger entries (%1 points, stored value %2, %3 visits), %4 cards stopped, %5 levels put back, %6 customers removed.</source>
        <translation>已撤销导入：期初以冲正流水冲回（积分 %1，储值 %2，次数 %3 次），停用 %4 张卡，恢复 %5 个等级，删除客户 %6 位。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/members.py" line="160"/>
        <source>%1 members had spent part of their opening since: what was spent stays spent.</source>
        <translation>%1 位会员导入后已使用部分期初余额：已用部分不冲回。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="135"/>
        <source>Checking all rows…</source>
        <translation>正在检查所有行…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/customers.py" line="61"/>
        <source>%1 new · %2 will update · %3 duplicates · %4 with errors</source>
        <translation>新建 %1 · 更新 %2 · 重复 %3 · 错误 %4</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="163"/>
        <source>There is nothing to import with these options.</source>
        <translation>按当前选项，没有可导入的数据。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/purchases.py" line="71"/>
        <source>%1 purchases to add (%2 rows, %3 new customers) · %4 rows already recorded · %5 rows with errors</source>
        <translation>将添加 %1 笔消费（%2 行，%3 位新客户）· %4 行已导入过 · %5 行有错误</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="191"/>
        <location filename="../../ui/imports/result_page.py" line="90"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="192"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/imports/customers.py" line="76"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/imports/customers.py" line="78"/>
        <source>Update #%1</source>
        <translation>更新 #%1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="23"/>
        <source>Import into a community</source>
        <translation>导入到社群</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="25"/>
        <source>There is no community yet: add one first.</source>
        <translation>还没有社群：请先添加一个。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="30"/>
        <source>Community:</source>
        <translation>社群：</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="38"/>
        <location filename="../../ui/imports/members.py" line="20"/>
        <source>A member matching no customer</source>
        <translation>匹配不到客户的成员</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="39"/>
        <source>Skip the member and count them</source>
        <translation>跳过并计数</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="40"/>
        <source>Create the customer (source: community)</source>
        <translation>新建客户（来源：社群）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="47"/>
        <source>A day recorded with other figures</source>
        <translation>已有不同数据的日期</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="48"/>
        <source>Keep the figures recorded (a conflict)</source>
        <translation>保留已有数据（记为冲突）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="51"/>
        <source>Take the file&apos;s figures</source>
        <translation>采用文件中的数据</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="56"/>
        <source>Members past the capacity</source>
        <translation>超出群容量的成员</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="57"/>
        <source>Refuse the import</source>
        <translation>拒绝导入</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="58"/>
        <source>Put them in the next group</source>
        <translation>放入下一个群</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="59"/>
        <source>Allow them past the capacity</source>
        <translation>允许超出容量</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="74"/>
        <source>Already a member</source>
        <translation>已是成员</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="76"/>
        <source>Staff (企业成员): not a customer</source>
        <translation>企业成员（员工），不是客户</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="78"/>
        <location filename="../../ui/imports/event_signups.py" line="39"/>
        <source>No customer matches: skipped</source>
        <translation>匹配不到客户：跳过</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="79"/>
        <location filename="../../ui/imports/customers.py" line="82"/>
        <location filename="../../ui/imports/event_signups.py" line="40"/>
        <location filename="../../ui/imports/records.py" line="59"/>
        <location filename="../../ui/imports/survey_answers.py" line="24"/>
        <source>Same as row %1</source>
        <translation>与第 %1 行相同</translation>
    </message>
    <message>
        <location filename="../../ui/imports/name_picks.py" line="30"/>
        <source>#%1 %2 · %3</source>
        <translation>#%1 %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/imports/name_picks.py" line="34"/>
        <source>None of them: skip the row</source>
        <translation>都不是：跳过这一行</translation>
    </message>
    <message>
        <location filename="../../ui/imports/name_picks.py" line="37"/>
        <source>Which customer is it?</source>
        <translation>是哪位客户？</translation>
    </message>
    <message>
        <location filename="../../ui/imports/name_picks.py" line="38"/>
        <source>Row %1: “%2” is the name of several customers.</source>
        <translation>第 %1 行：有多位客户名叫“%2”。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="94"/>
        <source>Import community members</source>
        <translation>导入社群成员</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="99"/>
        <source>%1 to join (%2 new customers) · %3 already members · %4 staff · %5 matching no customer · %6 with errors (%7 ambiguous names)</source>
        <translation>将入群 %1 人（新客户 %2 位）· 已是成员 %3 · 企业成员 %4 · 匹配不到客户 %5 · 有错误 %6（其中重名 %7）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="113"/>
        <source>%1 will not fit: the community holds %2 and has %3 members.</source>
        <translation>%1 人放不下：该社群上限 %2 人，现有 %3 人。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="117"/>
        <source>As chosen, the import will be refused.</source>
        <translation>按所选，本次导入将被拒绝。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="119"/>
        <source>As chosen, they will join the next group (a new “2群”).</source>
        <translation>按所选，他们将加入下一个群（新建“2群”）。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="121"/>
        <source>As chosen, the community will go past its capacity.</source>
        <translation>按所选，该社群将超出容量。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="136"/>
        <source>Joins · new customer</source>
        <translation>入群 · 新客户</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="138"/>
        <source>Joins · customer #%1</source>
        <translation>入群 · 客户 #%1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="149"/>
        <source>Staff</source>
        <translation>企业成员</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="150"/>
        <source>Customer</source>
        <translation>外部联系人</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="158"/>
        <source>%1 joined the community (%2 customers created), %3 already members, %4 skipped, %5 rows with errors.</source>
        <translation>%1 人入群（新建客户 %2 位），%3 人已是成员，跳过 %4 行，%5 行有错误。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="165"/>
        <source> %1 of them joined the next group (%2 groups started).</source>
        <translation>其中 %1 人加入了下一个群（新建 %2 个群）。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="172"/>
        <source>Import undone: %1 memberships and %2 customers removed.</source>
        <translation>导入已撤销：删除成员关系 %1 条、客户 %2 位。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="203"/>
        <source>Import group statistics</source>
        <translation>导入群统计数据</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="208"/>
        <source>%1 days to add · %2 to replace · %3 already there · %4 in conflict · %5 with errors</source>
        <translation>新增 %1 天 · 替换 %2 天 · 已有 %3 天 · 冲突 %4 天 · 有错误 %5</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="225"/>
        <source>Already there</source>
        <translation>已有</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="227"/>
        <source>Replaces the figures recorded</source>
        <translation>替换已有数据</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="228"/>
        <source>New day</source>
        <translation>新日期</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="243"/>
        <source>%1 days added, %2 replaced, %3 already there, %4 in conflict (kept), %5 rows with errors.</source>
        <translation>新增 %1 天，替换 %2 天，已有 %3 天，冲突 %4 天（保留原数据），%5 行有错误。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="256"/>
        <source>Already there: %1.</source>
        <translation>已有：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/communities.py" line="262"/>
        <source>Import undone: %1 days removed, %2 put back as they were.</source>
        <translation>导入已撤销：删除 %1 天，恢复 %2 天原数据。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/customers.py" line="85"/>
        <source>Exists (#%1)</source>
        <translation>已存在（#%1）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="244"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/preview_page.py" line="249"/>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/result_page.py" line="52"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../ui/imports/result_page.py" line="54"/>
        <source>Save the rows not imported…</source>
        <translation>保存未导入的行…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/result_page.py" line="56"/>
        <source>Undo this import</source>
        <translation>撤销这次导入</translation>
    </message>
    <message>
        <location filename="../../ui/imports/purchases.py" line="95"/>
        <source>%1 purchases added (%2 of them refunds), %3 customers created, %4 rows already recorded, %5 rows with errors.</source>
        <translation>已添加 %1 笔消费（其中退款 %2 笔），新建 %3 位客户，%4 行已导入过，%5 行有错误。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/customers.py" line="102"/>
        <source>%1 customers created, %2 updated, %3 duplicates skipped, %4 rows with errors.</source>
        <translation>新建客户 %1 位，更新 %2 位，跳过重复 %3 行，错误 %4 行。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/result_page.py" line="64"/>
        <source>You can undo this import later from File &gt; Import history.</source>
        <translation>之后也可以在“文件 &gt; 导入记录”中撤销这次导入。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/purchases.py" line="66"/>
        <source>Import purchases</source>
        <translation>导入消费记录</translation>
    </message>
    <message>
        <location filename="../../ui/imports/result_page.py" line="77"/>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../ui/imports/result_page.py" line="89"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/imports/result_page.py" line="99"/>
        <source>Report saved: %1</source>
        <translation>报告已保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/purchases.py" line="109"/>
        <source>Import undone: %1 purchases and %2 customers removed.</source>
        <translation>已撤销导入：删除 %1 笔消费和 %2 位客户。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/customers.py" line="120"/>
        <source>Import undone: %1 customers removed, %2 restored.</source>
        <translation>已撤销导入：删除客户 %1 位，恢复 %2 位。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/customers.py" line="129"/>
        <source>%1 changes made after the import were kept (edited customers went to the recycle bin).</source>
        <translation>导入之后的 %1 处修改已保留（被修改过的新客户已移入回收站）。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="64"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/imports/records.py" line="41"/>
        <source>%1 to add · %2 already recorded · %3 with errors</source>
        <translation>待添加 %1 · 已记录过 %2 · 有错误 %3</translation>
    </message>
    <message>
        <location filename="../../ui/imports/records.py" line="74"/>
        <source>%1 added, %2 already recorded (skipped), %3 rows with errors.</source>
        <translation>已添加 %1 条，已记录过（跳过）%2 条，有错误的行 %3。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/records.py" line="84"/>
        <source>Import undone: %1 records removed.</source>
        <translation>已撤销导入：删除 %1 条记录。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/records.py" line="90"/>
        <source>%1 handled since the import were kept.</source>
        <translation>导入后处理过的 %1 条已保留。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/records.py" line="100"/>
        <source>Import follow-ups</source>
        <translation>导入跟进计划</translation>
    </message>
    <message>
        <location filename="../../ui/imports/records.py" line="121"/>
        <source>Import contact history</source>
        <translation>导入联系记录</translation>
    </message>
    <message>
        <location filename="../../ui/imports/records.py" line="136"/>
        <source>Import complaints</source>
        <translation>导入投诉</translation>
    </message>
    <message>
        <location filename="../../ui/imports/event_signups.py" line="20"/>
        <source>A sign-up matching no customer</source>
        <translation>匹配不到客户的报名</translation>
    </message>
    <message>
        <location filename="../../ui/imports/event_signups.py" line="21"/>
        <source>Skip the sign-up and count it</source>
        <translation>跳过并计数</translation>
    </message>
    <message>
        <location filename="../../ui/imports/event_signups.py" line="22"/>
        <source>Create the customer (source: event)</source>
        <translation>新建客户（来源：活动）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/event_signups.py" line="33"/>
        <source>Already signed up</source>
        <translation>已报名</translation>
    </message>
    <message>
        <location filename="../../ui/imports/event_signups.py" line="35"/>
        <source>Cancelled a sign-up earlier: sign them up by hand</source>
        <translation>此前取消过报名：请手动重新报名</translation>
    </message>
    <message>
        <location filename="../../ui/imports/event_signups.py" line="53"/>
        <source>Import sign-ups</source>
        <translation>导入报名表</translation>
    </message>
    <message>
        <location filename="../../ui/imports/event_signups.py" line="57"/>
        <location filename="../../ui/imports/members.py" line="35"/>
        <location filename="../../ui/imports/survey_answers.py" line="44"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/imports/event_signups.py" line="58"/>
        <location filename="../../ui/imports/members.py" line="36"/>
        <location filename="../../ui/imports/survey_answers.py" line="45"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/imports/event_signups.py" line="59"/>
        <source>Signed up at</source>
        <translation>报名时间</translation>
    </message>
    <message>
        <location filename="../../ui/imports/event_signups.py" line="66"/>
        <source>%1 to sign up · %2 to the waiting list (%3 new customers) · %4 signed up already · %5 matching no customer · %6 with errors (%7 ambiguous names)</source>
        <translation>将报名 %1 人 · 候补 %2 人（新客户 %3 个）· 已报名 %4 人 · 匹配不到客户 %5 行 · 有错误 %6 行（重名 %7 行）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/event_signups.py" line="82"/>
        <source>Signs up · new customer</source>
        <translation>报名 · 新客户</translation>
    </message>
    <message>
        <location filename="../../ui/imports/event_signups.py" line="84"/>
        <source>Signs up · customer #%1</source>
        <translation>报名 · 客户 #%1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/event_signups.py" line="101"/>
        <source>%1 signed up (%2 customers created), %3 signed up already, %4 skipped, %5 rows with errors.</source>
        <translation>报名 %1 人（新建客户 %2 个），已报名 %3 人，跳过 %4 行，%5 行有错误。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/event_signups.py" line="111"/>
        <source>The event is full: %1 went on the waiting list.</source>
        <translation>活动已满：%1 人进入候补名单。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/event_signups.py" line="120"/>
        <source>Import undone: %1 sign-ups and %2 customers removed.</source>
        <translation>导入已撤销：删除报名 %1 条、客户 %2 个。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/survey_answers.py" line="21"/>
        <source>Imported before, or answered already at that time</source>
        <translation>已导入过，或该时间已有回答</translation>
    </message>
    <message>
        <location filename="../../ui/imports/survey_answers.py" line="38"/>
        <source>Import survey answers</source>
        <translation>导入问卷回答</translation>
    </message>
    <message>
        <location filename="../../ui/imports/survey_answers.py" line="42"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../ui/imports/survey_answers.py" line="43"/>
        <source>Answered at</source>
        <translation>答卷时间</translation>
    </message>
    <message>
        <location filename="../../ui/imports/survey_answers.py" line="46"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../ui/imports/survey_answers.py" line="47"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../ui/imports/survey_answers.py" line="54"/>
        <source>%1 answers (%2 matched, %3 anonymous) · %4 skipped · %5 with errors (%6 ambiguous names)</source>
        <translation>%1 条回答（匹配客户 %2 条，匿名 %3 条）· 跳过 %4 条 · %5 条有错误（%6 个重名）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/survey_answers.py" line="71"/>
        <source>Answer · anonymous</source>
        <translation>回答 · 匿名</translation>
    </message>
    <message>
        <location filename="../../ui/imports/survey_answers.py" line="72"/>
        <source>Answer · customer #%1</source>
        <translation>回答 · 客户 #%1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/survey_answers.py" line="88"/>
        <source>%1 answers imported (%2 matched, %3 anonymous), %4 skipped, %5 rows with errors.</source>
        <translation>已导入 %1 条回答（匹配客户 %2 条，匿名 %3 条），跳过 %4 条，%5 行有错误。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/survey_answers.py" line="99"/>
        <source>Import undone: %1 answers removed, with their follow-ups.</source>
        <translation>导入已撤销：删除了 %1 条回答及其跟进。</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="336"/>
        <source>Log a contact</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="336"/>
        <source>Edit contact</source>
        <translation>编辑联系记录</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="345"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="352"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="355"/>
        <source>What was said or agreed</source>
        <translation>沟通内容或约定</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="357"/>
        <source>Summary</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>IntroducedByDialog</name>
    <message>
        <location filename="../../ui/membership/referrals_dialogs.py" line="55"/>
        <source>Introduced by: %1</source>
        <translation>介绍人：%1</translation>
    </message>
    <message>
        <location filename="../../ui/membership/referrals_dialogs.py" line="56"/>
        <source>Introduced by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <location filename="../../ui/membership/referrals_dialogs.py" line="58"/>
        <source>Now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <location filename="../../ui/membership/referrals_dialogs.py" line="59"/>
        <source>Nobody recorded yet.</source>
        <translation>尚未记录介绍人。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/referrals_dialogs.py" line="60"/>
        <source>Introducer</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <location filename="../../ui/membership/referrals_dialogs.py" line="61"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/membership/referrals_dialogs.py" line="62"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
</context>
<context>
    <name>IntroducedByLine</name>
    <message>
        <location filename="../../ui/membership/referrals_dialogs.py" line="172"/>
        <source>Introduced by %1</source>
        <translation>由 %1 介绍</translation>
    </message>
    <message>
        <location filename="../../ui/membership/referrals_dialogs.py" line="174"/>
        <source>brought %1</source>
        <translation>介绍了 %1 人</translation>
    </message>
    <message>
        <location filename="../../ui/membership/referrals_dialogs.py" line="176"/>
        <source>Show the referral tree</source>
        <translation>查看转介绍关系树</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Customer No.</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Mobile / phone</source>
        <translation>手机/电话</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <location filename="../../ui/labels.py" line="151"/>
        <location filename="../../ui/labels.py" line="271"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <location filename="../../ui/labels.py" line="62"/>
        <location filename="../../ui/labels.py" line="153"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="256"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="257"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="264"/>
        <source>Website</source>
        <translation>官网</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="265"/>
        <source>Ads</source>
        <translation>投放</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="266"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="267"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="268"/>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="269"/>
        <source>Walk-in</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="270"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="139"/>
        <location filename="../../ui/labels.py" line="154"/>
        <location filename="../../ui/labels.py" line="272"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Member level</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Last contacted</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Total spend</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Purchases</source>
        <translation>消费次数</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Last purchase</source>
        <translation>最近消费</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>RFM segment</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>RFM scores (R-F-M)</source>
        <translation>RFM 得分（R-F-M）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Lead grade</source>
        <translation>线索等级</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <source>Lead score</source>
        <translation>线索评分</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Order No.</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Purchase time</source>
        <translation>消费时间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Customer name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Item code</source>
        <translation>商品编码</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>Due</source>
        <translation>跟进时间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Follow-up type</source>
        <translation>跟进方式</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Done at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>Contact time</source>
        <translation>联系时间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>Received</source>
        <translation>投诉时间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>Responded</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>Resolved</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="91"/>
        <source>Return visit</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="92"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>Solution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Group nickname</source>
        <translation>群昵称</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>Joined</source>
        <translation>入群</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>Invited by</source>
        <translation>邀请人</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Member type</source>
        <translation>成员类型</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101"/>
        <source>How they joined</source>
        <translation>入群方式</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Members</source>
        <translation>群成员数</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Left</source>
        <translation>退群</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Speakers</source>
        <translation>发言人数</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>Important value</source>
        <translation>重要价值客户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>Important development</source>
        <translation>重要发展客户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115"/>
        <source>Important retention</source>
        <translation>重要保持客户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116"/>
        <source>Important win-back</source>
        <translation>重要挽留客户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="117"/>
        <source>General value</source>
        <translation>一般价值客户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="118"/>
        <source>General development</source>
        <translation>一般发展客户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="119"/>
        <source>General retention</source>
        <translation>一般保持客户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="120"/>
        <source>General win-back</source>
        <translation>一般挽留客户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="126"/>
        <source>A placeholder name given by a purchase import: edit the customer to name them</source>
        <translation>导入消费记录时自动生成的占位名称：编辑客户即可填写真实姓名</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="134"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="135"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="137"/>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="138"/>
        <source>Stored value</source>
        <translation>储值</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="140"/>
        <source>Store visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="141"/>
        <source>Price inquiry</source>
        <translation>询价</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="142"/>
        <source>Material download</source>
        <translation>下载资料</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="149"/>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="150"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="152"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="160"/>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="161"/>
        <location filename="../../ui/labels.py" line="172"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="162"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="168"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="169"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="170"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="171"/>
        <source>Later</source>
        <translation>以后</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="182"/>
        <source>every %1 days</source>
        <translation>每 %1 天</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="183"/>
        <source>every %1 weeks</source>
        <translation>每 %1 周</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="184"/>
        <source>every %1 months</source>
        <translation>每 %1 个月</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="185"/>
        <source>every %1 years</source>
        <translation>每 %1 年</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="199"/>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="200"/>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="201"/>
        <source>Lantern Festival</source>
        <translation>元宵节</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="202"/>
        <source>Women&apos;s Day</source>
        <translation>妇女节</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="203"/>
        <source>Mother&apos;s Day</source>
        <translation>母亲节</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="204"/>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="205"/>
        <source>Father&apos;s Day</source>
        <translation>父亲节</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="206"/>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="207"/>
        <source>Teachers&apos; Day</source>
        <translation>教师节</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="208"/>
        <source>Double Ninth Festival</source>
        <translation>重阳节</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="209"/>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="210"/>
        <source>Singles&apos; Day (11.11)</source>
        <translation>双十一</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="223"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="233"/>
        <source>Birthday today (%1)</source>
        <translation>今天生日（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="238"/>
        <source>Birthday in %2 days (%1)</source>
        <translation>%2 天后生日（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="246"/>
        <source>Return visit for complaint #%1</source>
        <translation>投诉 #%1 回访</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="273"/>
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="274"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="281"/>
        <source>Lead</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="282"/>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="283"/>
        <source>Active</source>
        <translation>活跃客户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="284"/>
        <source>Dormant</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="285"/>
        <source>Churned</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="296"/>
        <source>Lunar</source>
        <translation>农历</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="298"/>
        <source>leap</source>
        <translation>闰</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36"/>
        <source>Enter a name: every customer needs one.</source>
        <translation>请输入姓名：每位客户都需要姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39"/>
        <source>A phone number can only contain digits, spaces, dashes, brackets and +.</source>
        <translation>电话号码只能包含数字、空格、短横线、括号和 +。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <source>This is not a valid phone number. A mobile has 11 digits starting with 1; a landline needs its area code, e.g. 0571-8888 8888.</source>
        <translation>这不是有效的电话号码。手机号为以 1 开头的 11 位数字；座机需要带区号，例如 0571-8888 8888。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="47"/>
        <source>This phone number is too short.</source>
        <translation>电话号码太短。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48"/>
        <source>This phone number is too long.</source>
        <translation>电话号码太长。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>This phone number has the wrong number of digits.</source>
        <translation>电话号码位数不对。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="52"/>
        <source>This phone number has an unknown country code.</source>
        <translation>电话号码的国家代码无法识别。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="55"/>
        <source>Add the area code to this landline, e.g. 0571-8888 8888.</source>
        <translation>请为座机号码加上区号，例如 0571-8888 8888。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="58"/>
        <source>This is not a valid email address (it should look like name@example.com).</source>
        <translation>这不是有效的邮箱地址（格式应类似 name@example.com）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="61"/>
        <source>This is not a date. Write it as 1990-05-20, or 05-20 without the year.</source>
        <translation>这不是日期。请写成 1990-05-20，不知道年份可写 05-20。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="64"/>
        <source>This year is not a plausible birth year.</source>
        <translation>这个出生年份不合理。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="67"/>
        <source>A birthday cannot be in the future.</source>
        <translation>生日不能在未来。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="70"/>
        <source>Another customer already has this customer number.</source>
        <translation>已有其他客户使用此客户编号。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="73"/>
        <source>This text is too long.</source>
        <translation>文字太长。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74"/>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="75"/>
        <source>Enter a date like 2024-01-05.</source>
        <translation>请输入日期，例如 2024-01-05。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="76"/>
        <source>Choose one of the listed values.</source>
        <translation>请从列出的选项中选择。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="77"/>
        <source>Enter a name for the field.</source>
        <translation>请输入字段名称。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="78"/>
        <source>A field with this name already exists.</source>
        <translation>已存在同名字段。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="81"/>
        <source>A choice field needs at least one choice.</source>
        <translation>选项字段至少需要一个选项。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="84"/>
        <source>This customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="86"/>
        <source>The period starts after it ends: choose a start on or before the end.</source>
        <translation>时段的开始晚于结束：请选择不晚于结束日期的开始日期。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="90"/>
        <source>There is no community with the id %1.</source>
        <translation>没有编号为 %1 的社群。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="93"/>
        <source>This tag no longer exists.</source>
        <translation>此标签已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="94"/>
        <source>This tag group no longer exists.</source>
        <translation>此标签分组已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="95"/>
        <source>This saved view no longer exists.</source>
        <translation>此分群已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="96"/>
        <source>Enter a name for the tag.</source>
        <translation>请输入标签名称。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="97"/>
        <source>Enter a name for the group.</source>
        <translation>请输入分组名称。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="98"/>
        <source>A tag name can have at most 40 characters.</source>
        <translation>标签名称最多 40 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="101"/>
        <source>A tag name cannot contain , ， 、 ; ； or |: they separate tags. Add each tag on its own.</source>
        <translation>标签名称不能包含 , ， 、 ; ； 或 |，它们用来分隔标签。请逐个添加标签。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="106"/>
        <source>A tag with this name already exists. To join two tags, use “Merge into another tag”.</source>
        <translation>已有同名标签。要把两个标签合二为一，请用“合并到另一个标签”。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="110"/>
        <source>A group with this name already exists.</source>
        <translation>已有同名分组。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="113"/>
        <source>The group 其他 holds tags without a group: it cannot be renamed or deleted.</source>
        <translation>“其他”分组存放未分组的标签，不能重命名或删除。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="116"/>
        <source>Choose a colour.</source>
        <translation>请选择颜色。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="117"/>
        <source>Enter a name for the view.</source>
        <translation>请输入分群名称。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="118"/>
        <source>A saved view with this name already exists.</source>
        <translation>已有同名分群。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="121"/>
        <source>Choose a valid date and time.</source>
        <translation>请选择有效的日期和时间。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="122"/>
        <source>Choose a time that is not in the past.</source>
        <translation>请选择一个不早于现在的时间。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="123"/>
        <source>Choose how the contact is made.</source>
        <translation>请选择联系方式。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="124"/>
        <source>Repeat every 1 to 366 days, weeks, months or years.</source>
        <translation>重复间隔须为 1 到 366 天、周、月或年。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="127"/>
        <source>This follow-up is already done or cancelled.</source>
        <translation>此跟进已完成或已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="130"/>
        <source>This follow-up no longer exists.</source>
        <translation>此跟进已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="133"/>
        <source>This follow-up is completed on the record it belongs to (its complaint).</source>
        <translation>此跟进须在其所属记录（投诉）上完成。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="136"/>
        <source>This can no longer be undone or redone: what it changed was changed again since (here, in another window or from the command line). Nothing was changed.</source>
        <translation>无法再撤销或重做：它改动的内容之后又被修改过（在这里、另一个窗口或命令行中）。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="141"/>
        <source>This contact record no longer exists.</source>
        <translation>这条联系记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="144"/>
        <source>This cannot be empty.</source>
        <translation>此项不能为空。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="145"/>
        <source>A contact cannot be logged in the future.</source>
        <translation>不能记录未来时间的联系。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="148"/>
        <source>Choose an interval from 1 to 3650 days.</source>
        <translation>间隔须为 1 到 3650 天。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="151"/>
        <source>This rule no longer exists.</source>
        <translation>此规则已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="152"/>
        <source>The greeting can only use {name} for the customer&apos;s name.</source>
        <translation>祝福语中只能用 {name} 表示客户姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="155"/>
        <source>Remind 0 to 60 days ahead.</source>
        <translation>提前天数须为 0 到 60 天。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="156"/>
        <source>A tag cannot be both added and removed.</source>
        <translation>同一个标签不能既添加又移除。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="189"/>
        <source>At most %n characters.</source>
        <translation>最多 %n 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="199"/>
        <source>There is no festival “%1”.</source>
        <translation>没有“%1”这个节日。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="203"/>
        <source>“%1” is not a year from 1901 to 2099.</source>
        <translation>“%1”不是 1901 到 2099 之间的年份。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="206"/>
        <source>The greeting can only use {name} for the customer&apos;s name and {festival} for the festival.</source>
        <translation>祝福语只能使用 {name}（客户姓名）和 {festival}（节日名称）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="211"/>
        <source>Choose the customers by tags or lifecycle stages that exist.</source>
        <translation>请按现有的标签或生命周期阶段选择客户。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="214"/>
        <source>Choose at least one tag or lifecycle stage.</source>
        <translation>请至少选择一个标签或生命周期阶段。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="224"/>
        <source>Enter an amount of money, like 128.50.</source>
        <translation>请输入金额，例如 128.50。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="227"/>
        <source>This amount is too large.</source>
        <translation>金额太大。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="228"/>
        <source>The amount is 0: nothing was paid.</source>
        <translation>金额为 0：没有付款。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="229"/>
        <source>This order number is already recorded.</source>
        <translation>这个单号已经记录过了。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="232"/>
        <source>Choose one of the listed payment methods.</source>
        <translation>请从列出的支付方式中选择一种。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="235"/>
        <source>A refund is a negative amount returning a purchase.</source>
        <translation>退款是负数金额，用来退回一笔消费。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="238"/>
        <source>This purchase no longer exists.</source>
        <translation>这笔消费已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="241"/>
        <source>Enter an amount above 0, like 30 or 128.50.</source>
        <translation>请输入大于 0 的金额，例如 30 或 128.50。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="244"/>
        <source>That is more than is left of the purchase (its amount less its refunds).</source>
        <translation>超出了该笔消费的可退金额（消费金额减去已退款）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="247"/>
        <source>A refund cannot be refunded: pick the purchase.</source>
        <translation>退款记录不能再退款：请选择原消费记录。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="250"/>
        <source>This purchase is voided.</source>
        <translation>该消费记录已作废。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="251"/>
        <source>This purchase has refunds: void them first.</source>
        <translation>该消费记录有退款：请先作废其退款。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="254"/>
        <source>Say why: a reason is required.</source>
        <translation>请填写原因：原因为必填项。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="255"/>
        <source>Another row of this order has an error.</source>
        <translation>这个订单的另一行有错误。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="258"/>
        <source>The row names no customer.</source>
        <translation>这一行没有指明客户。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="259"/>
        <source>No customer with this number, mobile or email.</source>
        <translation>没有这个编号、手机或邮箱的客户。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="262"/>
        <source>The rows of this order name different customers.</source>
        <translation>这个订单的各行指向不同的客户。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="265"/>
        <source>A purchase cannot be in the future.</source>
        <translation>消费时间不能在将来。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="266"/>
        <source>Choose an amount column, or a unit price column.</source>
        <translation>请选择金额列，或单价列。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="269"/>
        <source>Choose a customer number, name, mobile or email column.</source>
        <translation>请选择客户编号、姓名、手机或邮箱列。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="272"/>
        <source>The days must grow: new, then active, then churned (at most 3650).</source>
        <translation>天数必须依次增大：新客户、活跃、流失（最多 3650 天）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="283"/>
        <source>The password is wrong.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="284"/>
        <source>The password needs at least %n characters.</source>
        <translation>密码至少需要 %n 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="287"/>
        <source>The password cannot start or end with a space.</source>
        <translation>密码开头和结尾不能是空格。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="290"/>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="293"/>
        <source>This backup is encrypted: enter its password.</source>
        <translation>这个备份已加密，请输入它的密码。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="296"/>
        <source>This customer&apos;s personal data was already erased.</source>
        <translation>这位客户的个人信息已经抹除过了。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="300"/>
        <source>A customer cannot be merged into itself.</source>
        <translation>客户不能合并到自己。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="303"/>
        <source>This customer is in the recycle bin: restore it before merging.</source>
        <translation>该客户在回收站中：请先恢复再合并。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="306"/>
        <source>This customer was already merged into another one.</source>
        <translation>该客户已合并到另一位客户。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="309"/>
        <source>Choose at least one customer to merge.</source>
        <translation>请至少选择一位要合并的客户。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="312"/>
        <source>A customer is named twice.</source>
        <translation>有客户被重复指定。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="313"/>
        <source>More than one of them is a member: their points and stored value cannot be joined. Transfer the balance to one card first.</source>
        <translation>其中不止一位是会员：积分和储值无法合并。请先把余额转到一张卡上。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="318"/>
        <source>One of them introduced the other: merging them is not possible.</source>
        <translation>其中一位是另一位的介绍人：无法合并。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="321"/>
        <source>A chosen value belongs to a customer outside this merge.</source>
        <translation>所选的值属于本次合并之外的客户。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="324"/>
        <source>Nothing was merged into this customer.</source>
        <translation>没有客户合并到该客户。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="327"/>
        <source>This merge was undone already.</source>
        <translation>这次合并已撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="328"/>
        <source>Choose at least two customers.</source>
        <translation>请至少选择两位客户。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="335"/>
        <source>Keep at least one backup: not every number can be 0.</source>
        <translation>至少保留一份备份：这些数字不能全为 0。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="338"/>
        <source>This folder does not exist. Plug in the drive or choose another folder.</source>
        <translation>这个文件夹不存在。请插入磁盘，或选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="341"/>
        <source>Guanjia cannot write to this folder. Choose another one.</source>
        <translation>客户管家无法写入这个文件夹，请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="344"/>
        <source>The database is damaged, so Guanjia no longer changes it. Restore a backup: File &gt; Restore from a backup…</source>
        <translation>数据库已损坏，客户管家不再修改它。请恢复一份备份：文件 &gt; 从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="349"/>
        <source>This file is not a Guanjia backup.</source>
        <translation>这个文件不是客户管家的备份。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="350"/>
        <source>This backup is damaged and cannot be restored. Choose another one.</source>
        <translation>这份备份已损坏，无法恢复。请选择其他备份。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="353"/>
        <source>This backup was made by a newer version of Guanjia. Update Guanjia to restore it.</source>
        <translation>这份备份由更新版本的客户管家生成。请先升级客户管家再恢复。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="16"/>
        <source>The file does not exist (moved or deleted?).</source>
        <translation>文件不存在（可能已被移动或删除）。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="19"/>
        <source>The file cannot be read. Is it open in another program?</source>
        <translation>无法读取文件。是否正在其他程序中打开？</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="22"/>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="23"/>
        <source>This is not a spreadsheet. Guanjia imports .xlsx, .xlsm, .xls, .ods, .csv and .txt.</source>
        <translation>这不是表格文件。客户管家可导入 .xlsx、.xlsm、.xls、.ods、.csv 和 .txt 文件。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="27"/>
        <source>This is a file from Excel 4.0 or older. Open it in Excel or WPS and save it as .xlsx.</source>
        <translation>这是 Excel 4.0 或更早版本的文件。请用 Excel 或 WPS 打开并另存为 .xlsx。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="31"/>
        <source>The workbook is protected with a password. Open it in Excel or WPS, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation>工作簿设置了打开密码。请用 Excel 或 WPS 打开，取消密码（文件 &gt; 信息 &gt; 保护工作簿）后重新保存。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="36"/>
        <source>The file is damaged and cannot be read. Open it in Excel or WPS and save a copy.</source>
        <translation>文件已损坏，无法读取。请用 Excel 或 WPS 打开并另存一份。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="40"/>
        <source>The file is too large to import safely (over 300 MB, or it unpacks to over 1 GB).</source>
        <translation>文件过大，无法安全导入（超过 300 MB，或解压后超过 1 GB）。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="44"/>
        <source>The file contains XML entity definitions, which spreadsheets never need; it was refused for safety.</source>
        <translation>文件中含有 XML 实体定义，正常表格不会用到；为安全起见已拒绝导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="49"/>
        <source>The file cannot be read with the chosen text encoding. Choose another encoding.</source>
        <translation>无法按所选编码读取文件，请换一种文字编码。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="53"/>
        <source>The workbook has no visible worksheet.</source>
        <translation>工作簿中没有可见的工作表。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="54"/>
        <source>The workbook has no sheet with this name.</source>
        <translation>工作簿中没有这个名称的工作表。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="57"/>
        <source>The sheet is empty: there is nothing to import.</source>
        <translation>工作表是空的，没有可导入的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="60"/>
        <source>The file holds no data: every sheet in it is empty.</source>
        <translation>文件里没有数据：每个工作表都是空的。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="63"/>
        <source>This is a Word document, not a spreadsheet. Copy its table into Excel or WPS and save it as .xlsx.</source>
        <translation>这是 Word 文档，不是表格。请把其中的表格复制到 Excel 或 WPS，另存为 .xlsx。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="68"/>
        <source>This is a PowerPoint presentation, not a spreadsheet. Copy its table into Excel or WPS and save it as .xlsx.</source>
        <translation>这是 PowerPoint 演示文稿，不是表格。请把其中的表格复制到 Excel 或 WPS，另存为 .xlsx。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="73"/>
        <source>This is a zip archive of other files, not a workbook. Unpack it and choose the spreadsheet inside.</source>
        <translation>这是装着其他文件的压缩包，不是工作簿。请先解压，再选择其中的表格。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="78"/>
        <source>This is a web page without a table: there is nothing to import.</source>
        <translation>这是网页，里面没有表格：没有可导入的内容。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="81"/>
        <source>This file is text (such as CSV) under a workbook&apos;s name. Rename it to .csv and choose it again.</source>
        <translation>这个文件是文本（例如 CSV），却用了工作簿的扩展名。请把它改名为 .csv 后重新选择。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="86"/>
        <source>This is a PDF document, not a spreadsheet. Export the data from the program that made it as .xlsx or .csv.</source>
        <translation>这是 PDF 文档，不是表格。请从生成它的程序里把数据导出为 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="91"/>
        <source>The sheet is too wide (over 500 columns). Delete the unused columns and save again.</source>
        <translation>工作表太宽（超过 500 列）。请删除无用的列后重新保存。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="95"/>
        <source>The sheet has too many rows (over 1,100,000).</source>
        <translation>工作表行数过多（超过 1,100,000 行）。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="98"/>
        <source>There is no such row in the sheet.</source>
        <translation>工作表中没有这一行。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="101"/>
        <source>A column is mapped to an unknown field.</source>
        <translation>有一列对应到了未知的字段。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="104"/>
        <source>Two columns go to the same field. Map each field from one column only.</source>
        <translation>有两列对应到同一个字段。每个字段只能从一列导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="107"/>
        <source>An import option has a value it cannot have.</source>
        <translation>导入选项的值无效。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="110"/>
        <source>Some rows have errors, and the import was set to stop on errors. Nothing was imported.</source>
        <translation>部分行有错误，且已设置为“遇到错误就停止”。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="115"/>
        <source>This import has already been undone.</source>
        <translation>这次导入已经撤销过了。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="118"/>
        <source>This import no longer exists.</source>
        <translation>这次导入的记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="119"/>
        <source>This row matches two different customers (by number, mobile or email). Fix the row or turn one of the matching keys off.</source>
        <translation>这一行同时匹配到两个不同的客户（按编号、手机或邮箱）。请修改这一行，或关闭其中一个匹配条件。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="124"/>
        <source>This row matches a customer in the recycle bin. Restore that customer first.</source>
        <translation>这一行匹配到回收站中的客户。请先恢复该客户。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="128"/>
        <source>Excel shortened this number (it keeps 15 digits). Format the column as text in Excel and type the number again.</source>
        <translation>Excel 截短了这个数字（只保留 15 位）。请在 Excel 中把该列设为文本格式，再重新输入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="133"/>
        <source>Excel shortened this phone number to 1.38E+10 form and lost digits. Format the column as text in Excel and type the number again.</source>
        <translation>Excel 把这个电话号码显示成了 1.38E+10 形式，丢失了位数。请在 Excel 中把该列设为文本格式，再重新输入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="138"/>
        <source>Write the gender as 男 or 女 (male or female).</source>
        <translation>性别请填写“男”或“女”。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="141"/>
        <source>This source channel is not one of the listed ones.</source>
        <translation>来源渠道不在可选列表中。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="144"/>
        <source>This lifecycle stage is not one of the listed ones.</source>
        <translation>生命周期阶段不在可选列表中。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="147"/>
        <source>Export to a file ending in .xlsx or .csv.</source>
        <translation>请导出为 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="157"/>
        <source>Choose a customer number, mobile or email column.</source>
        <translation>请选择客户编号、手机或邮箱列。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="160"/>
        <source>Choose the due date column.</source>
        <translation>请选择跟进时间列。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="161"/>
        <source>Choose the column of when each contact happened.</source>
        <translation>请选择联系时间列。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="164"/>
        <source>Choose the column of when each complaint came in.</source>
        <translation>请选择投诉时间列。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="167"/>
        <source>Choose the column that describes each complaint.</source>
        <translation>请选择投诉内容列。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="170"/>
        <source>A follow-up cannot be done in the future.</source>
        <translation>跟进的完成时间不能在将来。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="173"/>
        <source>This time is in the future.</source>
        <translation>这个时间在将来。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="174"/>
        <source>This time is earlier than the step before it (received, responded, resolved, return visit come in this order).</source>
        <translation>这个时间早于上一步（投诉、响应、解决、回访须按先后顺序）。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="179"/>
        <source>A complaint with this status cannot have this time yet.</source>
        <translation>处于这个状态的投诉还不能有这个时间。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="188"/>
        <source>This community does not exist.</source>
        <translation>该社群不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="192"/>
        <source>The community “%1” is archived: restore it before importing into it.</source>
        <translation>社群“%1”已归档：请先恢复再导入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="197"/>
        <source>Choose a nickname, WeChat ID or mobile column.</source>
        <translation>请选择昵称、微信号或手机列。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="200"/>
        <source>This row names no member (no nickname, WeChat ID or mobile).</source>
        <translation>这一行没有成员（无昵称、微信号或手机）。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="204"/>
        <source>%1 customers are named “%2”: choose one, or skip the row.</source>
        <translation>有 %1 位客户名叫“%2”：请选择一位，或跳过这一行。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="210"/>
        <source>The join date is in the future.</source>
        <translation>入群时间晚于今天。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="211"/>
        <source>The member type is neither 企业成员 nor 外部联系人.</source>
        <translation>成员类型既不是企业成员也不是外部联系人。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="214"/>
        <source>This row needs no choice.</source>
        <translation>这一行无需选择。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="216"/>
        <source>“%1” holds %2 members: it has %3 and the file adds %4, so %5 would not fit. Nothing was imported: put them in the next group, or allow it.</source>
        <translation>“%1”上限 %2 人：现有 %3 人，文件将加入 %4 人，有 %5 人放不下。未导入任何内容：请选择放入下一个群，或允许超出容量。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="227"/>
        <source>Past the capacity: next-group, refuse or allow.</source>
        <translation>超出容量时：next-group（下一个群）、refuse（拒绝）或 allow（允许）。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="230"/>
        <source>This customer is not one of the row&apos;s candidates.</source>
        <translation>该客户不在这一行的候选客户中。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="233"/>
        <source>Choose the date column.</source>
        <translation>请选择日期列。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="234"/>
        <source>Choose at least one figure column (members, joined, left, speakers, messages).</source>
        <translation>请至少选择一个数据列（群成员数、新增、退群、发言人数、消息数）。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="238"/>
        <source>This date is in the future.</source>
        <translation>该日期晚于今天。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="240"/>
        <source>%1 is recorded with other figures: the recorded ones are kept.</source>
        <translation>%1 已有不同的数据：保留已有数据。</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="245"/>
        <source>This is not a count (a whole number, 0 or more).</source>
        <translation>这不是人数/条数（应为 0 或以上的整数）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="380"/>
        <source>The text is cut to fit.</source>
        <translation>文字过长，已截短。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="382"/>
        <source>The field is left empty; the original text is kept in the purchase&apos;s note.</source>
        <translation>该字段留空，原文保存在这笔消费的备注里。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="386"/>
        <source>The field is left empty; the original text is kept with the note.</source>
        <translation>该字段留空，原文保存在备注里。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="389"/>
        <source>The field is left empty; the original text is kept in the notes.</source>
        <translation>该字段留空，原文保存在备注里。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="398"/>
        <source>Column “%1”, %2 of the rows to import (e.g. %3):</source>
        <translation>“%1”列，要导入的行中有 %2 行（例如 %3）：</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="307"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/communities/engagement_messages.py" line="15"/>
        <source>“%1” is not a kind of activity: message, post, answer, invite, attend, organise or purchase.</source>
        <translation>“%1”不是活动类型：可用 发言、发帖、答疑、邀请、参加活动、组织活动 或 购买。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/engagement_messages.py" line="23"/>
        <source>The count must be a whole number from 1 to %1.</source>
        <translation>次数必须是 1 到 %1 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/engagement_messages.py" line="26"/>
        <source>Activity cannot be recorded for a day in the future.</source>
        <translation>不能为将来的日期记录活动。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/engagement_messages.py" line="29"/>
        <source>Choose at least one member.</source>
        <translation>请至少选择一位成员。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/engagement_messages.py" line="33"/>
        <source>There is no customer %1.</source>
        <translation>没有编号为 %1 的客户。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/engagement_messages.py" line="36"/>
        <source>%1 is in the recycle bin: restore them first. Nothing was recorded.</source>
        <translation>%1 在回收站中：请先恢复。未记录任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/engagement_messages.py" line="42"/>
        <source>%1 is not a member of %2 on %3. Nothing was recorded.</source>
        <translation>%1 在 %3 不是“%2”的成员。未记录任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/engagement_messages.py" line="50"/>
        <source>There is no community %1.</source>
        <translation>没有编号为 %1 的社群。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/engagement_messages.py" line="53"/>
        <source>A weight is a number from 0 to %1.</source>
        <translation>权重必须是 0 到 %1 之间的数。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/engagement_messages.py" line="56"/>
        <source>Choose a level: core, active, participant, watcher or silent.</source>
        <translation>请选择等级：核心、活跃、参与、观望或沉默。</translation>
    </message>
    <message>
        <location filename="../../ui/communities/engagement_messages.py" line="59"/>
        <source>Choose up or down.</source>
        <translation>请选择上升或下降。</translation>
    </message>
</context>
<context>
    <name>LeadScores</name>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="15"/>
        <source>Came to an event</source>
        <translation>参加活动</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="16"/>
        <source>Visited the store</source>
        <translation>到店</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="17"/>
        <source>Asked for a price</source>
        <translation>询价</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="18"/>
        <source>Downloaded material</source>
        <translation>下载资料</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="19"/>
        <source>Answered a survey</source>
        <translation>回答问卷</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="20"/>
        <source>Active in a community</source>
        <translation>社群互动</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="27"/>
        <source>Job title %1</source>
        <translation>职位 %1</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="29"/>
        <location filename="../../ui/leads/score_labels.py" line="82"/>
        <source>Valid mobile</source>
        <translation>手机有效</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="31"/>
        <source>Need stated (%1)</source>
        <translation>有明确需求（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="33"/>
        <source>Company size %1</source>
        <translation>公司规模 %1</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="35"/>
        <source>Region %1</source>
        <translation>地区 %1</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="37"/>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="40"/>
        <source>%1 (capped)</source>
        <translation>%1（已达上限）</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="52"/>
        <source>Why %1: no points yet</source>
        <translation>为什么是 %1 分：还没有得分</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="54"/>
        <source>Why %1: %2</source>
        <translation>为什么是 %1 分：%2</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="56"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="73"/>
        <source>%1, weight</source>
        <translation>%1，权重</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="74"/>
        <source>%1, half-life</source>
        <translation>%1，半衰期</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="75"/>
        <source>%1, cap</source>
        <translation>%1，上限</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="79"/>
        <source>Grade %1 from</source>
        <translation>%1 级最低分</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="81"/>
        <source>Job titles</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="83"/>
        <source>Need field</source>
        <translation>需求字段</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="84"/>
        <source>Need stated</source>
        <translation>有明确需求</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="85"/>
        <source>Company size field</source>
        <translation>公司规模字段</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="86"/>
        <source>Company sizes</source>
        <translation>公司规模</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="87"/>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="88"/>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="89"/>
        <source>Grades</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="90"/>
        <source>Scoring model</source>
        <translation>评分模型</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="101"/>
        <source>%1: a number of days above 0 (at most 3650).</source>
        <translation>%1：天数须大于 0（最多 3650）。</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="107"/>
        <source>The grade thresholds must fall: A (%1) above B (%2) above C (%3) above 0.</source>
        <translation>等级分数线必须依次降低：A（%1）高于 B（%2）高于 C（%3）高于 0。</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="116"/>
        <source>%1: enter a number.</source>
        <translation>%1：请输入数字。</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="119"/>
        <source>%1: points are whole numbers.</source>
        <translation>%1：分数必须是整数。</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="122"/>
        <source>%1: points are 0 to 1000.</source>
        <translation>%1：分数在 0 到 1000 之间。</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="125"/>
        <source>%1: “%2” is there twice.</source>
        <translation>%1：“%2”出现了两次。</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="130"/>
        <source>%1: an entry has no name.</source>
        <translation>%1：有一项没有名称。</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="133"/>
        <source>%1: entries are written as name=points.</source>
        <translation>%1：每项写成 名称=分数。</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="137"/>
        <source>“%1” is not part of the scoring model.</source>
        <translation>“%1”不是评分模型的一部分。</translation>
    </message>
    <message>
        <location filename="../../ui/leads/score_labels.py" line="141"/>
        <source>%1: this text is too long.</source>
        <translation>%1：文字太长。</translation>
    </message>
    <message>
        <location filename="../../ui/leads/settings_dialog.py" line="66"/>
        <source>Scoring the leads…</source>
        <translation>正在为潜在客户评分…</translation>
    </message>
    <message>
        <location filename="../../ui/leads/settings_dialog.py" line="241"/>
        <source>%1 leads scored, %2 grades changed</source>
        <translation>已为 %1 个潜在客户评分，%2 个等级变化</translation>
    </message>
</context>
<context>
    <name>LeadScoringDialog</name>
    <message>
        <location filename="../../ui/leads/settings_dialog.py" line="97"/>
        <source>Lead scoring</source>
        <translation>线索评分</translation>
    </message>
    <message>
        <location filename="../../ui/leads/settings_dialog.py" line="103"/>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../ui/leads/settings_dialog.py" line="108"/>
        <source>One keyword=points a line; the first keyword the job title holds counts.</source>
        <translation>每行一个 关键词=分数；按顺序取职位中包含的第一个关键词。</translation>
    </message>
    <message>
        <location filename="../../ui/leads/settings_dialog.py" line="110"/>
        <source>Job titles</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../ui/leads/settings_dialog.py" line="112"/>
        <source>Valid mobile</source>
        <translation>手机有效</translation>
    </message>
    <message>
        <location filename="../../ui/leads/settings_dialog.py" line="116"/>
        <source>A custom field&apos;s name, or notes</source>
        <translation>自定义字段的名称，或 notes（备注）</translation>
    </message>
    <message>
        <location filename="../../ui/leads/settings_dialog.py" line="120"/>
        <source>Need stated (field, points)</source>
        <translation>有明确需求（字段、分数）</translation>
    </message>
    <message>
        <location filename="../../ui/leads/settings_dialog.py" line="123"/>
        <source>Company size field</source>
        <translation>公司规模字段</translation>
    </message>
    <message>
        <location filename="../../ui/leads/settings_dialog.py" line="126"/>
        <source>Company sizes</source>
        <translation>公司规模</translation>
    </message>
    <message>
        <location filename="../../ui/leads/settings_dialog.py" line="129"/>
        <source>Regions (cities)</source>
        <translation>地区（城市）</translation>
    </message>
    <message>
        <location filename="../../ui/leads/settings_dialog.py" line="131"/>
        <source>Behaviour (points fade by half each half-life)</source>
        <translation>行为（每过一个半衰期，分数减半）</translation>
    </message>
    <message>
        <location filename="../../ui/leads/settings_dialog.py" line="134"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../ui/leads/settings_dialog.py" line="134"/>
        <source>Half-life (days)</source>
        <translation>半衰期（天）</translation>
    </message>
    <message>
        <location filename="../../ui/leads/settings_dialog.py" line="134"/>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../ui/leads/settings_dialog.py" line="149"/>
        <source>Grades: the lowest score of each</source>
        <translation>等级：每级的最低分</translation>
    </message>
    <message>
        <location filename="../../ui/leads/settings_dialog.py" line="156"/>
        <source>D: below C</source>
        <translation>D：低于 C</translation>
    </message>
    <message>
        <location filename="../../ui/leads/settings_dialog.py" line="164"/>
        <source>Shipped values</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>LeadsPage</name>
    <message>
        <location filename="../../ui/leads/page.py" line="102"/>
        <location filename="../../ui/leads/page.py" line="225"/>
        <location filename="../../ui/leads/page.py" line="239"/>
        <location filename="../../ui/leads/page.py" line="249"/>
        <location filename="../../ui/leads/page.py" line="261"/>
        <location filename="../../ui/leads/page.py" line="264"/>
        <location filename="../../ui/leads/page.py" line="280"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../ui/leads/page.py" line="103"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../ui/leads/page.py" line="104"/>
        <source>Assign selected to</source>
        <translation>将所选分配给</translation>
    </message>
    <message>
        <location filename="../../ui/leads/page.py" line="105"/>
        <source>Assign the pool by rule</source>
        <translation>按规则分配公海线索</translation>
    </message>
    <message>
        <location filename="../../ui/leads/page.py" line="106"/>
        <source>Put back in the pool</source>
        <translation>放回公海</translation>
    </message>
    <message>
        <location filename="../../ui/leads/page.py" line="107"/>
        <source>Reclaim overdue now</source>
        <translation>立即回收逾期线索</translation>
    </message>
    <message>
        <location filename="../../ui/leads/page.py" line="109"/>
        <source>Leads assigned from the pool with no logged contact within the days set (`guanjia leads settings`) go back to the pool</source>
        <translation>从公海分配的线索，在设定天数内（`guanjia leads settings`）没有联系记录的，回到公海</translation>
    </message>
    <message>
        <location filename="../../ui/leads/page.py" line="112"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/leads/page.py" line="112"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/leads/page.py" line="112"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/leads/page.py" line="113"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/leads/page.py" line="113"/>
        <source>Assigned</source>
        <translation>分配时间</translation>
    </message>
    <message>
        <location filename="../../ui/leads/page.py" line="114"/>
        <source>First contact by</source>
        <translation>首次联系截止</translation>
    </message>
    <message>
        <location filename="../../ui/leads/page.py" line="114"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../ui/leads/page.py" line="115"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../ui/leads/page.py" line="115"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/leads/page.py" line="119"/>
        <location filename="../../ui/leads/page.py" line="129"/>
        <source>The pool (公海)</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../ui/leads/page.py" line="167"/>
        <source>%1 leads</source>
        <translation>%1 条线索</translation>
    </message>
    <message>
        <location filename="../../ui/leads/page.py" line="175"/>
        <source>The pool (公海) is empty</source>
        <translation>公海里还没有线索</translation>
    </message>
    <message>
        <location filename="../../ui/leads/page.py" line="176"/>
        <source>The pool holds the leads nobody owns yet, for the team to share out. Add a customer at stage Lead without an owner (or import a list of them): they wait here to be assigned.</source>
        <translation>公海存放还没有负责人的线索，供团队分配。新增一位阶段为“潜在客户”、不填负责人的客户（或导入一批）：它们会在这里等待分配。</translation>
    </message>
    <message>
        <location filename="../../ui/leads/page.py" line="180"/>
        <source>%1 has no leads</source>
        <translation>%1 名下没有线索</translation>
    </message>
    <message>
        <location filename="../../ui/leads/page.py" line="181"/>
        <source>Show the pool and assign leads to them, selected by hand or by a rule.</source>
        <translation>切换到公海，把线索分配给此人：手动选中，或按规则分配。</translation>
    </message>
    <message>
        <location filename="../../ui/leads/page.py" line="202"/>
        <source>%1 leads go back to the pool tomorrow unless contacted today.</source>
        <translation>有 %1 条线索今天不联系，明天就会回收到公海。</translation>
    </message>
    <message>
        <location filename="../../ui/leads/page.py" line="264"/>
        <source>No pool lead fits this rule.</source>
        <translation>公海中没有符合该规则的线索。</translation>
    </message>
    <message>
        <location filename="../../ui/leads/page.py" line="280"/>
        <source>No lead is overdue.</source>
        <translation>没有逾期的线索。</translation>
    </message>
</context>
<context>
    <name>LevelEditDialog</name>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="62"/>
        <source>Edit level</source>
        <translation>编辑等级</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="62"/>
        <source>New level</source>
        <translation>新建等级</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="67"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="72"/>
        <source>0 is the lowest level; a higher rank is a better level</source>
        <translation>0 为最低等级；级别越高等级越好</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="73"/>
        <source>Rank</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="76"/>
        <source>Points earned</source>
        <translation>获得积分</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="77"/>
        <source>Spend (yuan)</source>
        <translation>消费金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="79"/>
        <source>Reached by</source>
        <translation>达标依据</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="82"/>
        <source>Threshold</source>
        <translation>门槛</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="83"/>
        <source>For life</source>
        <translation>终身</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="86"/>
        <source>Measured over the last N days, today included</source>
        <translation>统计最近 N 天（含今天）</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="87"/>
        <source>Period (days)</source>
        <translation>统计周期（天）</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="88"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="91"/>
        <source>A level reached holds this many days at least</source>
        <translation>达到的等级至少保持这么多天</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="92"/>
        <source>Valid for (days)</source>
        <translation>有效期（天）</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="96"/>
        <source>Days a member keeps the level after falling below it</source>
        <translation>未达标后保留等级的天数</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="97"/>
        <source>Grace (days)</source>
        <translation>降级宽限期（天）</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="100"/>
        <source>Percent off, e.g. 5</source>
        <translation>优惠百分比，如 5</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="101"/>
        <source>Discount (%)</source>
        <translation>折扣（%）</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="105"/>
        <source>e.g. 1.5</source>
        <translation>如 1.5</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="106"/>
        <source>Points multiplier</source>
        <translation>积分倍数</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="111"/>
        <source>Free items a month</source>
        <translation>每月免费项目数</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="114"/>
        <source>Birthday gift</source>
        <translation>生日礼</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="115"/>
        <source>Priority service</source>
        <translation>优先服务</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="121"/>
        <source>The benefits (权益) as the member reads them</source>
        <translation>会员看到的权益说明</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="122"/>
        <source>Benefits</source>
        <translation>权益</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <location filename="../../ui/membership/level_messages.py" line="14"/>
        <source>Rank</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/membership/level_messages.py" line="15"/>
        <source>Threshold</source>
        <translation>门槛</translation>
    </message>
    <message>
        <location filename="../../ui/membership/level_messages.py" line="16"/>
        <source>Period (days)</source>
        <translation>统计周期（天）</translation>
    </message>
    <message>
        <location filename="../../ui/membership/level_messages.py" line="17"/>
        <source>Valid for (days)</source>
        <translation>有效期（天）</translation>
    </message>
    <message>
        <location filename="../../ui/membership/level_messages.py" line="18"/>
        <source>Grace (days)</source>
        <translation>降级宽限期（天）</translation>
    </message>
    <message>
        <location filename="../../ui/membership/level_messages.py" line="19"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../ui/membership/level_messages.py" line="20"/>
        <source>Points multiplier</source>
        <translation>积分倍数</translation>
    </message>
    <message>
        <location filename="../../ui/membership/level_messages.py" line="21"/>
        <source>Free items a month</source>
        <translation>每月免费项目数</translation>
    </message>
    <message>
        <location filename="../../ui/membership/level_messages.py" line="29"/>
        <source>Enter the level&apos;s name.</source>
        <translation>请输入等级名称。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/level_messages.py" line="30"/>
        <source>There is a level named %1 already.</source>
        <translation>已有名为 %1 的等级。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/level_messages.py" line="32"/>
        <source>Level %1 has this rank already: each level needs its own rank.</source>
        <translation>等级 %1 已使用此级别：每个等级需要不同的级别。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/level_messages.py" line="34"/>
        <source>A higher rank needs a higher threshold than level %1 (measured the same way).</source>
        <translation>级别更高的等级需要比等级 %1 更高的门槛（同一统计方式）。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/level_messages.py" line="37"/>
        <source>A level is reached by points earned or by spend.</source>
        <translation>等级按获得积分或消费金额达标。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/level_messages.py" line="39"/>
        <source>%1: enter a number.</source>
        <translation>%1：请输入数字。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/level_messages.py" line="41"/>
        <source>%1: a number from %2 to %3.</source>
        <translation>%1：请输入 %2 到 %3 之间的数字。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/level_messages.py" line="44"/>
        <source>There is no level %1.</source>
        <translation>没有等级 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/level_messages.py" line="46"/>
        <source>Level %1 is archived.</source>
        <translation>等级 %1 已归档。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/level_messages.py" line="48"/>
        <source>Level %1 is already so.</source>
        <translation>等级 %1 已是此状态。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/level_messages.py" line="50"/>
        <source>%1 members hold level %2: recompute or move them first.</source>
        <translation>有 %1 位会员处于等级 %2：请先重新计算或调整他们的等级。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/level_messages.py" line="53"/>
        <source>This member&apos;s level is not locked.</source>
        <translation>该会员的等级未锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/level_messages.py" line="55"/>
        <source>No points are set for this task: set them in the level rules.</source>
        <translation>此任务未设置积分：请在等级规则中设置。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/level_messages.py" line="57"/>
        <source>No points are set for attending an event: set them in the level rules.</source>
        <translation>参加活动未设置积分：请在等级规则中设置。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/level_messages.py" line="59"/>
        <source>Points for this event were earned already.</source>
        <translation>此活动的积分已获得过。</translation>
    </message>
</context>
<context>
    <name>LevelsDialog</name>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="185"/>
        <source>Member levels</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="190"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="190"/>
        <source>Rank</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="190"/>
        <source>Reached by</source>
        <translation>达标依据</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="190"/>
        <source>Threshold</source>
        <translation>门槛</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="191"/>
        <source>Period</source>
        <translation>统计周期</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="191"/>
        <source>Grace</source>
        <translation>宽限期</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="191"/>
        <source>Multiplier</source>
        <translation>积分倍数</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="191"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="192"/>
        <source>Members</source>
        <translation>会员数</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="199"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="200"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="201"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="203"/>
        <source>Recompute now</source>
        <translation>立即重新计算</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="239"/>
        <source>Earning and level rules</source>
        <translation>积分与等级规则</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="244"/>
        <source>Points per yuan spent</source>
        <translation>每消费 1 元积分</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="245"/>
        <source>Points for registering (注册)</source>
        <translation>注册积分</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="246"/>
        <source>Points for a complete profile (完善资料)</source>
        <translation>完善资料积分</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="247"/>
        <source>Points for the first order (首单)</source>
        <translation>首单积分</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="248"/>
        <source>Points for a review (评价)</source>
        <translation>评价积分</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="249"/>
        <source>Points per event attended</source>
        <translation>每参加一次活动积分</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="258"/>
        <source>Show the level as a tag (group 会员等级)</source>
        <translation>将等级显示为标签（标签组“会员等级”）</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="261"/>
        <source>Check the level after every purchase</source>
        <translation>每次消费后检查等级</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="266"/>
        <source>Save rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="282"/>
        <source>Spend</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="282"/>
        <source>Points earned</source>
        <translation>获得积分</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="284"/>
        <location filename="../../ui/membership/levels_dialog.py" line="286"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="285"/>
        <source>For life</source>
        <translation>终身</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="357"/>
        <source>The rules are saved.</source>
        <translation>规则已保存。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="362"/>
        <source>Recomputing every member&apos;s level…</source>
        <translation>正在重新计算所有会员的等级…</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="366"/>
        <source>Cancelled: no level changed.</source>
        <translation>已取消：等级均未改变。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/levels_dialog.py" line="373"/>
        <source>Levels recomputed: %1 up, %2 down, %3 in a grace period, %4 back above their level.</source>
        <translation>等级已重新计算：升级 %1，降级 %2，进入宽限期 %3，重新达标 %4。</translation>
    </message>
</context>
<context>
    <name>LifecycleDialog</name>
    <message>
        <location filename="../../ui/customers/lifecycle_dialog.py" line="39"/>
        <source>Lifecycle suggestions</source>
        <translation>生命周期建议</translation>
    </message>
    <message>
        <location filename="../../ui/customers/lifecycle_dialog.py" line="50"/>
        <source>Guanjia suggests a stage for each customer from their purchases. Tick the moves to make and accept them; Undo (Ctrl+Z) puts the stages back.</source>
        <translation>客户管家根据消费记录为每位客户建议一个生命周期阶段。勾选要执行的调整并接受；撤销（Ctrl+Z）可恢复原阶段。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/lifecycle_dialog.py" line="56"/>
        <source>New customer: first purchase within (days)</source>
        <translation>新客户：首次消费在多少天内</translation>
    </message>
    <message>
        <location filename="../../ui/customers/lifecycle_dialog.py" line="57"/>
        <source>Active: at least this many purchases</source>
        <translation>活跃：消费次数至少</translation>
    </message>
    <message>
        <location filename="../../ui/customers/lifecycle_dialog.py" line="58"/>
        <source>… the last within (days)</source>
        <translation>……且最近一次在多少天内</translation>
    </message>
    <message>
        <location filename="../../ui/customers/lifecycle_dialog.py" line="60"/>
        <source>Churned: no purchase for more than (days); between: dormant</source>
        <translation>流失：超过多少天没有消费（介于两者之间为沉睡）</translation>
    </message>
    <message>
        <location filename="../../ui/customers/lifecycle_dialog.py" line="69"/>
        <source>From</source>
        <translation>当前阶段</translation>
    </message>
    <message>
        <location filename="../../ui/customers/lifecycle_dialog.py" line="69"/>
        <source>Suggested</source>
        <translation>建议阶段</translation>
    </message>
    <message>
        <location filename="../../ui/customers/lifecycle_dialog.py" line="69"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../ui/customers/lifecycle_dialog.py" line="77"/>
        <source>Tick all</source>
        <translation>全部勾选</translation>
    </message>
    <message>
        <location filename="../../ui/customers/lifecycle_dialog.py" line="79"/>
        <source>Tick none</source>
        <translation>全部不选</translation>
    </message>
    <message>
        <location filename="../../ui/customers/lifecycle_dialog.py" line="87"/>
        <source>Accept ticked moves</source>
        <translation>接受勾选的调整</translation>
    </message>
    <message>
        <location filename="../../ui/customers/lifecycle_dialog.py" line="141"/>
        <source>Looking at every customer&apos;s purchases…</source>
        <translation>正在查看每位客户的消费记录…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/lifecycle_dialog.py" line="156"/>
        <source>%1 customers would change stage.</source>
        <translation>%1 位客户的阶段将会改变。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/lifecycle_dialog.py" line="158"/>
        <source>Every customer&apos;s stage fits the rules.</source>
        <translation>每位客户的阶段都符合规则。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/lifecycle_dialog.py" line="198"/>
        <source>Changing stages…</source>
        <translation>正在更改阶段…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/lifecycle_dialog.py" line="207"/>
        <source>%1 customers moved to their suggested stage.</source>
        <translation>%1 位客户已调整到建议阶段。</translation>
    </message>
</context>
<context>
    <name>ListSummary</name>
    <message>
        <location filename="../../ui/customers/card_summary.py" line="80"/>
        <source>New customer…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card_summary.py" line="81"/>
        <source>Add or remove tags…</source>
        <translation>添加或移除标签…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card_summary.py" line="82"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card_summary.py" line="83"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card_summary.py" line="84"/>
        <source>Delete for good</source>
        <translation>彻底删除</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card_summary.py" line="106"/>
        <source>The recycle bin is empty</source>
        <translation>回收站是空的</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card_summary.py" line="107"/>
        <source>No customers yet</source>
        <translation>还没有客户</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card_summary.py" line="109"/>
        <source>No customer matches</source>
        <translation>没有符合条件的客户</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card_summary.py" line="111"/>
        <source>Filtered: %1 of %2 customers</source>
        <translation>筛选后 %1 / 共 %2 位客户</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card_summary.py" line="114"/>
        <source>%1 customers in the recycle bin</source>
        <translation>回收站中有 %1 位客户</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card_summary.py" line="116"/>
        <source>1 customer</source>
        <translation>共 1 位客户</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card_summary.py" line="118"/>
        <source>%1 customers</source>
        <translation>共 %1 位客户</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card_summary.py" line="123"/>
        <source>Select a customer to restore them or delete them for good.</source>
        <translation>选择一位客户，可将其恢复或彻底删除。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card_summary.py" line="126"/>
        <source>Select a customer to see their card and timeline. Ctrl+N adds a customer; File › Import from Excel (Ctrl+I) brings in a whole list.</source>
        <translation>选择一位客户，查看其客户卡片和互动记录。按 Ctrl+N 新建客户；通过“文件 › 从 Excel 导入”（Ctrl+I）可一次导入整份名单。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card_summary.py" line="130"/>
        <source>Change the search or clear the filters to see customers again.</source>
        <translation>修改搜索内容或清除筛选条件，即可重新看到客户。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card_summary.py" line="153"/>
        <source>Search: “%1”</source>
        <translation>搜索：“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card_summary.py" line="156"/>
        <source>Tagged with any of %1</source>
        <translation>带有以下任一标签：%1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card_summary.py" line="158"/>
        <source>Tagged %1</source>
        <translation>带有标签：%1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card_summary.py" line="161"/>
        <source>Not tagged %1</source>
        <translation>不带标签：%1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card_summary.py" line="163"/>
        <source>Not contacted in %1 days</source>
        <translation>%1 天未联系</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card_summary.py" line="165"/>
        <source>No follow-up planned</source>
        <translation>未安排跟进</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card_summary.py" line="167"/>
        <source>RFM segment: %1</source>
        <translation>RFM 分群：%1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card_summary.py" line="169"/>
        <source>Lead grade %1</source>
        <translation>线索等级 %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card_summary.py" line="172"/>
        <source>Source: %1</source>
        <translation>来源渠道：%1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card_summary.py" line="174"/>
        <source>Lifecycle stage: %1</source>
        <translation>生命周期阶段：%1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card_summary.py" line="176"/>
        <source>Created in %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card_summary.py" line="179"/>
        <source>Community: %1</source>
        <translation>社群：%1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card_summary.py" line="189"/>
        <source>%1 customers selected</source>
        <translation>已选择 %1 位客户</translation>
    </message>
    <message>
        <location filename="../../ui/customers/card_summary.py" line="192"/>
        <source>These apply to all of them. Ctrl+click adds or removes one customer, Shift+click a range.</source>
        <translation>以下操作对所选的全部客户生效。按住 Ctrl 单击可增减单个客户，按住 Shift 单击可选择一段。</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../ui/lock_screen.py" line="171"/>
        <source>Guanjia is locked</source>
        <translation>客户管家已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="173"/>
        <source>Locked after a time without use, or by Lock now. Enter the password to go on.</source>
        <translation>因一段时间未使用或手动“立即锁定”而锁定。输入密码继续。</translation>
    </message>
</context>
<context>
    <name>LostDialog</name>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="223"/>
        <source>Report a card lost: %1</source>
        <translation>挂失：%1</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="225"/>
        <source>Card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="226"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="226"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="295"/>
        <source>Guanjia — Customer Manager</source>
        <translation>客户管家</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="297"/>
        <source>Demo database (made-up customers)</source>
        <translation>演示数据库（虚构客户）</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="299"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="300"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="301"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="302"/>
        <source>F&amp;ollow-ups</source>
        <translation>跟进(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="303"/>
        <source>&amp;Complaints</source>
        <translation>投诉(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="304"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="305"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="306"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="307"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="308"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="309"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="310"/>
        <location filename="../../desktop/main_window.py" line="346"/>
        <source>About Guanjia</source>
        <translation>关于客户管家</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="311"/>
        <source>Member levels…</source>
        <translation>会员等级…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="312"/>
        <source>Team…</source>
        <translation>团队…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="313"/>
        <source>Lead scoring…</source>
        <translation>线索评分…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="314"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="348"/>
        <source>Guanjia (客户管家) — customer management for small businesses, offline and private.</source>
        <translation>客户管家：为小商户打造的客户管理软件，离线使用，数据私密。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="351"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
</context>
<context>
    <name>MemberImport</name>
    <message>
        <location filename="../../ui/membership/import_messages.py" line="14"/>
        <source>A balance cannot be negative (%1).</source>
        <translation>余额不能为负数（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/import_messages.py" line="16"/>
        <source>There is no member level named “%1”: add it first, or correct the name.</source>
        <translation>没有名为“%1”的会员等级：请先添加，或更正名称。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/import_messages.py" line="19"/>
        <source>“%1” is not a whole number of visits.</source>
        <translation>“%1”不是整数次数。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/import_messages.py" line="21"/>
        <source>No customer “%1” (by mobile or exact name): choose to create customers to add them.</source>
        <translation>没有客户“%1”（按手机号或完整姓名）：可选择新建客户。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/import_messages.py" line="24"/>
        <source>This row has neither a name nor a mobile.</source>
        <translation>此行既无姓名也无手机号。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/import_messages.py" line="26"/>
        <source>Map a name or mobile column: each card needs its customer.</source>
        <translation>请对应姓名或手机号列：每张卡都需要其客户。</translation>
    </message>
</context>
<context>
    <name>MemberPickerDialog</name>
    <message>
        <location filename="../../ui/communities/dialogs.py" line="108"/>
        <source>Add members</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location filename="../../ui/communities/dialogs.py" line="110"/>
        <source>Name, mobile, pinyin initials…</source>
        <translation>姓名、手机、拼音首字母…</translation>
    </message>
    <message>
        <location filename="../../ui/communities/dialogs.py" line="111"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../ui/communities/dialogs.py" line="114"/>
        <source>Customers of a tag…</source>
        <translation>按标签添加…</translation>
    </message>
    <message>
        <location filename="../../ui/communities/dialogs.py" line="127"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/communities/dialogs.py" line="162"/>
        <source>… and %1 more customers of the tag, added too</source>
        <translation>……另有该标签的 %1 位客户，也会一并加入</translation>
    </message>
</context>
<context>
    <name>MemberTable</name>
    <message>
        <location filename="../../ui/membership/table_model.py" line="21"/>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../ui/membership/table_model.py" line="22"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/membership/table_model.py" line="23"/>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../ui/membership/table_model.py" line="24"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../ui/membership/table_model.py" line="25"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../ui/membership/table_model.py" line="26"/>
        <source>Balance</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <location filename="../../ui/membership/table_model.py" line="27"/>
        <source>Count cards</source>
        <translation>计次卡</translation>
    </message>
    <message>
        <location filename="../../ui/membership/table_model.py" line="28"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/membership/table_model.py" line="46"/>
        <source>Principal %1 + bonus %2</source>
        <translation>本金 %1 + 赠送 %2</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../ui/membership/page.py" line="167"/>
        <source>Enrol…</source>
        <translation>办会员…</translation>
    </message>
    <message>
        <location filename="../../ui/membership/page.py" line="167"/>
        <source>Counter (F2)</source>
        <translation>收银台 (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/membership/page.py" line="168"/>
        <source>Reports…</source>
        <translation>报表…</translation>
    </message>
    <message>
        <location filename="../../ui/membership/page.py" line="168"/>
        <source>Top up…</source>
        <translation>充值…</translation>
    </message>
    <message>
        <location filename="../../ui/membership/page.py" line="169"/>
        <source>Pay…</source>
        <translation>消费扣款…</translation>
    </message>
    <message>
        <location filename="../../ui/membership/page.py" line="169"/>
        <source>Refund…</source>
        <translation>退本金…</translation>
    </message>
    <message>
        <location filename="../../ui/membership/page.py" line="170"/>
        <source>Transfer…</source>
        <translation>转卡…</translation>
    </message>
    <message>
        <location filename="../../ui/membership/page.py" line="170"/>
        <source>Adjust points…</source>
        <translation>调整积分…</translation>
    </message>
    <message>
        <location filename="../../ui/membership/page.py" line="171"/>
        <source>Redeem points…</source>
        <translation>积分兑换…</translation>
    </message>
    <message>
        <location filename="../../ui/membership/page.py" line="171"/>
        <source>Card lost…</source>
        <translation>挂失…</translation>
    </message>
    <message>
        <location filename="../../ui/membership/page.py" line="172"/>
        <source>Replace card…</source>
        <translation>补卡…</translation>
    </message>
    <message>
        <location filename="../../ui/membership/page.py" line="172"/>
        <source>Statement…</source>
        <translation>对账单…</translation>
    </message>
    <message>
        <location filename="../../ui/membership/page.py" line="175"/>
        <source>Wrote a review (评价): earn its points</source>
        <translation>写了评价：获得评价积分</translation>
    </message>
    <message>
        <location filename="../../ui/membership/page.py" line="176"/>
        <source>Card number, mobile, name or pinyin initials</source>
        <translation>卡号、手机号、姓名或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../ui/membership/page.py" line="177"/>
        <source>No members to show</source>
        <translation>没有可显示的会员</translation>
    </message>
    <message>
        <location filename="../../ui/membership/page.py" line="178"/>
        <source>Enrol a customer, or search for another.</source>
        <translation>为客户办理会员，或换个搜索词。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/page.py" line="221"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../ui/membership/page.py" line="223"/>
        <source>%1 members</source>
        <translation>%1 位会员</translation>
    </message>
    <message>
        <location filename="../../ui/membership/page.py" line="245"/>
        <source>Members</source>
        <translation>会员</translation>
    </message>
</context>
<context>
    <name>Membership</name>
    <message>
        <location filename="../../ui/membership/messages.py" line="15"/>
        <source>Enter a card number.</source>
        <translation>请输入卡号。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="16"/>
        <source>“%1” is not a card number: letters, digits, - and _ only.</source>
        <translation>“%1”不是有效卡号：只能包含字母、数字、- 和 _。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="18"/>
        <source>There is no member card %1.</source>
        <translation>没有会员卡 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="20"/>
        <source>Card number %1 is in use.</source>
        <translation>卡号 %1 已被使用。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="22"/>
        <source>Card %1 belongs to another customer.</source>
        <translation>会员卡 %1 属于其他客户。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="24"/>
        <source>This customer is not a member: enrol them first.</source>
        <translation>该客户还不是会员：请先办理会员。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="26"/>
        <source>This member has no card in use (正常).</source>
        <translation>该会员没有状态正常的会员卡。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="28"/>
        <source>Card %1 is reported lost (挂失): nothing was recorded.</source>
        <translation>会员卡 %1 已挂失：未记录任何变动。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="30"/>
        <source>Card %1 is stopped (停用): nothing was recorded.</source>
        <translation>会员卡 %1 已停用：未记录任何变动。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="32"/>
        <source>Card %1 has expired (过期): nothing was recorded.</source>
        <translation>会员卡 %1 已过期：未记录任何变动。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="34"/>
        <source>Card %1 was replaced (补卡): use the new card.</source>
        <translation>会员卡 %1 已补卡：请使用新卡。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="36"/>
        <source>Card %1 has movements since: it cannot be undone.</source>
        <translation>卡 %1 此后已有变动，无法撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="38"/>
        <source>A card can be set to 正常, 挂失 or 停用.</source>
        <translation>会员卡状态只能设为正常、挂失或停用。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="40"/>
        <source>Card %1 already has this status.</source>
        <translation>会员卡 %1 已是该状态。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="42"/>
        <source>A card cannot expire before it is issued.</source>
        <translation>会员卡的到期日不能早于开卡日。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="44"/>
        <source>There is no such membership setting.</source>
        <translation>没有这项会员设置。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="46"/>
        <source>This setting needs a whole number.</source>
        <translation>这项设置需要一个整数。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="48"/>
        <source>“%1”: the points that make 1 yuan off are a whole number from 1.</source>
        <translation>“%1”：抵 1 元所需的积分须为不小于 1 的整数。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="51"/>
        <source>“%1”: points may pay a whole percent of a sale, from 0 to 100.</source>
        <translation>“%1”：积分抵扣上限须为 0 到 100 之间的整数百分比。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="54"/>
        <source>Write each bonus tier as top-up:bonus in yuan, e.g. 1000:100.</source>
        <translation>每档赠送请写成“充值:赠送”（元），例如 1000:100。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="56"/>
        <source>Bonus is spent in proportion or after the principal.</source>
        <translation>赠送金额按比例扣减，或在本金用完后扣减。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="58"/>
        <source>Points expire never, at the end of the year after, or after months.</source>
        <translation>积分有效期：永不过期、次年年底过期，或若干个月后过期。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="60"/>
        <source>A card prefix has up to 8 characters and no spaces.</source>
        <translation>卡号前缀最多 8 个字符，不能有空格。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="62"/>
        <source>“%1” is not a number of points.</source>
        <translation>“%1”不是有效的积分数。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="64"/>
        <source>Only %1 points can be redeemed: nothing was recorded.</source>
        <translation>只有 %1 积分可兑换：未记录任何变动。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="67"/>
        <source>%1 of the points have expired; %2 can be redeemed. Nothing was recorded.</source>
        <translation>其中 %1 积分已过期，可兑换 %2 积分。未记录任何变动。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="70"/>
        <source>The points balance would be %1: below 0 is not allowed.</source>
        <translation>积分余额将变为 %1：不允许低于 0。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="73"/>
        <source>A task is 注册, 完善资料, 首单 or 评价.</source>
        <translation>任务只能是注册、完善资料、首单或评价。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="75"/>
        <source>Points for this task were earned already.</source>
        <translation>该任务的积分已经发放过。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="77"/>
        <source>This referral was rewarded already.</source>
        <translation>该转介绍的奖励已经发放过。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="79"/>
        <source>Receipt %1 is recorded already: nothing was recorded.</source>
        <translation>单号 %1 已使用过：未记录任何变动。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="82"/>
        <source>There is no such movement.</source>
        <translation>没有这条流水。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="84"/>
        <source>A reversal is not reversed again: record the movement anew.</source>
        <translation>冲正记录不能再冲正：请重新记录该变动。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="86"/>
        <source>This movement is reversed already.</source>
        <translation>这条流水已经冲正过。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="88"/>
        <source>Card %1 no longer holds what the reversal takes back.</source>
        <translation>会员卡 %1 的余额已不足以冲正。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="90"/>
        <source>“%1”: at most two decimals (分).</source>
        <translation>“%1”：最多两位小数（到分）。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="92"/>
        <source>The balance is only %1 yuan: nothing was paid.</source>
        <translation>余额只有 %1 元：未扣款。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="95"/>
        <source>Only %1 yuan of unspent principal can be refunded (bonus never).</source>
        <translation>只能退还未消费的本金 %1 元（赠送金额不退）。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="98"/>
        <source>Choose two different cards.</source>
        <translation>请选择两张不同的会员卡。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="101"/>
        <source>At most %1 points can pay for this sale: nothing was recorded.</source>
        <translation>本单最多可用 %1 积分抵现：未记账。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="104"/>
        <source>The stored-value part is more than the %1 yuan due.</source>
        <translation>储值部分超过了应付的 %1 元。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/messages.py" line="107"/>
        <source>Choose a customer first.</source>
        <translation>请先选择客户。</translation>
    </message>
</context>
<context>
    <name>MembershipCards</name>
    <message>
        <location filename="../../ui/membership/cards_dialogs.py" line="141"/>
        <source>%1 · %2 of %3 left</source>
        <translation>%1 · 剩余 %2/%3 次</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_dialogs.py" line="145"/>
        <source>until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_dialogs.py" line="179"/>
        <source>Card</source>
        <translation>卡</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_dialogs.py" line="181"/>
        <source>This customer has no count card with visits left.</source>
        <translation>该客户没有尚有剩余次数的计次卡。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_messages.py" line="16"/>
        <source>Name the service, e.g. 洗剪吹.</source>
        <translation>请填写服务项目，例如 洗剪吹。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_messages.py" line="18"/>
        <source>“%1”: the visits are a whole number from 1 to 10000.</source>
        <translation>“%1”：次数须为 1 到 10000 的整数。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_messages.py" line="20"/>
        <source>Pay in cash or from stored value.</source>
        <translation>请选择现金或储值支付。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_messages.py" line="22"/>
        <source>A card for nothing is not paid from stored value.</source>
        <translation>零元的卡无需用储值支付。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_messages.py" line="24"/>
        <source>The expiry is in the past: the card would be expired already.</source>
        <translation>到期日已过：这张卡一售出就已过期。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_messages.py" line="26"/>
        <source>There is no count card %1.</source>
        <translation>没有编号为 %1 的计次卡。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_messages.py" line="28"/>
        <source>Count card %1 has no visits left: nothing was recorded.</source>
        <translation>计次卡 %1 已无剩余次数：未作任何记录。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_messages.py" line="30"/>
        <source>Count card %1 has expired: nothing was recorded.</source>
        <translation>计次卡 %1 已过期：未作任何记录。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_messages.py" line="32"/>
        <source>Count card %1 was refunded: nothing was recorded.</source>
        <translation>计次卡 %1 已退款：未作任何记录。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_messages.py" line="34"/>
        <source>Count card %1 was cancelled: nothing was recorded.</source>
        <translation>计次卡 %1 已撤销：未作任何记录。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_messages.py" line="36"/>
        <source>Count card %1 has visits used or refunded since it was sold: undo those first.</source>
        <translation>计次卡 %1 售出后已有核销或退款：请先撤销它们。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_messages.py" line="39"/>
        <source>Name the plan, e.g. 年卡会员.</source>
        <translation>请填写会员方案，例如 年卡会员。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_messages.py" line="41"/>
        <source>A term is a month, a quarter, a year or a number of days.</source>
        <translation>期限为一个月、一个季度、一年或若干天。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_messages.py" line="43"/>
        <source>A term of days is 1 to 3660 days.</source>
        <translation>按天计的期限为 1 到 3660 天。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_messages.py" line="45"/>
        <source>A paid membership runs until %1: renew it instead.</source>
        <translation>付费会员有效期至 %1：请改为续费。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_messages.py" line="48"/>
        <source>There is no paid membership to renew: sell one first.</source>
        <translation>没有可续费的付费会员：请先开通。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_messages.py" line="50"/>
        <source>This term is cancelled already.</source>
        <translation>该期已撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_messages.py" line="52"/>
        <source>This term was renewed since: cancel the renewal first.</source>
        <translation>该期之后已续费：请先撤销续费。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_messages.py" line="54"/>
        <source>There is no paid membership %1.</source>
        <translation>没有编号为 %1 的付费会员记录。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_messages.py" line="56"/>
        <source>A customer cannot introduce themselves.</source>
        <translation>客户不能介绍自己。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_messages.py" line="58"/>
        <source>%1 was brought by this customer (directly or through others): that would be a cycle.</source>
        <translation>%1 是由该客户（直接或间接）介绍来的：这样会形成循环。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_messages.py" line="61"/>
        <source>%1 is recorded as the introducer already.</source>
        <translation>%1 已经是记录的介绍人。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_paid.py" line="63"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_paid.py" line="67"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_paid.py" line="67"/>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_paid.py" line="67"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_paid.py" line="68"/>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_paid.py" line="68"/>
        <source>Runs</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_paid.py" line="70"/>
        <source>A month</source>
        <translation>一个月</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_paid.py" line="70"/>
        <source>A quarter</source>
        <translation>一个季度</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_paid.py" line="70"/>
        <source>A year</source>
        <translation>一年</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_paid.py" line="71"/>
        <source>A number of days</source>
        <translation>若干天</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_paid.py" line="73"/>
        <source>e.g. 年卡会员</source>
        <translation>例如 年卡会员</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_paid.py" line="74"/>
        <source>Yuan, e.g. 365</source>
        <translation>元，例如 365</translation>
    </message>
</context>
<context>
    <name>MembershipMenu</name>
    <message>
        <location filename="../../ui/membership/cards_menu.py" line="51"/>
        <source>Sell a count card…</source>
        <translation>售计次卡…</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_menu.py" line="52"/>
        <source>Use a visit…</source>
        <translation>核销一次…</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_menu.py" line="53"/>
        <source>Refund a count card…</source>
        <translation>计次卡退款…</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_menu.py" line="54"/>
        <source>Sell paid membership…</source>
        <translation>开通付费会员…</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_menu.py" line="55"/>
        <source>Renew paid membership…</source>
        <translation>续费付费会员…</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_menu.py" line="56"/>
        <source>Introduced by…</source>
        <translation>介绍人…</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_menu.py" line="57"/>
        <source>Referral tree…</source>
        <translation>转介绍关系树…</translation>
    </message>
</context>
<context>
    <name>MembershipWords</name>
    <message>
        <location filename="../../ui/membership/words.py" line="11"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/membership/words.py" line="12"/>
        <source>Lost</source>
        <translation>挂失</translation>
    </message>
    <message>
        <location filename="../../ui/membership/words.py" line="13"/>
        <source>Stopped</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/membership/words.py" line="14"/>
        <location filename="../../ui/membership/words.py" line="24"/>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <location filename="../../ui/membership/words.py" line="15"/>
        <source>Replaced</source>
        <translation>已补卡</translation>
    </message>
    <message>
        <location filename="../../ui/membership/words.py" line="21"/>
        <source>Earned</source>
        <translation>获得</translation>
    </message>
    <message>
        <location filename="../../ui/membership/words.py" line="22"/>
        <source>Redeemed</source>
        <translation>兑换</translation>
    </message>
    <message>
        <location filename="../../ui/membership/words.py" line="23"/>
        <source>Adjusted</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../../ui/membership/words.py" line="25"/>
        <source>Reversal</source>
        <translation>冲正</translation>
    </message>
    <message>
        <location filename="../../ui/membership/words.py" line="26"/>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <location filename="../../ui/membership/words.py" line="27"/>
        <source>Top-up</source>
        <translation>充值</translation>
    </message>
    <message>
        <location filename="../../ui/membership/words.py" line="28"/>
        <source>Bonus</source>
        <translation>赠送</translation>
    </message>
    <message>
        <location filename="../../ui/membership/words.py" line="29"/>
        <source>Payment</source>
        <translation>消费</translation>
    </message>
    <message>
        <location filename="../../ui/membership/words.py" line="30"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../ui/membership/words.py" line="31"/>
        <source>Transfer in</source>
        <translation>转入</translation>
    </message>
    <message>
        <location filename="../../ui/membership/words.py" line="32"/>
        <source>Transfer out</source>
        <translation>转出</translation>
    </message>
    <message>
        <location filename="../../ui/membership/words.py" line="33"/>
        <source>Closing balance</source>
        <translation>期末余额</translation>
    </message>
    <message>
        <location filename="../../ui/membership/words.py" line="39"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../ui/membership/words.py" line="40"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/membership/words.py" line="41"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../ui/membership/words.py" line="42"/>
        <source>Stored value</source>
        <translation>储值</translation>
    </message>
</context>
<context>
    <name>MetricsView</name>
    <message>
        <location filename="../../ui/complaints/metrics_view.py" line="95"/>
        <source>Complaints</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/metrics_view.py" line="96"/>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/metrics_view.py" line="97"/>
        <source>Overdue now</source>
        <translation>当前超时</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/metrics_view.py" line="98"/>
        <source>Average first response</source>
        <translation>平均首次响应</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/metrics_view.py" line="99"/>
        <source>Responded within SLA</source>
        <translation>按时响应率</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/metrics_view.py" line="100"/>
        <source>Resolution rate</source>
        <translation>解决率</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/metrics_view.py" line="101"/>
        <source>Average time to resolve</source>
        <translation>平均解决时长</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/metrics_view.py" line="102"/>
        <source>Average satisfaction (1-5)</source>
        <translation>平均满意度（1-5）</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/metrics_view.py" line="103"/>
        <source>Satisfied (4-5)</source>
        <translation>满意率（4-5 分）</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/metrics_view.py" line="108"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/metrics_view.py" line="109"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/metrics_view.py" line="110"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/metrics_view.py" line="111"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/metrics_view.py" line="115"/>
        <source>Received from</source>
        <translation>接收日期从</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/metrics_view.py" line="116"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/metrics_view.py" line="117"/>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/metrics_view.py" line="121"/>
        <location filename="../../ui/complaints/metrics_view.py" line="181"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/metrics_view.py" line="169"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/metrics_view.py" line="173"/>
        <source> (hours)</source>
        <translation>（小时）</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/metrics_view.py" line="178"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/metrics_view.py" line="178"/>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/metrics_view.py" line="178"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/metrics_view.py" line="189"/>
        <source>Export complaint metrics</source>
        <translation>导出投诉统计</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/metrics_view.py" line="189"/>
        <source>Complaint metrics</source>
        <translation>投诉统计</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/metrics_view.py" line="197"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/metrics_view.py" line="202"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../desktop/controllers/navigation.py" line="94"/>
        <source>Today&apos;s follow-ups</source>
        <translation>今天的跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/navigation.py" line="95"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/navigation.py" line="96"/>
        <source>Save as view…</source>
        <translation>保存为分群…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/navigation.py" line="97"/>
        <source>Clear search and tag filter</source>
        <translation>清除搜索和标签筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/navigation.py" line="98"/>
        <source>Reset columns</source>
        <translation>重置列</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/navigation.py" line="99"/>
        <source>Community metrics…</source>
        <translation>社群数据…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/navigation.py" line="242"/>
        <source>%1 purchases and refunds</source>
        <translation>%1 条消费与退款记录</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/navigation.py" line="246"/>
        <source>%1 of %2 complaints (filtered)</source>
        <translation>筛选后 %1 / 共 %2 条投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/navigation.py" line="248"/>
        <source>%1 complaints</source>
        <translation>共 %1 条投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/navigation.py" line="251"/>
        <source>%1 follow-ups</source>
        <translation>共 %1 条跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/navigation.py" line="254"/>
        <source>%1 follow-ups selected</source>
        <translation>已选择 %1 条</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/navigation.py" line="261"/>
        <source>%1 of %2 in the recycle bin (filtered)</source>
        <translation>筛选后 %1 / 回收站中 %2 位</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/navigation.py" line="270"/>
        <source>%1 customers selected</source>
        <translation>已选择 %1 位</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/navigation.py" line="263"/>
        <source>%1 in the recycle bin</source>
        <translation>回收站中 %1 位</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/navigation.py" line="265"/>
        <source>%1 of %2 customers (filtered)</source>
        <translation>筛选后 %1 / 共 %2 位客户</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/navigation.py" line="267"/>
        <source>%1 customers</source>
        <translation>共 %1 位客户</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/navigation.py" line="305"/>
        <location filename="../../desktop/controllers/navigation.py" line="359"/>
        <source>Saved views</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/navigation.py" line="315"/>
        <source>Name of the view:</source>
        <translation>分群名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/navigation.py" line="322"/>
        <source>Save as view</source>
        <translation>保存为分群</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/navigation.py" line="337"/>
        <source>Rename view</source>
        <translation>重命名分群</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/navigation.py" line="360"/>
        <source>Delete the view “%1”? Its customers are not touched.</source>
        <translation>删除分群“%1”？其中的客户不受影响。</translation>
    </message>
</context>
<context>
    <name>NewFieldDialog</name>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="46"/>
        <source>New custom field</source>
        <translation>新建自定义字段</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="55"/>
        <source>for a choice field: values separated by commas</source>
        <translation>选项字段：各选项用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="60"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="61"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="62"/>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
</context>
<context>
    <name>NewPurchaseDialog</name>
    <message>
        <location filename="../../ui/purchases/dialogs.py" line="35"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>NoticesController</name>
    <message>
        <location filename="../../desktop/controllers/notices.py" line="54"/>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/notices.py" line="86"/>
        <source>%1 to follow up</source>
        <translation>%1 项待跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/notices.py" line="88"/>
        <source> (%1 follow-ups, %2 customers due a contact)</source>
        <translation>（%1 个跟进，%2 位客户该联系了）</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/notices.py" line="91"/>
        <source> (customers due a contact)</source>
        <translation>（客户该联系了）</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/notices.py" line="94"/>
        <source>%1 overdue</source>
        <translation>%1 个已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/notices.py" line="96"/>
        <source>%1 birthdays today</source>
        <translation>%1 位客户今天生日</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/notices.py" line="99"/>
        <source>%1 leads go back to the pool tomorrow unless contacted</source>
        <translation>%1 条线索明天将回收到公海（除非今天联系）</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/notices.py" line="107"/>
        <source>%1 leads not contacted in time went back to the pool</source>
        <translation>%1 条线索未及时联系，已回到公海</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/notices.py" line="115"/>
        <source>Today: </source>
        <translation>今天：</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/notices.py" line="115"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/notices.py" line="115"/>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/notices.py" line="117"/>
        <source>Guanjia — today</source>
        <translation>客户管家 — 今天</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/notices.py" line="124"/>
        <source>Due now: %1 — %2</source>
        <translation>到时间了：%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/notices.py" line="126"/>
        <location filename="../../desktop/controllers/notices.py" line="142"/>
        <source>(and %1 more)</source>
        <translation>（另有 %1 个）</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/notices.py" line="128"/>
        <source>Follow-up due</source>
        <translation>跟进到期</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/notices.py" line="136"/>
        <source>Complaint escalated: #%1 %2 — %3</source>
        <translation>投诉已升级：#%1 %2 — %3</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/notices.py" line="144"/>
        <source>Complaint escalated</source>
        <translation>投诉已升级</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/notices.py" line="149"/>
        <source>A reminder is due. Unlock Guanjia to see it.</source>
        <translation>有提醒到期。解锁客户管家后查看。</translation>
    </message>
</context>
<context>
    <name>PasswordPanel</name>
    <message>
        <location filename="../../ui/lock_screen.py" line="85"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="88"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="127"/>
        <source>Too many wrong passwords. Try again in %1 seconds.</source>
        <translation>密码错误次数过多，请 %1 秒后再试。</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="132"/>
        <source>The password is wrong.</source>
        <translation>密码错误。</translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="150"/>
        <source>Pay from stored value: %1</source>
        <translation>储值消费：%1</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="152"/>
        <source>Card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="153"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="153"/>
        <source>Yuan, e.g. 99.90</source>
        <translation>元，如 99.90</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="154"/>
        <source>Receipt number</source>
        <translation>小票号</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="154"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
</context>
<context>
    <name>PointsDialog</name>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="198"/>
        <source>Redeem points: %1</source>
        <translation>积分兑换：%1</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="198"/>
        <source>Adjust points: %1</source>
        <translation>调整积分：%1</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="205"/>
        <source>Can be spent now</source>
        <translation>当前可用</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="206"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="207"/>
        <source>e.g. 500</source>
        <translation>如 500</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="207"/>
        <source>e.g. 200 or -200</source>
        <translation>如 200 或 -200</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="208"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="209"/>
        <source>e.g. a gift</source>
        <translation>如 兑换礼品</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="209"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
</context>
<context>
    <name>PrivacyController</name>
    <message>
        <location filename="../../desktop/controllers/privacy.py" line="35"/>
        <source>Password and privacy…</source>
        <translation>密码与隐私…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/privacy.py" line="36"/>
        <source>Lock now</source>
        <translation>立即锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/privacy.py" line="37"/>
        <source>Erase personal data…</source>
        <translation>抹除个人信息…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/privacy.py" line="38"/>
        <source>Audit log…</source>
        <translation>操作日志…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/privacy.py" line="39"/>
        <source>Staff name…</source>
        <translation>员工姓名…</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/privacy.py" line="72"/>
        <location filename="../../desktop/controllers/privacy.py" line="83"/>
        <source>Staff name</source>
        <translation>员工姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/privacy.py" line="73"/>
        <source>Your name, written in the audit log with everything you change (one of the team: Settings &gt; Team…):</source>
        <translation>您的姓名（团队中的一员：设置 &gt; 团队…），您做的每项修改都会连同姓名记入操作日志：</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/privacy.py" line="85"/>
        <source>Staff name: %1</source>
        <translation>员工姓名：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/controllers/privacy.py" line="85"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="36"/>
        <source>Password and privacy</source>
        <translation>密码与隐私</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="38"/>
        <source>Password to open Guanjia</source>
        <translation>打开客户管家的密码</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="48"/>
        <source>Remove the password</source>
        <translation>取消密码</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="55"/>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="57"/>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="58"/>
        <source>Repeat it:</source>
        <translation>再输一次：</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="74"/>
        <source>Locking needs a password.</source>
        <translation>需要先设置密码才能锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="77"/>
        <source>Lock the window after</source>
        <translation>无操作多久后锁定窗口</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="82"/>
        <source>Hide the middle digits of mobiles (138****5678) in the customer list, the detail panel and every export</source>
        <translation>隐藏手机号中间几位（138****5678）：客户列表、详情面板和所有导出</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="89"/>
        <source>The password keeps people at the counter out of Guanjia; it does not encrypt the data file. Protect the computer&apos;s account too. For a backup that leaves this computer, use File &gt; Export an encrypted backup.</source>
        <translation>密码防止柜台边的其他人打开客户管家，但不会加密数据文件，请同时保护好电脑的登录账户。要带离这台电脑的备份，请用“文件 &gt; 导出加密备份”。</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="115"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy_dialog.py" line="117"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/privacy_dialog.py" line="118"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="123"/>
        <source>A password is set: Guanjia asks for it when it opens and when it is locked.</source>
        <translation>已设置密码：打开客户管家和解锁时都需要输入。</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="125"/>
        <source>No password is set: anyone at this computer can open Guanjia.</source>
        <translation>未设置密码：这台电脑前的任何人都能打开客户管家。</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="130"/>
        <source>Change the password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="130"/>
        <source>Set the password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="158"/>
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="158"/>
        <source>Password set.</source>
        <translation>密码已设置。</translation>
    </message>
    <message>
        <location filename="../../ui/privacy_dialog.py" line="169"/>
        <source>Password removed: Guanjia opens without one.</source>
        <translation>密码已取消：打开客户管家不再需要密码。</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="404"/>
        <source>Record a purchase</source>
        <translation>记录消费</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="412"/>
        <source>Yuan, e.g. 128.50; negative for a refund</source>
        <translation>单位元，如 128.50；退款填负数</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="413"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="419"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="425"/>
        <source>Paid by</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="428"/>
        <source>Optional; unique</source>
        <translation>可不填；不可重复</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="429"/>
        <source>Order number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="432"/>
        <source>What was bought (optional)</source>
        <translation>购买的商品或服务（可不填）</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="433"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/followups/dialogs.py" line="436"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PurchaseTable</name>
    <message>
        <location filename="../../ui/purchases/page.py" line="401"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/page.py" line="403"/>
        <source>Voided</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/page.py" line="404"/>
        <source>Refund of No.</source>
        <translation>原消费编号</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/table_model.py" line="20"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/table_model.py" line="21"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/table_model.py" line="22"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/table_model.py" line="23"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/table_model.py" line="24"/>
        <source>Paid by</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/table_model.py" line="25"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/table_model.py" line="26"/>
        <source>Order number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/table_model.py" line="27"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/table_model.py" line="40"/>
        <source>Refund of #%1</source>
        <translation>退款（原消费 #%1）</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/table_model.py" line="43"/>
        <source>Voided: %1</source>
        <translation>已作废：%1</translation>
    </message>
</context>
<context>
    <name>PurchasesPage</name>
    <message>
        <location filename="../../ui/purchases/page.py" line="161"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/page.py" line="161"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/page.py" line="162"/>
        <source>Refund…</source>
        <translation>退款…</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/page.py" line="162"/>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/page.py" line="163"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/page.py" line="165"/>
        <source>Void: kept, marked, out of every total</source>
        <translation>作废：记录保留并标记，不计入任何合计</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/page.py" line="166"/>
        <source>Customer name or number</source>
        <translation>客户姓名或编号</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/page.py" line="167"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/page.py" line="168"/>
        <source>Order number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/page.py" line="169"/>
        <source>from ¥</source>
        <translation>从 ¥</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/page.py" line="170"/>
        <source>to ¥</source>
        <translation>到 ¥</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/page.py" line="171"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/page.py" line="172"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/page.py" line="173"/>
        <source>Show voided</source>
        <translation>显示已作废</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/page.py" line="175"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/page.py" line="179"/>
        <source>Any payment</source>
        <translation>全部支付方式</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/page.py" line="184"/>
        <source>No purchases to show</source>
        <translation>没有可显示的消费记录</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/page.py" line="185"/>
        <source>Other filters above show other purchases.</source>
        <translation>调整上方的筛选条件可查看其他消费记录。</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/page.py" line="254"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/page.py" line="256"/>
        <source>%1 purchases and refunds · total %2</source>
        <translation>%1 条消费与退款记录 · 合计 %2</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/page.py" line="315"/>
        <location filename="../../ui/purchases/page.py" line="375"/>
        <location filename="../../ui/purchases/page.py" line="381"/>
        <source>Purchases</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/page.py" line="375"/>
        <source>Export purchases</source>
        <translation>导出消费记录</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/page.py" line="385"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <location filename="../../ui/customers/query_messages.py" line="14"/>
        <source>Unknown field “%1”.</source>
        <translation>未知字段“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_messages.py" line="16"/>
        <source>Unknown field “%1”; did you mean “%2”?</source>
        <translation>未知字段“%1”，是否要找“%2”？</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_messages.py" line="18"/>
        <source>“%1” needs a value after the colon.</source>
        <translation>“%1”的冒号后面需要一个值。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_messages.py" line="20"/>
        <source>“%1” is not a value of %2.</source>
        <translation>“%1”不是%2的可选值。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_messages.py" line="22"/>
        <source>“%1” is not a value of %2; did you mean “%3”?</source>
        <translation>“%1”不是%2的可选值，是否要找“%3”？</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_messages.py" line="24"/>
        <source>“%1” is not a number (%2).</source>
        <translation>“%1”不是数字（%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_messages.py" line="26"/>
        <source>“%1” is not a date or period (%2): write 2026-03-01, 2026-01..2026-03, &gt;90天, 本月 or 3月.</source>
        <translation>“%1”不是日期或时间段（%2）：请写成 2026-03-01、2026-01..2026-03、&gt;90天、本月或 3月。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_messages.py" line="29"/>
        <source>%1 cannot be compared with “%2”.</source>
        <translation>%1不能用“%2”比较。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_messages.py" line="31"/>
        <source>A quote is not closed: “%1”.</source>
        <translation>引号没有闭合：“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_messages.py" line="33"/>
        <source>A parenthesis is not closed: “%1”.</source>
        <translation>括号没有闭合：“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_messages.py" line="35"/>
        <source>A closing parenthesis has no opening one: “%1”.</source>
        <translation>右括号没有对应的左括号：“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_messages.py" line="37"/>
        <source>“%1” needs a term after it.</source>
        <translation>“%1”后面需要一个条件。</translation>
    </message>
</context>
<context>
    <name>QueryBar</name>
    <message>
        <location filename="../../ui/customers/query_bar.py" line="84"/>
        <source>How to search: fields and examples (F1)</source>
        <translation>搜索写法：字段和示例（F1）</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_bar.py" line="136"/>
        <source>Remove this condition</source>
        <translation>去掉这个条件</translation>
    </message>
</context>
<context>
    <name>QueryHelp</name>
    <message>
        <location filename="../../ui/customers/query_help.py" line="61"/>
        <source>a tag&apos;s name; 空/有: no tag / any tag</source>
        <translation>标签名；空/有：没有标签 / 有任意标签</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_help.py" line="62"/>
        <source>a tag group&apos;s name: any tag of it</source>
        <translation>标签分组名：有该组任一标签</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_help.py" line="63"/>
        <source>text it contains; = the whole text; 空/有</source>
        <translation>包含的文字；= 完全相同；空/有</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_help.py" line="64"/>
        <source>one of its values (微信, 活跃, 女, ...)</source>
        <translation>其中一个取值（微信、活跃、女……）</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_help.py" line="65"/>
        <source>yuan: &gt;1000, 1000..5000, 空</source>
        <translation>金额（元）：&gt;1000、1000..5000、空</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_help.py" line="66"/>
        <source>a number: &gt;=3, 2..5</source>
        <translation>数字：&gt;=3、2..5</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_help.py" line="67"/>
        <source>&gt;90天 (longer ago), &lt;30天 (within), 本月, 2026-01..2026-03, 空</source>
        <translation>&gt;90天（超过）、&lt;30天（以内）、本月、2026-01..2026-03、空</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_help.py" line="68"/>
        <source>&lt;7天 (within the next 7 days), 本周, 空 (none planned)</source>
        <translation>&lt;7天（今后 7 天内）、本周、空（没有计划）</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_help.py" line="69"/>
        <source>今天, 本周, 本月, 下月, 3月, 12-01..01-31, &lt;7天</source>
        <translation>今天、本周、本月、下月、3月、12-01..01-31、&lt;7天</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_help.py" line="70"/>
        <source>an RFM segment: 重要价值客户, ...</source>
        <translation>RFM 分群：重要价值客户……</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_help.py" line="71"/>
        <source>an RFM score 1-5: &gt;=4</source>
        <translation>RFM 得分 1-5：&gt;=4</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_help.py" line="72"/>
        <source>有, 无, 未结 (open), 逾期 (overdue)</source>
        <translation>有、无、未结、逾期</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_help.py" line="73"/>
        <source>a community&apos;s name; 有/空</source>
        <translation>社群名；有/空</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_help.py" line="74"/>
        <source>a member level&apos;s name; 有/空</source>
        <translation>会员等级名；有/空</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_help.py" line="75"/>
        <source>points balance: &gt;500</source>
        <translation>积分余额：&gt;500</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_help.py" line="76"/>
        <source>推荐者, 中立者, 贬损者 (latest NPS answer)</source>
        <translation>推荐者、中立者、贬损者（最近一次 NPS 回答）</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_help.py" line="77"/>
        <source>custom field: text it contains</source>
        <translation>自定义字段：包含的文字</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_help.py" line="78"/>
        <source>custom field: one of its choices</source>
        <translation>自定义字段：其中一个选项</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_help.py" line="79"/>
        <source>custom field: a number, &gt;, &lt;, a..b</source>
        <translation>自定义字段：数字，&gt;、&lt;、a..b</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_help.py" line="80"/>
        <source>custom field: a date or period</source>
        <translation>自定义字段：日期或时间段</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_help.py" line="84"/>
        <source>How to search</source>
        <translation>搜索写法</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_help.py" line="86"/>
        <source>Plain words search names, mobiles, companies, WeChat, email, notes and pinyin. Add field:value terms: all of them must match; 或 / OR between terms for any of them; - or 非 before a term for not; parentheses group; quotes keep spaces. Fields marked slower are answered without an index.</source>
        <translation>普通文字搜索姓名、手机、公司、微信、邮箱、备注和拼音。可加“字段:值”条件：多个条件须同时满足；条件之间写“或”/OR 表示满足其一；条件前加 - 或“非”表示排除；括号分组；引号内可含空格。标为“较慢”的字段没有索引。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_help.py" line="90"/>
        <source>Examples (click one to try it):</source>
        <translation>示例（点击即可试用）：</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_help.py" line="92"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_help.py" line="92"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_help.py" line="92"/>
        <source>Takes</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_help.py" line="92"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../ui/customers/query_help.py" line="98"/>
        <source>slower</source>
        <translation>较慢</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../../ui/surveys/question_editor.py" line="32"/>
        <source>Single choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_editor.py" line="33"/>
        <source>Multiple choice</source>
        <translation>多选</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_editor.py" line="34"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_editor.py" line="35"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_editor.py" line="47"/>
        <source>Add question</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_editor.py" line="49"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_editor.py" line="51"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_editor.py" line="53"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_editor.py" line="57"/>
        <source>e.g. 您是怎么知道我们的？</source>
        <translation>例如：您是怎么知道我们的？</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_editor.py" line="64"/>
        <source>One option a line</source>
        <translation>每行一个选项</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_editor.py" line="81"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_editor.py" line="81"/>
        <source>Scale</source>
        <translation>量表</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_editor.py" line="93"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_editor.py" line="94"/>
        <source>Kind</source>
        <translation>题型</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_editor.py" line="164"/>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2（%3）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_editor.py" line="164"/>
        <source>(no text)</source>
        <translation>（无文字）</translation>
    </message>
</context>
<context>
    <name>ReferralTreeDialog</name>
    <message>
        <location filename="../../ui/membership/referrals_dialogs.py" line="118"/>
        <source>Referrals: %1</source>
        <translation>转介绍：%1</translation>
    </message>
    <message>
        <location filename="../../ui/membership/referrals_dialogs.py" line="120"/>
        <source>Introduced by: %1</source>
        <translation>介绍人：%1</translation>
    </message>
    <message>
        <location filename="../../ui/membership/referrals_dialogs.py" line="121"/>
        <source>Introduced by nobody recorded.</source>
        <translation>未记录介绍人。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/referrals_dialogs.py" line="123"/>
        <source>Brought %1 directly (%2 made a first purchase), %3 at all levels.</source>
        <translation>直接介绍 %1 人（其中 %2 人已首购），各级共 %3 人。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/referrals_dialogs.py" line="126"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/membership/referrals_dialogs.py" line="126"/>
        <source>First purchase</source>
        <translation>已首购</translation>
    </message>
    <message>
        <location filename="../../ui/membership/referrals_dialogs.py" line="127"/>
        <source>Brought</source>
        <translation>介绍人数</translation>
    </message>
    <message>
        <location filename="../../ui/membership/referrals_dialogs.py" line="130"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>RefundCountCardDialog</name>
    <message>
        <location filename="../../ui/membership/cards_dialogs.py" line="234"/>
        <source>Refund a count card</source>
        <translation>计次卡退款</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_dialogs.py" line="235"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_dialogs.py" line="236"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_dialogs.py" line="244"/>
        <source>%1 of %2 visits unused: %3 × %1 / %2 → %4 back (rounded down to the fen)</source>
        <translation>%2 次中未用 %1 次：%3 × %1 / %2 → 退 %4（按分向下取整）</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../ui/purchases/dialogs.py" line="92"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/dialogs.py" line="98"/>
        <source>Left to refund</source>
        <translation>可退金额</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/dialogs.py" line="101"/>
        <source>Yuan, e.g. 30</source>
        <translation>单位：元，例如 30</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="164"/>
        <source>Refund principal: %1</source>
        <translation>退还本金：%1</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="166"/>
        <source>Card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="167"/>
        <location filename="../../ui/purchases/dialogs.py" line="102"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="168"/>
        <source>Unspent principal only, in yuan</source>
        <translation>仅退未消费的本金，单位元</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="169"/>
        <location filename="../../ui/purchases/dialogs.py" line="103"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="169"/>
        <location filename="../../ui/purchases/dialogs.py" line="104"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>RenewPaidDialog</name>
    <message>
        <location filename="../../ui/membership/cards_paid.py" line="120"/>
        <source>Renew paid membership</source>
        <translation>续费付费会员</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_paid.py" line="122"/>
        <source>No paid membership to renew: sell one first.</source>
        <translation>没有可续费的付费会员：请先开通。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_paid.py" line="124"/>
        <source>Now: %1 until %2</source>
        <translation>当前：%1，有效期至 %2</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="237"/>
        <source>Replace a card: %1</source>
        <translation>补卡：%1</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="239"/>
        <source>Old card</source>
        <translation>原卡</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="240"/>
        <source>New card number</source>
        <translation>新卡号</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="241"/>
        <source>Empty: the next number</source>
        <translation>留空：自动取下一个卡号</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="242"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="242"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../../ui/membership/reports.py" line="56"/>
        <source>Stored value reports</source>
        <translation>储值报表</translation>
    </message>
    <message>
        <location filename="../../ui/membership/reports.py" line="69"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/membership/reports.py" line="72"/>
        <source>Line</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/membership/reports.py" line="72"/>
        <location filename="../../ui/membership/reports.py" line="89"/>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <location filename="../../ui/membership/reports.py" line="73"/>
        <location filename="../../ui/membership/reports.py" line="90"/>
        <source>Bonus</source>
        <translation>赠送</translation>
    </message>
    <message>
        <location filename="../../ui/membership/reports.py" line="73"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/membership/reports.py" line="80"/>
        <source>Day&apos;s reconciliation</source>
        <translation>日对账</translation>
    </message>
    <message>
        <location filename="../../ui/membership/reports.py" line="87"/>
        <source>Outstanding liability</source>
        <translation>余额负债</translation>
    </message>
    <message>
        <location filename="../../ui/membership/reports.py" line="89"/>
        <source>Card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <location filename="../../ui/membership/reports.py" line="90"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../ui/membership/reports.py" line="91"/>
        <source>Last used</source>
        <translation>最后使用</translation>
    </message>
    <message>
        <location filename="../../ui/membership/reports.py" line="97"/>
        <source>Dormant balances</source>
        <translation>沉睡余额</translation>
    </message>
    <message>
        <location filename="../../ui/membership/reports.py" line="109"/>
        <source>The members hold %1 on %2 cards: principal %3 (paid in) and bonus %4. A refund returns principal only.</source>
        <translation>会员在 %2 张卡上共有 %1：本金 %3（实收）和赠送 %4。退款只退本金。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/reports.py" line="116"/>
        <source>%1 cards hold a balance unused for %2 days</source>
        <translation>%1 张卡有余额且已 %2 天未使用</translation>
    </message>
    <message>
        <location filename="../../ui/membership/reports.py" line="125"/>
        <source>Opening liability</source>
        <translation>期初负债</translation>
    </message>
    <message>
        <location filename="../../ui/membership/reports.py" line="129"/>
        <source>Closing liability</source>
        <translation>期末负债</translation>
    </message>
    <message>
        <location filename="../../ui/membership/reports.py" line="130"/>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <location filename="../../ui/membership/reports.py" line="133"/>
        <source>Difference: not 0. Run the check (guanjia wallet reconcile) and look at the audit log.</source>
        <translation>差额不为 0。请运行核对（guanjia wallet reconcile）并查看操作日志。</translation>
    </message>
    <message>
        <location filename="../../ui/membership/reports.py" line="135"/>
        <source>Difference 0: the day balances.</source>
        <translation>差额为 0：当日账目平衡。</translation>
    </message>
</context>
<context>
    <name>ResponseEntryDialog</name>
    <message>
        <location filename="../../ui/surveys/response_form.py" line="66"/>
        <source>(%1-%2)</source>
        <translation>（%1-%2）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/response_form.py" line="113"/>
        <source>Enter responses: %1</source>
        <translation>录入答卷：%1</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/response_form.py" line="119"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/response_form.py" line="147"/>
        <source>Saved: %1, %2 questions answered.</source>
        <translation>已保存：%1，回答了 %2 道题。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="136"/>
        <location filename="../../ui/backup_dialogs.py" line="283"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="142"/>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="142"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="142"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="150"/>
        <source>Choose another file…</source>
        <translation>选择其他文件…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="154"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="154"/>
        <source>In the backup</source>
        <translation>备份中</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="157"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="158"/>
        <source>In the recycle bin</source>
        <translation>回收站中</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="159"/>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="160"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="161"/>
        <source>Purchases</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="162"/>
        <source>Last customer change</source>
        <translation>客户最后修改</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="178"/>
        <source>Restore this backup…</source>
        <translation>恢复这份备份…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="185"/>
        <source>Backups of this database, newest first:</source>
        <translation>这个数据库的备份（最新的在前）：</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="212"/>
        <source>No backups yet. Choose a backup file instead.</source>
        <translation>还没有备份。请改为选择一个备份文件。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="251"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="262"/>
        <source>Restoring replaces all current data with this backup&apos;s. The current data is backed up first.</source>
        <translation>恢复会用这份备份替换当前全部数据。当前数据会先备份。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="284"/>
        <source>Replace all current data with the backup %1? The current data is backed up first, so this can be reversed.</source>
        <translation>用备份 %1 替换当前全部数据？当前数据会先备份，因此可以撤回。</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../ui/surveys/results_view.py" line="72"/>
        <source>Question / answer</source>
        <translation>问题 / 回答</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/results_view.py" line="72"/>
        <source>Count</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/results_view.py" line="73"/>
        <source>Percent</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/results_view.py" line="95"/>
        <source>This survey asks no questions of its own.</source>
        <translation>此问卷没有自定义问题。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/results_view.py" line="99"/>
        <source>%1 responses</source>
        <translation>%1 份答卷</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/results_view.py" line="105"/>
        <source>%1. %2 (%3, %4 answered)</source>
        <translation>%1. %2（%3，%4 人作答）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/results_view.py" line="114"/>
        <source>Average</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/results_view.py" line="120"/>
        <source>(no text yet)</source>
        <translation>（暂无文字）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/results_view.py" line="129"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/results_view.py" line="180"/>
        <source>Choose a choice or rating question</source>
        <translation>请选择一道选择题或评分题</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/results_view.py" line="191"/>
        <source>% of those who answered</source>
        <translation>占作答人数的 %</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <location filename="../../ui/automation/editor.py" line="210"/>
        <source>Edit rule</source>
        <translation>编辑规则</translation>
    </message>
    <message>
        <location filename="../../ui/automation/editor.py" line="210"/>
        <source>New rule</source>
        <translation>新建规则</translation>
    </message>
    <message>
        <location filename="../../ui/automation/editor.py" line="216"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/automation/editor.py" line="217"/>
        <source>When</source>
        <translation>当</translation>
    </message>
    <message>
        <location filename="../../ui/automation/editor.py" line="218"/>
        <source>And (all of)</source>
        <translation>并且（全部满足）</translation>
    </message>
    <message>
        <location filename="../../ui/automation/editor.py" line="220"/>
        <source>Add condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <location filename="../../ui/automation/editor.py" line="223"/>
        <source>Then</source>
        <translation>则</translation>
    </message>
    <message>
        <location filename="../../ui/automation/editor.py" line="225"/>
        <source>Add action</source>
        <translation>添加动作</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../ui/followups/rules_dialog.py" line="38"/>
        <source>Tag: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <location filename="../../ui/followups/rules_dialog.py" line="44"/>
        <source>Stage: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <location filename="../../ui/followups/rules_dialog.py" line="50"/>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
</context>
<context>
    <name>ScoresView</name>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="171"/>
        <source>Only answers from</source>
        <translation>仅统计此期间的回答：</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="172"/>
        <source>Unticked: every answer of the survey</source>
        <translation>不勾选：统计该问卷的全部回答</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="173"/>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="175"/>
        <source>An Excel workbook: every answer, the score by month and by segment</source>
        <translation>Excel 工作簿：每条回答、按月和按分群的得分</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="178"/>
        <location filename="../../ui/surveys/scores_view.py" line="315"/>
        <source>Score by month (shaded: 95% margin of error)</source>
        <translation>按月得分（阴影：95% 误差范围）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="180"/>
        <source>Score by</source>
        <translation>得分按</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="192"/>
        <source>CSAT (%)</source>
        <translation>CSAT（%）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="192"/>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="193"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="193"/>
        <source>Low effort</source>
        <translation>省力</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="194"/>
        <source>Promoters</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="198"/>
        <source>Passives</source>
        <translation>中立者</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="198"/>
        <source>Detractors</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="199"/>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="200"/>
        <source>Margin (±)</source>
        <translation>误差（±）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="202"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="264"/>
        <location filename="../../ui/surveys/scores_view.py" line="323"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="281"/>
        <source>Could not compute: %1</source>
        <translation>无法计算：%1</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="322"/>
        <source>Choose a survey</source>
        <translation>请选择一个问卷</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="333"/>
        <location filename="../../ui/surveys/scores_view.py" line="370"/>
        <source>No answers in this period</source>
        <translation>此期间没有回答</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="335"/>
        <source>%1 answers · %2 satisfied (4-5) · average %3</source>
        <translation>%1 条回答 · %2 条满意（4-5 分）· 平均 %3 分</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="338"/>
        <source>%1 answers · average effort score on 1-7</source>
        <translation>%1 条回答 · 费力度平均分（1-7）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="340"/>
        <source>%1 answers · %2 promoters, %3 passives, %4 detractors · ± the 95% margin of error</source>
        <translation>%1 条回答 · 推荐者 %2、中立者 %3、贬损者 %4 · ± 为 95% 误差范围</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="347"/>
        <source>Fewer than 30 answers: a small sample swings, read the score with care.</source>
        <translation>回答少于 30 条：样本小，得分波动大，请谨慎解读。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="364"/>
        <source>Ordinary companies 5-10</source>
        <translation>普通企业 5-10</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="365"/>
        <source>Excellent companies 50-80</source>
        <translation>优秀企业 50-80</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="380"/>
        <source>Fewer than 30 answers</source>
        <translation>回答少于 30 条</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="425"/>
        <location filename="../../ui/surveys/scores_view.py" line="445"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="426"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="440"/>
        <source>Writing the survey report…</source>
        <translation>正在写入问卷报告…</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/scores_view.py" line="446"/>
        <source>The report could not be written: %1</source>
        <translation>报告无法写入：%1</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <location filename="../../desktop/self_test.py" line="81"/>
        <source>no font with Chinese characters: install a CJK font</source>
        <translation>没有能显示中文的字体：请安装一种中文字体</translation>
    </message>
    <message>
        <location filename="../../desktop/self_test.py" line="88"/>
        <source>the new database is locked</source>
        <translation>新数据库被锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/self_test.py" line="91"/>
        <source>the main window did not open</source>
        <translation>主窗口没有打开</translation>
    </message>
    <message>
        <location filename="../../desktop/self_test.py" line="102"/>
        <source>the window title is not in Chinese: the translation did not load</source>
        <translation>窗口标题不是中文：翻译没有加载</translation>
    </message>
    <message>
        <location filename="../../desktop/self_test.py" line="108"/>
        <source>the window title does not show the version %1</source>
        <translation>窗口标题没有显示版本号 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/self_test.py" line="116"/>
        <source>cannot write the screenshot %1</source>
        <translation>无法写入截图 %1</translation>
    </message>
</context>
<context>
    <name>SellCountCardDialog</name>
    <message>
        <location filename="../../ui/membership/cards_dialogs.py" line="114"/>
        <source>Sell a count card: %1</source>
        <translation>售计次卡：%1</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_dialogs.py" line="115"/>
        <source>Sell a count card</source>
        <translation>售计次卡</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_dialogs.py" line="116"/>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_dialogs.py" line="116"/>
        <source>Visits</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_dialogs.py" line="117"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_dialogs.py" line="117"/>
        <source>Paid</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_dialogs.py" line="118"/>
        <source>Last day</source>
        <translation>最后使用日</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_dialogs.py" line="120"/>
        <source>e.g. 洗剪吹</source>
        <translation>例如 洗剪吹</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_dialogs.py" line="121"/>
        <source>Yuan, e.g. 299</source>
        <translation>元，例如 299</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_dialogs.py" line="122"/>
        <source>In cash or by other means</source>
        <translation>现金或其他方式</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_dialogs.py" line="123"/>
        <source>From stored value</source>
        <translation>储值支付</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_dialogs.py" line="124"/>
        <source>Expires</source>
        <translation>设到期日</translation>
    </message>
</context>
<context>
    <name>SellPaidDialog</name>
    <message>
        <location filename="../../ui/membership/cards_paid.py" line="94"/>
        <source>Sell paid membership</source>
        <translation>开通付费会员</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../ui/sidebar.py" line="122"/>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="132"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="136"/>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="138"/>
        <source>Purchases</source>
        <translation>消费记录</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="140"/>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="142"/>
        <source>Communities</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="144"/>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="146"/>
        <source>Surveys</source>
        <translation>客户之声</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="148"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="150"/>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="152"/>
        <source>Automation</source>
        <translation>自动化</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="154"/>
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="160"/>
        <source>Saved view: a search and tag filter</source>
        <translation>客户分群：保存的搜索和标签筛选</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="191"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="199"/>
        <source>Open complaints; ⚑ escalated (urgent or past a deadline)</source>
        <translation>未结投诉；⚑ 已升级（紧急或已超时）</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="281"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="283"/>
        <source>Update to the current search and tags</source>
        <translation>更新为当前的搜索和标签</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="287"/>
        <source>Delete view</source>
        <translation>删除分群</translation>
    </message>
</context>
<context>
    <name>SignupDialog</name>
    <message>
        <location filename="../../ui/events/dialogs.py" line="134"/>
        <source>Sign up customers</source>
        <translation>客户报名</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="141"/>
        <source>Search by name, mobile or pinyin</source>
        <translation>按姓名、手机号或拼音搜索</translation>
    </message>
</context>
<context>
    <name>SlaSettingsDialog</name>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="307"/>
        <source>Complaint settings</source>
        <translation>投诉设置</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="314"/>
        <source>First response within (hours)</source>
        <translation>首次响应时限（小时）</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="320"/>
        <source>Resolve %1 complaints within (hours)</source>
        <translation>“%1”投诉解决时限（小时）</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="323"/>
        <source>Count only business hours</source>
        <translation>只计营业时间</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="338"/>
        <source>Business hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="339"/>
        <source>Lunch break</source>
        <translation>午休</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="357"/>
        <source>Mon</source>
        <translation>一</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="357"/>
        <source>Tue</source>
        <translation>二</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="357"/>
        <source>Wed</source>
        <translation>三</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="357"/>
        <source>Thu</source>
        <translation>四</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="358"/>
        <source>Fri</source>
        <translation>五</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="358"/>
        <source>Sat</source>
        <translation>六</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="358"/>
        <source>Sun</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="365"/>
        <source>Holidays…</source>
        <translation>节假日…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="369"/>
        <source>Public holidays (法定节假日) are closed and make-up working days (调休) open, whatever the weekday.</source>
        <translation>法定节假日不计时，调休上班日照常计时，无论星期几。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="375"/>
        <source>Open on</source>
        <translation>营业日</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="383"/>
        <source>Return visit, days after resolving</source>
        <translation>解决后几天回访</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="386"/>
        <source>Customers with any of these tags come first.</source>
        <translation>带有这些标签中任一个的客户优先处理。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="387"/>
        <source>High-value customer tags</source>
        <translation>高价值客户标签</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="398"/>
        <source>… or RFM segments</source>
        <translation>……或 RFM 分群</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="400"/>
        <source>Customers in these segments (as last computed) come first too.</source>
        <translation>属于这些分群（按最近一次计算）的客户也优先处理。</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="409"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="410"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="411"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="421"/>
        <source>Categories</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="457"/>
        <source>Add category</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="457"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="466"/>
        <source>Add complaint category</source>
        <translation>添加投诉类别</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="481"/>
        <source>Rename category</source>
        <translation>重命名类别</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="481"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="492"/>
        <source>Rename complaint category</source>
        <translation>重命名投诉类别</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="507"/>
        <source>Remove complaint category</source>
        <translation>删除投诉类别</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/app.py" line="130"/>
        <source>Guanjia is already open</source>
        <translation>客户管家已经打开</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="131"/>
        <source>This database is already open in Guanjia (computer %1, process %2):
%3

Close it there first: two windows writing one database would confuse each other&apos;s work.</source>
        <translation>这个数据库已在客户管家中打开（电脑 %1，进程 %2）：
%3

请先在那里关闭它：两个窗口同时写同一个数据库会互相打乱。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="162"/>
        <source>no display: set DISPLAY, or use the CLI: guanjia --help</source>
        <translation>没有显示器：请设置 DISPLAY，或使用命令行：guanjia --help</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="179"/>
        <source>Create a new database?</source>
        <translation>新建数据库？</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="180"/>
        <source>There is no Guanjia database at
%1

Create a new, empty database there? If you meant an existing one, choose No and check the path.</source>
        <translation>这里没有客户管家数据库：
%1

要在这里新建一个空数据库吗？如果您要打开的是已有的数据库，请选“否”并检查路径。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="235"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="236"/>
        <source>Guanjia cannot open its database:</source>
        <translation>客户管家无法打开数据库：</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <location filename="../../ui/membership/statements.py" line="39"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/membership/statements.py" line="40"/>
        <source>Movement</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../ui/membership/statements.py" line="41"/>
        <source>Card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <location filename="../../ui/membership/statements.py" line="42"/>
        <location filename="../../ui/membership/statements.py" line="87"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../ui/membership/statements.py" line="43"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../ui/membership/statements.py" line="44"/>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../ui/membership/statements.py" line="45"/>
        <source>Receipt</source>
        <translation>小票号</translation>
    </message>
    <message>
        <location filename="../../ui/membership/statements.py" line="46"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/membership/statements.py" line="47"/>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <location filename="../../ui/membership/statements.py" line="48"/>
        <source>Bonus</source>
        <translation>赠送</translation>
    </message>
    <message>
        <location filename="../../ui/membership/statements.py" line="49"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/membership/statements.py" line="86"/>
        <source>Stored value</source>
        <translation>储值</translation>
    </message>
    <message>
        <location filename="../../ui/membership/statements.py" line="88"/>
        <source>Member statement</source>
        <translation>会员对账单</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../ui/membership/statements.py" line="129"/>
        <source>Statement: %1</source>
        <translation>对账单：%1</translation>
    </message>
    <message>
        <location filename="../../ui/membership/statements.py" line="132"/>
        <source>Stored value</source>
        <translation>储值</translation>
    </message>
    <message>
        <location filename="../../ui/membership/statements.py" line="133"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../ui/membership/statements.py" line="145"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../ui/membership/statements.py" line="145"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../ui/membership/statements.py" line="157"/>
        <source>Print to PDF…</source>
        <translation>打印为 PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/membership/statements.py" line="161"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/membership/statements.py" line="203"/>
        <source>Opening %1 · %2 movements · closing %3 (principal %4, bonus %5)</source>
        <translation>期初 %1 · %2 笔变动 · 期末 %3（本金 %4，赠送 %5）</translation>
    </message>
    <message>
        <location filename="../../ui/membership/statements.py" line="209"/>
        <source>Opening %1 · %2 movements · closing %3 points</source>
        <translation>期初 %1 · %2 笔变动 · 期末 %3 积分</translation>
    </message>
    <message>
        <location filename="../../ui/membership/statements.py" line="218"/>
        <location filename="../../ui/membership/statements.py" line="243"/>
        <source>Statement</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location filename="../../ui/membership/statements.py" line="223"/>
        <source>Print the statement to PDF</source>
        <translation>将对账单打印为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/membership/statements.py" line="224"/>
        <location filename="../../ui/membership/statements.py" line="228"/>
        <location filename="../../ui/membership/statements.py" line="238"/>
        <source>Statement %1</source>
        <translation>对账单 %1</translation>
    </message>
    <message>
        <location filename="../../ui/membership/statements.py" line="237"/>
        <source>Export the statement</source>
        <translation>导出对账单</translation>
    </message>
</context>
<context>
    <name>StayInTouchDialog</name>
    <message>
        <location filename="../../ui/followups/rules_dialog.py" line="57"/>
        <source>Stay in touch</source>
        <translation>定期联系</translation>
    </message>
    <message>
        <location filename="../../ui/followups/rules_dialog.py" line="63"/>
        <source>Customers under a rule appear in Today&apos;s list once they have not been contacted for its number of days. Any logged contact restarts the clock.</source>
        <translation>规则内的客户超过设定天数未联系，就会出现在“今天”列表中。记录任何一次联系都会重新计时。</translation>
    </message>
    <message>
        <location filename="../../ui/followups/rules_dialog.py" line="71"/>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../ui/followups/rules_dialog.py" line="71"/>
        <source>Contact every</source>
        <translation>联系间隔</translation>
    </message>
    <message>
        <location filename="../../ui/followups/rules_dialog.py" line="79"/>
        <source>Remove rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <location filename="../../ui/followups/rules_dialog.py" line="86"/>
        <source>Customers with the tag</source>
        <translation>带此标签的客户</translation>
    </message>
    <message>
        <location filename="../../ui/followups/rules_dialog.py" line="87"/>
        <source>Customers in the stage</source>
        <translation>处于此阶段的客户</translation>
    </message>
    <message>
        <location filename="../../ui/followups/rules_dialog.py" line="88"/>
        <source>One customer</source>
        <translation>单个客户</translation>
    </message>
    <message>
        <location filename="../../ui/followups/rules_dialog.py" line="112"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ui/followups/rules_dialog.py" line="113"/>
        <source>Add or change rule</source>
        <translation>添加或修改规则</translation>
    </message>
    <message>
        <location filename="../../ui/followups/rules_dialog.py" line="135"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../ui/followups/rules_dialog.py" line="154"/>
        <source>Choose who the rule is for.</source>
        <translation>请选择规则适用的对象。</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="232"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="238"/>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="243"/>
        <source>Resolve by</source>
        <translation>解决期限</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="248"/>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="252"/>
        <source>Solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="258"/>
        <source>Return visit on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="262"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="264"/>
        <source>5 — very satisfied</source>
        <translation>5 — 非常满意</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="264"/>
        <source>4 — satisfied</source>
        <translation>4 — 满意</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="265"/>
        <source>3 — neutral</source>
        <translation>3 — 一般</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="265"/>
        <source>2 — dissatisfied</source>
        <translation>2 — 不满意</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="266"/>
        <source>1 — very dissatisfied</source>
        <translation>1 — 非常不满意</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="269"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="273"/>
        <location filename="../../ui/complaints/page.py" line="544"/>
        <source>Customer&apos;s comment</source>
        <translation>客户评价</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="278"/>
        <source>Why is it reopened? (required)</source>
        <translation>为什么重新打开？（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/complaints/dialogs.py" line="279"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>SurveyCard</name>
    <message>
        <location filename="../../ui/dashboard/survey_card.py" line="28"/>
        <source>No survey answers in the last %1 days</source>
        <translation>近 %1 天没有问卷回答</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/survey_card.py" line="40"/>
        <source>Last %1 days · %2 answers</source>
        <translation>近 %1 天 · %2 条回答</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/survey_card.py" line="50"/>
        <source>%1: %2 from %3 answers; the %4 days before: %5</source>
        <translation>%1：%2（%3 条回答）；之前 %4 天：%5</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/survey_card.py" line="61"/>
        <source>Click for the surveys.</source>
        <translation>点击查看问卷。</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../ui/surveys/dialogs.py" line="45"/>
        <source>Edit survey</source>
        <translation>编辑调查</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/dialogs.py" line="45"/>
        <source>New survey</source>
        <translation>新建调查</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/dialogs.py" line="52"/>
        <source>Custom (questions)</source>
        <translation>自定义（问题）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/dialogs.py" line="64"/>
        <source>e.g. customers who visited in the last 3 months</source>
        <translation>例如：近三个月到店的客户</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/dialogs.py" line="80"/>
        <source>Passives get a follow-up too</source>
        <translation>中立者也安排跟进</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/dialogs.py" line="82"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/dialogs.py" line="83"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/dialogs.py" line="84"/>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/dialogs.py" line="85"/>
        <source>Target group</source>
        <translation>目标人群</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/dialogs.py" line="86"/>
        <source>List to send it to</source>
        <translation>发送名单</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/dialogs.py" line="97"/>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/dialogs.py" line="118"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/dialogs.py" line="118"/>
        <source>Saved view</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/dialogs.py" line="119"/>
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/dialogs.py" line="119"/>
        <source>Bought between</source>
        <translation>购买日期</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/dialogs.py" line="120"/>
        <source>Return visit between</source>
        <translation>回访日期</translation>
    </message>
</context>
<context>
    <name>SurveyEntry</name>
    <message>
        <location filename="../../ui/surveys/entry_form.py" line="39"/>
        <location filename="../../ui/surveys/entry_form.py" line="97"/>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/entry_form.py" line="45"/>
        <source>Now (or 2026-12-01 09:30)</source>
        <translation>现在（或 2026-12-01 09:30）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/entry_form.py" line="55"/>
        <source>Save (Enter)</source>
        <translation>保存（回车）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/entry_form.py" line="59"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/entry_form.py" line="69"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/entry_form.py" line="72"/>
        <source>Answered at</source>
        <translation>回答时间</translation>
    </message>
</context>
<context>
    <name>SurveyQuestions</name>
    <message>
        <location filename="../../ui/surveys/question_messages.py" line="15"/>
        <source>Question %1: “%2” is not one of its options (%3).</source>
        <translation>第 %1 题：“%2”不是它的选项（%3）。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_messages.py" line="18"/>
        <source>Question %1: the rating must be a whole number from %2 to %3.</source>
        <translation>第 %1 题：评分必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_messages.py" line="21"/>
        <source>Question %1: the answer is longer than %2 characters.</source>
        <translation>第 %1 题：回答超过 %2 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_messages.py" line="24"/>
        <source>The survey has no question %1 (1 to %2).</source>
        <translation>问卷没有第 %1 题（只有 1 到 %2 题）。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_messages.py" line="27"/>
        <source>The response answers no question: nothing was written.</source>
        <translation>这份回答没有回答任何题目：未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_messages.py" line="37"/>
        <source>Question %1 has no text.</source>
        <translation>第 %1 题没有题目内容。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_messages.py" line="38"/>
        <source>Question %1 is longer than %2 characters.</source>
        <translation>第 %1 题超过 %2 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_messages.py" line="40"/>
        <source>Question %1: “%2” is not a kind of question: use single, multiple, rating or text.</source>
        <translation>第 %1 题：“%2”不是题型：请用 single（单选）、multiple（多选）、rating（评分）或 text（填空）。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_messages.py" line="42"/>
        <source>Question %1: a choice needs 2 to %2 options, separated by ; (A;B;C).</source>
        <translation>第 %1 题：选择题需要 2 到 %2 个选项，用 ; 分隔（A;B;C）。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_messages.py" line="44"/>
        <source>Question %1: the option “%2” is longer than %3 characters.</source>
        <translation>第 %1 题：选项“%2”超过 %3 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_messages.py" line="46"/>
        <source>Question %1 gives an option twice.</source>
        <translation>第 %1 题有重复的选项。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_messages.py" line="47"/>
        <source>Question %1: “%2” is not a scale: write it like 1-5 or 0-10.</source>
        <translation>第 %1 题：“%2”不是评分范围：请写成 1-5 或 0-10 这样。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_messages.py" line="49"/>
        <source>Question %1 is asked twice.</source>
        <translation>第 %1 题与前面的题目重复。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_messages.py" line="50"/>
        <source>A survey has at most %1 questions.</source>
        <translation>一份问卷最多 %1 道题。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_messages.py" line="51"/>
        <source>Give the survey&apos;s questions (--question).</source>
        <translation>请给出问卷的题目（--question）。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_messages.py" line="52"/>
        <source>Questions are for a survey of type custom.</source>
        <translation>只有自定义（custom）类型的问卷才能设置题目。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_messages.py" line="53"/>
        <source>This survey has no questions: answer it with a score.</source>
        <translation>这份问卷没有题目：请用评分回答。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_messages.py" line="54"/>
        <source>This survey asks questions: answer them with --answer N=VALUE.</source>
        <translation>这份问卷有题目：请用 --answer 题号=答案 回答。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_messages.py" line="56"/>
        <source>Give the score (--score N).</source>
        <translation>请给出评分（--score N）。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_messages.py" line="57"/>
        <source>“%1” is not N=VALUE.</source>
        <translation>“%1”不是“题号=答案”的格式。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_messages.py" line="58"/>
        <source>This survey asks its own questions: import its answers with guanjia surveys import ID FILE (the file&apos;s columns must be its questions).</source>
        <translation>这份问卷有自己的题目：请用 guanjia surveys import ID FILE 导入它的回答（文件的列必须是它的题目）。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_messages.py" line="61"/>
        <source>This response no longer exists.</source>
        <translation>这份回答已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_messages.py" line="62"/>
        <source>The file&apos;s columns are not the survey&apos;s questions: missing %1; extra %2. Nothing was imported.</source>
        <translation>文件的列与问卷的题目不符：缺少 %1；多出 %2。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_messages.py" line="64"/>
        <location filename="../../ui/surveys/question_messages.py" line="65"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/question_messages.py" line="66"/>
        <source>Row %1 of the file: %2 Nothing was imported.</source>
        <translation>文件第 %1 行：%2未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/questions.py" line="14"/>
        <source>1. How satisfied are you with us? (1-5: 1 very dissatisfied, 5 very satisfied)</source>
        <translation>1. 您对我们的满意程度如何？（1-5 分：1 非常不满意，5 非常满意）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/questions.py" line="18"/>
        <source>1. How easy was it to get what you needed from us? (1-7: 1 very difficult, 7 very easy)</source>
        <translation>1. 在我们这里办成您要办的事有多容易？（1-7 分：1 非常困难，7 非常容易）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/questions.py" line="21"/>
        <source>1. How likely are you to recommend us to a friend or colleague? (0-10: 0 not at all likely, 10 extremely likely)</source>
        <translation>1. 您有多大可能把我们推荐给朋友或同事？（0-10 分：0 完全不可能，10 非常可能）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/questions.py" line="31"/>
        <source>Period: %1</source>
        <translation>调查时间：%1</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/questions.py" line="33"/>
        <source>2. What is the main reason for your score?</source>
        <translation>2. 您打出这个分数的主要原因是什么？</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/questions.py" line="35"/>
        <source>3. Your name or mobile (so that we can follow up):</source>
        <translation>3. 您的姓名或手机号（方便我们回访）：</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/questions.py" line="37"/>
        <source>Thank you!</source>
        <translation>谢谢您！</translation>
    </message>
</context>
<context>
    <name>SurveyScores</name>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="41"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="49"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="50"/>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="51"/>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="55"/>
        <source>Low effort</source>
        <translation>省力</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="56"/>
        <source>Medium effort</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="57"/>
        <source>High effort</source>
        <translation>费力</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="61"/>
        <source>Promoter</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="62"/>
        <source>Passive</source>
        <translation>中立者</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="63"/>
        <source>Detractor</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="84"/>
        <source>Survey %1</source>
        <translation>问卷 %1</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="92"/>
        <source>RFM segment</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="93"/>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="94"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="95"/>
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="96"/>
        <source>Member level</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="97"/>
        <source>Source channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="98"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="105"/>
        <location filename="../../ui/surveys/score_labels.py" line="133"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="118"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="119"/>
        <source>Every answer</source>
        <translation>答卷明细</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="120"/>
        <source>Survey</source>
        <translation>问卷</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="121"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="122"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="123"/>
        <source>All answers</source>
        <translation>全部回答</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="124"/>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="125"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="126"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="127"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="128"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="129"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="130"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="131"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="132"/>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="134"/>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="135"/>
        <source>Promoters</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="136"/>
        <source>Passives</source>
        <translation>中立者</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="137"/>
        <source>Detractors</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="139"/>
        <source>Margin (±)</source>
        <translation>误差（±）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="140"/>
        <source>Satisfied (4-5)</source>
        <translation>满意（4-5 分）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="141"/>
        <source>CSAT (%)</source>
        <translation>CSAT（%）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="142"/>
        <source>Average</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="143"/>
        <source>CES (average)</source>
        <translation>CES（平均分）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="144"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="145"/>
        <source>fewer than 30 answers</source>
        <translation>回答少于 30 条</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="146"/>
        <source>Typed in</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/score_labels.py" line="147"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>SurveyThemes</name>
    <message>
        <location filename="../../ui/surveys/theme_messages.py" line="16"/>
        <source>Enter the theme&apos;s name (价格, 服务...).</source>
        <translation>请输入主题名称（价格、服务……）。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/theme_messages.py" line="18"/>
        <source>This survey has a theme named %1 already.</source>
        <translation>这份问卷已有名为 %1 的主题。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/theme_messages.py" line="20"/>
        <source>Enter the theme&apos;s terms, separated by commas (价格,贵,便宜).</source>
        <translation>请输入主题的词语，用逗号分隔（价格,贵,便宜）。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/theme_messages.py" line="22"/>
        <source>A theme has at most %1 terms.</source>
        <translation>一个主题最多 %1 个词语。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/theme_messages.py" line="24"/>
        <source>The term “%1” is longer than %2 characters.</source>
        <translation>词语“%1”超过 %2 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/theme_messages.py" line="26"/>
        <source>This survey has no theme “%1”.</source>
        <translation>这份问卷没有主题“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/theme_messages.py" line="28"/>
        <source>“%1” is not a category: use promoters, passives or detractors.</source>
        <translation>“%1”不是类别：请用 promoters（推荐者）、passives（中立者）或 detractors（贬损者）。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/theme_messages.py" line="31"/>
        <source>“%1” is not a valid number here: use a whole number from %2 to %3.</source>
        <translation>“%1”在这里不是有效的数字：请用 %2 到 %3 之间的整数。</translation>
    </message>
</context>
<context>
    <name>Surveys</name>
    <message>
        <location filename="../../ui/surveys/messages.py" line="14"/>
        <source>Enter the survey&apos;s name.</source>
        <translation>请输入问卷名称。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/messages.py" line="15"/>
        <source>There is a survey named %1 already.</source>
        <translation>已有名为 %1 的问卷。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/messages.py" line="17"/>
        <source>“%1” is not a survey type: use nps, csat, ces or custom.</source>
        <translation>“%1”不是问卷类型：请用 nps、csat、ces 或 custom。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/messages.py" line="19"/>
        <source>The period ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/messages.py" line="21"/>
        <source>“%1” is not a date: write it like 2026-12-01.</source>
        <translation>“%1”不是日期：请写成 2026-12-01 的样子。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/messages.py" line="23"/>
        <source>There is no such survey.</source>
        <translation>没有这个问卷。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/messages.py" line="24"/>
        <source>The score must be a whole number from %1 to %2.</source>
        <translation>分数必须是 %1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/messages.py" line="27"/>
        <source>“%1” is not a time: write it like 2026-12-01 09:30.</source>
        <translation>“%1”不是时间：请写成 2026-12-01 09:30 的样子。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/messages.py" line="29"/>
        <source>This customer already answered this survey at %1: nothing was written.</source>
        <translation>该客户已在 %1 回答过这个问卷：未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/messages.py" line="32"/>
        <source>This answer no longer exists.</source>
        <translation>这条回答已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/messages.py" line="34"/>
        <source>“%1” is not a grouping for scores.</source>
        <translation>“%1”不是可用的分组方式。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/messages.py" line="36"/>
        <source>The survey has answers: its type can no longer change.</source>
        <translation>该调查已有回答：类型不能再改。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/messages.py" line="38"/>
        <source>The survey has answers: archive it instead of deleting it.</source>
        <translation>该调查已有回答：请归档，不要删除。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/messages.py" line="40"/>
        <source>“%1” is not a target group.</source>
        <translation>“%1”不是目标人群。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/messages.py" line="42"/>
        <source>Choose the target group&apos;s tag, saved view or community.</source>
        <translation>请选择目标人群的标签、客户分群或社群。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/messages.py" line="44"/>
        <source>An anonymous answer has no customer to file a complaint for.</source>
        <translation>匿名回答没有客户，无法登记投诉。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/messages.py" line="46"/>
        <source>Only a detractor&apos;s answer is turned into a complaint.</source>
        <translation>只有贬损者的回答才能转为投诉。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/messages.py" line="48"/>
        <source>This answer is complaint #%1 already.</source>
        <translation>该回答已转为投诉 #%1。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/messages.py" line="50"/>
        <source>Find the customer first (or tick Anonymous).</source>
        <translation>请先找到客户（或勾选“匿名”）。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/undo.py" line="37"/>
        <source>Turn answer into complaint</source>
        <translation>回答转为投诉</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/undo.py" line="48"/>
        <source>Record answer</source>
        <translation>录入回答</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/undo.py" line="49"/>
        <source>Take back answer</source>
        <translation>撤回回答</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/words.py" line="15"/>
        <source>NPS (0-10)</source>
        <translation>NPS 净推荐值（0-10）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/words.py" line="16"/>
        <source>Satisfaction CSAT (1-5)</source>
        <translation>满意度 CSAT（1-5）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/words.py" line="17"/>
        <source>Effort CES (1-7)</source>
        <translation>费力度 CES（1-7）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/words.py" line="18"/>
        <source>Custom rating (0-10)</source>
        <translation>自定义评分（0-10）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/words.py" line="24"/>
        <source>No list</source>
        <translation>无名单</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/words.py" line="25"/>
        <source>Customers with a tag</source>
        <translation>带某标签的客户</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/words.py" line="26"/>
        <source>A saved view</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/words.py" line="27"/>
        <source>Members of a community</source>
        <translation>社群成员</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/words.py" line="28"/>
        <source>Buyers of a period</source>
        <translation>某时段的购买客户</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/words.py" line="29"/>
        <source>Complainants after their return visit</source>
        <translation>已回访的投诉客户</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/words.py" line="36"/>
        <source>Promoter</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/words.py" line="37"/>
        <source>Passive</source>
        <translation>中立者</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/words.py" line="38"/>
        <source>Detractor</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/words.py" line="44"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/words.py" line="45"/>
        <source>Typed in</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/words.py" line="57"/>
        <source>from %1</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/words.py" line="58"/>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/words.py" line="69"/>
        <source>CSAT %1% (%2)</source>
        <translation>CSAT %1%（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/words.py" line="72"/>
        <source>CES %1 (%2)</source>
        <translation>CES %1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/words.py" line="74"/>
        <source>NPS %1 ±%2 (%3)</source>
        <translation>NPS %1 ±%2（%3）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/response_undo.py" line="17"/>
        <source>Record response</source>
        <translation>录入答卷</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <location filename="../../ui/surveys/page.py" line="148"/>
        <location filename="../../ui/surveys/page.py" line="164"/>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/page.py" line="148"/>
        <source>Targets</source>
        <translation>发送名单</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/page.py" line="149"/>
        <source>Scores</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/page.py" line="150"/>
        <source>What people say</source>
        <translation>顾客怎么说</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/page.py" line="151"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/page.py" line="156"/>
        <location filename="../../ui/surveys/page.py" line="278"/>
        <source>Surveys</source>
        <translation>客户之声</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/page.py" line="157"/>
        <source>New survey…</source>
        <translation>新建调查…</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/page.py" line="158"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/page.py" line="159"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/page.py" line="160"/>
        <source>Only a survey without answers (archive the others)</source>
        <translation>只能删除没有回答的调查（其他的请归档）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/page.py" line="161"/>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/page.py" line="163"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/page.py" line="163"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/page.py" line="163"/>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/page.py" line="163"/>
        <source>Target group</source>
        <translation>目标人群</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/page.py" line="164"/>
        <source>Score (answers)</source>
        <translation>得分（回答数）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/page.py" line="166"/>
        <source>NPS with its 95% margin of error, CSAT (% answering 4-5) or CES (the average)</source>
        <translation>NPS 及其 95% 误差范围、CSAT（打 4-5 分的比例）或 CES（平均分）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/page.py" line="198"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/page.py" line="217"/>
        <source> (archived)</source>
        <translation>（已归档）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/page.py" line="220"/>
        <source>Custom (questions)</source>
        <translation>自定义（问题）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/page.py" line="243"/>
        <source>No survey yet: New survey… makes one (NPS, CSAT or CES).</source>
        <translation>还没有调查：点“新建调查…”建一个（NPS、CSAT 或 CES）。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/page.py" line="257"/>
        <source>Unarchive</source>
        <translation>取消归档</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/page.py" line="258"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/page.py" line="287"/>
        <source>Add survey</source>
        <translation>新建调查</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/page.py" line="305"/>
        <source>Edit survey</source>
        <translation>编辑调查</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/page.py" line="322"/>
        <source>Unarchive survey</source>
        <translation>取消归档调查</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/page.py" line="322"/>
        <source>Archive survey</source>
        <translation>归档调查</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/page.py" line="335"/>
        <source>Delete survey</source>
        <translation>删除调查</translation>
    </message>
</context>
<context>
    <name>TagBrowser</name>
    <message>
        <location filename="../../ui/tags/browser.py" line="98"/>
        <source>Find a tag (pinyin too)</source>
        <translation>查找标签（支持拼音）</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="99"/>
        <source>New tag or group</source>
        <translation>新建标签或分组</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="101"/>
        <location filename="../../ui/tags/browser.py" line="183"/>
        <source>New tag…</source>
        <translation>新建标签…</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="102"/>
        <location filename="../../ui/tags/browser.py" line="184"/>
        <source>New group…</source>
        <translation>新建分组…</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="103"/>
        <source>Counts in this list</source>
        <translation>计数：当前列表</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="104"/>
        <source>Counts in all customers</source>
        <translation>计数：全部客户</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="106"/>
        <source>Count customers in the list as filtered now, or in the whole database</source>
        <translation>按当前筛选后的列表计数，或按全部客户计数</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="149"/>
        <source>Only customers with this tag</source>
        <translation>只看带此标签的客户</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="150"/>
        <source>Leave out customers with this tag</source>
        <translation>排除带此标签的客户</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="151"/>
        <source>Do not filter by this tag</source>
        <translation>不按此标签筛选</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="158"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="159"/>
        <location filename="../../ui/tags/browser.py" line="175"/>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="160"/>
        <source>Move to group</source>
        <translation>移到分组</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="167"/>
        <source>Merge into another tag…</source>
        <translation>合并到另一个标签…</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="169"/>
        <source>Delete tag…</source>
        <translation>删除标签…</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="172"/>
        <source>New tag in this group…</source>
        <translation>在此分组新建标签…</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="174"/>
        <source>Rename group…</source>
        <translation>重命名分组…</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="165"/>
        <location filename="../../ui/tags/browser.py" line="176"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="166"/>
        <location filename="../../ui/tags/browser.py" line="177"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="179"/>
        <source>Delete group…</source>
        <translation>删除分组…</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="201"/>
        <location filename="../../ui/tags/browser.py" line="228"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="236"/>
        <source>Choose a colour</source>
        <translation>选择颜色</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="242"/>
        <source>New tag</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="242"/>
        <source>Tag name:</source>
        <translation>标签名称：</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="249"/>
        <source>New group</source>
        <translation>新建分组</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="249"/>
        <source>Group name:</source>
        <translation>分组名称：</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="257"/>
        <source>Rename tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="257"/>
        <location filename="../../ui/tags/browser.py" line="265"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="265"/>
        <source>Rename group</source>
        <translation>重命名分组</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="301"/>
        <source>Merge tags</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="302"/>
        <source>Merge “%1” into:</source>
        <translation>把“%1”合并到：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tags/browser.py" line="313"/>
        <source>Merge “%1” into “%2”? The %n customer(s) with “%1” will have “%2”, and “%1” will be gone.</source>
        <translation>
            <numerusform>把“%1”合并到“%2”？带“%1”的 %n 位客户将改为带“%2”，“%1”将被删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tags/browser.py" line="336"/>
        <source>%n customer(s) have the tag “%1”. Delete the tag and take it off them?</source>
        <translation>
            <numerusform>有 %n 位客户带标签“%1”。删除此标签并从这些客户身上移除吗？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="341"/>
        <source>No customer has the tag “%1”. Delete it?</source>
        <translation>没有客户带标签“%1”。删除它吗？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tags/browser.py" line="354"/>
        <source>Delete the group “%1”? Its %n tag(s) move to “其他”.</source>
        <translation>
            <numerusform>删除分组“%1”？其中的 %n 个标签将移到“其他”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../ui/tags/tag_editor.py" line="141"/>
        <source>Type a tag (pinyin works), Enter to add</source>
        <translation>输入标签（支持拼音），回车添加</translation>
    </message>
    <message>
        <location filename="../../ui/tags/tag_editor.py" line="143"/>
        <source>Type a tag (pinyin works)</source>
        <translation>输入标签（支持拼音）</translation>
    </message>
    <message>
        <location filename="../../ui/tags/tag_editor.py" line="160"/>
        <source>There is no tag named “%1”.</source>
        <translation>没有名为“%1”的标签。</translation>
    </message>
    <message>
        <location filename="../../ui/tags/tag_editor.py" line="228"/>
        <source>Remove this tag</source>
        <translation>移除此标签</translation>
    </message>
</context>
<context>
    <name>TagTreeModel</name>
    <message>
        <location filename="../../ui/tags/tree_model.py" line="204"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/tags/tree_model.py" line="206"/>
        <source>Count</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location filename="../../ui/tags/tree_model.py" line="208"/>
        <source>Customers with the tag</source>
        <translation>带此标签的客户数</translation>
    </message>
</context>
<context>
    <name>TargetsView</name>
    <message>
        <location filename="../../ui/surveys/targets_view.py" line="84"/>
        <source>Full mobiles</source>
        <translation>完整手机号</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/targets_view.py" line="85"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/targets_view.py" line="86"/>
        <source>The list to Excel, to send the survey by hand</source>
        <translation>把名单导出到 Excel，手工发送调查</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/targets_view.py" line="87"/>
        <source>Copy questions</source>
        <translation>复制问题</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/targets_view.py" line="88"/>
        <source>Print questions…</source>
        <translation>打印问题…</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/targets_view.py" line="89"/>
        <location filename="../../ui/surveys/targets_view.py" line="168"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/targets_view.py" line="89"/>
        <location filename="../../ui/surveys/targets_view.py" line="168"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/targets_view.py" line="112"/>
        <source>Mobiles are masked for this business (Password and privacy): never in full</source>
        <translation>本店设置了手机号打码（密码与隐私）：不显示完整号码</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/targets_view.py" line="130"/>
        <source>No customers to send it to: give the survey a list (Edit).</source>
        <translation>没有要发送的客户：请为调查设置发送名单（编辑）。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/targets_view.py" line="133"/>
        <source>%1 customers to send it to</source>
        <translation>要发送的客户 %1 位</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/targets_view.py" line="164"/>
        <source>Export the target list</source>
        <translation>导出发送名单</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/targets_view.py" line="165"/>
        <source>%1 list.xlsx</source>
        <translation>%1 名单.xlsx</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/targets_view.py" line="169"/>
        <source>Target list</source>
        <translation>发送名单</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/targets_view.py" line="172"/>
        <source>Exporting the list…</source>
        <translation>正在导出名单…</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/targets_view.py" line="177"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="58"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../ui/team/team_messages.py" line="14"/>
        <source>“%1” is not on the staff list: add them in Settings &gt; Team… first.</source>
        <translation>“%1”不在团队名单中：请先在 设置 &gt; 团队… 中添加。</translation>
    </message>
    <message>
        <location filename="../../ui/team/team_messages.py" line="16"/>
        <source>“%1” is no longer active: choose an active staff member.</source>
        <translation>“%1”已停用：请选择一位在职员工。</translation>
    </message>
    <message>
        <location filename="../../ui/team/team_messages.py" line="18"/>
        <source>“%1” is already on the staff list.</source>
        <translation>“%1”已在团队名单中。</translation>
    </message>
    <message>
        <location filename="../../ui/team/team_messages.py" line="20"/>
        <source>There is no staff member “%1”.</source>
        <translation>没有名为“%1”的员工。</translation>
    </message>
    <message>
        <location filename="../../ui/team/team_messages.py" line="22"/>
        <source>Only leads (stage 潜在客户) can be assigned or put back in the pool.</source>
        <translation>只有线索（阶段为潜在客户）才能分配或放回公海。</translation>
    </message>
    <message>
        <location filename="../../ui/team/team_messages.py" line="24"/>
        <source>Leads have no grades yet: lead scoring is not installed.</source>
        <translation>线索还没有等级：尚未启用线索评分。</translation>
    </message>
    <message>
        <location filename="../../ui/team/team_messages.py" line="26"/>
        <source>The pool&apos;s leads have no owner: show the pool or one person&apos;s leads.</source>
        <translation>公海线索没有负责人：请显示公海或某一位员工的线索。</translation>
    </message>
    <message>
        <location filename="../../ui/team/team_messages.py" line="28"/>
        <source>A rule named “%1” exists already.</source>
        <translation>已有名为“%1”的规则。</translation>
    </message>
    <message>
        <location filename="../../ui/team/team_messages.py" line="30"/>
        <source>Choose a rule, or a staff member and the leads.</source>
        <translation>请选择一条规则，或选择员工和线索。</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../ui/team/team_dialog.py" line="75"/>
        <location filename="../../ui/team/team_dialog.py" line="153"/>
        <location filename="../../ui/team/team_dialog.py" line="161"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../ui/team/team_dialog.py" line="80"/>
        <source>The people who serve customers: they can own customers, leads, follow-ups and complaints. An inactive person keeps what they had but gets no new work.</source>
        <translation>服务客户的员工：可以负责客户、线索、跟进和投诉。停用的员工保留原有的记录，但不再接新工作。</translation>
    </message>
    <message>
        <location filename="../../ui/team/team_dialog.py" line="86"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/team/team_dialog.py" line="86"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/team/team_dialog.py" line="86"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/team/team_dialog.py" line="87"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/team/team_dialog.py" line="87"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../ui/team/team_dialog.py" line="96"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/team/team_dialog.py" line="97"/>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <location filename="../../ui/team/team_dialog.py" line="98"/>
        <location filename="../../ui/team/team_dialog.py" line="143"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/team/team_dialog.py" line="117"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../ui/team/team_dialog.py" line="117"/>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../ui/team/team_dialog.py" line="143"/>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../ui/team/team_dialog.py" line="170"/>
        <source>Add a staff member</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <location filename="../../ui/team/team_dialog.py" line="170"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../ui/team/team_dialog.py" line="186"/>
        <source>Rename</source>
        <translation>改名</translation>
    </message>
    <message>
        <location filename="../../ui/team/team_dialog.py" line="187"/>
        <source>New name for %1:</source>
        <translation>%1 的新名字：</translation>
    </message>
</context>
<context>
    <name>TermsChart</name>
    <message>
        <location filename="../../ui/surveys/themes_chart.py" line="79"/>
        <source>Promoters</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_chart.py" line="81"/>
        <source>Detractors</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_chart.py" line="89"/>
        <source>% of the category&apos;s comments</source>
        <translation>占该类评论的百分比</translation>
    </message>
</context>
<context>
    <name>ThemeDialog</name>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="105"/>
        <source>Pin as theme</source>
        <translation>设为主题</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="106"/>
        <source>Theme name:</source>
        <translation>主题名称：</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="107"/>
        <source>Terms:</source>
        <translation>词语：</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="108"/>
        <source>e.g. 价格, 服务, 质量, 环境</source>
        <translation>例如：价格、服务、质量、环境</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="109"/>
        <source>Separated by commas; a comment holding any of them belongs to the theme</source>
        <translation>用逗号分隔；评论包含其中任一词语即归入该主题</translation>
    </message>
</context>
<context>
    <name>ThemesView</name>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="233"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="234"/>
        <source>What people say</source>
        <translation>客户怎么说</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="235"/>
        <source>Pin as theme…</source>
        <translation>设为主题…</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="236"/>
        <source>Make a theme of the terms selected in the table</source>
        <translation>把表格中选中的词语设为一个主题</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="237"/>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="238"/>
        <source>Remove theme</source>
        <translation>移除主题</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="240"/>
        <source>Term</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="240"/>
        <source>Promoters</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="240"/>
        <source>Passives</source>
        <translation>中立者</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="240"/>
        <source>Detractors</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="241"/>
        <location filename="../../ui/surveys/themes_view.py" line="253"/>
        <source>Comments</source>
        <translation>评论数</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="243"/>
        <source>Answered</source>
        <translation>回答时间</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="243"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="243"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="243"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="251"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="251"/>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="251"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="253"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="253"/>
        <source>Terms</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="253"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="306"/>
        <source>Counting cancelled.</source>
        <translation>已取消统计。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="307"/>
        <source>Counting cancelled: choose the survey again to count.</source>
        <translation>已取消统计：重新选择问卷即可再统计。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="349"/>
        <source>Counting the words of the comments…</source>
        <translation>正在统计评论中的词语…</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="350"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="355"/>
        <source>Choose a survey to see what its comments say.</source>
        <translation>选择一份问卷，查看评论里客户说了什么。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="371"/>
        <source>No comments yet.</source>
        <translation>还没有评论。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="380"/>
        <source>%1 comments: %2 from promoters, %3 from passives, %4 from detractors%5</source>
        <translation>%1 条评论：推荐者 %2 条，中立者 %3 条，贬损者 %4 条%5</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="382"/>
        <source> (counted before)</source>
        <translation>（沿用上次统计）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="417"/>
        <source>Fewer than 30 answers: the figure swings a lot</source>
        <translation>回答少于 30 份：数值波动很大</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="428"/>
        <source>Comments with “%1” (%2)</source>
        <translation>含“%1”的评论（%2 条）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="440"/>
        <source>Comments of the theme %1 (%2)</source>
        <translation>主题“%1”的评论（%2 条）</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="446"/>
        <source>Click a term or a theme to read its comments.</source>
        <translation>点击词语或主题即可阅读相关评论。</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_view.py" line="453"/>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/followups/timeline.py" line="33"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../ui/followups/timeline.py" line="34"/>
        <source>Purchase</source>
        <translation>消费</translation>
    </message>
    <message>
        <location filename="../../ui/followups/timeline.py" line="41"/>
        <source>Order %1</source>
        <translation>单号 %1</translation>
    </message>
    <message>
        <location filename="../../ui/followups/timeline.py" line="52"/>
        <source>Complaint #%1</source>
        <translation>投诉 #%1</translation>
    </message>
    <message>
        <location filename="../../ui/followups/timeline.py" line="61"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../../ui/followups/timeline.py" line="71"/>
        <source>Joined the community %1</source>
        <translation>加入社群 %1</translation>
    </message>
    <message>
        <location filename="../../ui/followups/timeline.py" line="73"/>
        <source>Left the community %1</source>
        <translation>退出社群 %1</translation>
    </message>
    <message>
        <location filename="../../ui/followups/timeline.py" line="76"/>
        <source>Event %1</source>
        <translation>活动 %1</translation>
    </message>
    <message>
        <location filename="../../ui/followups/timeline.py" line="111"/>
        <source>Edit contact…</source>
        <translation>编辑联系记录…</translation>
    </message>
    <message>
        <location filename="../../ui/followups/timeline.py" line="114"/>
        <source>Delete contact</source>
        <translation>删除联系记录</translation>
    </message>
    <message>
        <location filename="../../ui/followups/timeline.py" line="119"/>
        <source>Edit follow-up…</source>
        <translation>编辑跟进…</translation>
    </message>
    <message>
        <location filename="../../ui/followups/timeline.py" line="121"/>
        <source>Delete follow-up</source>
        <translation>删除跟进</translation>
    </message>
    <message>
        <location filename="../../ui/followups/timeline.py" line="146"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../ui/followups/timeline.py" line="160"/>
        <source>No contact logged or planned yet.</source>
        <translation>还没有联系记录或跟进计划。</translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="112"/>
        <source>Top up: %1</source>
        <translation>充值：%1</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="114"/>
        <source>Card</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="115"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="115"/>
        <source>Yuan, e.g. 1000</source>
        <translation>元，如 1000</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="116"/>
        <source>Bonus</source>
        <translation>赠送</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="116"/>
        <source>Empty: by the rule</source>
        <translation>留空：按充值规则</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="119"/>
        <source>By the rule</source>
        <translation>按规则</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="127"/>
        <source>Bonus tiers: %1</source>
        <translation>充值赠送档位：%1</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="130"/>
        <source>%1 paid in, %2 bonus: %3 on the card</source>
        <translation>实收 %1，赠送 %2：到账 %3</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="179"/>
        <source>Transfer between cards: %1</source>
        <translation>转卡：%1</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="181"/>
        <source>From card</source>
        <translation>转出卡</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="182"/>
        <source>To card</source>
        <translation>转入卡</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="183"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ui/membership/dialogs.py" line="183"/>
        <source>Empty: all of it</source>
        <translation>留空：全部转出</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../ui/undo.py" line="52"/>
        <source>Add customer</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="70"/>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="91"/>
        <source>Delete customers</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="107"/>
        <source>Restore customers</source>
        <translation>恢复客户</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="121"/>
        <source>Change tags</source>
        <translation>修改标签</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="150"/>
        <source>Change lifecycle stages</source>
        <translation>更改生命周期阶段</translation>
    </message>
    <message>
        <location filename="../../ui/followups/rules_undo.py" line="15"/>
        <source>Change stay-in-touch rule</source>
        <translation>修改定期联系规则</translation>
    </message>
    <message>
        <location filename="../../ui/scoring_undo.py" line="15"/>
        <source>Recompute RFM</source>
        <translation>重新计算 RFM</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/undo.py" line="55"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/undo.py" line="56"/>
        <source>Add purchase</source>
        <translation>新增消费记录</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/undo.py" line="71"/>
        <source>Void purchase</source>
        <translation>作废消费记录</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/undo.py" line="72"/>
        <source>Edit purchase</source>
        <translation>修改消费记录</translation>
    </message>
    <message>
        <location filename="../../ui/followups/undo.py" line="20"/>
        <source>Plan follow-up</source>
        <translation>安排跟进</translation>
    </message>
    <message>
        <location filename="../../ui/followups/undo.py" line="21"/>
        <source>Edit follow-up</source>
        <translation>编辑跟进</translation>
    </message>
    <message>
        <location filename="../../ui/followups/undo.py" line="22"/>
        <source>Delete follow-up</source>
        <translation>删除跟进</translation>
    </message>
    <message>
        <location filename="../../ui/followups/undo.py" line="23"/>
        <source>Complete follow-up</source>
        <translation>完成跟进</translation>
    </message>
    <message>
        <location filename="../../ui/followups/undo.py" line="24"/>
        <source>Skip follow-up</source>
        <translation>跳过跟进</translation>
    </message>
    <message>
        <location filename="../../ui/followups/undo.py" line="25"/>
        <source>Cancel follow-up</source>
        <translation>取消跟进</translation>
    </message>
    <message>
        <location filename="../../ui/followups/undo.py" line="26"/>
        <source>Snooze follow-up</source>
        <translation>稍后提醒跟进</translation>
    </message>
    <message>
        <location filename="../../ui/followups/undo.py" line="27"/>
        <source>Reschedule follow-up</source>
        <translation>改期跟进</translation>
    </message>
    <message>
        <location filename="../../ui/followups/undo.py" line="28"/>
        <source>Reassign follow-up</source>
        <translation>转交跟进</translation>
    </message>
    <message>
        <location filename="../../ui/followups/undo.py" line="29"/>
        <source>Log contact</source>
        <translation>记录联系</translation>
    </message>
    <message>
        <location filename="../../ui/followups/undo.py" line="30"/>
        <source>Edit contact</source>
        <translation>编辑联系记录</translation>
    </message>
    <message>
        <location filename="../../ui/followups/undo.py" line="31"/>
        <source>Delete contact</source>
        <translation>删除联系记录</translation>
    </message>
    <message>
        <location filename="../../ui/followups/undo.py" line="34"/>
        <source>%1 (%2 follow-ups)</source>
        <translation>%1（%2 条跟进）</translation>
    </message>
    <message>
        <location filename="../../ui/tags/undo.py" line="16"/>
        <source>Delete tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <location filename="../../ui/tags/undo.py" line="17"/>
        <source>Merge tags</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <location filename="../../ui/tags/undo.py" line="18"/>
        <source>Delete tag group</source>
        <translation>删除标签分组</translation>
    </message>
    <message>
        <location filename="../../ui/communities/engagement_undo.py" line="22"/>
        <source>Change activity weights</source>
        <translation>修改活动权重</translation>
    </message>
    <message>
        <location filename="../../ui/communities/engagement_undo.py" line="60"/>
        <source>Record community activity</source>
        <translation>记录社群活动</translation>
    </message>
    <message>
        <location filename="../../ui/events/undo.py" line="17"/>
        <source>Add event</source>
        <translation>添加活动</translation>
    </message>
    <message>
        <location filename="../../ui/events/undo.py" line="18"/>
        <source>Edit event</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <location filename="../../ui/events/undo.py" line="19"/>
        <source>Sign up for event</source>
        <translation>活动报名</translation>
    </message>
    <message>
        <location filename="../../ui/events/undo.py" line="20"/>
        <source>Cancel sign-up</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <location filename="../../ui/events/undo.py" line="21"/>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../ui/events/undo.py" line="22"/>
        <source>Mark attendance</source>
        <translation>补录签到</translation>
    </message>
    <message>
        <location filename="../../ui/events/undo.py" line="23"/>
        <source>Close event</source>
        <translation>结束活动</translation>
    </message>
    <message>
        <location filename="../../ui/events/undo.py" line="24"/>
        <source>Event feedback</source>
        <translation>活动反馈</translation>
    </message>
    <message>
        <location filename="../../ui/events/undo.py" line="25"/>
        <source>Event follow-ups</source>
        <translation>活动跟进</translation>
    </message>
    <message>
        <location filename="../../ui/communities/level_tags_undo.py" line="17"/>
        <source>Keep level tags</source>
        <translation>保持等级标签</translation>
    </message>
    <message>
        <location filename="../../ui/communities/level_tags_undo.py" line="38"/>
        <source>Stop keeping level tags</source>
        <translation>停止更新等级标签</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_undo.py" line="77"/>
        <source>Sell count card</source>
        <translation>售计次卡</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_undo.py" line="84"/>
        <source>Use a visit</source>
        <translation>核销一次</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_undo.py" line="90"/>
        <source>Refund count card</source>
        <translation>计次卡退款</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_undo.py" line="101"/>
        <source>Renew paid membership</source>
        <translation>续费付费会员</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_undo.py" line="102"/>
        <source>Sell paid membership</source>
        <translation>开通付费会员</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_undo.py" line="126"/>
        <source>Set introducer</source>
        <translation>设置介绍人</translation>
    </message>
    <message>
        <location filename="../../ui/membership/level_undo.py" line="50"/>
        <source>Add level</source>
        <translation>添加等级</translation>
    </message>
    <message>
        <location filename="../../ui/membership/level_undo.py" line="62"/>
        <source>Edit level</source>
        <translation>编辑等级</translation>
    </message>
    <message>
        <location filename="../../ui/membership/level_undo.py" line="77"/>
        <source>Archive level</source>
        <translation>归档等级</translation>
    </message>
    <message>
        <location filename="../../ui/membership/level_undo.py" line="78"/>
        <source>Restore level</source>
        <translation>恢复等级</translation>
    </message>
    <message>
        <location filename="../../ui/membership/page.py" line="59"/>
        <source>Top up</source>
        <translation>充值</translation>
    </message>
    <message>
        <location filename="../../ui/membership/page.py" line="60"/>
        <source>Pay from stored value</source>
        <translation>储值消费</translation>
    </message>
    <message>
        <location filename="../../ui/membership/page.py" line="61"/>
        <source>Refund principal</source>
        <translation>退还本金</translation>
    </message>
    <message>
        <location filename="../../ui/membership/page.py" line="62"/>
        <source>Transfer between cards</source>
        <translation>转卡</translation>
    </message>
    <message>
        <location filename="../../ui/membership/page.py" line="63"/>
        <source>Adjust points</source>
        <translation>调整积分</translation>
    </message>
    <message>
        <location filename="../../ui/membership/page.py" line="64"/>
        <source>Redeem points</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <location filename="../../ui/membership/page.py" line="65"/>
        <source>Report card lost</source>
        <translation>挂失</translation>
    </message>
    <message>
        <location filename="../../ui/membership/page.py" line="66"/>
        <source>Counter sale</source>
        <translation>收银</translation>
    </message>
    <message>
        <location filename="../../ui/membership/page.py" line="67"/>
        <source>Enrol a member</source>
        <translation>办理会员</translation>
    </message>
    <message>
        <location filename="../../ui/membership/page.py" line="68"/>
        <source>Points for a review</source>
        <translation>评价积分</translation>
    </message>
    <message>
        <location filename="../../ui/membership/page.py" line="69"/>
        <source>Replace card</source>
        <translation>补卡</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_undo.py" line="53"/>
        <source>Pin theme %1</source>
        <translation>设为主题 %1</translation>
    </message>
    <message>
        <location filename="../../ui/surveys/themes_undo.py" line="67"/>
        <source>Remove theme %1</source>
        <translation>移除主题 %1</translation>
    </message>
    <message>
        <location filename="../../ui/leads/page.py" line="251"/>
        <source>Assign leads</source>
        <translation>分配线索</translation>
    </message>
    <message>
        <location filename="../../ui/leads/page.py" line="266"/>
        <source>Assign leads by rule</source>
        <translation>按规则分配线索</translation>
    </message>
    <message>
        <location filename="../../ui/leads/page.py" line="274"/>
        <source>Put leads back in the pool</source>
        <translation>线索放回公海</translation>
    </message>
    <message>
        <location filename="../../ui/leads/page.py" line="282"/>
        <source>Reclaim overdue leads</source>
        <translation>回收逾期线索</translation>
    </message>
    <message>
        <location filename="../../ui/team/team_dialog.py" line="174"/>
        <source>Add staff member</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <location filename="../../ui/team/team_dialog.py" line="191"/>
        <source>Rename staff member</source>
        <translation>员工改名</translation>
    </message>
    <message>
        <location filename="../../ui/team/team_dialog.py" line="202"/>
        <source>Deactivate staff member</source>
        <translation>停用员工</translation>
    </message>
    <message>
        <location filename="../../ui/team/team_dialog.py" line="203"/>
        <source>Activate staff member</source>
        <translation>启用员工</translation>
    </message>
    <message>
        <location filename="../../ui/leads/settings_dialog.py" line="77"/>
        <source>Change lead scoring</source>
        <translation>修改线索评分</translation>
    </message>
    <message>
        <location filename="../../ui/customers/merge_undo.py" line="44"/>
        <source>Merge %1 customers into one</source>
        <translation>将 %1 位客户合并为一位</translation>
    </message>
    <message>
        <location filename="../../ui/customers/merge_undo.py" line="66"/>
        <source>Not duplicates</source>
        <translation>标记为非重复</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/lock_screen.py" line="143"/>
        <source>Guanjia</source>
        <translation>客户管家</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="144"/>
        <source>Enter the password to open Guanjia</source>
        <translation>输入密码打开客户管家</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="147"/>
        <source>Forgot it? Whoever can use this computer&apos;s command line can remove it: guanjia password --forget</source>
        <translation>忘记了？能使用这台电脑命令行的人可以取消它：guanjia password --forget</translation>
    </message>
    <message>
        <location filename="../../ui/lock_screen.py" line="153"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>UseVisitDialog</name>
    <message>
        <location filename="../../ui/membership/cards_dialogs.py" line="203"/>
        <source>Use a visit</source>
        <translation>核销一次</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_dialogs.py" line="204"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/membership/cards_dialogs.py" line="205"/>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../ui/purchases/dialogs.py" line="115"/>
        <source>Void purchase</source>
        <translation>作废消费记录</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/dialogs.py" line="118"/>
        <source>The purchase is kept, marked voided, and leaves every total.</source>
        <translation>该记录会保留并标记为已作废，不再计入任何合计。</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/dialogs.py" line="122"/>
        <source>Required, e.g. entered twice</source>
        <translation>必填，例如：重复录入</translation>
    </message>
    <message>
        <location filename="../../ui/purchases/dialogs.py" line="123"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../ui/events/dialogs.py" line="298"/>
        <source>Walk-in</source>
        <translation>现场报名</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="300"/>
        <source>Not signed up for this event: check them in as a walk-in. Choose the customer, or enter a new one.</source>
        <translation>未报名本活动：可作为现场报名签到。请选择客户，或填写新客户。</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="306"/>
        <source>A new customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="311"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="317"/>
        <source>New customer&apos;s name</source>
        <translation>新客户姓名</translation>
    </message>
    <message>
        <location filename="../../ui/events/dialogs.py" line="318"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <location filename="../../ui/communities/engagement_help.py" line="114"/>
        <source>Activity weights</source>
        <translation>活动权重</translation>
    </message>
    <message>
        <location filename="../../ui/communities/engagement_help.py" line="134"/>
        <source>Defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../ui/communities/engagement_help.py" line="141"/>
        <source>How much each activity adds to a member&apos;s love:</source>
        <translation>每类活动为成员热度增加多少：</translation>
    </message>
</context>
<context>
    <name>_KindRow</name>
    <message>
        <location filename="../../ui/automation/editor.py" line="132"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
</TS>
