<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BulkTagDialog</name>
    <message>
        <location filename="../../ui/tags/bulk_dialog.py" line="22" />
        <source>Tag customers</source>
        <translation>给客户打标签</translation>
    </message>
    <message>
        <location filename="../../ui/tags/bulk_dialog.py" line="26" />
        <source>The %1 selected customer(s)</source>
        <translation>选中的 %1 位客户</translation>
    </message>
    <message>
        <location filename="../../ui/tags/bulk_dialog.py" line="30" />
        <source>All %1 customer(s) in the list (not only those on screen)</source>
        <translation>列表中全部 %1 位客户（不只是屏幕上显示的）</translation>
    </message>
    <message>
        <location filename="../../ui/tags/bulk_dialog.py" line="51" />
        <source>Add tags:</source>
        <translation>添加标签：</translation>
    </message>
    <message>
        <location filename="../../ui/tags/bulk_dialog.py" line="52" />
        <source>Remove tags:</source>
        <translation>移除标签：</translation>
    </message>
    <message>
        <location filename="../../ui/tags/bulk_dialog.py" line="54" />
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../ui/tags/bulk_dialog.py" line="58" />
        <source>Change the tags of:</source>
        <translation>修改以下客户的标签：</translation>
    </message>
    <message>
        <location filename="../../ui/tags/bulk_dialog.py" line="86" />
        <source>A tag cannot be both added and removed.</source>
        <translation>同一个标签不能既添加又移除。</translation>
    </message>
