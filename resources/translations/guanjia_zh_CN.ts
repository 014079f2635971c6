<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="31" />
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="32" />
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="33" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="34" />
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="84" />
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="88" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="91" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="93" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="105" />
        <source>Custom fields show as columns and in the customer form.</source>
        <translation>自定义字段会显示为表格列，并出现在客户表单中。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="134" />
        <location filename="../../ui/customers/custom_fields_dialog.py" line="140" />
        <source>Rename field</source>
        <translation>重命名字段</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="134" />
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="151" />
        <source>Delete field</source>
        <translation>删除字段</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="152" />
        <source>Delete this field and its value for every customer? This cannot be undone.</source>
        <translation>删除此字段及所有客户在该字段中的值？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>CustomerDetailPanel</name>
    <message>
        <location filename="../../ui/customers/detail_panel.py" line="100" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/customers/detail_panel.py" line="101" />
        <source>Delete for good</source>
        <translation>彻底删除</translation>
    </message>
    <message>
        <location filename="../../ui/customers/detail_panel.py" line="103" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/customers/detail_panel.py" line="104" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/customers/detail_panel.py" line="110" />
        <source>No customer selected</source>
        <translation>未选择客户</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="48" />
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="48" />
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="61" />
        <source>e.g. 138 1234 5678 or 0571-8888 8888</source>
        <translation>例如 138 1234 5678 或 0571-8888 8888</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="79" />
        <source>separate tags with commas</source>
        <translation>多个标签用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="130" />
        <location filename="../../ui/customers/edit_dialog.py" line="163" />
        <location filename="../../ui/customers/edit_dialog.py" line="171" />
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="139" />
        <source>1990-05-20, or 05-20 without the year</source>
        <translation>1990-05-20，不知道年份可写 05-20</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="142" />
        <source>Solar</source>
        <translation>公历</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="143" />
        <source>Lunar</source>
        <translation>农历</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="145" />
        <source>Leap month</source>
        <translation>闰月</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="177" />
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="272" />
        <source>%1 %2 is already used by customer “%3”.</source>
        <translation>%1 %2 已被客户“%3”使用。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="275" />
        <source>That customer is in the recycle bin.</source>
        <translation>该客户在回收站中。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="276" />
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="278" />
        <source>Open existing customer</source>
        <translation>打开已有客户</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="279" />
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/customers/page.py" line="136" />
        <source>Search the recycle bin</source>
        <translation>搜索回收站</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="139" />
        <source>Search name, mobile, company, WeChat, email, notes, pinyin (Ctrl+F)</source>
        <translation>搜索姓名、手机、公司、微信、邮箱、备注、拼音（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="142" />
        <location filename="../../ui/customers/page.py" line="320" />
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="143" />
        <location filename="../../ui/customers/page.py" line="321" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="144" />
        <location filename="../../ui/customers/page.py" line="322" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="145" />
        <location filename="../../ui/customers/page.py" line="317" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="146" />
        <location filename="../../ui/customers/page.py" line="303" />
        <location filename="../../ui/customers/page.py" line="318" />
        <source>Delete for good</source>
        <translation>彻底删除</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="147" />
        <source>Empty recycle bin</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="222" />
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customers/page.py" line="280" />
        <source>Delete %n customer(s) for good? This cannot be undone.</source>
        <translation><numerusform>彻底删除 %n 位客户？此操作无法撤销。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customers/page.py" line="292" />
        <source>Empty the recycle bin: delete %n customer(s) for good? This cannot be undone.</source>
        <translation><numerusform>清空回收站：彻底删除 %n 位客户？此操作无法撤销。</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="350" />
        <source>Reset columns</source>
        <translation>重置列</translation>
    </message>
