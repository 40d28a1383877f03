<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>LocaleFormat</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>A time span, e.g. &quot;14/07/2026 08:20 – 17:20&quot;; either end may be empty</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open or create the vault in &lt;dir&gt;.</source>
        <translation>在 &lt;dir&gt; 目录中打开或创建保险库。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Offline-first, encrypted records for detention monitoring (OPCAT).</source>
        <translation>离线优先、加密存储的拘留监察记录（OPCAT）。</translation>
    </message>
</context>
<context>
    <name>vigil::AccessEventEditor</name>
    <message>
        <source>&amp;Delete event</source>
        <translation>删除事件(&amp;D)</translation>
    </message>
    <message>
        <source>Kind of access event</source>
        <translation>准入事件类型</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Area concerned</source>
        <translation>涉及区域</translation>
    </message>
    <message>
        <source>e.g. segregation unit</source>
        <translation>例如：隔离区</translation>
    </message>
    <message>
        <source>Official responsible</source>
        <translation>负责官员</translation>
    </message>
    <message>
        <source>Name or function</source>
        <translation>姓名或职务</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <source>Delay in minutes</source>
        <translation>延迟分钟数</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Delete the selected access event</source>
        <translation>删除所选准入事件</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>区域(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Official:</source>
        <translation>官员(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>D&amp;elay:</source>
        <translation>延迟(&amp;E)：</translation>
    </message>
    <message>
        <source>time of access event</source>
        <translation>准入事件时间</translation>
    </message>
    <message>
        <source>area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>official</source>
        <translation>官员</translation>
    </message>
    <message>
        <source>description of access event</source>
        <translation>准入事件描述</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Change kind of access event</source>
        <translation>更改准入事件类型</translation>
    </message>
    <message>
        <source>Delete access event</source>
        <translation>删除准入事件</translation>
    </message>
    <message>
        <source>Time not recorded</source>
        <translation>未记录时间</translation>
    </message>
</context>
<context>
    <name>vigil::AccessLogPanel</name>
    <message>
        <source>Record &amp;refusal</source>
        <translation>记录拒绝准入(&amp;R)</translation>
    </message>
    <message>
        <source>Record a refusal of access now</source>
        <translation>立即记录一次拒绝准入</translation>
    </message>
    <message>
        <source>Record de&amp;lay</source>
        <translation>记录延迟准入(&amp;L)</translation>
    </message>
    <message>
        <source>Record a delay of access now</source>
        <translation>立即记录一次延迟准入</translation>
    </message>
    <message>
        <source>Record o&amp;bstruction</source>
        <translation>记录阻挠准入(&amp;B)</translation>
    </message>
    <message>
        <source>Record an obstruction now</source>
        <translation>立即记录一次阻挠准入</translation>
    </message>
    <message>
        <source>Access events, by time</source>
        <translation>准入事件（按时间排列）</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>记录%1</translation>
    </message>
    <message>
        <source>time not recorded</source>
        <translation>未记录时间</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <extracomment>An access event in the list: time, kind, start of its description</extracomment>
        <translation>%1 — %2 %3</translation>
    </message>
</context>
<context>
    <name>vigil::AccessLogRepository</name>
    <message>
        <source>The access log entry does not exist or was deleted.</source>
        <translation>该准入记录条目不存在或已被删除。</translation>
    </message>
</context>
<context>
    <name>vigil::AccessibleParts</name>
    <message>
        <source>Scroll %1 sideways</source>
        <translation>横向滚动%1</translation>
    </message>
    <message>
        <source>Scroll %1 up and down</source>
        <translation>纵向滚动%1</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>清除%1</translation>
    </message>
</context>
<context>
    <name>vigil::AddReportItemDialog</name>
    <message>
        <source>Add a quote</source>
        <translation>添加引语</translation>
    </message>
    <message>
        <source>Add a paragraph</source>
        <translation>添加段落</translation>
    </message>
    <message>
        <source>Section it goes in</source>
        <translation>所属章节</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>摘录</translation>
    </message>
    <message>
        <source>Paragraph text</source>
        <translation>段落内容</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>章节(&amp;S)：</translation>
    </message>
    <message>
        <source>Interview quoted</source>
        <translation>被引用的面谈</translation>
    </message>
    <message>
        <source>&amp;Interview:</source>
        <translation>面谈(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation>摘录(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>内容(&amp;T)：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the kind of interview, %2 its pseudonym, e.g. &quot;Detainee, private (D-07)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No interview of this visit has consent to be quoted.</source>
        <translation>本次访问中没有任何面谈获得引用同意。</translation>
    </message>
    <message>
        <source>A report names no one: the quote is attributed only to the kind of interview. Whether it appears in a report depends on the consent and the kind of report.</source>
        <translation>报告中不出现任何人的姓名：引语只注明面谈类型。引语是否出现在报告中，取决于所获同意和报告类型。</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) without consent to be quoted are not listed.</source>
        <translation>
            <numerusform>有 %n 次面谈未获引用同意，未予列出。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::AllegationRepository</name>
    <message>
        <source>The allegation does not exist or was deleted.</source>
        <translation>该指控不存在或已被删除。</translation>
    </message>
    <message>
        <source>The reprisal allegation does not exist or was deleted.</source>
        <translation>该报复指控不存在或已被删除。</translation>
    </message>
</context>
<context>
    <name>vigil::AllegationSafeguards</name>
    <message>
        <source>A referral needs the interviewee&apos;s consent to act.</source>
        <translation>转介须经受访者同意就其个案采取行动。</translation>
    </message>
    <message>
        <source>An allegation can only be linked to an interview of the same visit.</source>
        <translation>指控只能关联到同一次访问中的面谈。</translation>
    </message>
    <message>
        <source>An allegation heard in an interview can only be recorded once the interviewee&apos;s consent is recorded.</source>
        <translation>只有在记录受访者的同意之后，才能记录在面谈中听到的指控。</translation>
    </message>
    <message>
        <source>Acting on an allegation needs the interviewee&apos;s consent to share it with the authorities or to refer the case.</source>
        <translation>就指控采取行动，须经受访者同意将其告知当局或转介其个案。</translation>
    </message>
    <message>
        <source>Reprisal allegations are restricted to coordinators.</source>
        <translation>报复指控仅限协调员查看。</translation>
    </message>
    <message>
        <source>A reprisal allegation names the person only by an interview&apos;s pseudonym code, such as D-07.</source>
        <translation>报复指控只能以面谈的化名代码（如 D-07）指代当事人。</translation>
    </message>
    <message>
        <source>No interview of this visit has the pseudonym %1.</source>
        <translation>本次访问中没有化名为 %1 的面谈。</translation>
    </message>
</context>
<context>
    <name>vigil::AppWindow</name>
    <message>
        <source>Vigil</source>
        <translation>Vigil</translation>
    </message>
</context>
<context>
    <name>vigil::AtomicFile</name>
    <message>
        <source>%1 is larger than it can be; it may be damaged or not a Vigil file.</source>
        <translation>%1 超出了允许的大小上限；该文件可能已损坏，或不是 Vigil 文件。</translation>
    </message>
</context>
<context>
    <name>vigil::AttachmentCipher</name>
    <message>
        <source>The file being read could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>The attachment file is damaged or was tampered with; it cannot be opened.</source>
        <translation>附件文件已损坏或被篡改，无法打开。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The attachment could not be written out.</source>
        <translation>无法写出该附件。</translation>
    </message>
</context>
<context>
    <name>vigil::AttachmentPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>预览：%1</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>图像 %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>关闭预览</translation>
    </message>
</context>
<context>
    <name>vigil::AttachmentStore</name>
    <message>
        <source>attachment.owner_id: must be the id of a record</source>
        <translation>attachment.owner_id：必须是某条记录的 ID</translation>
    </message>
    <message>
        <source>The attachment does not exist or was deleted.</source>
        <translation>该附件不存在或已被删除。</translation>
    </message>
    <message>
        <source>The file of attachment &apos;%1&apos; is missing from the vault.</source>
        <translation>保险库中缺少附件“%1”的文件。</translation>
    </message>
</context>
<context>
    <name>vigil::AttachmentsPanel</name>
    <message>
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete attachment…</source>
        <translation>删除附件(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Import photos or documents</source>
        <translation>导入照片或文档</translation>
    </message>
    <message>
        <source>Preview the selected image</source>
        <translation>预览所选图像</translation>
    </message>
    <message>
        <source>Delete the selected attachment</source>
        <translation>删除所选附件</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Encrypting %1…</source>
        <translation>正在加密 %1…</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.gif *.webp *.pdf *.txt *.doc *.docx *.odt);;All files (*)</source>
        <translation>照片和文档 (*.jpg *.jpeg *.png *.gif *.webp *.pdf *.txt *.doc *.docx *.odt);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>正在导入 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>Only images can be previewed.</source>
        <translation>只能预览图像。</translation>
    </message>
    <message>
        <source>Decrypting %1…</source>
        <translation>正在解密 %1…</translation>
    </message>
    <message>
        <source>Delete attachment</source>
        <translation>删除附件</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>删除“%1”？</translation>
    </message>
    <message>
        <source>The encrypted file and its key are destroyed. This cannot be undone.</source>
        <translation>加密文件及其密钥将被销毁。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>vigil::AuditLog</name>
    <message>
        <source>audit event %1 is missing (the log jumps from %2 to %3)</source>
        <translation>审计事件 %1 缺失（日志从 %2 跳至 %3）</translation>
    </message>
    <message>
        <source>audit event %1 (%2 %3) does not follow event %4</source>
        <translation>审计事件 %1（%2 %3）未接续事件 %4</translation>
    </message>
    <message>
        <source>audit event %1 (%2 %3, %4) was altered after it was written</source>
        <translation>审计事件 %1（%2 %3，%4）在写入后被更改</translation>
    </message>
</context>
<context>
    <name>vigil::BodyRepository</name>
    <message>
        <source>A body cannot be placed under itself or one of its member bodies.</source>
        <translation>机构不能隶属于其自身或其成员机构之下。</translation>
    </message>
    <message>
        <source>The body does not exist or was deleted.</source>
        <translation>该机构不存在或已被删除。</translation>
    </message>
</context>
<context>
    <name>vigil::BundleError</name>
    <message>
        <source>This file is not a Vigil bundle.</source>
        <translation>此文件不是 Vigil 同步包。</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of Vigil. Update Vigil and import it again.</source>
        <translation>此同步包由更新版本的 Vigil 生成。请更新 Vigil 后重新导入。</translation>
    </message>
    <message>
        <source>This bundle is larger than Vigil accepts; it was not imported.</source>
        <translation>此同步包超出了 Vigil 可接受的大小，未予导入。</translation>
    </message>
    <message>
        <source>This bundle is incomplete; it was probably not copied or downloaded completely. Copy it again and retry.</source>
        <translation>此同步包不完整，可能未被完整复制或下载。请重新复制后再试。</translation>
    </message>
    <message>
        <source>This bundle is damaged or was tampered with; nothing was imported. Ask the sender to send it again.</source>
        <translation>此同步包已损坏或被篡改，未导入任何内容。请让发送方重新发送。</translation>
    </message>
    <message>
        <source>This bundle comes from a device that is not enrolled in your organisation; it was not imported.</source>
        <translation>此同步包来自未在贵机构注册的设备，未予导入。</translation>
    </message>
    <message>
        <source>This bundle comes from a device that was revoked; it was not imported.</source>
        <translation>此同步包来自已被撤销授权的设备，未予导入。</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this device; it was not imported.</source>
        <translation>此同步包的接收方不是本设备，未予导入。</translation>
    </message>
    <message>
        <source>This bundle holds more or larger records than Vigil accepts; it was not imported.</source>
        <translation>此同步包所含记录的数量或大小超出了 Vigil 可接受的范围，未予导入。</translation>
    </message>
    <message>
        <source>The bundle is full; the rest goes into another bundle.</source>
        <translation>同步包已满；其余内容将放入另一个同步包。</translation>
    </message>
    <message>
        <source>A record is too large to be sent in a bundle.</source>
        <translation>某条记录过大，无法通过同步包发送。</translation>
    </message>
    <message>
        <source>The bundle could not be written because of an internal error.</source>
        <translation>由于内部错误，无法写入同步包。</translation>
    </message>
    <message>
        <source>Reading or writing the bundle file failed.</source>
        <translation>读取或写入同步包文件失败。</translation>
    </message>
</context>
<context>
    <name>vigil::BundleExporter</name>
    <message>
        <source>A device does not send bundles to itself.</source>
        <translation>设备不会向自身发送同步包。</translation>
    </message>
    <message>
        <source>Nothing is sent to “%1”: the device was revoked.</source>
        <translation>不向“%1”发送任何内容：该设备已被撤销。</translation>
    </message>
    <message>
        <source>The organisation&apos;s entry for “%1” has no usable key.</source>
        <translation>组织中“%1”的条目没有可用的密钥。</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>vigil::BundleImporter</name>
    <message>
        <source>This vault is not part of an organisation, so it cannot import bundles. Join an organisation first.</source>
        <translation>此保险库不属于任何组织，因此无法导入同步包。请先加入一个组织。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n change(s) from another device.</source>
        <translation>
            <numerusform>已从另一台设备导入 %n 项更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>This bundle holds changes that claim to come from this device but were not made here.</source>
        <translation>此同步包中有声称来自本设备、但并非在本设备上所做的更改。</translation>
    </message>
    <message>
        <source>This bundle holds changes from a device that is not in your organisation.</source>
        <translation>此同步包中有来自不属于贵机构的设备的更改。</translation>
    </message>
</context>
<context>
    <name>vigil::ChecklistPanel</name>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>检查清单(&amp;C)：</translation>
    </message>
    <message>
        <source>There is no checklist yet for this type of place (%1).</source>
        <extracomment>%1 is a place type, e.g. &quot;Airport transit zone&quot;</extracomment>
        <translation>尚无适用于此类场所（%1）的检查清单。</translation>
    </message>
    <message>
        <source>No finding</source>
        <translation>无调查结果</translation>
    </message>
    <message>
        <source>Untitled finding</source>
        <translation>未命名调查结果</translation>
    </message>
</context>
<context>
    <name>vigil::ChecklistQuestionWidget</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Standards: %1</source>
        <translation>标准：%1</translation>
    </message>
    <message>
        <source>Answer to question %1</source>
        <translation>问题 %1 的回答</translation>
    </message>
    <message>
        <source>Notes on question %1</source>
        <translation>问题 %1 的备注</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Edit checklist notes</source>
        <translation>编辑检查清单备注</translation>
    </message>
    <message>
        <source>Finding that question %1 led to</source>
        <translation>问题 %1 引出的调查结果</translation>
    </message>
    <message>
        <source>Link to finding</source>
        <translation>关联到调查结果</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Answer checklist question</source>
        <translation>回答检查清单问题</translation>
    </message>
    <message>
        <source>Link checklist answer to finding</source>
        <translation>将检查清单回答关联到调查结果</translation>
    </message>
</context>
<context>
    <name>vigil::ChecklistResponseRepository</name>
    <message>
        <source>The checklist answer does not exist or was deleted.</source>
        <translation>该检查清单回答不存在或已被删除。</translation>
    </message>
</context>
<context>
    <name>vigil::ChecklistTemplateRepository</name>
    <message>
        <source>The checklist template does not exist or was deleted.</source>
        <translation>该检查清单模板不存在或已被删除。</translation>
    </message>
</context>
<context>
    <name>vigil::ChecklistTemplates</name>
    <message>
        <source>Immigration detention: centre visit</source>
        <translation>移民拘留：拘留中心访问</translation>
    </message>
    <message>
        <source>Ill-treatment</source>
        <translation>虐待</translation>
    </message>
    <message>
        <source>Did any detainee allege ill-treatment by staff or escorts, including during attempted removals?</source>
        <translation>是否有被拘留者指称曾遭工作人员或押解人员虐待，包括在试图遣返期间？</translation>
    </message>
    <message>
        <source>Ask specifically about removal attempts, transfers and the first days after arrival.</source>
        <translation>请专门询问遣返尝试、转移以及抵达后最初几天的情况。</translation>
    </message>
    <message>
        <source>Removal operations</source>
        <translation>遣返行动</translation>
    </message>
    <message>
        <source>Are removal operations monitored, and are means of restraint during removal limited to what is strictly necessary, with nothing that may obstruct the airways?</source>
        <translation>遣返行动是否受到监督？遣返期间使用的约束手段是否限于严格必要的程度，且不使用任何可能阻塞呼吸道的手段？</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>隔离关押</translation>
    </message>
    <message>
        <source>Is isolation used as a punishment, to manage people who resist removal, or for longer than strictly necessary?</source>
        <translation>是否将隔离关押用作惩罚、用于管控抗拒遣返的人员，或持续时间超过严格必要的限度？</translation>
    </message>
    <message>
        <source>Check the isolation register for reasons, duration and who decided.</source>
        <translation>请查阅隔离关押登记簿，核实原因、持续时间以及由谁作出决定。</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>搜查</translation>
    </message>
    <message>
        <source>Are searches carried out with respect for dignity, by staff of the same gender, without routine strip searches?</source>
        <translation>搜查是否在尊重人格尊严的前提下、由同性别工作人员进行，且不例行进行脱衣搜查？</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Does every detainee have a written, reasoned detention order based on an individual assessment of necessity and proportionality?</source>
        <translation>是否每名被拘留者都有书面且说明理由的拘留令，并以对必要性和相称性的个别评估为依据？</translation>
    </message>
    <message>
        <source>Read a sample of orders: look for standard wording that shows no individual assessment.</source>
        <translation>请抽查部分拘留令：留意显示未作个别评估的格式化措辞。</translation>
    </message>
    <message>
        <source>Alternatives to detention</source>
        <translation>拘留替代措施</translation>
    </message>
    <message>
        <source>Were alternatives to detention considered and recorded in the decision to detain?</source>
        <translation>拘留决定中是否考虑并记录了拘留替代措施？</translation>
    </message>
    <message>
        <source>Length of detention</source>
        <translation>拘留期限</translation>
    </message>
    <message>
        <source>What is the longest current period of detention, in days? Compare with the maximum set in law.</source>
        <translation>目前最长的拘留期是多少天？请与法律规定的上限进行比较。</translation>
    </message>
    <message>
        <source>Judicial review</source>
        <translation>司法审查</translation>
    </message>
    <message>
        <source>Are detainees brought promptly before a judge, and is their detention reviewed at regular intervals?</source>
        <translation>被拘留者是否被迅速带见法官，其拘留是否定期接受审查？</translation>
    </message>
    <message>
        <source>Information on rights</source>
        <translation>权利告知</translation>
    </message>
    <message>
        <source>Are detainees told the reasons for their detention and their rights, orally and in writing, in a language they understand?</source>
        <translation>是否以被拘留者理解的语言，口头和书面告知其被拘留的理由及其权利？</translation>
    </message>
    <message>
        <source>Legal assistance</source>
        <translation>法律援助</translation>
    </message>
    <message>
        <source>Do detainees have access to free legal advice, and can they meet lawyers in private?</source>
        <translation>被拘留者能否获得免费法律咨询，并能否与律师私下会见？</translation>
    </message>
    <message>
        <source>Access to asylum</source>
        <translation>寻求庇护</translation>
    </message>
    <message>
        <source>Can detainees apply for asylum and contact UNHCR, NGOs and (unless they seek protection from that state) their consulate?</source>
        <translation>被拘留者能否申请庇护，并联系联合国难民署、非政府组织及其本国领事馆（除非其正寻求免受该国迫害的保护）？</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Are any children detained, accompanied or unaccompanied?</source>
        <translation>是否有儿童被拘留，无论是有人陪伴还是无人陪伴？</translation>
    </message>
    <message>
        <source>Children should not be detained for immigration purposes. Record ages, length of detention and how age was assessed.</source>
        <translation>不应出于移民目的拘留儿童。请记录儿童的年龄、拘留时长以及年龄评估的方式。</translation>
    </message>
    <message>
        <source>Vulnerable persons</source>
        <translation>弱势人员</translation>
    </message>
    <message>
        <source>Is there a procedure that identifies victims of torture or trafficking, persons with disabilities and other vulnerable persons, and leads to their release or an alternative?</source>
        <translation>是否有程序识别酷刑或人口贩运受害者、残疾人和其他弱势人员，并据此予以释放或采取替代措施？</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>分开关押</translation>
    </message>
    <message>
        <source>Are men and women held separately (families together), and are immigration detainees held apart from people convicted of crimes?</source>
        <translation>男性与女性是否分开关押（家庭成员关押在一起），移民被拘留者是否与已定罪的刑事犯分开关押？</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Can detainees complain confidentially, in their own language, to a body independent of the centre?</source>
        <translation>被拘留者能否以本人的语言，向独立于该中心的机构进行保密投诉？</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>口译</translation>
    </message>
    <message>
        <source>Is professional interpretation used for medical, legal and disciplinary matters, rather than staff or other detainees?</source>
        <translation>处理医疗、法律和纪律事项时，是否使用专业口译，而非由工作人员或其他被拘留者担任口译？</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>住宿条件</translation>
    </message>
    <message>
        <source>Is the accommodation suited to people who are not held for a crime, with adequate space, light, ventilation and privacy, rather than prison-like?</source>
        <translation>住宿条件是否适合并非因犯罪而被关押的人员，具备充足的空间、采光、通风和隐私，而非类似监狱的环境？</translation>
    </message>
    <message>
        <source>Sanitation</source>
        <translation>卫生设施</translation>
    </message>
    <message>
        <source>Are toilets and showers sufficient in number, clean, separate for women and men, and private?</source>
        <translation>厕所和淋浴设施是否数量充足、清洁、男女分开并保障隐私？</translation>
    </message>
    <message>
        <source>Food and water</source>
        <translation>食物与饮水</translation>
    </message>
    <message>
        <source>Is food adequate and culturally and religiously appropriate, and is drinking water always available?</source>
        <translation>食物是否充足并符合被拘留者的文化和宗教习惯？是否随时提供饮用水？</translation>
    </message>
    <message>
        <source>Clothing and hygiene</source>
        <translation>衣物与个人卫生</translation>
    </message>
    <message>
        <source>Are detainees given clean clothing, bedding and hygiene products, including sanitary products for women?</source>
        <translation>是否向被拘留者提供干净的衣物、寝具和个人卫生用品，包括为女性提供卫生用品？</translation>
    </message>
    <message>
        <source>Outdoor access</source>
        <translation>户外活动</translation>
    </message>
    <message>
        <source>Do detainees have daily access to the open air and to recreation?</source>
        <translation>被拘留者是否每天都能到户外活动和进行娱乐？</translation>
    </message>
    <message>
        <source>Contact with the outside world</source>
        <translation>与外界接触</translation>
    </message>
    <message>
        <source>Can detainees keep or use mobile phones, make calls free of charge, and receive visits from family, friends and lawyers?</source>
        <translation>被拘留者能否保留或使用手机、免费拨打电话，并接受家人、朋友和律师的探访？</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Are education, recreation and, for longer stays, work or training available?</source>
        <translation>是否提供教育和娱乐活动，并为逗留时间较长者提供工作或培训机会？</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>宗教</translation>
    </message>
    <message>
        <source>Can detainees practise their religion?</source>
        <translation>被拘留者能否从事其宗教活动？</translation>
    </message>
    <message>
        <source>Freedom of movement</source>
        <translation>行动自由</translation>
    </message>
    <message>
        <source>Can detainees move freely within the centre during the day rather than being locked in their rooms?</source>
        <translation>被拘留者白天能否在中心内自由走动，而非被锁在房间内？</translation>
    </message>
    <message>
        <source>Screening on arrival</source>
        <translation>入所筛查</translation>
    </message>
    <message>
        <source>Is every detainee medically screened on arrival, including for signs of torture, trauma and infectious disease?</source>
        <translation>是否对每名被拘留者在入所时进行医疗筛查，包括检查酷刑迹象、创伤和传染病？</translation>
    </message>
    <message>
        <source>Harm from detention</source>
        <translation>拘留造成的伤害</translation>
    </message>
    <message>
        <source>When a doctor reports that detention is harming a detainee&apos;s physical or mental health, does this lead to a review of the detention?</source>
        <translation>当医生报告拘留正在损害某名被拘留者的身心健康时，是否会因此对其拘留进行复审？</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>精神健康</translation>
    </message>
    <message>
        <source>Is psychological support available, and is there a protocol on self-harm and hunger strikes that respects medical ethics?</source>
        <translation>是否提供心理支持？是否有符合医学伦理的自残和绝食处置规程？</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>保密</translation>
    </message>
    <message>
        <source>Are medical consultations confidential, with professional interpreters rather than staff or other detainees?</source>
        <translation>医疗问诊是否保密，并由专业口译员而非工作人员或其他被拘留者担任口译？</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Have staff been trained in refugee and asylum law, gender and cultural awareness, and de-escalation?</source>
        <translation>工作人员是否接受过难民法和庇护法、性别和文化意识以及缓和冲突方面的培训？</translation>
    </message>
    <message>
        <source>Women staff</source>
        <translation>女性工作人员</translation>
    </message>
    <message>
        <source>Are there women staff on every shift, and are women detainees searched and supervised by women?</source>
        <translation>是否每个班次都有女性工作人员？女性被拘留者是否由女性工作人员搜查和看管？</translation>
    </message>
    <message>
        <source>Staffing levels</source>
        <translation>人员配置</translation>
    </message>
    <message>
        <source>Are there enough staff for detainees to be escorted to appointments, visits and activities without cancellations?</source>
        <translation>工作人员是否足以护送被拘留者前往各类约见、探访和活动，而不致取消这些安排？</translation>
    </message>
    <message>
        <source>Juvenile centre: visit</source>
        <translation>未成年人拘留中心：访问</translation>
    </message>
    <message>
        <source>Did any child report violence, humiliation or threats by staff?</source>
        <translation>是否有儿童报告曾遭工作人员施暴、羞辱或威胁？</translation>
    </message>
    <message>
        <source>Interview children in private, in language suited to their age, with their consent and, where needed, support.</source>
        <translation>请在征得儿童同意的情况下与其私下面谈，使用适合其年龄的语言，并在需要时提供支持。</translation>
    </message>
    <message>
        <source>Violence between children</source>
        <translation>儿童之间的暴力</translation>
    </message>
    <message>
        <source>Are children protected from violence, bullying and sexual abuse by other children, with incidents recorded and followed up?</source>
        <translation>儿童是否受到保护，免遭其他儿童的暴力、欺凌和性虐待？相关事件是否得到记录和跟进？</translation>
    </message>
    <message>
        <source>Force and restraint</source>
        <translation>武力与约束</translation>
    </message>
    <message>
        <source>Is force or restraint used only in exceptional cases when all other means of control have failed, as authorised by law, and never to cause pain?</source>
        <translation>是否仅在所有其他控制手段均告无效的特殊情况下，依法授权使用武力或约束手段，且从不以造成痛苦为目的？</translation>
    </message>
    <message>
        <source>Solitary confinement</source>
        <translation>单独监禁</translation>
    </message>
    <message>
        <source>Are children ever placed in solitary confinement, closed or dark cells?</source>
        <translation>是否曾将儿童单独监禁，或关入禁闭室或暗室？</translation>
    </message>
    <message>
        <source>Prohibited sanctions</source>
        <translation>禁止的惩罚</translation>
    </message>
    <message>
        <source>Are prohibited sanctions used: corporal punishment, reduction of food, restriction of family contact, collective sanctions or labour as punishment?</source>
        <translation>是否使用了被禁止的惩罚：体罚、减少食物、限制与家人接触、集体惩罚或以劳动作为惩罚？</translation>
    </message>
    <message>
        <source>Weapons</source>
        <translation>武器</translation>
    </message>
    <message>
        <source>Do staff carry weapons inside the centre?</source>
        <translation>工作人员在中心内是否携带武器？</translation>
    </message>
    <message>
        <source>Last resort</source>
        <translation>最后手段</translation>
    </message>
    <message>
        <source>Is every child held under a valid order of a judicial authority, with detention used as a last resort and for the shortest appropriate time?</source>
        <translation>是否每名儿童都依据司法当局的有效命令被关押，且拘留仅作为最后手段，期限为最短的适当时间？</translation>
    </message>
    <message>
        <source>Pre-trial detention</source>
        <translation>审前拘留</translation>
    </message>
    <message>
        <source>What is the longest current pre-trial detention of a child, in days?</source>
        <translation>目前儿童被审前拘留的最长时间是多少天？</translation>
    </message>
    <message>
        <source>Separation from adults</source>
        <translation>与成年人分开关押</translation>
    </message>
    <message>
        <source>Are children held apart from adults, except family members in family units?</source>
        <translation>儿童是否与成年人分开关押（家庭单元中的家庭成员除外）？</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>女童</translation>
    </message>
    <message>
        <source>Are girls held apart from boys, supervised by women staff, and is attention paid to their specific needs?</source>
        <translation>女童是否与男童分开关押、由女性工作人员看管，其特殊需要是否得到关注？</translation>
    </message>
    <message>
        <source>Parents informed</source>
        <translation>通知父母</translation>
    </message>
    <message>
        <source>Are parents or guardians informed at once of admission, transfer, illness, injury and release?</source>
        <translation>在儿童入所、转移、患病、受伤和释放时，是否立即通知其父母或监护人？</translation>
    </message>
    <message>
        <source>Are children told the rules, their rights and how to complain, in a way they understand?</source>
        <translation>是否以儿童能够理解的方式，告知其规章制度、所享有的权利以及投诉途径？</translation>
    </message>
    <message>
        <source>Disciplinary procedure</source>
        <translation>纪律程序</translation>
    </message>
    <message>
        <source>Are disciplinary sanctions decided under written rules, after the child has been heard, and recorded?</source>
        <translation>纪律处分是否依据书面规则、在听取儿童陈述后作出并予以记录？</translation>
    </message>
    <message>
        <source>Can children complain confidentially to the director, to an independent body such as an ombudsperson, and through their family or lawyer?</source>
        <translation>儿童能否向中心主任、向申诉专员等独立机构，以及通过其家人或律师进行保密投诉？</translation>
    </message>
    <message>
        <source>Do children have prompt access to a lawyer and free legal aid, with private meetings?</source>
        <translation>儿童能否及时获得律师帮助和免费法律援助，并与律师私下会见？</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>档案记录</translation>
    </message>
    <message>
        <source>Are children&apos;s files complete and kept confidential?</source>
        <translation>儿童档案是否完整并予以保密？</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>在押人数</translation>
    </message>
    <message>
        <source>How many children are held today? Compare with the capacity.</source>
        <translation>目前关押了多少名儿童？请与额定容量进行比较。</translation>
    </message>
    <message>
        <source>Do children sleep in individual rooms or small dormitories, with supervision at night?</source>
        <translation>儿童是否睡在单人房间或小型宿舍，夜间是否有人看护？</translation>
    </message>
    <message>
        <source>Are toilets and showers clean, private and available when needed?</source>
        <translation>厕所和淋浴设施是否清洁、保障隐私并在需要时可供使用？</translation>
    </message>
    <message>
        <source>Is food adequate for growing children and suited to their culture and religion, and is drinking water always available?</source>
        <translation>食物是否足以满足儿童成长的需要并符合其文化和宗教习惯？是否随时提供饮用水？</translation>
    </message>
    <message>
        <source>Clothing and belongings</source>
        <translation>衣物与个人物品</translation>
    </message>
    <message>
        <source>Can children wear their own clothes and keep personal belongings?</source>
        <translation>儿童能否穿着自己的衣服并保留个人物品？</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Do all children of compulsory school age receive education suited to their needs, from qualified teachers, leading to recognised qualifications?</source>
        <translation>所有义务教育年龄的儿童是否都由合格教师提供适合其需要的教育，并能获得受认可的学历资格？</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>职业培训</translation>
    </message>
    <message>
        <source>Is vocational training available to children who want it?</source>
        <translation>是否为有意愿的儿童提供职业培训？</translation>
    </message>
    <message>
        <source>Exercise and recreation</source>
        <translation>体育锻炼与娱乐</translation>
    </message>
    <message>
        <source>Do children have daily free exercise outdoors and time for recreation?</source>
        <translation>儿童是否每天都有户外自由锻炼和娱乐时间？</translation>
    </message>
    <message>
        <source>Time out of room</source>
        <translation>房间外活动时间</translation>
    </message>
    <message>
        <source>How many hours a day do children spend outside their rooms?</source>
        <translation>儿童每天在房间外的时间有多少小时？</translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation>与家人联系</translation>
    </message>
    <message>
        <source>Can children receive visits at least once a week and write or telephone at least twice a week?</source>
        <translation>儿童能否每周至少接受一次探访，并每周至少写信或打电话两次？</translation>
    </message>
    <message>
        <source>Reintegration</source>
        <translation>重返社会</translation>
    </message>
    <message>
        <source>Does each child have an individual plan for release and return to the community?</source>
        <translation>是否为每名儿童制定了释放和重返社区的个人计划？</translation>
    </message>
    <message>
        <source>Examination on admission</source>
        <translation>入所体检</translation>
    </message>
    <message>
        <source>Is every child medically examined on admission, with injuries recorded and reported?</source>
        <translation>是否对每名儿童在入所时进行体检，并记录和报告伤情？</translation>
    </message>
    <message>
        <source>Access to health care</source>
        <translation>获得医疗保健</translation>
    </message>
    <message>
        <source>Can children see a doctor, nurse or dentist promptly?</source>
        <translation>儿童能否及时看医生、护士或牙医？</translation>
    </message>
    <message>
        <source>Mental health and drug dependence</source>
        <translation>精神健康与药物依赖</translation>
    </message>
    <message>
        <source>Are mental health care and treatment for drug dependence available?</source>
        <translation>是否提供精神卫生保健和药物依赖治疗？</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>药物</translation>
    </message>
    <message>
        <source>Is medication given only for treatment, never to obtain information or as restraint or punishment?</source>
        <translation>是否仅为治疗目的给药，从不为获取信息或作为约束或惩罚手段给药？</translation>
    </message>
    <message>
        <source>Qualified staff</source>
        <translation>合格的工作人员</translation>
    </message>
    <message>
        <source>Are staff qualified, carefully selected, and do they include educators, social workers and psychologists?</source>
        <translation>工作人员是否具备资质、经过审慎挑选，并包括教育工作者、社会工作者和心理学家？</translation>
    </message>
    <message>
        <source>Have staff been trained in child psychology, child protection and international standards?</source>
        <translation>工作人员是否接受过儿童心理学、儿童保护和国际标准方面的培训？</translation>
    </message>
    <message>
        <source>Mixed-gender staffing</source>
        <translation>男女工作人员混合配置</translation>
    </message>
    <message>
        <source>Are women and men staff on duty on every shift?</source>
        <translation>是否每个班次都有男女工作人员值班？</translation>
    </message>
    <message>
        <source>How many staff are present with each group of children during the day?</source>
        <translation>白天每组儿童有多少名工作人员在场？</translation>
    </message>
    <message>
        <source>Police custody: station visit</source>
        <translation>警察拘留场所：警察局访问</translation>
    </message>
    <message>
        <source>Did any person interviewed in private allege ill-treatment at arrest, during transport or during questioning?</source>
        <translation>是否有接受私下面谈的人指称在被捕时、押送途中或讯问期间遭受虐待？</translation>
    </message>
    <message>
        <source>Ask about the first hours of custody in particular; record allegations with consent and look for visible injuries.</source>
        <translation>请特别询问羁押最初几个小时的情况；在征得同意后记录指控，并留意可见的伤痕。</translation>
    </message>
    <message>
        <source>Use of force</source>
        <translation>使用武力</translation>
    </message>
    <message>
        <source>Is every use of force at arrest or in the station recorded, with the officer&apos;s report reviewed by a supervisor?</source>
        <translation>在逮捕时或在警察局内每次使用武力是否都有记录，警员的报告是否经上级审查？</translation>
    </message>
    <message>
        <source>Questioning</source>
        <translation>讯问</translation>
    </message>
    <message>
        <source>Are interviews recorded (audio or video), with their start, end, breaks and everyone present logged?</source>
        <translation>讯问是否录音或录像，并记录开始、结束和中断的时间以及所有在场人员？</translation>
    </message>
    <message>
        <source>Check the interview log against the custody record for unexplained gaps or interviews outside the record.</source>
        <translation>请将讯问记录簿与羁押记录进行核对，查找无法解释的空缺或记录之外的讯问。</translation>
    </message>
    <message>
        <source>Coerced statements</source>
        <translation>强迫供述</translation>
    </message>
    <message>
        <source>Are detained persons ever questioned without their lawyer after asking for one, or pressed to confess?</source>
        <translation>被拘留者在要求律师后是否曾在没有律师在场的情况下被讯问，或被逼迫认罪？</translation>
    </message>
    <message>
        <source>Restraints</source>
        <translation>约束手段</translation>
    </message>
    <message>
        <source>Are handcuffs and other restraints used in the station only when strictly necessary, and never to attach people to fixed objects?</source>
        <translation>警察局内是否仅在严格必要时使用手铐和其他约束手段，且从不将人铐在固定物体上？</translation>
    </message>
    <message>
        <source>Suspicious objects</source>
        <translation>可疑物品</translation>
    </message>
    <message>
        <source>Were any non-regulation objects (bats, cables, pipes, electric-shock devices) found in offices or interview rooms?</source>
        <translation>办公室或讯问室中是否发现任何非制式物品（棍棒、电缆、管子、电击器具）？</translation>
    </message>
    <message>
        <source>Note the room and describe the object; photograph it if the team&apos;s mandate allows.</source>
        <translation>请注明房间并描述该物品；如小组的授权允许，请拍照记录。</translation>
    </message>
    <message>
        <source>Custody record</source>
        <translation>羁押记录</translation>
    </message>
    <message>
        <source>Does the custody record show, for every person, the time and reason of arrest and arrival, the officers involved, rights given, visits, meals, questioning and release or transfer?</source>
        <translation>羁押记录是否载明每个人被捕和到达的时间及原因、涉及的警员、所告知的权利、探访、用餐、讯问以及释放或转移情况？</translation>
    </message>
    <message>
        <source>Trace a sample of people from the record to the cells and back; look for late entries and blank lines.</source>
        <translation>请从记录中抽取部分人员，追查至羁押室后再反向核对；留意事后补记和空白行。</translation>
    </message>
    <message>
        <source>Are detained persons told their rights (lawyer, notifying someone, doctor, interpreter, silence) at once, orally and in writing, in a language they understand?</source>
        <translation>是否立即以被拘留者理解的语言，口头和书面告知其权利（获得律师帮助、通知他人、看医生、获得口译、保持沉默）？</translation>
    </message>
    <message>
        <source>Notification of custody</source>
        <translation>羁押通知</translation>
    </message>
    <message>
        <source>Can detained persons have a relative or another person of their choice told of their detention from the outset?</source>
        <translation>被拘留者能否自羁押伊始即让亲属或其选择的其他人获知其被拘留一事？</translation>
    </message>
    <message>
        <source>Access to a lawyer</source>
        <translation>获得律师帮助</translation>
    </message>
    <message>
        <source>Can detained persons consult a lawyer in private from the very outset of custody, including before and during questioning?</source>
        <translation>被拘留者能否自羁押一开始即与律师私下会谈，包括在讯问之前和讯问期间？</translation>
    </message>
    <message>
        <source>Judicial control</source>
        <translation>司法控制</translation>
    </message>
    <message>
        <source>Are all detained persons brought before a judge within the legal time limit, and at the latest within 48 hours?</source>
        <translation>是否所有被拘留者都在法定时限内、最迟在 48 小时内被带见法官？</translation>
    </message>
    <message>
        <source>Length of custody</source>
        <translation>羁押时长</translation>
    </message>
    <message>
        <source>What was the longest time, in hours, that a person spent in the station&apos;s cells in the period checked?</source>
        <translation>在所核查的期间内，一个人在警察局羁押室中停留的最长时间是多少小时？</translation>
    </message>
    <message>
        <source>Are children&apos;s parents or guardians notified at once, and are children questioned only with a lawyer or appropriate adult present and held apart from adults?</source>
        <translation>是否立即通知儿童的父母或监护人？儿童是否仅在律师或合适成年人在场时接受讯问，并与成年人分开关押？</translation>
    </message>
    <message>
        <source>Foreign nationals</source>
        <translation>外国国民</translation>
    </message>
    <message>
        <source>Are foreign nationals told they may contact their consulate, and is a professional interpreter provided when needed?</source>
        <translation>是否告知外国国民可以联系其领事馆，并在需要时提供专业口译员？</translation>
    </message>
    <message>
        <source>Is there an accessible way to complain about police treatment to a body independent of the police?</source>
        <translation>是否有便于使用的途径，可以就警察的对待向独立于警方的机构投诉？</translation>
    </message>
    <message>
        <source>Women detainees</source>
        <translation>女性被拘留者</translation>
    </message>
    <message>
        <source>Are women detainees held apart from men and supervised and searched by female officers?</source>
        <translation>女性被拘留者是否与男性分开关押，并由女警员看管和搜查？</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>财物</translation>
    </message>
    <message>
        <source>Are detained persons&apos; belongings inventoried, signed for by them, and returned on release?</source>
        <translation>被拘留者的财物是否登记造册、由其本人签字确认，并在释放时归还？</translation>
    </message>
    <message>
        <source>Cell size</source>
        <translation>羁押室面积</translation>
    </message>
    <message>
        <source>Are cells used for overnight stays at least 7 m² for one person, with 2 m or more between walls and 2.5 m between floor and ceiling?</source>
        <translation>用于过夜羁押的羁押室是否单人至少 7 m²，墙间距不少于 2 m，地面至天花板高度不少于 2.5 m？</translation>
    </message>
    <message>
        <source>Measure the cells; note how many people were held in each on the busiest night in the record.</source>
        <translation>请测量羁押室；记录羁押记录中人数最多的那一晚每间羁押室关押了多少人。</translation>
    </message>
    <message>
        <source>Light, air and heating</source>
        <translation>采光、通风与供暖</translation>
    </message>
    <message>
        <source>Do cells have adequate lighting (natural light where possible), ventilation and heating?</source>
        <translation>羁押室是否有充足的照明（尽可能有自然光）、通风和供暖？</translation>
    </message>
    <message>
        <source>Bedding</source>
        <translation>寝具</translation>
    </message>
    <message>
        <source>Are persons held overnight given a clean mattress and clean blankets?</source>
        <translation>是否为过夜羁押的人员提供干净的床垫和毯子？</translation>
    </message>
    <message>
        <source>Can detained persons use a toilet in decent conditions whenever needed, and wash?</source>
        <translation>被拘留者能否在需要时随时在体面的条件下如厕，并能洗漱？</translation>
    </message>
    <message>
        <source>Are detained persons given drinking water at all times and food at normal meal times, including at least one full meal a day?</source>
        <translation>是否随时向被拘留者提供饮用水，并在正常用餐时间提供食物，包括每天至少一顿正餐？</translation>
    </message>
    <message>
        <source>Video surveillance</source>
        <translation>视频监控</translation>
    </message>
    <message>
        <source>Do cameras cover cells, corridors and interview rooms, with recordings kept long enough to examine complaints, while respecting privacy at toilets?</source>
        <translation>摄像头是否覆盖羁押室、走廊和讯问室，录像保存时间是否足以审查投诉，同时尊重如厕时的隐私？</translation>
    </message>
    <message>
        <source>Outdoor exercise</source>
        <translation>户外锻炼</translation>
    </message>
    <message>
        <source>Are persons held for 24 hours or more offered outdoor exercise every day?</source>
        <translation>是否每天为被羁押 24 小时或以上的人员提供户外锻炼？</translation>
    </message>
    <message>
        <source>Can detained persons receive visits or make telephone calls, with any restriction justified by the investigation and recorded?</source>
        <translation>被拘留者能否接受探访或打电话？任何限制是否均以侦查需要为理由并予以记录？</translation>
    </message>
    <message>
        <source>Reading and religion</source>
        <translation>阅读与宗教</translation>
    </message>
    <message>
        <source>Are persons held for longer periods offered reading material and allowed items needed for their religious practice?</source>
        <translation>是否为羁押时间较长的人员提供阅读材料，并允许其持有宗教活动所需的物品？</translation>
    </message>
    <message>
        <source>Access to a doctor</source>
        <translation>看医生</translation>
    </message>
    <message>
        <source>Can detained persons see a doctor on request, including one of their own choice, without police officers filtering the request?</source>
        <translation>被拘留者能否应其要求看医生，包括其自行选择的医生，且该要求不经警员筛选？</translation>
    </message>
    <message>
        <source>Confidential examination</source>
        <translation>保密检查</translation>
    </message>
    <message>
        <source>Are medical examinations held out of the hearing and, unless the doctor asks otherwise, out of the sight of police officers?</source>
        <translation>医疗检查是否在警员听不到的地方进行，且除非医生另有要求，是否也在警员视线之外进行？</translation>
    </message>
    <message>
        <source>Documentation of injuries</source>
        <translation>伤情记录</translation>
    </message>
    <message>
        <source>Are injuries seen on arrival recorded with the person&apos;s own account and reported to the prosecutor?</source>
        <translation>对入所时发现的伤情，是否连同当事人本人的陈述一并记录，并报告检察官？</translation>
    </message>
    <message>
        <source>Compare injury records with the time of arrest and the custody record.</source>
        <translation>请将伤情记录与被捕时间和羁押记录进行比对。</translation>
    </message>
    <message>
        <source>Can detained persons continue prescribed medication, including opioid substitution treatment, while in custody?</source>
        <translation>被拘留者在羁押期间能否继续服用处方药物，包括阿片类药物替代治疗？</translation>
    </message>
    <message>
        <source>Have officers been trained in human rights, de-escalation, safe restraint and investigative interviewing?</source>
        <translation>警员是否接受过人权、缓和冲突、安全约束和调查性询问方面的培训？</translation>
    </message>
    <message>
        <source>Responsibility for detainees</source>
        <translation>对被拘留者的责任</translation>
    </message>
    <message>
        <source>Is one officer, independent of the investigation, responsible on each shift for the welfare and record of detained persons?</source>
        <translation>每个班次是否有一名独立于侦查的警员负责被拘留者的福祉和记录？</translation>
    </message>
    <message>
        <source>Identification of officers</source>
        <translation>警员身份识别</translation>
    </message>
    <message>
        <source>Can detained persons identify the officers dealing with them (name or number visible), and are those officers named in the custody record?</source>
        <translation>被拘留者能否识别处理其事务的警员（姓名或编号清晰可见），羁押记录中是否载明这些警员的姓名？</translation>
    </message>
    <message>
        <source>Prison: general visit</source>
        <translation>监狱：常规访问</translation>
    </message>
    <message>
        <source>Did any prisoner interviewed in private allege physical ill-treatment, threats or verbal abuse by staff?</source>
        <translation>是否有接受私下面谈的囚犯指称曾遭工作人员身体虐待、威胁或辱骂？</translation>
    </message>
    <message>
        <source>Record each allegation separately with the person&apos;s consent (time, place, unit, staff involved). Look for consistent accounts from independent sources and for medical evidence.</source>
        <translation>请在征得当事人同意后逐一记录每项指控（时间、地点、单元、涉及的工作人员）。注意查找来自独立来源的一致陈述以及医学证据。</translation>
    </message>
    <message>
        <source>Is every use of force recorded, reported to the director and reviewed, with a medical examination of the prisoner afterwards?</source>
        <translation>每次使用武力是否都有记录、向监狱长报告并经审查，事后是否对囚犯进行医疗检查？</translation>
    </message>
    <message>
        <source>Compare the use-of-force register with the medical register and with what prisoners and staff say.</source>
        <translation>请将使用武力登记簿与医疗登记簿以及囚犯和工作人员的陈述进行比对。</translation>
    </message>
    <message>
        <source>Instruments of restraint</source>
        <translation>戒具</translation>
    </message>
    <message>
        <source>Are instruments of restraint used only where the law allows, for the shortest time, never as a punishment, and are chains, irons and other degrading restraints absent?</source>
        <translation>是否仅在法律允许的情况下、以最短时间使用戒具，从不将其用作惩罚？是否不存在链条、镣铐及其他有辱人格的戒具？</translation>
    </message>
    <message>
        <source>Ask to see every type of restraint held; check who authorises their use and how long they were applied.</source>
        <translation>请要求查看所持有的每一种戒具；核实由谁批准使用以及使用了多长时间。</translation>
    </message>
    <message>
        <source>Is anyone held in solitary confinement (22 hours or more a day without meaningful human contact) for more than 15 consecutive days?</source>
        <translation>是否有人被单独监禁（每天 22 小时或以上没有实质性人际接触）连续超过 15 天？</translation>
    </message>
    <message>
        <source>Check the segregation register and visit the segregation unit; count consecutive days, including back-to-back placements.</source>
        <translation>请查阅隔离登记簿并走访隔离区；计算连续天数，包括前后衔接的多次隔离。</translation>
    </message>
    <message>
        <source>Are prisoners with mental or physical disabilities, pregnant women, women with infants, breastfeeding mothers or children ever placed in solitary confinement or disciplinary segregation?</source>
        <translation>是否曾将有精神或身体残疾的囚犯、孕妇、带婴儿的妇女、哺乳期母亲或儿童置于单独监禁或纪律隔离？</translation>
    </message>
    <message>
        <source>Are strip searches and body-cavity searches carried out only when strictly necessary, in private, by trained staff of the same gender, and recorded?</source>
        <translation>脱衣搜查和体腔检查是否仅在严格必要时、在私密场所、由受过培训的同性别工作人员进行，并予以记录？</translation>
    </message>
    <message>
        <source>Ask whether less intrusive methods (scanners) are available and how often strip searches follow visits.</source>
        <translation>请询问是否有侵入性较低的方法（扫描仪）可用，以及探访后进行脱衣搜查的频率。</translation>
    </message>
    <message>
        <source>Inter-prisoner violence</source>
        <translation>囚犯之间的暴力</translation>
    </message>
    <message>
        <source>How many incidents of violence between prisoners were recorded in the last 12 months?</source>
        <translation>过去 12 个月内记录了多少起囚犯之间的暴力事件？</translation>
    </message>
    <message>
        <source>Compare the figure with what prisoners report; ask how vulnerable prisoners are protected and whether staff are present in the units.</source>
        <translation>请将该数字与囚犯所述情况进行比较；询问如何保护弱势囚犯，以及工作人员是否在单元内值守。</translation>
    </message>
    <message>
        <source>Deaths in custody</source>
        <translation>羁押期间死亡</translation>
    </message>
    <message>
        <source>Was every death in custody in the last three years reported to a judicial or other independent authority and investigated, with the family informed?</source>
        <translation>过去三年内每一起羁押期间死亡事件是否都已报告司法机关或其他独立机关并经调查，且已通知家属？</translation>
    </message>
    <message>
        <source>Collective punishment</source>
        <translation>集体惩罚</translation>
    </message>
    <message>
        <source>Are collective punishments imposed, such as locking down a whole unit or withdrawing privileges from everyone after one prisoner&apos;s offence?</source>
        <translation>是否实施集体惩罚，例如因一名囚犯违规而封锁整个单元或取消所有人的优待？</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>登记簿</translation>
    </message>
    <message>
        <source>Is the admission register complete for every prisoner: identity, legal basis of detention, date and time of admission, transfers and release?</source>
        <translation>收押登记簿中每名囚犯的信息是否完整：身份、拘禁的法律依据、收押日期和时间、转移和释放情况？</translation>
    </message>
    <message>
        <source>Pick names at random from the cells and trace them in the register, and the other way round.</source>
        <translation>请从监舍中随机抽取姓名在登记簿中追查，并反向进行核对。</translation>
    </message>
    <message>
        <source>Are prisoners given written information on the rules, their rights, how to complain and how to obtain legal advice, on admission and in a language and form they understand?</source>
        <translation>是否在囚犯入狱时以其理解的语言和形式，向其提供关于监规、其权利、投诉途径以及如何获得法律咨询的书面信息？</translation>
    </message>
    <message>
        <source>Notification of family</source>
        <translation>通知家人</translation>
    </message>
    <message>
        <source>Can prisoners inform their family or a person of their choice of their imprisonment and of any transfer?</source>
        <translation>囚犯能否将其被监禁及任何转移的情况告知其家人或其选择的人？</translation>
    </message>
    <message>
        <source>Are prisoners charged with a disciplinary offence told the charge, given time to prepare, heard in person, helped by an interpreter or lawyer where needed, and able to seek review?</source>
        <translation>被指控违纪的囚犯是否被告知所受指控、获得准备时间、亲自陈述意见，必要时获得口译员或律师的帮助，并能寻求复审？</translation>
    </message>
    <message>
        <source>Read a sample of disciplinary files: look for unsigned sanctions, missing hearings and sanctions beyond what the law allows.</source>
        <translation>请抽查部分纪律处分档案：留意未签字的处分、缺失的听证以及超出法律允许范围的处分。</translation>
    </message>
    <message>
        <source>Can prisoners complain confidentially to the director and to an outside authority without fear of reprisal, and are complaints answered promptly?</source>
        <translation>囚犯能否向监狱长和外部机关进行保密投诉而不必担心遭受报复？投诉是否得到及时答复？</translation>
    </message>
    <message>
        <source>Check that complaint boxes are not opened by the staff complained about; read replies to recent complaints.</source>
        <translation>请核实投诉箱不由被投诉的工作人员开启；阅读对近期投诉的答复。</translation>
    </message>
    <message>
        <source>Separation of categories</source>
        <translation>按类别分开关押</translation>
    </message>
    <message>
        <source>Are remand prisoners held apart from convicted prisoners, women from men, and children from adults?</source>
        <translation>审前羁押的囚犯是否与已定罪囚犯分开关押，女性与男性分开，儿童与成年人分开？</translation>
    </message>
    <message>
        <source>Can prisoners consult their lawyer in confidence, without delay or censorship, in conditions where they cannot be overheard?</source>
        <translation>囚犯能否在不被他人听到的条件下，不受拖延或审查地与其律师进行保密会谈？</translation>
    </message>
    <message>
        <source>Reprisals</source>
        <translation>报复</translation>
    </message>
    <message>
        <source>Did any prisoner report being threatened or sanctioned for complaining or for speaking with monitors?</source>
        <translation>是否有囚犯报告因投诉或与监察员交谈而受到威胁或处分？</translation>
    </message>
    <message>
        <source>Record reprisal allegations as confidential reprisal records; plan a follow-up contact.</source>
        <translation>请将报复指控作为保密的报复指控记录下来；并计划后续联系。</translation>
    </message>
    <message>
        <source>How many prisoners are held today? Compare with the official capacity.</source>
        <translation>目前关押了多少名囚犯？请与官方额定容量进行比较。</translation>
    </message>
    <message>
        <source>Count by unit where possible; note people sleeping on mattresses on the floor.</source>
        <translation>请尽可能按单元清点人数；记录睡在地铺上的人员。</translation>
    </message>
    <message>
        <source>Living space</source>
        <translation>生活空间</translation>
    </message>
    <message>
        <source>Does each prisoner have at least 4 m² of living space in a shared cell, or 6 m² in a single cell, not counting the sanitary annex?</source>
        <translation>在共用监舍中，每名囚犯是否至少有 4 m² 的生活空间，单人监舍是否至少有 6 m²（不含卫生间）？</translation>
    </message>
    <message>
        <source>Measure a sample of cells and count occupants.</source>
        <translation>请抽样测量部分监舍并清点在押人数。</translation>
    </message>
    <message>
        <source>Do cells have windows that let in enough natural light to read or work by, adequate artificial light, ventilation and heating suited to the climate?</source>
        <translation>监舍窗户是否能透入足以阅读或工作的自然光？是否有充足的人工照明、通风以及与气候相适应的供暖？</translation>
    </message>
    <message>
        <source>Can prisoners use a toilet in privacy at any time, including at night, and shower as often as hygiene and the climate require?</source>
        <translation>囚犯能否随时（包括夜间）在有隐私的条件下如厕，并能按卫生和气候要求的频率淋浴？</translation>
    </message>
    <message>
        <source>Personal hygiene</source>
        <translation>个人卫生</translation>
    </message>
    <message>
        <source>Are prisoners given water and toilet articles free of charge, and women sanitary products free of charge?</source>
        <translation>是否免费向囚犯提供水和盥洗用品，并免费向女性提供卫生用品？</translation>
    </message>
    <message>
        <source>Do prisoners receive food of adequate nutritional value at the usual hours, and is drinking water available whenever needed?</source>
        <translation>囚犯是否在通常时间获得营养价值充足的食物？是否在需要时随时提供饮用水？</translation>
    </message>
    <message>
        <source>Taste the food; check portions, special diets and the times of the last and first meals.</source>
        <translation>请品尝食物；检查份量、特殊饮食以及最后一餐和第一餐的时间。</translation>
    </message>
    <message>
        <source>Clothing and bedding</source>
        <translation>衣物与寝具</translation>
    </message>
    <message>
        <source>Does every prisoner have a separate bed with clean bedding, and adequate clean clothing?</source>
        <translation>是否每名囚犯都有单独的床铺和干净的寝具，以及充足的干净衣物？</translation>
    </message>
    <message>
        <source>Time out of cell</source>
        <translation>监舍外活动时间</translation>
    </message>
    <message>
        <source>How many hours a day do prisoners in the main units spend out of their cells in purposeful activity?</source>
        <translation>主要单元的囚犯每天有多少小时在监舍外从事有意义的活动？</translation>
    </message>
    <message>
        <source>Ask prisoners and compare with the published regime; note units where the regime is restricted.</source>
        <translation>请询问囚犯并与公布的作息制度进行比较；记录作息制度受限的单元。</translation>
    </message>
    <message>
        <source>Does every prisoner, including those in segregation, have at least one hour of exercise in the open air every day?</source>
        <translation>是否每名囚犯（包括被隔离者）每天至少有一小时的户外锻炼？</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation>劳动与教育</translation>
    </message>
    <message>
        <source>Are work, education and vocational training available to all prisoners who want them, and is work paid?</source>
        <translation>是否向所有有意愿的囚犯提供劳动、教育和职业培训？劳动是否有报酬？</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>探访</translation>
    </message>
    <message>
        <source>How often can prisoners receive visits from family?</source>
        <translation>囚犯接受家人探访的频率如何？</translation>
    </message>
    <message>
        <source>Note whether visits allow privacy and physical contact and whether children are received in child-friendly conditions.</source>
        <translation>请注意探访是否具有隐私并允许身体接触，以及是否在适合儿童的条件下接待儿童。</translation>
    </message>
    <message>
        <source>weekly or more often</source>
        <translation>每周一次或更频繁</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>每两周一次</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>每月一次</translation>
    </message>
    <message>
        <source>less than monthly</source>
        <translation>少于每月一次</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Telephone and mail</source>
        <translation>电话与信件</translation>
    </message>
    <message>
        <source>Can prisoners make telephone calls and send and receive letters regularly, with any monitoring authorised by law?</source>
        <translation>囚犯能否定期打电话和收发信件？任何监控是否均经法律授权？</translation>
    </message>
    <message>
        <source>Can prisoners practise their religion, take part in services and see a representative of their faith?</source>
        <translation>囚犯能否从事其宗教活动、参加宗教仪式并会见其信仰的代表？</translation>
    </message>
    <message>
        <source>Is every prisoner examined by a health professional as soon as possible after admission (within 24 hours), including for injuries, mental health needs and withdrawal symptoms?</source>
        <translation>是否在每名囚犯入狱后尽快（24 小时内）由卫生专业人员进行检查，包括检查伤情、精神健康需求和戒断症状？</translation>
    </message>
    <message>
        <source>When injuries are found, are they documented in detail (body chart, photographs, the prisoner&apos;s account, the doctor&apos;s opinion on consistency) and reported to a competent authority?</source>
        <translation>发现伤情时，是否详细记录（人体图示、照片、囚犯的陈述、医生关于伤情是否相符的意见）并报告主管机关？</translation>
    </message>
    <message>
        <source>Read a sample of injury records against the use-of-force register.</source>
        <translation>请抽查部分伤情记录，并与使用武力登记簿进行核对。</translation>
    </message>
    <message>
        <source>Access and confidentiality</source>
        <translation>就医途径与保密</translation>
    </message>
    <message>
        <source>Can prisoners see a doctor or nurse promptly on request, without staff filtering the requests, and are consultations held out of the hearing of custodial staff?</source>
        <translation>囚犯能否应其要求及时看医生或护士，且其要求不经工作人员筛选？问诊是否在监管人员听不到的地方进行？</translation>
    </message>
    <message>
        <source>Is there a suicide and self-harm prevention procedure, with psychiatric care available and transfer to hospital for those who need it?</source>
        <translation>是否有预防自杀和自残的程序，提供精神科治疗，并将有需要者转送医院？</translation>
    </message>
    <message>
        <source>Clinical independence</source>
        <translation>临床独立性</translation>
    </message>
    <message>
        <source>Do health-care staff stay out of disciplinary decisions, and do they visit prisoners held in solitary confinement every day?</source>
        <translation>医务人员是否不参与纪律处分决定？是否每天探视被单独监禁的囚犯？</translation>
    </message>
    <message>
        <source>How many custodial staff are on duty in the residential units at night?</source>
        <translation>夜间监区内有多少名监管人员值班？</translation>
    </message>
    <message>
        <source>Compare with the number of prisoners and with the staffing plan; ask how cells are opened in an emergency.</source>
        <translation>请与囚犯人数和人员配置计划进行比较；询问紧急情况下如何打开监舍。</translation>
    </message>
    <message>
        <source>Have staff been trained in human rights, dynamic security, de-escalation, use of force and restraints, and mental health awareness?</source>
        <translation>工作人员是否接受过人权、动态安全、缓和冲突、使用武力和戒具以及精神健康意识方面的培训？</translation>
    </message>
    <message>
        <source>Are women prisoners supervised and searched only by women staff?</source>
        <translation>女性囚犯是否仅由女性工作人员看管和搜查？</translation>
    </message>
    <message>
        <source>Staff-prisoner relations</source>
        <translation>工作人员与囚犯的关系</translation>
    </message>
    <message>
        <source>Do staff spend time in the units and talk with prisoners, and do both describe relations as respectful?</source>
        <translation>工作人员是否在单元内花时间与囚犯交谈？双方是否都认为彼此关系相互尊重？</translation>
    </message>
    <message>
        <source>Psychiatric hospital: ward visit</source>
        <translation>精神病院：病区访问</translation>
    </message>
    <message>
        <source>Did any patient allege ill-treatment, humiliation or abuse by staff or other patients?</source>
        <translation>是否有患者指称曾遭工作人员或其他患者虐待、羞辱或凌辱？</translation>
    </message>
    <message>
        <source>Restraint</source>
        <translation>约束</translation>
    </message>
    <message>
        <source>Are mechanical, physical or chemical restraints used only as a last resort, for the shortest time, on a doctor&apos;s order, with continuous direct supervision?</source>
        <translation>机械、身体或化学约束是否仅作为最后手段、以最短时间、依医嘱使用，并在使用期间持续进行直接监护？</translation>
    </message>
    <message>
        <source>Look at beds fitted with straps, seclusion rooms and &apos;as needed&apos; medication orders; compare with the restraint register.</source>
        <translation>请查看装有束缚带的床位、隔离室以及“按需”用药医嘱；并与约束登记簿进行比对。</translation>
    </message>
    <message>
        <source>Seclusion</source>
        <translation>单独隔离</translation>
    </message>
    <message>
        <source>Is every episode of seclusion or restraint recorded in a dedicated register, with start, end, reason, the authorising doctor and observations?</source>
        <translation>每次单独隔离或约束是否都在专门登记簿中记录开始和结束时间、原因、批准医生以及观察情况？</translation>
    </message>
    <message>
        <source>How many restraint or seclusion episodes were recorded in the last three months?</source>
        <translation>过去三个月内记录了多少次约束或单独隔离？</translation>
    </message>
    <message>
        <source>Are restraints ever applied in view of other patients, or used as punishment or for staff convenience?</source>
        <translation>是否曾在其他患者面前实施约束，或将约束用作惩罚或为方便工作人员而使用？</translation>
    </message>
    <message>
        <source>Treatment without consent</source>
        <translation>未经同意的治疗</translation>
    </message>
    <message>
        <source>Is treatment, including electroconvulsive therapy, given without the patient&apos;s free and informed consent?</source>
        <translation>是否在未经患者自由和知情同意的情况下对其进行治疗，包括电休克治疗？</translation>
    </message>
    <message>
        <source>Protection from violence</source>
        <translation>防止暴力</translation>
    </message>
    <message>
        <source>Are patients protected from violence and sexual abuse by other patients, including on mixed wards?</source>
        <translation>患者是否受到保护，免遭其他患者的暴力和性虐待，包括在男女混合病区？</translation>
    </message>
    <message>
        <source>Does every involuntary patient have a lawful placement decision, with reasons, reviewed by a court or independent body at regular intervals?</source>
        <translation>是否每名非自愿住院患者都有说明理由的合法住院决定，并由法院或独立机构定期审查？</translation>
    </message>
    <message>
        <source>Read a sample of files; note placements extended without a hearing.</source>
        <translation>请抽查部分档案；记录未经听证即延长住院的情况。</translation>
    </message>
    <message>
        <source>De facto detention</source>
        <translation>事实上的拘禁</translation>
    </message>
    <message>
        <source>Are patients recorded as voluntary in fact prevented from leaving (locked doors, threats of involuntary placement)?</source>
        <translation>登记为自愿住院的患者实际上是否被阻止离开（门被上锁、以非自愿住院相威胁）？</translation>
    </message>
    <message>
        <source>Are patients told their rights, the reasons for their placement and how to appeal, in an accessible form?</source>
        <translation>是否以无障碍的形式告知患者其权利、住院理由以及如何申诉？</translation>
    </message>
    <message>
        <source>Legal capacity and support</source>
        <translation>法律权利能力与协助</translation>
    </message>
    <message>
        <source>Do patients have access to a lawyer and to independent advocacy or support in making decisions?</source>
        <translation>患者能否获得律师帮助，以及独立倡导服务或决策协助？</translation>
    </message>
    <message>
        <source>Is there a confidential complaints procedure that reaches a body outside the hospital?</source>
        <translation>是否有可以到达院外机构的保密投诉程序？</translation>
    </message>
    <message>
        <source>Are the admission, restraint and incident registers complete and consistent with patients&apos; files?</source>
        <translation>入院、约束和事件登记簿是否完整并与患者病历一致？</translation>
    </message>
    <message>
        <source>Are children accommodated separately from adult patients?</source>
        <translation>儿童是否与成年患者分开安置？</translation>
    </message>
    <message>
        <source>Therapeutic environment</source>
        <translation>治疗环境</translation>
    </message>
    <message>
        <source>Do wards offer a positive therapeutic environment: enough living space, light, ventilation, decoration and privacy?</source>
        <translation>病区是否提供积极的治疗环境：充足的生活空间、采光、通风、装饰和隐私？</translation>
    </message>
    <message>
        <source>Personal space</source>
        <translation>个人空间</translation>
    </message>
    <message>
        <source>Do patients have lockable space for their belongings, and can they wear their own clothes?</source>
        <translation>患者是否有可上锁的空间存放个人物品？能否穿自己的衣服？</translation>
    </message>
    <message>
        <source>Are toilets and showers clean, private and accessible to patients with reduced mobility?</source>
        <translation>厕所和淋浴设施是否清洁、保障隐私，并便于行动不便的患者使用？</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>食物</translation>
    </message>
    <message>
        <source>Is food adequate in quantity and quality, with special diets provided?</source>
        <translation>食物的数量和质量是否充足，是否提供特殊饮食？</translation>
    </message>
    <message>
        <source>Dormitories</source>
        <translation>宿舍</translation>
    </message>
    <message>
        <source>How many patients share the largest dormitory?</source>
        <translation>最大的宿舍中有多少名患者共住？</translation>
    </message>
    <message>
        <source>Do all patients, including those on closed wards, have daily access to the open air?</source>
        <translation>是否所有患者（包括封闭病区的患者）每天都能到户外活动？</translation>
    </message>
    <message>
        <source>Are therapeutic, recreational and occupational activities offered every day?</source>
        <translation>是否每天提供治疗性、娱乐性和作业活动？</translation>
    </message>
    <message>
        <source>Can patients receive visits, use a telephone and send and receive mail, with any restriction decided individually and recorded?</source>
        <translation>患者能否接受探访、使用电话和收发信件？任何限制是否均经个别决定并予以记录？</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>出院</translation>
    </message>
    <message>
        <source>How many patients are ready to leave but remain because no place in the community is available?</source>
        <translation>有多少患者已可出院，但因社区中没有可用的安置去处而滞留？</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>治疗计划</translation>
    </message>
    <message>
        <source>Does each patient have a written individual treatment plan, discussed with them and reviewed regularly?</source>
        <translation>是否为每名患者制定了书面的个人治疗计划，与其进行讨论并定期审查？</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>Is free and informed consent sought and recorded before treatment, after information on effects and alternatives?</source>
        <translation>是否在治疗前告知疗效和替代方案，并征求和记录患者的自由和知情同意？</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>身体健康</translation>
    </message>
    <message>
        <source>Are patients&apos; physical health needs met (screening, dental care, treatment of chronic illness)?</source>
        <translation>患者的身体健康需求（筛查、牙科保健、慢性病治疗）是否得到满足？</translation>
    </message>
    <message>
        <source>Is medication prescribed individually, recorded and reviewed, and never used as punishment or for the convenience of others?</source>
        <translation>药物是否个别开具、予以记录和审查，并从不用作惩罚或为方便他人而使用？</translation>
    </message>
    <message>
        <source>Are injuries, including those from restraint, examined, recorded and reported?</source>
        <translation>伤情（包括约束造成的伤情）是否经过检查、记录和报告？</translation>
    </message>
    <message>
        <source>Electroconvulsive therapy</source>
        <translation>电休克治疗</translation>
    </message>
    <message>
        <source>Is electroconvulsive therapy given only in modified form (with anaesthesia and muscle relaxants), with consent, and recorded in a register?</source>
        <translation>电休克治疗是否仅以改良形式（使用麻醉剂和肌肉松弛剂）进行，征得同意并在登记簿中记录？</translation>
    </message>
    <message>
        <source>How many nursing staff are on duty per ward at night?</source>
        <translation>夜间每个病区有多少名护理人员值班？</translation>
    </message>
    <message>
        <source>Have staff been trained in de-escalation, safe restraint and the rights of persons with disabilities?</source>
        <translation>工作人员是否接受过缓和冲突、安全约束和残疾人权利方面的培训？</translation>
    </message>
    <message>
        <source>Multidisciplinary team</source>
        <translation>多学科团队</translation>
    </message>
    <message>
        <source>Is there a multidisciplinary team (psychiatrists, psychologists, occupational therapists, social workers) large enough for the number of patients?</source>
        <translation>是否有规模足以满足患者人数需要的多学科团队（精神科医生、心理学家、作业治疗师、社会工作者）？</translation>
    </message>
    <message>
        <source>Non-clinical staff</source>
        <translation>非临床人员</translation>
    </message>
    <message>
        <source>Are security staff or orderlies without clinical training involved in restraint or patient care?</source>
        <translation>未受过临床培训的安保人员或护工是否参与约束或患者护理？</translation>
    </message>
    <message>
        <source>Social care home: visit</source>
        <translation>社会照护机构：访问</translation>
    </message>
    <message>
        <source>Ill-treatment and neglect</source>
        <translation>虐待与忽视</translation>
    </message>
    <message>
        <source>Did residents describe being shouted at, mocked, neglected or hit by staff?</source>
        <translation>入住者是否描述曾遭工作人员呵斥、嘲弄、忽视或殴打？</translation>
    </message>
    <message>
        <source>Talk with residents who cannot easily complain, with support for communication where needed.</source>
        <translation>请与不易提出投诉的入住者交谈，必要时提供沟通协助。</translation>
    </message>
    <message>
        <source>Are residents tied to beds or chairs, kept in by bed rails against their will, or sedated to manage their behaviour?</source>
        <translation>是否将入住者绑在床上或椅子上、违背其意愿用床栏将其困在床上，或使用镇静药物管控其行为？</translation>
    </message>
    <message>
        <source>Are residents locked in their rooms or in &apos;calming&apos; rooms?</source>
        <translation>是否将入住者锁在其房间或“镇静室”中？</translation>
    </message>
    <message>
        <source>Abuse prevention</source>
        <translation>预防虐待</translation>
    </message>
    <message>
        <source>Is there a policy to prevent, detect and report abuse, neglect and exploitation, including financial abuse, and are incidents investigated?</source>
        <translation>是否有预防、发现和报告虐待、忽视和剥削（包括经济虐待）的政策？相关事件是否得到调查？</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Are deaths of residents reviewed, and are unexpected deaths reported to an independent authority?</source>
        <translation>是否对入住者的死亡进行审查？是否向独立机关报告意外死亡？</translation>
    </message>
    <message>
        <source>Is there a lawful basis, with independent review, for each resident who is not free to leave?</source>
        <translation>对于每名不能自由离开的入住者，是否有合法依据并经独立审查？</translation>
    </message>
    <message>
        <source>Consent to placement</source>
        <translation>同意入住</translation>
    </message>
    <message>
        <source>Did residents consent to living in the home, and do they know they may leave?</source>
        <translation>入住者是否同意住在该机构？他们是否知道自己可以离开？</translation>
    </message>
    <message>
        <source>Legal capacity</source>
        <translation>法律权利能力</translation>
    </message>
    <message>
        <source>How many residents are under full guardianship?</source>
        <translation>有多少名入住者处于完全监护之下？</translation>
    </message>
    <message>
        <source>Ask whether residents&apos; own will and preferences are sought in decisions about them, and whether supported decision-making exists.</source>
        <translation>请询问在作出与入住者有关的决定时，是否征求其本人的意愿和偏好，以及是否存在协助决策机制。</translation>
    </message>
    <message>
        <source>Can residents complain, in a way accessible to them, to someone outside the home?</source>
        <translation>入住者能否以其可使用的方式向机构外的人投诉？</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Are residents given information on their rights and the home&apos;s rules in accessible formats (easy-read, sign language, Braille)?</source>
        <translation>是否以无障碍格式（易读版、手语、盲文）向入住者提供关于其权利和机构规章的信息？</translation>
    </message>
    <message>
        <source>Money and belongings</source>
        <translation>钱款与财物</translation>
    </message>
    <message>
        <source>Do residents control their own money and belongings, with any management by the home recorded and audited?</source>
        <translation>入住者是否自行支配其钱款和财物？机构代为管理的部分是否有记录并经审计？</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Is residents&apos; privacy respected: staff knock, residents have their own room or screens, and correspondence and records are confidential?</source>
        <translation>入住者的隐私是否得到尊重：工作人员先敲门，入住者有自己的房间或屏风，信件和记录予以保密？</translation>
    </message>
    <message>
        <source>Bedrooms</source>
        <translation>卧室</translation>
    </message>
    <message>
        <source>How many residents share the largest bedroom?</source>
        <translation>最大的卧室中有多少名入住者共住？</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>无障碍</translation>
    </message>
    <message>
        <source>Is the building accessible (ramps, lifts, adapted toilets, handrails) for residents with reduced mobility?</source>
        <translation>建筑物是否为行动不便的入住者提供无障碍设施（坡道、电梯、无障碍厕所、扶手）？</translation>
    </message>
    <message>
        <source>Personal care</source>
        <translation>个人护理</translation>
    </message>
    <message>
        <source>Are residents helped to wash and use the toilet with dignity, and are continence products adequate and changed promptly?</source>
        <translation>是否有尊严地协助入住者洗漱和如厕？失禁护理用品是否充足并及时更换？</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>饮食</translation>
    </message>
    <message>
        <source>Is food adequate and varied, are residents who need help assisted to eat and drink, and is their weight monitored?</source>
        <translation>食物是否充足且多样？是否协助需要帮助的入住者进食和饮水，并监测其体重？</translation>
    </message>
    <message>
        <source>Heating and clothing</source>
        <translation>供暖与衣物</translation>
    </message>
    <message>
        <source>Is the home adequately heated, and do residents wear their own clothes?</source>
        <translation>机构是否有充足的供暖？入住者是否穿自己的衣服？</translation>
    </message>
    <message>
        <source>Going outside</source>
        <translation>外出</translation>
    </message>
    <message>
        <source>Can every resident go outside each day, including those who need help to do so?</source>
        <translation>是否每名入住者（包括需要协助才能外出者）每天都能到户外？</translation>
    </message>
    <message>
        <source>Are meaningful daily activities, education or work offered according to residents&apos; wishes?</source>
        <translation>是否按照入住者的意愿提供有意义的日常活动、教育或工作？</translation>
    </message>
    <message>
        <source>Can residents receive visitors at any reasonable time, use a telephone and the internet, and go out into the community?</source>
        <translation>入住者能否在任何合理时间接待访客、使用电话和互联网，并外出融入社区？</translation>
    </message>
    <message>
        <source>Choice and routine</source>
        <translation>自主选择与作息</translation>
    </message>
    <message>
        <source>Do residents choose when to get up, go to bed, eat and bathe, rather than follow institutional routines?</source>
        <translation>入住者是否自行选择起床、就寝、用餐和洗澡的时间，而非遵循机构的统一作息？</translation>
    </message>
    <message>
        <source>Community living</source>
        <translation>社区生活</translation>
    </message>
    <message>
        <source>Does each resident have an individual plan for moving to community living?</source>
        <translation>是否为每名入住者制定了转向社区生活的个人计划？</translation>
    </message>
    <message>
        <source>Do residents have access to a general practitioner, specialists, dental care and hospital care on the same basis as others?</source>
        <translation>入住者能否与他人同等地获得全科医生、专科医生、牙科保健和医院治疗？</translation>
    </message>
    <message>
        <source>Is medication, especially psychotropic and sedative medication, prescribed individually, reviewed regularly and given with consent?</source>
        <translation>药物，尤其是精神药物和镇静药物，是否个别开具、定期审查并在征得同意后给药？</translation>
    </message>
    <message>
        <source>Pressure sores and falls</source>
        <translation>压疮与跌倒</translation>
    </message>
    <message>
        <source>Are pressure sores, falls and injuries recorded, treated and analysed to prevent recurrence?</source>
        <translation>压疮、跌倒和受伤是否得到记录、治疗和分析，以防止再次发生？</translation>
    </message>
    <message>
        <source>End-of-life care</source>
        <translation>临终关怀</translation>
    </message>
    <message>
        <source>Is palliative and end-of-life care available, respecting residents&apos; wishes?</source>
        <translation>是否提供尊重入住者意愿的姑息治疗和临终关怀？</translation>
    </message>
    <message>
        <source>Is psychological or psychiatric support available to residents who need it?</source>
        <translation>是否为有需要的入住者提供心理或精神科支持？</translation>
    </message>
    <message>
        <source>How many residents is each care worker responsible for at night?</source>
        <translation>夜间每名护理员负责多少名入住者？</translation>
    </message>
    <message>
        <source>Have staff been trained in residents&apos; rights, dementia and disability care, and alternatives to restraint?</source>
        <translation>工作人员是否接受过入住者权利、失智症和残疾照护以及约束替代措施方面的培训？</translation>
    </message>
    <message>
        <source>Recruitment and supervision</source>
        <translation>招聘与督导</translation>
    </message>
    <message>
        <source>Are staff checked before recruitment, and supervised and supported in their work?</source>
        <translation>工作人员在招聘前是否经过背景审查，工作中是否得到督导和支持？</translation>
    </message>
    <message>
        <source>Respect</source>
        <translation>尊重</translation>
    </message>
    <message>
        <source>Do staff address residents respectfully, involve them in decisions and respect their privacy?</source>
        <translation>工作人员是否尊重地称呼入住者、让其参与决策并尊重其隐私？</translation>
    </message>
</context>
<context>
    <name>vigil::ConflictLabels</name>
    <message>
        <source>Body</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>小组成员</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Identity entry</source>
        <translation>身份条目</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>指控</translation>
    </message>
    <message>
        <source>Reprisal allegation</source>
        <translation>报复指控</translation>
    </message>
    <message>
        <source>Follow-up step</source>
        <translation>后续跟进步骤</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>检查清单模板</translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation>检查清单回答</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>报告文本</translation>
    </message>
    <message>
        <source>Risk notes</source>
        <translation>风险备注</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事件经过</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>已采取的行动</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>No. %1: %2</source>
        <translation>第 %1 项：%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>vigil::ConflictListModel</name>
    <message>
        <source>Deleted, and %1 edited</source>
        <translation>已删除，且%1已被编辑</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
</context>
<context>
    <name>vigil::ConflictRepository</name>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>此冲突已不存在。</translation>
    </message>
    <message>
        <source>This conflict was already resolved.</source>
        <translation>此冲突已经解决。</translation>
    </message>
    <message>
        <source>This conflict cannot be resolved that way.</source>
        <translation>无法以这种方式解决此冲突。</translation>
    </message>
    <message>
        <source>The record of this conflict has not fully arrived yet; sync again and then resolve it.</source>
        <translation>此冲突的记录尚未完整接收；请再次同步，然后再解决。</translation>
    </message>
</context>
<context>
    <name>vigil::ConflictView</name>
    <message>
        <source>Current text</source>
        <translation>当前文本</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>另一版本</translation>
    </message>
    <message>
        <source>&amp;Keep current</source>
        <translation>保留当前版本(&amp;K)</translation>
    </message>
    <message>
        <source>Keep the current text</source>
        <translation>保留当前文本</translation>
    </message>
    <message>
        <source>&amp;Use the other version</source>
        <translation>使用另一版本(&amp;U)</translation>
    </message>
    <message>
        <source>Use the other version</source>
        <translation>使用另一版本</translation>
    </message>
    <message>
        <source>&amp;Edit a merged text…</source>
        <translation>编辑合并文本(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit a merged text from both versions</source>
        <translation>根据两个版本编辑合并文本</translation>
    </message>
    <message>
        <source>&amp;Keep deleted</source>
        <translation>保持删除(&amp;K)</translation>
    </message>
    <message>
        <source>Keep the record deleted</source>
        <translation>保持该记录为已删除</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Restore the record with the edit</source>
        <translation>恢复该记录并保留所作编辑</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>合并文本</translation>
    </message>
    <message>
        <source>Both versions are below: edit them into one text, then save it.</source>
        <translation>两个版本均列于下方：请将其编辑为一个文本，然后保存。</translation>
    </message>
    <message>
        <source>&amp;Save merged</source>
        <translation>保存合并文本(&amp;S)</translation>
    </message>
    <message>
        <source>Save the merged text</source>
        <translation>保存合并文本</translation>
    </message>
    <message>
        <source>&amp;Discard merge</source>
        <translation>放弃合并(&amp;D)</translation>
    </message>
    <message>
        <source>Discard the merged text</source>
        <translation>放弃合并文本</translation>
    </message>
    <message>
        <source>Choose a conflict in the list to compare its two versions.</source>
        <translation>请在列表中选择一个冲突，以比较其两个版本。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The record of this conflict has not fully arrived yet; sync again and then resolve it.</source>
        <translation>此冲突的记录尚未完整接收；请再次同步，然后再解决。</translation>
    </message>
    <message>
        <source>%1 deleted this record while %2 was still editing it.</source>
        <translation>%2 仍在编辑此记录时，%1 删除了它。</translation>
    </message>
    <message>
        <source>%1 deleted this record while %2 was still editing it; it has been restored since.</source>
        <translation>%2 仍在编辑此记录时，%1 删除了它；此后该记录已被恢复。</translation>
    </message>
    <message>
        <source>%1 and %2 changed this text at the same time. Sync kept one version in the record and the other here; nothing is lost until you choose.</source>
        <translation>%1 和 %2 同时更改了此文本。同步将一个版本保留在记录中，另一个版本保留在这里；在您作出选择之前，任何内容都不会丢失。</translation>
    </message>
    <message>
        <source>Now: deleted by %1</source>
        <translation>当前：已被 %1 删除</translation>
    </message>
    <message>
        <source>Now in the record</source>
        <translation>当前记录中的内容</translation>
    </message>
    <message>
        <source>The edit made on %1</source>
        <translation>在 %1 上所作的编辑</translation>
    </message>
    <message>
        <source>Current text (last written on %1)</source>
        <translation>当前文本（最后写入于 %1）</translation>
    </message>
    <message>
        <source>Other version (written on %1)</source>
        <translation>另一版本（写入于 %1）</translation>
    </message>
    <message>
        <source>&amp;Keep as it is</source>
        <translation>保持原样(&amp;K)</translation>
    </message>
</context>
<context>
    <name>vigil::ConflictsPage</name>
    <message>
        <source>Open conflicts</source>
        <translation>未解决的冲突</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>选择所有行</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>本设备</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No open conflicts: every edit made on several devices at once has been settled.</source>
        <translation>没有未解决的冲突：在多台设备上同时所作的每一处编辑均已处理。</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). Compare the two versions and choose what the record should say.</source>
        <translation>
            <numerusform>有 %n 个未解决的冲突。请比较两个版本，并选择记录应采用的内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Settled. Other devices learn of it with the next sync.</source>
        <translation>已处理。其他设备将在下次同步时获知。</translation>
    </message>
</context>
<context>
    <name>vigil::ConsentSection</name>
    <message>
        <source>Consent — before anything is written</source>
        <translation>同意 — 须在记录任何内容之前取得</translation>
    </message>
    <message>
        <source>&amp;Change consent…</source>
        <translation>更改同意(&amp;C)…</translation>
    </message>
    <message>
        <source>Change consent</source>
        <translation>更改同意</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>撤回同意…</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>Explain who the team is and what happens with what the person says. Tick only what they agreed to.</source>
        <translation>请说明小组成员的身份，以及当事人所述内容将如何处理。只勾选对方同意的事项。</translation>
    </message>
    <message>
        <source>A group interview carries no confidentiality, so it allows only aggregate use and anonymous quotes. Hear the person in private to go further.</source>
        <translation>集体面谈不具保密性，因此只允许汇总使用和匿名引用。如需更进一步，请与当事人进行私下面谈。</translation>
    </message>
    <message>
        <source>Consent sought in an adapted way for</source>
        <translation>以适应性方式征求同意，适用于</translation>
    </message>
    <message>
        <source>Not adapted</source>
        <translation>未作调整</translation>
    </message>
    <message>
        <source>Adapted for:</source>
        <translation>适用于：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>取消更改</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>记录同意(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Record changed consent</source>
        <translation>记录更改后的同意(&amp;R)</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>记录同意</translation>
    </message>
    <message>
        <source>Record changed consent</source>
        <translation>记录更改后的同意</translation>
    </message>
    <message>
        <source>Agreed to: %1.</source>
        <translation>同意事项：%1。</translation>
    </message>
    <message>
        <source>Sought in an adapted way for: %1.</source>
        <translation>已以适应性方式征求同意，适用于：%1。</translation>
    </message>
    <message>
        <source>No consent recorded yet: no notes can be written.</source>
        <translation>尚未记录同意：不能填写笔记。</translation>
    </message>
    <message>
        <source>Consent recorded %1.</source>
        <translation>已于 %1 记录同意。</translation>
    </message>
    <message>
        <source>Consent withdrawn %1.</source>
        <translation>已于 %1 撤回同意。</translation>
    </message>
    <message>
        <source>Consent withdrawn.</source>
        <translation>同意已撤回。</translation>
    </message>
    <message>
        <source>Nothing more can be recorded from this interview; what depended on the consent was withdrawn with it.</source>
        <translation>不能再从此次面谈中记录任何内容；依赖该同意的内容已随之撤回。</translation>
    </message>
    <message>
        <source>Withdraw this person&apos;s consent?</source>
        <translation>撤回此人的同意？</translation>
    </message>
    <message>
        <source>The notes become read-only, nothing more can be recorded from this interview, identity entries are deleted and consent to act on allegations is removed. This cannot be undone.</source>
        <translation>笔记将变为只读，不能再从此次面谈中记录任何内容，身份条目将被删除，对就指控采取行动的同意也将被移除。此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>vigil::CoordinatorPanel</name>
    <message>
        <source>Select all rows</source>
        <translation>选择所有行</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>本设备的指纹</translation>
    </message>
    <message>
        <source>Read it out when someone who is joining calls you: they compare it with the one their invitation shows.</source>
        <translation>正在加入的人员给您打电话时，请读出此指纹：对方会将其与邀请中显示的指纹进行比对。</translation>
    </message>
    <message>
        <source>Requests to join</source>
        <translation>加入请求</translation>
    </message>
    <message>
        <source>Call the person on a number you already know and ask them to read out the fingerprint their device shows. Approve only if it matches the one listed here exactly.</source>
        <translation>请拨打您已知的号码联系该人员，请其读出其设备上显示的指纹。只有在与此处所列指纹完全一致时才予以批准。</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <source>Approve the selected request</source>
        <translation>批准所选请求</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>拒绝(&amp;F)…</translation>
    </message>
    <message>
        <source>Refuse the selected request</source>
        <translation>拒绝所选请求</translation>
    </message>
    <message>
        <source>&amp;Import a request…</source>
        <translation>导入请求(&amp;I)…</translation>
    </message>
    <message>
        <source>Import an enrolment request file</source>
        <translation>导入注册请求文件</translation>
    </message>
    <message>
        <source>Devices of the organisation</source>
        <translation>组织的设备</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>撤销(&amp;R)…</translation>
    </message>
    <message>
        <source>Revoke the selected device</source>
        <translation>撤销所选设备</translation>
    </message>
    <message>
        <source>In&amp;vite…</source>
        <translation>邀请(&amp;V)…</translation>
    </message>
    <message>
        <source>Invite a device</source>
        <translation>邀请设备</translation>
    </message>
    <message>
        <source>A request that came with the last sync was not taken: %1</source>
        <translation>上次同步收到的一个请求未被接受：%1</translation>
    </message>
    <message>
        <source>Import an enrolment request</source>
        <translation>导入注册请求</translation>
    </message>
    <message>
        <source>Vigil enrolment requests (*.vge);;All files (*)</source>
        <translation>Vigil 注册请求 (*.vge);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The request from “%1” was received. Call the person and compare the fingerprint before approving it.</source>
        <translation>已收到来自“%1”的请求。批准之前，请打电话给该人员并比对指纹。</translation>
    </message>
    <message>
        <source>%1 (invited: %2)</source>
        <translation>%1（受邀：%2）</translation>
    </message>
    <message>
        <source>Approve a device</source>
        <translation>批准设备</translation>
    </message>
    <message>
        <source>&lt;p&gt;Approve %1 as %2?&lt;/p&gt;&lt;p&gt;Approve only if the person read out exactly these digits:&lt;/p&gt;</source>
        <translation>&lt;p&gt;批准 %1 成为%2？&lt;/p&gt;&lt;p&gt;只有在对方读出的数字与以下数字完全一致时才予以批准：&lt;/p&gt;</translation>
    </message>
    <message>
        <source>If any group differs, refuse the request: someone else may have sent it.</source>
        <translation>如有任何一组数字不同，请拒绝该请求：可能是其他人发送的。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>“%1” is now in the organisation as %2. It receives the device list with your next sync.</source>
        <translation>“%1”现已作为%2加入组织。它将在您下次同步时收到设备名单。</translation>
    </message>
    <message>
        <source>Refuse a request</source>
        <translation>拒绝请求</translation>
    </message>
    <message>
        <source>Refuse the request from “%1”?</source>
        <translation>拒绝来自“%1”的请求？</translation>
    </message>
    <message>
        <source>The invitation stays valid: the person it was for can still join with it.</source>
        <translation>该邀请仍然有效：受邀人员仍可使用它加入。</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>The request from “%1” was refused.</source>
        <translation>已拒绝来自“%1”的请求。</translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation>撤销设备</translation>
    </message>
    <message>
        <source>Revoke “%1”?</source>
        <translation>撤销“%1”？</translation>
    </message>
    <message>
        <source>From now on its bundles are refused by every device that has received the new device list, and nothing more is sent to it. What it sent before stays. This cannot be undone: to take part again, the person needs a new vault and a new invitation.</source>
        <translation>从现在起，所有已收到新设备名单的设备都将拒绝其同步包，也不再向其发送任何内容。它此前发送的内容将予保留。此操作无法撤销：该人员如需再次参与，需要新的保险库和新的邀请。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>“%1” is revoked. Sync to tell the other devices.</source>
        <translation>“%1”已被撤销。请进行同步以通知其他设备。</translation>
    </message>
</context>
<context>
    <name>vigil::CoordinatorSeal</name>
    <message>
        <source>The identity entry is damaged or was tampered with.</source>
        <translation>身份条目已损坏或被篡改。</translation>
    </message>
    <message>
        <source>The identity entry could not be encrypted for the coordinators.</source>
        <translation>无法为协调员加密身份条目。</translation>
    </message>
    <message>
        <source>The identity entry could not be encrypted.</source>
        <translation>无法加密身份条目。</translation>
    </message>
    <message>
        <source>This identity entry was sealed for the organisation&apos;s coordinators; it cannot be read on this device.</source>
        <translation>此身份条目已为组织的协调员密封，无法在本设备上读取。</translation>
    </message>
</context>
<context>
    <name>vigil::CoverageItem</name>
    <message>
        <source>A bundle&apos;s list of what it carries is malformed.</source>
        <translation>同步包的内容清单格式有误。</translation>
    </message>
</context>
<context>
    <name>vigil::CreateOrganisationDialog</name>
    <message>
        <source>Create an organisation</source>
        <translation>创建组织</translation>
    </message>
    <message>
        <source>Do this once, on the coordinator&apos;s computer at the secretariat. This vault becomes the organisation&apos;s coordinator: it issues invitations, approves and revokes devices, and receives what every device sends. The records already in this vault are kept. A vault cannot leave its organisation afterwards.</source>
        <translation>此操作只需在秘书处协调员的计算机上执行一次。此保险库将成为组织的协调员：它签发邀请、批准和撤销设备，并接收每台设备发送的内容。此保险库中已有的记录将予保留。此后保险库无法退出其组织。</translation>
    </message>
    <message>
        <source>Members who only need to exchange records with a coordinator should not create an organisation: they join one with the invitation their coordinator gives them.</source>
        <translation>只需与协调员交换记录的成员不应创建组织：他们应使用协调员提供的邀请加入组织。</translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation>组织名称</translation>
    </message>
    <message>
        <source>For example: National Preventive Mechanism</source>
        <translation>例如：国家防范机制</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <source>Name of this device</source>
        <translation>本设备名称</translation>
    </message>
    <message>
        <source>This device&apos;s &amp;name:</source>
        <translation>本设备名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>创建(&amp;C)…</translation>
    </message>
    <message>
        <source>Create the organisation</source>
        <translation>创建组织</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Make this vault the coordinator of “%1”?</source>
        <translation>将此保险库设为“%1”的协调员？</translation>
    </message>
    <message>
        <source>It cannot become a standalone vault again, nor join another organisation.</source>
        <translation>它将无法再恢复为独立保险库，也无法加入其他组织。</translation>
    </message>
</context>
<context>
    <name>vigil::Database</name>
    <message>
        <source>The disk is full. Free some space; the last change was not saved and nothing else was lost.</source>
        <translation>磁盘已满。请释放一些空间；最后一次更改未保存，其他内容均未丢失。</translation>
    </message>
    <message>
        <source>The vault is on storage Vigil may not write to.</source>
        <translation>保险库所在的存储位置不允许 Vigil 写入。</translation>
    </message>
    <message>
        <source>The vault&apos;s database could not be opened.</source>
        <translation>无法打开保险库的数据库。</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged or has been altered. Restore it from a backup.</source>
        <translation>保险库的数据库已损坏或被更改。请从备份中恢复。</translation>
    </message>
    <message>
        <source>The vault is in use by another Vigil window or program.</source>
        <translation>保险库正被另一个 Vigil 窗口或程序使用。</translation>
    </message>
    <message>
        <source>The change breaks a rule of the record.</source>
        <translation>此更改违反了记录规则。</translation>
    </message>
    <message>
        <source>Vigil ran out of memory.</source>
        <translation>Vigil 内存不足。</translation>
    </message>
    <message>
        <source>Reading or writing the vault failed.</source>
        <translation>读写保险库失败。</translation>
    </message>
    <message>
        <source>The vault&apos;s database reported an error.</source>
        <translation>保险库的数据库报告了错误。</translation>
    </message>
</context>
<context>
    <name>vigil::DemoVault</name>
    <message>
        <source>The old demo vault at %1 could not be removed.</source>
        <translation>无法删除位于 %1 的旧演示保险库。</translation>
    </message>
    <message>
        <source>%1 holds a vault that is not a demo vault; it is left as it is.</source>
        <translation>%1 中的保险库不是演示保险库，将保持原样。</translation>
    </message>
    <message>
        <source>Demo — National Preventive Mechanism of Westland (fictional)</source>
        <translation>演示 — 韦斯特兰国家防范机制（虚构）</translation>
    </message>
</context>
<context>
    <name>vigil::DetailFrame</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Back to the previous page (%1)</source>
        <translation>返回上一页（%1）</translation>
    </message>
</context>
<context>
    <name>vigil::DeviceIdentity</name>
    <message>
        <source>This vault has no device keys yet.</source>
        <translation>此保险库尚无设备密钥。</translation>
    </message>
    <message>
        <source>This vault&apos;s device keys are damaged.</source>
        <translation>此保险库的设备密钥已损坏。</translation>
    </message>
</context>
<context>
    <name>vigil::DevicesPage</name>
    <message>
        <source>Organisation and devices</source>
        <translation>组织和设备</translation>
    </message>
    <message>
        <source>This vault is standalone: it belongs to no organisation and exchanges records with no other device.</source>
        <translation>此保险库为独立保险库：它不属于任何组织，也不与任何其他设备交换记录。</translation>
    </message>
    <message>
        <source>To work with a team, join your organisation with the invitation file your coordinator gives you in person. Nothing in this vault is lost by joining.</source>
        <translation>如需与团队协作，请使用协调员当面交给您的邀请文件加入组织。加入组织不会使此保险库中的任何内容丢失。</translation>
    </message>
    <message>
        <source>&amp;Join an organisation…</source>
        <translation>加入组织(&amp;J)…</translation>
    </message>
    <message>
        <source>Join an organisation</source>
        <translation>加入组织</translation>
    </message>
    <message>
        <source>Only the coordinator of the secretariat creates the organisation, once, on their own computer; every other device joins it.</source>
        <translation>只有秘书处的协调员在其本人的计算机上创建组织，且只创建一次；其他所有设备均加入该组织。</translation>
    </message>
    <message>
        <source>&amp;Create an organisation…</source>
        <translation>创建组织(&amp;C)…</translation>
    </message>
    <message>
        <source>Create an organisation</source>
        <translation>创建组织</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint, for the coordinator to compare by phone:</source>
        <translation>本设备的指纹，供协调员通过电话比对：</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>本设备的指纹</translation>
    </message>
    <message>
        <source>&amp;Save a copy of the request…</source>
        <translation>保存请求副本(&amp;S)…</translation>
    </message>
    <message>
        <source>Save a copy of the enrolment request</source>
        <translation>保存注册请求的副本</translation>
    </message>
    <message>
        <source>Organisation “%1”</source>
        <translation>组织“%1”</translation>
    </message>
    <message>
        <source>This device belongs to “%1” as %2.</source>
        <translation>本设备以%2身份属于“%1”。</translation>
    </message>
    <message>
        <source>Save a copy of the request</source>
        <translation>保存请求副本</translation>
    </message>
    <message>
        <source>Vigil enrolment requests (*.vge)</source>
        <translation>Vigil 注册请求 (*.vge)</translation>
    </message>
    <message>
        <source>The enrolment request is no longer on this device. Join again with the same invitation to make a new one.</source>
        <translation>注册请求已不在本设备上。请使用同一邀请重新加入，以生成新的请求。</translation>
    </message>
    <message>
        <source>A copy was saved to %1.</source>
        <translation>副本已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>vigil::EnrolmentModel</name>
    <message>
        <source>(deleted person)</source>
        <translation>（已删除的人员）</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>受邀</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
</context>
<context>
    <name>vigil::EnrolmentRequest</name>
    <message>
        <source>This enrolment request is damaged or was changed on the way.</source>
        <translation>此注册请求已损坏或在传送途中被更改。</translation>
    </message>
    <message>
        <source>The enrolment request could not be written.</source>
        <translation>无法写入注册请求。</translation>
    </message>
    <message>
        <source>The enrolment request could not be encrypted.</source>
        <translation>无法加密注册请求。</translation>
    </message>
    <message>
        <source>The enrolment request could not be opened.</source>
        <translation>无法打开注册请求。</translation>
    </message>
    <message>
        <source>This file is not a Vigil enrolment request.</source>
        <translation>此文件不是 Vigil 注册请求。</translation>
    </message>
    <message>
        <source>This enrolment request was made by a newer version of Vigil. Update Vigil and open it again.</source>
        <translation>此注册请求由更新版本的 Vigil 生成。请更新 Vigil 后重新打开。</translation>
    </message>
    <message>
        <source>This enrolment request is not addressed to this coordinator, or it is damaged.</source>
        <translation>此注册请求不是发给本协调员的，或者已损坏。</translation>
    </message>
    <message>
        <source>The enrolment request could not be checked.</source>
        <translation>无法核验注册请求。</translation>
    </message>
    <message>
        <source>This enrolment request does not match the invitation it names: it may be forged. Ask the person to join again with the invitation you gave them.</source>
        <translation>此注册请求与其所指明的邀请不符：可能是伪造的。请让该人员使用您给他们的邀请重新加入。</translation>
    </message>
</context>
<context>
    <name>vigil::ErrorLabel</name>
    <message>
        <source>Last error</source>
        <translation>最近一次错误</translation>
    </message>
    <message>
        <source>Vigil</source>
        <translation>Vigil</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not kept. Free some space and try again.</source>
        <translation>磁盘已满，因此未保留此更改。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The vault&apos;s storage cannot be written, so the change was not kept. Check the drive and its permissions.</source>
        <translation>无法写入保险库的存储位置，因此未保留此更改。请检查驱动器及其权限。</translation>
    </message>
    <message>
        <source>The vault may be damaged. Lock it, make a copy of the vault folder and check it before making further changes.</source>
        <translation>保险库可能已损坏。请将其锁定，复制保险库文件夹并进行检查，然后再做进一步更改。</translation>
    </message>
</context>
<context>
    <name>vigil::EvidenceLinksWidget</name>
    <message>
        <source>&amp;Link</source>
        <translation>关联(&amp;L)</translation>
    </message>
    <message>
        <source>Re&amp;move link</source>
        <translation>移除关联(&amp;M)</translation>
    </message>
    <message>
        <source>Evidence of the finding</source>
        <translation>调查结果的证据</translation>
    </message>
    <message>
        <source>Evidence to link</source>
        <translation>要关联的证据</translation>
    </message>
    <message>
        <source>Link the chosen evidence to the finding</source>
        <translation>将所选证据关联到调查结果</translation>
    </message>
    <message>
        <source>Remove the selected evidence from the finding</source>
        <translation>从调查结果中移除所选证据</translation>
    </message>
    <message>
        <source>(deleted since)</source>
        <translation>（已被删除）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Evidence of a finding: its kind, then its title</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation>关联证据</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>移除证据</translation>
    </message>
</context>
<context>
    <name>vigil::EvidenceLookup</name>
    <message>
        <source>Interview %1</source>
        <translation>面谈 %1</translation>
    </message>
    <message>
        <source>Register check: %1</source>
        <translation>登记簿核查：%1</translation>
    </message>
    <message>
        <source>Register check: %1, %2 to %3</source>
        <translation>登记簿核查：%1，%2 至 %3</translation>
    </message>
    <message>
        <source>Access %1: %2</source>
        <translation>准入事件（%1）：%2</translation>
    </message>
    <message>
        <source>Checklist question %1</source>
        <translation>检查清单问题 %1</translation>
    </message>
    <message>
        <source>Checklist question %1: %2</source>
        <translation>检查清单问题 %1：%2</translation>
    </message>
    <message>
        <source>finding_evidence.evidence_id: there is no %1 with this id</source>
        <translation>finding_evidence.evidence_id：不存在具有此 ID 的%1</translation>
    </message>
    <message>
        <source>finding_evidence.evidence_kind: &apos;%1&apos; is not a kind of evidence</source>
        <translation>finding_evidence.evidence_kind：“%1”不是证据类型</translation>
    </message>
</context>
<context>
    <name>vigil::ExportReportDialog</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1（语言：%2）</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>OpenDocument 文本（ODT）</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>网页（HTML）</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>选择要写入的文件</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>What the publication guard found</source>
        <translation>发布审查的结果</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Close, or cancel the export</source>
        <translation>关闭或取消导出</translation>
    </message>
    <message>
        <source>Checking the report with the publication guard…</source>
        <translation>正在通过发布审查检查报告…</translation>
    </message>
    <message>
        <source>The report could not be checked: %1</source>
        <translation>无法检查报告：%1</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>报告已保存为 %1。</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>导出已取消。未写入任何文件。</translation>
    </message>
    <message>
        <source>The report could not be exported. %1</source>
        <translation>无法导出报告。%1</translation>
    </message>
</context>
<context>
    <name>vigil::ExportWriter</name>
    <message>
        <source>A bundle could not be written to %1.</source>
        <translation>无法将同步包写入 %1。</translation>
    </message>
    <message>
        <source>The changes to send changed while the bundle was written.</source>
        <translation>写入同步包期间，待发送的更改发生了变化。</translation>
    </message>
    <message>
        <source>An attachment file could not be read.</source>
        <translation>无法读取附件文件。</translation>
    </message>
    <message>
        <source>An attachment file changed while the bundle was written.</source>
        <translation>写入同步包期间，附件文件发生了变化。</translation>
    </message>
</context>
<context>
    <name>vigil::FilteredTableView</name>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>筛选%1</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>选择所有行</translation>
    </message>
</context>
<context>
    <name>vigil::FindingEditor</name>
    <message>
        <source>Finding title</source>
        <translation>调查结果标题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Sub-category</source>
        <translation>子类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Standards cited</source>
        <translation>援引的标准</translation>
    </message>
    <message>
        <source>&amp;Good practice</source>
        <translation>良好做法(&amp;G)</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>良好做法</translation>
    </message>
    <message>
        <source>Corroborating sources</source>
        <translation>佐证来源</translation>
    </message>
    <message>
        <source>e.g. Mandela Rules 43-45</source>
        <translation>例如：《纳尔逊·曼德拉规则》第 43-45 条</translation>
    </message>
    <message>
        <source>Leave at the lowest value to count the linked interviews, observations and register checks.</source>
        <translation>保持最低值，即自动统计已关联的面谈、观察记录和登记簿核查。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>S&amp;ub-category:</source>
        <translation>子类别(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>严重程度(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Facts:</source>
        <translation>事实(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Analysis:</source>
        <translation>分析(&amp;A)：</translation>
    </message>
    <message>
        <source>Sta&amp;ndards:</source>
        <translation>标准(&amp;N)：</translation>
    </message>
    <message>
        <source>Sou&amp;rces:</source>
        <translation>来源(&amp;R)：</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>证据(&amp;V)：</translation>
    </message>
    <message>
        <source>finding title</source>
        <translation>调查结果标题</translation>
    </message>
    <message>
        <source>sub-category</source>
        <translation>子类别</translation>
    </message>
    <message>
        <source>facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>standards</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>更改类别</translation>
    </message>
    <message>
        <source>Change severity</source>
        <translation>更改严重程度</translation>
    </message>
    <message>
        <source>Change good practice</source>
        <translation>更改良好做法标记</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <extracomment>Shown for corroborating sources not set by hand: the number counted from the evidence</extracomment>
        <translation>自动统计：%1</translation>
    </message>
</context>
<context>
    <name>vigil::FindingRepository</name>
    <message>
        <source>finding.sources: must be at least 1 (leave it empty to count the linked evidence)</source>
        <translation>finding.sources：必须至少为 1（留空则统计已关联的证据）</translation>
    </message>
    <message>
        <source>The finding does not exist or was deleted.</source>
        <translation>该调查结果不存在或已被删除。</translation>
    </message>
    <message>
        <source>finding_evidence.finding_id: refers to a finding that does not exist or was deleted</source>
        <translation>finding_evidence.finding_id：引用的调查结果不存在或已被删除</translation>
    </message>
    <message>
        <source>finding_evidence.evidence_id: the %1 was deleted</source>
        <translation>finding_evidence.evidence_id：该%1已被删除</translation>
    </message>
    <message>
        <source>finding_evidence.evidence_id: the %1 was recorded on another visit than the finding</source>
        <translation>finding_evidence.evidence_id：该%1的记录所属访问与调查结果不同</translation>
    </message>
    <message>
        <source>This evidence is not linked to the finding.</source>
        <translation>此证据未关联到该调查结果。</translation>
    </message>
</context>
<context>
    <name>vigil::FindingsPanel</name>
    <message>
        <source>&amp;Delete finding</source>
        <translation>删除调查结果(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New finding</source>
        <translation>新建调查结果(&amp;N)</translation>
    </message>
    <message>
        <source>Add a finding in the selected category</source>
        <translation>在所选类别中添加调查结果</translation>
    </message>
    <message>
        <source>Delete the selected finding</source>
        <translation>删除所选调查结果</translation>
    </message>
    <message>
        <source>Findings by category</source>
        <translation>调查结果（按类别）</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>新建调查结果</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>添加调查结果</translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation>删除调查结果</translation>
    </message>
    <message>
        <source>Untitled finding</source>
        <translation>未命名调查结果</translation>
    </message>
    <message>
        <source>%1 [%2]%3</source>
        <extracomment>A finding in the tree: title and severity; &quot;good practice&quot; marked</extracomment>
        <translation>%1 [%2]%3</translation>
    </message>
    <message>
        <source> ✓ good practice</source>
        <translation> ✓ 良好做法</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>vigil::FolderTransport</name>
    <message>
        <source>Folder %1</source>
        <translation>文件夹 %1</translation>
    </message>
    <message>
        <source>The sync folder %1 is not available. Connect the USB stick or network drive that holds it and try again.</source>
        <translation>同步文件夹 %1 不可用。请连接存放该文件夹的 U 盘或网络驱动器，然后重试。</translation>
    </message>
    <message>
        <source>%1 is not a folder; choose the folder that holds the sync mailbox.</source>
        <translation>%1 不是文件夹；请选择存放同步邮箱的文件夹。</translation>
    </message>
</context>
<context>
    <name>vigil::GuardFindingsView</name>
    <message>
        <source>The publication guard found nothing to take out and nothing to warn about.</source>
        <translation>发布审查未发现需要删除或警告的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): fix each in the builder, or accept it to export the report as it is. Your decision is recorded.</source>
        <translation>
            <numerusform>%n 条警告：请在报告编辑器中逐条修正，或予以接受，按现状导出报告。您的决定将被记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are taken out of the exported file: this kind of report may not show them.</source>
        <translation>
            <numerusform>%n 项内容已从导出文件中删除：此类报告不得显示这些内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Taken out: %1</source>
        <translation>已删除：%1</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>章节：%1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>I accept this</source>
        <translation>我接受此警告</translation>
    </message>
    <message>
        <source>Accept the warning: %1</source>
        <translation>接受警告：%1</translation>
    </message>
    <message>
        <source>Show in the builder</source>
        <translation>在编辑器中显示</translation>
    </message>
    <message>
        <source>Show the item in the report builder to fix it</source>
        <translation>在报告编辑器中显示该项以便修正</translation>
    </message>
</context>
<context>
    <name>vigil::IdentityCheckPanel</name>
    <message>
        <source>Check for &amp;names from identity entries…</source>
        <translation>检查身份条目中的姓名(&amp;N)…</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>检查(&amp;H)</translation>
    </message>
    <message>
        <source>Check the report for names from identity entries</source>
        <translation>检查报告中是否含有身份条目中的姓名</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>保险库口令</translation>
    </message>
    <message>
        <source>Check with this passphrase</source>
        <translation>使用此口令进行检查</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Names and numbers from the visit&apos;s identity entries were looked for in this report.</source>
        <translation>已在本报告中查找此次访问的身份条目中的姓名和号码。</translation>
    </message>
    <message>
        <source>Names and numbers typed into identity entries were not checked: the report may still contain one.</source>
        <translation>未检查录入身份条目中的姓名和号码：报告中可能仍含有此类信息。</translation>
    </message>
    <message>
        <source>Enter the vault passphrase again to unseal the identity entries for this check. They are wiped from memory right after it.</source>
        <translation>请再次输入保险库口令，以便为此项检查解封身份条目。检查结束后，这些条目将立即从内存中清除。</translation>
    </message>
    <message>
        <source>Enter the vault passphrase.</source>
        <translation>请输入保险库口令。</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>正在验证口令…</translation>
    </message>
    <message>
        <source>The passphrase is not correct. No identity entry was read.</source>
        <translation>口令不正确。未读取任何身份条目。</translation>
    </message>
    <message>
        <source>The names could not be checked: %1</source>
        <translation>无法检查姓名：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n identity entry(ies) read and looked for in the report.</source>
        <translation>
            <numerusform>已读取 %n 个身份条目，并在报告中进行了查找。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::IdentityDialog</name>
    <message>
        <source>Identity behind %1</source>
        <translation>化名 %1 对应的身份</translation>
    </message>
    <message>
        <source>Names and ID numbers are kept sealed. Enter the vault passphrase again to see them: they are shown only while this window is open, and the reading is recorded in the audit log.</source>
        <translation>姓名和身份证件号码均已密封保存。请再次输入保险库口令以查看：这些信息仅在此窗口打开期间显示，且查看行为将记入审计日志。</translation>
    </message>
    <message>
        <source>See the identity</source>
        <translation>查看身份</translation>
    </message>
    <message>
        <source>Identity entry</source>
        <translation>身份条目</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>条目：</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>保险库口令</translation>
    </message>
    <message>
        <source>&amp;Show identity</source>
        <translation>显示身份(&amp;S)</translation>
    </message>
    <message>
        <source>Show identity</source>
        <translation>显示身份</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>Identity (hidden again when this window closes)</source>
        <translation>身份（关闭此窗口后将再次隐藏）</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>真实姓名</translation>
    </message>
    <message>
        <source>ID, prison or cell number</source>
        <translation>身份证件号、囚号或监室号</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>其他详情</translation>
    </message>
    <message>
        <source>Real name:</source>
        <translation>真实姓名：</translation>
    </message>
    <message>
        <source>ID, prison or cell number:</source>
        <translation>身份证件号、囚号或监室号：</translation>
    </message>
    <message>
        <source>Other details:</source>
        <translation>其他详情：</translation>
    </message>
    <message>
        <source>Record an identity</source>
        <translation>记录身份</translation>
    </message>
    <message>
        <source>Only when the person consented to the use of their name or to the referral of their case.</source>
        <translation>仅当当事人同意使用其姓名或同意转介其个案时。</translation>
    </message>
    <message>
        <source>Real name to record</source>
        <translation>要记录的真实姓名</translation>
    </message>
    <message>
        <source>ID, prison or cell number to record</source>
        <translation>要记录的身份证件号、囚号或监室号</translation>
    </message>
    <message>
        <source>Other details to record</source>
        <translation>要记录的其他详情</translation>
    </message>
    <message>
        <source>Seal and &amp;record</source>
        <translation>密封并记录(&amp;R)</translation>
    </message>
    <message>
        <source>Seal and record the identity</source>
        <translation>密封并记录身份</translation>
    </message>
    <message>
        <source>Close and hide the identity</source>
        <translation>关闭并隐藏身份</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>记录于 %1</translation>
    </message>
    <message>
        <source>No identity is recorded for this interview</source>
        <translation>此面谈未记录任何身份</translation>
    </message>
    <message>
        <source>Enter the vault passphrase.</source>
        <translation>请输入保险库口令。</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>正在验证口令…</translation>
    </message>
    <message>
        <source>The passphrase is not correct. Nothing was shown.</source>
        <translation>口令不正确。未显示任何内容。</translation>
    </message>
    <message>
        <source>Enter a name or an ID number to record.</source>
        <translation>请输入要记录的姓名或证件号码。</translation>
    </message>
</context>
<context>
    <name>vigil::IdentityRepository</name>
    <message>
        <source>The vault is locked.</source>
        <translation>保险库已锁定。</translation>
    </message>
    <message>
        <source>The identity entry is damaged or was tampered with.</source>
        <translation>身份条目已损坏或被篡改。</translation>
    </message>
    <message>
        <source>The identity entry could not be encrypted.</source>
        <translation>无法加密身份条目。</translation>
    </message>
    <message>
        <source>The identity entry is empty.</source>
        <translation>身份条目为空。</translation>
    </message>
    <message>
        <source>The identity entry does not exist or was deleted.</source>
        <translation>该身份条目不存在或已被删除。</translation>
    </message>
    <message>
        <source>This device does not know the organisation&apos;s coordinators yet, so identity entries cannot be sealed for them. Sync once, then try again.</source>
        <translation>本设备尚不知道组织的协调员，因此无法为他们密封身份条目。请先同步一次，然后重试。</translation>
    </message>
</context>
<context>
    <name>vigil::InactiveShield</name>
    <message>
        <source>Content hidden while Vigil is in the background</source>
        <translation>Vigil 处于后台时内容已隐藏</translation>
    </message>
    <message>
        <source>Hidden while Vigil is in the background</source>
        <translation>Vigil 处于后台时已隐藏</translation>
    </message>
</context>
<context>
    <name>vigil::InboxModel</name>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Waiting for an earlier bundle</source>
        <translation>正在等待更早的同步包</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>已隔离</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>未知设备</translation>
    </message>
    <message>
        <source>Unknown device %1</source>
        <extracomment>A sender not in the roster, by the start of its device id</extracomment>
        <translation>未知设备 %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发送方</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewCommands</name>
    <message>
        <source>New interview</source>
        <translation>新建面谈</translation>
    </message>
    <message>
        <source>Edit interview notes</source>
        <translation>编辑面谈笔记</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewDetailsForm</name>
    <message>
        <source>Yes, no one else could hear</source>
        <translation>是，无他人能听到</translation>
    </message>
    <message>
        <source>Held without witnesses</source>
        <translation>在无证人在场的情况下进行</translation>
    </message>
    <message>
        <source>No, others were present</source>
        <translation>否，有他人在场</translation>
    </message>
    <message>
        <source>Others were present</source>
        <translation>有他人在场</translation>
    </message>
    <message>
        <source>Without witnesses:</source>
        <translation>无证人在场：</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单元：</translation>
    </message>
    <message>
        <source>Where in the place</source>
        <translation>在场所内的位置</translation>
    </message>
    <message>
        <source>For example: the library, out of sight of staff</source>
        <translation>例如：图书室，工作人员视线之外</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>口译员</translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation>口译员：</translation>
    </message>
    <message>
        <source>Who chose the person</source>
        <translation>由谁选定当事人</translation>
    </message>
    <message>
        <source>Chosen by:</source>
        <translation>选定方：</translation>
    </message>
    <message>
        <source>Risk of reprisal</source>
        <translation>遭受报复的风险</translation>
    </message>
    <message>
        <source>Ask whether the person fears consequences.</source>
        <translation>询问当事人是否担心遭受不利后果。</translation>
    </message>
    <message>
        <source>Reprisal risk:</source>
        <translation>报复风险：</translation>
    </message>
    <message>
        <source>Check on them at the next visit</source>
        <translation>在下次访问时确认其状况</translation>
    </message>
    <message>
        <source>Follow up at the next visit</source>
        <translation>在下次访问时跟进</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>后续跟进：</translation>
    </message>
    <message>
        <source>Disability, LGBTI, minority or indigenous status: only with consent, and only when needed.</source>
        <translation>残疾、LGBTI、少数群体或土著身份：仅在征得同意且确有必要时记录。</translation>
    </message>
    <message>
        <source>Vulnerabilities:</source>
        <translation>弱势因素：</translation>
    </message>
    <message>
        <source>Interviewer the person asked for</source>
        <translation>当事人要求的面谈人员</translation>
    </message>
    <message>
        <source>No preference stated</source>
        <translation>未表明偏好</translation>
    </message>
    <message>
        <source>Asked to be heard by:</source>
        <translation>要求由以下人员面谈：</translation>
    </message>
    <message>
        <source>Topics, separated by commas</source>
        <translation>主题，以逗号分隔</translation>
    </message>
    <message>
        <source>For example: use of force, health care, family contact</source>
        <translation>例如：使用武力、医疗保健、与家人联系</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Edit interview location</source>
        <translation>编辑面谈地点</translation>
    </message>
    <message>
        <source>Edit interview topics</source>
        <translation>编辑面谈主题</translation>
    </message>
    <message>
        <source>Change interview unit</source>
        <translation>更改面谈单元</translation>
    </message>
    <message>
        <source>Change interpreter</source>
        <translation>更改口译员</translation>
    </message>
    <message>
        <source>Change who chose the interviewee</source>
        <translation>更改受访者的选定方</translation>
    </message>
    <message>
        <source>Change reprisal risk</source>
        <translation>更改报复风险</translation>
    </message>
    <message>
        <source>Change follow-up</source>
        <translation>更改后续跟进</translation>
    </message>
    <message>
        <source>Change requested interviewer</source>
        <translation>更改所要求的面谈人员</translation>
    </message>
    <message>
        <source>No particular unit</source>
        <translation>无特定单元</translation>
    </message>
    <message>
        <source>Disability, LGBTI, minority or indigenous status: only when needed.</source>
        <translation>残疾、LGBTI、少数群体或土著身份：仅在确有必要时记录。</translation>
    </message>
    <message>
        <source>Disability, LGBTI, minority or indigenous status can be recorded once consent is recorded, and only when needed.</source>
        <translation>残疾、LGBTI、少数群体或土著身份须在记录同意之后方可记录，且仅在确有必要时记录。</translation>
    </message>
    <message>
        <source>Change vulnerabilities</source>
        <translation>更改弱势因素</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewEditor</name>
    <message>
        <source>Select an interview, or start a new one.</source>
        <translation>请选择一次面谈，或开始新的面谈。</translation>
    </message>
    <message>
        <source>&amp;Identity…</source>
        <translation>身份(&amp;I)…</translation>
    </message>
    <message>
        <source>Real identity (asks for the passphrase)</source>
        <translation>真实身份（需要输入口令）</translation>
    </message>
    <message>
        <source>Names and ID numbers are sealed; seeing them asks for the passphrase again.</source>
        <translation>姓名和身份证件号码已密封；查看时需要再次输入口令。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation>面谈笔记</translation>
    </message>
    <message>
        <source>The interview</source>
        <translation>面谈</translation>
    </message>
    <message>
        <source>Pseudonym %1</source>
        <translation>化名 %1</translation>
    </message>
    <message>
        <source>Notes open once consent is recorded above: nothing the person says is written down before they have agreed how it may be used.</source>
        <translation>在上方记录同意后才能填写笔记：在当事人同意其所述内容的使用方式之前，不记录任何内容。</translation>
    </message>
    <message>
        <source>Record consent first.</source>
        <translation>请先记录同意。</translation>
    </message>
    <message>
        <source>Write what the person said, in their words where possible. Saved as you type.</source>
        <translation>记录当事人所述内容，尽可能使用其原话。输入时自动保存。</translation>
    </message>
    <message>
        <source>The person withdrew consent: the notes are read-only and nothing more can be added.</source>
        <translation>当事人已撤回同意：笔记为只读，不能再添加任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n safeguard warning(s) on this interview, shown next to the fields they concern.</source>
        <translation>
            <numerusform>此面谈有 %n 条保障措施警告，显示在相关字段旁。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::InterviewLabels</name>
    <message>
        <source>Individual, in private</source>
        <translation>个人（私下）</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>集体</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>管理层</translation>
    </message>
    <message>
        <source>External (family, lawyer, NGO)</source>
        <translation>外部人员（家属、律师、非政府组织）</translation>
    </message>
    <message>
        <source>No interpreter</source>
        <translation>无口译员</translation>
    </message>
    <message>
        <source>Professional interpreter</source>
        <translation>专业口译员</translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Fellow detainee</source>
        <translation>同监被拘留者</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>The person asked to be heard</source>
        <translation>当事人主动要求面谈</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>妇女</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Older person</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>Foreign national</source>
        <translation>外国国民</translation>
    </message>
    <message>
        <source>Person with a disability</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <source>LGBTI person</source>
        <translation>LGBTI 人士</translation>
    </message>
    <message>
        <source>Minority</source>
        <translation>少数群体</translation>
    </message>
    <message>
        <source>Indigenous person</source>
        <translation>土著人</translation>
    </message>
    <message>
        <source>A woman</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>A man</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>Another gender</source>
        <translation>其他性别</translation>
    </message>
    <message>
        <source>A child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>A person with an intellectual disability</source>
        <translation>智力残疾者</translation>
    </message>
    <message>
        <source>A person with a psychosocial disability</source>
        <translation>心理社会残疾者</translation>
    </message>
    <message>
        <source>Aggregate use only</source>
        <translation>仅限汇总使用</translation>
    </message>
    <message>
        <source>Quote anonymously</source>
        <translation>匿名引用</translation>
    </message>
    <message>
        <source>Use the name</source>
        <translation>使用姓名</translation>
    </message>
    <message>
        <source>Share with the authorities</source>
        <translation>告知当局</translation>
    </message>
    <message>
        <source>Refer the case</source>
        <translation>转介个案</translation>
    </message>
    <message>
        <source>Always given: what was said counts in anonymous totals, never traceable to the person.</source>
        <translation>始终默认给予：所述内容计入匿名汇总，绝不会追溯到本人。</translation>
    </message>
    <message>
        <source>Their words may be quoted in a report without anything that identifies them.</source>
        <translation>其原话可在报告中引用，但不含任何可识别其身份的信息。</translation>
    </message>
    <message>
        <source>Their name may be recorded and used, for example in a report or a letter.</source>
        <translation>其姓名可被记录和使用，例如用于报告或信函中。</translation>
    </message>
    <message>
        <source>Their account may be passed to the authorities responsible for the place.</source>
        <translation>其陈述可转交负责该场所的当局。</translation>
    </message>
    <message>
        <source>Their individual case may be referred to a body that can act on it.</source>
        <translation>其个人个案可转介给能够采取行动的机构。</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewListModel</name>
    <message>
        <source>Not yet recorded</source>
        <translation>尚未记录</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>已给予</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>化名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Reprisal risk</source>
        <translation>报复风险</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewRepository</name>
    <message>
        <source>Record whether the interview was held without witnesses (OPCAT Art. 20).</source>
        <translation>请记录面谈是否在无证人在场的情况下进行（OPCAT 第 20 条）。</translation>
    </message>
    <message>
        <source>The unit does not belong to the place being visited.</source>
        <translation>该单元不属于正在访问的场所。</translation>
    </message>
    <message>
        <source>The interview does not exist or was deleted.</source>
        <translation>该面谈不存在或已被删除。</translation>
    </message>
    <message>
        <source>No consent was recorded for this interview, so none can be withdrawn.</source>
        <translation>此面谈未记录同意，因此无法撤回。</translation>
    </message>
    <message>
        <source>Consent was already withdrawn.</source>
        <translation>同意已被撤回。</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewWarnings</name>
    <message>
        <source>The interview does not exist or was deleted.</source>
        <translation>该面谈不存在或已被删除。</translation>
    </message>
    <message>
        <source>A member of staff interpreted: the person may not have spoken freely, and staff may know what was said.</source>
        <translation>由工作人员担任口译：当事人可能未能自由陈述，且工作人员可能知道所述内容。</translation>
    </message>
    <message>
        <source>A fellow detainee interpreted: confidentiality depends on them, and both may be exposed to pressure.</source>
        <translation>由同监被拘留者担任口译：保密性取决于此人，且双方都可能面临压力。</translation>
    </message>
    <message>
        <source>Staff chose this interviewee: staff know who was heard. Interview people the team chooses as well.</source>
        <translation>此受访者由工作人员选定：工作人员知道谁接受了面谈。请同时与小组自行选定的人员面谈。</translation>
    </message>
    <message>
        <source>This private interview was not held without witnesses (OPCAT Art. 20).</source>
        <translation>此次私下面谈并非在无证人在场的情况下进行（OPCAT 第 20 条）。</translation>
    </message>
    <message>
        <source>Sensitive topics came up in a group interview, which carries no confidentiality: hear the people concerned in private.</source>
        <translation>集体面谈中涉及了敏感主题，而集体面谈不具保密性：请与相关人员进行私下面谈。</translation>
    </message>
    <message>
        <source>The risk of reprisal is high but no follow-up is planned: check on this person at the next visit.</source>
        <translation>报复风险高，但未计划后续跟进：请在下次访问时确认此人状况。</translation>
    </message>
    <message>
        <source>Only one person was interviewed in private in %1: staff can tell who spoke. Interview others in the unit as well.</source>
        <translation>%1 中仅有一人接受了私下面谈：工作人员能够判断是谁说的。请同时与该单元的其他人面谈。</translation>
    </message>
    <message>
        <source>All interviewees in %1 were chosen by staff.</source>
        <translation>%1 中的所有受访者均由工作人员选定。</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewsPanel</name>
    <message>
        <source>&amp;New interview…</source>
        <translation>新建面谈(&amp;N)…</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>新建面谈</translation>
    </message>
    <message>
        <source>Interviews of this visit</source>
        <translation>本次访问的面谈</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n private interview(s)</source>
        <translation>
            <numerusform>%1：%n 次私下面谈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n group interview(s)</source>
        <translation>
            <numerusform>，%n 次集体面谈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no unit: %n private interview(s)</source>
        <translation>
            <numerusform>无单元：%n 次私下面谈</numerusform>
        </translation>
    </message>
    <message>
        <source>Interview coverage: the place has no units recorded.</source>
        <translation>面谈覆盖情况：该场所未记录任何单元。</translation>
    </message>
    <message>
        <source>Interview coverage by unit — %1</source>
        <translation>按单元的面谈覆盖情况 — %1</translation>
    </message>
</context>
<context>
    <name>vigil::InvitationFile</name>
    <message>
        <source>This invitation file is damaged or was changed after it was signed.</source>
        <translation>此邀请文件已损坏，或在签名后被更改。</translation>
    </message>
    <message>
        <source>The invitation could not be written.</source>
        <translation>无法写入邀请。</translation>
    </message>
    <message>
        <source>This file is not a Vigil invitation.</source>
        <translation>此文件不是 Vigil 邀请。</translation>
    </message>
    <message>
        <source>This invitation was made by a newer version of Vigil. Update Vigil and open it again.</source>
        <translation>此邀请由更新版本的 Vigil 生成。请更新 Vigil 后重新打开。</translation>
    </message>
</context>
<context>
    <name>vigil::InviteDialog</name>
    <message>
        <source>invitation</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Invite a device</source>
        <translation>邀请设备</translation>
    </message>
    <message>
        <source>The invitation file lets one device ask to join the organisation. Hand it over in person, on a USB stick you give yourself: whoever holds it can ask to join. It can be used once and expires in 14 days.</source>
        <translation>邀请文件可让一台设备申请加入组织。请当面交付，使用您亲自交给对方的 U 盘：任何持有该文件的人都可以申请加入。它只能使用一次，14 天后失效。</translation>
    </message>
    <message>
        <source>Role of the invited device</source>
        <translation>受邀设备的角色</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Person who will use the device</source>
        <translation>将使用该设备的人员</translation>
    </message>
    <message>
        <source>Not linked to a person yet</source>
        <translation>尚未关联到人员</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>The device receives the visits whose team names this person.</source>
        <translation>该设备将接收其小组包含此人员的访问。</translation>
    </message>
    <message>
        <source>Who the invitation is for</source>
        <translation>邀请对象</translation>
    </message>
    <message>
        <source>Shown to the person when they open it</source>
        <translation>对方打开邀请时向其显示</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>对象(&amp;F)：</translation>
    </message>
    <message>
        <source>No mailbox is set up yet, so the invitation names none: files will be exchanged by hand until you set one up in the sync settings and issue new invitations.</source>
        <translation>尚未设置邮箱，因此邀请中未指明邮箱：在您于同步设置中设置邮箱并签发新邀请之前，文件将以人工方式交换。</translation>
    </message>
    <message>
        <source>When the person opens the invitation, they will call you and read out the fingerprint they see. It must be exactly this device&apos;s fingerprint:</source>
        <translation>对方打开邀请后，会给您打电话并读出其看到的指纹。该指纹必须与本设备的指纹完全一致：</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>本设备的指纹</translation>
    </message>
    <message>
        <source>&amp;Save the invitation…</source>
        <translation>保存邀请(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the invitation file</source>
        <translation>保存邀请文件</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>保存邀请</translation>
    </message>
    <message>
        <source>Vigil invitations (*.vgi)</source>
        <translation>Vigil 邀请 (*.vgi)</translation>
    </message>
    <message>
        <source>The invitation was saved to %1. Hand it over in person before %2.</source>
        <translation>邀请已保存到 %1。请在 %2 之前当面交付。</translation>
    </message>
</context>
<context>
    <name>vigil::IoError</name>
    <message>
        <source>The disk holding %1 is full. Free some space and try again; nothing was changed.</source>
        <translation>存放 %1 的磁盘已满。请释放一些空间后重试；未做任何更改。</translation>
    </message>
    <message>
        <source>Vigil may not write to %1. Check that the drive is not read-only and that you own the folder.</source>
        <translation>Vigil 无权写入 %1。请检查驱动器是否为只读，以及您是否拥有该文件夹。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed.</source>
        <translation>读写 %1 失败。</translation>
    </message>
</context>
<context>
    <name>vigil::JoinOrganisationDialog</name>
    <message>
        <source>Shared folder %1</source>
        <translation>共享文件夹 %1</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>服务器 %1</translation>
    </message>
    <message>
        <source>Server %1, user %2</source>
        <translation>服务器 %1，用户 %2</translation>
    </message>
    <message>
        <source>None yet: exchange files with the coordinator by hand</source>
        <translation>暂无：以人工方式与协调员交换文件</translation>
    </message>
    <message>
        <source>Join an organisation</source>
        <translation>加入组织</translation>
    </message>
    <message>
        <source>This vault already belongs to the organisation “%1”.</source>
        <translation>此保险库已属于组织“%1”。</translation>
    </message>
    <message>
        <source>Open the invitation file your coordinator handed you. Nothing in this vault is lost by joining: your places, visits and notes stay as they are, and once the coordinator has approved this device they are shared with the organisation as your role allows.</source>
        <translation>请打开协调员交给您的邀请文件。加入组织不会使此保险库中的任何内容丢失：您的场所、访问和笔记保持不变；协调员批准本设备后，它们将在您的角色允许的范围内与组织共享。</translation>
    </message>
    <message>
        <source>Invitation file</source>
        <translation>邀请文件</translation>
    </message>
    <message>
        <source>Invitation file (.vgi)</source>
        <translation>邀请文件 (.vgi)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the invitation file</source>
        <translation>选择邀请文件</translation>
    </message>
    <message>
        <source>&amp;Invitation:</source>
        <translation>邀请(&amp;I)：</translation>
    </message>
    <message>
        <source>The invitation</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>组织：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>有效期至：</translation>
    </message>
    <message>
        <source>Mailbox:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <source>Call the coordinator on a number you already know and compare these digits with the ones on their screen. Join only if every group matches exactly: otherwise the file did not come from your coordinator.</source>
        <translation>请拨打您已知的号码联系协调员，将这些数字与其屏幕上的数字进行比对。只有在每一组都完全一致时才加入：否则该文件并非来自您的协调员。</translation>
    </message>
    <message>
        <source>Coordinator&apos;s fingerprint</source>
        <translation>协调员的指纹</translation>
    </message>
    <message>
        <source>Name of this device</source>
        <translation>本设备名称</translation>
    </message>
    <message>
        <source>For example: Amina&apos;s laptop</source>
        <translation>例如：阿米娜的笔记本电脑</translation>
    </message>
    <message>
        <source>This device&apos;s &amp;name:</source>
        <translation>本设备名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>加入(&amp;J)</translation>
    </message>
    <message>
        <source>Join the organisation</source>
        <translation>加入组织</translation>
    </message>
    <message>
        <source>Cancel joining</source>
        <translation>取消加入</translation>
    </message>
    <message>
        <source>&amp;Save a copy of the request…</source>
        <translation>保存请求副本(&amp;S)…</translation>
    </message>
    <message>
        <source>Save a copy of the enrolment request</source>
        <translation>保存注册请求的副本</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint. The coordinator compares it with you by phone before approving this device:</source>
        <translation>本设备的指纹。协调员在批准本设备之前，会通过电话与您进行比对：</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>本设备的指纹</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Open an invitation</source>
        <translation>打开邀请</translation>
    </message>
    <message>
        <source>Vigil invitations (*.vgi);;All files (*)</source>
        <translation>Vigil 邀请 (*.vgi);;所有文件 (*)</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>（未指明）</translation>
    </message>
    <message>
        <source>This invitation expired on %1. Ask the coordinator for a new one.</source>
        <translation>此邀请已于 %1 过期。请向协调员索取新的邀请。</translation>
    </message>
    <message>
        <source>The request could not be kept for the next sync (%1). Save a copy and hand it to the coordinator.</source>
        <translation>无法保留该请求以待下次同步（%1）。请保存一份副本并交给协调员。</translation>
    </message>
    <message>
        <source>The enrolment request goes to the coordinator with the next sync. If you have no shared mailbox yet, save a copy on a USB stick and hand it over.</source>
        <translation>注册请求将在下次同步时发送给协调员。如果您还没有共享邮箱，请将副本保存到 U 盘并当面交付。</translation>
    </message>
    <message>
        <source>The server&apos;s password is not in the invitation: enter it in the sync settings.</source>
        <translation>邀请中不含服务器密码：请在同步设置中输入。</translation>
    </message>
    <message>
        <source>This device has joined “%1” and waits for the coordinator&apos;s approval.</source>
        <translation>本设备已加入“%1”，正在等待协调员批准。</translation>
    </message>
    <message>
        <source>Save a copy of the request</source>
        <translation>保存请求副本</translation>
    </message>
    <message>
        <source>Vigil enrolment requests (*.vge)</source>
        <translation>Vigil 注册请求 (*.vge)</translation>
    </message>
    <message>
        <source>Join the organisation first.</source>
        <translation>请先加入组织。</translation>
    </message>
    <message>
        <source>A copy was saved to %1.</source>
        <translation>副本已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>vigil::Kdf</name>
    <message>
        <source>The key file asks for unsupported key-derivation settings.</source>
        <translation>密钥文件要求使用不受支持的密钥派生设置。</translation>
    </message>
    <message>
        <source>Not enough memory to derive the vault key. Close other programs and try again.</source>
        <translation>内存不足，无法派生保险库密钥。请关闭其他程序后重试。</translation>
    </message>
</context>
<context>
    <name>vigil::KeyEnvelope</name>
    <message>
        <source>The vault&apos;s key file is damaged or has been altered. Restore it from a backup.</source>
        <translation>保险库的密钥文件已损坏或被更改。请从备份中恢复。</translation>
    </message>
    <message>
        <source>Encrypting the vault key failed.</source>
        <translation>加密保险库密钥失败。</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>口令不正确。</translation>
    </message>
    <message>
        <source>The recovery key does not open this vault.</source>
        <translation>该恢复密钥无法打开此保险库。</translation>
    </message>
    <message>
        <source>This vault was created by a newer version of Vigil. Update Vigil to open it.</source>
        <translation>此保险库由更新版本的 Vigil 创建。请更新 Vigil 后再打开。</translation>
    </message>
</context>
<context>
    <name>vigil::LockScreen</name>
    <message>
        <source>e.g. Northern region visits</source>
        <translation>例如：北部地区访问</translation>
    </message>
    <message>
        <source>Vault name</source>
        <translation>保险库名称</translation>
    </message>
    <message>
        <source>Vault &amp;name (optional)</source>
        <translation>保险库名称（可选）(&amp;N)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>口令(&amp;P)</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>重复口令</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>重复口令(&amp;R)</translation>
    </message>
    <message>
        <source>Deriving the keys… this takes a moment.</source>
        <translation>正在派生密钥…请稍候。</translation>
    </message>
    <message>
        <source>Create a vault</source>
        <translation>创建保险库</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>解锁保险库</translation>
    </message>
    <message>
        <source>Everything you record is encrypted with this passphrase.</source>
        <translation>您记录的所有内容都将使用此口令加密。</translation>
    </message>
    <message>
        <source>Enter the passphrase to open the vault.</source>
        <translation>请输入口令以打开保险库。</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>位置：%1</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>创建保险库(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>创建保险库</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
    <message>
        <source>This passphrase is too weak. Use a longer one, for example several unrelated words.</source>
        <translation>此口令强度太弱。请使用更长的口令，例如由几个互不相关的词组成。</translation>
    </message>
    <message>
        <source>The two passphrases do not match. Type it again.</source>
        <translation>两次输入的口令不一致。请重新输入。</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
</context>
<context>
    <name>vigil::MailboxName</name>
    <message>
        <source>This is not a valid device id.</source>
        <translation>这不是有效的设备 ID。</translation>
    </message>
    <message>
        <source>This is not a valid name for a sync file.</source>
        <translation>这不是有效的同步文件名。</translation>
    </message>
</context>
<context>
    <name>vigil::MainWindow</name>
    <message>
        <source>Time until the vault locks</source>
        <translation>距保险库锁定的剩余时间</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>保险库(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Close the vault and wipe its keys from memory</source>
        <translation>关闭保险库并从内存中清除其密钥</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Vigil</source>
        <translation>关于 Vigil(&amp;A)</translation>
    </message>
    <message>
        <source>Main menu</source>
        <translation>主菜单</translation>
    </message>
    <message>
        <source>Locks in %1</source>
        <translation>%1 后锁定</translation>
    </message>
    <message>
        <source>About Vigil</source>
        <translation>关于 Vigil</translation>
    </message>
    <message>
        <source>Vigil %1</source>
        <translation>Vigil %1</translation>
    </message>
    <message>
        <source>Offline-first, encrypted records for monitoring places of detention (OPCAT).

Built with Qt %1, running on Qt %2.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>离线优先、加密存储的拘留场所监察记录（OPCAT）。

使用 Qt %1 构建，运行于 Qt %2。
依据 GNU GPL 第 3 版或更高版本授权。</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;New place…</source>
        <translation>新建场所(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a place of detention to visit</source>
        <translation>添加要访问的拘留场所</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>V&amp;isit</source>
        <translation>访问(&amp;I)</translation>
    </message>
    <message>
        <source>Compile &amp;report…</source>
        <translation>编制报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Open the report builder of the open visit</source>
        <translation>打开当前访问的报告编辑器</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the open visit&apos;s report as PDF, ODT or HTML</source>
        <translation>将当前访问的报告导出为 PDF、ODT 或 HTML</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>vigil::MergeEngine</name>
    <message>
        <source>A received change names a record as being of another kind than it is; nothing was imported.</source>
        <translation>收到的某项更改将某条记录标为与其实际不符的类型；未导入任何内容。</translation>
    </message>
    <message>
        <source>Two different changes carry the same number from one device; nothing was imported.</source>
        <translation>来自同一设备的两项不同更改带有相同的编号；未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>vigil::Migrations</name>
    <message>
        <source>This vault was written by a newer version of Vigil. Update Vigil to open it.</source>
        <translation>此保险库由更新版本的 Vigil 写入。请更新 Vigil 后再打开。</translation>
    </message>
</context>
<context>
    <name>vigil::Navigator</name>
    <message>
        <source>Open vault</source>
        <translation>当前保险库</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Sync inbox</source>
        <translation>同步收件箱</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
</context>
<context>
    <name>vigil::NewInterviewDialog</name>
    <message>
        <source>New interview</source>
        <translation>新建面谈</translation>
    </message>
    <message>
        <source>Vigil gives the person a pseudonym. Record consent next, before any notes.</source>
        <translation>Vigil 会为当事人分配一个化名。接下来请先记录同意，再填写笔记。</translation>
    </message>
    <message>
        <source>Kind of interview</source>
        <translation>面谈类型</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Yes, no one else could hear</source>
        <translation>是，无他人能听到</translation>
    </message>
    <message>
        <source>Held without witnesses</source>
        <translation>在无证人在场的情况下进行</translation>
    </message>
    <message>
        <source>No, others were present</source>
        <translation>否，有他人在场</translation>
    </message>
    <message>
        <source>Others were present</source>
        <translation>有他人在场</translation>
    </message>
    <message>
        <source>Without witnesses:</source>
        <translation>无证人在场：</translation>
    </message>
    <message>
        <source>Who chose the person</source>
        <translation>由谁选定当事人</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Chosen by:</source>
        <translation>选定方：</translation>
    </message>
    <message>
        <source>Risk of reprisal</source>
        <translation>遭受报复的风险</translation>
    </message>
    <message>
        <source>Ask whether the person fears consequences.</source>
        <translation>询问当事人是否担心遭受不利后果。</translation>
    </message>
    <message>
        <source>Reprisal risk:</source>
        <translation>报复风险：</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>No particular unit</source>
        <translation>无特定单元</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单元：</translation>
    </message>
    <message>
        <source>Start interview</source>
        <translation>开始面谈</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>vigil::NewVisitCommand</name>
    <message>
        <source>New visit to %1</source>
        <translation>新建对 %1 的访问</translation>
    </message>
</context>
<context>
    <name>vigil::ObservationEditor</name>
    <message>
        <source>Kind of observation</source>
        <translation>观察类型</translation>
    </message>
    <message>
        <source>Unit where it was observed</source>
        <translation>观察所在单元</translation>
    </message>
    <message>
        <source>When it was observed</source>
        <translation>观察时间</translation>
    </message>
    <message>
        <source>Time not recorded</source>
        <translation>未记录时间</translation>
    </message>
    <message>
        <source>Observation title</source>
        <translation>观察记录标题</translation>
    </message>
    <message>
        <source>What was observed, in a few words</source>
        <translation>简要说明观察到的情况</translation>
    </message>
    <message>
        <source>Observation notes</source>
        <translation>观察记录备注</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单元(&amp;U)：</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>时间(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>observation time</source>
        <translation>观察时间</translation>
    </message>
    <message>
        <source>observation title</source>
        <translation>观察记录标题</translation>
    </message>
    <message>
        <source>observation notes</source>
        <translation>观察记录备注</translation>
    </message>
    <message>
        <source>observation kind</source>
        <translation>观察类型</translation>
    </message>
    <message>
        <source>observation unit</source>
        <translation>观察所在单元</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>更改%1</translation>
    </message>
    <message>
        <source>No particular unit</source>
        <translation>无特定单元</translation>
    </message>
</context>
<context>
    <name>vigil::ObservationRepository</name>
    <message>
        <source>observation.unit_id: is not a unit of the visited place</source>
        <translation>observation.unit_id：不是所访问场所的单元</translation>
    </message>
    <message>
        <source>The observation does not exist or was deleted.</source>
        <translation>该观察记录不存在或已被删除。</translation>
    </message>
</context>
<context>
    <name>vigil::ObservationsPanel</name>
    <message>
        <source>&amp;Delete observation</source>
        <translation>删除观察记录(&amp;D)</translation>
    </message>
    <message>
        <source>Add &amp;observation</source>
        <translation>添加观察记录(&amp;O)</translation>
    </message>
    <message>
        <source>Add an observation</source>
        <translation>添加一条观察记录</translation>
    </message>
    <message>
        <source>Delete the selected observation</source>
        <translation>删除所选观察记录</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>观察记录</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>新建观察记录</translation>
    </message>
    <message>
        <source>Add observation</source>
        <translation>添加观察记录</translation>
    </message>
    <message>
        <source>Delete observation</source>
        <translation>删除观察记录</translation>
    </message>
    <message>
        <source>Untitled observation</source>
        <translation>未命名观察记录</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An observation in the list: its kind, then its title</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>vigil::OpItem</name>
    <message>
        <source>A change received from another device is malformed.</source>
        <translation>从另一台设备收到的一项更改格式有误。</translation>
    </message>
</context>
<context>
    <name>vigil::OpValidator</name>
    <message>
        <source>A received change is malformed; nothing was imported.</source>
        <translation>收到的某项更改格式错误；未导入任何内容。</translation>
    </message>
    <message>
        <source>A received change is for a kind of record this version of Vigil does not know (%1); nothing was imported. Update Vigil and import it again.</source>
        <translation>收到的某项更改涉及此版本 Vigil 无法识别的记录类型（%1）；未导入任何内容。请更新 Vigil 后重新导入。</translation>
    </message>
    <message>
        <source>A received change is for a field this version of Vigil does not know (%1.%2); nothing was imported. Update Vigil and import it again.</source>
        <translation>收到的某项更改涉及此版本 Vigil 无法识别的字段（%1.%2）；未导入任何内容。请更新 Vigil 后重新导入。</translation>
    </message>
    <message>
        <source>A received change holds an invalid value (%1); nothing was imported.</source>
        <translation>收到的某项更改含有无效值（%1）；未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>vigil::OrgFiles</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is too large to be a Vigil organisation file.</source>
        <translation>%1 太大，不可能是 Vigil 组织文件。</translation>
    </message>
    <message>
        <source>The folder for %1 could not be created.</source>
        <translation>无法为 %1 创建文件夹。</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>vigil::OrgLabels</name>
    <message>
        <source>Coordinator</source>
        <translation>协调员</translation>
    </message>
    <message>
        <source>Lead inspector</source>
        <translation>首席监察员</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>监察员</translation>
    </message>
    <message>
        <source>Waiting for the coordinator&apos;s approval</source>
        <translation>正在等待协调员批准</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>已注册</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>设备 %1</translation>
    </message>
</context>
<context>
    <name>vigil::Organisation</name>
    <message>
        <source>Only an enrolled coordinator of an organisation can do this.</source>
        <translation>只有组织中已注册的协调员才能执行此操作。</translation>
    </message>
    <message>
        <source>The organisation&apos;s name must be 1 to 200 characters.</source>
        <translation>组织名称必须为 1 到 200 个字符。</translation>
    </message>
    <message>
        <source>This device&apos;s name must be 1 to 200 characters.</source>
        <translation>本设备名称必须为 1 到 200 个字符。</translation>
    </message>
    <message>
        <source>This vault already belongs to the organisation “%1”.</source>
        <translation>此保险库已属于组织“%1”。</translation>
    </message>
    <message>
        <source>Choose the role of the invited device: coordinator, lead or monitor.</source>
        <translation>请选择受邀设备的角色：协调员、首席监察员或监察员。</translation>
    </message>
    <message>
        <source>The person or the label of the invitation is too long.</source>
        <translation>邀请中的人员或标签过长。</translation>
    </message>
    <message>
        <source>An invitation must be valid for between a moment and a year.</source>
        <translation>邀请的有效期必须介于片刻与一年之间。</translation>
    </message>
    <message>
        <source>This enrolment request answers an invitation this vault did not issue.</source>
        <translation>此注册请求所回应的邀请并非由本保险库签发。</translation>
    </message>
    <message>
        <source>The enrolment request could not be checked.</source>
        <translation>无法核验注册请求。</translation>
    </message>
    <message>
        <source>The invitation of this request has already been used. Issue a new invitation.</source>
        <translation>此请求所用的邀请已被使用过。请签发新的邀请。</translation>
    </message>
    <message>
        <source>The invitation of this request expired on %1. Issue a new invitation.</source>
        <translation>此请求所用的邀请已于 %1 过期。请签发新的邀请。</translation>
    </message>
    <message>
        <source>This enrolment request comes from this device.</source>
        <translation>此注册请求来自本设备。</translation>
    </message>
    <message>
        <source>This device was revoked; it cannot enrol again with the same keys.</source>
        <translation>此设备已被撤销；无法使用相同的密钥再次注册。</translation>
    </message>
    <message>
        <source>This device is already enrolled.</source>
        <translation>此设备已注册。</translation>
    </message>
    <message>
        <source>There is no pending request from this device.</source>
        <translation>没有来自此设备的待处理请求。</translation>
    </message>
    <message>
        <source>The device could not be added to the roster.</source>
        <translation>无法将该设备添加到设备名单。</translation>
    </message>
    <message>
        <source>A coordinator cannot revoke its own device.</source>
        <translation>协调员不能撤销其自身的设备。</translation>
    </message>
    <message>
        <source>This device is not in the organisation.</source>
        <translation>此设备不在组织中。</translation>
    </message>
    <message>
        <source>This device is already revoked.</source>
        <translation>此设备已被撤销。</translation>
    </message>
    <message>
        <source>This invitation expired on %1. Ask the coordinator for a new one.</source>
        <translation>此邀请已于 %1 过期。请向协调员索取新的邀请。</translation>
    </message>
    <message>
        <source>This invitation was issued by this vault; open it on the device that is joining.</source>
        <translation>此邀请由本保险库签发；请在正在加入的设备上打开它。</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>协调员</translation>
    </message>
</context>
<context>
    <name>vigil::PassphraseStrength</name>
    <message>
        <source>Empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>非常弱</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
</context>
<context>
    <name>vigil::PersonRepository</name>
    <message>
        <source>The team member does not exist or was deleted.</source>
        <translation>该小组成员不存在或已被删除。</translation>
    </message>
</context>
<context>
    <name>vigil::PlaceDetails</name>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>运营方：</translation>
    </message>
    <message>
        <source>Responsible authority:</source>
        <translation>主管当局：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Occupancy:</source>
        <translation>收容情况：</translation>
    </message>
    <message>
        <source>Risk notes:</source>
        <translation>风险备注：</translation>
    </message>
    <message>
        <source>%1 held for %2 places</source>
        <translation>现有 %1 人，额定容量 %2 人</translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation> （%1%）</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 places; population not recorded</source>
        <translation>额定容量 %1 人；未记录现有人数</translation>
    </message>
    <message>
        <source>Overcrowded: %1</source>
        <translation>超员：%1</translation>
    </message>
</context>
<context>
    <name>vigil::PlaceEditorDialog</name>
    <message>
        <source>New place</source>
        <translation>新建场所</translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation>编辑场所</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation>场所名称</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Type of place</source>
        <translation>场所类型</translation>
    </message>
    <message>
        <source>Choose a type…</source>
        <translation>请选择类型…</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营方</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>运营方(&amp;O)：</translation>
    </message>
    <message>
        <source>Responsible authority</source>
        <translation>主管当局</translation>
    </message>
    <message>
        <source>Responsible a&amp;uthority:</source>
        <translation>主管当局(&amp;U)：</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>额定容量</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>现有人数</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>A whole number; leave empty if unknown</source>
        <translation>整数；如不清楚请留空</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>额定容量(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>现有人数(&amp;P)：</translation>
    </message>
    <message>
        <source>Risk notes</source>
        <translation>风险备注</translation>
    </message>
    <message>
        <source>&amp;Risk notes:</source>
        <translation>风险备注(&amp;R)：</translation>
    </message>
    <message>
        <source>What the place still needs</source>
        <translation>该场所仍需填写的内容</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Create place</source>
        <translation>创建场所</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter the place&apos;s name and choose its type.</source>
        <translation>请输入场所名称并选择其类型。</translation>
    </message>
    <message>
        <source>Enter the place&apos;s name.</source>
        <translation>请输入场所名称。</translation>
    </message>
    <message>
        <source>Choose the type of place.</source>
        <translation>请选择场所类型。</translation>
    </message>
    <message>
        <source>Capacity must be a whole number, or empty if unknown.</source>
        <translation>额定容量必须是整数；如不清楚请留空。</translation>
    </message>
    <message>
        <source>Population must be a whole number, or empty if unknown.</source>
        <translation>现有人数必须是整数；如不清楚请留空。</translation>
    </message>
    <message>
        <source>The place could not be saved.</source>
        <translation>无法保存该场所。</translation>
    </message>
    <message>
        <source>New place %1</source>
        <translation>新建场所 %1</translation>
    </message>
    <message>
        <source>Edit place %1</source>
        <translation>编辑场所 %1</translation>
    </message>
</context>
<context>
    <name>vigil::PlaceListModel</name>
    <message>
        <source>Never</source>
        <translation>从未访问</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营方</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近访问</translation>
    </message>
    <message>
        <source>Open recommendations</source>
        <translation>未结建议</translation>
    </message>
</context>
<context>
    <name>vigil::PlacePage</name>
    <message>
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>额定容量</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>选择所有行</translation>
    </message>
    <message>
        <source>Place sections</source>
        <translation>场所栏目</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>访问(&amp;V)</translation>
    </message>
    <message>
        <source>Open &amp;recommendations</source>
        <translation>未结建议(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>单元(&amp;U)</translation>
    </message>
    <message>
        <source>Visit history</source>
        <translation>访问历史</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>新建访问(&amp;N)</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>新建访问</translation>
    </message>
    <message>
        <source>Plan a visit to this place; it opens at once</source>
        <translation>计划对此场所的访问；创建后立即打开</translation>
    </message>
    <message>
        <source>Open recommendations</source>
        <translation>未结建议</translation>
    </message>
    <message>
        <source>E&amp;dit place…</source>
        <translation>编辑场所(&amp;D)…</translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation>编辑场所</translation>
    </message>
    <message>
        <source>Change this place&apos;s particulars</source>
        <translation>更改此场所的详细信息</translation>
    </message>
    <message>
        <source>&amp;Add unit…</source>
        <translation>添加单元(&amp;A)…</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>添加单元</translation>
    </message>
    <message>
        <source>Add a unit, wing or ward to this place</source>
        <translation>为此场所添加单元、翼楼或病区</translation>
    </message>
    <message>
        <source>Re&amp;move unit</source>
        <translation>移除单元(&amp;M)</translation>
    </message>
    <message>
        <source>Remove unit</source>
        <translation>移除单元</translation>
    </message>
    <message>
        <source>Remove the selected unit; Undo brings it back</source>
        <translation>移除所选单元；可通过“撤销”恢复</translation>
    </message>
    <message>
        <source>Remove unit %1</source>
        <translation>移除单元 %1</translation>
    </message>
</context>
<context>
    <name>vigil::PlaceRepository</name>
    <message>
        <source>The place does not exist or was deleted.</source>
        <translation>该场所不存在或已被删除。</translation>
    </message>
</context>
<context>
    <name>vigil::PlacesPage</name>
    <message>
        <source>Places</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>&amp;New place…</source>
        <translation>新建场所(&amp;N)…</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>新建场所</translation>
    </message>
    <message>
        <source>Record a place of detention; it opens once created</source>
        <translation>记录一个拘留场所；创建后即打开</translation>
    </message>
</context>
<context>
    <name>vigil::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>%1 is the system&apos;s language in its own name, e.g. &quot;français&quot;</extracomment>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <source>Minutes without use before the vault locks</source>
        <translation>保险库自动锁定前的闲置分钟数</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After the number of minutes in the spin box</extracomment>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Hide the content while another application is active</source>
        <translation>其他应用程序处于活动状态时隐藏内容(&amp;H)</translation>
    </message>
    <message>
        <source>Hide the content while another application is active</source>
        <translation>其他应用程序处于活动状态时隐藏内容</translation>
    </message>
    <message>
        <source>Covers the window when you switch away, so its content does not show behind other windows or in the window switcher.</source>
        <translation>切换到其他应用程序时遮盖此窗口，使其内容不会显示在其他窗口后面或窗口切换器中。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>闲置后锁定(&amp;A)：</translation>
    </message>
    <message>
        <source>Vigil will speak the chosen language the next time it starts.</source>
        <translation>Vigil 将在下次启动时使用所选语言。</translation>
    </message>
</context>
<context>
    <name>vigil::PseudonymGenerator</name>
    <message>
        <source>This visit has no pseudonym codes left.</source>
        <translation>本次访问已无可用的化名代码。</translation>
    </message>
</context>
<context>
    <name>vigil::Quarantine</name>
    <message>
        <source>An earlier bundle from this sender has not arrived yet (out-of-order gap); this one will be imported once it has.</source>
        <translation>来自该发送方的一个更早的同步包尚未到达（顺序缺口）；该同步包到达后，将导入此同步包。</translation>
    </message>
    <message>
        <source>This bundle was already imported; nothing was changed.</source>
        <translation>此同步包已导入过；未作任何更改。</translation>
    </message>
    <message>
        <source>This bundle holds changes that cannot be applied; nothing was imported. Ask the sender to send it again.</source>
        <translation>此同步包含有无法应用的更改；未导入任何内容。请让发送方重新发送。</translation>
    </message>
    <message>
        <source>This bundle holds records from a newer version of Vigil; nothing was imported. Update Vigil and import it again from the quarantine folder.</source>
        <translation>此同步包含有来自更新版本 Vigil 的记录；未导入任何内容。请更新 Vigil，然后从隔离文件夹重新导入。</translation>
    </message>
    <message>
        <source>This bundle was refused; nothing was imported.</source>
        <translation>此同步包已被拒绝；未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationEditor</name>
    <message>
        <source>Recommendation text</source>
        <translation>建议内容</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>致送对象</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>无期限</translation>
    </message>
    <message>
        <source>Findings the recommendation is argued from</source>
        <translation>作为建议依据的调查结果</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>内容(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Addressee:</source>
        <translation>致送对象(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>层级(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>期限(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>调查结果(&amp;F)：</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>recommendation text</source>
        <translation>建议内容</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>addressee</source>
        <translation>致送对象</translation>
    </message>
    <message>
        <source>level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>更改%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Untitled finding</source>
        <translation>未命名调查结果</translation>
    </message>
    <message>
        <source>Link finding</source>
        <translation>关联调查结果</translation>
    </message>
    <message>
        <source>Unlink finding</source>
        <translation>取消关联调查结果</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationHistoryPanel</name>
    <message>
        <source>History of the selected recommendation</source>
        <translation>所选建议的历史记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Response of the authorities</source>
        <translation>当局的答复</translation>
    </message>
    <message>
        <source>Implementation checked</source>
        <translation>已核查执行情况</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Made again</source>
        <translation>再次提出</translation>
    </message>
    <message>
        <source>Select a recommendation to see its history.</source>
        <translation>请选择一项建议以查看其历史记录。</translation>
    </message>
    <message numerus="yes">
        <source>Made on %n visit(s)</source>
        <translation>
            <numerusform>在 %n 次访问中提出</numerusform>
        </translation>
    </message>
    <message>
        <source>Made on one visit</source>
        <translation>在一次访问中提出</translation>
    </message>
    <message>
        <source>Recommendation %1 of the visit</source>
        <translation>本次访问的第 %1 项建议</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationLifecycle</name>
    <message>
        <source>recommendation.status: cannot change from %1 to %2</source>
        <translation>recommendation.status：无法从“%1”变更为“%2”</translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: an implementation check needs the later visit that checked it</source>
        <translation>recommendation_event.visit_id：执行情况核查需要指明进行核查的后续访问</translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: a reissue needs the later visit that reissues it</source>
        <translation>recommendation_event.visit_id：重新提出建议需要指明重新提出该建议的后续访问</translation>
    </message>
    <message>
        <source>recommendation_event.evidence: an implementation check needs the evidence it rests on</source>
        <translation>recommendation_event.evidence：执行情况核查需要提供其所依据的证据</translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: refers to a visit that does not exist or was deleted</source>
        <translation>recommendation_event.visit_id：引用的访问不存在或已被删除</translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: the visit was to another place</source>
        <translation>recommendation_event.visit_id：该访问针对的是另一个场所</translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: must be a later visit than the one the recommendation was made on</source>
        <translation>recommendation_event.visit_id：必须是晚于提出该建议的那次访问的访问</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationListModel</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationQueries</name>
    <message>
        <source>Say specifically what should change, and how it can be measured.</source>
        <translation>请具体说明应作何改变，以及如何衡量。</translation>
    </message>
    <message>
        <source>Name who should act on the recommendation: someone who can act on it.</source>
        <translation>请指明应就该建议采取行动的对象：须是能够采取行动的人或机构。</translation>
    </message>
    <message>
        <source>A systemic recommendation needs an addressee who can change the system: the supervising authority, the ministry or the legislature.</source>
        <translation>系统性建议需要能够改变制度的致送对象：监督当局、主管部委或立法机关。</translation>
    </message>
    <message>
        <source>Set a deadline, so that implementation can be checked on a later visit.</source>
        <translation>请设定期限，以便在后续访问中核查执行情况。</translation>
    </message>
    <message>
        <source>Link the findings the recommendation is argued from.</source>
        <translation>请关联作为建议依据的调查结果。</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationRepository</name>
    <message>
        <source>The recommendation does not exist or was deleted.</source>
        <translation>该建议不存在或已被删除。</translation>
    </message>
    <message>
        <source>The visit does not exist or was deleted.</source>
        <translation>该访问不存在或已被删除。</translation>
    </message>
    <message>
        <source>recommendation.status: a %1 recommendation can no longer be changed</source>
        <translation>recommendation.status：状态为“%1”的建议不能再更改</translation>
    </message>
    <message>
        <source>recommendation.%1: can only be changed while the recommendation is a draft</source>
        <translation>recommendation.%1：仅当建议为草稿时才能更改</translation>
    </message>
    <message>
        <source>recommendation.status: only a draft can be deleted; this one is %1 (close it instead)</source>
        <translation>recommendation.status：只能删除草稿；此建议的状态为“%1”（请改为将其结束）</translation>
    </message>
    <message>
        <source>recommendation_finding.finding_id: refers to a finding that does not exist or was deleted</source>
        <translation>recommendation_finding.finding_id：引用的调查结果不存在或已被删除</translation>
    </message>
    <message>
        <source>recommendation_finding.finding_id: the finding was made on another visit than the recommendation</source>
        <translation>recommendation_finding.finding_id：该调查结果与建议来自不同的访问</translation>
    </message>
    <message>
        <source>The finding is not linked to this recommendation.</source>
        <translation>该调查结果未关联到此建议。</translation>
    </message>
    <message>
        <source>recommendation.repeated_from: refers to a recommendation that does not exist or was deleted</source>
        <translation>recommendation.repeated_from：引用的建议不存在或已被删除</translation>
    </message>
    <message>
        <source>recommendation.repeated_from: the earlier recommendation was never issued</source>
        <translation>recommendation.repeated_from：先前的建议从未发布</translation>
    </message>
    <message>
        <source>recommendation.repeated_from: the earlier recommendation was made for another place</source>
        <translation>recommendation.repeated_from：先前的建议针对的是另一个场所</translation>
    </message>
    <message>
        <source>recommendation.repeated_from: must be a recommendation of an earlier visit</source>
        <translation>recommendation.repeated_from：必须是先前某次访问的建议</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationsPage</name>
    <message>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Words of the recommendation</source>
        <translation>建议的措辞</translation>
    </message>
    <message>
        <source>Follow-up of recommendations</source>
        <translation>建议的后续跟进</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s)</source>
        <translation>
            <numerusform>%n 项建议</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationsPanel</name>
    <message>
        <source>&amp;Delete draft</source>
        <translation>删除草稿(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New recommendation</source>
        <translation>新建建议(&amp;N)</translation>
    </message>
    <message>
        <source>Add a recommendation</source>
        <translation>添加一条建议</translation>
    </message>
    <message>
        <source>Delete the selected draft recommendation</source>
        <translation>删除所选建议草稿</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>新建建议</translation>
    </message>
    <message>
        <source>Add recommendation</source>
        <translation>添加建议</translation>
    </message>
    <message>
        <source>Delete recommendation</source>
        <translation>删除建议</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>（尚无内容）</translation>
    </message>
    <message>
        <source>%1. %2 [%3]</source>
        <extracomment>A recommendation in the list: number, start of its text, status</extracomment>
        <translation>%1. %2 [%3]</translation>
    </message>
</context>
<context>
    <name>vigil::RecordSafeguards</name>
    <message>
        <source>The interview does not exist.</source>
        <translation>该面谈不存在。</translation>
    </message>
    <message>
        <source>Disability, LGBTI, minority or indigenous status can only be recorded once the interviewee&apos;s consent is recorded.</source>
        <translation>只有在记录受访者的同意之后，才能记录残疾、LGBTI、少数群体或土著身份。</translation>
    </message>
    <message>
        <source>Interview pseudonyms are generated by Vigil and cannot be chosen.</source>
        <translation>面谈化名由 Vigil 生成，不能自行选择。</translation>
    </message>
    <message>
        <source>Consent can only be withdrawn after it was recorded.</source>
        <translation>只有在记录同意之后才能撤回同意。</translation>
    </message>
    <message>
        <source>The visit, kind and pseudonym of an interview cannot be changed.</source>
        <translation>面谈的所属访问、类型和化名均不能更改。</translation>
    </message>
    <message>
        <source>A withdrawal of consent cannot be undone.</source>
        <translation>撤回同意无法撤销。</translation>
    </message>
    <message>
        <source>Consent always includes anonymous, aggregate use.</source>
        <translation>同意始终包括匿名的汇总使用。</translation>
    </message>
    <message>
        <source>A group interview carries no confidentiality: it allows only anonymous, aggregate use and anonymous quotes. Hear the person in a private interview to go further.</source>
        <translation>集体面谈不具保密性：只允许匿名的汇总使用和匿名引用。如需更进一步，请与当事人进行私下面谈。</translation>
    </message>
    <message>
        <source>A child&apos;s consent must be sought in an adapted way; record how it was adapted.</source>
        <translation>征求儿童的同意必须采用适应性方式；请记录作了何种调整。</translation>
    </message>
    <message>
        <source>A consent record cannot be changed: record a new consent or withdraw it.</source>
        <translation>同意记录不能更改：请记录新的同意或将其撤回。</translation>
    </message>
    <message>
        <source>Identity entries are restricted to coordinators.</source>
        <translation>身份条目仅限协调员查看。</translation>
    </message>
    <message>
        <source>Identity entries must be sealed.</source>
        <translation>身份条目必须密封。</translation>
    </message>
    <message>
        <source>A name or ID number can only be recorded when the interviewee consented to the use of their name or to the referral of their case.</source>
        <translation>只有当受访者同意使用其姓名或同意转介其个案时，才能记录姓名或证件号码。</translation>
    </message>
    <message>
        <source>An identity entry cannot be changed: delete it and write a new one.</source>
        <translation>身份条目不能更改：请将其删除并重新填写。</translation>
    </message>
    <message>
        <source>Delete the identity entries of this interview first.</source>
        <translation>请先删除此面谈的身份条目。</translation>
    </message>
    <message>
        <source>A consent record is kept as long as its interview.</source>
        <translation>同意记录的保存期限与其所属面谈相同。</translation>
    </message>
    <message>
        <source>Notes cannot be written before the interviewee&apos;s consent is recorded.</source>
        <translation>在记录受访者的同意之前，不能填写笔记。</translation>
    </message>
    <message>
        <source>The interviewee withdrew consent: nothing more can be recorded from this interview.</source>
        <translation>受访者已撤回同意：不能再从此次面谈中记录任何内容。</translation>
    </message>
    <message>
        <source>Deleted identity entries and consent records cannot be restored.</source>
        <translation>已删除的身份条目和同意记录无法恢复。</translation>
    </message>
    <message>
        <source>The interview this allegation came from was deleted.</source>
        <translation>此指控所源自的面谈已被删除。</translation>
    </message>
</context>
<context>
    <name>vigil::RecoveryKey</name>
    <message>
        <source>The recovery key contains a character that cannot be part of it. Only letters and digits are used.</source>
        <translation>恢复密钥中含有不应出现的字符。恢复密钥只使用字母和数字。</translation>
    </message>
    <message>
        <source>A recovery key has %1 groups of %2 characters; this one has %3 characters.</source>
        <translation>恢复密钥由 %1 组、每组 %2 个字符组成；此密钥有 %3 个字符。</translation>
    </message>
    <message>
        <source>Group %1 of the recovery key is mistyped. Check it against the paper copy.</source>
        <translation>恢复密钥的第 %1 组输入有误。请对照纸质副本检查。</translation>
    </message>
</context>
<context>
    <name>vigil::RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Write down your recovery key</source>
        <translation>请抄下您的恢复密钥</translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this key is the only way back into the vault. Write it on paper or print it now, and keep it somewhere safe, away from this computer. It will not be shown again.</source>
        <translation>如果忘记口令，此密钥是重新进入保险库的唯一途径。请立即将其写在纸上或打印出来，并存放在远离这台计算机的安全地点。它不会再次显示。</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>我已抄下</translation>
    </message>
    <message>
        <source>I have written the recovery key down</source>
        <translation>我已抄下恢复密钥</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>打印恢复密钥</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Vigil recovery key</source>
        <translation>Vigil 恢复密钥</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>保险库：%1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <source>Anyone holding this key can open the vault. Keep it locked away, apart from the computer. Letters O, I and L may be read as 0, 1 and 1.</source>
        <translation>持有此密钥的任何人都能打开保险库。请将其锁好，与计算机分开存放。字母 O、I 和 L 可能被误读为 0、1 和 1。</translation>
    </message>
</context>
<context>
    <name>vigil::RegisterCheckEditor</name>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Period checked, from</source>
        <translation>核查时段，起</translation>
    </message>
    <message>
        <source>Period checked, to</source>
        <translation>核查时段，止</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记簿</translation>
    </message>
    <message>
        <source>Register check notes</source>
        <translation>登记簿核查备注</translation>
    </message>
    <message>
        <source>Anomalies found</source>
        <translation>发现的异常</translation>
    </message>
    <message>
        <source>Anomaly: %1</source>
        <translation>异常：%1</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>登记簿(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>止(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>start of period</source>
        <translation>时段开始</translation>
    </message>
    <message>
        <source>end of period</source>
        <translation>时段结束</translation>
    </message>
    <message>
        <source>register check notes</source>
        <translation>登记簿核查备注</translation>
    </message>
    <message>
        <source>Change register</source>
        <translation>更改登记簿</translation>
    </message>
    <message>
        <source>Change anomalies</source>
        <translation>更改异常</translation>
    </message>
</context>
<context>
    <name>vigil::RegisterCheckRepository</name>
    <message>
        <source>register_check.period_to: the period ends (%1) before it starts (%2)</source>
        <translation>register_check.period_to：时段的结束日期（%1）早于开始日期（%2）</translation>
    </message>
    <message>
        <source>The register check does not exist or was deleted.</source>
        <translation>该登记簿核查不存在或已被删除。</translation>
    </message>
</context>
<context>
    <name>vigil::RegisterChecksPanel</name>
    <message>
        <source>Delete re&amp;gister check</source>
        <translation>删除登记簿核查(&amp;G)</translation>
    </message>
    <message>
        <source>Add register c&amp;heck</source>
        <translation>添加登记簿核查(&amp;H)</translation>
    </message>
    <message>
        <source>Add a register check</source>
        <translation>添加一项登记簿核查</translation>
    </message>
    <message>
        <source>Delete the selected register check</source>
        <translation>删除所选登记簿核查</translation>
    </message>
    <message>
        <source>Register checks</source>
        <translation>登记簿核查</translation>
    </message>
    <message>
        <source>Add register check</source>
        <translation>添加登记簿核查</translation>
    </message>
    <message>
        <source>Delete register check</source>
        <translation>删除登记簿核查</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <extracomment>A register and the period checked, e.g. &quot;Segregation, 1/3/24 – 31/3/24&quot;</extracomment>
        <translation>%1，%2 – %3</translation>
    </message>
    <message numerus="yes">
        <source> (%n anomalies)</source>
        <translation>
            <numerusform> （%n 处异常）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::ReportBuilderPage</name>
    <message>
        <source>Kind of report</source>
        <translation>报告类型</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the report as PDF, ODT or HTML</source>
        <translation>将报告导出为 PDF、ODT 或 HTML</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>正在更新预览…</translation>
    </message>
    <message>
        <source>The preview could not be built.</source>
        <translation>无法生成预览。</translation>
    </message>
    <message numerus="yes">
        <source>On export, the publication guard takes out %n item(s) this kind of report may not show; the preview leaves them out already.</source>
        <translation>
            <numerusform>导出时，发布审查将删除 %n 项此类报告不得显示的内容；预览中已不显示这些内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to resolve or accept before export.</source>
        <translation>
            <numerusform>导出前须处理或接受 %n 条警告。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::ReportEditCommands</name>
    <message>
        <source>Internal notes</source>
        <translation>内部笔记</translation>
    </message>
    <message>
        <source>Public summary</source>
        <translation>公开摘要</translation>
    </message>
    <message>
        <source>Report to the authorities</source>
        <translation>致当局的报告</translation>
    </message>
    <message>
        <source>Edit report text</source>
        <translation>编辑报告文本</translation>
    </message>
    <message>
        <source>Restore the report&apos;s own text</source>
        <translation>恢复报告的原始文本</translation>
    </message>
    <message>
        <source>Include in: %1</source>
        <extracomment>%1 is a kind of report, e.g. &quot;Public summary&quot;</extracomment>
        <translation>纳入：%1</translation>
    </message>
    <message>
        <source>Leave out of: %1</source>
        <translation>不纳入：%1</translation>
    </message>
    <message>
        <source>Move in the report</source>
        <translation>在报告中移动</translation>
    </message>
    <message>
        <source>Add a paragraph to the report</source>
        <translation>向报告添加段落</translation>
    </message>
    <message>
        <source>Add a quote to the report</source>
        <translation>向报告添加引语</translation>
    </message>
    <message>
        <source>Remove from the report</source>
        <translation>从报告中移除</translation>
    </message>
</context>
<context>
    <name>vigil::ReportItemEditor</name>
    <message>
        <source>Restore the &amp;original text</source>
        <translation>恢复原始文本(&amp;O)</translation>
    </message>
    <message>
        <source>Text of the selected part of the report</source>
        <translation>报告所选部分的文本</translation>
    </message>
    <message>
        <source>Restore the text the report builds from the record</source>
        <translation>恢复报告根据记录生成的文本</translation>
    </message>
    <message>
        <source>Choose a part of the report in the outline to edit its text, move it, or untick it to leave it out of this kind of report.</source>
        <translation>请在大纲中选择报告的某一部分，以编辑其文本、移动其位置，或取消勾选以使其不出现在此类报告中。</translation>
    </message>
    <message>
        <source>This section has no text of its own; its parts are below it.</source>
        <translation>此章节本身没有文本；其各部分列于其下。</translation>
    </message>
    <message>
        <source>You replaced the text the report builds from the record. Restore it to follow the record again.</source>
        <translation>您已替换报告根据记录生成的文本。恢复原文本即可重新与记录保持一致。</translation>
    </message>
    <message>
        <source>Edits change the report only; the record stays as it is.</source>
        <translation>编辑只更改报告；记录保持不变。</translation>
    </message>
    <message>
        <source>An excerpt of an interview. The publication guard checks its consent for each kind of report.</source>
        <translation>面谈摘录。发布审查会针对每种报告类型核查其同意情况。</translation>
    </message>
    <message>
        <source>A paragraph you added to the report.</source>
        <translation>您添加到报告中的段落。</translation>
    </message>
    <message>
        <source>Recommendations are edited on the visit&apos;s Recommendations tab.</source>
        <translation>建议在访问的“建议”选项卡中编辑。</translation>
    </message>
    <message>
        <source>A photo from the visit&apos;s attachments.</source>
        <translation>来自访问附件的照片。</translation>
    </message>
    <message>
        <source>Tables are made from the record.</source>
        <translation>表格根据记录生成。</translation>
    </message>
</context>
<context>
    <name>vigil::ReportOutlineModel</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <translation>“%1” — %2</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>vigil::ReportOutlinePane</name>
    <message>
        <source>Add &amp;quote…</source>
        <translation>添加引语(&amp;Q)…</translation>
    </message>
    <message>
        <source>Add &amp;paragraph…</source>
        <translation>添加段落(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Outline of the report</source>
        <translation>报告大纲</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Add a quote from an interview</source>
        <translation>添加面谈中的引语</translation>
    </message>
    <message>
        <source>Add a paragraph of your own</source>
        <translation>添加自行撰写的段落</translation>
    </message>
    <message>
        <source>Remove the added quote or paragraph</source>
        <translation>移除所添加的引语或段落</translation>
    </message>
</context>
<context>
    <name>vigil::ReportPreview</name>
    <message>
        <source>Preview of the report</source>
        <translation>报告预览</translation>
    </message>
</context>
<context>
    <name>vigil::Roster</name>
    <message>
        <source>A device list entry received from the organisation is malformed.</source>
        <translation>从组织收到的一个设备名单条目格式有误。</translation>
    </message>
    <message>
        <source>The device keys could not be used.</source>
        <translation>无法使用设备密钥。</translation>
    </message>
    <message>
        <source>A device list entry is signed by a device that is not a coordinator of this organisation.</source>
        <translation>一个设备名单条目由并非本组织协调员的设备签名。</translation>
    </message>
    <message>
        <source>A device list entry failed its signature check.</source>
        <translation>一个设备名单条目未通过签名验证。</translation>
    </message>
</context>
<context>
    <name>vigil::RosterModel</name>
    <message>
        <source>(deleted person)</source>
        <translation>（已删除的人员）</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>已于 %1 撤销</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>本设备</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>vigil::SearchPage</name>
    <message>
        <source>Any date</source>
        <translation>任何日期</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>搜索词</translation>
    </message>
    <message>
        <source>Words to find in findings, interviews, observations…</source>
        <translation>要在调查结果、面谈、观察记录等中查找的词…</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Only this place</source>
        <translation>仅限此场所</translation>
    </message>
    <message>
        <source>Visits from</source>
        <translation>访问起始日期</translation>
    </message>
    <message>
        <source>Visits until</source>
        <translation>访问截止日期</translation>
    </message>
    <message>
        <source>Finding category</source>
        <translation>调查结果类别</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>任何类别</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>场所(&amp;P)：</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>类别(&amp;T)：</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>起(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>止(&amp;U)：</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>包括%1</translation>
    </message>
    <message>
        <source>Any place</source>
        <translation>任何场所</translation>
    </message>
    <message>
        <source>Type words to search the findings, recommendations, observations, interviews, register checks and access log.</source>
        <translation>输入词语以搜索调查结果、建议、观察记录、面谈、登记簿核查和准入记录。</translation>
    </message>
    <message>
        <source>Choose at least one kind of record to search.</source>
        <translation>请至少选择一种要搜索的记录类型。</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>未找到任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>The first %n results; add words or filters to narrow them.</source>
        <translation>
            <numerusform>前 %n 条结果；请添加搜索词或筛选条件以缩小范围。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n 条结果。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::SearchResultModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配内容</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>访问日期</translation>
    </message>
</context>
<context>
    <name>vigil::SearchService</name>
    <message>
        <source>The search could not be run: %1</source>
        <translation>无法执行搜索：%1</translation>
    </message>
</context>
<context>
    <name>vigil::SecretFile</name>
    <message>
        <source>%1 is empty; it must hold the passphrase on its first line.</source>
        <translation>%1 为空；其第一行必须是口令。</translation>
    </message>
</context>
<context>
    <name>vigil::SmartHintsWidget</name>
    <message>
        <source>&lt;b&gt;Is it SMART?&lt;/b&gt;</source>
        <translation>&lt;b&gt;是否符合 SMART 原则？&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What exactly should change?</source>
        <translation>究竟应作何改变？</translation>
    </message>
    <message>
        <source>Who can act on it?</source>
        <translation>谁能采取行动？</translation>
    </message>
    <message>
        <source>By when?</source>
        <translation>何时完成？</translation>
    </message>
    <message>
        <source>Which finding supports it?</source>
        <translation>哪项调查结果支持该建议？</translation>
    </message>
    <message>
        <source>✓ Answered</source>
        <translation>✓ 已回答</translation>
    </message>
</context>
<context>
    <name>vigil::StatisticsCharts</name>
    <message>
        <source>%1: nothing this year</source>
        <translation>%1：本年度无数据</translation>
    </message>
    <message>
        <source>Places visited, by type</source>
        <translation>所访问的场所（按类型）</translation>
    </message>
    <message>
        <source>Findings, by theme</source>
        <translation>调查结果（按主题）</translation>
    </message>
    <message>
        <source>Recommendations issued: implementation</source>
        <translation>已发布的建议：执行情况</translation>
    </message>
    <message>
        <source>No recommendation was issued this year</source>
        <translation>本年度未发布任何建议</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>已执行</translation>
    </message>
    <message>
        <source>Partly implemented</source>
        <translation>部分执行</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>执行中</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>未执行</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>尚未核查</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>vigil::StatisticsPage</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Year of the figures</source>
        <translation>数据所属年份</translation>
    </message>
    <message>
        <source>Export the year&apos;s figures as CSV</source>
        <translation>将本年度数据导出为 CSV</translation>
    </message>
    <message>
        <source>Figures of the year</source>
        <translation>本年度数据</translation>
    </message>
    <message>
        <source>Charts of the year</source>
        <translation>本年度图表</translation>
    </message>
    <message>
        <source>Chart of the places visited, by type</source>
        <translation>所访问场所图表（按类型）</translation>
    </message>
    <message>
        <source>Chart of the findings, by theme</source>
        <translation>调查结果图表（按主题）</translation>
    </message>
    <message>
        <source>Chart of the implementation of recommendations</source>
        <translation>建议执行情况图表</translation>
    </message>
    <message>
        <source>Places visited</source>
        <translation>所访问的场所</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>调查结果</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Annual figures</source>
        <translation>年度数据</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>The figures could not be counted.</source>
        <translation>无法统计数据。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Annual figures %1.csv</source>
        <translation>年度数据 %1.csv</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The figures could not be saved as %1.</source>
        <translation>无法将数据保存为 %1。</translation>
    </message>
    <message>
        <source>The figures were saved as %1.</source>
        <translation>数据已保存为 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n visit(s), %L2 of them unannounced; places visited: %L3.</source>
        <translation>
            <numerusform>%1：共 %n 次访问，其中 %L2 次不事先通知；所访问的场所：%L3 个。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>口令强度</translation>
    </message>
    <message>
        <source>Strength: –</source>
        <translation>强度：–</translation>
    </message>
</context>
<context>
    <name>vigil::SyncActions</name>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>Send and receive the organisation&apos;s changes now</source>
        <translation>立即发送和接收组织的更改</translation>
    </message>
    <message>
        <source>Sync &amp;settings…</source>
        <translation>同步设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Choose the sync folder or server</source>
        <translation>选择同步文件夹或服务器</translation>
    </message>
    <message>
        <source>&amp;Join an organisation…</source>
        <translation>加入组织(&amp;J)…</translation>
    </message>
    <message>
        <source>Join with an invitation file from your coordinator</source>
        <translation>使用协调员提供的邀请文件加入</translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>设备(&amp;D)…</translation>
    </message>
    <message>
        <source>The organisation, its devices and enrolment requests</source>
        <translation>组织、其设备和注册请求</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>Edits made on two devices at once, to settle</source>
        <translation>在两台设备上同时所作、有待处理的编辑</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
</context>
<context>
    <name>vigil::SyncController</name>
    <message>
        <source>The sync stopped unexpectedly.</source>
        <translation>同步意外停止。</translation>
    </message>
    <message>
        <source>%1: the enrolment request could not be read.</source>
        <translation>%1：无法读取注册请求。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>vigil::SyncInboxPage</name>
    <message>
        <source>Sync inbox</source>
        <translation>同步收件箱</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Sync se&amp;ttings…</source>
        <translation>同步设置(&amp;T)…</translation>
    </message>
    <message>
        <source>Sync settings</source>
        <translation>同步设置</translation>
    </message>
    <message>
        <source>Open &amp;quarantine folder</source>
        <translation>打开隔离文件夹(&amp;Q)</translation>
    </message>
    <message>
        <source>Open the quarantine folder</source>
        <translation>打开隔离文件夹</translation>
    </message>
    <message>
        <source>Bundles that were refused stay there, still encrypted, with a file saying why.</source>
        <translation>被拒绝的同步包仍以加密形式保存在该文件夹中，并附有一个说明原因的文件。</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>已接收的同步包</translation>
    </message>
    <message>
        <source>Nothing has been received yet. Bundles from the other devices of your organisation are listed here after each sync.</source>
        <translation>尚未接收任何内容。每次同步后，来自组织中其他设备的同步包会列在这里。</translation>
    </message>
    <message>
        <source>This vault is not in an organisation, so it has nobody to sync with. Join one with an invitation from your coordinator.</source>
        <translation>此保险库不在任何组织中，因此没有可与之同步的对象。请使用协调员提供的邀请加入一个组织。</translation>
    </message>
    <message>
        <source>Choose a sync folder (a USB stick or a shared drive) or a WebDAV server in the sync settings.</source>
        <translation>请在同步设置中选择同步文件夹（U 盘或共享驱动器）或 WebDAV 服务器。</translation>
    </message>
    <message>
        <source>Last sync at %1: %2</source>
        <extracomment>%1 is the time of the last successful sync, %2 what it did</extracomment>
        <translation>上次同步于 %1：%2</translation>
    </message>
    <message>
        <source>Next automatic sync at %1.</source>
        <translation>下次自动同步时间：%1。</translation>
    </message>
</context>
<context>
    <name>vigil::SyncSession</name>
    <message>
        <source>The vault&apos;s sync folder could not be created.</source>
        <translation>无法创建保险库的同步文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) received</source>
        <translation>
            <numerusform>已接收 %n 个同步包</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>%n 个已隔离</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for an earlier one</source>
        <translation>
            <numerusform>%n 个正在等待更早的同步包</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>已发送 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolment request(s)</source>
        <translation>
            <numerusform>%n 个注册请求</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync was cancelled.</source>
        <translation>同步已取消。</translation>
    </message>
    <message>
        <source>This vault is not in an organisation yet, so there is nobody to sync with. Join one with an invitation from your coordinator.</source>
        <translation>此保险库尚未加入任何组织，因此没有可与之同步的对象。请使用协调员提供的邀请加入一个组织。</translation>
    </message>
    <message>
        <source>Only an enrolled device of an organisation can send bundles.</source>
        <translation>只有组织中已注册的设备才能发送同步包。</translation>
    </message>
</context>
<context>
    <name>vigil::SyncSettingsDialog</name>
    <message>
        <source>Sync settings</source>
        <translation>同步设置</translation>
    </message>
    <message>
        <source>How this device syncs</source>
        <translation>本设备的同步方式</translation>
    </message>
    <message>
        <source>A folder: USB stick or shared drive</source>
        <translation>文件夹：U 盘或共享驱动器</translation>
    </message>
    <message>
        <source>A WebDAV server: Nextcloud, ownCloud, …</source>
        <translation>WebDAV 服务器：Nextcloud、ownCloud 等</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>同步文件夹</translation>
    </message>
    <message>
        <source>For example /media/stick/vigil</source>
        <translation>例如 /media/stick/vigil</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>选择同步文件夹</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>服务器上的用户名</translation>
    </message>
    <message>
        <source>Password on the server</source>
        <translation>服务器上的密码</translation>
    </message>
    <message>
        <source>Certificate pin</source>
        <translation>证书固定值</translation>
    </message>
    <message>
        <source>Optional: 64 hexadecimal digits</source>
        <translation>可选：64 位十六进制数字</translation>
    </message>
    <message>
        <source>For a server with its own certificate: the SHA-256 of its public key, as your coordinator gave it. Sync refuses any other server.</source>
        <translation>适用于使用自有证书的服务器：其公钥的 SHA-256 值，由您的协调员提供。同步将拒绝任何其他服务器。</translation>
    </message>
    <message>
        <source>Sync &amp;automatically</source>
        <translation>自动同步(&amp;A)</translation>
    </message>
    <message>
        <source>Sync automatically</source>
        <translation>自动同步</translation>
    </message>
    <message>
        <source>&amp;Remove confirmed sensitive content from this laptop</source>
        <translation>从此笔记本电脑删除已确认的敏感内容(&amp;R)</translation>
    </message>
    <message>
        <source>Remove confirmed sensitive content from this laptop</source>
        <translation>从此笔记本电脑删除已确认的敏感内容</translation>
    </message>
    <message>
        <source>Once the coordinators have confirmed they received everything of a closed visit, remove its interview notes, identity entries and photos from this laptop. Off by default.</source>
        <translation>协调员确认已收到某次已结束访问的全部内容后，从此笔记本电脑删除该访问的面谈笔记、身份条目和照片。默认关闭。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>&amp;Sync through:</source>
        <translation>同步方式(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Certificate p&amp;in:</source>
        <translation>证书固定值(&amp;I)：</translation>
    </message>
    <message>
        <source>Runs every 15 minutes and when the network comes back; a sync folder is used whenever it is plugged in.</source>
        <translation>每 15 分钟以及网络恢复时运行；同步文件夹则在每次插入时使用。</translation>
    </message>
    <message>
        <source>Save the sync settings</source>
        <translation>保存同步设置</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>关闭且不保存</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>留空则保留已存储的密码</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n file(s) wait in this device&apos;s mailbox.</source>
        <translation>
            <numerusform>已连接。本设备的邮箱中有 %n 个文件等待处理。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::SyncStatusText</name>
    <message>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>receiving %1 of %2</source>
        <extracomment>%1 of %2 files received from the mailbox</extracomment>
        <translation>正在接收第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>正在接收</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>sending %1 of %2</source>
        <extracomment>%1 of %2 devices the bundles are written for</extracomment>
        <translation>正在发送第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>Not in an organisation</source>
        <translation>未加入组织</translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>尚未设置同步</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Syncing… %1</source>
        <extracomment>%1 is the step, e.g. &quot;receiving 2 of 5&quot;</extracomment>
        <translation>正在同步… %1</translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>已接收 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>%n 个已隔离</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 个等待中</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at %1 (%2)</source>
        <extracomment>%1 is the time, %2 what was received, e.g. &quot;3 received, 1 quarantined&quot;</extracomment>
        <translation>已于 %1 同步（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Sync failed at %1: %2</source>
        <extracomment>%1 is the time, %2 the reason in a plain sentence</extracomment>
        <translation>同步于 %1 失败：%2</translation>
    </message>
    <message>
        <source>Choose a sync folder or server in Sync &gt; Sync settings.</source>
        <translation>请在“同步 &gt; 同步设置”中选择同步文件夹或服务器。</translation>
    </message>
    <message>
        <source>This vault syncs once it has joined an organisation.</source>
        <translation>此保险库加入组织后即可同步。</translation>
    </message>
    <message>
        <source>Next automatic sync at %1.</source>
        <translation>下次自动同步时间：%1。</translation>
    </message>
    <message>
        <source>Click to open the sync inbox.</source>
        <translation>点击打开同步收件箱。</translation>
    </message>
</context>
<context>
    <name>vigil::SyncStatusWidget</name>
    <message>
        <source>Sync status: %1</source>
        <extracomment>Read by screen readers before the sync state, e.g. &quot;Sync status: Synced at 14:32&quot;</extracomment>
        <translation>同步状态：%1</translation>
    </message>
    <message>
        <source>Opens the sync inbox</source>
        <translation>打开同步收件箱</translation>
    </message>
</context>
<context>
    <name>vigil::TeamPanel</name>
    <message>
        <source>&amp;Add to team</source>
        <translation>加入小组(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove from team</source>
        <translation>移出小组(&amp;R)</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>小组成员</translation>
    </message>
    <message>
        <source>Person to add</source>
        <translation>要加入的人员</translation>
    </message>
    <message>
        <source>Role of the person to add</source>
        <translation>要加入人员的角色</translation>
    </message>
    <message>
        <source>Add the person to the team</source>
        <translation>将该人员加入小组</translation>
    </message>
    <message>
        <source>Role of the selected member</source>
        <translation>所选成员的角色</translation>
    </message>
    <message>
        <source>Remove the selected member from the team</source>
        <translation>将所选成员移出小组</translation>
    </message>
    <message>
        <source>Role on this &amp;visit:</source>
        <translation>本次访问中的角色(&amp;V)：</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A team member: name, then their role on the visit</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No one is on the team yet.</source>
        <translation>小组中尚无成员。</translation>
    </message>
    <message>
        <source>The team has no lead.</source>
        <translation>小组尚无组长。</translation>
    </message>
    <message>
        <source>Add %1 to the team</source>
        <translation>将 %1 加入小组</translation>
    </message>
    <message>
        <source>Remove from the team</source>
        <translation>移出小组</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
</context>
<context>
    <name>vigil::TemplateLoader</name>
    <message>
        <source>Checklist template, %1: %2</source>
        <translation>检查清单模板，%1：%2</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>is not a field of the format (known: %1)</source>
        <translation>不是该格式的字段（已知字段：%1）</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>必须是文本，而不是%1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>must be a list of text, not %1</source>
        <translation>必须是文本列表，而不是%1</translation>
    </message>
    <message>
        <source>has more than %1 entries</source>
        <translation>条目超过 %1 个</translation>
    </message>
    <message>
        <source>must be 1 to %1 characters</source>
        <translation>长度必须为 1 到 %1 个字符</translation>
    </message>
    <message>
        <source>repeats &quot;%1&quot;</source>
        <translation>重复了“%1”</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>必须是对象，而不是%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>“%1”只能包含字母、数字、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier question</source>
        <translation>“%1”已被前面的问题使用</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>“%1”不是以下值之一：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: yes_no, yes_no_partly, number, text, choice</source>
        <translation>“%1”不是以下值之一：yes_no、yes_no_partly、number、text、choice</translation>
    </message>
    <message>
        <source>must list at least two choices when answer is &quot;choice&quot;</source>
        <translation>当 answer 为 &quot;choice&quot; 时，必须列出至少两个选项</translation>
    </message>
    <message>
        <source>is only allowed when answer is &quot;choice&quot;</source>
        <translation>仅当 answer 为 &quot;choice&quot; 时才允许</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>is larger than %1 KiB</source>
        <translation>大于 %1 KiB</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <source>must hold one JSON object</source>
        <translation>必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;; this file is something else or needs a newer Vigil</source>
        <translation>必须为 &quot;%1&quot;；此文件是其他类型的文件，或需要更新版本的 Vigil</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 1000000, not %1</source>
        <translation>必须是 1 到 1000000 之间的整数，而不是 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may hold only lowercase letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>“%1”只能包含小写字母、数字、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as &quot;en&quot; or &quot;zh-CN&quot;</source>
        <translation>“%1”不是语言代码（例如 &quot;en&quot; 或 &quot;zh-CN&quot;）</translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation>必须是列表，而不是%1</translation>
    </message>
    <message>
        <source>must hold 1 to %1 questions, not %2</source>
        <translation>必须包含 1 到 %1 个问题，而不是 %2 个</translation>
    </message>
</context>
<context>
    <name>vigil::TrackerFilterBar</name>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Filter by supervising authority</source>
        <translation>按监督当局筛选</translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation>按主题筛选</translation>
    </message>
    <message>
        <source>Filter by place type</source>
        <translation>按场所类型筛选</translation>
    </message>
    <message>
        <source>From the year</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <source>To the year</source>
        <translation>截止年份</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任何状态</translation>
    </message>
    <message>
        <source>Drafts are listed only when chosen here</source>
        <translation>只有在此处选择时才会列出草稿</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>任何主题</translation>
    </message>
    <message>
        <source>Any type of place</source>
        <translation>任何场所类型</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>监督当局(&amp;A)：</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <source>Place &amp;type:</source>
        <translation>场所类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Visits &amp;from:</source>
        <translation>访问时间自(&amp;F)：</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation>至(&amp;O)：</translation>
    </message>
    <message>
        <source>Any authority</source>
        <translation>任何当局</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>任何年份</translation>
    </message>
</context>
<context>
    <name>vigil::TrackerModel</name>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1（%2），%3</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>How many times it was made before, on earlier visits</source>
        <translation>在先前访问中已提出过的次数</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Repeated</source>
        <translation>重复次数</translation>
    </message>
</context>
<context>
    <name>vigil::TransportFactory</name>
    <message>
        <source>Sync is not set up on this device: choose a sync folder or a WebDAV server in the sync settings.</source>
        <translation>本设备尚未设置同步：请在同步设置中选择同步文件夹或 WebDAV 服务器。</translation>
    </message>
</context>
<context>
    <name>vigil::TransportSettingsStore</name>
    <message>
        <source>Choose the sync folder (a USB stick or a shared drive) by its full path.</source>
        <translation>请按完整路径选择同步文件夹（U 盘或共享驱动器）。</translation>
    </message>
    <message>
        <source>The server address must start with https:// (sync never uses an unencrypted connection).</source>
        <translation>服务器地址必须以 https:// 开头（同步从不使用未加密的连接）。</translation>
    </message>
    <message>
        <source>Put the user name in its own field, not in the server address.</source>
        <translation>请将用户名填写在其专用字段中，而不是服务器地址中。</translation>
    </message>
    <message>
        <source>The certificate pin must be a SHA-256 value (64 hexadecimal digits).</source>
        <translation>证书固定值必须是 SHA-256 值（64 位十六进制数字）。</translation>
    </message>
    <message>
        <source>Choose how this device syncs: a folder or a WebDAV server.</source>
        <translation>请选择本设备的同步方式：文件夹或 WebDAV 服务器。</translation>
    </message>
</context>
<context>
    <name>vigil::UnitDialog</name>
    <message>
        <source>Add unit to %1</source>
        <translation>向 %1 添加单元</translation>
    </message>
    <message>
        <source>Name of the unit</source>
        <translation>单元名称</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation>单元类型</translation>
    </message>
    <message>
        <source>For example: wing, segregation, health</source>
        <translation>例如：翼楼、隔离区、医务室</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>额定容量</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>A whole number; leave empty if unknown</source>
        <translation>整数；如不清楚请留空</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>额定容量(&amp;C)：</translation>
    </message>
    <message>
        <source>What the unit still needs</source>
        <translation>该单元仍需填写的内容</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>添加单元</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name.</source>
        <translation>请输入单元名称。</translation>
    </message>
    <message>
        <source>Capacity must be a whole number, or empty if unknown.</source>
        <translation>额定容量必须是整数；如不清楚请留空。</translation>
    </message>
    <message>
        <source>The unit could not be added.</source>
        <translation>无法添加该单元。</translation>
    </message>
    <message>
        <source>Add unit %1</source>
        <translation>添加单元 %1</translation>
    </message>
</context>
<context>
    <name>vigil::Vault</name>
    <message>
        <source>There is no Vigil vault at %1.</source>
        <translation>%1 处没有 Vigil 保险库。</translation>
    </message>
    <message>
        <source>A vault already exists at %1.</source>
        <translation>%1 处已存在保险库。</translation>
    </message>
    <message>
        <source>%1 is not empty. Choose an empty or new folder for the vault.</source>
        <translation>%1 不为空。请为保险库选择一个空文件夹或新文件夹。</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>口令不能为空。</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>新口令不能为空。</translation>
    </message>
    <message>
        <source>The vault&apos;s database file is missing. Restore it from a backup.</source>
        <translation>保险库的数据库文件缺失。请从备份中恢复。</translation>
    </message>
    <message>
        <source>The vault&apos;s database is empty: the file was truncated or replaced. Restore it from a backup.</source>
        <translation>保险库的数据库为空：该文件已被截断或替换。请从备份中恢复。</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>保险库已锁定。</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>口令不正确。</translation>
    </message>
</context>
<context>
    <name>vigil::VisitEvidence</name>
    <message>
        <source>Interview %1</source>
        <translation>面谈 %1</translation>
    </message>
    <message>
        <source>Observation: %1</source>
        <translation>观察记录：%1</translation>
    </message>
    <message>
        <source>Register check: %1</source>
        <translation>登记簿核查：%1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>Evidence: an access event, its kind and its time</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation>附件：%1</translation>
    </message>
    <message>
        <source>Checklist %1: %2</source>
        <translation>检查清单 %1：%2</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未回答</translation>
    </message>
</context>
<context>
    <name>vigil::VisitHeader</name>
    <message>
        <source>Unannounced</source>
        <translation>不事先通知</translation>
    </message>
    <message>
        <source>Unannounced visit</source>
        <translation>不事先通知的访问</translation>
    </message>
    <message>
        <source>Unknown place</source>
        <translation>未知场所</translation>
    </message>
    <message>
        <source>Planned %1</source>
        <translation>计划：%1</translation>
    </message>
    <message>
        <source>On site %1</source>
        <translation>现场：%1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>转至“%1”</translation>
    </message>
    <message>
        <source>Move the visit to %1</source>
        <translation>将访问转至“%1”阶段</translation>
    </message>
    <message>
        <source>Move visit to %1</source>
        <translation>将访问转至“%1”</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>取消访问</translation>
    </message>
    <message>
        <source>The visit will be closed without taking place. This cannot be undone.
Why is it cancelled?</source>
        <translation>该访问将在未进行的情况下结束。此操作无法撤销。
取消的原因是什么？</translation>
    </message>
    <message>
        <source>Move the visit from %1 to %2?</source>
        <translation>将访问从“%1”转至“%2”？</translation>
    </message>
    <message>
        <source>This step cannot be undone.</source>
        <translation>此步骤无法撤销。</translation>
    </message>
</context>
<context>
    <name>vigil::VisitLabels</name>
    <message>
        <source>Team lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>监察员</translation>
    </message>
    <message>
        <source>Medical doctor</source>
        <translation>医生</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>口译员</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>协调员</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>拒绝准入</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>延迟准入</translation>
    </message>
    <message>
        <source>Obstruction</source>
        <translation>阻挠准入</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>观察记录</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Sketch</source>
        <translation>草图</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>登记簿摘录</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Custody and admission</source>
        <translation>羁押与收押</translation>
    </message>
    <message>
        <source>Disciplinary</source>
        <translation>纪律处分</translation>
    </message>
    <message>
        <source>Use of force and restraint</source>
        <translation>使用武力与约束措施</translation>
    </message>
    <message>
        <source>Segregation</source>
        <translation>隔离</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>医疗</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Incidents and deaths</source>
        <translation>事件与死亡</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>记录空缺</translation>
    </message>
    <message>
        <source>Erasures</source>
        <translation>涂改</translation>
    </message>
    <message>
        <source>Late entries</source>
        <translation>事后补记</translation>
    </message>
    <message>
        <source>Unsigned sanctions</source>
        <translation>处分未签字</translation>
    </message>
    <message>
        <source>Register missing</source>
        <translation>登记簿缺失</translation>
    </message>
    <message>
        <source>Inconsistent with other sources</source>
        <translation>与其他来源不一致</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Place-specific</source>
        <translation>针对具体场所</translation>
    </message>
    <message>
        <source>Systemic</source>
        <translation>系统性</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>面谈</translation>
    </message>
    <message>
        <source>Register check</source>
        <translation>登记簿核查</translation>
    </message>
    <message>
        <source>Access event</source>
        <translation>准入事件</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation>检查清单回答</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>部分</translation>
    </message>
</context>
<context>
    <name>vigil::VisitLifecycle</name>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>现场访问中</translation>
    </message>
    <message>
        <source>Fieldwork closed</source>
        <translation>实地工作结束</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>起草中</translation>
    </message>
    <message>
        <source>Internal review</source>
        <translation>内部审查</translation>
    </message>
    <message>
        <source>Sent to authorities</source>
        <translation>已送交当局</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已公开</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>The visit does not exist or was deleted.</source>
        <translation>该访问不存在或已被删除。</translation>
    </message>
    <message>
        <source>A visit cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>访问不能从“%1”转为“%2”。</translation>
    </message>
</context>
<context>
    <name>vigil::VisitListModel</name>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Unknown place</source>
        <translation>未知场所</translation>
    </message>
    <message>
        <source>Unannounced</source>
        <translation>不事先通知</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>事先通知</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知方式</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>vigil::VisitRepository</name>
    <message>
        <source>The planned end is before the planned start.</source>
        <translation>计划结束时间早于计划开始时间。</translation>
    </message>
    <message>
        <source>The time the team left is before the time it arrived.</source>
        <translation>小组离开时间早于到达时间。</translation>
    </message>
    <message>
        <source>The visit does not exist or was deleted.</source>
        <translation>该访问不存在或已被删除。</translation>
    </message>
    <message>
        <source>This person is already on the visit&apos;s team.</source>
        <translation>此人已在本次访问的小组中。</translation>
    </message>
    <message>
        <source>The visit already has a lead; give the current lead another role first.</source>
        <translation>本次访问已有组长；请先为现任组长指定其他角色。</translation>
    </message>
</context>
<context>
    <name>vigil::VisitWorkspace</name>
    <message>
        <source>Parts of the visit record</source>
        <translation>访问记录的组成部分</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>观察记录</translation>
    </message>
    <message>
        <source>Register checks</source>
        <translation>登记簿核查</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>准入记录</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>面谈</translation>
    </message>
    <message>
        <source>Observations and registers</source>
        <translation>观察记录与登记簿</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>调查结果</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Refusals, delays and obstruction of access</source>
        <translation>拒绝、延迟和阻挠准入</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Compile the visit report: outline, edits and a live preview</source>
        <translation>编制访问报告：大纲、编辑和实时预览</translation>
    </message>
</context>
<context>
    <name>vigil::VisitsPage</name>
    <message>
        <source>Visits</source>
        <translation>访问</translation>
    </message>
</context>
<context>
    <name>vigil::VocabularyLabels</name>
    <message>
        <source>Prison</source>
        <translation>监狱</translation>
    </message>
    <message>
        <source>Remand centre</source>
        <translation>审前羁押中心</translation>
    </message>
    <message>
        <source>Police custody</source>
        <translation>警察拘留场所</translation>
    </message>
    <message>
        <source>Court cells</source>
        <translation>法院羁押室</translation>
    </message>
    <message>
        <source>Immigration detention</source>
        <translation>移民拘留中心</translation>
    </message>
    <message>
        <source>Airport transit zone</source>
        <translation>机场过境区</translation>
    </message>
    <message>
        <source>Psychiatric hospital</source>
        <translation>精神病院</translation>
    </message>
    <message>
        <source>Social care home</source>
        <translation>社会照护机构</translation>
    </message>
    <message>
        <source>Juvenile centre</source>
        <translation>未成年人拘留中心</translation>
    </message>
    <message>
        <source>Military detention</source>
        <translation>军事拘留场所</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>押解运输</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公营</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>私营</translation>
    </message>
    <message>
        <source>In-depth</source>
        <translation>深入访问</translation>
    </message>
    <message>
        <source>Ad hoc</source>
        <translation>临时访问</translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation>专题访问</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>现场访问中</translation>
    </message>
    <message>
        <source>Fieldwork closed</source>
        <translation>实地工作结束</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>起草中</translation>
    </message>
    <message>
        <source>Internal review</source>
        <translation>内部审查</translation>
    </message>
    <message>
        <source>Sent to authorities</source>
        <translation>已送交当局</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已公开</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>部分接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>未执行</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>执行中</translation>
    </message>
    <message>
        <source>Partly implemented</source>
        <translation>部分执行</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>已执行</translation>
    </message>
    <message>
        <source>Reissued</source>
        <translation>已重新发布</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Facility management</source>
        <translation>场所管理层</translation>
    </message>
    <message>
        <source>Supervising authority</source>
        <translation>监督当局</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>主管部委</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation>立法机关</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>待遇</translation>
    </message>
    <message>
        <source>Protection measures</source>
        <translation>保护措施</translation>
    </message>
    <message>
        <source>Material conditions</source>
        <translation>物质条件</translation>
    </message>
    <message>
        <source>Regime and activities</source>
        <translation>作息制度与活动</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>医疗保健</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>调查结果</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>观察记录</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>面谈</translation>
    </message>
    <message>
        <source>Register check</source>
        <translation>登记簿核查</translation>
    </message>
    <message>
        <source>Access event</source>
        <translation>准入事件</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>调查结果</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>观察记录</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>面谈</translation>
    </message>
    <message>
        <source>Register checks</source>
        <translation>登记簿核查</translation>
    </message>
    <message>
        <source>Access events</source>
        <translation>准入事件</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>visit type</comment>
        <translation>跟进访问</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>visit state</comment>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>visit state</comment>
        <translation>后续跟进</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>visit state</comment>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>recommendation status</comment>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>recommendation status</comment>
        <translation>已结案</translation>
    </message>
</context>
<context>
    <name>vigil::WebDavError</name>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>服务器拒绝了该用户名或密码。</translation>
    </message>
    <message>
        <source>The sync server is out of space. Ask whoever runs it to free some; nothing was lost.</source>
        <translation>同步服务器空间已满。请让服务器管理员释放一些空间；没有任何内容丢失。</translation>
    </message>
    <message>
        <source>The sync server does not accept files this large.</source>
        <translation>同步服务器不接受如此大的文件。</translation>
    </message>
    <message>
        <source>The file or folder is not on the sync server. Check the server address.</source>
        <translation>同步服务器上没有该文件或文件夹。请检查服务器地址。</translation>
    </message>
    <message>
        <source>The sync server reported an error (HTTP %1). Vigil will try again later.</source>
        <translation>同步服务器报告了一个错误（HTTP %1）。Vigil 稍后将重试。</translation>
    </message>
    <message>
        <source>The sync server sent Vigil elsewhere (HTTP %1). Check the server address.</source>
        <translation>同步服务器将 Vigil 重定向到了别处（HTTP %1）。请检查服务器地址。</translation>
    </message>
    <message>
        <source>The sync server refused the request (HTTP %1).</source>
        <translation>同步服务器拒绝了该请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>The sync server cannot be reached. Check the network connection and the server address.</source>
        <translation>无法连接到同步服务器。请检查网络连接和服务器地址。</translation>
    </message>
    <message>
        <source>The connection to the sync server was interrupted. Nothing was lost; Vigil will try again.</source>
        <translation>与同步服务器的连接中断。没有任何内容丢失；Vigil 将重试。</translation>
    </message>
    <message numerus="yes">
        <source>The sync server did not answer for %n second(s). Vigil will try again later.</source>
        <translation>
            <numerusform>同步服务器在 %n 秒内没有响应。Vigil 稍后将重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync server&apos;s certificate cannot be trusted, so nothing was sent. Someone may be intercepting the connection, or the server is misconfigured; tell your coordinator.</source>
        <translation>同步服务器的证书不可信，因此未发送任何内容。可能有人正在拦截连接，或者服务器配置有误；请告知您的协调员。</translation>
    </message>
    <message>
        <source>The sync server&apos;s certificate is not the one your organisation registered, so nothing was sent. Someone may be intercepting the connection; tell your coordinator.</source>
        <translation>同步服务器的证书与您的组织登记的证书不符，因此未发送任何内容。可能有人正在拦截连接；请告知您的协调员。</translation>
    </message>
    <message>
        <source>The sync server sent a reply Vigil does not understand. Check the server address.</source>
        <translation>同步服务器发送了 Vigil 无法理解的回复。请检查服务器地址。</translation>
    </message>
</context>
<context>
    <name>vigil::WebDavTransport</name>
    <message>
        <source>The sync server address must start with https://.</source>
        <translation>同步服务器地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>Put the user name in its own field, not in the server address.</source>
        <translation>请将用户名填写在其专用字段中，而不是服务器地址中。</translation>
    </message>
    <message>
        <source>The sync server address must not contain &quot;?&quot; or &quot;#&quot;.</source>
        <translation>同步服务器地址不得包含“?”或“#”。</translation>
    </message>
    <message>
        <source>The user name for the sync server must not contain a colon.</source>
        <translation>同步服务器的用户名不得包含冒号。</translation>
    </message>
    <message>
        <source>The certificate pin must be a SHA-256 digest of 32 bytes.</source>
        <translation>证书固定值必须是 32 字节的 SHA-256 摘要。</translation>
    </message>
    <message>
        <source>WebDAV server %1</source>
        <translation>WebDAV 服务器 %1</translation>
    </message>
</context>
<context>
    <name>vigil::Workspace</name>
    <message>
        <source>Visit</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>an unknown place</source>
        <translation>未知场所</translation>
    </message>
    <message>
        <source>Visit to %1</source>
        <translation>对 %1 的访问</translation>
    </message>
    <message>
        <source>Visit to %1, %2</source>
        <translation>对 %1 的访问，%2</translation>
    </message>
</context>
<context>
    <name>vigil::WriteTx</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n characters</source>
        <translation>
            <numerusform>超过 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>必须在 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>不得小于 %1</translation>
    </message>
    <message>
        <source>must be a time after 1970</source>
        <translation>必须是 1970 年之后的时间</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>必须为是或否</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>“%1”不是以下值之一：%2</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>必须是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>must be the id of a record</source>
        <translation>必须是某条记录的 ID</translation>
    </message>
    <message>
        <source>must be binary data</source>
        <translation>必须是二进制数据</translation>
    </message>
    <message>
        <source>has an unknown type</source>
        <translation>类型未知</translation>
    </message>
    <message>
        <source>%1.%2: refers to a %3 that does not exist or was deleted</source>
        <translation>%1.%2：引用的%3不存在或已被删除</translation>
    </message>
    <message>
        <source>%1.%2: is required</source>
        <translation>%1.%2：为必填项</translation>
    </message>
    <message>
        <source>The %1 being changed does not exist or was deleted.</source>
        <translation>要更改的%1不存在或已被删除。</translation>
    </message>
    <message>
        <source>The %1 being deleted does not exist or was already deleted.</source>
        <translation>要删除的%1不存在或已被删除。</translation>
    </message>
    <message>
        <source>The %1 being restored does not exist or was not deleted.</source>
        <translation>要恢复的%1不存在或未被删除。</translation>
    </message>
</context>
<context>
    <name>vigil::attachmentjobs</name>
    <message>
        <source>The vault is locked.</source>
        <translation>保险库已锁定。</translation>
    </message>
    <message>
        <source>The attachment is not an image that can be shown.</source>
        <translation>该附件不是可显示的图像。</translation>
    </message>
</context>
<context>
    <name>vigil::cli::CliText</name>
    <message>
        <source>Passphrase: </source>
        <translation>口令： </translation>
    </message>
    <message>
        <source>warning: this passphrase is weak; a longer one made of several unrelated words is much harder to guess.</source>
        <translation>警告：此口令强度较弱；由几个互不相关的词组成的更长口令要难猜得多。</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>新口令： </translation>
    </message>
    <message>
        <source>This passphrase is too weak (%1). Use several unrelated words.</source>
        <translation>此口令强度太弱（%1）。请使用几个互不相关的词。</translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>再次输入新口令： </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>There is no Vigil vault at %1.</source>
        <translation>%1 处没有 Vigil 保险库。</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>恢复密钥：%1</translation>
    </message>
    <message>
        <source>Write the recovery key on paper and keep it apart from this computer, or give it to your coordinator. It is shown only once; with it, a forgotten passphrase can be replaced.</source>
        <translation>请将恢复密钥写在纸上，与这台计算机分开保管，或交给您的协调员。它只显示一次；凭此密钥可以替换遗忘的口令。</translation>
    </message>
    <message>
        <source>Created a vault at %1.</source>
        <translation>已在 %1 创建保险库。</translation>
    </message>
    <message>
        <source>Created a demo vault with fictional data at %1.</source>
        <translation>已在 %1 创建含虚构数据的演示保险库。</translation>
    </message>
    <message>
        <source>Fictional records: %1 places, %2 visits, %3 interviews, %4 findings, %5 recommendations.</source>
        <translation>虚构记录：%1 个场所，%2 次访问，%3 次面谈，%4 项调查结果，%5 项建议。</translation>
    </message>
    <message>
        <source>Passphrase: %1</source>
        <translation>口令：%1</translation>
    </message>
    <message>
        <source>Vault:            %1</source>
        <translation>保险库：          %1</translation>
    </message>
    <message>
        <source>Name:             %1</source>
        <translation>名称：            %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Vault id:         %1</source>
        <translation>保险库 ID：       %1</translation>
    </message>
    <message>
        <source>Created:          %1</source>
        <translation>创建时间：        %1</translation>
    </message>
    <message>
        <source>Schema version:   %1</source>
        <translation>架构版本：        %1</translation>
    </message>
    <message>
        <source>Database size:    %1</source>
        <translation>数据库大小：      %1</translation>
    </message>
    <message>
        <source>SQLCipher:        %1</source>
        <translation>SQLCipher：       %1</translation>
    </message>
    <message>
        <source>Key derivation:   Argon2id, %1 passes, %2 MiB</source>
        <translation>密钥派生：        Argon2id，%1 轮，%2 MiB</translation>
    </message>
    <message>
        <source>The vault is damaged or has been altered:</source>
        <translation>保险库已损坏或被更改：</translation>
    </message>
    <message>
        <source>The audit log has been altered:</source>
        <translation>审计日志已被更改：</translation>
    </message>
    <message numerus="yes">
        <source>The vault is intact: every page decrypts and authenticates, the database is consistent, and the audit chain of %n event(s) verifies.</source>
        <translation>
            <numerusform>保险库完好：每一页均能解密并通过认证，数据库一致，且包含 %n 个事件的审计链验证通过。</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase was changed. The old passphrase no longer opens the vault.</source>
        <translation>口令已更改。旧口令已无法打开保险库。</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>恢复密钥： </translation>
    </message>
    <message>
        <source>The vault is open again and has a new passphrase. The recovery key stays the same.</source>
        <translation>保险库已重新打开并使用新口令。恢复密钥保持不变。</translation>
    </message>
    <message>
        <source>This key decrypts the whole database. In the sqlcipher shell: PRAGMA key = &quot;x&apos;&lt;key&gt;&apos;&quot;; then query as usual. Do not store it.</source>
        <translation>此密钥可解密整个数据库。在 sqlcipher shell 中执行：PRAGMA key = &quot;x&apos;&lt;key&gt;&apos;&quot;; 然后照常查询。请勿保存此密钥。</translation>
    </message>
    <message>
        <source>search needs a QUERY.</source>
        <translation>search 需要一个 QUERY。</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation>日期格式为 YYYY-MM-DD。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n 条结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos; for %2.</source>
        <translation>%2 收到意外的参数“%1”。</translation>
    </message>
    <message>
        <source>Try &apos;vigil-cli --help&apos;.</source>
        <translation>请尝试运行“vigil-cli --help”。</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>--kdf-opslimit must be 1 to 64 and --kdf-memlimit-mib 8 to 4096.</source>
        <translation>--kdf-opslimit 必须为 1 到 64，--kdf-memlimit-mib 必须为 8 到 4096。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>No terminal to ask for the passphrase; use --passphrase-file FILE.</source>
        <translation>没有可用于询问口令的终端；请使用 --passphrase-file FILE。</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>无法写入报告。</translation>
    </message>
    <message>
        <source>There is no visit %1. &apos;vigil-cli report --list-visits&apos; shows the visits and their IDs.</source>
        <translation>不存在访问 %1。“vigil-cli report --list-visits”可列出各次访问及其 ID。</translation>
    </message>
    <message>
        <source>report needs --visit ID (&apos;vigil-cli report --list-visits&apos; shows the visits and their IDs).</source>
        <translation>report 需要 --visit ID（“vigil-cli report --list-visits”可列出各次访问及其 ID）。</translation>
    </message>
    <message>
        <source>--kind is internal (confidential notes), authorities (the report to the authorities) or public (the public summary).</source>
        <translation>--kind 可为 internal（内部保密笔记）、authorities（致当局的报告）或 public（公开摘要）。</translation>
    </message>
    <message>
        <source>report needs --out FILE, the file to write.</source>
        <translation>report 需要 --out FILE，即要写入的文件。</translation>
    </message>
    <message>
        <source>Say --format pdf, odt or html: the name %1 does not tell.</source>
        <translation>请指定 --format pdf、odt 或 html：无法从文件名 %1 判断格式。</translation>
    </message>
    <message>
        <source>--format is pdf, odt or html.</source>
        <translation>--format 可为 pdf、odt 或 html。</translation>
    </message>
    <message>
        <source>Vigil writes reports in these languages: %1.</source>
        <translation>Vigil 可用以下语言撰写报告：%1。</translation>
    </message>
    <message numerus="yes">
        <source>The publication guard takes out %n item(s) this kind of report may not show:</source>
        <translation>
            <numerusform>发布审查将删除 %n 项此类报告不得显示的内容：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The publication guard has %n warning(s); no file was written.</source>
        <translation>
            <numerusform>发布审查发出 %n 条警告；未写入任何文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n warning(s) of the publication guard (recorded in the audit log):</source>
        <translation>
            <numerusform>已接受发布审查的 %n 条警告（已记入审计日志）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>（无日期）</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  %3 — %4, %5, %n recommendation(s)</source>
        <translation>
            <numerusform>%1  %2  %3 — %4，%5，%n 项建议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s).</source>
        <translation>
            <numerusform>共 %n 次访问。</numerusform>
        </translation>
    </message>
    <message>
        <source>stats needs --year YYYY (or --year FROM-TO).</source>
        <translation>stats 需要 --year YYYY（或 --year FROM-TO）。</translation>
    </message>
    <message>
        <source>--year takes a year such as 2024, or a range of up to %1 years such as 2020-2024.</source>
        <translation>--year 接受一个年份（如 2024），或最多 %1 年的年份范围（如 2020-2024）。</translation>
    </message>
    <message>
        <source>stats writes --format csv only.</source>
        <translation>stats 只支持 --format csv。</translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation>无法写入标准输出。</translation>
    </message>
    <message>
        <source>--accept-warnings needs the digest of the warnings to accept, as --accept-warnings=DIGEST: run the report without it, check the warnings it lists, and pass the digest it prints. A new or changed warning gives a new digest, so a script cannot accept warnings nobody has seen.</source>
        <translation>--accept-warnings 需要所接受警告的摘要值，格式为 --accept-warnings=DIGEST：请先不带此选项运行 report，检查其列出的警告，再传入其打印的摘要值。新的或有变化的警告会产生新的摘要值，因此脚本无法接受任何人都未看过的警告。</translation>
    </message>
    <message>
        <source>text holding a name or number of an identity entry</source>
        <translation>含有身份条目中姓名或号码的文本</translation>
    </message>
    <message>
        <source>a quote the interviewee&apos;s consent does not allow</source>
        <translation>受访者的同意不允许使用的引语</translation>
    </message>
    <message>
        <source>a quote whose interviewee withdrew consent</source>
        <translation>受访者已撤回同意的引语</translation>
    </message>
    <message>
        <source>a quote from an interviewee at high risk of reprisals</source>
        <translation>遭受报复风险很高的受访者的引语</translation>
    </message>
    <message>
        <source>a sentence or quote that may single out one person</source>
        <translation>可能单独指认出某一个人的句子或引语</translation>
    </message>
    <message>
        <source>an interview code that links the report to the interview record</source>
        <translation>使报告与面谈记录相关联的面谈代码</translation>
    </message>
    <message>
        <source>see Vigil&apos;s report builder</source>
        <translation>见 Vigil 的报告编辑器</translation>
    </message>
    <message>
        <source>%1 (%2): %3 [%4]</source>
        <translation>%1（%2）：%3 [%4]</translation>
    </message>
    <message numerus="yes">
        <source>The publication guard&apos;s %n warning(s) are not those of the digest %1; no file was written.</source>
        <translation>
            <numerusform>发布审查的 %n 条警告与摘要值 %1 所对应的警告不符；未写入任何文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sentences are not printed; Vigil&apos;s report builder shows them, or --show-sentences at a terminal.</source>
        <translation>不打印这些句子；可在 Vigil 的报告编辑器中查看，或在终端中使用 --show-sentences。</translation>
    </message>
    <message>
        <source>Digest of these warnings: %1</source>
        <translation>这些警告的摘要值：%1</translation>
    </message>
    <message>
        <source>Change the text in Vigil&apos;s report builder, or accept exactly these warnings with --accept-warnings=%1 (the decision is recorded in the audit log).</source>
        <translation>请在 Vigil 的报告编辑器中修改文本，或使用 --accept-warnings=%1 仅接受这些警告（该决定将记入审计日志）。</translation>
    </message>
    <message>
        <source>bundle needs export or import.</source>
        <translation>bundle 需要 export 或 import。</translation>
    </message>
    <message>
        <source>Usage: vigil-cli [OPTIONS] COMMAND [ARGS]

Vigil&apos;s command line: the same encrypted vault as the Vigil window.

Commands:
  init        create a new vault (prints the recovery key once)
  demo        create a vault filled with fictional demo data
  info        show the vault&apos;s identity, format and key-derivation settings
  verify      check every page&apos;s encryption, the database and the audit chain
  passwd      change the passphrase (the data is not re-encrypted)
  recover     set a new passphrase using the recovery key
  db-key      print the SQLCipher key, to open vigil.db in the sqlcipher shell
  search QUERY  full-text search of notes, findings, recommendations, observations
  stats       the annual figures of a year, or of several, as CSV
  report      a visit&apos;s report as PDF, ODT or HTML, through the publication guard
  org ACTION  the organisation: show, create, transport, invite, join, receive, devices, approve, refuse, revoke (see below)
  sync        one round of sync: receive, import, send (over the configured folder or WebDAV server, or --folder DIR)
  bundle export --out DIR | bundle import FILE... bundles for every peer into a mailbox folder, or import bundle files

Options:
  --vault DIR                the vault folder (default: %1)
  --passphrase-file FILE     read the passphrase from the first line of FILE
  --new-passphrase-file FILE the new passphrase, for init, passwd and recover
  --recovery-key-file FILE   the recovery key, for recover
  --name NAME                the vault&apos;s display name, for init and demo
  --force                    demo: replace an existing demo vault
  --place ID                 search: only this place&apos;s visits
  --from DATE, --to DATE     search: visits from/to this date (YYYY-MM-DD)
  --category CODE            search: only findings of this category
  --year YYYY[-YYYY]         stats: the year, or a series of years (one column each)
  --format csv               stats: the output format (default csv)
  --out FILE                 stats: write to FILE (with a UTF-8 byte order mark)
                             instead of standard output
  --list-visits              report: list the visits (ID, date, place, number of
                             recommendations), latest first; --place ID narrows it
  --visit ID                 report: the visit whose report to export
  --kind KIND                report: internal (confidential notes), authorities
                             (the report to the authorities) or public (summary)
  --format pdf|odt|html      report: the file format (default: from --out&apos;s ending)
  --out FILE                 report: the file to write, whole or not at all
  --language LANG            report: ar, en, es, fr, ru or zh_CN (default: the
                             visit&apos;s working language)
  --accept-warnings=DIGEST   report: accept the publication guard&apos;s warnings
                             whose digest a blocked run printed (recorded in the
                             audit log) and write the file
  --show-sentences           report: also print the sentence behind each warning,
                             only when standard error is a terminal
  --role ROLE                org invite: coordinator, lead or monitor
  --person ID                org invite: the person record of the invited user
  --label TEXT               org invite: who the invitation is for
  --folder DIR               org transport, sync: the mailbox folder
  --webdav URL               org transport: the mailbox on a WebDAV server (https)
  --user NAME, --password-file FILE
                             org transport: the WebDAV account (the password is
                             kept in the encrypted vault)
  --pin HEX                  org transport: SHA-256 of the server&apos;s public key
  --kdf-opslimit N           Argon2id passes (default 3)
  --kdf-memlimit-mib N       Argon2id memory in MiB (default 256)
  --verbose                  print technical details of errors
  -h, --help                 show this help
  --version                  show the version

Without a --passphrase-file, passphrases are read from the terminal without echo.

A report from the demo vault:
  vigil-cli demo                       (prints the passphrase)
  vigil-cli --vault %2 report --list-visits
  vigil-cli --vault %2 report --visit ID \
            --kind authorities --out report.pdf
Joining an organisation:
  coordinator: vigil-cli org create --name &quot;NPM&quot;
               vigil-cli org transport --webdav https://cloud.example.org/vigil/ \
                         --user npm-sync --password-file pw.txt
               vigil-cli org invite --role monitor --label &quot;Amina&quot; --out amina.vgi
  monitor:     vigil-cli org join amina.vgi --name &quot;Amina&apos;s laptop&quot;
               vigil-cli sync           (delivers the enrolment request)
  coordinator: vigil-cli sync           (receives it, prints its fingerprint)
               vigil-cli org approve DEVICE   (after comparing fingerprints by phone)

The publication guard always takes out what a kind of report may not show and
says so. If it warns (someone could be recognised), nothing is written and the
command exits 8 and prints the warnings&apos; digest: fix the text in Vigil&apos;s report
builder, or accept exactly these warnings with --accept-warnings=DIGEST (new or
changed warnings give a new digest and stop the export again).

Exit codes:
  0 success            1 other error          2 usage error
  3 wrong passphrase or recovery key          4 integrity failure (damaged or altered)
  5 vault not found    6 storage error (read-only, disk full, I/O)
  7 already exists     8 report not written: the publication guard warns
                         (and --accept-warnings names other warnings)
</source>
        <translation>用法：vigil-cli [OPTIONS] COMMAND [ARGS]

Vigil 的命令行：与 Vigil 窗口使用同一个加密保险库。

命令：
  init        创建新保险库（仅打印一次恢复密钥）
  demo        创建一个填充了虚构演示数据的保险库
  info        显示保险库的标识、格式和密钥派生设置
  verify      检查每一页的加密、数据库和审计链
  passwd      更改口令（数据不会重新加密）
  recover     使用恢复密钥设置新口令
  db-key      打印 SQLCipher 密钥，用于在 sqlcipher shell 中打开 vigil.db
  search QUERY  全文搜索笔记、调查结果、建议和观察记录
  stats       某一年或若干年的年度数据，CSV 格式
  report      经发布审查后，以 PDF、ODT 或 HTML 格式输出某次访问的报告
  org ACTION  组织：show、create、transport、invite、join、receive、 devices、approve、refuse、revoke（见下文）
  sync        进行一轮同步：接收、导入、发送（通过已配置的 文件夹或 WebDAV 服务器，或 --folder DIR）
  bundle export --out DIR | bundle import FILE... 为每个对等设备将同步包写入邮箱文件夹，或导入同步包文件

选项：
  --vault DIR                保险库文件夹（默认：%1）
  --passphrase-file FILE     从 FILE 的第一行读取口令
  --new-passphrase-file FILE 新口令，用于 init、passwd 和 recover
  --recovery-key-file FILE   恢复密钥，用于 recover
  --name NAME                保险库的显示名称，用于 init 和 demo
  --force                    demo：替换已有的演示保险库
  --place ID                 search：仅限该场所的访问
  --from DATE, --to DATE     search：自/至该日期的访问（YYYY-MM-DD）
  --category CODE            search：仅限该类别的调查结果
  --year YYYY[-YYYY]         stats：年份，或一系列年份（每年一列）
  --format csv               stats：输出格式（默认 csv）
  --out FILE                 stats：写入 FILE（带 UTF-8 字节顺序标记），
                             而不是标准输出
  --list-visits              report：列出各次访问（ID、日期、场所、建议
                             数量），最新的在前；--place ID 可缩小范围
  --visit ID                 report：要导出其报告的访问
  --kind KIND                report：internal（保密笔记）、authorities
                             （致当局的报告）或 public（摘要）
  --format pdf|odt|html      report：文件格式（默认：根据 --out 的扩展名）
  --out FILE                 report：要写入的文件，要么完整写入，要么完全不写
  --language LANG            report：ar、en、es、fr、ru 或 zh_CN（默认：
                             该访问的工作语言）
  --accept-warnings=DIGEST   report：接受发布审查的警告，其摘要值由
                             被阻止的运行打印（记入审计日志），
                             并写入文件
  --show-sentences           report：同时打印每条警告所依据的句子，
                             仅当标准错误输出为终端时
  --role ROLE                org invite：coordinator、lead 或 monitor
  --person ID                org invite：受邀用户的人员记录
  --label TEXT               org invite：邀请对象
  --folder DIR               org transport、sync：邮箱文件夹
  --webdav URL               org transport：WebDAV 服务器上的邮箱（https）
  --user NAME, --password-file FILE
                             org transport：WebDAV 帐户（密码保存在
                             加密保险库中）
  --pin HEX                  org transport：服务器公钥的 SHA-256 值
  --kdf-opslimit N           Argon2id 轮数（默认 3）
  --kdf-memlimit-mib N       Argon2id 内存，单位 MiB（默认 256）
  --verbose                  打印错误的技术细节
  -h, --help                 显示此帮助
  --version                  显示版本

如果未指定 --passphrase-file，则从终端读取口令，且不回显。

从演示保险库生成报告：
  vigil-cli demo                       （打印口令）
  vigil-cli --vault %2 report --list-visits
  vigil-cli --vault %2 report --visit ID \
            --kind authorities --out report.pdf
加入组织：
  协调员：     vigil-cli org create --name &quot;NPM&quot;
               vigil-cli org transport --webdav https://cloud.example.org/vigil/ \
                         --user npm-sync --password-file pw.txt
               vigil-cli org invite --role monitor --label &quot;Amina&quot; --out amina.vgi
  监察员：     vigil-cli org join amina.vgi --name &quot;Amina&apos;s laptop&quot;
               vigil-cli sync           （递送注册请求）
  协调员：     vigil-cli sync           （接收请求并打印其指纹）
               vigil-cli org approve DEVICE   （通过电话比对指纹之后）

发布审查始终会删除某类报告不得显示的内容，并加以说明。
如果发出警告（有人可能被识别出来），则不写入任何内容，
命令以退出码 8 退出，并打印这些警告的摘要值：请在 Vigil 的报告编辑器中
修改文本，或使用 --accept-warnings=DIGEST 仅接受这些警告（新的或
更改过的警告会产生新的摘要值，并再次中止导出）。

退出码：
  0 成功               1 其他错误             2 用法错误
  3 口令或恢复密钥错误                        4 完整性校验失败（已损坏或被更改）
  5 未找到保险库       6 存储错误（只读、磁盘已满、I/O）
  7 已存在             8 未写入报告：发布审查发出警告
                         （且 --accept-warnings 指定的是其他警告）
</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is too large to be a Vigil organisation file.</source>
        <translation>%1 太大，不可能是 Vigil 组织文件。</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>协调员</translation>
    </message>
    <message>
        <source>lead inspector</source>
        <translation>首席监察员</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>监察员</translation>
    </message>
    <message>
        <source>This device: %1</source>
        <translation>本设备：%1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>指纹：%1</translation>
    </message>
    <message>
        <source>Not in an organisation (standalone vault).</source>
        <translation>未加入组织（独立保险库）。</translation>
    </message>
    <message>
        <source>Organisation: %1 (%2)</source>
        <translation>组织：%1（%2）</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <source>Enrolled.</source>
        <translation>已注册。</translation>
    </message>
    <message>
        <source>Waiting for the coordinator&apos;s approval.</source>
        <translation>正在等待协调员批准。</translation>
    </message>
    <message>
        <source>Give either --folder DIR or --webdav URL.</source>
        <translation>请指定 --folder DIR 或 --webdav URL 之一。</translation>
    </message>
    <message>
        <source>--pin takes the SHA-256 of the server&apos;s public key, 64 hexadecimal digits.</source>
        <translation>--pin 接受服务器公钥的 SHA-256 值，即 64 位十六进制数字。</translation>
    </message>
    <message>
        <source>org invite needs --role and --out FILE.vgi.</source>
        <translation>org invite 需要 --role 和 --out FILE.vgi。</translation>
    </message>
    <message>
        <source>Invitation written to %1. Hand it over in person or on a USB stick; it can be used once, within 14 days.</source>
        <translation>邀请已写入 %1。请当面或通过 U 盘交付；它只能使用一次，有效期 14 天。</translation>
    </message>
    <message>
        <source>org join needs the invitation file.</source>
        <translation>org join 需要邀请文件。</translation>
    </message>
    <message>
        <source>Joined %1 as %2, waiting for approval.</source>
        <translation>已以%2身份加入 %1，正在等待批准。</translation>
    </message>
    <message>
        <source>Coordinator&apos;s fingerprint: %1</source>
        <translation>协调员的指纹：%1</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint: %1</source>
        <translation>本设备的指纹：%1</translation>
    </message>
    <message>
        <source>Your next sync sends the request to the coordinator. Then read both fingerprints to each other by phone: they must match exactly.</source>
        <translation>您下次同步时会将请求发送给协调员。然后双方通过电话互相读出两个指纹：它们必须完全一致。</translation>
    </message>
    <message>
        <source>Your next sync sends the request to the coordinator (or carry %1 to them). Then read both fingerprints to each other by phone: they must match exactly.</source>
        <translation>您下次同步时会将请求发送给协调员（或将 %1 带给对方）。然后双方通过电话互相读出两个指纹：它们必须完全一致。</translation>
    </message>
    <message>
        <source>org receive needs the enrolment request file.</source>
        <translation>org receive 需要注册请求文件。</translation>
    </message>
    <message>
        <source>Request from %1 (%2, invited as %3).</source>
        <translation>来自 %1 的请求（%2，受邀角色为%3）。</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <source>Compare the fingerprint by phone with the one shown on the device, then: vigil-cli org approve %1</source>
        <translation>请通过电话将指纹与该设备上显示的指纹进行比对，然后运行：vigil-cli org approve %1</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>已于 %1 撤销</translation>
    </message>
    <message>
        <source>%1  waiting for approval  %2  %3</source>
        <translation>%1  正在等待批准  %2  %3</translation>
    </message>
    <message>
        <source>org %1 needs the device id.</source>
        <translation>org %1 需要设备 ID。</translation>
    </message>
    <message>
        <source>%1 is now in the organisation as %2. It receives the device list with your next sync.</source>
        <translation>%1 现已作为%2加入组织。它将在您下次同步时收到设备名单。</translation>
    </message>
    <message>
        <source>The request was refused.</source>
        <translation>已拒绝该请求。</translation>
    </message>
    <message>
        <source>The device is revoked: its bundles are refused from now on, and nothing more is sent to it.</source>
        <translation>该设备已被撤销：从现在起其同步包将被拒绝，也不再向其发送任何内容。</translation>
    </message>
    <message>
        <source>org needs one of: %1.</source>
        <translation>org 需要以下之一：%1。</translation>
    </message>
    <message>
        <source>org create needs --name, the organisation&apos;s name.</source>
        <translation>org create 需要 --name，即组织名称。</translation>
    </message>
    <message numerus="yes">
        <source>%1: imported (%n change(s)).</source>
        <translation>
            <numerusform>%1：已导入（%n 项更改）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already imported, nothing changed.</source>
        <translation>%1：已导入过，未作任何更改。</translation>
    </message>
    <message>
        <source>%1: waits for an earlier bundle from the same device.</source>
        <translation>%1：正在等待同一设备更早的同步包。</translation>
    </message>
    <message>
        <source>%1: refused and moved to the quarantine folder. %2</source>
        <translation>%1：已拒绝并移至隔离文件夹。%2</translation>
    </message>
    <message>
        <source>Enrolment request from %1 (%2). Fingerprint: %3. Compare it by phone, then: vigil-cli org approve %4</source>
        <translation>来自 %1（%2）的注册请求。指纹：%3。请通过电话比对，然后运行：vigil-cli org approve %4</translation>
    </message>
    <message>
        <source>An enrolment request was refused: %1</source>
        <translation>一个注册请求被拒绝：%1</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>正在与 %1 同步…</translation>
    </message>
    <message>
        <source>Your enrolment request was delivered to the coordinator.</source>
        <translation>您的注册请求已递送给协调员。</translation>
    </message>
    <message>
        <source>Attachment %1 is too large to travel in a bundle; it stays on this device.</source>
        <translation>附件 %1 太大，无法通过同步包传送；它将保留在本设备上。</translation>
    </message>
    <message numerus="yes">
        <source>Retention: the sensitive content of %n closed visit(s) was removed from this device.</source>
        <translation>
            <numerusform>保留期限：已从本设备删除 %n 次已结束访问的敏感内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>bundle export needs --out DIR, the mailbox folder (for example on a USB stick).</source>
        <translation>bundle export 需要 --out DIR，即邮箱文件夹（例如位于 U 盘上）。</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 个同步包写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>bundle import needs one or more files.</source>
        <translation>bundle import 需要一个或多个文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) were refused.</source>
        <translation>
            <numerusform>%n 个同步包被拒绝。</numerusform>
        </translation>
    </message>
    <message>
        <source>This device was revoked by the coordinator: it no longer syncs.</source>
        <translation>此设备已被协调员撤销授权：不再同步。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
</context>
<context>
    <name>vigil::report::AnnexSections</name>
    <message>
        <source>Annexes</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Photo %1: %2</source>
        <translation>照片 %1：%2</translation>
    </message>
    <message>
        <source>Registers examined</source>
        <translation>查阅的登记簿</translation>
    </message>
    <message>
        <source>Registers examined during the visit</source>
        <translation>访问期间查阅的登记簿</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记簿</translation>
    </message>
    <message>
        <source>Period examined</source>
        <translation>查阅的时段</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>未发现</translation>
    </message>
</context>
<context>
    <name>vigil::report::AnnualStatistics</name>
    <message>
        <source>Choose from one to %1 years between 1 and 9998.</source>
        <translation>请选择 1 至 %1 个年份，年份须在 1 到 9998 之间。</translation>
    </message>
</context>
<context>
    <name>vigil::report::FindingSections</name>
    <message>
        <source>Standards: %1</source>
        <translation>标准：%1</translation>
    </message>
    <message numerus="yes">
        <source>Severity: %1. Corroborated by %n source(s).</source>
        <translation>
            <numerusform>严重程度：%1。有 %n 个来源佐证。</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>调查结果</translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation>良好做法</translation>
    </message>
    <message>
        <source>The team made no findings on this visit.</source>
        <translation>小组在本次访问中未得出调查结果。</translation>
    </message>
</context>
<context>
    <name>vigil::report::GuardText</name>
    <message>
        <source>the only woman;the only women;the only female;the only girl;the only boy;the only man;the only foreign national;the only foreigner;the only non-national;the only child;the only minor;the only juvenile;the only detainee;the only prisoner;the only patient;the only resident;the only person;the only one;only one woman;only one foreign national;only one child;sole woman;sole foreign national;sole detainee;sole</source>
        <comment>phrases of a report that single out one person, separated by semicolons; translate them and add the forms your language uses (genders, cases)</comment>
        <translation>唯一的女性;唯一一名女性;唯一的妇女;唯一一名妇女;唯一的女童;唯一一名女童;唯一的女孩;唯一的男童;唯一一名男童;唯一的男孩;唯一的男性;唯一一名男性;唯一的外国国民;唯一一名外国国民;唯一的外国人;唯一一名外国人;唯一的非本国国民;唯一的儿童;唯一一名儿童;唯一的未成年人;唯一一名未成年人;唯一的少年;唯一的被拘留者;唯一一名被拘留者;唯一的囚犯;唯一一名囚犯;唯一的患者;唯一一名患者;唯一的病人;唯一的入住者;唯一一名入住者;唯一的人;唯一一人;唯一一位女性;唯一一位外国国民;只有一名女性;只有一名外国国民;只有一名儿童;仅有一名女性;仅有一名外国国民;仅有一名儿童</translation>
    </message>
</context>
<context>
    <name>vigil::report::HtmlRenderer</name>
    <message>
        <source>Place</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Type of place</source>
        <translation>场所类型</translation>
    </message>
    <message>
        <source>Authority responsible</source>
        <translation>主管当局</translation>
    </message>
    <message>
        <source>Dates of the visit</source>
        <translation>访问日期</translation>
    </message>
    <message>
        <source>Type of visit</source>
        <translation>访问类型</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知方式</translation>
    </message>
    <message>
        <source>Unannounced visit</source>
        <translation>不事先通知的访问</translation>
    </message>
    <message>
        <source>Announced visit</source>
        <translation>事先通知的访问</translation>
    </message>
    <message>
        <source>Addressed to: %1</source>
        <translation>致送对象：%1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>优先级：%1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>期限：%1</translation>
    </message>
</context>
<context>
    <name>vigil::report::ImageMetadata</name>
    <message>
        <source>The photo is damaged or not a JPEG or PNG image.</source>
        <translation>照片已损坏，或不是 JPEG 或 PNG 图像。</translation>
    </message>
</context>
<context>
    <name>vigil::report::MethodologySection</name>
    <message>
        <source>Methodology</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Objectives of the visit: %1</source>
        <translation>访问目标：%1</translation>
    </message>
    <message>
        <source>The team visited the following parts of the place: %1.</source>
        <translation>小组访问了该场所的以下部分：%1。</translation>
    </message>
    <message numerus="yes">
        <source>It recorded %n observation(s) on site.</source>
        <translation>
            <numerusform>小组在现场记录了 %n 项观察。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The team held %n interview(s): %1.</source>
        <translation>
            <numerusform>小组共进行了 %n 次面谈：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private interview(s) could not be held without witnesses.</source>
        <translation>
            <numerusform>有 %n 次私下面谈未能在无证人在场的情况下进行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The team held no interviews.</source>
        <translation>小组未进行任何面谈。</translation>
    </message>
    <message>
        <source>It examined the following registers: %1.</source>
        <translation>小组查阅了以下登记簿：%1。</translation>
    </message>
    <message>
        <source>The team had access to every place and person it asked to see, without delay.</source>
        <translation>小组得以不受延误地进入其要求查看的所有地点并接触其要求会见的所有人员。</translation>
    </message>
    <message numerus="yes">
        <source>The team&apos;s access was refused, delayed or obstructed %n time(s).</source>
        <translation>
            <numerusform>小组的准入 %n 次遭到拒绝、延迟或阻挠。</numerusform>
        </translation>
    </message>
    <message>
        <source>Refusals, delays and obstructions of access</source>
        <translation>拒绝、延迟和阻挠准入情况</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Official: %1</source>
        <translation>官员：%1</translation>
    </message>
    <message>
        <source>time not recorded</source>
        <translation>未记录时间</translation>
    </message>
</context>
<context>
    <name>vigil::report::OdtRenderer</name>
    <message>
        <source>The ODT document could not be written.</source>
        <translation>无法写入 ODT 文档。</translation>
    </message>
</context>
<context>
    <name>vigil::report::PdfRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>无法写入 PDF。</translation>
    </message>
</context>
<context>
    <name>vigil::report::PublicationGuard</name>
    <message>
        <source>Cover page</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>This text holds identity data of an interviewee (a name or number of an identity entry). It was taken out.</source>
        <translation>此文本含有受访者的身份数据（身份条目中的姓名或号码），已予删除。</translation>
    </message>
    <message>
        <source>The interview code %1 links the report to the interview record.</source>
        <translation>面谈代码 %1 会使报告与面谈记录相关联。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may single out one person.</source>
        <translation>“%1”可能会单独指认出某一个人。</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>该场所</translation>
    </message>
    <message>
        <source>The quoted person is the only %1 among the people interviewed in %2: the quote may identify them.</source>
        <translation>被引用者是在%2接受面谈的人员中唯一的%1：该引语可能暴露其身份。</translation>
    </message>
</context>
<context>
    <name>vigil::report::QuoteConsent</name>
    <message>
        <source>The interviewee withdrew consent: the quote was taken out.</source>
        <translation>受访者已撤回同意：该引语已删除。</translation>
    </message>
    <message>
        <source>The interviewee did not agree to be quoted: the quote was taken out.</source>
        <translation>受访者未同意被引用：该引语已删除。</translation>
    </message>
    <message>
        <source>The interviewee is at high risk of reprisals: the quote was taken out of the public summary.</source>
        <translation>受访者遭受报复的风险很高：该引语已从公开摘要中删除。</translation>
    </message>
    <message>
        <source>The interviewee is at high risk of reprisals, and the authorities may recognise who said this.</source>
        <translation>受访者遭受报复的风险很高，且当局可能辨认出是谁说了这些话。</translation>
    </message>
</context>
<context>
    <name>vigil::report::RecommendationSections</name>
    <message>
        <source>Repeats recommendation %1 of the visit of %2</source>
        <translation>重复提出 %2 访问时的第 %1 项建议</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>The team made no recommendations on this visit.</source>
        <translation>小组在本次访问中未提出任何建议。</translation>
    </message>
    <message>
        <source>Follow-up of earlier recommendations</source>
        <translation>先前建议的后续跟进</translation>
    </message>
    <message>
        <source>No earlier recommendation to this place awaits implementation.</source>
        <translation>此前向该场所提出的建议均无待执行者。</translation>
    </message>
    <message>
        <source>Recommendations of earlier visits and their status</source>
        <translation>先前访问提出的建议及其状态</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>vigil::report::ReportBuilder</name>
    <message>
        <source>Internal notes on the visit to %1</source>
        <translation>关于访问%1的内部笔记</translation>
    </message>
    <message>
        <source>Visit to %1: public summary</source>
        <translation>访问%1：公开摘要</translation>
    </message>
    <message>
        <source>Report on the visit to %1</source>
        <translation>关于访问%1的报告</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>The monitoring team</source>
        <translation>监察小组</translation>
    </message>
    <message>
        <source>%1 visited %2 (%3).</source>
        <translation>%1访问了%2（%3）。</translation>
    </message>
    <message>
        <source>%1 visited %2 (%3) on %4.</source>
        <translation>%1于 %4 访问了%2（%3）。</translation>
    </message>
    <message>
        <source>The visit was unannounced.</source>
        <translation>此次访问未事先通知。</translation>
    </message>
    <message>
        <source>The visit was announced in advance.</source>
        <translation>此次访问已事先通知。</translation>
    </message>
    <message numerus="yes">
        <source>The team made %n finding(s).</source>
        <translation>
            <numerusform>小组得出了 %n 项调查结果。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This report makes %n recommendation(s).</source>
        <translation>
            <numerusform>本报告提出 %n 项建议。</numerusform>
        </translation>
    </message>
    <message>
        <source>Confidential — internal notes of the monitoring body</source>
        <translation>机密 — 监察机构内部笔记</translation>
    </message>
    <message>
        <source>Confidential — internal notes of %1</source>
        <translation>机密 — %1内部笔记</translation>
    </message>
</context>
<context>
    <name>vigil::report::ReportEditRepository</name>
    <message>
        <source>The report has no such part.</source>
        <translation>报告中没有此部分。</translation>
    </message>
    <message>
        <source>The quote or paragraph does not exist or was deleted.</source>
        <translation>该引语或段落不存在或已被删除。</translation>
    </message>
    <message>
        <source>A recommendation&apos;s text is changed in the recommendation itself, so that the report and the follow-up say the same.</source>
        <translation>建议的文本须在建议本身中更改，以便报告与后续跟进的表述保持一致。</translation>
    </message>
    <message>
        <source>A quote or paragraph cannot be empty; remove it instead.</source>
        <translation>引语或段落不能为空；请改为将其移除。</translation>
    </message>
    <message>
        <source>Type or paste the words to quote.</source>
        <translation>请键入或粘贴要引用的原话。</translation>
    </message>
    <message>
        <source>Quotes come from the interviews of the report&apos;s own visit.</source>
        <translation>引语须来自报告所属访问中的面谈。</translation>
    </message>
    <message>
        <source>The interviewee withdrew consent: nothing said in this interview can be quoted.</source>
        <translation>受访者已撤回同意：此次面谈中的任何内容均不得引用。</translation>
    </message>
    <message>
        <source>The interviewee did not agree to be quoted.</source>
        <translation>受访者未同意被引用。</translation>
    </message>
    <message>
        <source>A paragraph cannot be empty.</source>
        <translation>段落不能为空。</translation>
    </message>
    <message>
        <source>The report edit does not exist or was deleted.</source>
        <translation>该报告编辑不存在或已被删除。</translation>
    </message>
</context>
<context>
    <name>vigil::report::ReportFile</name>
    <message>
        <source>No file name was given for the report.</source>
        <translation>未提供报告的文件名。</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name for the report.</source>
        <translation>%1 是一个文件夹；请为报告选择文件名。</translation>
    </message>
</context>
<context>
    <name>vigil::report::ReportLabels</name>
    <message>
        <source>Custody and admission register</source>
        <translation>羁押和收押登记簿</translation>
    </message>
    <message>
        <source>Disciplinary register</source>
        <translation>纪律处分登记簿</translation>
    </message>
    <message>
        <source>Use of force and restraint register</source>
        <translation>使用武力和约束登记簿</translation>
    </message>
    <message>
        <source>Segregation register</source>
        <translation>隔离登记簿</translation>
    </message>
    <message>
        <source>Medical register</source>
        <translation>医疗登记簿</translation>
    </message>
    <message>
        <source>Complaints register</source>
        <translation>投诉登记簿</translation>
    </message>
    <message>
        <source>Register of incidents and deaths</source>
        <translation>事件和死亡登记簿</translation>
    </message>
    <message>
        <source>gaps</source>
        <translation>记录空缺</translation>
    </message>
    <message>
        <source>erasures</source>
        <translation>涂改</translation>
    </message>
    <message>
        <source>late entries</source>
        <translation>事后补记</translation>
    </message>
    <message>
        <source>unsigned sanctions</source>
        <translation>处分未签字</translation>
    </message>
    <message>
        <source>register missing</source>
        <translation>登记簿缺失</translation>
    </message>
    <message>
        <source>inconsistent with other sources</source>
        <translation>与其他来源不一致</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>拒绝准入</translation>
    </message>
    <message>
        <source>Access delayed</source>
        <translation>延迟准入</translation>
    </message>
    <message>
        <source>Work obstructed</source>
        <translation>工作受到阻挠</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>代表团团长</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>监察员</translation>
    </message>
    <message>
        <source>Medical experts</source>
        <translation>医学专家</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>口译员</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>协调员</translation>
    </message>
    <message>
        <source>Detainee, private interview</source>
        <translation>被拘留者，私下面谈</translation>
    </message>
    <message>
        <source>Group interview</source>
        <translation>集体面谈</translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>管理层</translation>
    </message>
    <message>
        <source>External source</source>
        <translation>外部来源</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>child</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>person with a disability</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <source>LGBTI person</source>
        <translation>LGBTI 人士</translation>
    </message>
    <message>
        <source>member of a minority</source>
        <translation>少数群体成员</translation>
    </message>
    <message>
        <source>indigenous person</source>
        <translation>土著人</translation>
    </message>
    <message>
        <source>foreign national</source>
        <translation>外国国民</translation>
    </message>
    <message>
        <source>older person</source>
        <translation>老年人</translation>
    </message>
    <message numerus="yes">
        <source>%n private interview(s) with detainees</source>
        <translation>
            <numerusform>与被拘留者的私下面谈 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group interview(s)</source>
        <translation>
            <numerusform>集体面谈 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) with staff</source>
        <translation>
            <numerusform>与工作人员的面谈 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) with the management</source>
        <translation>
            <numerusform>与管理层的面谈 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) with external sources</source>
        <translation>
            <numerusform>与外部来源的面谈 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of dates</comment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>vigil::report::StatisticRows</name>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Places visited, by type</source>
        <translation>所访问的场所（按类型）</translation>
    </message>
    <message>
        <source>Places on record, by type</source>
        <translation>记录在案的场所（按类型）</translation>
    </message>
    <message>
        <source>Visits, by type</source>
        <translation>访问（按类型）</translation>
    </message>
    <message>
        <source>Findings, by theme</source>
        <translation>调查结果（按主题）</translation>
    </message>
    <message>
        <source>Good practices, by theme</source>
        <translation>良好做法（按主题）</translation>
    </message>
    <message>
        <source>Interviews, by kind</source>
        <translation>面谈（按类型）</translation>
    </message>
    <message>
        <source>Obstruction of access, by kind</source>
        <translation>阻挠准入（按类型）</translation>
    </message>
    <message>
        <source>Recommendations issued and their follow-up</source>
        <translation>已发布的建议及其后续跟进</translation>
    </message>
    <message>
        <source>Recommendations, by current status</source>
        <translation>建议（按当前状态）</translation>
    </message>
    <message>
        <source>Individual, in private</source>
        <translation>个人（私下）</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>集体</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>管理层</translation>
    </message>
    <message>
        <source>External (family, lawyer, NGO)</source>
        <translation>外部人员（家属、律师、非政府组织）</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>拒绝准入</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>延迟准入</translation>
    </message>
    <message>
        <source>Obstruction</source>
        <translation>阻挠准入</translation>
    </message>
    <message>
        <source>Places visited</source>
        <translation>所访问的场所</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Unannounced visits</source>
        <translation>不事先通知的访问</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>调查结果</translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation>良好做法</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>面谈</translation>
    </message>
    <message>
        <source>Recommendations issued</source>
        <translation>已发布的建议</translation>
    </message>
    <message>
        <source>Reprisal cases</source>
        <translation>报复案件</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Accepted by the authority</source>
        <translation>当局已接受</translation>
    </message>
    <message>
        <source>Partly accepted by the authority</source>
        <translation>当局已部分接受</translation>
    </message>
    <message>
        <source>Rejected by the authority</source>
        <translation>当局已拒绝</translation>
    </message>
    <message>
        <source>No response recorded</source>
        <translation>未记录答复</translation>
    </message>
    <message>
        <source>Accepted fully or partly (%)</source>
        <translation>全部或部分接受（%）</translation>
    </message>
    <message>
        <source>Implemented fully</source>
        <translation>已全部执行</translation>
    </message>
    <message>
        <source>Implemented partly</source>
        <translation>已部分执行</translation>
    </message>
    <message>
        <source>Implementation in progress</source>
        <translation>执行中</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>未执行</translation>
    </message>
    <message>
        <source>Implementation not checked yet</source>
        <translation>尚未核查执行情况</translation>
    </message>
    <message>
        <source>Implemented fully (%)</source>
        <translation>已全部执行（%）</translation>
    </message>
    <message>
        <source>Implemented partly (%)</source>
        <translation>已部分执行（%）</translation>
    </message>
</context>
<context>
    <name>vigil::report::TextDocumentBuilder</name>
    <message>
        <source>Responsible authority: %1</source>
        <translation>主管当局：%1</translation>
    </message>
    <message>
        <source>Dates of the visit: %1</source>
        <translation>访问日期：%1</translation>
    </message>
    <message>
        <source>unannounced</source>
        <translation>不事先通知</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>事先通知</translation>
    </message>
    <message>
        <source>Unannounced visit</source>
        <translation>不事先通知的访问</translation>
    </message>
    <message>
        <source>Announced visit</source>
        <translation>事先通知的访问</translation>
    </message>
    <message>
        <source>Type of visit: %1 (%2)</source>
        <translation>访问类型：%1（%2）</translation>
    </message>
    <message>
        <source>Visit team</source>
        <translation>访问小组</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>role: names</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Addressee: %1</source>
        <translation>致送对象：%1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>优先级：%1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>期限：%1</translation>
    </message>
    <message>
        <source>(A picture that could not be read.)</source>
        <translation>（无法读取的图片。）</translation>
    </message>
    <message>
        <source>Rendering the report was cancelled.</source>
        <translation>报告渲染已取消。</translation>
    </message>
</context>
<context>
    <name>vigil::reportjobs</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>无法写入报告。</translation>
    </message>
    <message>
        <source>The work was cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
    <message>
        <source>The report changed since it was checked. Nothing was written: look at what the publication guard finds now.</source>
        <translation>报告在检查后已被更改。未写入任何内容：请查看发布审查现在的结果。</translation>
    </message>
</context>
<context>
    <name>vigil::syncjobs</name>
    <message>
        <source>Sync is not set up yet. Choose a sync folder or server in Sync settings.</source>
        <translation>尚未设置同步。请在同步设置中选择同步文件夹或服务器。</translation>
    </message>
</context>
</TS>
