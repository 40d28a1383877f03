<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>LocaleFormat</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>A time span, e.g. &quot;14/07/2026 08:20 – 17:20&quot;; either end may be empty</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open or create the vault in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline-first, encrypted records for detention monitoring (OPCAT).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::AccessEventEditor</name>
    <message>
        <source>&amp;Delete event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of access event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. segregation unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected access event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Official:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;elay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time of access event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description of access event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change kind of access event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete access event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::AccessLogPanel</name>
    <message>
        <source>Record &amp;refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a refusal of access now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record de&amp;lay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a delay of access now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record o&amp;bstruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an obstruction now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access events, by time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <extracomment>An access event in the list: time, kind, start of its description</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::AccessLogRepository</name>
    <message>
        <source>The access log entry does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::AccessibleParts</name>
    <message>
        <source>Scroll %1 sideways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll %1 up and down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::AddReportItemDialog</name>
    <message>
        <source>Add a quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section it goes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the kind of interview, %2 its pseudonym, e.g. &quot;Detainee, private (D-07)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interview of this visit has consent to be quoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report names no one: the quote is attributed only to the kind of interview. Whether it appears in a report depends on the consent and the kind of report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) without consent to be quoted are not listed.</source>
        <translation>
            <numerusform>%n interview without consent to be quoted are not listed.</numerusform>
            <numerusform>%n interviews without consent to be quoted are not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::AllegationRepository</name>
    <message>
        <source>The allegation does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reprisal allegation does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::AllegationSafeguards</name>
    <message>
        <source>A referral needs the interviewee&apos;s consent to act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An allegation can only be linked to an interview of the same visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An allegation heard in an interview can only be recorded once the interviewee&apos;s consent is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting on an allegation needs the interviewee&apos;s consent to share it with the authorities or to refer the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprisal allegations are restricted to coordinators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reprisal allegation names the person only by an interview&apos;s pseudonym code, such as D-07.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interview of this visit has the pseudonym %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::AppWindow</name>
    <message>
        <source>Vigil</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::AtomicFile</name>
    <message>
        <source>%1 is larger than it can be; it may be damaged or not a Vigil file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::AttachmentCipher</name>
    <message>
        <source>The file being read could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment file is damaged or was tampered with; it cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be written out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::AttachmentPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::AttachmentStore</name>
    <message>
        <source>attachment.owner_id: must be the id of a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of attachment &apos;%1&apos; is missing from the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::AttachmentsPanel</name>
    <message>
        <source>&amp;Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete attachment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import photos or documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the selected image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.gif *.webp *.pdf *.txt *.doc *.docx *.odt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n file imported.</numerusform>
            <numerusform>%n files imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only images can be previewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted file and its key are destroyed. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::AuditLog</name>
    <message>
        <source>audit event %1 is missing (the log jumps from %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit event %1 (%2 %3) does not follow event %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit event %1 (%2 %3, %4) was altered after it was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::BodyRepository</name>
    <message>
        <source>A body cannot be placed under itself or one of its member bodies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::BundleError</name>
    <message>
        <source>This file is not a Vigil bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of Vigil. Update Vigil and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is larger than Vigil accepts; it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is incomplete; it was probably not copied or downloaded completely. Copy it again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is damaged or was tampered with; nothing was imported. Ask the sender to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle comes from a device that is not enrolled in your organisation; it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle comes from a device that was revoked; it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is not addressed to this device; it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle holds more or larger records than Vigil accepts; it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is full; the rest goes into another bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record is too large to be sent in a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle could not be written because of an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing the bundle file failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::BundleExporter</name>
    <message>
        <source>A device does not send bundles to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent to “%1”: the device was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s entry for “%1” has no usable key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::BundleImporter</name>
    <message>
        <source>This vault is not part of an organisation, so it cannot import bundles. Join an organisation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n change(s) from another device.</source>
        <translation>
            <numerusform>Imported %n change from another device.</numerusform>
            <numerusform>Imported %n changes from another device.</numerusform>
        </translation>
    </message>
    <message>
        <source>This bundle holds changes that claim to come from this device but were not made here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle holds changes from a device that is not in your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ChecklistPanel</name>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no checklist yet for this type of place (%1).</source>
        <extracomment>%1 is a place type, e.g. &quot;Airport transit zone&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ChecklistQuestionWidget</name>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit checklist notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding that question %1 led to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer checklist question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link checklist answer to finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ChecklistResponseRepository</name>
    <message>
        <source>The checklist answer does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ChecklistTemplateRepository</name>
    <message>
        <source>The checklist template does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ChecklistTemplates</name>
    <message>
        <source>Immigration detention: centre visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ill-treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did any detainee allege ill-treatment by staff or escorts, including during attempted removals?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask specifically about removal attempts, transfers and the first days after arrival.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are removal operations monitored, and are means of restraint during removal limited to what is strictly necessary, with nothing that may obstruct the airways?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is isolation used as a punishment, to manage people who resist removal, or for longer than strictly necessary?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the isolation register for reasons, duration and who decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are searches carried out with respect for dignity, by staff of the same gender, without routine strip searches?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does every detainee have a written, reasoned detention order based on an individual assessment of necessity and proportionality?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a sample of orders: look for standard wording that shows no individual assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternatives to detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Were alternatives to detention considered and recorded in the decision to detain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the longest current period of detention, in days? Compare with the maximum set in law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judicial review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are detainees brought promptly before a judge, and is their detention reviewed at regular intervals?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information on rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are detainees told the reasons for their detention and their rights, orally and in writing, in a language they understand?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do detainees have access to free legal advice, and can they meet lawyers in private?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to asylum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can detainees apply for asylum and contact UNHCR, NGOs and (unless they seek protection from that state) their consulate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are any children detained, accompanied or unaccompanied?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children should not be detained for immigration purposes. Record ages, length of detention and how age was assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerable persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there a procedure that identifies victims of torture or trafficking, persons with disabilities and other vulnerable persons, and leads to their release or an alternative?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are men and women held separately (families together), and are immigration detainees held apart from people convicted of crimes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can detainees complain confidentially, in their own language, to a body independent of the centre?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is professional interpretation used for medical, legal and disciplinary matters, rather than staff or other detainees?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the accommodation suited to people who are not held for a crime, with adequate space, light, ventilation and privacy, rather than prison-like?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are toilets and showers sufficient in number, clean, separate for women and men, and private?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food and water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is food adequate and culturally and religiously appropriate, and is drinking water always available?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clothing and hygiene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are detainees given clean clothing, bedding and hygiene products, including sanitary products for women?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdoor access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do detainees have daily access to the open air and to recreation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact with the outside world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can detainees keep or use mobile phones, make calls free of charge, and receive visits from family, friends and lawyers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are education, recreation and, for longer stays, work or training available?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can detainees practise their religion?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freedom of movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can detainees move freely within the centre during the day rather than being locked in their rooms?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening on arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is every detainee medically screened on arrival, including for signs of torture, trauma and infectious disease?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harm from detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a doctor reports that detention is harming a detainee&apos;s physical or mental health, does this lead to a review of the detention?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is psychological support available, and is there a protocol on self-harm and hunger strikes that respects medical ethics?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are medical consultations confidential, with professional interpreters rather than staff or other detainees?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have staff been trained in refugee and asylum law, gender and cultural awareness, and de-escalation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are there women staff on every shift, and are women detainees searched and supervised by women?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staffing levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are there enough staff for detainees to be escorted to appointments, visits and activities without cancellations?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juvenile centre: visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did any child report violence, humiliation or threats by staff?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview children in private, in language suited to their age, with their consent and, where needed, support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violence between children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are children protected from violence, bullying and sexual abuse by other children, with incidents recorded and followed up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force and restraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is force or restraint used only in exceptional cases when all other means of control have failed, as authorised by law, and never to cause pain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solitary confinement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are children ever placed in solitary confinement, closed or dark cells?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prohibited sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are prohibited sanctions used: corporal punishment, reduction of food, restriction of family contact, collective sanctions or labour as punishment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weapons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do staff carry weapons inside the centre?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last resort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is every child held under a valid order of a judicial authority, with detention used as a last resort and for the shortest appropriate time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-trial detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the longest current pre-trial detention of a child, in days?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separation from adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are children held apart from adults, except family members in family units?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Girls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are girls held apart from boys, supervised by women staff, and is attention paid to their specific needs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are parents or guardians informed at once of admission, transfer, illness, injury and release?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are children told the rules, their rights and how to complain, in a way they understand?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disciplinary procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are disciplinary sanctions decided under written rules, after the child has been heard, and recorded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can children complain confidentially to the director, to an independent body such as an ombudsperson, and through their family or lawyer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do children have prompt access to a lawyer and free legal aid, with private meetings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are children&apos;s files complete and kept confidential?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many children are held today? Compare with the capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do children sleep in individual rooms or small dormitories, with supervision at night?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are toilets and showers clean, private and available when needed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is food adequate for growing children and suited to their culture and religion, and is drinking water always available?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clothing and belongings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can children wear their own clothes and keep personal belongings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do all children of compulsory school age receive education suited to their needs, from qualified teachers, leading to recognised qualifications?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is vocational training available to children who want it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise and recreation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do children have daily free exercise outdoors and time for recreation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time out of room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many hours a day do children spend outside their rooms?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can children receive visits at least once a week and write or telephone at least twice a week?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reintegration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does each child have an individual plan for release and return to the community?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examination on admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is every child medically examined on admission, with injuries recorded and reported?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to health care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can children see a doctor, nurse or dentist promptly?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health and drug dependence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are mental health care and treatment for drug dependence available?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is medication given only for treatment, never to obtain information or as restraint or punishment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are staff qualified, carefully selected, and do they include educators, social workers and psychologists?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have staff been trained in child psychology, child protection and international standards?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed-gender staffing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are women and men staff on duty on every shift?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many staff are present with each group of children during the day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police custody: station visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did any person interviewed in private allege ill-treatment at arrest, during transport or during questioning?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about the first hours of custody in particular; record allegations with consent and look for visible injuries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use of force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is every use of force at arrest or in the station recorded, with the officer&apos;s report reviewed by a supervisor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are interviews recorded (audio or video), with their start, end, breaks and everyone present logged?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the interview log against the custody record for unexplained gaps or interviews outside the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coerced statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are detained persons ever questioned without their lawyer after asking for one, or pressed to confess?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are handcuffs and other restraints used in the station only when strictly necessary, and never to attach people to fixed objects?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspicious objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Were any non-regulation objects (bats, cables, pipes, electric-shock devices) found in offices or interview rooms?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note the room and describe the object; photograph it if the team&apos;s mandate allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the custody record show, for every person, the time and reason of arrest and arrival, the officers involved, rights given, visits, meals, questioning and release or transfer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace a sample of people from the record to the cells and back; look for late entries and blank lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are detained persons told their rights (lawyer, notifying someone, doctor, interpreter, silence) at once, orally and in writing, in a language they understand?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification of custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can detained persons have a relative or another person of their choice told of their detention from the outset?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to a lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can detained persons consult a lawyer in private from the very outset of custody, including before and during questioning?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judicial control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are all detained persons brought before a judge within the legal time limit, and at the latest within 48 hours?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was the longest time, in hours, that a person spent in the station&apos;s cells in the period checked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are children&apos;s parents or guardians notified at once, and are children questioned only with a lawyer or appropriate adult present and held apart from adults?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign nationals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are foreign nationals told they may contact their consulate, and is a professional interpreter provided when needed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there an accessible way to complain about police treatment to a body independent of the police?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women detainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are women detainees held apart from men and supervised and searched by female officers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are detained persons&apos; belongings inventoried, signed for by them, and returned on release?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are cells used for overnight stays at least 7 m² for one person, with 2 m or more between walls and 2.5 m between floor and ceiling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure the cells; note how many people were held in each on the busiest night in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light, air and heating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do cells have adequate lighting (natural light where possible), ventilation and heating?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are persons held overnight given a clean mattress and clean blankets?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can detained persons use a toilet in decent conditions whenever needed, and wash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are detained persons given drinking water at all times and food at normal meal times, including at least one full meal a day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video surveillance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do cameras cover cells, corridors and interview rooms, with recordings kept long enough to examine complaints, while respecting privacy at toilets?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdoor exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are persons held for 24 hours or more offered outdoor exercise every day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can detained persons receive visits or make telephone calls, with any restriction justified by the investigation and recorded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and religion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are persons held for longer periods offered reading material and allowed items needed for their religious practice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to a doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can detained persons see a doctor on request, including one of their own choice, without police officers filtering the request?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are medical examinations held out of the hearing and, unless the doctor asks otherwise, out of the sight of police officers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation of injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are injuries seen on arrival recorded with the person&apos;s own account and reported to the prosecutor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare injury records with the time of arrest and the custody record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can detained persons continue prescribed medication, including opioid substitution treatment, while in custody?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have officers been trained in human rights, de-escalation, safe restraint and investigative interviewing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility for detainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is one officer, independent of the investigation, responsible on each shift for the welfare and record of detained persons?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification of officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can detained persons identify the officers dealing with them (name or number visible), and are those officers named in the custody record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prison: general visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did any prisoner interviewed in private allege physical ill-treatment, threats or verbal abuse by staff?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record each allegation separately with the person&apos;s consent (time, place, unit, staff involved). Look for consistent accounts from independent sources and for medical evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is every use of force recorded, reported to the director and reviewed, with a medical examination of the prisoner afterwards?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the use-of-force register with the medical register and with what prisoners and staff say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruments of restraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are instruments of restraint used only where the law allows, for the shortest time, never as a punishment, and are chains, irons and other degrading restraints absent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask to see every type of restraint held; check who authorises their use and how long they were applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is anyone held in solitary confinement (22 hours or more a day without meaningful human contact) for more than 15 consecutive days?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the segregation register and visit the segregation unit; count consecutive days, including back-to-back placements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are prisoners with mental or physical disabilities, pregnant women, women with infants, breastfeeding mothers or children ever placed in solitary confinement or disciplinary segregation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are strip searches and body-cavity searches carried out only when strictly necessary, in private, by trained staff of the same gender, and recorded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask whether less intrusive methods (scanners) are available and how often strip searches follow visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inter-prisoner violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many incidents of violence between prisoners were recorded in the last 12 months?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the figure with what prisoners report; ask how vulnerable prisoners are protected and whether staff are present in the units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deaths in custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was every death in custody in the last three years reported to a judicial or other independent authority and investigated, with the family informed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective punishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are collective punishments imposed, such as locking down a whole unit or withdrawing privileges from everyone after one prisoner&apos;s offence?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the admission register complete for every prisoner: identity, legal basis of detention, date and time of admission, transfers and release?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick names at random from the cells and trace them in the register, and the other way round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are prisoners given written information on the rules, their rights, how to complain and how to obtain legal advice, on admission and in a language and form they understand?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification of family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can prisoners inform their family or a person of their choice of their imprisonment and of any transfer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are prisoners charged with a disciplinary offence told the charge, given time to prepare, heard in person, helped by an interpreter or lawyer where needed, and able to seek review?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a sample of disciplinary files: look for unsigned sanctions, missing hearings and sanctions beyond what the law allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can prisoners complain confidentially to the director and to an outside authority without fear of reprisal, and are complaints answered promptly?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that complaint boxes are not opened by the staff complained about; read replies to recent complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separation of categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are remand prisoners held apart from convicted prisoners, women from men, and children from adults?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can prisoners consult their lawyer in confidence, without delay or censorship, in conditions where they cannot be overheard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprisals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did any prisoner report being threatened or sanctioned for complaining or for speaking with monitors?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record reprisal allegations as confidential reprisal records; plan a follow-up contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many prisoners are held today? Compare with the official capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count by unit where possible; note people sleeping on mattresses on the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does each prisoner have at least 4 m² of living space in a shared cell, or 6 m² in a single cell, not counting the sanitary annex?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure a sample of cells and count occupants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do cells have windows that let in enough natural light to read or work by, adequate artificial light, ventilation and heating suited to the climate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can prisoners use a toilet in privacy at any time, including at night, and shower as often as hygiene and the climate require?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal hygiene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are prisoners given water and toilet articles free of charge, and women sanitary products free of charge?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do prisoners receive food of adequate nutritional value at the usual hours, and is drinking water available whenever needed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taste the food; check portions, special diets and the times of the last and first meals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clothing and bedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does every prisoner have a separate bed with clean bedding, and adequate clean clothing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time out of cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many hours a day do prisoners in the main units spend out of their cells in purposeful activity?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask prisoners and compare with the published regime; note units where the regime is restricted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does every prisoner, including those in segregation, have at least one hour of exercise in the open air every day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are work, education and vocational training available to all prisoners who want them, and is work paid?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often can prisoners receive visits from family?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note whether visits allow privacy and physical contact and whether children are received in child-friendly conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly or more often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone and mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can prisoners make telephone calls and send and receive letters regularly, with any monitoring authorised by law?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can prisoners practise their religion, take part in services and see a representative of their faith?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is every prisoner examined by a health professional as soon as possible after admission (within 24 hours), including for injuries, mental health needs and withdrawal symptoms?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When injuries are found, are they documented in detail (body chart, photographs, the prisoner&apos;s account, the doctor&apos;s opinion on consistency) and reported to a competent authority?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a sample of injury records against the use-of-force register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access and confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can prisoners see a doctor or nurse promptly on request, without staff filtering the requests, and are consultations held out of the hearing of custodial staff?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there a suicide and self-harm prevention procedure, with psychiatric care available and transfer to hospital for those who need it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical independence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do health-care staff stay out of disciplinary decisions, and do they visit prisoners held in solitary confinement every day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many custodial staff are on duty in the residential units at night?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the number of prisoners and with the staffing plan; ask how cells are opened in an emergency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have staff been trained in human rights, dynamic security, de-escalation, use of force and restraints, and mental health awareness?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are women prisoners supervised and searched only by women staff?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff-prisoner relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do staff spend time in the units and talk with prisoners, and do both describe relations as respectful?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychiatric hospital: ward visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did any patient allege ill-treatment, humiliation or abuse by staff or other patients?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are mechanical, physical or chemical restraints used only as a last resort, for the shortest time, on a doctor&apos;s order, with continuous direct supervision?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at beds fitted with straps, seclusion rooms and &apos;as needed&apos; medication orders; compare with the restraint register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is every episode of seclusion or restraint recorded in a dedicated register, with start, end, reason, the authorising doctor and observations?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many restraint or seclusion episodes were recorded in the last three months?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are restraints ever applied in view of other patients, or used as punishment or for staff convenience?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is treatment, including electroconvulsive therapy, given without the patient&apos;s free and informed consent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection from violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are patients protected from violence and sexual abuse by other patients, including on mixed wards?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does every involuntary patient have a lawful placement decision, with reasons, reviewed by a court or independent body at regular intervals?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a sample of files; note placements extended without a hearing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De facto detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are patients recorded as voluntary in fact prevented from leaving (locked doors, threats of involuntary placement)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are patients told their rights, the reasons for their placement and how to appeal, in an accessible form?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal capacity and support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do patients have access to a lawyer and to independent advocacy or support in making decisions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there a confidential complaints procedure that reaches a body outside the hospital?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are the admission, restraint and incident registers complete and consistent with patients&apos; files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are children accommodated separately from adult patients?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapeutic environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do wards offer a positive therapeutic environment: enough living space, light, ventilation, decoration and privacy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do patients have lockable space for their belongings, and can they wear their own clothes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are toilets and showers clean, private and accessible to patients with reduced mobility?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is food adequate in quantity and quality, with special diets provided?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormitories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many patients share the largest dormitory?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do all patients, including those on closed wards, have daily access to the open air?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are therapeutic, recreational and occupational activities offered every day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can patients receive visits, use a telephone and send and receive mail, with any restriction decided individually and recorded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many patients are ready to leave but remain because no place in the community is available?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does each patient have a written individual treatment plan, discussed with them and reviewed regularly?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is free and informed consent sought and recorded before treatment, after information on effects and alternatives?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are patients&apos; physical health needs met (screening, dental care, treatment of chronic illness)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is medication prescribed individually, recorded and reviewed, and never used as punishment or for the convenience of others?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are injuries, including those from restraint, examined, recorded and reported?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electroconvulsive therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is electroconvulsive therapy given only in modified form (with anaesthesia and muscle relaxants), with consent, and recorded in a register?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many nursing staff are on duty per ward at night?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have staff been trained in de-escalation, safe restraint and the rights of persons with disabilities?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multidisciplinary team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there a multidisciplinary team (psychiatrists, psychologists, occupational therapists, social workers) large enough for the number of patients?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-clinical staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are security staff or orderlies without clinical training involved in restraint or patient care?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social care home: visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ill-treatment and neglect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did residents describe being shouted at, mocked, neglected or hit by staff?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk with residents who cannot easily complain, with support for communication where needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are residents tied to beds or chairs, kept in by bed rails against their will, or sedated to manage their behaviour?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are residents locked in their rooms or in &apos;calming&apos; rooms?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abuse prevention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there a policy to prevent, detect and report abuse, neglect and exploitation, including financial abuse, and are incidents investigated?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are deaths of residents reviewed, and are unexpected deaths reported to an independent authority?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there a lawful basis, with independent review, for each resident who is not free to leave?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did residents consent to living in the home, and do they know they may leave?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many residents are under full guardianship?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask whether residents&apos; own will and preferences are sought in decisions about them, and whether supported decision-making exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can residents complain, in a way accessible to them, to someone outside the home?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are residents given information on their rights and the home&apos;s rules in accessible formats (easy-read, sign language, Braille)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money and belongings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do residents control their own money and belongings, with any management by the home recorded and audited?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is residents&apos; privacy respected: staff knock, residents have their own room or screens, and correspondence and records are confidential?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedrooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many residents share the largest bedroom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the building accessible (ramps, lifts, adapted toilets, handrails) for residents with reduced mobility?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are residents helped to wash and use the toilet with dignity, and are continence products adequate and changed promptly?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is food adequate and varied, are residents who need help assisted to eat and drink, and is their weight monitored?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heating and clothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the home adequately heated, and do residents wear their own clothes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can every resident go outside each day, including those who need help to do so?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are meaningful daily activities, education or work offered according to residents&apos; wishes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can residents receive visitors at any reasonable time, use a telephone and the internet, and go out into the community?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice and routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do residents choose when to get up, go to bed, eat and bathe, rather than follow institutional routines?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community living</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does each resident have an individual plan for moving to community living?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do residents have access to a general practitioner, specialists, dental care and hospital care on the same basis as others?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is medication, especially psychotropic and sedative medication, prescribed individually, reviewed regularly and given with consent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure sores and falls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are pressure sores, falls and injuries recorded, treated and analysed to prevent recurrence?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-of-life care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is palliative and end-of-life care available, respecting residents&apos; wishes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is psychological or psychiatric support available to residents who need it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many residents is each care worker responsible for at night?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have staff been trained in residents&apos; rights, dementia and disability care, and alternatives to restraint?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment and supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are staff checked before recruitment, and supervised and supported in their work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do staff address residents respectfully, involve them in decisions and respect their privacy?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ConflictLabels</name>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprisal allegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ConflictListModel</name>
    <message>
        <source>Deleted, and %1 edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ConflictRepository</name>
    <message>
        <source>This conflict no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict was already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict cannot be resolved that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of this conflict has not fully arrived yet; sync again and then resolve it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ConflictView</name>
    <message>
        <source>Current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the other version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit a merged text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a merged text from both versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the record deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the record with the edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both versions are below: edit them into one text, then save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the merged text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the merged text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a conflict in the list to compare its two versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of this conflict has not fully arrived yet; sync again and then resolve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted this record while %2 was still editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted this record while %2 was still editing it; it has been restored since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 changed this text at the same time. Sync kept one version in the record and the other here; nothing is lost until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: deleted by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now in the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit made on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current text (last written on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other version (written on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep as it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ConflictsPage</name>
    <message>
        <source>Open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open conflicts: every edit made on several devices at once has been settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). Compare the two versions and choose what the record should say.</source>
        <translation>
            <numerusform>%n open conflict. Compare the two versions and choose what the record should say.</numerusform>
            <numerusform>%n open conflicts. Compare the two versions and choose what the record should say.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settled. Other devices learn of it with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ConsentSection</name>
    <message>
        <source>Consent — before anything is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain who the team is and what happens with what the person says. Tick only what they agreed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group interview carries no confidentiality, so it allows only aggregate use and anonymous quotes. Hear the person in private to go further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent sought in an adapted way for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not adapted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapted for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record changed consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record changed consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sought in an adapted way for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent recorded yet: no notes can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more can be recorded from this interview; what depended on the consent was withdrawn with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw this person&apos;s consent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes become read-only, nothing more can be recorded from this interview, identity entries are deleted and consent to act on allegations is removed. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::CoordinatorPanel</name>
    <message>
        <source>Select all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it out when someone who is joining calls you: they compare it with the one their invitation shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the person on a number you already know and ask them to read out the fingerprint their device shows. Approve only if it matches the one listed here exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an enrolment request file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices of the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;vite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request that came with the last sync was not taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an enrolment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigil enrolment requests (*.vge);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request from “%1” was received. Call the person and compare the fingerprint before approving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (invited: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Approve %1 as %2?&lt;/p&gt;&lt;p&gt;Approve only if the person read out exactly these digits:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If any group differs, refuse the request: someone else may have sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now in the organisation as %2. It receives the device list with your next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the request from “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation stays valid: the person it was for can still join with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request from “%1” was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on its bundles are refused by every device that has received the new device list, and nothing more is sent to it. What it sent before stays. This cannot be undone: to take part again, the person needs a new vault and a new invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is revoked. Sync to tell the other devices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::CoordinatorSeal</name>
    <message>
        <source>The identity entry is damaged or was tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity entry could not be encrypted for the coordinators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity entry could not be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This identity entry was sealed for the organisation&apos;s coordinators; it cannot be read on this device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::CoverageItem</name>
    <message>
        <source>A bundle&apos;s list of what it carries is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::CreateOrganisationDialog</name>
    <message>
        <source>Create an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this once, on the coordinator&apos;s computer at the secretariat. This vault becomes the organisation&apos;s coordinator: it issues invitations, approves and revokes devices, and receives what every device sends. The records already in this vault are kept. A vault cannot leave its organisation afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members who only need to exchange records with a coordinator should not create an organisation: they join one with the invitation their coordinator gives them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: National Preventive Mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this vault the coordinator of “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot become a standalone vault again, nor join another organisation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::Database</name>
    <message>
        <source>The disk is full. Free some space; the last change was not saved and nothing else was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is on storage Vigil may not write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged or has been altered. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is in use by another Vigil window or program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change breaks a rule of the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigil ran out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing the vault failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::DemoVault</name>
    <message>
        <source>The old demo vault at %1 could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a vault that is not a demo vault; it is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo — National Preventive Mechanism of Westland (fictional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::DetailFrame</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous page (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::DeviceIdentity</name>
    <message>
        <source>This vault has no device keys yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault&apos;s device keys are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::DevicesPage</name>
    <message>
        <source>Organisation and devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is standalone: it belongs to no organisation and exchanges records with no other device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To work with a team, join your organisation with the invitation file your coordinator gives you in person. Nothing in this vault is lost by joining.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join an organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the coordinator of the secretariat creates the organisation, once, on their own computer; every other device joins it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create an organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint, for the coordinator to compare by phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a copy of the request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the enrolment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device belongs to “%1” as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigil enrolment requests (*.vge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment request is no longer on this device. Join again with the same invitation to make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::EnrolmentModel</name>
    <message>
        <source>(deleted person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::EnrolmentRequest</name>
    <message>
        <source>This enrolment request is damaged or was changed on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment request could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment request could not be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment request could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Vigil enrolment request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrolment request was made by a newer version of Vigil. Update Vigil and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrolment request is not addressed to this coordinator, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment request could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrolment request does not match the invitation it names: it may be forged. Ask the person to join again with the invitation you gave them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ErrorLabel</name>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the change was not kept. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s storage cannot be written, so the change was not kept. Check the drive and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault may be damaged. Lock it, make a copy of the vault folder and check it before making further changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::EvidenceLinksWidget</name>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of the finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence to link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the chosen evidence to the finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected evidence from the finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Evidence of a finding: its kind, then its title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::EvidenceLookup</name>
    <message>
        <source>Interview %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register check: %1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist question %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding_evidence.evidence_id: there is no %1 with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding_evidence.evidence_kind: &apos;%1&apos; is not a kind of evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ExportReportDialog</name>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the publication guard found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close, or cancel the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the report with the publication guard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be exported. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ExportWriter</name>
    <message>
        <source>A bundle could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to send changed while the bundle was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment file changed while the bundle was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::FilteredTableView</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::FindingEditor</name>
    <message>
        <source>Finding title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Good practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corroborating sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Mandela Rules 43-45</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave at the lowest value to count the linked interviews, observations and register checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ub-category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analysis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;ndards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sou&amp;rces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change good practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <extracomment>Shown for corroborating sources not set by hand: the number counted from the evidence</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::FindingRepository</name>
    <message>
        <source>finding.sources: must be at least 1 (leave it empty to count the linked evidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding_evidence.finding_id: refers to a finding that does not exist or was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding_evidence.evidence_id: the %1 was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding_evidence.evidence_id: the %1 was recorded on another visit than the finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This evidence is not linked to the finding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::FindingsPanel</name>
    <message>
        <source>&amp;Delete finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a finding in the selected category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2]%3</source>
        <extracomment>A finding in the tree: title and severity; &quot;good practice&quot; marked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ✓ good practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::FolderTransport</name>
    <message>
        <source>Folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync folder %1 is not available. Connect the USB stick or network drive that holds it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder; choose the folder that holds the sync mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::GuardFindingsView</name>
    <message>
        <source>The publication guard found nothing to take out and nothing to warn about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): fix each in the builder, or accept it to export the report as it is. Your decision is recorded.</source>
        <translation>
            <numerusform>%n warning: fix each in the builder, or accept it to export the report as it is. Your decision is recorded.</numerusform>
            <numerusform>%n warnings: fix each in the builder, or accept it to export the report as it is. Your decision is recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are taken out of the exported file: this kind of report may not show them.</source>
        <translation>
            <numerusform>%n item are taken out of the exported file: this kind of report may not show them.</numerusform>
            <numerusform>%n items are taken out of the exported file: this kind of report may not show them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I accept this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in the builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the item in the report builder to fix it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::IdentityCheckPanel</name>
    <message>
        <source>Check for &amp;names from identity entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the report for names from identity entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check with this passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and numbers from the visit&apos;s identity entries were looked for in this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and numbers typed into identity entries were not checked: the report may still contain one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the vault passphrase again to unseal the identity entries for this check. They are wiped from memory right after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the vault passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not correct. No identity entry was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n identity entry(ies) read and looked for in the report.</source>
        <translation>
            <numerusform>%n identity entry(ies) read and looked for in the report.</numerusform>
            <numerusform>%n identity entry(ies) read and looked for in the report.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::IdentityDialog</name>
    <message>
        <source>Identity behind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and ID numbers are kept sealed. Enter the vault passphrase again to see them: they are shown only while this window is open, and the reading is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity (hidden again when this window closes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID, prison or cell number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID, prison or cell number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when the person consented to the use of their name or to the referral of their case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real name to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID, prison or cell number to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other details to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal and &amp;record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal and record the identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and hide the identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity is recorded for this interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the vault passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not correct. Nothing was shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name or an ID number to record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::IdentityRepository</name>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity entry is damaged or was tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity entry could not be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity entry is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity entry does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device does not know the organisation&apos;s coordinators yet, so identity entries cannot be sealed for them. Sync once, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::InactiveShield</name>
    <message>
        <source>Content hidden while Vigil is in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden while Vigil is in the background</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::InboxModel</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for an earlier bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown device %1</source>
        <extracomment>A sender not in the roster, by the start of its device id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::InterviewCommands</name>
    <message>
        <source>New interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit interview notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::InterviewDetailsForm</name>
    <message>
        <source>Yes, no one else could hear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held without witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, others were present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others were present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without witnesses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where in the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the library, out of sight of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who chose the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of reprisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask whether the person fears consequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprisal risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check on them at the next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up at the next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability, LGBTI, minority or indigenous status: only with consent, and only when needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerabilities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer the person asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preference stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked to be heard by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: use of force, health care, family contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit interview location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit interview topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change interview unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change who chose the interviewee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change reprisal risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change requested interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No particular unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability, LGBTI, minority or indigenous status: only when needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability, LGBTI, minority or indigenous status can be recorded once consent is recorded, and only when needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change vulnerabilities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::InterviewEditor</name>
    <message>
        <source>Select an interview, or start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real identity (asks for the passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and ID numbers are sealed; seeing them asks for the passphrase again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes open once consent is recorded above: nothing the person says is written down before they have agreed how it may be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the person said, in their words where possible. Saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person withdrew consent: the notes are read-only and nothing more can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n safeguard warning(s) on this interview, shown next to the fields they concern.</source>
        <translation>
            <numerusform>%n safeguard warning on this interview, shown next to the fields they concern.</numerusform>
            <numerusform>%n safeguard warnings on this interview, shown next to the fields they concern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::InterviewLabels</name>
    <message>
        <source>Individual, in private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External (family, lawyer, NGO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fellow detainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person asked to be heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person with a disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGBTI person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indigenous person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person with an intellectual disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person with a psychosocial disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate use only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote anonymously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with the authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always given: what was said counts in anonymous totals, never traceable to the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their words may be quoted in a report without anything that identifies them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their name may be recorded and used, for example in a report or a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their account may be passed to the authorities responsible for the place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their individual case may be referred to a body that can act on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::InterviewListModel</name>
    <message>
        <source>Not yet recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprisal risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::InterviewRepository</name>
    <message>
        <source>Record whether the interview was held without witnesses (OPCAT Art. 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit does not belong to the place being visited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent was recorded for this interview, so none can be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent was already withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::InterviewWarnings</name>
    <message>
        <source>The interview does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member of staff interpreted: the person may not have spoken freely, and staff may know what was said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fellow detainee interpreted: confidentiality depends on them, and both may be exposed to pressure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff chose this interviewee: staff know who was heard. Interview people the team chooses as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This private interview was not held without witnesses (OPCAT Art. 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive topics came up in a group interview, which carries no confidentiality: hear the people concerned in private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk of reprisal is high but no follow-up is planned: check on this person at the next visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one person was interviewed in private in %1: staff can tell who spoke. Interview others in the unit as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All interviewees in %1 were chosen by staff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::InterviewsPanel</name>
    <message>
        <source>&amp;New interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews of this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n private interview(s)</source>
        <translation>
            <numerusform>%1: %n private interview</numerusform>
            <numerusform>%1: %n private interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n group interview(s)</source>
        <translation>
            <numerusform>, %n group interview</numerusform>
            <numerusform>, %n group interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no unit: %n private interview(s)</source>
        <translation>
            <numerusform>no unit: %n private interview</numerusform>
            <numerusform>no unit: %n private interviews</numerusform>
        </translation>
    </message>
    <message>
        <source>Interview coverage: the place has no units recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview coverage by unit — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::InvitationFile</name>
    <message>
        <source>This invitation file is damaged or was changed after it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Vigil invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation was made by a newer version of Vigil. Update Vigil and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::InviteDialog</name>
    <message>
        <source>invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation file lets one device ask to join the organisation. Hand it over in person, on a USB stick you give yourself: whoever holds it can ask to join. It can be used once and expires in 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the invited device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person who will use the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked to a person yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device receives the visits whose team names this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the invitation is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown to the person when they open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mailbox is set up yet, so the invitation names none: files will be exchanged by hand until you set one up in the sync settings and issue new invitations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the person opens the invitation, they will call you and read out the fingerprint they see. It must be exactly this device&apos;s fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the invitation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigil invitations (*.vgi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation was saved to %1. Hand it over in person before %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::IoError</name>
    <message>
        <source>The disk holding %1 is full. Free some space and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigil may not write to %1. Check that the drive is not read-only and that you own the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::JoinOrganisationDialog</name>
    <message>
        <source>Shared folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1, user %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: exchange files with the coordinator by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault already belongs to the organisation “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the invitation file your coordinator handed you. Nothing in this vault is lost by joining: your places, visits and notes stay as they are, and once the coordinator has approved this device they are shared with the organisation as your role allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation file (.vgi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the invitation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invitation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the coordinator on a number you already know and compare these digits with the ones on their screen. Join only if every group matches exactly: otherwise the file did not come from your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Amina&apos;s laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a copy of the request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the enrolment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint. The coordinator compares it with you by phone before approving this device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigil invitations (*.vgi);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation expired on %1. Ask the coordinator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be kept for the next sync (%1). Save a copy and hand it to the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment request goes to the coordinator with the next sync. If you have no shared mailbox yet, save a copy on a USB stick and hand it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s password is not in the invitation: enter it in the sync settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device has joined “%1” and waits for the coordinator&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigil enrolment requests (*.vge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the organisation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::Kdf</name>
    <message>
        <source>The key file asks for unsupported key-derivation settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive the vault key. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::KeyEnvelope</name>
    <message>
        <source>The vault&apos;s key file is damaged or has been altered. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the vault key failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key does not open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was created by a newer version of Vigil. Update Vigil to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::LockScreen</name>
    <message>
        <source>e.g. Northern region visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault &amp;name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deriving the keys… this takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you record is encrypted with this passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase to open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is too weak. Use a longer one, for example several unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases do not match. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::MailboxName</name>
    <message>
        <source>This is not a valid device id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid name for a sync file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::MainWindow</name>
    <message>
        <source>Time until the vault locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the vault and wipe its keys from memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Vigil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Vigil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigil %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline-first, encrypted records for monitoring places of detention (OPCAT).

Built with Qt %1, running on Qt %2.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a place of detention to visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;isit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compile &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the report builder of the open visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the open visit&apos;s report as PDF, ODT or HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::MergeEngine</name>
    <message>
        <source>A received change names a record as being of another kind than it is; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two different changes carry the same number from one device; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::Migrations</name>
    <message>
        <source>This vault was written by a newer version of Vigil. Update Vigil to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::Navigator</name>
    <message>
        <source>Open vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::NewInterviewDialog</name>
    <message>
        <source>New interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigil gives the person a pseudonym. Record consent next, before any notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, no one else could hear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held without witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, others were present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others were present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without witnesses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who chose the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of reprisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask whether the person fears consequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprisal risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No particular unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::NewVisitCommand</name>
    <message>
        <source>New visit to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ObservationEditor</name>
    <message>
        <source>Kind of observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit where it was observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was observed, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observation title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observation notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observation kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observation unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No particular unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ObservationRepository</name>
    <message>
        <source>observation.unit_id: is not a unit of the visited place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The observation does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ObservationsPanel</name>
    <message>
        <source>&amp;Delete observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An observation in the list: its kind, then its title</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::OpItem</name>
    <message>
        <source>A change received from another device is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::OpValidator</name>
    <message>
        <source>A received change is malformed; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A received change is for a kind of record this version of Vigil does not know (%1); nothing was imported. Update Vigil and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A received change is for a field this version of Vigil does not know (%1.%2); nothing was imported. Update Vigil and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A received change holds an invalid value (%1); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::OrgFiles</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a Vigil organisation file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::OrgLabels</name>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the coordinator&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::Organisation</name>
    <message>
        <source>Only an enrolled coordinator of an organisation can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s name must be 1 to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s name must be 1 to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault already belongs to the organisation “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the role of the invited device: coordinator, lead or monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person or the label of the invitation is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invitation must be valid for between a moment and a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrolment request answers an invitation this vault did not issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment request could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation of this request has already been used. Issue a new invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation of this request expired on %1. Issue a new invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrolment request comes from this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device was revoked; it cannot enrol again with the same keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is already enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pending request from this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device could not be added to the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coordinator cannot revoke its own device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is not in the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is already revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation expired on %1. Ask the coordinator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation was issued by this vault; open it on the device that is joining.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::PassphraseStrength</name>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::PersonRepository</name>
    <message>
        <source>The team member does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::PlaceDetails</name>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 held for %2 places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 places; population not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overcrowded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::PlaceEditorDialog</name>
    <message>
        <source>New place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible a&amp;uthority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number; leave empty if unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risk notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the place still needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the place&apos;s name and choose its type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the place&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the type of place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity must be a whole number, or empty if unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population must be a whole number, or empty if unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New place %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit place %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::PlaceListModel</name>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open recommendations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::PlacePage</name>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a visit to this place; it opens at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this place&apos;s particulars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a unit, wing or ward to this place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected unit; Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove unit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::PlaceRepository</name>
    <message>
        <source>The place does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::PlacesPage</name>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a place of detention; it opens once created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>%1 is the system&apos;s language in its own name, e.g. &quot;français&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without use before the vault locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After the number of minutes in the spin box</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide the content while another application is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the content while another application is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers the window when you switch away, so its content does not show behind other windows or in the window switcher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigil will speak the chosen language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::PseudonymGenerator</name>
    <message>
        <source>This visit has no pseudonym codes left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::Quarantine</name>
    <message>
        <source>An earlier bundle from this sender has not arrived yet (out-of-order gap); this one will be imported once it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was already imported; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle holds changes that cannot be applied; nothing was imported. Ask the sender to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle holds records from a newer version of Vigil; nothing was imported. Update Vigil and import it again from the quarantine folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was refused; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationEditor</name>
    <message>
        <source>Recommendation text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings the recommendation is argued from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Addressee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommendation text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addressee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationHistoryPanel</name>
    <message>
        <source>History of the selected recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response of the authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a recommendation to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Made on %n visit(s)</source>
        <translation>
            <numerusform>Made on %n visit</numerusform>
            <numerusform>Made on %n visits</numerusform>
        </translation>
    </message>
    <message>
        <source>Made on one visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation %1 of the visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationLifecycle</name>
    <message>
        <source>recommendation.status: cannot change from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: an implementation check needs the later visit that checked it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: a reissue needs the later visit that reissues it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommendation_event.evidence: an implementation check needs the evidence it rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: refers to a visit that does not exist or was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: the visit was to another place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: must be a later visit than the one the recommendation was made on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationListModel</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationQueries</name>
    <message>
        <source>Say specifically what should change, and how it can be measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name who should act on the recommendation: someone who can act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A systemic recommendation needs an addressee who can change the system: the supervising authority, the ministry or the legislature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a deadline, so that implementation can be checked on a later visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the findings the recommendation is argued from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationRepository</name>
    <message>
        <source>The recommendation does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommendation.status: a %1 recommendation can no longer be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommendation.%1: can only be changed while the recommendation is a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommendation.status: only a draft can be deleted; this one is %1 (close it instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommendation_finding.finding_id: refers to a finding that does not exist or was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommendation_finding.finding_id: the finding was made on another visit than the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding is not linked to this recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommendation.repeated_from: refers to a recommendation that does not exist or was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommendation.repeated_from: the earlier recommendation was never issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommendation.repeated_from: the earlier recommendation was made for another place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommendation.repeated_from: must be a recommendation of an earlier visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationsPage</name>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words of the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up of recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s)</source>
        <translation>
            <numerusform>%n recommendation</numerusform>
            <numerusform>%n recommendations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationsPanel</name>
    <message>
        <source>&amp;Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected draft recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 [%3]</source>
        <extracomment>A recommendation in the list: number, start of its text, status</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::RecordSafeguards</name>
    <message>
        <source>The interview does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability, LGBTI, minority or indigenous status can only be recorded once the interviewee&apos;s consent is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview pseudonyms are generated by Vigil and cannot be chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent can only be withdrawn after it was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit, kind and pseudonym of an interview cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A withdrawal of consent cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent always includes anonymous, aggregate use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group interview carries no confidentiality: it allows only anonymous, aggregate use and anonymous quotes. Hear the person in a private interview to go further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child&apos;s consent must be sought in an adapted way; record how it was adapted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consent record cannot be changed: record a new consent or withdraw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity entries are restricted to coordinators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity entries must be sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name or ID number can only be recorded when the interviewee consented to the use of their name or to the referral of their case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identity entry cannot be changed: delete it and write a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the identity entries of this interview first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consent record is kept as long as its interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes cannot be written before the interviewee&apos;s consent is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interviewee withdrew consent: nothing more can be recorded from this interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted identity entries and consent records cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview this allegation came from was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::RecoveryKey</name>
    <message>
        <source>The recovery key contains a character that cannot be part of it. Only letters and digits are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery key has %1 groups of %2 characters; this one has %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 of the recovery key is mistyped. Check it against the paper copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this key is the only way back into the vault. Write it on paper or print it now, and keep it somewhere safe, away from this computer. It will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written the recovery key down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigil recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone holding this key can open the vault. Keep it locked away, apart from the computer. Letters O, I and L may be read as 0, 1 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::RegisterCheckEditor</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period checked, from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period checked, to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register check notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomalies found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomaly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start of period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register check notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change anomalies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::RegisterCheckRepository</name>
    <message>
        <source>register_check.period_to: the period ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register check does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::RegisterChecksPanel</name>
    <message>
        <source>Delete re&amp;gister check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add register c&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a register check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected register check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add register check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete register check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <extracomment>A register and the period checked, e.g. &quot;Segregation, 1/3/24 – 31/3/24&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n anomalies)</source>
        <translation>
            <numerusform> (%n anomaly)</numerusform>
            <numerusform> (%n anomalies)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::ReportBuilderPage</name>
    <message>
        <source>Kind of report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as PDF, ODT or HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On export, the publication guard takes out %n item(s) this kind of report may not show; the preview leaves them out already.</source>
        <translation>
            <numerusform>On export, the publication guard takes out %n item this kind of report may not show; the preview leaves them out already.</numerusform>
            <numerusform>On export, the publication guard takes out %n items this kind of report may not show; the preview leaves them out already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to resolve or accept before export.</source>
        <translation>
            <numerusform>%n warning to resolve or accept before export.</numerusform>
            <numerusform>%n warnings to resolve or accept before export.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::ReportEditCommands</name>
    <message>
        <source>Internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to the authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit report text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the report&apos;s own text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include in: %1</source>
        <extracomment>%1 is a kind of report, e.g. &quot;Public summary&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a paragraph to the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a quote to the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ReportItemEditor</name>
    <message>
        <source>Restore the &amp;original text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the selected part of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the text the report builds from the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a part of the report in the outline to edit its text, move it, or untick it to leave it out of this kind of report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section has no text of its own; its parts are below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You replaced the text the report builds from the record. Restore it to follow the record again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits change the report only; the record stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An excerpt of an interview. The publication guard checks its consent for each kind of report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A paragraph you added to the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations are edited on the visit&apos;s Recommendations tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo from the visit&apos;s attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables are made from the record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ReportOutlineModel</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ReportOutlinePane</name>
    <message>
        <source>Add &amp;quote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;paragraph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a quote from an interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a paragraph of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the added quote or paragraph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::ReportPreview</name>
    <message>
        <source>Preview of the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::Roster</name>
    <message>
        <source>A device list entry received from the organisation is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device keys could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device list entry is signed by a device that is not a coordinator of this organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device list entry failed its signature check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::RosterModel</name>
    <message>
        <source>(deleted person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::SearchPage</name>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find in findings, interviews, observations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words to search the findings, recommendations, observations, interviews, register checks and access log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one kind of record to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n results; add words or filters to narrow them.</source>
        <translation>
            <numerusform>The first %n result; add words or filters to narrow them.</numerusform>
            <numerusform>The first %n results; add words or filters to narrow them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n result.</numerusform>
            <numerusform>%n results.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::SearchResultModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::SearchService</name>
    <message>
        <source>The search could not be run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::SecretFile</name>
    <message>
        <source>%1 is empty; it must hold the passphrase on its first line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::SmartHintsWidget</name>
    <message>
        <source>&lt;b&gt;Is it SMART?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What exactly should change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can act on it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which finding supports it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::StatisticsCharts</name>
    <message>
        <source>%1: nothing this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places visited, by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings, by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations issued: implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommendation was issued this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::StatisticsPage</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the year&apos;s figures as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of the places visited, by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of the findings, by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of the implementation of recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual figures %1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures were saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n visit(s), %L2 of them unannounced; places visited: %L3.</source>
        <translation>
            <numerusform>%1: %n visit, %L2 of them unannounced; places visited: %L3.</numerusform>
            <numerusform>%1: %n visits, %L2 of them unannounced; places visited: %L3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: –</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::SyncActions</name>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send and receive the organisation&apos;s changes now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sync folder or server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join an organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join with an invitation file from your coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation, its devices and enrolment requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits made on two devices at once, to settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::SyncController</name>
    <message>
        <source>The sync stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the enrolment request could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::SyncInboxPage</name>
    <message>
        <source>Sync inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;quarantine folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the quarantine folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles that were refused stay there, still encrypted, with a file saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been received yet. Bundles from the other devices of your organisation are listed here after each sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is not in an organisation, so it has nobody to sync with. Join one with an invitation from your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sync folder (a USB stick or a shared drive) or a WebDAV server in the sync settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync at %1: %2</source>
        <extracomment>%1 is the time of the last successful sync, %2 what it did</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next automatic sync at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::SyncSession</name>
    <message>
        <source>The vault&apos;s sync folder could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) received</source>
        <translation>
            <numerusform>%n bundle received</numerusform>
            <numerusform>%n bundles received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>%n quarantined</numerusform>
            <numerusform>%n quarantined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for an earlier one</source>
        <translation>
            <numerusform>%n waiting for an earlier one</numerusform>
            <numerusform>%n waiting for an earlier one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolment request(s)</source>
        <translation>
            <numerusform>%n enrolment request</numerusform>
            <numerusform>%n enrolment requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is not in an organisation yet, so there is nobody to sync with. Join one with an invitation from your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an enrolled device of an organisation can send bundles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::SyncSettingsDialog</name>
    <message>
        <source>Sync settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this device syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder: USB stick or shared drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WebDAV server: Nextcloud, ownCloud, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example /media/stick/vigil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: 64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a server with its own certificate: the SHA-256 of its public key, as your coordinator gave it. Sync refuses any other server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove confirmed sensitive content from this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove confirmed sensitive content from this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the coordinators have confirmed they received everything of a closed visit, remove its interview notes, identity entries and photos from this laptop. Off by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync through:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate p&amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs every 15 minutes and when the network comes back; a sync folder is used whenever it is plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sync settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n file(s) wait in this device&apos;s mailbox.</source>
        <translation>
            <numerusform>Connected. %n file wait in this device's mailbox.</numerusform>
            <numerusform>Connected. %n files wait in this device's mailbox.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::SyncStatusText</name>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiving %1 of %2</source>
        <extracomment>%1 of %2 files received from the mailbox</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending %1 of %2</source>
        <extracomment>%1 of %2 devices the bundles are written for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing… %1</source>
        <extracomment>%1 is the step, e.g. &quot;receiving 2 of 5&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n received</numerusform>
            <numerusform>%n received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>%n quarantined</numerusform>
            <numerusform>%n quarantined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at %1 (%2)</source>
        <extracomment>%1 is the time, %2 what was received, e.g. &quot;3 received, 1 quarantined&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed at %1: %2</source>
        <extracomment>%1 is the time, %2 the reason in a plain sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sync folder or server in Sync &gt; Sync settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault syncs once it has joined an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next automatic sync at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open the sync inbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::SyncStatusWidget</name>
    <message>
        <source>Sync status: %1</source>
        <extracomment>Read by screen readers before the sync state, e.g. &quot;Sync status: Synced at 14:32&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the sync inbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::TeamPanel</name>
    <message>
        <source>&amp;Add to team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the person to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the person to the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the selected member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected member from the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role on this &amp;visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A team member: name, then their role on the visit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is on the team yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team has no lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::TemplateLoader</name>
    <message>
        <source>Checklist template, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a field of the format (known: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of text, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more than %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 to %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: yes_no, yes_no_partly, number, text, choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least two choices when answer is &quot;choice&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is only allowed when answer is &quot;choice&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;; this file is something else or needs a newer Vigil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 1000000, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; may hold only lowercase letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as &quot;en&quot; or &quot;zh-CN&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold 1 to %1 questions, not %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::TrackerFilterBar</name>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by supervising authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by place type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts are listed only when chosen here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any type of place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::TrackerModel</name>
    <message>
        <source>%1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times it was made before, on earlier visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::TransportFactory</name>
    <message>
        <source>Sync is not set up on this device: choose a sync folder or a WebDAV server in the sync settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::TransportSettingsStore</name>
    <message>
        <source>Choose the sync folder (a USB stick or a shared drive) by its full path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https:// (sync never uses an unencrypted connection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the user name in its own field, not in the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate pin must be a SHA-256 value (64 hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how this device syncs: a folder or a WebDAV server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::UnitDialog</name>
    <message>
        <source>Add unit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: wing, segregation, health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number; leave empty if unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the unit still needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity must be a whole number, or empty if unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add unit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::Vault</name>
    <message>
        <source>There is no Vigil vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault already exists at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty. Choose an empty or new folder for the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database file is missing. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database is empty: the file was truncated or replaced. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::VisitEvidence</name>
    <message>
        <source>Interview %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>Evidence: an access event, its kind and its time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::VisitHeader</name>
    <message>
        <source>Unannounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unannounced visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the visit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move visit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit will be closed without taking place. This cannot be undone.
Why is it cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the visit from %1 to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::VisitLabels</name>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obstruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sketch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody and admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disciplinary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use of force and restraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segregation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents and deaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconsistent with other sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place-specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systemic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::VisitLifecycle</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldwork closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::VisitListModel</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unannounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::VisitRepository</name>
    <message>
        <source>The planned end is before the planned start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the team left is before the time it arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is already on the visit&apos;s team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit already has a lead; give the current lead another role first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::VisitWorkspace</name>
    <message>
        <source>Parts of the visit record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations and registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusals, delays and obstruction of access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compile the visit report: outline, edits and a live preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::VisitsPage</name>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::VocabularyLabels</name>
    <message>
        <source>Prison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remand centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immigration detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airport transit zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychiatric hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social care home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juvenile centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad hoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldwork closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reissued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervising authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regime and activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>visit type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>visit state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>visit state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>visit state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>recommendation status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>recommendation status</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::WebDavError</name>
    <message>
        <source>The server refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server is out of space. Ask whoever runs it to free some; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server does not accept files this large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file or folder is not on the sync server. Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server reported an error (HTTP %1). Vigil will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server sent Vigil elsewhere (HTTP %1). Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server cannot be reached. Check the network connection and the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the sync server was interrupted. Nothing was lost; Vigil will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The sync server did not answer for %n second(s). Vigil will try again later.</source>
        <translation>
            <numerusform>The sync server did not answer for %n second. Vigil will try again later.</numerusform>
            <numerusform>The sync server did not answer for %n seconds. Vigil will try again later.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync server&apos;s certificate cannot be trusted, so nothing was sent. Someone may be intercepting the connection, or the server is misconfigured; tell your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server&apos;s certificate is not the one your organisation registered, so nothing was sent. Someone may be intercepting the connection; tell your coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server sent a reply Vigil does not understand. Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::WebDavTransport</name>
    <message>
        <source>The sync server address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the user name in its own field, not in the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server address must not contain &quot;?&quot; or &quot;#&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name for the sync server must not contain a colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate pin must be a SHA-256 digest of 32 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebDAV server %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::Workspace</name>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit to %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::WriteTx</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n characters</source>
        <translation>
            <numerusform>is longer than %n character</numerusform>
            <numerusform>is longer than %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a time after 1970</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the id of a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be binary data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: refers to a %3 that does not exist or was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 being changed does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 being deleted does not exist or was already deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 being restored does not exist or was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::attachmentjobs</name>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment is not an image that can be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::cli::CliText</name>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: this passphrase is weak; a longer one made of several unrelated words is much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is too weak (%1). Use several unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Vigil vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the recovery key on paper and keep it apart from this computer, or give it to your coordinator. It is shown only once; with it, a forgotten passphrase can be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a demo vault with fictional data at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fictional records: %1 places, %2 visits, %3 interviews, %4 findings, %5 recommendations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault:            %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:             %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault id:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database size:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key derivation:   Argon2id, %1 passes, %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is damaged or has been altered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log has been altered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The vault is intact: every page decrypts and authenticates, the database is consistent, and the audit chain of %n event(s) verifies.</source>
        <translation>
            <numerusform>The vault is intact: every page decrypts and authenticates, the database is consistent, and the audit chain of %n event verifies.</numerusform>
            <numerusform>The vault is intact: every page decrypts and authenticates, the database is consistent, and the audit chain of %n events verifies.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase was changed. The old passphrase no longer opens the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is open again and has a new passphrase. The recovery key stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key decrypts the whole database. In the sqlcipher shell: PRAGMA key = &quot;x&apos;&lt;key&gt;&apos;&quot;; then query as usual. Do not store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs a QUERY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n result.</numerusform>
            <numerusform>%n results.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos; for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;vigil-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kdf-opslimit must be 1 to 64 and --kdf-memlimit-mib 8 to 4096.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal to ask for the passphrase; use --passphrase-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no visit %1. &apos;vigil-cli report --list-visits&apos; shows the visits and their IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --visit ID (&apos;vigil-cli report --list-visits&apos; shows the visits and their IDs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is internal (confidential notes), authorities (the report to the authorities) or public (the public summary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --out FILE, the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say --format pdf, odt or html: the name %1 does not tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is pdf, odt or html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigil writes reports in these languages: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The publication guard takes out %n item(s) this kind of report may not show:</source>
        <translation>
            <numerusform>The publication guard takes out %n item this kind of report may not show:</numerusform>
            <numerusform>The publication guard takes out %n items this kind of report may not show:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The publication guard has %n warning(s); no file was written.</source>
        <translation>
            <numerusform>The publication guard has %n warning; no file was written.</numerusform>
            <numerusform>The publication guard has %n warnings; no file was written.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n warning(s) of the publication guard (recorded in the audit log):</source>
        <translation>
            <numerusform>Accepted %n warning of the publication guard (recorded in the audit log):</numerusform>
            <numerusform>Accepted %n warnings of the publication guard (recorded in the audit log):</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  %3 — %4, %5, %n recommendation(s)</source>
        <translation>
            <numerusform>%1  %2  %3 — %4, %5, %n recommendation</numerusform>
            <numerusform>%1  %2  %3 — %4, %5, %n recommendations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s).</source>
        <translation>
            <numerusform>%n visit.</numerusform>
            <numerusform>%n visits.</numerusform>
        </translation>
    </message>
    <message>
        <source>stats needs --year YYYY (or --year FROM-TO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year takes a year such as 2024, or a range of up to %1 years such as 2020-2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats writes --format csv only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--accept-warnings needs the digest of the warnings to accept, as --accept-warnings=DIGEST: run the report without it, check the warnings it lists, and pass the digest it prints. A new or changed warning gives a new digest, so a script cannot accept warnings nobody has seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text holding a name or number of an identity entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote the interviewee&apos;s consent does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote whose interviewee withdrew consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote from an interviewee at high risk of reprisals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sentence or quote that may single out one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an interview code that links the report to the interview record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see Vigil&apos;s report builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 [%4]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The publication guard&apos;s %n warning(s) are not those of the digest %1; no file was written.</source>
        <translation>
            <numerusform>The publication guard's %n warning are not those of the digest %1; no file was written.</numerusform>
            <numerusform>The publication guard's %n warnings are not those of the digest %1; no file was written.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sentences are not printed; Vigil&apos;s report builder shows them, or --show-sentences at a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest of these warnings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the text in Vigil&apos;s report builder, or accept exactly these warnings with --accept-warnings=%1 (the decision is recorded in the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle needs export or import.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a Vigil organisation file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in an organisation (standalone vault).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the coordinator&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --folder DIR or --webdav URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pin takes the SHA-256 of the server&apos;s public key, 64 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org invite needs --role and --out FILE.vgi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation written to %1. Hand it over in person or on a USB stick; it can be used once, within 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org join needs the invitation file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined %1 as %2, waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator&apos;s fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next sync sends the request to the coordinator. Then read both fingerprints to each other by phone: they must match exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next sync sends the request to the coordinator (or carry %1 to them). Then read both fingerprints to each other by phone: they must match exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org receive needs the enrolment request file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request from %1 (%2, invited as %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint by phone with the one shown on the device, then: vigil-cli org approve %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  waiting for approval  %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org %1 needs the device id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now in the organisation as %2. It receives the device list with your next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is revoked: its bundles are refused from now on, and nothing more is sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org needs one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org create needs --name, the organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: imported (%n change(s)).</source>
        <translation>
            <numerusform>%1: imported (%n change).</numerusform>
            <numerusform>%1: imported (%n changes).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already imported, nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waits for an earlier bundle from the same device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused and moved to the quarantine folder. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment request from %1 (%2). Fingerprint: %3. Compare it by phone, then: vigil-cli org approve %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enrolment request was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your enrolment request was delivered to the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1 is too large to travel in a bundle; it stays on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retention: the sensitive content of %n closed visit(s) was removed from this device.</source>
        <translation>
            <numerusform>Retention: the sensitive content of %n closed visit was removed from this device.</numerusform>
            <numerusform>Retention: the sensitive content of %n closed visits was removed from this device.</numerusform>
        </translation>
    </message>
    <message>
        <source>bundle export needs --out DIR, the mailbox folder (for example on a USB stick).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) written to %1.</source>
        <translation>
            <numerusform>%n bundle written to %1.</numerusform>
            <numerusform>%n bundles written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>bundle import needs one or more files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) were refused.</source>
        <translation>
            <numerusform>%n bundle were refused.</numerusform>
            <numerusform>%n bundles were refused.</numerusform>
        </translation>
    </message>
    <message>
        <source>This device was revoked by the coordinator: it no longer syncs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::report::AnnexSections</name>
    <message>
        <source>Annexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers examined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers examined during the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period examined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::report::AnnualStatistics</name>
    <message>
        <source>Choose from one to %1 years between 1 and 9998.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::report::FindingSections</name>
    <message>
        <source>Standards: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Severity: %1. Corroborated by %n source(s).</source>
        <translation>
            <numerusform>Severity: %1. Corroborated by %n source.</numerusform>
            <numerusform>Severity: %1. Corroborated by %n sources.</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team made no findings on this visit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::report::GuardText</name>
    <message>
        <source>the only woman;the only women;the only female;the only girl;the only boy;the only man;the only foreign national;the only foreigner;the only non-national;the only child;the only minor;the only juvenile;the only detainee;the only prisoner;the only patient;the only resident;the only person;the only one;only one woman;only one foreign national;only one child;sole woman;sole foreign national;sole detainee;sole</source>
        <comment>phrases of a report that single out one person, separated by semicolons; translate them and add the forms your language uses (genders, cases)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::report::HtmlRenderer</name>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unannounced visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::report::ImageMetadata</name>
    <message>
        <source>The photo is damaged or not a JPEG or PNG image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::report::MethodologySection</name>
    <message>
        <source>Methodology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives of the visit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team visited the following parts of the place: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It recorded %n observation(s) on site.</source>
        <translation>
            <numerusform>It recorded %n observation on site.</numerusform>
            <numerusform>It recorded %n observations on site.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The team held %n interview(s): %1.</source>
        <translation>
            <numerusform>The team held %n interview: %1.</numerusform>
            <numerusform>The team held %n interviews: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private interview(s) could not be held without witnesses.</source>
        <translation>
            <numerusform>%n private interview could not be held without witnesses.</numerusform>
            <numerusform>%n private interviews could not be held without witnesses.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team held no interviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It examined the following registers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team had access to every place and person it asked to see, without delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The team&apos;s access was refused, delayed or obstructed %n time(s).</source>
        <translation>
            <numerusform>The team's access was refused, delayed or obstructed %n time.</numerusform>
            <numerusform>The team's access was refused, delayed or obstructed %n times.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refusals, delays and obstructions of access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Official: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::report::OdtRenderer</name>
    <message>
        <source>The ODT document could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::report::PdfRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::report::PublicationGuard</name>
    <message>
        <source>Cover page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text holds identity data of an interviewee (a name or number of an identity entry). It was taken out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview code %1 links the report to the interview record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; may single out one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted person is the only %1 among the people interviewed in %2: the quote may identify them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::report::QuoteConsent</name>
    <message>
        <source>The interviewee withdrew consent: the quote was taken out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interviewee did not agree to be quoted: the quote was taken out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interviewee is at high risk of reprisals: the quote was taken out of the public summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interviewee is at high risk of reprisals, and the authorities may recognise who said this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::report::RecommendationSections</name>
    <message>
        <source>Repeats recommendation %1 of the visit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team made no recommendations on this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up of earlier recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier recommendation to this place awaits implementation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations of earlier visits and their status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::report::ReportBuilder</name>
    <message>
        <source>Internal notes on the visit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit to %1: public summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report on the visit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitoring team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 visited %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 visited %2 (%3) on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit was unannounced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit was announced in advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The team made %n finding(s).</source>
        <translation>
            <numerusform>The team made %n finding.</numerusform>
            <numerusform>The team made %n findings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This report makes %n recommendation(s).</source>
        <translation>
            <numerusform>This report makes %n recommendation.</numerusform>
            <numerusform>This report makes %n recommendations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confidential — internal notes of the monitoring body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential — internal notes of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::report::ReportEditRepository</name>
    <message>
        <source>The report has no such part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote or paragraph does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recommendation&apos;s text is changed in the recommendation itself, so that the report and the follow-up say the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote or paragraph cannot be empty; remove it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste the words to quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes come from the interviews of the report&apos;s own visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interviewee withdrew consent: nothing said in this interview can be quoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interviewee did not agree to be quoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A paragraph cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report edit does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::report::ReportFile</name>
    <message>
        <source>No file name was given for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name for the report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::report::ReportLabels</name>
    <message>
        <source>Custody and admission register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disciplinary register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use of force and restraint register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segregation register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of incidents and deaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erasures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsigned sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inconsistent with other sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work obstructed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detainee, private interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person with a disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGBTI person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member of a minority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indigenous person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n private interview(s) with detainees</source>
        <translation>
            <numerusform>%n private interview with detainees</numerusform>
            <numerusform>%n private interviews with detainees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group interview(s)</source>
        <translation>
            <numerusform>%n group interview</numerusform>
            <numerusform>%n group interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) with staff</source>
        <translation>
            <numerusform>%n interview with staff</numerusform>
            <numerusform>%n interviews with staff</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) with the management</source>
        <translation>
            <numerusform>%n interview with the management</numerusform>
            <numerusform>%n interviews with the management</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) with external sources</source>
        <translation>
            <numerusform>%n interview with external sources</numerusform>
            <numerusform>%n interviews with external sources</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of dates</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::report::StatisticRows</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places visited, by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places on record, by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits, by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings, by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good practices, by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews, by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obstruction of access, by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations issued and their follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations, by current status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual, in private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External (family, lawyer, NGO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obstruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unannounced visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprisal cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly accepted by the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted fully or partly (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented fully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented fully (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implemented partly (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::report::TextDocumentBuilder</name>
    <message>
        <source>Responsible authority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates of the visit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unannounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unannounced visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of visit: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>role: names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(A picture that could not be read.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering the report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::reportjobs</name>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report changed since it was checked. Nothing was written: look at what the publication guard finds now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigil::syncjobs</name>
    <message>
        <source>Sync is not set up yet. Choose a sync folder or server in Sync settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