</context>
<context>
    <name>ErrorReportDialog</name>
    <message>
        <location filename="../../ui/error_dialog.py" line="20" />
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="22" />
        <source>Guanjia ran into an unexpected problem. Your data is safe and you can keep working. If it happens again, copy the report below and send it to your support contact.</source>
        <translation>客户管家遇到了一个意外问题。您的数据是安全的，可以继续使用。如果再次发生，请复制下面的报告并发送给技术支持。</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="26" />
        <source>The report is also saved in: %1</source>
        <translation>报告也已保存在：%1</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="33" />
        <source>Copy report</source>
        <translation>复制报告</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="12" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="13" />
        <source>Customer No.</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="14" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15" />
        <source>Mobile / phone</source>
        <translation>手机/电话</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16" />
        <location filename="../../ui/labels.py" line="55" />
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17" />
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18" />
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19" />
        <source>Job title</source>
        <translation>职位</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23" />
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24" />
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25" />
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26" />
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27" />
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30" />
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31" />
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32" />
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40" />
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41" />
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48" />
        <source>Website</source>
        <translation>官网</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49" />
        <source>Ads</source>
        <translation>投放</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50" />
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51" />
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52" />
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53" />
        <source>Walk-in</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63" />
        <source>Lead</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64" />
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="65" />
        <source>Active</source>
        <translation>活跃客户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66" />
        <source>Dormant</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67" />
        <source>Churned</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78" />
        <source>Lunar</source>
        <translation>农历</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80" />
        <source>leap</source>
        <translation>闰</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90" />
        <source>Enter a name: every customer needs one.</source>
        <translation>请输入姓名：每位客户都需要姓名。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93" />
        <source>A phone number can only contain digits, spaces, dashes, brackets and +.</source>
        <translation>电话号码只能包含数字、空格、短横线、括号和 +。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96" />
        <source>This is not a valid phone number. A mobile has 11 digits starting with 1; a landline needs its area code, e.g. 0571-8888 8888.</source>
        <translation>这不是有效的电话号码。手机号为以 1 开头的 11 位数字；座机需要带区号，例如 0571-8888 8888。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="101" />
        <source>This phone number is too short.</source>
        <translation>电话号码太短。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="102" />
        <source>This phone number is too long.</source>
        <translation>电话号码太长。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103" />
        <source>This phone number has the wrong number of digits.</source>
        <translation>电话号码位数不对。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106" />
        <source>This phone number has an unknown country code.</source>
        <translation>电话号码的国家代码无法识别。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109" />
        <source>Add the area code to this landline, e.g. 0571-8888 8888.</source>
        <translation>请为座机号码加上区号，例如 0571-8888 8888。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112" />
        <source>This is not a valid email address (it should look like name@example.com).</source>
        <translation>这不是有效的邮箱地址（格式应类似 name@example.com）。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115" />
        <source>This is not a date. Write it as 1990-05-20, or 05-20 without the year.</source>
        <translation>这不是日期。请写成 1990-05-20，不知道年份可写 05-20。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="118" />
        <source>This year is not a plausible birth year.</source>
        <translation>这个出生年份不合理。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="121" />
        <source>A birthday cannot be in the future.</source>
        <translation>生日不能在未来。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="124" />
        <source>Another customer already has this customer number.</source>
        <translation>已有其他客户使用此客户编号。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="127" />
        <source>This text is too long.</source>
        <translation>文字太长。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128" />
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="129" />
        <source>Enter a date like 2024-01-05.</source>
        <translation>请输入日期，例如 2024-01-05。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130" />
        <source>Choose one of the listed values.</source>
        <translation>请从列出的选项中选择。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131" />
        <source>Enter a name for the field.</source>
        <translation>请输入字段名称。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="132" />
        <source>A field with this name already exists.</source>
        <translation>已存在同名字段。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="135" />
        <source>A choice field needs at least one choice.</source>
        <translation>选项字段至少需要一个选项。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="138" />
        <source>This customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144" />
        <source>At most %n characters.</source>
        <translation>最多 %n 个字符。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="142" />
        <source>Guanjia — Customer Manager</source>
        <translation>客户管家</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="143" />
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="144" />
        <location filename="../../desktop/main_window.py" line="233" />
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="145" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="146" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="147" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="148" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="149" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="150" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="151" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="152" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="153" />
        <source>New customer…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="154" />
        <source>Edit customer…</source>
        <translation>编辑客户…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="155" />
        <source>Delete (to recycle bin)</source>
        <translation>删除（移到回收站）</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="156" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="157" />
        <source>Custom fields…</source>
        <translation>自定义字段…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="158" />
        <source>Reset columns</source>
        <translation>重置列</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="159" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="160" />
        <location filename="../../desktop/main_window.py" line="240" />
        <source>About Guanjia</source>
        <translation>关于客户管家</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="161" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="224" />
        <source>%1 in the recycle bin</source>
        <translation>回收站中 %1 位</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="226" />
        <source>%1 customers</source>
        <translation>共 %1 位客户</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="229" />
        <source>%1 matching</source>
        <translation>匹配 %1 位</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="242" />
        <source>Guanjia (客户管家) — customer management for small businesses, offline and private.</source>
        <translation>客户管家：为小商户打造的客户管理软件，离线使用，数据私密。</translation>
    </message>
</context>
<context>
    <name>NewFieldDialog</name>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="43" />
        <source>New custom field</source>
        <translation>新建自定义字段</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="52" />
        <source>for a choice field: values separated by commas</source>
        <translation>选项字段：各选项用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="57" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="58" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/customers/custom_fields_dialog.py" line="59" />
        <source>Choices</source>
        <translation>选项</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/app.py" line="120" />
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="121" />
        <source>Guanjia cannot open its database:</source>
        <translation>客户管家无法打开数据库：</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../ui/undo.py" line="36" />
        <source>Add customer</source>
        <translation>添加客户</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="51" />
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="67" />
        <source>Delete customers</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../ui/undo.py" line="83" />
        <source>Restore customers</source>
        <translation>恢复客户</translation>
    </message>
</context>
</TS>