</context>
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
        <location filename="../../ui/customers/detail_panel.py" line="83" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/customers/detail_panel.py" line="84" />
        <source>Delete for good</source>
        <translation>彻底删除</translation>
    </message>
    <message>
        <location filename="../../ui/customers/detail_panel.py" line="86" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/customers/detail_panel.py" line="87" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/customers/detail_panel.py" line="93" />
        <source>No customer selected</source>
        <translation>未选择客户</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="49" />
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="49" />
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="62" />
        <source>e.g. 138 1234 5678 or 0571-8888 8888</source>
        <translation>例如 138 1234 5678 或 0571-8888 8888</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="131" />
        <location filename="../../ui/customers/edit_dialog.py" line="164" />
        <location filename="../../ui/customers/edit_dialog.py" line="172" />
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="140" />
        <source>1990-05-20, or 05-20 without the year</source>
        <translation>1990-05-20，不知道年份可写 05-20</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="143" />
        <source>Solar</source>
        <translation>公历</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="144" />
        <source>Lunar</source>
        <translation>农历</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="146" />
        <source>Leap month</source>
        <translation>闰月</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="178" />
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="270" />
        <source>%1 %2 is already used by customer “%3”.</source>
        <translation>%1 %2 已被客户“%3”使用。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="273" />
        <source>That customer is in the recycle bin.</source>
        <translation>该客户在回收站中。</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="274" />
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="276" />
        <source>Open existing customer</source>
        <translation>打开已有客户</translation>
    </message>
    <message>
        <location filename="../../ui/customers/edit_dialog.py" line="277" />
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/customers/page.py" line="182" />
        <source>Search the recycle bin</source>
        <translation>搜索回收站</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="185" />
        <source>Search name, mobile, company, WeChat, email, notes, pinyin (Ctrl+F)</source>
        <translation>搜索姓名、手机、公司、微信、邮箱、备注、拼音（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="188" />
        <location filename="../../ui/customers/page.py" line="482" />
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="189" />
        <location filename="../../ui/customers/page.py" line="483" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="190" />
        <location filename="../../ui/customers/page.py" line="484" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="191" />
        <location filename="../../ui/customers/page.py" line="479" />
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="192" />
        <location filename="../../ui/customers/page.py" line="465" />
        <location filename="../../ui/customers/page.py" line="480" />
        <source>Delete for good</source>
        <translation>彻底删除</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="193" />
        <source>Empty recycle bin</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="198" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="200" />
        <location filename="../../ui/customers/page.py" line="486" />
        <source>Add or remove tags…</source>
        <translation>添加或移除标签…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="202" />
        <source>Remove tags…</source>
        <translation>移除标签…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="275" />
        <source>Changing the tags of %1 customers…</source>
        <translation>正在修改 %1 位客户的标签…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="384" />
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customers/page.py" line="442" />
        <source>Delete %n customer(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>彻底删除 %n 位客户？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customers/page.py" line="454" />
        <source>Empty the recycle bin: delete %n customer(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>清空回收站：彻底删除 %n 位客户？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/customers/page.py" line="519" />
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
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/tags/filter_bar.py" line="49" />
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../ui/tags/filter_bar.py" line="50" />
        <source>all of them</source>
        <translation>全部满足</translation>
    </message>
    <message>
        <location filename="../../ui/tags/filter_bar.py" line="51" />
        <source>any of them</source>
        <translation>满足任一</translation>
    </message>
    <message>
        <location filename="../../ui/tags/filter_bar.py" line="52" />
        <source>Clear filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../ui/tags/filter_bar.py" line="53" />
        <source>Save as view…</source>
        <translation>保存为分群…</translation>
    </message>
    <message>
        <location filename="../../ui/tags/filter_bar.py" line="54" />
        <source>Keep this search and tag filter in the sidebar</source>
        <translation>把当前搜索和标签筛选保存到侧栏</translation>
    </message>
    <message>
        <location filename="../../ui/tags/filter_bar.py" line="91" />
        <source>not %1</source>
        <translation>不含 %1</translation>
    </message>
    <message>
        <location filename="../../ui/tags/filter_bar.py" line="93" />
        <source>Customers with this tag are left out. Click to remove.</source>
        <translation>排除带此标签的客户。点击移除此条件。</translation>
    </message>
    <message>
        <location filename="../../ui/tags/filter_bar.py" line="97" />
        <source>Only customers with this tag. Click to remove.</source>
        <translation>只显示带此标签的客户。点击移除此条件。</translation>
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
        <location filename="../../ui/labels.py" line="139" />
        <source>This tag no longer exists.</source>
        <translation>此标签已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="140" />
        <source>This tag group no longer exists.</source>
        <translation>此标签分组已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="143" />
        <source>This saved view no longer exists.</source>
        <translation>此分群已不存在。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="146" />
        <source>Enter a name for the tag.</source>
        <translation>请输入标签名称。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="147" />
        <source>Enter a name for the group.</source>
        <translation>请输入分组名称。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="150" />
        <source>A tag name can have at most 40 characters.</source>
        <translation>标签名称最多 40 个字符。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="153" />
        <source>A tag name cannot contain , ， 、 ; ； or |: they separate tags. Add each tag on its own.</source>
        <translation>标签名称不能包含 , ， 、 ; ； 或 |，它们用来分隔标签。请逐个添加标签。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="158" />
        <source>A tag with this name already exists. To join two tags, use “Merge into another tag”.</source>
        <translation>已有同名标签。要把两个标签合二为一，请用“合并到另一个标签”。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="162" />
        <source>A group with this name already exists.</source>
        <translation>已有同名分组。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="165" />
        <source>The group 其他 holds tags without a group: it cannot be renamed or deleted.</source>
        <translation>“其他”分组存放未分组的标签，不能重命名或删除。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="168" />
        <source>Choose a colour.</source>
        <translation>请选择颜色。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="169" />
        <source>Enter a name for the view.</source>
        <translation>请输入分群名称。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="172" />
        <source>A saved view with this name already exists.</source>
        <translation>已有同名分群。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="175" />
        <source>A tag cannot be both added and removed.</source>
        <translation>同一个标签不能既添加又移除。</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="183" />
        <source>At most %n characters.</source>
        <translation>最多 %n 个字符。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="152" />
        <source>Guanjia — Customer Manager</source>
        <translation>客户管家</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="153" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="154" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="155" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="156" />
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="157" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="158" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="159" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="160" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="161" />
        <source>New customer…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="162" />
        <source>Edit customer…</source>
        <translation>编辑客户…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="163" />
        <source>Delete (to recycle bin)</source>
        <translation>删除（移到回收站）</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="164" />
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="165" />
        <source>Custom fields…</source>
        <translation>自定义字段…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="166" />
        <source>Reset columns</source>
        <translation>重置列</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="167" />
        <source>Add or remove tags…</source>
        <translation>添加或移除标签…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="168" />
        <source>Save as view…</source>
        <translation>保存为分群…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="169" />
        <source>Clear search and tag filter</source>
        <translation>清除搜索和标签筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="170" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="171" />
        <location filename="../../desktop/main_window.py" line="358" />
        <source>About Guanjia</source>
        <translation>关于客户管家</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="172" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="225" />
        <location filename="../../desktop/main_window.py" line="278" />
        <source>Saved views</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="234" />
        <source>Name of the view:</source>
        <translation>分群名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="241" />
        <source>Save as view</source>
        <translation>保存为分群</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="256" />
        <source>Rename view</source>
        <translation>重命名分群</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="279" />
        <source>Delete the view “%1”? Its customers are not touched.</source>
        <translation>删除分群“%1”？其中的客户不受影响。</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="345" />
        <source>%1 in the recycle bin</source>
        <translation>回收站中 %1 位</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="347" />
        <source>%1 customers</source>
        <translation>共 %1 位客户</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="350" />
        <source>%1 matching</source>
        <translation>匹配 %1 位</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="360" />
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
    <name>Sidebar</name>
    <message>
        <location filename="../../ui/sidebar.py" line="81" />
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="83" />
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="89" />
        <source>Saved view: a search and tag filter</source>
        <translation>客户分群：保存的搜索和标签筛选</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="154" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="156" />
        <source>Update to the current search and tags</source>
        <translation>更新为当前的搜索和标签</translation>
    </message>
    <message>
        <location filename="../../ui/sidebar.py" line="160" />
        <source>Delete view</source>
        <translation>删除分群</translation>
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
    <name>TagBrowser</name>
    <message>
        <location filename="../../ui/tags/browser.py" line="98" />
        <source>Find a tag (pinyin too)</source>
        <translation>查找标签（支持拼音）</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="99" />
        <source>New tag or group</source>
        <translation>新建标签或分组</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="101" />
        <location filename="../../ui/tags/browser.py" line="178" />
        <source>New tag…</source>
        <translation>新建标签…</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="102" />
        <location filename="../../ui/tags/browser.py" line="179" />
        <source>New group…</source>
        <translation>新建分组…</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="103" />
        <source>Counts in this list</source>
        <translation>计数：当前列表</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="104" />
        <source>Counts in all customers</source>
        <translation>计数：全部客户</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="106" />
        <source>Count customers in the list as filtered now, or in the whole database</source>
        <translation>按当前筛选后的列表计数，或按全部客户计数</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="149" />
        <source>Only customers with this tag</source>
        <translation>只看带此标签的客户</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="150" />
        <source>Leave out customers with this tag</source>
        <translation>排除带此标签的客户</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="151" />
        <source>Do not filter by this tag</source>
        <translation>不按此标签筛选</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="158" />
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="159" />
        <location filename="../../ui/tags/browser.py" line="172" />
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="160" />
        <source>Move to group</source>
        <translation>移到分组</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="165" />
        <source>Merge into another tag…</source>
        <translation>合并到另一个标签…</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="167" />
        <source>Delete tag…</source>
        <translation>删除标签…</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="170" />
        <source>New tag in this group…</source>
        <translation>在此分组新建标签…</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="171" />
        <source>Rename group…</source>
        <translation>重命名分组…</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="173" />
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="174" />
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="176" />
        <source>Delete group…</source>
        <translation>删除分组…</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="189" />
        <location filename="../../ui/tags/browser.py" line="216" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="223" />
        <source>Choose a colour</source>
        <translation>选择颜色</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="228" />
        <source>New tag</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="228" />
        <source>Tag name:</source>
        <translation>标签名称：</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="235" />
        <source>New group</source>
        <translation>新建分组</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="235" />
        <source>Group name:</source>
        <translation>分组名称：</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="243" />
        <source>Rename tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="243" />
        <location filename="../../ui/tags/browser.py" line="251" />
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="251" />
        <source>Rename group</source>
        <translation>重命名分组</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="284" />
        <source>Merge tags</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="285" />
        <source>Merge “%1” into:</source>
        <translation>把“%1”合并到：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tags/browser.py" line="296" />
        <source>Merge “%1” into “%2”? The %n customer(s) with “%1” will have “%2”, and “%1” will be gone.</source>
        <translation>
            <numerusform>把“%1”合并到“%2”？带“%1”的 %n 位客户将改为带“%2”，“%1”将被删除。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tags/browser.py" line="316" />
        <source>%n customer(s) have the tag “%1”. Delete the tag and take it off them?</source>
        <translation>
            <numerusform>有 %n 位客户带标签“%1”。删除此标签并从这些客户身上移除吗？</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/tags/browser.py" line="319" />
        <source>No customer has the tag “%1”. Delete it?</source>
        <translation>没有客户带标签“%1”。删除它吗？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tags/browser.py" line="330" />
        <source>Delete the group “%1”? Its %n tag(s) move to “其他”.</source>
        <translation>
            <numerusform>删除分组“%1”？其中的 %n 个标签将移到“其他”。</numerusform></translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../ui/tags/tag_editor.py" line="134" />
        <source>Type a tag (pinyin works), Enter to add</source>
        <translation>输入标签（支持拼音），回车添加</translation>
    </message>
    <message>
        <location filename="../../ui/tags/tag_editor.py" line="136" />
        <source>Type a tag (pinyin works)</source>
        <translation>输入标签（支持拼音）</translation>
    </message>
    <message>
        <location filename="../../ui/tags/tag_editor.py" line="153" />
        <source>There is no tag named “%1”.</source>
        <translation>没有名为“%1”的标签。</translation>
    </message>
    <message>
        <location filename="../../ui/tags/tag_editor.py" line="220" />
        <source>Remove this tag</source>
        <translation>移除此标签</translation>
    </message>
</context>
<context>
    <name>TagTreeModel</name>
    <message>
        <location filename="../../ui/tags/tree_model.py" line="201" />
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/tags/tree_model.py" line="203" />
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="58" />
        <source>Cancel</source>
        <translation>取消</translation>
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
    <message>
        <location filename="../../ui/undo.py" line="97" />
        <source>Change tags</source>
        <translation>修改标签</translation>
    </message>
</context>
</TS>