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
        <source>Open recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any open status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by place type</source>
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
        <source>Place &amp;type:</source>
        <translation type="unfinished"></translation>
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
    <name>vigil::SyncInboxPage</name>
    <message>
        <source>Records received from other devices will appear here once synchronisation arrives with the sync feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync inbox</source>
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
        <source>Follow-up</source>
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
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
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
        <source>The vault key could not be read.</source>
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
  --kdf-opslimit N           Argon2id passes (default 3)
  --kdf-memlimit-mib N       Argon2id memory in MiB (default 256)
  --verbose                  print technical details of errors
  -h, --help                 show this help
  --version                  show the version

Without a --passphrase-file, passphrases are read from the terminal without echo.

Exit codes:
  0 success            1 other error          2 usage error
  3 wrong passphrase or recovery key          4 integrity failure (damaged or altered)
  5 vault not found    6 storage error (read-only, disk full, I/O)
  7 already exists
</source>
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
</context>
</TS>
