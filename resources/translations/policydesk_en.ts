<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../desktop/ui/about_dialog.py" line="18" />
            <source>关于政策台账</source>
            <translation>About PolicyDesk</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/about_dialog.py" line="20" />
            <source>：</source>
            <comment>between a label and its value</comment>
            <translation>: </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/about_dialog.py" line="22" />
            <source>版本</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/about_dialog.py" line="23" />
            <source>数据位置</source>
            <translation>Data location</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/about_dialog.py" line="24" />
            <source>数据库结构版本</source>
            <translation>Store schema revision</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/about_dialog.py" line="24" />
            <source>（未初始化）</source>
            <translation>(not initialised)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/about_dialog.py" line="25" />
            <source>Qt / PySide6</source>
            <translation>Qt / PySide6</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/about_dialog.py" line="26" />
            <source>Python</source>
            <translation>Python</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/about_dialog.py" line="27" />
            <source>操作系统</source>
            <translation>Operating system</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/about_dialog.py" line="29" />
            <source>&lt;b&gt;政策台账 PolicyDesk&lt;/b&gt;&lt;br&gt;政策文件梳理、任务分工与台账管理（离线使用）</source>
            <translation>&lt;b&gt;PolicyDesk&lt;/b&gt;&lt;br&gt;Policy documents, task assignment and ledgers, offline</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/about_dialog.py" line="36" />
            <source>复制</source>
            <translation>Copy</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/about_dialog.py" line="37" />
            <source>复制以上信息，便于报告问题</source>
            <translation>Copy the lines above, e.g. for a problem report</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/about_dialog.py" line="51" />
            <source>已复制</source>
            <translation>Copied</translation>
        </message>
    </context>
    <context>
        <name>AnnotationEditor</name>
        <message>
            <location filename="../../forms/annotation_editor.ui" line="14" />
            <source>批注</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../forms/annotation_editor.ui" line="32" />
            <source>在原文中选中文字后添加批注，或在上方列表中选择一条批注。</source>
            <translation>Select text in the source to add a note, or choose a note in the list above.</translation>
        </message>
        <message>
            <location filename="../../forms/annotation_editor.ui" line="45" />
            <source>批注内容</source>
            <translation>Note text</translation>
        </message>
        <message>
            <location filename="../../forms/annotation_editor.ui" line="57" />
            <source>标签</source>
            <translation>Tags</translation>
        </message>
        <message>
            <location filename="../../forms/annotation_editor.ui" line="67" />
            <source>多个标签用 、 逗号或空格分隔</source>
            <translation>Separate tags with 、, commas or spaces</translation>
        </message>
        <message>
            <location filename="../../forms/annotation_editor.ui" line="79" />
            <source>不勾选：仅本单位内部可见；勾选：可随台账共享给其他单位</source>
            <translation>Unchecked: visible only within your unit. Checked: shared with other units along with the ledger.</translation>
        </message>
        <message>
            <location filename="../../forms/annotation_editor.ui" line="82" />
            <source>可共享</source>
            <translation>Shareable</translation>
        </message>
        <message>
            <location filename="../../forms/annotation_editor.ui" line="111" />
            <source>删除</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../forms/annotation_editor.ui" line="118" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../forms/annotation_editor.ui" line="125" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
    </context>
    <context>
        <name>AnnotationListModel</name>
        <message>
            <location filename="../../desktop/ui/notes/annotation_model.py" line="35" />
            <source>原文</source>
            <translation>Quote</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/notes/annotation_model.py" line="35" />
            <source>批注</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/notes/annotation_model.py" line="35" />
            <source>标签</source>
            <translation>Tags</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/notes/annotation_model.py" line="35" />
            <source>范围</source>
            <translation>Scope</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/notes/annotation_model.py" line="81" />
            <source>（孤立）</source>
            <translation>(orphaned)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/notes/annotation_model.py" line="87" />
            <source>可共享</source>
            <translation>Shared</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/notes/annotation_model.py" line="87" />
            <source>内部</source>
            <translation>Internal</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/notes/annotation_model.py" line="90" />
            <source>措施 {path}</source>
            <translation>Measure {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/notes/annotation_model.py" line="95" />
            <source>新版本中未找到这段原文，批注已保留</source>
            <translation>This text is not in the new version; the note was kept</translation>
        </message>
    </context>
    <context>
        <name>AnnotationPane</name>
        <message>
            <location filename="../../desktop/ui/notes/annotation_pane.py" line="128" />
            <source>本措施</source>
            <translation>This measure</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/notes/annotation_pane.py" line="129" />
            <source>全文</source>
            <translation>Whole document</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/notes/annotation_pane.py" line="140" />
            <source>批注列表</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/notes/annotation_pane.py" line="144" />
            <location filename="../../desktop/ui/notes/annotation_pane.py" line="170" />
            <source>未能重新定位的批注</source>
            <translation>Notes not found in the new version</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/notes/annotation_pane.py" line="153" />
            <source>批注内容</source>
            <translation>Note text</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/notes/annotation_pane.py" line="154" />
            <source>批注标签</source>
            <translation>Note tags</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/notes/annotation_pane.py" line="172" />
            <source>文件新版本中找不到这些批注所标注的原文。批注均已保留，可在此查看、修改或删除。</source>
            <translation>The new version of the document no longer contains the text these notes were attached to. The notes are kept: view, edit or delete them here.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/notes/annotation_pane.py" line="175" />
            <source>未能延续的跟踪信息</source>
            <translation>Tracking not carried over</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/notes/annotation_pane.py" line="186" />
            <source>批注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/notes/annotation_pane.py" line="259" />
            <source>批注内容不能为空</source>
            <translation>A note cannot be empty</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/notes/annotation_pane.py" line="276" />
            <location filename="../../desktop/ui/notes/annotation_pane.py" line="281" />
            <source>已保存</source>
            <translation>Saved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/notes/annotation_pane.py" line="281" />
            <source>已自动保存</source>
            <translation>Saved automatically</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/notes/annotation_pane.py" line="373" />
            <source>{n} 条</source>
            <translation>Total: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/notes/annotation_pane.py" line="419" />
            <source>（孤立）</source>
            <translation>(orphaned)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/notes/annotation_pane.py" line="423" />
            <source>新批注：</source>
            <translation>New note:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/notes/annotation_pane.py" line="426" />
            <source>在原文中选中文字后添加批注，或在上方列表中选择一条批注。</source>
            <translation>Select text in the source to add a note, or choose a note in the list above.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../desktop/ui/app.py" line="95" />
            <source>数据文件已损坏</source>
            <translation>The data file is damaged</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/app.py" line="97" />
            <source>退出</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/app.py" line="113" />
            <source>⚠ 数据目录在网络共享上</source>
            <translation>⚠ Data folder on a network share</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/app.py" line="96" />
            <source>恢复最近的备份</source>
            <translation>Restore the newest backup</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/app.py" line="103" />
            <source>已恢复到 {time} 的备份；损坏的文件另存为 {path}</source>
            <translation>Restored the backup of {time}; the damaged file was kept as {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/app.py" line="120" />
            <source>数据目录在网络共享上</source>
            <translation>Data folder on a network share</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/app.py" line="136" />
            <source>自动备份失败：{reason}</source>
            <translation>Automatic backup failed: {reason}</translation>
        </message>
    </context>
    <context>
        <name>AssignmentEditModel</name>
        <message>
            <location filename="../../desktop/ui/review/assignment_edit_model.py" line="30" />
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/assignment_edit_model.py" line="30" />
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/assignment_edit_model.py" line="30" />
            <source>来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/assignment_edit_model.py" line="59" />
            <source>● 牵头</source>
            <translation>● Lead</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/assignment_edit_model.py" line="59" />
            <source>○ 配合</source>
            <translation>○ Support</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/assignment_edit_model.py" line="62" />
            <source>已更正</source>
            <translation>Corrected</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/assignment_edit_model.py" line="62" />
            <source>已确认</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/assignment_edit_model.py" line="62" />
            <source>提取</source>
            <translation>Extracted</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/assignment_edit_model.py" line="83" />
            <source>已由经办人更正，重新导入时保留</source>
            <translation>Corrected by an officer; kept on re-import</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/assignment_edit_model.py" line="83" />
            <source>由系统从原文提取</source>
            <translation>Extracted from the text automatically</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/assignment_edit_model.py" line="95" />
            <source>单位名称不能为空</source>
            <translation>The unit name cannot be empty</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/assignment_edit_model.py" line="112" />
            <source>该单位已被他人移除，修改未保存</source>
            <translation>Someone else has removed this unit; your change was not saved</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <location filename="../../desktop/ui/common/background_task.py" line="35" />
            <source>无法写入或读取文件：{reason}</source>
            <translation>Cannot write or read the file: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/common/background_task.py" line="39" />
            <source>处理失败（{kind}）：{reason}</source>
            <translation>Failed ({kind}): {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/common/background_task.py" line="50" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <location filename="../../desktop/ui/backup_dialog.py" line="24" />
            <source>备份与恢复</source>
            <translation>Backups and restore</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup_dialog.py" line="26" />
            <source>启动时</source>
            <translation>At start</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup_dialog.py" line="26" />
            <source>每日</source>
            <translation>Daily</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup_dialog.py" line="26" />
            <source>数据库升级前</source>
            <translation>Before a database upgrade</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup_dialog.py" line="27" />
            <source>导入回收台账前</source>
            <translation>Before importing a returned ledger</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup_dialog.py" line="27" />
            <source>合并单位前</source>
            <translation>Before merging units</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup_dialog.py" line="28" />
            <source>恢复前</source>
            <translation>Before a restore</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup_dialog.py" line="28" />
            <source>手动</source>
            <translation>Manual</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup_dialog.py" line="29" />
            <source>程序在启动时、每天、数据库升级前、导入回收台账前和合并单位前自动备份，保留最近 7 天每天一份、之前 4 周每周一份。恢复前会先备份当前数据，恢复后仍可恢复回来。</source>
            <translation>PolicyDesk backs up automatically at start, daily, before a database upgrade, before importing a returned ledger and before merging units; it keeps one backup a day for the last 7 days and one a week for the 4 weeks before. A restore first backs up the current data, so it can be undone by restoring again.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup_dialog.py" line="33" />
            <source>备份列表</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup_dialog.py" line="34" />
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup_dialog.py" line="34" />
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup_dialog.py" line="34" />
            <source>大小</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup_dialog.py" line="42" />
            <source>立即备份</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup_dialog.py" line="43" />
            <source>恢复所选备份…</source>
            <translation>Restore the selected backup…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup_dialog.py" line="80" />
            <source>已备份</source>
            <translation>Backed up</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup_dialog.py" line="87" />
            <source>恢复备份</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup_dialog.py" line="88" />
            <source>把全部数据恢复到 {time}（{reason}）的备份？
此后所做的修改（批注、状态、导入的文件等）将不在恢复后的数据中；恢复前会先把当前数据备份一份，需要时可再恢复回来。</source>
            <translation>Restore all data to the backup of {time} ({reason})?
Changes made since then (notes, statuses, imported files…) will not be in the restored data; the current data is backed up first, so you can restore it again if needed.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup_dialog.py" line="99" />
            <source>恢复失败，数据未改动：{reason}</source>
            <translation>The restore failed; the data was not changed: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/backup_dialog.py" line="104" />
            <source>已恢复到 {time} 的备份</source>
            <translation>Restored the backup of {time}</translation>
        </message>
    </context>
    <context>
        <name>BulkEditBar</name>
        <message>
            <location filename="../../desktop/ui/tasks/task_table_pane.py" line="29" />
            <source>（不改）</source>
            <translation>(unchanged)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/task_table_pane.py" line="33" />
            <source>所选任务改为的状态</source>
            <translation>New status for the selected tasks</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/task_table_pane.py" line="34" />
            <source>所选任务改为的完成时限</source>
            <translation>New deadline for the selected tasks</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/task_table_pane.py" line="35" />
            <source>所选任务改为的责任人</source>
            <translation>New owner for the selected tasks</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/task_table_pane.py" line="49" />
            <source>已选 {n} 项</source>
            <translation>{n} selected</translation>
        </message>
        <message>
            <location filename="../../forms/bulk_edit_bar.ui" line="14" />
            <source>批量修改</source>
            <translation>Bulk edit</translation>
        </message>
        <message>
            <location filename="../../forms/bulk_edit_bar.ui" line="32" />
            <source>已选 0 项</source>
            <translation>0 selected</translation>
        </message>
        <message>
            <location filename="../../forms/bulk_edit_bar.ui" line="39" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../forms/bulk_edit_bar.ui" line="49" />
            <source>选“不改”则保留各项原状态</source>
            <translation>Choose “(unchanged)” to keep each row's status</translation>
        </message>
        <message>
            <location filename="../../forms/bulk_edit_bar.ui" line="56" />
            <source>完成时限</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../forms/bulk_edit_bar.ui" line="59" />
            <source>勾选后把所选各项的完成时限改为右边的日期</source>
            <translation>When checked, sets the deadline of every selected row to the date on the right</translation>
        </message>
        <message>
            <location filename="../../forms/bulk_edit_bar.ui" line="69" />
            <source>yyyy-MM-dd</source>
            <translation>yyyy-MM-dd</translation>
        </message>
        <message>
            <location filename="../../forms/bulk_edit_bar.ui" line="79" />
            <source>责任人</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../forms/bulk_edit_bar.ui" line="95" />
            <source>留空则不改</source>
            <translation>Leave empty to keep</translation>
        </message>
        <message>
            <location filename="../../forms/bulk_edit_bar.ui" line="105" />
            <source>应用到所选</source>
            <translation>Apply to selection</translation>
        </message>
    </context>
    <context>
        <name>CompareCommands</name>
        <message>
            <location filename="../../desktop/ui/compare/commands.py" line="59" />
            <source>固定配对</source>
            <translation>Pin pair</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/commands.py" line="59" />
            <source>取消配对</source>
            <translation>Unpin pair</translation>
        </message>
    </context>
    <context>
        <name>CompareCoverageModel</name>
        <message>
            <location filename="../../desktop/ui/compare/coverage_model.py" line="28" />
            <source>A条目</source>
            <translation>A item</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/coverage_model.py" line="28" />
            <source>A措施</source>
            <translation>A measure</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/coverage_model.py" line="28" />
            <source>B落实条目</source>
            <translation>Picked up in B</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/coverage_model.py" line="28" />
            <source>结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/coverage_model.py" line="28" />
            <source>相似度</source>
            <translation>Similarity</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/coverage_model.py" line="29" />
            <source>单位变化</source>
            <translation>Unit changes</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/coverage_model.py" line="47" />
            <source>B增加：{units}</source>
            <translation>Added in B: {units}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/coverage_model.py" line="49" />
            <source>B未列：{units}</source>
            <translation>Not in B: {units}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/coverage_model.py" line="51" />
            <source>角色变化：{units}</source>
            <translation>Role changed: {units}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/coverage_model.py" line="71" />
            <source>未体现</source>
            <translation>Not picked up</translation>
        </message>
    </context>
    <context>
        <name>CompareLabels</name>
        <message>
            <location filename="../../desktop/ui/compare/labels.py" line="36" />
            <source>相同</source>
            <translation>Same</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/labels.py" line="36" />
            <source>改写</source>
            <translation>Reworded</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/labels.py" line="36" />
            <source>移动</source>
            <translation>Moved</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/labels.py" line="36" />
            <source>拆分</source>
            <translation>Split</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/labels.py" line="37" />
            <source>合并</source>
            <translation>Merged</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/labels.py" line="37" />
            <source>仅A有</source>
            <translation>Only in A</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/labels.py" line="37" />
            <source>仅B有</source>
            <translation>Only in B</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/labels.py" line="42" />
            <source>文字无变化</source>
            <translation>Text unchanged</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/labels.py" line="42" />
            <source>仅空白变化</source>
            <translation>Whitespace only</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/labels.py" line="42" />
            <source>仅标点变化</source>
            <translation>Punctuation only</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/labels.py" line="43" />
            <source>措辞变化</source>
            <translation>Wording changed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/labels.py" line="59" />
            <source>（无对应）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/labels.py" line="94" />
            <source>牵头</source>
            <translation>lead</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/labels.py" line="94" />
            <source>配合</source>
            <translation>support</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/labels.py" line="81" />
            <source>增：{units}</source>
            <translation>Added: {units}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/labels.py" line="83" />
            <source>减：{units}</source>
            <translation>Removed: {units}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/labels.py" line="85" />
            <source>{unit} {old}→{new}</source>
            <translation>{unit} {old}→{new}</translation>
        </message>
    </context>
    <context>
        <name>CompareOverview</name>
        <message>
            <location filename="../../desktop/ui/compare/overview.py" line="25" />
            <source>差异分布：点击跳转</source>
            <translation>Where the differences are: click to jump</translation>
        </message>
    </context>
    <context>
        <name>ComparePairsModel</name>
        <message>
            <location filename="../../desktop/ui/compare/pairs_model.py" line="36" />
            <source>序号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/pairs_model.py" line="36" />
            <source>结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/pairs_model.py" line="36" />
            <source>A条目</source>
            <translation>A item</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/pairs_model.py" line="36" />
            <source>B条目</source>
            <translation>B item</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/pairs_model.py" line="36" />
            <source>相似度</source>
            <translation>Similarity</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/pairs_model.py" line="37" />
            <source>变化</source>
            <translation>Changes</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/pairs_model.py" line="69" />
            <source>（固定）</source>
            <translation> (pinned)</translation>
        </message>
    </context>
    <context>
        <name>ComparePane</name>
        <message>
            <location filename="../../desktop/ui/compare/pane.py" line="35" />
            <source>A侧原文</source>
            <translation>Text of A</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/pane.py" line="35" />
            <source>B侧原文</source>
            <translation>Text of B</translation>
        </message>
    </context>
    <context>
        <name>CompareWindow</name>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="90" />
            <source>对照</source>
            <translation>Compare</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="105" />
            <source>上一处差异</source>
            <translation>Previous difference</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="106" />
            <source>上一处差异（Shift+F7）</source>
            <translation>Previous difference (Shift+F7)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="107" />
            <source>下一处差异</source>
            <translation>Next difference</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="107" />
            <source>下一处差异（F7）</source>
            <translation>Next difference (F7)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="112" />
            <source>同步滚动</source>
            <translation>Sync scrolling</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="113" />
            <source>滚动一侧时另一侧对齐到对应措施</source>
            <translation>Scrolling one side brings the matching measures into line on the other</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="115" />
            <source>交换 A/B</source>
            <translation>Swap A/B</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="116" />
            <source>交换两侧：B 作为 A，A 作为 B（覆盖情况随之改为看 A 是否落实 B）</source>
            <translation>Swap the sides: B becomes A and A becomes B (coverage then asks whether A implements B)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="119" />
            <source>显示：</source>
            <translation>Show:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="122" />
            <source>显示哪些配对</source>
            <translation>Pairs shown</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="123" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="123" />
            <source>仅有变化</source>
            <translation>Changed only</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="123" />
            <source>仅未匹配</source>
            <translation>Unmatched only</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="128" />
            <source>固定配对</source>
            <translation>Pin pair</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="129" />
            <source>把两侧选中的措施固定为一对（在两侧原文中各点选一项措施）</source>
            <translation>Pin the measures picked on both sides as a pair (click one measure in each text)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="130" />
            <source>取消配对</source>
            <translation>Unpin pair</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="131" />
            <source>拆开当前这一对，不再自动配对</source>
            <translation>Break the current pair apart and never pair it automatically</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="132" />
            <source>添加批注</source>
            <translation>Add note</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="132" />
            <source>为原文中选中的文字添加批注</source>
            <translation>Add a note to the text selected in either document</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="134" />
            <source>导出Word</source>
            <translation>Export Word</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="135" />
            <source>导出Excel</source>
            <translation>Export Excel</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="136" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="259" />
            <source>差异 {i}/{n}</source>
            <translation>Difference {i}/{n}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="262" />
            <source>共 {n} 处差异</source>
            <translation>{n} differences</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="382" />
            <source>对照表</source>
            <translation>comparison</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="64" />
            <location filename="../../desktop/ui/compare/window.py" line="161" />
            <source>差异列表</source>
            <translation>Changes</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="68" />
            <source>覆盖情况</source>
            <translation>Coverage</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="167" />
            <source>覆盖情况（B 是否落实 A）</source>
            <translation>Coverage (does B implement A?)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="170" />
            <location filename="../../desktop/ui/compare/window.py" line="213" />
            <source>A侧措施</source>
            <translation>A measure</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="171" />
            <location filename="../../desktop/ui/compare/window.py" line="214" />
            <source>B侧措施</source>
            <translation>B measure</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="190" />
            <source>对照：{a} ↔ {b}</source>
            <translation>Compare: {a} ↔ {b}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="192" />
            <source>A：{title}</source>
            <translation>A: {title}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="192" />
            <source>B：{title}</source>
            <translation>B: {title}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="200" />
            <source>A的 {total} 项措施中，B体现了 {covered} 项，未体现 {missing} 项。</source>
            <translation>Of the {total} measures of A, B picks up {covered} and leaves out {missing}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="217" />
            <source>已交换：A 为《{a}》</source>
            <translation>Swapped: A is “{a}”</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="285" />
            <source>已是最后一处差异</source>
            <translation>This is the last difference</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="292" />
            <source>已是第一处差异</source>
            <translation>This is the first difference</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="326" />
            <source>固定配对：A {a} ↔ B {b}</source>
            <translation>Pin pair: A {a} ↔ B {b}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="363" />
            <source>请先在原文中选中要批注的文字</source>
            <translation>First select the text to annotate</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="386" />
            <source>导出对照表（Word）</source>
            <translation>Export comparison (Word)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="390" />
            <source>导出对照表（Excel）</source>
            <translation>Export comparison (Excel)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="397" />
            <source>导出失败</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="397" />
            <source>无法写入文件：{error}</source>
            <translation>Cannot write the file: {error}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/compare/window.py" line="399" />
            <source>已导出：{path}</source>
            <translation>Exported: {path}</translation>
        </message>
    </context>
    <context>
        <name>ConnectTeamDialog</name>
        <message>
            <location filename="../../desktop/ui/team/connect_dialog.py" line="24" />
            <location filename="../../desktop/ui/team/connect_dialog.py" line="93" />
            <source>连接团队数据库</source>
            <translation>Connect to the team database</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/connect_dialog.py" line="33" />
            <source>记住密码（保存在系统钥匙串或仅本人可读的密码文件中）</source>
            <translation>Remember the password (in the system keyring, or a password file only you can read)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/connect_dialog.py" line="34" />
            <source>服务器地址，如 10.1.2.3 或 ledger-server</source>
            <translation>Server address, e.g. 10.1.2.3 or ledger-server</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/connect_dialog.py" line="36" />
            <source>服务器</source>
            <translation>Server</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/connect_dialog.py" line="36" />
            <source>端口</source>
            <translation>Port</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/connect_dialog.py" line="37" />
            <source>数据库</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/connect_dialog.py" line="37" />
            <source>用户名</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/connect_dialog.py" line="38" />
            <source>密码</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/connect_dialog.py" line="42" />
            <source>测试连接</source>
            <translation>Test connection</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/connect_dialog.py" line="45" />
            <source>连接</source>
            <translation>Connect</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/connect_dialog.py" line="63" />
            <source>请填写数据库名称和用户名</source>
            <translation>Enter the database name and the user name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/connect_dialog.py" line="117" />
            <source>连接团队数据库…</source>
            <translation>Connect to Team Database…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/connect_dialog.py" line="95" />
            <source>团队数据库 {where}</source>
            <translation>Team database {where}</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticsDialog</name>
        <message>
            <location filename="../../desktop/ui/review/diagnostics_dialog.py" line="78" />
            <location filename="../../desktop/ui/review/diagnostics_dialog.py" line="82" />
            <source>识别情况</source>
            <translation>Recognition details</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/diagnostics_dialog.py" line="86" />
            <source>如果识别有误，请点“复制”，把以上内容连同原文件发给技术支持。</source>
            <translation>If something was recognised wrongly, click Copy and send this text with the original file to support.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/diagnostics_dialog.py" line="87" />
            <source>复制</source>
            <translation>Copy</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/diagnostics_dialog.py" line="88" />
            <source>把识别情况复制到剪贴板</source>
            <translation>Copy the recognition details to the clipboard</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/diagnostics_dialog.py" line="103" />
            <source>已复制到剪贴板</source>
            <translation>Copied to the clipboard</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticsReport</name>
        <message>
            <location filename="../../desktop/ui/review/diagnostics_dialog.py" line="32" />
            <source>文件已不在数据库中。</source>
            <translation>The document is no longer in the store.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/diagnostics_dialog.py" line="42" />
            <source>本文件导入时尚未记录识别情况（较早版本导入）；重新导入原文件即可查看。</source>
            <translation>No recognition details were recorded when this document was imported (an older version); import the original file again to see them.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/diagnostics_dialog.py" line="62" />
            <source>有责任单位的任务：没有识别出任务</source>
            <translation>Tasks with a responsible unit: no tasks recognised</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/diagnostics_dialog.py" line="64" />
            <source>警告：</source>
            <translation>Warnings: </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/diagnostics_dialog.py" line="35" />
            <source>识别情况：{title}</source>
            <translation>Recognition details: {title}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/diagnostics_dialog.py" line="36" />
            <source>原文件：{name}</source>
            <translation>Original file: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/diagnostics_dialog.py" line="39" />
            <source>识别结果：共 {n} 项措施（任务 {tasks} 项，背景条目 {context} 项）</source>
            <translation>Recognised: {n} measures ({tasks} tasks, {context} context items)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/diagnostics_dialog.py" line="47" />
            <source>正文范围：第 {start} 至第 {end} 字（第 {first} 至第 {last} 段），全文共 {total} 字</source>
            <translation>Body: characters {start} to {end} (paragraphs {first} to {last}) of {total}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/diagnostics_dialog.py" line="53" />
            <source>编号层级：{levels}</source>
            <translation>Numbering levels: {levels}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/diagnostics_dialog.py" line="55" />
            <source>编号不连续：{places}</source>
            <translation>Irregular numbering: {places}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/diagnostics_dialog.py" line="55" />
            <source>无</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/diagnostics_dialog.py" line="37" />
            <source>文号：</source>
            <translation>Document number: </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/diagnostics_dialog.py" line="37" />
            <source>发文机关：</source>
            <translation>Issuer: </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/diagnostics_dialog.py" line="38" />
            <source>日期：</source>
            <translation>Date: </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/diagnostics_dialog.py" line="50" />
            <source>正文开头：{text}</source>
            <translation>Body starts: {text}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/diagnostics_dialog.py" line="51" />
            <source>正文结尾：{text}</source>
            <translation>Body ends: {text}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/diagnostics_dialog.py" line="53" />
            <source>未找到编号</source>
            <translation>no numbering found</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/diagnostics_dialog.py" line="59" />
            <source>有责任单位的任务：{units:.0%}；有牵头单位的任务：{lead:.0%}（共 {n} 项任务）</source>
            <translation>Tasks with a responsible unit: {units:.0%}; with a lead unit: {lead:.0%} (of {n} tasks)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/diagnostics_dialog.py" line="67" />
            <source>识别出的提纲（前 {n} 条）：</source>
            <translation>Outline recognised (first {n} entries):</translation>
        </message>
    </context>
    <context>
        <name>DocumentWarnings</name>
        <message>
            <location filename="../../desktop/ui/review/document_warnings.py" line="16" />
            <source>未识别措施</source>
            <translation>No measures found</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/document_warnings.py" line="16" />
            <source>未识别责任单位</source>
            <translation>No responsible units found</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/document_warnings.py" line="16" />
            <source>编号不连续</source>
            <translation>Irregular numbering</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/document_warnings.py" line="22" />
            <source>未识别措施：没有找到编号的措施条目（一、/（一）/1./第X条）或任务分工表</source>
            <translation>No measures found: no numbered items (1. / (1) / Article N) and no task table</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/document_warnings.py" line="23" />
            <source>未识别责任单位：措施中没有找到牵头或配合单位</source>
            <translation>No responsible units found: no measure names a lead or supporting unit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/document_warnings.py" line="24" />
            <source>编号不连续：部分条目跳号或重复，提纲可能不完整</source>
            <translation>Irregular numbering: some items skip or repeat a number; the outline may be incomplete</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/document_warnings.py" line="41" />
            <source>右键 → 识别情况… 查看引擎识别到的内容</source>
            <translation>Right-click → Recognition details… to see what the engine found</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/document_warnings.py" line="33" />
            <source>需核对：</source>
            <translation>To check: </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/document_warnings.py" line="37" />
            <source>识别出 {n} 项措施</source>
            <translation>{n} measures recognised</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/document_warnings.py" line="39" />
            <source>有责任单位的任务：{share:.0%}</source>
            <translation>Tasks with a responsible unit: {share:.0%}</translation>
        </message>
    </context>
    <context>
        <name>DueTaskModel</name>
        <message>
            <location filename="../../desktop/ui/tasks/overview_pane.py" line="95" />
            <source>文件</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/overview_pane.py" line="95" />
            <source>序号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/overview_pane.py" line="95" />
            <source>措施</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/overview_pane.py" line="95" />
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/overview_pane.py" line="95" />
            <source>完成时限</source>
            <translation>Deadline</translation>
        </message>
    </context>
    <context>
        <name>EditConflictDialog</name>
        <message>
            <location filename="../../desktop/ui/team/edit_conflict_dialog.py" line="19" />
            <location filename="../../desktop/ui/team/edit_conflict_dialog.py" line="37" />
            <source>修改冲突</source>
            <translation>Edit conflict</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/edit_conflict_dialog.py" line="21" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/edit_conflict_dialog.py" line="21" />
            <source>责任人</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/edit_conflict_dialog.py" line="21" />
            <source>进展情况</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/edit_conflict_dialog.py" line="22" />
            <source>完成时限</source>
            <translation>Due date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/edit_conflict_dialog.py" line="22" />
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/edit_conflict_dialog.py" line="22" />
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/edit_conflict_dialog.py" line="23" />
            <source>（空）</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/edit_conflict_dialog.py" line="24" />
            <source>牵头</source>
            <translation>Lead</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/edit_conflict_dialog.py" line="24" />
            <source>配合</source>
            <translation>Support</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/edit_conflict_dialog.py" line="35" />
            <source>系统编号</source>
            <translation>System id</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/edit_conflict_dialog.py" line="35" />
            <source>字段</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/edit_conflict_dialog.py" line="35" />
            <source>他人已保存</source>
            <translation>Saved by someone else</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/edit_conflict_dialog.py" line="35" />
            <source>我的修改</source>
            <translation>My change</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/edit_conflict_dialog.py" line="36" />
            <source>采用</source>
            <translation>Keep</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/edit_conflict_dialog.py" line="41" />
            <source>A{id} 的{field}采用哪一边</source>
            <translation>Which side to keep for {field} of A{id}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/edit_conflict_dialog.py" line="42" />
            <source>保留他人已保存的</source>
            <translation>Keep the saved value</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/edit_conflict_dialog.py" line="43" />
            <source>采用我的修改</source>
            <translation>Use my change</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/edit_conflict_dialog.py" line="47" />
            <source>您修改的 {n} 处在您打开后已被他人保存，您的修改尚未保存。请逐项选择保留哪一边：</source>
            <translation>{n} of your changes were saved by someone else after you opened them; your changes are not saved yet. Choose which side to keep for each:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/edit_conflict_dialog.py" line="50" />
            <source>全部采用我的修改</source>
            <translation>Use all my changes</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/team/edit_conflict_dialog.py" line="50" />
            <source>全部保留他人已保存的</source>
            <translation>Keep all saved values</translation>
        </message>
    </context>
    <context>
        <name>ExportActions</name>
        <message>
            <location filename="../../desktop/ui/exports/export_actions.py" line="49" />
            <location filename="../../desktop/ui/exports/export_actions.py" line="109" />
            <source>另一项导出或导入正在进行，请稍候</source>
            <translation>Another export or import is running, please wait</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_actions.py" line="56" />
            <source>正在导出任务分工表…</source>
            <translation>Exporting the task ledger…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_actions.py" line="56" />
            <source>正在导出各单位任务台账…</source>
            <translation>Exporting the per-unit ledgers…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_actions.py" line="57" />
            <source>正在导出汇报材料…</source>
            <translation>Exporting the briefing pack…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_actions.py" line="58" />
            <source>导出</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_actions.py" line="82" />
            <source>正在导出 {name}（{done}/{total}）</source>
            <translation>Exporting {name} ({done}/{total})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_actions.py" line="90" />
            <source>已导出 {n} 个单位的任务台账 → {path}</source>
            <translation>Exported the ledgers of {n} units → {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_actions.py" line="93" />
            <source>已导出 → {path}</source>
            <translation>Exported → {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_actions.py" line="102" />
            <source>回收的任务台账（Excel、WPS、LibreOffice） ({patterns})</source>
            <translation>Returned task ledgers (Excel, WPS, LibreOffice) ({patterns})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_actions.py" line="103" />
            <location filename="../../desktop/ui/exports/export_actions.py" line="119" />
            <location filename="../../desktop/ui/exports/export_actions.py" line="126" />
            <source>导入回收台账</source>
            <translation>Import returned ledger</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_actions.py" line="155" />
            <source>；已计入“{name}”</source>
            <translation>; counted for “{name}”</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_actions.py" line="166" />
            <source>没有需要写入的修改</source>
            <translation>Nothing to write</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_actions.py" line="172" />
            <source>磁盘已满</source>
            <translation>the disk is full</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_actions.py" line="173" />
            <source>无法存档原文件（{why}），回收台账未写入，数据库未改动</source>
            <translation>The returned file could not be kept ({why}); nothing was written, the store is unchanged</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_actions.py" line="181" />
            <source>已写入 {n} 处（可撤销）</source>
            <translation>Wrote {n} values (undoable)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_actions.py" line="119" />
            <source>正在读取 {name}…</source>
            <translation>Reading {name}…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_actions.py" line="127" />
            <source>无法从文件判断填报单位，请选择：{name}</source>
            <translation>The file does not say which unit filled it in; choose it: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_actions.py" line="180" />
            <source>已写入 {n} 处（可撤销）；原文件已存档</source>
            <translation>Wrote {n} values (undoable); the original file is kept as evidence</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_actions.py" line="182" />
            <source>；{k} 处冲突保留系统值</source>
            <translation>; {k} conflicts keep the store's value</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_actions.py" line="187" />
            <source>操作未完成</source>
            <translation>Not completed</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="28" />
            <source>导出任务分工表</source>
            <translation>Export task ledger</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="28" />
            <source>导出各单位任务台账</source>
            <translation>Export per-unit ledgers</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="29" />
            <source>导出汇报材料</source>
            <translation>Export briefing pack</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="114" />
            <source>全部文件</source>
            <translation>All documents</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="35" />
            <source>包含内部批注（封面标注“内部资料”）</source>
            <translation>Include internal notes (cover marked 'internal')</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="47" />
            <source>详版（任务名和内容）</source>
            <translation>Full (task name and content)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="48" />
            <source>简版（只写任务名）</source>
            <translation>Short (task names only)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="50" />
            <source>重点任务：</source>
            <translation>Tasks:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="46" />
            <source>重点任务写法</source>
            <translation>How tasks are written</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="39" />
            <source>落款单位</source>
            <translation>Signing office</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="40" />
            <source>如：省发展改革委办公室（留空则留出“（落款单位）”待填）</source>
            <translation>e.g. the issuing office (left empty, the briefing keeps a placeholder to fill in)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="42" />
            <source>落款单位：</source>
            <translation>Signing office:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="53" />
            <source>保存位置</source>
            <translation>Save to</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="57" />
            <source>浏览…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="62" />
            <source>保存到：</source>
            <translation>Save to:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="62" />
            <source>保存到文件夹：</source>
            <translation>Save to folder:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="65" />
            <source>完成后打开</source>
            <translation>Open when done</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="65" />
            <source>完成后打开文件夹</source>
            <translation>Open the folder when done</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="72" />
            <source>导出</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="88" />
            <source>标题字体：</source>
            <translation>Title font:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="88" />
            <source>正文字体：</source>
            <translation>Body font:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="88" />
            <source>一级标题字体：</source>
            <translation>Level-1 heading font:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="89" />
            <source>二级标题字体：</source>
            <translation>Level-2 heading font:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="93" />
            <source>自动：{family}</source>
            <translation>Automatic: {family}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="103" />
            <source>所选范围内没有可导出的内容</source>
            <translation>Nothing to export in this scope</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="113" />
            <source>任务分工表</source>
            <translation>Task assignments</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="113" />
            <source>汇报材料</source>
            <translation>Briefing</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="119" />
            <source>选择保存文件夹</source>
            <translation>Choose a folder</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="121" />
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="121" />
            <source>Word 文档 (*.docx)</source>
            <translation>Word documents (*.docx)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_dialog.py" line="132" />
            <source>请填写保存位置</source>
            <translation>Enter where to save</translation>
        </message>
    </context>
    <context>
        <name>ExportScopeBox</name>
        <message>
            <location filename="../../desktop/ui/exports/export_scope_box.py" line="27" />
            <source>导出范围</source>
            <translation>What to export</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_scope_box.py" line="33" />
            <source>导出的文件</source>
            <translation>Document to export</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_scope_box.py" line="41" />
            <source>导出的单位</source>
            <translation>Unit to export</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_scope_box.py" line="45" />
            <source>导出的状态</source>
            <translation>Status to export</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_scope_box.py" line="46" />
            <source>全部状态</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_scope_box.py" line="50" />
            <source>一个单位</source>
            <translation>One unit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_scope_box.py" line="50" />
            <source>全部有任务的单位（每个单位一个文件）</source>
            <translation>Every unit with tasks (one file per unit)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_scope_box.py" line="52" />
            <source>一个文件</source>
            <translation>One document</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_scope_box.py" line="52" />
            <source>一个单位（跨全部文件）</source>
            <translation>One unit (across all documents)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_scope_box.py" line="53" />
            <source>该文件中该单位的任务</source>
            <translation>That unit's tasks in that document</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_scope_box.py" line="53" />
            <source>全部文件</source>
            <translation>All documents</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_scope_box.py" line="71" />
            <source>只含状态：</source>
            <translation>Only status:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_scope_box.py" line="75" />
            <source>包括指导思想、发展目标等不分工的背景条目</source>
            <translation>Include context items that assign no task (guiding principles, goals)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_scope_box.py" line="85" />
            <source>导出内容</source>
            <translation>Export contents</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_scope_box.py" line="148" />
            <source>（请先选择单位）</source>
            <translation> (choose a unit first)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_scope_box.py" line="152" />
            <source>（{n} 项任务）</source>
            <translation> ({n} tasks)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_scope_box.py" line="154" />
            <source>：{n} 个单位</source>
            <translation>: {n} units</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_scope_box.py" line="156" />
            <source>（{n} 项措施）</source>
            <translation> ({n} measures)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_scope_box.py" line="172" />
            <source>请选择单位。</source>
            <translation>Choose a unit.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_scope_box.py" line="175" />
            <source>所选范围内没有措施，不会导出空文件。请改选范围（括号中是各范围的措施数）。</source>
            <translation>No measures in this scope: an empty file is not exported. Choose another scope (the number of measures of each is in brackets).</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_scope_box.py" line="180" />
            <source>将导出 {n} 个单位的任务台账（每个单位一个文件），共 {t} 项任务</source>
            <translation>Will export the task ledgers of {n} units (one file per unit), {t} tasks in all</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_scope_box.py" line="182" />
            <source>{unit}：{n} 项任务</source>
            <translation>{unit}: {n} tasks</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_scope_box.py" line="184" />
            <source>将导出 {d} 个文件、{m} 项措施，涉及 {u} 个单位</source>
            <translation>Will export {d} documents, {m} measures, {u} units</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_scope_box.py" line="186" />
            <source>《{title}》：{n} 项措施</source>
            <translation>“{title}”: {n} measures</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_scope_box.py" line="187" />
            <source>单位：</source>
            <translation>Units: </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_scope_box.py" line="188" />
            <source> 等 {n} 个</source>
            <translation> and {n} more</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/export_scope_box.py" line="191" />
            <source>……另有 {n} 项</source>
            <translation>… {n} more</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../desktop/ui/review/filter_bar.py" line="26" />
            <source>搜索措施全文（Ctrl+F）</source>
            <translation>Search the text of measures (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/filter_bar.py" line="28" />
            <source>搜索措施全文</source>
            <translation>Search the measures</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/filter_bar.py" line="31" />
            <source>单位筛选</source>
            <translation>Unit filter</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/filter_bar.py" line="32" />
            <source>角色筛选</source>
            <translation>Role filter</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/filter_bar.py" line="33" />
            <source>全部角色</source>
            <translation>All roles</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/filter_bar.py" line="33" />
            <source>● 牵头</source>
            <translation>● Lead</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/filter_bar.py" line="33" />
            <source>○ 配合</source>
            <translation>○ Support</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/filter_bar.py" line="34" />
            <source>状态筛选</source>
            <translation>Status filter</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/filter_bar.py" line="35" />
            <source>全部状态</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/filter_bar.py" line="36" />
            <source>时限筛选</source>
            <translation>Deadline filter</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/filter_bar.py" line="37" />
            <source>全部时限</source>
            <translation>All deadlines</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/filter_bar.py" line="37" />
            <source>已逾期</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/filter_bar.py" line="38" />
            <source>即将到期</source>
            <translation>Due within</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/filter_bar.py" line="39" />
            <source> 天内</source>
            <translation> days</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/filter_bar.py" line="40" />
            <source>到期天数</source>
            <translation>Days until due</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/filter_bar.py" line="42" />
            <source>全部文件</source>
            <translation>All documents</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/filter_bar.py" line="42" />
            <source>文件筛选</source>
            <translation>Document filter</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/filter_bar.py" line="45" />
            <source>全部标签</source>
            <translation>All tags</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/filter_bar.py" line="45" />
            <source>标签筛选</source>
            <translation>Tag filter</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/filter_bar.py" line="46" />
            <source>条目筛选</source>
            <translation>Item filter</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/filter_bar.py" line="46" />
            <source>全部条目</source>
            <translation>All items</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/filter_bar.py" line="46" />
            <source>仅任务</source>
            <translation>Tasks only</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/filter_bar.py" line="47" />
            <source>仅任务：不显示指导思想、发展目标等背景条目</source>
            <translation>Tasks only: hide context items such as guiding principles and development goals</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/filter_bar.py" line="48" />
            <source>清除筛选</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/filter_bar.py" line="49" />
            <source>清除全部筛选条件（Ctrl+Shift+L）</source>
            <translation>Clear all filters (Ctrl+Shift+L)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/filter_bar.py" line="119" />
            <source>搜索词过多：只按前 {max} 个词搜索，其余 {n} 个词未使用</source>
            <translation>Too many words: only the first {max} are searched, {n} left unused</translation>
        </message>
    </context>
    <context>
        <name>ImportResultDialog</name>
        <message>
            <location filename="../../desktop/ui/review/import_result_dialog.py" line="33" />
            <location filename="../../desktop/ui/review/import_result_dialog.py" line="45" />
            <source>导入结果</source>
            <translation>Import results</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/import_result_dialog.py" line="35" />
            <source>已导入</source>
            <translation>Imported</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/import_result_dialog.py" line="35" />
            <source>新版本</source>
            <translation>New version</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/import_result_dialog.py" line="35" />
            <source>重复，未改动</source>
            <translation>Duplicate, unchanged</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/import_result_dialog.py" line="36" />
            <source>失败</source>
            <translation>Failed</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/import_result_dialog.py" line="36" />
            <source>需核对</source>
            <translation>To check</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/import_result_dialog.py" line="36" />
            <source>已跳过</source>
            <translation>Skipped</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/import_result_dialog.py" line="37" />
            <source>已取消</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/import_result_dialog.py" line="41" />
            <source>共 {n} 个文件：</source>
            <translation>Files: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/import_result_dialog.py" line="46" />
            <source>文件</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/import_result_dialog.py" line="46" />
            <source>结果</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/import_result_dialog.py" line="46" />
            <source>说明</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/import_result_dialog.py" line="70" />
            <source>红色的文件需核对：双击可查看“识别情况”，并可复制发给技术支持。</source>
            <translation>Files in red need checking: double-click to see the recognition details, which you can copy for support.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/import_result_dialog.py" line="74" />
            <source>识别情况…</source>
            <translation>Recognition details…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/import_result_dialog.py" line="91" />
            <source>（{message}）</source>
            <translation> ({message})</translation>
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <location filename="../../desktop/ui/review/library_model.py" line="26" />
            <source>文件</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/library_model.py" line="26" />
            <source>措施</source>
            <translation>Measures</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/library_model.py" line="31" />
            <source>全部文件（{n} 个）</source>
            <translation>All documents ({n})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/library_model.py" line="32" />
            <source>显示全部文件的措施</source>
            <translation>Show the measures of all documents</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/library_model.py" line="52" />
            <source>（未识别发文机关）</source>
            <translation>(Unknown issuer)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/library_model.py" line="53" />
            <source>（无日期）</source>
            <translation>(No date)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/library_model.py" line="67" />
            <source>（第{n}版）</source>
            <translation>(version {n})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/library_model.py" line="69" />
            <source>〔需核对〕</source>
            <translation> [to check]</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/library_model.py" line="76" />
            <source>第{n}版：{title}</source>
            <translation>Version {n}: {title}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="58" />
            <source>批注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="64" />
            <source>调度</source>
            <translation>Rounds</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="65" />
            <source>推进历程</source>
            <translation>Progress history</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="70" />
            <source>批注栏</source>
            <translation>Notes pane</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="73" />
            <source>显示或隐藏批注栏（F9）</source>
            <translation>Show or hide the notes pane (F9)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="87" />
            <source>撤销</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="89" />
            <source>重做</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="183" />
            <source>请先在原文中选中要批注的文字</source>
            <translation>Select the text to annotate in the source first</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="192" />
            <source>请先在筛选栏选择单位</source>
            <translation>Choose a unit in the filter bar first</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="223" />
            <source>对照</source>
            <translation>Compare</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="223" />
            <source>请在文件库中选中两个文件（按住 Ctrl 点选），或选中一个有上一版本的文件。</source>
            <translation>Select two documents in the library (Ctrl+click), or one document that has a previous version.</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="6" />
            <source>政策台账</source>
            <translation>PolicyDesk</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="212" />
            <source>关于政策台账</source>
            <translation>About PolicyDesk</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="246" />
            <location filename="../../forms/main_window.ui" line="77" />
            <source>界面语言</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="246" />
            <source>界面语言将在下次启动时切换。</source>
            <translation>The interface language will change the next time PolicyDesk starts.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="251" />
            <source>导入政策文件</source>
            <translation>Import policy documents</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="251" />
            <source>政策文件 ({p})</source>
            <translation>Policy documents ({p})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="256" />
            <source>导入文件夹</source>
            <translation>Import folder</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="263" />
            <source>正在导入，请等待当前导入完成</source>
            <translation>An import is running; wait for it to finish</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="266" />
            <source>正在导入…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="266" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="267" />
            <source>导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="280" />
            <source>正在导入 {name}（{done}/{total}）</source>
            <translation>Importing {name} ({done}/{total})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="293" />
            <source>导入完成：{n} 个文件</source>
            <translation>Import finished: {n} file(s)</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="18" />
            <location filename="../../forms/main_window.ui" line="175" />
            <source>措施审阅</source>
            <translation>Review</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="27" />
            <location filename="../../forms/main_window.ui" line="179" />
            <source>任务分工表</source>
            <translation>Task assignments</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="36" />
            <location filename="../../forms/main_window.ui" line="183" />
            <source>总览</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="50" />
            <source>文件(&amp;F)</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="62" />
            <source>导出(&amp;X)</source>
            <translation>E&amp;xport</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="68" />
            <source>编辑(&amp;E)</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="75" />
            <source>视图(&amp;V)</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="93" />
            <source>帮助(&amp;H)</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="103" />
            <source>工具栏</source>
            <translation>Toolbar</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="120" />
            <source>导入文件…</source>
            <translation>Import files…</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="121" />
            <source>Ctrl+O</source>
            <translation>Ctrl+O</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="122" />
            <source>导入政策文件（.docx .pdf .html .txt .md）</source>
            <translation>Import policy documents (.docx .pdf .html .txt .md)</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="125" />
            <source>导入文件夹…</source>
            <translation>Import folder…</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="126" />
            <source>Ctrl+Shift+O</source>
            <translation>Ctrl+Shift+O</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="127" />
            <source>导入文件夹中的全部文件</source>
            <translation>Import every file in a folder</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="130" />
            <source>导入回收台账…</source>
            <translation>Import returned ledger…</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="131" />
            <source>Ctrl+Shift+R</source>
            <translation>Ctrl+Shift+R</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="132" />
            <source>读取各单位填报后交回的任务台账，预览后写入</source>
            <translation>Read a ledger a unit filled in and sent back; preview, then write</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="135" />
            <source>对照…</source>
            <translation>Compare…</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="136" />
            <source>Ctrl+D</source>
            <translation>Ctrl+D</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="137" />
            <source>对照文件库中选中的两个文件，或一个文件与其上一版本</source>
            <translation>Compare the two documents selected in the library, or one with its previous version</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="140" />
            <source>任务分工表（Excel）…</source>
            <translation>Task ledger (Excel)…</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="141" />
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="142" />
            <source>导出任务分工表/台账（含矩阵和汇总）</source>
            <translation>Export the task ledger (with matrix and summary)</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="145" />
            <source>各单位任务台账（Excel）…</source>
            <translation>Per-unit ledgers (Excel)…</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="146" />
            <source>每个单位一个工作簿，供各单位填报后交回</source>
            <translation>One workbook per unit, for the unit to fill in and send back</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="149" />
            <source>汇报材料（Word）…</source>
            <translation>Briefing pack (Word)…</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="150" />
            <source>Ctrl+Shift+E</source>
            <translation>Ctrl+Shift+E</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="151" />
            <source>按公文格式导出汇报材料</source>
            <translation>Export a briefing pack in the official document format</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="154" />
            <source>备份与恢复…</source>
            <translation>Backups and Restore…</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="155" />
            <source>查看自动备份，或把数据恢复到某一份备份</source>
            <translation>See the automatic backups, or restore the data from one of them</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="158" />
            <source>退出</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="159" />
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="162" />
            <source>添加批注</source>
            <translation>Add note</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="163" />
            <source>Ctrl+M</source>
            <translation>Ctrl+M</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="164" />
            <source>为原文中选中的文字添加批注</source>
            <translation>Add a note to the selected source text</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="167" />
            <source>搜索措施</source>
            <translation>Search measures</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="168" />
            <source>Ctrl+F</source>
            <translation>Ctrl+F</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="171" />
            <source>清除筛选</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="172" />
            <source>Ctrl+Shift+L</source>
            <translation>Ctrl+Shift+L</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="176" />
            <source>Ctrl+1</source>
            <translation>Ctrl+1</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="180" />
            <source>Ctrl+2</source>
            <translation>Ctrl+2</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="184" />
            <source>Ctrl+3</source>
            <translation>Ctrl+3</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="187" />
            <source>本单位全部任务</source>
            <translation>All tasks of this unit</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="188" />
            <source>Ctrl+U</source>
            <translation>Ctrl+U</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="189" />
            <source>当前筛选单位在全部文件中的任务</source>
            <translation>Tasks of the filtered unit in all documents</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="192" />
            <source>转到文件库</source>
            <translation>Go to library</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="193" />
            <source>Alt+1</source>
            <translation>Alt+1</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="196" />
            <source>转到措施表</source>
            <translation>Go to measure table</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="197" />
            <source>Alt+2</source>
            <translation>Alt+2</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="200" />
            <source>转到原文</source>
            <translation>Go to source text</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="201" />
            <source>Alt+3</source>
            <translation>Alt+3</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="204" />
            <source>中文</source>
            <translation>中文</translation>
        </message>
        <message>
            <location filename="../../forms/main_window.ui" line="208" />
            <source>English</source>
            <translation>English</translation>
        </message>
    </context>
    <context>
        <name>MeasureColumns</name>
        <message>
            <location filename="../../desktop/ui/review/measure_columns.py" line="36" />
            <source>右键单击表头可选择显示哪些列</source>
            <translation>Right-click the header to choose the columns shown</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/measure_columns.py" line="114" />
            <source>按窗口宽度自动排列</source>
            <translation>Fit to the window width</translation>
        </message>
    </context>
    <context>
        <name>MeasureEditor</name>
        <message>
            <location filename="../../desktop/ui/review/measure_editor.py" line="88" />
            <source>移除</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/measure_editor.py" line="89" />
            <source>将选中的单位从本措施中移除</source>
            <translation>Remove the selected unit from this measure</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/measure_editor.py" line="92" />
            <source>单位名称</source>
            <translation>Unit name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/measure_editor.py" line="93" />
            <source>要添加的单位</source>
            <translation>Unit to add</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/measure_editor.py" line="97" />
            <source>要添加的单位的角色</source>
            <translation>Role of the unit to add</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/measure_editor.py" line="101" />
            <source>添加单位</source>
            <translation>Add unit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/measure_editor.py" line="109" />
            <source>完成时限</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/measure_editor.py" line="112" />
            <source>原文未写明完成时限</source>
            <translation>The text gives no deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/measure_editor.py" line="224" />
            <source>您的修改与他人刚保存的内容冲突，尚未保存</source>
            <translation>Your change conflicts with what someone else just saved; not saved yet</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/measure_editor.py" line="69" />
            <location filename="../../desktop/ui/review/measure_editor.py" line="122" />
            <source>责任单位</source>
            <translation>Responsible units</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/measure_editor.py" line="140" />
            <source>未选择措施</source>
            <translation>No measure selected</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/measure_editor.py" line="192" />
            <source>原文：{text}</source>
            <translation>Text: {text}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/measure_editor.py" line="195" />
            <source>完成时限：{text}</source>
            <translation>Deadline: {text}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/measure_editor.py" line="197" />
            <source>按原文推算的截止日期；更正后重新导入不会覆盖</source>
            <translation>Deadline worked out from the text; a correction is kept on re-import</translation>
        </message>
    </context>
    <context>
        <name>MeasureTableModel</name>
        <message>
            <location filename="../../desktop/ui/review/measure_table_model.py" line="24" />
            <source>文件</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/measure_table_model.py" line="144" />
            <source>〔背景〕</source>
            <translation>[context] </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/measure_table_model.py" line="146" />
            <source>背景条目（指导思想、目标等），不分配任务：</source>
            <translation>Context item (guiding principles, goals…), assigns no task: </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/measure_table_model.py" line="24" />
            <source>路径</source>
            <translation>Section</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/measure_table_model.py" line="24" />
            <source>措施</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/measure_table_model.py" line="24" />
            <source>牵头单位</source>
            <translation>Lead unit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/measure_table_model.py" line="24" />
            <source>配合单位</source>
            <translation>Supporting units</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/measure_table_model.py" line="24" />
            <source>完成时限</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/measure_table_model.py" line="24" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/measure_table_model.py" line="24" />
            <source>责任人</source>
            <translation>Owner</translation>
        </message>
    </context>
    <context>
        <name>NewRoundDialog</name>
        <message>
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="30" />
            <source>新建一期</source>
            <translation>New round</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="32" />
            <source>全部文件</source>
            <translation>All documents</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="40" />
            <source>本期名称</source>
            <translation>Round name</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="41" />
            <source>报送截止</source>
            <translation>Returns due</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="42" />
            <source>范围</source>
            <translation>Scope</translation>
        </message>
    </context>
    <context>
        <name>OutlineModel</name>
        <message>
            <location filename="../../desktop/ui/review/outline_model.py" line="27" />
            <source>提纲</source>
            <translation>Outline</translation>
        </message>
    </context>
    <context>
        <name>OverviewPane</name>
        <message>
            <location filename="../../desktop/ui/tasks/overview_pane.py" line="126" />
            <source>各单位任务状态统计</source>
            <translation>Task status counts by unit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/overview_pane.py" line="132" />
            <source>已逾期的任务</source>
            <translation>Overdue tasks</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/overview_pane.py" line="134" />
            <source>即将到期的任务</source>
            <translation>Tasks due soon</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/overview_pane.py" line="176" />
            <source>已逾期（{n}）</source>
            <translation>Overdue ({n})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/overview_pane.py" line="177" />
            <source>{days} 天内到期（{n}）</source>
            <translation>Due within {days} days ({n})</translation>
        </message>
    </context>
    <context>
        <name>ReturnPreviewDialog</name>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="45" />
            <source>导入回收台账 — {name}</source>
            <translation>Import returned ledger — {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="48" />
            <source>未知（无导出记录，无法判断冲突）</source>
            <translation>unknown (no export on record; conflicts cannot be told)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="49" />
            <source>填报单位：{unit}　导出时间：{at}
对应任务 {rows} 行：修改 {changes} 处，冲突 {conflicts} 处，未读取 {rejected} 行，按序号和重点任务匹配 {fuzzy} 行（黄色，请核对）</source>
            <translation>Unit: {unit}   Exported: {at}
{rows} rows matched: {changes} changes, {conflicts} conflicts, {rejected} rows not read, {fuzzy} rows matched by number and task (yellow, please check)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="55" />
            <source>
计入报送轮次：{name}</source>
            <translation>
Counts for the reporting round: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="57" />
            <source>
完成时限改动 {n} 处：不写入，请在“完成时限”页核对</source>
            <translation>
{n} deadlines changed in the file: not written, see the Deadlines tab</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="59" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="59" />
            <source>责任人</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="59" />
            <source>进展情况</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="60" />
            <source>存在问题</source>
            <translation>Problems</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="60" />
            <source>下一步措施</source>
            <translation>Next steps</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="62" />
            <source>（空）</source>
            <translation>(blank)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="64" />
            <location filename="../../desktop/ui/exports/return_dialog.py" line="68" />
            <location filename="../../desktop/ui/exports/return_dialog.py" line="85" />
            <location filename="../../desktop/ui/exports/return_dialog.py" line="88" />
            <location filename="../../desktop/ui/exports/return_dialog.py" line="91" />
            <source>行</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="64" />
            <location filename="../../desktop/ui/exports/return_dialog.py" line="68" />
            <location filename="../../desktop/ui/exports/return_dialog.py" line="91" />
            <source>序号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="64" />
            <location filename="../../desktop/ui/exports/return_dialog.py" line="68" />
            <source>字段</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="64" />
            <location filename="../../desktop/ui/exports/return_dialog.py" line="68" />
            <source>系统现值</source>
            <translation>In the store</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="64" />
            <location filename="../../desktop/ui/exports/return_dialog.py" line="68" />
            <location filename="../../desktop/ui/exports/return_dialog.py" line="91" />
            <source>文件填写</source>
            <translation>In the file</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="68" />
            <location filename="../../desktop/ui/exports/return_dialog.py" line="91" />
            <source>导出时</source>
            <translation>When exported</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="69" />
            <source>采用</source>
            <translation>Keep</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="79" />
            <source>第 {row} 行冲突采用哪一边</source>
            <translation>Which side to keep for the conflict in row {row}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="80" />
            <source>保留系统值</source>
            <translation>Keep the store's value</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="81" />
            <source>采用文件值</source>
            <translation>Take the file's value</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="85" />
            <source>系统编号</source>
            <translation>System id</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="85" />
            <source>原因</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="88" />
            <source>对应到序号</source>
            <translation>Matched to No.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="88" />
            <source>相似度</source>
            <translation>Similarity</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="88" />
            <source>未按系统编号的原因</source>
            <translation>Why not by system id</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="91" />
            <source>按日期读作</source>
            <translation>Read as the date</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="92" />
            <source>（非具体日期）</source>
            <translation>(not a single date)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="94" />
            <source>修改</source>
            <translation>Changes</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="94" />
            <source>冲突</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="95" />
            <source>未读取的行</source>
            <translation>Rows not read</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="95" />
            <source>按序号匹配的行</source>
            <translation>Rows matched by number</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="96" />
            <source>完成时限改动（不写入）</source>
            <translation>Deadline changes (not written)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="99" />
            <source>修改 ({n})</source>
            <translation>Changes ({n})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="103" />
            <source>全部采用文件值</source>
            <translation>Take the file's value for all</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="103" />
            <source>全部保留系统值</source>
            <translation>Keep the store's value for all</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="110" />
            <source>冲突 ({n})</source>
            <translation>Conflicts ({n})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="111" />
            <source>未读取 ({n})</source>
            <translation>Not read ({n})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="112" />
            <source>按序号匹配 ({n})</source>
            <translation>Matched by number ({n})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="115" />
            <source>部门改动的完成时限不会写入。如需调整，请核对后在任务中修改。</source>
            <translation>Deadlines changed by the department are not written. To change one, check it and edit the task.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="117" />
            <source>完成时限 ({n})</source>
            <translation>Deadlines ({n})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="149" />
            <source>写入 {n} 处</source>
            <translation>Write {n} values</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="151" />
            <source>无可写入的修改</source>
            <translation>Nothing to write</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/exports/return_dialog.py" line="151" />
            <source>记为已报送（无修改）</source>
            <translation>Record as returned (no changes)</translation>
        </message>
    </context>
    <context>
        <name>ReviewTab</name>
        <message>
            <location filename="../../desktop/ui/review/review_tab.py" line="45" />
            <source>文件库</source>
            <translation>Library</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/review_tab.py" line="58" />
            <source>提纲</source>
            <translation>Outline</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/review_tab.py" line="65" />
            <source>措施表</source>
            <translation>Measure table</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/review_tab.py" line="79" />
            <source>显示全部文件</source>
            <translation>Show all documents</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/review_tab.py" line="80" />
            <source>取消“只看本文件”，显示全部文件的措施</source>
            <translation>Stop showing only this document: show the measures of all documents</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/review_tab.py" line="86" />
            <source>原文</source>
            <translation>Source text</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/review_tab.py" line="164" />
            <source>只看《{title}》</source>
            <translation>Only “{title}”</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/review_tab.py" line="178" />
            <source>共 {n} 项措施</source>
            <translation>Measures: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/review_tab.py" line="264" />
            <source>只看本文件</source>
            <translation>This document only</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/review_tab.py" line="265" />
            <source>识别情况…</source>
            <translation>Recognition details…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/review_tab.py" line="266" />
            <source>引擎在本文件中识别到的正文范围、编号层级和警告，可复制发给技术支持</source>
            <translation>The body range, numbering levels and warnings the engine found in this document, to copy for support</translation>
        </message>
    </context>
    <context>
        <name>RoundHistoryPane</name>
        <message>
            <location filename="../../desktop/ui/rounds/history_pane.py" line="17" />
            <source>选择一项措施，查看它在各期调度中的推进情况。</source>
            <translation>Choose a measure to see its progress in each round.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/history_pane.py" line="19" />
            <source>期次</source>
            <translation>Round</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/history_pane.py" line="19" />
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/history_pane.py" line="19" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/history_pane.py" line="19" />
            <source>进展情况</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/history_pane.py" line="19" />
            <source>存在问题</source>
            <translation>Issues</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/history_pane.py" line="20" />
            <source>下一步措施</source>
            <translation>Next steps</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/history_pane.py" line="26" />
            <source>推进历程</source>
            <translation>Progress history</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/history_pane.py" line="41" />
            <source>该措施尚无调度记录。</source>
            <translation>This measure has no round on record yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/history_pane.py" line="42" />
            <source>共 {0} 条，按期次排列。</source>
            <translation>{0} entries, by round.</translation>
        </message>
    </context>
    <context>
        <name>RoundsTab</name>
        <message>
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="60" />
            <source>选择期次</source>
            <translation>Choose a round</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="63" />
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="63" />
            <source>任务数</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="63" />
            <source>报送情况</source>
            <translation>Return</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="63" />
            <source>收到日期</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="70" />
            <source>各单位报送情况</source>
            <translation>Returns by unit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="71" />
            <source>新建一期…</source>
            <translation>New round…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="72" />
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="182" />
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="184" />
            <source>催办</source>
            <translation>Remind</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="73" />
            <source>为每个逾期未报送的单位生成提醒函</source>
            <translation>Write a reminder letter for each unit whose return is overdue</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="74" />
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="189" />
            <source>关闭本期</source>
            <translation>Close round</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="75" />
            <source>关闭后不再接收本期报送</source>
            <translation>A closed round takes no more returns</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="77" />
            <source>期次</source>
            <translation>Round</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="131" />
            <source>还没有调度。点“新建一期…”为每个单位导出待填报的台账。</source>
            <translation>No round yet. Click “New round…” to export each unit's workbook.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="134" />
            <source>已于 {0} 关闭</source>
            <translation>closed on {0}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="134" />
            <source>进行中</source>
            <translation>open</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="136" />
            <source>{0}（{1}）：导出 {2}，报送截止 {3}；共 {4} 个单位，已报送 {5}，未报送 {6}</source>
            <translation>{0} ({1}): exported {2}, returns due {3}; {4} units, {5} returned, {6} outstanding</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="150" />
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="182" />
            <source>无法写入 {0}：{1}</source>
            <translation>Cannot write {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="168" />
            <source>各单位台账保存到</source>
            <translation>Save the units' workbooks in</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="173" />
            <source>新建一期</source>
            <translation>New round</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="176" />
            <source>提醒函保存到</source>
            <translation>Save the reminder letters in</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="184" />
            <source>已生成 {0} 份提醒函。</source>
            <translation>{0} reminder letter(s) written.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="185" />
            <source>没有逾期未报送的单位，无需催办。</source>
            <translation>No unit is overdue: no reminder needed.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/rounds/rounds_tab.py" line="190" />
            <source>关闭“{0}”后，本期台账不再接收报送。确定关闭？</source>
            <translation>After closing “{0}”, its workbooks are no longer accepted. Close it?</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <location filename="../../desktop/ui/common/status_labels.py" line="13" />
            <source>未启动</source>
            <translation>Not started</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/common/status_labels.py" line="13" />
            <source>推进中</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/common/status_labels.py" line="14" />
            <source>已完成</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/common/status_labels.py" line="14" />
            <source>滞后</source>
            <translation>Behind schedule</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/common/status_labels.py" line="15" />
            <source>暂缓</source>
            <translation>On hold</translation>
        </message>
    </context>
    <context>
        <name>StatusChart</name>
        <message>
            <location filename="../../desktop/ui/tasks/status_chart.py" line="56" />
            <source>暂无任务</source>
            <translation>No tasks yet</translation>
        </message>
    </context>
    <context>
        <name>StatusCountModel</name>
        <message>
            <location filename="../../desktop/ui/tasks/overview_pane.py" line="50" />
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/overview_pane.py" line="50" />
            <source>合计</source>
            <translation>Total</translation>
        </message>
    </context>
    <context>
        <name>TaskDelegates</name>
        <message>
            <location filename="../../desktop/ui/tasks/task_delegates.py" line="71" />
            <source>● 牵头</source>
            <translation>● Lead</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/task_delegates.py" line="72" />
            <source>○ 配合</source>
            <translation>○ Support</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/task_delegates.py" line="73" />
            <source>— 无</source>
            <translation>— None</translation>
        </message>
    </context>
    <context>
        <name>TaskTableModel</name>
        <message>
            <location filename="../../desktop/ui/tasks/task_table_model.py" line="176" />
            <source>文件</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/task_table_model.py" line="176" />
            <source>序号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/task_table_model.py" line="176" />
            <source>措施</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/task_table_model.py" line="177" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/task_table_model.py" line="177" />
            <source>完成时限</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/task_table_model.py" line="177" />
            <source>责任人</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/task_table_model.py" line="178" />
            <source>进展</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/task_table_model.py" line="218" />
            <source>牵头</source>
            <translation>Lead</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/task_table_model.py" line="218" />
            <source>配合</source>
            <translation>Support</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/task_table_model.py" line="218" />
            <source>未分工</source>
            <translation>Unassigned</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/task_table_model.py" line="243" />
            <source>无法识别的值：{v}</source>
            <translation>Unrecognised value: {v}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/task_table_model.py" line="272" />
            <source>该单位已被他人从任务中移除，修改未保存</source>
            <translation>Someone else has removed this unit from the task; your change was not saved</translation>
        </message>
    </context>
    <context>
        <name>TaskTablePane</name>
        <message>
            <location filename="../../desktop/ui/tasks/task_table_pane.py" line="142" />
            <source>任务分工表查看方式</source>
            <translation>Task table view</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/task_table_pane.py" line="143" />
            <source>按文件</source>
            <translation>By document</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/task_table_pane.py" line="144" />
            <source>按单位</source>
            <translation>By unit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/task_table_pane.py" line="146" />
            <source>任务分工表的文件</source>
            <translation>Document of the task table</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/task_table_pane.py" line="151" />
            <source>任务分工表的单位</source>
            <translation>Unit of the task table</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/task_table_pane.py" line="152" />
            <source>● 牵头　○ 配合　&lt;span style='background:#f9d6d5'&gt;&amp;nbsp;已逾期&amp;nbsp;&lt;/span&gt;　&lt;span style='background:#fdebc4'&gt;&amp;nbsp;14 天内到期&amp;nbsp;&lt;/span&gt;</source>
            <translation>● Lead&amp;nbsp;&amp;nbsp;&amp;nbsp;○ Support&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;span style='background:#f9d6d5'&gt;&amp;nbsp;Overdue&amp;nbsp;&lt;/span&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;span style='background:#fdebc4'&gt;&amp;nbsp;Due within 14 days&amp;nbsp;&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/task_table_pane.py" line="155" />
            <source>查看</source>
            <translation>View</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/task_table_pane.py" line="162" />
            <source>任务分工表</source>
            <translation>Task assignments</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/task_table_pane.py" line="164" />
            <source>任务分工表（固定列）</source>
            <translation>Task assignments (fixed columns)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/task_table_pane.py" line="261" />
            <source>请先在表中选择要修改的行</source>
            <translation>Select the rows to change first</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/task_table_pane.py" line="264" />
            <source>请至少选择一项要修改的内容（状态、完成时限或责任人）</source>
            <translation>Choose at least one thing to change (status, deadline or owner)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/tasks/task_table_pane.py" line="254" />
            <source>有 {n} 处修改与他人刚保存的内容冲突，尚未保存</source>
            <translation>{n} changes conflict with what someone else just saved; not saved yet</translation>
        </message>
    </context>
    <context>
        <name>UndoCommands</name>
        <message>
            <location filename="../../desktop/ui/common/undo_commands.py" line="180" />
            <source>添加批注</source>
            <translation>Add note</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/common/undo_commands.py" line="201" />
            <source>修改批注</source>
            <translation>Edit note</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/common/undo_commands.py" line="217" />
            <source>删除批注</source>
            <translation>Delete note</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/common/undo_commands.py" line="59" />
            <source>修改任务（{n} 项）</source>
            <translation>Edit tasks ({n})</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/common/undo_commands.py" line="93" />
            <source>添加单位 {name}</source>
            <translation>Add unit {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/common/undo_commands.py" line="113" />
            <source>移除单位 {name}</source>
            <translation>Remove unit {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/common/undo_commands.py" line="132" />
            <source>更正单位为 {name}</source>
            <translation>Correct unit to {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/common/undo_commands.py" line="164" />
            <source>更正时限为 {due}</source>
            <translation>Correct deadline to {due}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/common/undo_commands.py" line="234" />
            <source>导入回收台账：{unit}（{n} 处）</source>
            <translation>Returned ledger: {unit} ({n} values)</translation>
        </message>
    </context>
    <context>
        <name>UnitPicker</name>
        <message>
            <location filename="../../desktop/ui/review/unit_picker.py" line="31" />
            <source>全部单位（输入名称或别名筛选）</source>
            <translation>All units (type a name or alias to filter)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/unit_picker.py" line="32" />
            <source>单位（可输入名称的任意部分或别名）</source>
            <translation>Unit (type any part of a name, or an alias)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/unit_picker.py" line="33" />
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/unit_picker.py" line="41" />
            <source>单位候选</source>
            <translation>Unit suggestions</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/unit_picker.py" line="55" />
            <source>全部单位</source>
            <translation>All units</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/review/unit_picker.py" line="105" />
            <source>未找到单位“{name}”，请从候选中选择</source>
            <translation>No unit “{name}”: choose one of the suggestions</translation>
        </message>
    </context>
</TS>
