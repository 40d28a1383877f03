<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <translation>Ouvrir ou créer le coffre dans le dossier &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Offline-first, encrypted records for detention monitoring (OPCAT).</source>
        <translation>Dossiers chiffrés, conçus pour fonctionner hors ligne, pour le contrôle des lieux de privation de liberté (OPCAT).</translation>
    </message>
</context>
<context>
    <name>vigil::AccessEventEditor</name>
    <message>
        <source>&amp;Delete event</source>
        <translation>&amp;Supprimer l&apos;incident</translation>
    </message>
    <message>
        <source>Kind of access event</source>
        <translation>Type d&apos;incident d&apos;accès</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Moment de l&apos;incident</translation>
    </message>
    <message>
        <source>Area concerned</source>
        <translation>Zone concernée</translation>
    </message>
    <message>
        <source>e.g. segregation unit</source>
        <translation>p. ex. quartier d&apos;isolement</translation>
    </message>
    <message>
        <source>Official responsible</source>
        <translation>Agent responsable</translation>
    </message>
    <message>
        <source>Name or function</source>
        <translation>Nom ou fonction</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Delay in minutes</source>
        <translation>Retard en minutes</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Delete the selected access event</source>
        <translation>Supprimer l&apos;incident d&apos;accès sélectionné</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Heure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Zone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Official:</source>
        <translation>&amp;Agent&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;elay:</source>
        <translation>&amp;Retard&#xa0;:</translation>
    </message>
    <message>
        <source>time of access event</source>
        <translation>l&apos;heure de l&apos;incident d&apos;accès</translation>
    </message>
    <message>
        <source>area</source>
        <translation>la zone</translation>
    </message>
    <message>
        <source>official</source>
        <translation>l&apos;agent</translation>
    </message>
    <message>
        <source>description of access event</source>
        <translation>la description de l&apos;incident d&apos;accès</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>le retard</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Change kind of access event</source>
        <translation>Modifier le type d&apos;incident d&apos;accès</translation>
    </message>
    <message>
        <source>Delete access event</source>
        <translation>Supprimer l&apos;incident d&apos;accès</translation>
    </message>
    <message>
        <source>Time not recorded</source>
        <translation>Heure non consignée</translation>
    </message>
</context>
<context>
    <name>vigil::AccessLogPanel</name>
    <message>
        <source>Record &amp;refusal</source>
        <translation>Consigner un &amp;refus</translation>
    </message>
    <message>
        <source>Record a refusal of access now</source>
        <translation>Consigner maintenant un refus d&apos;accès</translation>
    </message>
    <message>
        <source>Record de&amp;lay</source>
        <translation>Consigner un re&amp;tard</translation>
    </message>
    <message>
        <source>Record a delay of access now</source>
        <translation>Consigner maintenant un retard d&apos;accès</translation>
    </message>
    <message>
        <source>Record o&amp;bstruction</source>
        <translation>Consigner une &amp;entrave</translation>
    </message>
    <message>
        <source>Record an obstruction now</source>
        <translation>Consigner maintenant une entrave</translation>
    </message>
    <message>
        <source>Access events, by time</source>
        <translation>Incidents d&apos;accès, par ordre chronologique</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Consigner&#xa0;: %1</translation>
    </message>
    <message>
        <source>time not recorded</source>
        <translation>heure non consignée</translation>
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
        <translation>L&apos;entrée du journal d&apos;accès n&apos;existe pas ou a été supprimée.</translation>
    </message>
</context>
<context>
    <name>vigil::AccessibleParts</name>
    <message>
        <source>Scroll %1 sideways</source>
        <translation>Faire défiler %1 horizontalement</translation>
    </message>
    <message>
        <source>Scroll %1 up and down</source>
        <translation>Faire défiler %1 verticalement</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Effacer %1</translation>
    </message>
</context>
<context>
    <name>vigil::AddReportItemDialog</name>
    <message>
        <source>Add a quote</source>
        <translation>Ajouter une citation</translation>
    </message>
    <message>
        <source>Add a paragraph</source>
        <translation>Ajouter un paragraphe</translation>
    </message>
    <message>
        <source>Section it goes in</source>
        <translation>Section de destination</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>Paragraph text</source>
        <translation>Texte du paragraphe</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Section&#xa0;:</translation>
    </message>
    <message>
        <source>Interview quoted</source>
        <translation>Entretien cité</translation>
    </message>
    <message>
        <source>&amp;Interview:</source>
        <translation>&amp;Entretien&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Excerpt:</source>
        <translation>E&amp;xtrait&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the kind of interview, %2 its pseudonym, e.g. &quot;Detainee, private (D-07)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No interview of this visit has consent to be quoted.</source>
        <translation>Aucun entretien de cette visite ne dispose d&apos;un consentement permettant de le citer.</translation>
    </message>
    <message>
        <source>A report names no one: the quote is attributed only to the kind of interview. Whether it appears in a report depends on the consent and the kind of report.</source>
        <translation>Un rapport ne nomme personne&#xa0;: la citation n&apos;est attribuée qu&apos;au type d&apos;entretien. Sa présence dans un rapport dépend du consentement et du type de rapport.</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) without consent to be quoted are not listed.</source>
        <translation>
            <numerusform>%n entretien sans consentement à être cité n&apos;est pas affiché.</numerusform>
            <numerusform>%n entretiens sans consentement à être cités ne sont pas affichés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::AllegationRepository</name>
    <message>
        <source>The allegation does not exist or was deleted.</source>
        <translation>L&apos;allégation n&apos;existe pas ou a été supprimée.</translation>
    </message>
    <message>
        <source>The reprisal allegation does not exist or was deleted.</source>
        <translation>L&apos;allégation de représailles n&apos;existe pas ou a été supprimée.</translation>
    </message>
</context>
<context>
    <name>vigil::AllegationSafeguards</name>
    <message>
        <source>A referral needs the interviewee&apos;s consent to act.</source>
        <translation>Une transmission du cas nécessite le consentement de la personne entendue à ce qu&apos;il y soit donné suite.</translation>
    </message>
    <message>
        <source>An allegation can only be linked to an interview of the same visit.</source>
        <translation>Une allégation ne peut être liée qu&apos;à un entretien de la même visite.</translation>
    </message>
    <message>
        <source>An allegation heard in an interview can only be recorded once the interviewee&apos;s consent is recorded.</source>
        <translation>Une allégation entendue lors d&apos;un entretien ne peut être consignée qu&apos;une fois le consentement de la personne entendue consigné.</translation>
    </message>
    <message>
        <source>Acting on an allegation needs the interviewee&apos;s consent to share it with the authorities or to refer the case.</source>
        <translation>Donner suite à une allégation nécessite le consentement de la personne entendue à ce qu&apos;elle soit communiquée aux autorités ou à ce que le cas soit transmis.</translation>
    </message>
    <message>
        <source>Reprisal allegations are restricted to coordinators.</source>
        <translation>Les allégations de représailles sont réservées aux coordinateurs.</translation>
    </message>
    <message>
        <source>A reprisal allegation names the person only by an interview&apos;s pseudonym code, such as D-07.</source>
        <translation>Une allégation de représailles ne désigne la personne que par le code pseudonyme d&apos;un entretien, tel que D-07.</translation>
    </message>
    <message>
        <source>No interview of this visit has the pseudonym %1.</source>
        <translation>Aucun entretien de cette visite ne porte le pseudonyme %1.</translation>
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
        <translation>%1 est plus volumineux que possible&#xa0;; il est peut-être endommagé ou n&apos;est pas un fichier Vigil.</translation>
    </message>
</context>
<context>
    <name>vigil::AttachmentCipher</name>
    <message>
        <source>The file being read could not be read.</source>
        <translation>Le fichier en cours de lecture n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The attachment file is damaged or was tampered with; it cannot be opened.</source>
        <translation>Le fichier de la pièce jointe est endommagé ou a été altéré&#xa0;; il ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The attachment could not be written out.</source>
        <translation>La pièce jointe n&apos;a pas pu être écrite.</translation>
    </message>
</context>
<context>
    <name>vigil::AttachmentPreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Fermer l&apos;aperçu</translation>
    </message>
</context>
<context>
    <name>vigil::AttachmentStore</name>
    <message>
        <source>attachment.owner_id: must be the id of a record</source>
        <translation>attachment.owner_id&#xa0;: doit être l&apos;identifiant d&apos;un enregistrement</translation>
    </message>
    <message>
        <source>The attachment does not exist or was deleted.</source>
        <translation>La pièce jointe n&apos;existe pas ou a été supprimée.</translation>
    </message>
    <message>
        <source>The file of attachment &apos;%1&apos; is missing from the vault.</source>
        <translation>Le fichier de la pièce jointe «&#xa0;%1&#xa0;» est absent du coffre.</translation>
    </message>
</context>
<context>
    <name>vigil::AttachmentsPanel</name>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>&amp;Delete attachment…</source>
        <translation>&amp;Supprimer la pièce jointe…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Import photos or documents</source>
        <translation>Importer des photos ou des documents</translation>
    </message>
    <message>
        <source>Preview the selected image</source>
        <translation>Afficher l&apos;aperçu de l&apos;image sélectionnée</translation>
    </message>
    <message>
        <source>Delete the selected attachment</source>
        <translation>Supprimer la pièce jointe sélectionnée</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Encrypting %1…</source>
        <translation>Chiffrement de %1…</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.gif *.webp *.pdf *.txt *.doc *.docx *.odt);;All files (*)</source>
        <translation>Photos et documents (*.jpg *.jpeg *.png *.gif *.webp *.pdf *.txt *.doc *.docx *.odt);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importation de %n fichier…</numerusform>
            <numerusform>Importation de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n fichier importé.</numerusform>
            <numerusform>%n fichiers importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Importation annulée.</translation>
    </message>
    <message>
        <source>Only images can be previewed.</source>
        <translation>Seules les images peuvent être prévisualisées.</translation>
    </message>
    <message>
        <source>Decrypting %1…</source>
        <translation>Déchiffrement de %1…</translation>
    </message>
    <message>
        <source>Delete attachment</source>
        <translation>Supprimer la pièce jointe</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>The encrypted file and its key are destroyed. This cannot be undone.</source>
        <translation>Le fichier chiffré et sa clé sont détruits. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>vigil::AuditLog</name>
    <message>
        <source>audit event %1 is missing (the log jumps from %2 to %3)</source>
        <translation>l&apos;événement d&apos;audit %1 est absent (le journal passe de %2 à %3)</translation>
    </message>
    <message>
        <source>audit event %1 (%2 %3) does not follow event %4</source>
        <translation>l&apos;événement d&apos;audit %1 (%2 %3) ne fait pas suite à l&apos;événement %4</translation>
    </message>
    <message>
        <source>audit event %1 (%2 %3, %4) was altered after it was written</source>
        <translation>l&apos;événement d&apos;audit %1 (%2 %3, %4) a été modifié après son écriture</translation>
    </message>
</context>
<context>
    <name>vigil::BodyRepository</name>
    <message>
        <source>A body cannot be placed under itself or one of its member bodies.</source>
        <translation>Un organe ne peut pas être rattaché à lui-même ni à l&apos;un de ses organes membres.</translation>
    </message>
    <message>
        <source>The body does not exist or was deleted.</source>
        <translation>L&apos;organe n&apos;existe pas ou a été supprimé.</translation>
    </message>
</context>
<context>
    <name>vigil::BundleError</name>
    <message>
        <source>This file is not a Vigil bundle.</source>
        <translation>Ce fichier n&apos;est pas un lot Vigil.</translation>
    </message>
    <message>
        <source>This bundle was made by a newer version of Vigil. Update Vigil and import it again.</source>
        <translation>Ce lot a été créé par une version plus récente de Vigil. Mettez Vigil à jour et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>This bundle is larger than Vigil accepts; it was not imported.</source>
        <translation>Ce lot dépasse la taille acceptée par Vigil&#xa0;; il n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>This bundle is incomplete; it was probably not copied or downloaded completely. Copy it again and retry.</source>
        <translation>Ce lot est incomplet&#xa0;; il n&apos;a probablement pas été copié ou téléchargé entièrement. Copiez-le de nouveau et réessayez.</translation>
    </message>
    <message>
        <source>This bundle is damaged or was tampered with; nothing was imported. Ask the sender to send it again.</source>
        <translation>Ce lot est endommagé ou a été altéré&#xa0;; rien n&apos;a été importé. Demandez à l&apos;expéditeur de le renvoyer.</translation>
    </message>
    <message>
        <source>This bundle comes from a device that is not enrolled in your organisation; it was not imported.</source>
        <translation>Ce lot provient d&apos;un appareil qui n&apos;est pas enregistré dans votre organisation&#xa0;; il n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>This bundle comes from a device that was revoked; it was not imported.</source>
        <translation>Ce lot provient d&apos;un appareil révoqué&#xa0;; il n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this device; it was not imported.</source>
        <translation>Ce lot n&apos;est pas destiné à cet appareil&#xa0;; il n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>This bundle holds more or larger records than Vigil accepts; it was not imported.</source>
        <translation>Ce lot contient des dossiers plus nombreux ou plus volumineux que ce qu&apos;accepte Vigil&#xa0;; il n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>The bundle is full; the rest goes into another bundle.</source>
        <translation>Le lot est plein&#xa0;; le reste est placé dans un autre lot.</translation>
    </message>
    <message>
        <source>A record is too large to be sent in a bundle.</source>
        <translation>Un dossier est trop volumineux pour être envoyé dans un lot.</translation>
    </message>
    <message>
        <source>The bundle could not be written because of an internal error.</source>
        <translation>Le lot n&apos;a pas pu être écrit en raison d&apos;une erreur interne.</translation>
    </message>
    <message>
        <source>Reading or writing the bundle file failed.</source>
        <translation>La lecture ou l&apos;écriture du fichier de lot a échoué.</translation>
    </message>
</context>
<context>
    <name>vigil::BundleExporter</name>
    <message>
        <source>A device does not send bundles to itself.</source>
        <translation>Un appareil n&apos;envoie pas de lots à lui-même.</translation>
    </message>
    <message>
        <source>Nothing is sent to “%1”: the device was revoked.</source>
        <translation>Rien n&apos;est envoyé à «&#xa0;%1&#xa0;»&#xa0;: l&apos;appareil a été révoqué.</translation>
    </message>
    <message>
        <source>The organisation&apos;s entry for “%1” has no usable key.</source>
        <translation>L&apos;entrée de l&apos;organisation pour «&#xa0;%1&#xa0;» n&apos;a pas de clé utilisable.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n&apos;a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>vigil::BundleImporter</name>
    <message>
        <source>This vault is not part of an organisation, so it cannot import bundles. Join an organisation first.</source>
        <translation>Ce coffre ne fait pas partie d&apos;une organisation&#xa0;; il ne peut donc pas importer de lots. Rejoignez d&apos;abord une organisation.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n change(s) from another device.</source>
        <translation>
            <numerusform>%n modification importée depuis un autre appareil.</numerusform>
            <numerusform>%n modifications importées depuis un autre appareil.</numerusform>
        </translation>
    </message>
    <message>
        <source>This bundle holds changes that claim to come from this device but were not made here.</source>
        <translation>Ce lot contient des modifications qui se disent issues de cet appareil mais n&apos;y ont pas été faites.</translation>
    </message>
    <message>
        <source>This bundle holds changes from a device that is not in your organisation.</source>
        <translation>Ce lot contient des modifications d&apos;un appareil qui n&apos;appartient pas à votre organisation.</translation>
    </message>
</context>
<context>
    <name>vigil::ChecklistPanel</name>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>&amp;Liste de contrôle&#xa0;:</translation>
    </message>
    <message>
        <source>There is no checklist yet for this type of place (%1).</source>
        <extracomment>%1 is a place type, e.g. &quot;Airport transit zone&quot;</extracomment>
        <translation>Il n&apos;existe pas encore de liste de contrôle pour ce type de lieu (%1).</translation>
    </message>
    <message>
        <source>No finding</source>
        <translation>Aucun constat</translation>
    </message>
    <message>
        <source>Untitled finding</source>
        <translation>Constat sans titre</translation>
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
        <translation>Normes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Answer to question %1</source>
        <translation>Réponse à la question %1</translation>
    </message>
    <message>
        <source>Notes on question %1</source>
        <translation>Notes sur la question %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Edit checklist notes</source>
        <translation>Modifier les notes de la liste de contrôle</translation>
    </message>
    <message>
        <source>Finding that question %1 led to</source>
        <translation>Constat auquel la question %1 a conduit</translation>
    </message>
    <message>
        <source>Link to finding</source>
        <translation>Lier à un constat</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Answer checklist question</source>
        <translation>Répondre à une question de la liste de contrôle</translation>
    </message>
    <message>
        <source>Link checklist answer to finding</source>
        <translation>Lier la réponse de la liste de contrôle à un constat</translation>
    </message>
</context>
<context>
    <name>vigil::ChecklistResponseRepository</name>
    <message>
        <source>The checklist answer does not exist or was deleted.</source>
        <translation>La réponse à la liste de contrôle n&apos;existe pas ou a été supprimée.</translation>
    </message>
</context>
<context>
    <name>vigil::ChecklistTemplateRepository</name>
    <message>
        <source>The checklist template does not exist or was deleted.</source>
        <translation>Le modèle de liste de contrôle n&apos;existe pas ou a été supprimé.</translation>
    </message>
</context>
<context>
    <name>vigil::ChecklistTemplates</name>
    <message>
        <source>Immigration detention: centre visit</source>
        <translation>Rétention administrative&#xa0;: visite d&apos;un centre</translation>
    </message>
    <message>
        <source>Ill-treatment</source>
        <translation>Mauvais traitements</translation>
    </message>
    <message>
        <source>Did any detainee allege ill-treatment by staff or escorts, including during attempted removals?</source>
        <translation>Des personnes retenues ont-elles fait état de mauvais traitements de la part du personnel ou des escortes, y compris lors de tentatives d&apos;éloignement&#xa0;?</translation>
    </message>
    <message>
        <source>Ask specifically about removal attempts, transfers and the first days after arrival.</source>
        <translation>Posez des questions précises sur les tentatives d&apos;éloignement, les transferts et les premiers jours suivant l&apos;arrivée.</translation>
    </message>
    <message>
        <source>Removal operations</source>
        <translation>Opérations d&apos;éloignement</translation>
    </message>
    <message>
        <source>Are removal operations monitored, and are means of restraint during removal limited to what is strictly necessary, with nothing that may obstruct the airways?</source>
        <translation>Les opérations d&apos;éloignement font-elles l&apos;objet d&apos;un contrôle, et les moyens de contention utilisés lors de l&apos;éloignement sont-ils limités au strict nécessaire, sans rien qui puisse obstruer les voies respiratoires&#xa0;?</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Isolement</translation>
    </message>
    <message>
        <source>Is isolation used as a punishment, to manage people who resist removal, or for longer than strictly necessary?</source>
        <translation>L&apos;isolement est-il utilisé comme sanction, pour gérer les personnes qui s&apos;opposent à leur éloignement, ou au-delà de la durée strictement nécessaire&#xa0;?</translation>
    </message>
    <message>
        <source>Check the isolation register for reasons, duration and who decided.</source>
        <translation>Vérifiez dans le registre d&apos;isolement les motifs, la durée et l&apos;auteur de la décision.</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Fouilles</translation>
    </message>
    <message>
        <source>Are searches carried out with respect for dignity, by staff of the same gender, without routine strip searches?</source>
        <translation>Les fouilles sont-elles effectuées dans le respect de la dignité, par du personnel du même sexe, sans fouilles intégrales systématiques&#xa0;?</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Does every detainee have a written, reasoned detention order based on an individual assessment of necessity and proportionality?</source>
        <translation>Chaque personne retenue fait-elle l&apos;objet d&apos;une décision de placement en rétention écrite et motivée, fondée sur une évaluation individuelle de la nécessité et de la proportionnalité&#xa0;?</translation>
    </message>
    <message>
        <source>Read a sample of orders: look for standard wording that shows no individual assessment.</source>
        <translation>Lisez un échantillon de décisions&#xa0;: repérez les formules stéréotypées qui révèlent l&apos;absence d&apos;évaluation individuelle.</translation>
    </message>
    <message>
        <source>Alternatives to detention</source>
        <translation>Alternatives à la rétention</translation>
    </message>
    <message>
        <source>Were alternatives to detention considered and recorded in the decision to detain?</source>
        <translation>Les alternatives à la rétention ont-elles été envisagées et mentionnées dans la décision de placement&#xa0;?</translation>
    </message>
    <message>
        <source>Length of detention</source>
        <translation>Durée de la rétention</translation>
    </message>
    <message>
        <source>What is the longest current period of detention, in days? Compare with the maximum set in law.</source>
        <translation>Quelle est, en jours, la plus longue durée de rétention en cours&#xa0;? Comparez-la avec la durée maximale fixée par la loi.</translation>
    </message>
    <message>
        <source>Judicial review</source>
        <translation>Contrôle juridictionnel</translation>
    </message>
    <message>
        <source>Are detainees brought promptly before a judge, and is their detention reviewed at regular intervals?</source>
        <translation>Les personnes retenues sont-elles présentées sans délai à un juge, et leur rétention est-elle réexaminée à intervalles réguliers&#xa0;?</translation>
    </message>
    <message>
        <source>Information on rights</source>
        <translation>Information sur les droits</translation>
    </message>
    <message>
        <source>Are detainees told the reasons for their detention and their rights, orally and in writing, in a language they understand?</source>
        <translation>Les personnes retenues sont-elles informées des motifs de leur rétention et de leurs droits, oralement et par écrit, dans une langue qu&apos;elles comprennent&#xa0;?</translation>
    </message>
    <message>
        <source>Legal assistance</source>
        <translation>Assistance juridique</translation>
    </message>
    <message>
        <source>Do detainees have access to free legal advice, and can they meet lawyers in private?</source>
        <translation>Les personnes retenues ont-elles accès à des conseils juridiques gratuits, et peuvent-elles s&apos;entretenir avec un avocat en toute confidentialité&#xa0;?</translation>
    </message>
    <message>
        <source>Access to asylum</source>
        <translation>Accès à l&apos;asile</translation>
    </message>
    <message>
        <source>Can detainees apply for asylum and contact UNHCR, NGOs and (unless they seek protection from that state) their consulate?</source>
        <translation>Les personnes retenues peuvent-elles demander l&apos;asile et contacter le HCR, des ONG et (sauf si elles demandent une protection contre cet État) leur consulat&#xa0;?</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Are any children detained, accompanied or unaccompanied?</source>
        <translation>Des enfants sont-ils retenus, accompagnés ou non accompagnés&#xa0;?</translation>
    </message>
    <message>
        <source>Children should not be detained for immigration purposes. Record ages, length of detention and how age was assessed.</source>
        <translation>Les enfants ne devraient pas être placés en rétention pour des motifs liés à l&apos;immigration. Relevez leur âge, la durée de leur rétention et la manière dont leur âge a été évalué.</translation>
    </message>
    <message>
        <source>Vulnerable persons</source>
        <translation>Personnes vulnérables</translation>
    </message>
    <message>
        <source>Is there a procedure that identifies victims of torture or trafficking, persons with disabilities and other vulnerable persons, and leads to their release or an alternative?</source>
        <translation>Existe-t-il une procédure permettant d&apos;identifier les victimes de torture ou de traite, les personnes handicapées et les autres personnes vulnérables, et conduisant à leur libération ou à une alternative à la rétention&#xa0;?</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>Séparation</translation>
    </message>
    <message>
        <source>Are men and women held separately (families together), and are immigration detainees held apart from people convicted of crimes?</source>
        <translation>Les hommes et les femmes sont-ils hébergés séparément (les familles restant ensemble), et les personnes retenues sont-elles séparées des personnes condamnées pour des infractions pénales&#xa0;?</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Plaintes et requêtes</translation>
    </message>
    <message>
        <source>Can detainees complain confidentially, in their own language, to a body independent of the centre?</source>
        <translation>Les personnes retenues peuvent-elles déposer plainte de manière confidentielle, dans leur propre langue, auprès d&apos;un organe indépendant du centre&#xa0;?</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interprétariat</translation>
    </message>
    <message>
        <source>Is professional interpretation used for medical, legal and disciplinary matters, rather than staff or other detainees?</source>
        <translation>Recourt-on à des interprètes professionnels pour les questions médicales, juridiques et disciplinaires, plutôt qu&apos;au personnel ou à d&apos;autres personnes retenues&#xa0;?</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Is the accommodation suited to people who are not held for a crime, with adequate space, light, ventilation and privacy, rather than prison-like?</source>
        <translation>L&apos;hébergement est-il adapté à des personnes qui ne sont pas privées de liberté pour une infraction pénale, avec un espace, une lumière, une aération et une intimité suffisants, et dépourvu de caractère carcéral&#xa0;?</translation>
    </message>
    <message>
        <source>Sanitation</source>
        <translation>Installations sanitaires</translation>
    </message>
    <message>
        <source>Are toilets and showers sufficient in number, clean, separate for women and men, and private?</source>
        <translation>Les toilettes et les douches sont-elles en nombre suffisant, propres, séparées pour les femmes et les hommes, et préservent-elles l&apos;intimité&#xa0;?</translation>
    </message>
    <message>
        <source>Food and water</source>
        <translation>Alimentation et eau</translation>
    </message>
    <message>
        <source>Is food adequate and culturally and religiously appropriate, and is drinking water always available?</source>
        <translation>La nourriture est-elle suffisante et adaptée aux exigences culturelles et religieuses, et l&apos;eau potable est-elle disponible en permanence&#xa0;?</translation>
    </message>
    <message>
        <source>Clothing and hygiene</source>
        <translation>Habillement et hygiène</translation>
    </message>
    <message>
        <source>Are detainees given clean clothing, bedding and hygiene products, including sanitary products for women?</source>
        <translation>Les personnes retenues reçoivent-elles des vêtements et une literie propres ainsi que des produits d&apos;hygiène, y compris des protections périodiques pour les femmes&#xa0;?</translation>
    </message>
    <message>
        <source>Outdoor access</source>
        <translation>Accès à l&apos;air libre</translation>
    </message>
    <message>
        <source>Do detainees have daily access to the open air and to recreation?</source>
        <translation>Les personnes retenues ont-elles chaque jour accès à l&apos;air libre et à des loisirs&#xa0;?</translation>
    </message>
    <message>
        <source>Contact with the outside world</source>
        <translation>Contacts avec le monde extérieur</translation>
    </message>
    <message>
        <source>Can detainees keep or use mobile phones, make calls free of charge, and receive visits from family, friends and lawyers?</source>
        <translation>Les personnes retenues peuvent-elles conserver ou utiliser leur téléphone portable, téléphoner gratuitement et recevoir la visite de leur famille, de leurs amis et de leur avocat&#xa0;?</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Are education, recreation and, for longer stays, work or training available?</source>
        <translation>Des activités éducatives et de loisirs et, pour les séjours plus longs, un travail ou une formation sont-ils proposés&#xa0;?</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Religion</translation>
    </message>
    <message>
        <source>Can detainees practise their religion?</source>
        <translation>Les personnes retenues peuvent-elles pratiquer leur religion&#xa0;?</translation>
    </message>
    <message>
        <source>Freedom of movement</source>
        <translation>Liberté de circulation</translation>
    </message>
    <message>
        <source>Can detainees move freely within the centre during the day rather than being locked in their rooms?</source>
        <translation>Les personnes retenues peuvent-elles circuler librement dans le centre pendant la journée, plutôt que d&apos;être enfermées dans leur chambre&#xa0;?</translation>
    </message>
    <message>
        <source>Screening on arrival</source>
        <translation>Examen médical à l&apos;arrivée</translation>
    </message>
    <message>
        <source>Is every detainee medically screened on arrival, including for signs of torture, trauma and infectious disease?</source>
        <translation>Chaque personne retenue fait-elle l&apos;objet d&apos;un examen médical à son arrivée, y compris pour déceler des signes de torture, de traumatisme et de maladies infectieuses&#xa0;?</translation>
    </message>
    <message>
        <source>Harm from detention</source>
        <translation>Effets délétères de la rétention</translation>
    </message>
    <message>
        <source>When a doctor reports that detention is harming a detainee&apos;s physical or mental health, does this lead to a review of the detention?</source>
        <translation>Lorsqu&apos;un médecin signale que la rétention porte atteinte à la santé physique ou mentale d&apos;une personne retenue, cela entraîne-t-il un réexamen de la rétention&#xa0;?</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Santé mentale</translation>
    </message>
    <message>
        <source>Is psychological support available, and is there a protocol on self-harm and hunger strikes that respects medical ethics?</source>
        <translation>Un soutien psychologique est-il disponible, et existe-t-il un protocole relatif aux actes d&apos;automutilation et aux grèves de la faim qui respecte l&apos;éthique médicale&#xa0;?</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Are medical consultations confidential, with professional interpreters rather than staff or other detainees?</source>
        <translation>Les consultations médicales sont-elles confidentielles, avec des interprètes professionnels plutôt que le personnel ou d&apos;autres personnes retenues&#xa0;?</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Have staff been trained in refugee and asylum law, gender and cultural awareness, and de-escalation?</source>
        <translation>Le personnel a-t-il été formé au droit des réfugiés et au droit d&apos;asile, aux questions de genre et de diversité culturelle, et aux techniques de désescalade&#xa0;?</translation>
    </message>
    <message>
        <source>Women staff</source>
        <translation>Personnel féminin</translation>
    </message>
    <message>
        <source>Are there women staff on every shift, and are women detainees searched and supervised by women?</source>
        <translation>Du personnel féminin est-il présent à chaque service, et les femmes retenues sont-elles fouillées et surveillées par des femmes&#xa0;?</translation>
    </message>
    <message>
        <source>Staffing levels</source>
        <translation>Effectifs</translation>
    </message>
    <message>
        <source>Are there enough staff for detainees to be escorted to appointments, visits and activities without cancellations?</source>
        <translation>Les effectifs sont-ils suffisants pour que les personnes retenues soient accompagnées à leurs rendez-vous, visites et activités sans annulation&#xa0;?</translation>
    </message>
    <message>
        <source>Juvenile centre: visit</source>
        <translation>Centre pour mineurs&#xa0;: visite</translation>
    </message>
    <message>
        <source>Did any child report violence, humiliation or threats by staff?</source>
        <translation>Des mineurs ont-ils fait état de violences, d&apos;humiliations ou de menaces de la part du personnel&#xa0;?</translation>
    </message>
    <message>
        <source>Interview children in private, in language suited to their age, with their consent and, where needed, support.</source>
        <translation>Entretenez-vous avec les mineurs en privé, dans un langage adapté à leur âge, avec leur consentement et, si nécessaire, avec un accompagnement.</translation>
    </message>
    <message>
        <source>Violence between children</source>
        <translation>Violences entre mineurs</translation>
    </message>
    <message>
        <source>Are children protected from violence, bullying and sexual abuse by other children, with incidents recorded and followed up?</source>
        <translation>Les mineurs sont-ils protégés contre les violences, le harcèlement et les abus sexuels de la part d&apos;autres mineurs, et les incidents sont-ils consignés et suivis&#xa0;?</translation>
    </message>
    <message>
        <source>Force and restraint</source>
        <translation>Force et contention</translation>
    </message>
    <message>
        <source>Is force or restraint used only in exceptional cases when all other means of control have failed, as authorised by law, and never to cause pain?</source>
        <translation>Le recours à la force ou à des moyens de contention n&apos;a-t-il lieu que dans des cas exceptionnels, lorsque tous les autres moyens de maîtrise ont échoué, dans les conditions prévues par la loi, et jamais pour infliger une douleur&#xa0;?</translation>
    </message>
    <message>
        <source>Solitary confinement</source>
        <translation>Isolement cellulaire</translation>
    </message>
    <message>
        <source>Are children ever placed in solitary confinement, closed or dark cells?</source>
        <translation>Des mineurs sont-ils parfois placés à l&apos;isolement cellulaire, en cellule fermée ou en cellule obscure&#xa0;?</translation>
    </message>
    <message>
        <source>Prohibited sanctions</source>
        <translation>Sanctions interdites</translation>
    </message>
    <message>
        <source>Are prohibited sanctions used: corporal punishment, reduction of food, restriction of family contact, collective sanctions or labour as punishment?</source>
        <translation>Des sanctions interdites sont-elles appliquées&#xa0;: châtiments corporels, réduction de nourriture, restriction des contacts familiaux, sanctions collectives ou travail imposé à titre de sanction&#xa0;?</translation>
    </message>
    <message>
        <source>Weapons</source>
        <translation>Armes</translation>
    </message>
    <message>
        <source>Do staff carry weapons inside the centre?</source>
        <translation>Le personnel porte-t-il des armes à l&apos;intérieur du centre&#xa0;?</translation>
    </message>
    <message>
        <source>Last resort</source>
        <translation>Mesure de dernier ressort</translation>
    </message>
    <message>
        <source>Is every child held under a valid order of a judicial authority, with detention used as a last resort and for the shortest appropriate time?</source>
        <translation>Chaque mineur est-il placé en vertu d&apos;une décision valide d&apos;une autorité judiciaire, la privation de liberté n&apos;étant qu&apos;une mesure de dernier ressort et d&apos;une durée aussi brève que possible&#xa0;?</translation>
    </message>
    <message>
        <source>Pre-trial detention</source>
        <translation>Détention provisoire</translation>
    </message>
    <message>
        <source>What is the longest current pre-trial detention of a child, in days?</source>
        <translation>Quelle est, en jours, la plus longue détention provisoire en cours d&apos;un mineur&#xa0;?</translation>
    </message>
    <message>
        <source>Separation from adults</source>
        <translation>Séparation d&apos;avec les adultes</translation>
    </message>
    <message>
        <source>Are children held apart from adults, except family members in family units?</source>
        <translation>Les mineurs sont-ils séparés des adultes, sauf des membres de leur famille dans des unités familiales&#xa0;?</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Filles</translation>
    </message>
    <message>
        <source>Are girls held apart from boys, supervised by women staff, and is attention paid to their specific needs?</source>
        <translation>Les filles sont-elles séparées des garçons et surveillées par du personnel féminin, et une attention est-elle portée à leurs besoins spécifiques&#xa0;?</translation>
    </message>
    <message>
        <source>Parents informed</source>
        <translation>Information des parents</translation>
    </message>
    <message>
        <source>Are parents or guardians informed at once of admission, transfer, illness, injury and release?</source>
        <translation>Les parents ou les représentants légaux sont-ils informés immédiatement de l&apos;admission, de tout transfert, de toute maladie ou blessure et de la libération&#xa0;?</translation>
    </message>
    <message>
        <source>Are children told the rules, their rights and how to complain, in a way they understand?</source>
        <translation>Les mineurs sont-ils informés du règlement, de leurs droits et de la manière de déposer plainte, sous une forme qu&apos;ils comprennent&#xa0;?</translation>
    </message>
    <message>
        <source>Disciplinary procedure</source>
        <translation>Procédure disciplinaire</translation>
    </message>
    <message>
        <source>Are disciplinary sanctions decided under written rules, after the child has been heard, and recorded?</source>
        <translation>Les sanctions disciplinaires sont-elles prononcées conformément à des règles écrites, après que le mineur a été entendu, et sont-elles consignées&#xa0;?</translation>
    </message>
    <message>
        <source>Can children complain confidentially to the director, to an independent body such as an ombudsperson, and through their family or lawyer?</source>
        <translation>Les mineurs peuvent-ils déposer plainte de manière confidentielle auprès du directeur, d&apos;un organe indépendant tel qu&apos;un médiateur, et par l&apos;intermédiaire de leur famille ou de leur avocat&#xa0;?</translation>
    </message>
    <message>
        <source>Do children have prompt access to a lawyer and free legal aid, with private meetings?</source>
        <translation>Les mineurs ont-ils rapidement accès à un avocat et à une aide juridique gratuite, avec des entretiens confidentiels&#xa0;?</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Are children&apos;s files complete and kept confidential?</source>
        <translation>Les dossiers des mineurs sont-ils complets et tenus confidentiels&#xa0;?</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Taux d&apos;occupation</translation>
    </message>
    <message>
        <source>How many children are held today? Compare with the capacity.</source>
        <translation>Combien de mineurs sont hébergés aujourd&apos;hui&#xa0;? Comparez avec la capacité d&apos;accueil.</translation>
    </message>
    <message>
        <source>Do children sleep in individual rooms or small dormitories, with supervision at night?</source>
        <translation>Les mineurs dorment-ils dans des chambres individuelles ou de petits dortoirs, avec une surveillance la nuit&#xa0;?</translation>
    </message>
    <message>
        <source>Are toilets and showers clean, private and available when needed?</source>
        <translation>Les toilettes et les douches sont-elles propres, préservent-elles l&apos;intimité et sont-elles accessibles en cas de besoin&#xa0;?</translation>
    </message>
    <message>
        <source>Is food adequate for growing children and suited to their culture and religion, and is drinking water always available?</source>
        <translation>La nourriture est-elle adaptée à des mineurs en croissance ainsi qu&apos;à leur culture et à leur religion, et l&apos;eau potable est-elle disponible en permanence&#xa0;?</translation>
    </message>
    <message>
        <source>Clothing and belongings</source>
        <translation>Vêtements et effets personnels</translation>
    </message>
    <message>
        <source>Can children wear their own clothes and keep personal belongings?</source>
        <translation>Les mineurs peuvent-ils porter leurs propres vêtements et conserver leurs effets personnels&#xa0;?</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Enseignement</translation>
    </message>
    <message>
        <source>Do all children of compulsory school age receive education suited to their needs, from qualified teachers, leading to recognised qualifications?</source>
        <translation>Tous les mineurs soumis à l&apos;obligation scolaire reçoivent-ils un enseignement adapté à leurs besoins, dispensé par des enseignants qualifiés et menant à des diplômes reconnus&#xa0;?</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>Formation professionnelle</translation>
    </message>
    <message>
        <source>Is vocational training available to children who want it?</source>
        <translation>Une formation professionnelle est-elle proposée aux mineurs qui le souhaitent&#xa0;?</translation>
    </message>
    <message>
        <source>Exercise and recreation</source>
        <translation>Exercice et loisirs</translation>
    </message>
    <message>
        <source>Do children have daily free exercise outdoors and time for recreation?</source>
        <translation>Les mineurs disposent-ils chaque jour de temps d&apos;exercice libre en plein air et de temps de loisirs&#xa0;?</translation>
    </message>
    <message>
        <source>Time out of room</source>
        <translation>Temps hors de la chambre</translation>
    </message>
    <message>
        <source>How many hours a day do children spend outside their rooms?</source>
        <translation>Combien d&apos;heures par jour les mineurs passent-ils hors de leur chambre&#xa0;?</translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation>Liens familiaux</translation>
    </message>
    <message>
        <source>Can children receive visits at least once a week and write or telephone at least twice a week?</source>
        <translation>Les mineurs peuvent-ils recevoir des visites au moins une fois par semaine et écrire ou téléphoner au moins deux fois par semaine&#xa0;?</translation>
    </message>
    <message>
        <source>Reintegration</source>
        <translation>Réinsertion</translation>
    </message>
    <message>
        <source>Does each child have an individual plan for release and return to the community?</source>
        <translation>Chaque mineur dispose-t-il d&apos;un projet individuel de sortie et de retour dans la société&#xa0;?</translation>
    </message>
    <message>
        <source>Examination on admission</source>
        <translation>Examen médical à l&apos;admission</translation>
    </message>
    <message>
        <source>Is every child medically examined on admission, with injuries recorded and reported?</source>
        <translation>Chaque mineur fait-il l&apos;objet d&apos;un examen médical à son admission, les blessures étant consignées et signalées&#xa0;?</translation>
    </message>
    <message>
        <source>Access to health care</source>
        <translation>Accès aux soins</translation>
    </message>
    <message>
        <source>Can children see a doctor, nurse or dentist promptly?</source>
        <translation>Les mineurs peuvent-ils consulter rapidement un médecin, un infirmier ou un dentiste&#xa0;?</translation>
    </message>
    <message>
        <source>Mental health and drug dependence</source>
        <translation>Santé mentale et toxicomanie</translation>
    </message>
    <message>
        <source>Are mental health care and treatment for drug dependence available?</source>
        <translation>Des soins de santé mentale et une prise en charge des addictions sont-ils disponibles&#xa0;?</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>Is medication given only for treatment, never to obtain information or as restraint or punishment?</source>
        <translation>Les médicaments sont-ils administrés uniquement à des fins thérapeutiques, et jamais pour obtenir des informations, comme moyen de contention ou comme sanction&#xa0;?</translation>
    </message>
    <message>
        <source>Qualified staff</source>
        <translation>Personnel qualifié</translation>
    </message>
    <message>
        <source>Are staff qualified, carefully selected, and do they include educators, social workers and psychologists?</source>
        <translation>Le personnel est-il qualifié et soigneusement sélectionné, et comprend-il des éducateurs, des travailleurs sociaux et des psychologues&#xa0;?</translation>
    </message>
    <message>
        <source>Have staff been trained in child psychology, child protection and international standards?</source>
        <translation>Le personnel a-t-il été formé à la psychologie de l&apos;enfant, à la protection de l&apos;enfance et aux normes internationales&#xa0;?</translation>
    </message>
    <message>
        <source>Mixed-gender staffing</source>
        <translation>Mixité du personnel</translation>
    </message>
    <message>
        <source>Are women and men staff on duty on every shift?</source>
        <translation>Du personnel des deux sexes est-il présent à chaque service&#xa0;?</translation>
    </message>
    <message>
        <source>How many staff are present with each group of children during the day?</source>
        <translation>Combien de membres du personnel sont présents auprès de chaque groupe de mineurs pendant la journée&#xa0;?</translation>
    </message>
    <message>
        <source>Police custody: station visit</source>
        <translation>Garde à vue&#xa0;: visite d&apos;un commissariat</translation>
    </message>
    <message>
        <source>Did any person interviewed in private allege ill-treatment at arrest, during transport or during questioning?</source>
        <translation>Des personnes entendues en privé ont-elles fait état de mauvais traitements lors de l&apos;interpellation, pendant le transport ou pendant les auditions&#xa0;?</translation>
    </message>
    <message>
        <source>Ask about the first hours of custody in particular; record allegations with consent and look for visible injuries.</source>
        <translation>Posez des questions en particulier sur les premières heures de garde à vue&#xa0;; consignez les allégations avec le consentement de la personne et recherchez des lésions visibles.</translation>
    </message>
    <message>
        <source>Use of force</source>
        <translation>Usage de la force</translation>
    </message>
    <message>
        <source>Is every use of force at arrest or in the station recorded, with the officer&apos;s report reviewed by a supervisor?</source>
        <translation>Chaque usage de la force lors de l&apos;interpellation ou au commissariat est-il consigné, et le rapport du fonctionnaire est-il examiné par un supérieur hiérarchique&#xa0;?</translation>
    </message>
    <message>
        <source>Questioning</source>
        <translation>Auditions</translation>
    </message>
    <message>
        <source>Are interviews recorded (audio or video), with their start, end, breaks and everyone present logged?</source>
        <translation>Les auditions sont-elles enregistrées (audio ou vidéo), avec consignation de l&apos;heure de début, de fin, des pauses et de toutes les personnes présentes&#xa0;?</translation>
    </message>
    <message>
        <source>Check the interview log against the custody record for unexplained gaps or interviews outside the record.</source>
        <translation>Confrontez le registre des auditions au registre de garde à vue pour repérer les périodes inexpliquées ou les auditions qui n&apos;y figurent pas.</translation>
    </message>
    <message>
        <source>Coerced statements</source>
        <translation>Aveux obtenus sous la contrainte</translation>
    </message>
    <message>
        <source>Are detained persons ever questioned without their lawyer after asking for one, or pressed to confess?</source>
        <translation>Arrive-t-il que des personnes gardées à vue soient entendues sans leur avocat alors qu&apos;elles en ont demandé un, ou qu&apos;elles subissent des pressions pour passer aux aveux&#xa0;?</translation>
    </message>
    <message>
        <source>Restraints</source>
        <translation>Moyens de contrainte</translation>
    </message>
    <message>
        <source>Are handcuffs and other restraints used in the station only when strictly necessary, and never to attach people to fixed objects?</source>
        <translation>Les menottes et autres moyens de contrainte ne sont-ils utilisés au commissariat qu&apos;en cas de stricte nécessité, et jamais pour attacher des personnes à des objets fixes&#xa0;?</translation>
    </message>
    <message>
        <source>Suspicious objects</source>
        <translation>Objets suspects</translation>
    </message>
    <message>
        <source>Were any non-regulation objects (bats, cables, pipes, electric-shock devices) found in offices or interview rooms?</source>
        <translation>Des objets non réglementaires (battes, câbles, tuyaux, dispositifs à impulsion électrique) ont-ils été trouvés dans les bureaux ou les salles d&apos;audition&#xa0;?</translation>
    </message>
    <message>
        <source>Note the room and describe the object; photograph it if the team&apos;s mandate allows.</source>
        <translation>Notez la pièce et décrivez l&apos;objet&#xa0;; photographiez-le si le mandat de l&apos;équipe le permet.</translation>
    </message>
    <message>
        <source>Custody record</source>
        <translation>Registre de garde à vue</translation>
    </message>
    <message>
        <source>Does the custody record show, for every person, the time and reason of arrest and arrival, the officers involved, rights given, visits, meals, questioning and release or transfer?</source>
        <translation>Le registre de garde à vue indique-t-il, pour chaque personne, l&apos;heure et le motif de l&apos;interpellation et de l&apos;arrivée, les fonctionnaires concernés, les droits notifiés, les visites, les repas, les auditions et la remise en liberté ou le transfert&#xa0;?</translation>
    </message>
    <message>
        <source>Trace a sample of people from the record to the cells and back; look for late entries and blank lines.</source>
        <translation>Suivez un échantillon de personnes du registre jusqu&apos;aux cellules, et inversement&#xa0;; repérez les inscriptions tardives et les lignes laissées vides.</translation>
    </message>
    <message>
        <source>Are detained persons told their rights (lawyer, notifying someone, doctor, interpreter, silence) at once, orally and in writing, in a language they understand?</source>
        <translation>Les personnes gardées à vue sont-elles informées immédiatement de leurs droits (avocat, information d&apos;un tiers, médecin, interprète, droit de se taire), oralement et par écrit, dans une langue qu&apos;elles comprennent&#xa0;?</translation>
    </message>
    <message>
        <source>Notification of custody</source>
        <translation>Information d&apos;un tiers</translation>
    </message>
    <message>
        <source>Can detained persons have a relative or another person of their choice told of their detention from the outset?</source>
        <translation>Les personnes gardées à vue peuvent-elles faire informer un proche ou une autre personne de leur choix de leur privation de liberté dès le début de celle-ci&#xa0;?</translation>
    </message>
    <message>
        <source>Access to a lawyer</source>
        <translation>Accès à un avocat</translation>
    </message>
    <message>
        <source>Can detained persons consult a lawyer in private from the very outset of custody, including before and during questioning?</source>
        <translation>Les personnes gardées à vue peuvent-elles s&apos;entretenir en privé avec un avocat dès le tout début de la garde à vue, y compris avant et pendant les auditions&#xa0;?</translation>
    </message>
    <message>
        <source>Judicial control</source>
        <translation>Présentation à un juge</translation>
    </message>
    <message>
        <source>Are all detained persons brought before a judge within the legal time limit, and at the latest within 48 hours?</source>
        <translation>Toutes les personnes gardées à vue sont-elles présentées à un juge dans le délai légal, et au plus tard dans les 48 heures&#xa0;?</translation>
    </message>
    <message>
        <source>Length of custody</source>
        <translation>Durée de la garde à vue</translation>
    </message>
    <message>
        <source>What was the longest time, in hours, that a person spent in the station&apos;s cells in the period checked?</source>
        <translation>Quelle a été, en heures, la plus longue durée passée par une personne dans les cellules du commissariat au cours de la période contrôlée&#xa0;?</translation>
    </message>
    <message>
        <source>Are children&apos;s parents or guardians notified at once, and are children questioned only with a lawyer or appropriate adult present and held apart from adults?</source>
        <translation>Les parents ou représentants légaux des mineurs sont-ils avisés immédiatement, et les mineurs ne sont-ils entendus qu&apos;en présence d&apos;un avocat ou d&apos;un adulte approprié, et séparés des adultes&#xa0;?</translation>
    </message>
    <message>
        <source>Foreign nationals</source>
        <translation>Ressortissants étrangers</translation>
    </message>
    <message>
        <source>Are foreign nationals told they may contact their consulate, and is a professional interpreter provided when needed?</source>
        <translation>Les ressortissants étrangers sont-ils informés qu&apos;ils peuvent contacter leur consulat, et un interprète professionnel est-il fourni si nécessaire&#xa0;?</translation>
    </message>
    <message>
        <source>Is there an accessible way to complain about police treatment to a body independent of the police?</source>
        <translation>Existe-t-il une voie accessible pour porter plainte contre le traitement infligé par la police auprès d&apos;un organe indépendant de celle-ci&#xa0;?</translation>
    </message>
    <message>
        <source>Women detainees</source>
        <translation>Femmes gardées à vue</translation>
    </message>
    <message>
        <source>Are women detainees held apart from men and supervised and searched by female officers?</source>
        <translation>Les femmes gardées à vue sont-elles séparées des hommes, et surveillées et fouillées par des fonctionnaires de sexe féminin&#xa0;?</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Effets personnels</translation>
    </message>
    <message>
        <source>Are detained persons&apos; belongings inventoried, signed for by them, and returned on release?</source>
        <translation>Les effets personnels des personnes gardées à vue sont-ils inventoriés, l&apos;inventaire étant signé par elles, et restitués à leur sortie&#xa0;?</translation>
    </message>
    <message>
        <source>Cell size</source>
        <translation>Dimensions des cellules</translation>
    </message>
    <message>
        <source>Are cells used for overnight stays at least 7 m² for one person, with 2 m or more between walls and 2.5 m between floor and ceiling?</source>
        <translation>Les cellules utilisées pour la nuit mesurent-elles au moins 7 m² pour une personne, avec au moins 2 m entre les murs et 2,5 m entre le sol et le plafond&#xa0;?</translation>
    </message>
    <message>
        <source>Measure the cells; note how many people were held in each on the busiest night in the record.</source>
        <translation>Mesurez les cellules&#xa0;; notez combien de personnes ont été placées dans chacune lors de la nuit la plus chargée du registre.</translation>
    </message>
    <message>
        <source>Light, air and heating</source>
        <translation>Éclairage, aération et chauffage</translation>
    </message>
    <message>
        <source>Do cells have adequate lighting (natural light where possible), ventilation and heating?</source>
        <translation>Les cellules disposent-elles d&apos;un éclairage (si possible naturel), d&apos;une aération et d&apos;un chauffage suffisants&#xa0;?</translation>
    </message>
    <message>
        <source>Bedding</source>
        <translation>Literie</translation>
    </message>
    <message>
        <source>Are persons held overnight given a clean mattress and clean blankets?</source>
        <translation>Les personnes gardées à vue pendant la nuit reçoivent-elles un matelas propre et des couvertures propres&#xa0;?</translation>
    </message>
    <message>
        <source>Can detained persons use a toilet in decent conditions whenever needed, and wash?</source>
        <translation>Les personnes gardées à vue peuvent-elles utiliser des toilettes dans des conditions décentes chaque fois que nécessaire, et se laver&#xa0;?</translation>
    </message>
    <message>
        <source>Are detained persons given drinking water at all times and food at normal meal times, including at least one full meal a day?</source>
        <translation>Les personnes gardées à vue disposent-elles d&apos;eau potable à tout moment et de nourriture aux heures normales des repas, dont au moins un repas complet par jour&#xa0;?</translation>
    </message>
    <message>
        <source>Video surveillance</source>
        <translation>Vidéosurveillance</translation>
    </message>
    <message>
        <source>Do cameras cover cells, corridors and interview rooms, with recordings kept long enough to examine complaints, while respecting privacy at toilets?</source>
        <translation>Les caméras couvrent-elles les cellules, les couloirs et les salles d&apos;audition, avec des enregistrements conservés assez longtemps pour permettre l&apos;examen des plaintes, tout en respectant l&apos;intimité aux toilettes&#xa0;?</translation>
    </message>
    <message>
        <source>Outdoor exercise</source>
        <translation>Promenade</translation>
    </message>
    <message>
        <source>Are persons held for 24 hours or more offered outdoor exercise every day?</source>
        <translation>Les personnes gardées à vue 24 heures ou plus se voient-elles proposer chaque jour un exercice en plein air&#xa0;?</translation>
    </message>
    <message>
        <source>Can detained persons receive visits or make telephone calls, with any restriction justified by the investigation and recorded?</source>
        <translation>Les personnes gardées à vue peuvent-elles recevoir des visites ou téléphoner, toute restriction étant justifiée par les besoins de l&apos;enquête et consignée&#xa0;?</translation>
    </message>
    <message>
        <source>Reading and religion</source>
        <translation>Lecture et religion</translation>
    </message>
    <message>
        <source>Are persons held for longer periods offered reading material and allowed items needed for their religious practice?</source>
        <translation>Les personnes gardées à vue pendant de longues périodes se voient-elles proposer de la lecture et autoriser les objets nécessaires à leur pratique religieuse&#xa0;?</translation>
    </message>
    <message>
        <source>Access to a doctor</source>
        <translation>Accès à un médecin</translation>
    </message>
    <message>
        <source>Can detained persons see a doctor on request, including one of their own choice, without police officers filtering the request?</source>
        <translation>Les personnes gardées à vue peuvent-elles consulter un médecin à leur demande, y compris un médecin de leur choix, sans que les policiers filtrent la demande&#xa0;?</translation>
    </message>
    <message>
        <source>Confidential examination</source>
        <translation>Examen confidentiel</translation>
    </message>
    <message>
        <source>Are medical examinations held out of the hearing and, unless the doctor asks otherwise, out of the sight of police officers?</source>
        <translation>Les examens médicaux ont-ils lieu hors de portée de voix et, sauf demande contraire du médecin, hors de la vue des policiers&#xa0;?</translation>
    </message>
    <message>
        <source>Documentation of injuries</source>
        <translation>Documentation des lésions</translation>
    </message>
    <message>
        <source>Are injuries seen on arrival recorded with the person&apos;s own account and reported to the prosecutor?</source>
        <translation>Les lésions constatées à l&apos;arrivée sont-elles consignées avec le récit de la personne elle-même et signalées au procureur&#xa0;?</translation>
    </message>
    <message>
        <source>Compare injury records with the time of arrest and the custody record.</source>
        <translation>Comparez les constatations de lésions avec l&apos;heure de l&apos;interpellation et le registre de garde à vue.</translation>
    </message>
    <message>
        <source>Can detained persons continue prescribed medication, including opioid substitution treatment, while in custody?</source>
        <translation>Les personnes gardées à vue peuvent-elles poursuivre les traitements prescrits, y compris un traitement de substitution aux opiacés, pendant la garde à vue&#xa0;?</translation>
    </message>
    <message>
        <source>Have officers been trained in human rights, de-escalation, safe restraint and investigative interviewing?</source>
        <translation>Les fonctionnaires ont-ils été formés aux droits de l&apos;homme, à la désescalade, aux techniques de contention sans danger et aux techniques d&apos;entretien d&apos;enquête&#xa0;?</translation>
    </message>
    <message>
        <source>Responsibility for detainees</source>
        <translation>Responsabilité des personnes gardées à vue</translation>
    </message>
    <message>
        <source>Is one officer, independent of the investigation, responsible on each shift for the welfare and record of detained persons?</source>
        <translation>Un fonctionnaire indépendant de l&apos;enquête est-il chargé, à chaque service, du bien-être des personnes gardées à vue et de la tenue du registre&#xa0;?</translation>
    </message>
    <message>
        <source>Identification of officers</source>
        <translation>Identification des fonctionnaires</translation>
    </message>
    <message>
        <source>Can detained persons identify the officers dealing with them (name or number visible), and are those officers named in the custody record?</source>
        <translation>Les personnes gardées à vue peuvent-elles identifier les fonctionnaires qui s&apos;occupent d&apos;elles (nom ou numéro visible), et ces fonctionnaires sont-ils nommés dans le registre de garde à vue&#xa0;?</translation>
    </message>
    <message>
        <source>Prison: general visit</source>
        <translation>Établissement pénitentiaire&#xa0;: visite générale</translation>
    </message>
    <message>
        <source>Did any prisoner interviewed in private allege physical ill-treatment, threats or verbal abuse by staff?</source>
        <translation>Des personnes détenues entendues en privé ont-elles fait état de violences physiques, de menaces ou d&apos;insultes de la part du personnel&#xa0;?</translation>
    </message>
    <message>
        <source>Record each allegation separately with the person&apos;s consent (time, place, unit, staff involved). Look for consistent accounts from independent sources and for medical evidence.</source>
        <translation>Consignez chaque allégation séparément, avec le consentement de la personne (heure, lieu, unité, personnels mis en cause). Recherchez des récits concordants provenant de sources indépendantes ainsi que des éléments médicaux.</translation>
    </message>
    <message>
        <source>Is every use of force recorded, reported to the director and reviewed, with a medical examination of the prisoner afterwards?</source>
        <translation>Chaque usage de la force est-il consigné, signalé au directeur et examiné, avec un examen médical de la personne détenue par la suite&#xa0;?</translation>
    </message>
    <message>
        <source>Compare the use-of-force register with the medical register and with what prisoners and staff say.</source>
        <translation>Comparez le registre de l&apos;usage de la force avec le registre médical et avec les déclarations des personnes détenues et du personnel.</translation>
    </message>
    <message>
        <source>Instruments of restraint</source>
        <translation>Instruments de contrainte</translation>
    </message>
    <message>
        <source>Are instruments of restraint used only where the law allows, for the shortest time, never as a punishment, and are chains, irons and other degrading restraints absent?</source>
        <translation>Les instruments de contrainte ne sont-ils utilisés que dans les cas prévus par la loi, pour la durée la plus courte possible, jamais à titre de sanction, et les chaînes, fers et autres instruments dégradants sont-ils absents&#xa0;?</translation>
    </message>
    <message>
        <source>Ask to see every type of restraint held; check who authorises their use and how long they were applied.</source>
        <translation>Demandez à voir chaque type d&apos;instrument de contrainte détenu&#xa0;; vérifiez qui en autorise l&apos;utilisation et pendant combien de temps ils ont été appliqués.</translation>
    </message>
    <message>
        <source>Is anyone held in solitary confinement (22 hours or more a day without meaningful human contact) for more than 15 consecutive days?</source>
        <translation>Des personnes sont-elles placées à l&apos;isolement cellulaire (22 heures par jour ou plus sans contact humain réel) pendant plus de 15 jours consécutifs&#xa0;?</translation>
    </message>
    <message>
        <source>Check the segregation register and visit the segregation unit; count consecutive days, including back-to-back placements.</source>
        <translation>Consultez le registre de l&apos;isolement et visitez le quartier d&apos;isolement&#xa0;; comptez les jours consécutifs, y compris les placements successifs sans interruption.</translation>
    </message>
    <message>
        <source>Are prisoners with mental or physical disabilities, pregnant women, women with infants, breastfeeding mothers or children ever placed in solitary confinement or disciplinary segregation?</source>
        <translation>Des personnes détenues atteintes d&apos;un handicap mental ou physique, des femmes enceintes, des femmes accompagnées de nourrissons, des mères allaitantes ou des mineurs sont-ils parfois placés à l&apos;isolement cellulaire ou au quartier disciplinaire&#xa0;?</translation>
    </message>
    <message>
        <source>Are strip searches and body-cavity searches carried out only when strictly necessary, in private, by trained staff of the same gender, and recorded?</source>
        <translation>Les fouilles intégrales et les investigations corporelles internes ne sont-elles effectuées qu&apos;en cas de stricte nécessité, en privé, par du personnel formé du même sexe, et sont-elles consignées&#xa0;?</translation>
    </message>
    <message>
        <source>Ask whether less intrusive methods (scanners) are available and how often strip searches follow visits.</source>
        <translation>Demandez si des méthodes moins intrusives (scanners) sont disponibles et à quelle fréquence des fouilles intégrales suivent les parloirs.</translation>
    </message>
    <message>
        <source>Inter-prisoner violence</source>
        <translation>Violences entre personnes détenues</translation>
    </message>
    <message>
        <source>How many incidents of violence between prisoners were recorded in the last 12 months?</source>
        <translation>Combien d&apos;incidents de violence entre personnes détenues ont été enregistrés au cours des 12 derniers mois&#xa0;?</translation>
    </message>
    <message>
        <source>Compare the figure with what prisoners report; ask how vulnerable prisoners are protected and whether staff are present in the units.</source>
        <translation>Comparez ce chiffre avec ce que rapportent les personnes détenues&#xa0;; demandez comment les personnes détenues vulnérables sont protégées et si le personnel est présent dans les unités.</translation>
    </message>
    <message>
        <source>Deaths in custody</source>
        <translation>Décès en détention</translation>
    </message>
    <message>
        <source>Was every death in custody in the last three years reported to a judicial or other independent authority and investigated, with the family informed?</source>
        <translation>Chaque décès survenu en détention au cours des trois dernières années a-t-il été signalé à une autorité judiciaire ou à une autre autorité indépendante et a-t-il fait l&apos;objet d&apos;une enquête, la famille étant informée&#xa0;?</translation>
    </message>
    <message>
        <source>Collective punishment</source>
        <translation>Sanctions collectives</translation>
    </message>
    <message>
        <source>Are collective punishments imposed, such as locking down a whole unit or withdrawing privileges from everyone after one prisoner&apos;s offence?</source>
        <translation>Des sanctions collectives sont-elles infligées, comme le confinement de toute une unité ou la suppression d&apos;avantages pour tous après la faute d&apos;une seule personne détenue&#xa0;?</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Registres</translation>
    </message>
    <message>
        <source>Is the admission register complete for every prisoner: identity, legal basis of detention, date and time of admission, transfers and release?</source>
        <translation>Le registre d&apos;écrou est-il complet pour chaque personne détenue&#xa0;: identité, fondement juridique de la détention, date et heure d&apos;admission, transferts et libération&#xa0;?</translation>
    </message>
    <message>
        <source>Pick names at random from the cells and trace them in the register, and the other way round.</source>
        <translation>Choisissez au hasard des noms dans les cellules et retrouvez-les dans le registre, puis faites l&apos;inverse.</translation>
    </message>
    <message>
        <source>Are prisoners given written information on the rules, their rights, how to complain and how to obtain legal advice, on admission and in a language and form they understand?</source>
        <translation>Les personnes détenues reçoivent-elles, à leur admission, des informations écrites sur le règlement, leurs droits, la manière de déposer plainte et d&apos;obtenir des conseils juridiques, dans une langue et sous une forme qu&apos;elles comprennent&#xa0;?</translation>
    </message>
    <message>
        <source>Notification of family</source>
        <translation>Information de la famille</translation>
    </message>
    <message>
        <source>Can prisoners inform their family or a person of their choice of their imprisonment and of any transfer?</source>
        <translation>Les personnes détenues peuvent-elles informer leur famille ou une personne de leur choix de leur incarcération et de tout transfert&#xa0;?</translation>
    </message>
    <message>
        <source>Are prisoners charged with a disciplinary offence told the charge, given time to prepare, heard in person, helped by an interpreter or lawyer where needed, and able to seek review?</source>
        <translation>Les personnes détenues poursuivies pour une faute disciplinaire sont-elles informées des faits reprochés, disposent-elles du temps nécessaire pour préparer leur défense, sont-elles entendues en personne, assistées d&apos;un interprète ou d&apos;un avocat si nécessaire, et peuvent-elles former un recours&#xa0;?</translation>
    </message>
    <message>
        <source>Read a sample of disciplinary files: look for unsigned sanctions, missing hearings and sanctions beyond what the law allows.</source>
        <translation>Lisez un échantillon de dossiers disciplinaires&#xa0;: repérez les sanctions non signées, les audiences manquantes et les sanctions excédant ce que la loi autorise.</translation>
    </message>
    <message>
        <source>Can prisoners complain confidentially to the director and to an outside authority without fear of reprisal, and are complaints answered promptly?</source>
        <translation>Les personnes détenues peuvent-elles déposer plainte de manière confidentielle auprès du directeur et d&apos;une autorité extérieure sans crainte de représailles, et reçoivent-elles rapidement une réponse&#xa0;?</translation>
    </message>
    <message>
        <source>Check that complaint boxes are not opened by the staff complained about; read replies to recent complaints.</source>
        <translation>Vérifiez que les boîtes aux lettres destinées aux plaintes ne sont pas relevées par les personnels mis en cause&#xa0;; lisez les réponses apportées aux plaintes récentes.</translation>
    </message>
    <message>
        <source>Separation of categories</source>
        <translation>Séparation des catégories</translation>
    </message>
    <message>
        <source>Are remand prisoners held apart from convicted prisoners, women from men, and children from adults?</source>
        <translation>Les prévenus sont-ils séparés des condamnés, les femmes des hommes et les mineurs des adultes&#xa0;?</translation>
    </message>
    <message>
        <source>Can prisoners consult their lawyer in confidence, without delay or censorship, in conditions where they cannot be overheard?</source>
        <translation>Les personnes détenues peuvent-elles s&apos;entretenir avec leur avocat en toute confidentialité, sans délai ni censure, dans des conditions où elles ne peuvent pas être entendues&#xa0;?</translation>
    </message>
    <message>
        <source>Reprisals</source>
        <translation>Représailles</translation>
    </message>
    <message>
        <source>Did any prisoner report being threatened or sanctioned for complaining or for speaking with monitors?</source>
        <translation>Des personnes détenues ont-elles déclaré avoir été menacées ou sanctionnées pour avoir déposé plainte ou s&apos;être entretenues avec les contrôleurs&#xa0;?</translation>
    </message>
    <message>
        <source>Record reprisal allegations as confidential reprisal records; plan a follow-up contact.</source>
        <translation>Enregistrez les allégations de représailles sous forme de fiches confidentielles de représailles&#xa0;; prévoyez une prise de contact de suivi.</translation>
    </message>
    <message>
        <source>How many prisoners are held today? Compare with the official capacity.</source>
        <translation>Combien de personnes sont détenues aujourd&apos;hui&#xa0;? Comparez avec la capacité officielle.</translation>
    </message>
    <message>
        <source>Count by unit where possible; note people sleeping on mattresses on the floor.</source>
        <translation>Comptez par unité si possible&#xa0;; relevez les personnes qui dorment sur des matelas posés au sol.</translation>
    </message>
    <message>
        <source>Living space</source>
        <translation>Espace vital</translation>
    </message>
    <message>
        <source>Does each prisoner have at least 4 m² of living space in a shared cell, or 6 m² in a single cell, not counting the sanitary annex?</source>
        <translation>Chaque personne détenue dispose-t-elle d&apos;au moins 4 m² d&apos;espace vital en cellule collective, ou 6 m² en cellule individuelle, sans compter l&apos;annexe sanitaire&#xa0;?</translation>
    </message>
    <message>
        <source>Measure a sample of cells and count occupants.</source>
        <translation>Mesurez un échantillon de cellules et comptez leurs occupants.</translation>
    </message>
    <message>
        <source>Do cells have windows that let in enough natural light to read or work by, adequate artificial light, ventilation and heating suited to the climate?</source>
        <translation>Les cellules ont-elles des fenêtres laissant entrer suffisamment de lumière naturelle pour lire ou travailler, un éclairage artificiel suffisant, une aération et un chauffage adaptés au climat&#xa0;?</translation>
    </message>
    <message>
        <source>Can prisoners use a toilet in privacy at any time, including at night, and shower as often as hygiene and the climate require?</source>
        <translation>Les personnes détenues peuvent-elles utiliser des toilettes en préservant leur intimité à tout moment, y compris la nuit, et se doucher aussi souvent que l&apos;exigent l&apos;hygiène et le climat&#xa0;?</translation>
    </message>
    <message>
        <source>Personal hygiene</source>
        <translation>Hygiène personnelle</translation>
    </message>
    <message>
        <source>Are prisoners given water and toilet articles free of charge, and women sanitary products free of charge?</source>
        <translation>Les personnes détenues reçoivent-elles gratuitement de l&apos;eau et des articles de toilette, et les femmes des protections périodiques gratuites&#xa0;?</translation>
    </message>
    <message>
        <source>Do prisoners receive food of adequate nutritional value at the usual hours, and is drinking water available whenever needed?</source>
        <translation>Les personnes détenues reçoivent-elles, aux heures habituelles, une alimentation d&apos;une valeur nutritive suffisante, et l&apos;eau potable est-elle disponible chaque fois que nécessaire&#xa0;?</translation>
    </message>
    <message>
        <source>Taste the food; check portions, special diets and the times of the last and first meals.</source>
        <translation>Goûtez la nourriture&#xa0;; vérifiez les portions, les régimes particuliers et les horaires du dernier et du premier repas.</translation>
    </message>
    <message>
        <source>Clothing and bedding</source>
        <translation>Habillement et literie</translation>
    </message>
    <message>
        <source>Does every prisoner have a separate bed with clean bedding, and adequate clean clothing?</source>
        <translation>Chaque personne détenue dispose-t-elle d&apos;un lit individuel avec une literie propre, et de vêtements propres en quantité suffisante&#xa0;?</translation>
    </message>
    <message>
        <source>Time out of cell</source>
        <translation>Temps hors cellule</translation>
    </message>
    <message>
        <source>How many hours a day do prisoners in the main units spend out of their cells in purposeful activity?</source>
        <translation>Combien d&apos;heures par jour les personnes détenues des principales unités passent-elles hors de leur cellule à des activités constructives&#xa0;?</translation>
    </message>
    <message>
        <source>Ask prisoners and compare with the published regime; note units where the regime is restricted.</source>
        <translation>Interrogez les personnes détenues et comparez avec le régime affiché&#xa0;; notez les unités où le régime est restreint.</translation>
    </message>
    <message>
        <source>Does every prisoner, including those in segregation, have at least one hour of exercise in the open air every day?</source>
        <translation>Chaque personne détenue, y compris au quartier d&apos;isolement, bénéficie-t-elle chaque jour d&apos;au moins une heure d&apos;exercice en plein air&#xa0;?</translation>
    </message>
    <message>
        <source>Work and education</source>
        <translation>Travail et enseignement</translation>
    </message>
    <message>
        <source>Are work, education and vocational training available to all prisoners who want them, and is work paid?</source>
        <translation>Le travail, l&apos;enseignement et la formation professionnelle sont-ils accessibles à toutes les personnes détenues qui le souhaitent, et le travail est-il rémunéré&#xa0;?</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites des proches</translation>
    </message>
    <message>
        <source>How often can prisoners receive visits from family?</source>
        <translation>À quelle fréquence les personnes détenues peuvent-elles recevoir la visite de leur famille&#xa0;?</translation>
    </message>
    <message>
        <source>Note whether visits allow privacy and physical contact and whether children are received in child-friendly conditions.</source>
        <translation>Notez si les parloirs permettent l&apos;intimité et le contact physique, et si les enfants sont accueillis dans des conditions adaptées.</translation>
    </message>
    <message>
        <source>weekly or more often</source>
        <translation>une fois par semaine ou plus</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>tous les quinze jours</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>une fois par mois</translation>
    </message>
    <message>
        <source>less than monthly</source>
        <translation>moins d&apos;une fois par mois</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Telephone and mail</source>
        <translation>Téléphone et courrier</translation>
    </message>
    <message>
        <source>Can prisoners make telephone calls and send and receive letters regularly, with any monitoring authorised by law?</source>
        <translation>Les personnes détenues peuvent-elles téléphoner, envoyer et recevoir du courrier régulièrement, tout contrôle étant autorisé par la loi&#xa0;?</translation>
    </message>
    <message>
        <source>Can prisoners practise their religion, take part in services and see a representative of their faith?</source>
        <translation>Les personnes détenues peuvent-elles pratiquer leur religion, participer aux offices et rencontrer un représentant de leur culte&#xa0;?</translation>
    </message>
    <message>
        <source>Is every prisoner examined by a health professional as soon as possible after admission (within 24 hours), including for injuries, mental health needs and withdrawal symptoms?</source>
        <translation>Chaque personne détenue est-elle examinée par un professionnel de santé aussi tôt que possible après son admission (dans les 24 heures), notamment pour relever les lésions, les besoins en santé mentale et les symptômes de sevrage&#xa0;?</translation>
    </message>
    <message>
        <source>When injuries are found, are they documented in detail (body chart, photographs, the prisoner&apos;s account, the doctor&apos;s opinion on consistency) and reported to a competent authority?</source>
        <translation>Lorsque des lésions sont constatées, sont-elles documentées de manière détaillée (schéma corporel, photographies, récit de la personne détenue, avis du médecin sur la compatibilité des lésions avec ce récit) et signalées à une autorité compétente&#xa0;?</translation>
    </message>
    <message>
        <source>Read a sample of injury records against the use-of-force register.</source>
        <translation>Comparez un échantillon de constatations de lésions avec le registre de l&apos;usage de la force.</translation>
    </message>
    <message>
        <source>Access and confidentiality</source>
        <translation>Accès et confidentialité</translation>
    </message>
    <message>
        <source>Can prisoners see a doctor or nurse promptly on request, without staff filtering the requests, and are consultations held out of the hearing of custodial staff?</source>
        <translation>Les personnes détenues peuvent-elles consulter rapidement un médecin ou un infirmier sur demande, sans filtrage des demandes par le personnel, et les consultations ont-elles lieu hors de portée de voix du personnel de surveillance&#xa0;?</translation>
    </message>
    <message>
        <source>Is there a suicide and self-harm prevention procedure, with psychiatric care available and transfer to hospital for those who need it?</source>
        <translation>Existe-t-il une procédure de prévention du suicide et de l&apos;automutilation, avec des soins psychiatriques disponibles et un transfert à l&apos;hôpital pour les personnes qui en ont besoin&#xa0;?</translation>
    </message>
    <message>
        <source>Clinical independence</source>
        <translation>Indépendance clinique</translation>
    </message>
    <message>
        <source>Do health-care staff stay out of disciplinary decisions, and do they visit prisoners held in solitary confinement every day?</source>
        <translation>Le personnel soignant se tient-il à l&apos;écart des décisions disciplinaires, et rend-il visite chaque jour aux personnes détenues placées à l&apos;isolement cellulaire&#xa0;?</translation>
    </message>
    <message>
        <source>How many custodial staff are on duty in the residential units at night?</source>
        <translation>Combien de surveillants sont en service la nuit dans les unités d&apos;hébergement&#xa0;?</translation>
    </message>
    <message>
        <source>Compare with the number of prisoners and with the staffing plan; ask how cells are opened in an emergency.</source>
        <translation>Comparez avec le nombre de personnes détenues et avec le tableau des effectifs&#xa0;; demandez comment les cellules sont ouvertes en cas d&apos;urgence.</translation>
    </message>
    <message>
        <source>Have staff been trained in human rights, dynamic security, de-escalation, use of force and restraints, and mental health awareness?</source>
        <translation>Le personnel a-t-il été formé aux droits de l&apos;homme, à la sécurité dynamique, à la désescalade, à l&apos;usage de la force et des instruments de contrainte, et à la santé mentale&#xa0;?</translation>
    </message>
    <message>
        <source>Are women prisoners supervised and searched only by women staff?</source>
        <translation>Les femmes détenues ne sont-elles surveillées et fouillées que par du personnel féminin&#xa0;?</translation>
    </message>
    <message>
        <source>Staff-prisoner relations</source>
        <translation>Relations entre le personnel et les personnes détenues</translation>
    </message>
    <message>
        <source>Do staff spend time in the units and talk with prisoners, and do both describe relations as respectful?</source>
        <translation>Le personnel passe-t-il du temps dans les unités et échange-t-il avec les personnes détenues, et les uns comme les autres décrivent-ils des relations respectueuses&#xa0;?</translation>
    </message>
    <message>
        <source>Psychiatric hospital: ward visit</source>
        <translation>Hôpital psychiatrique&#xa0;: visite d&apos;une unité</translation>
    </message>
    <message>
        <source>Did any patient allege ill-treatment, humiliation or abuse by staff or other patients?</source>
        <translation>Des patients ont-ils fait état de mauvais traitements, d&apos;humiliations ou d&apos;abus de la part du personnel ou d&apos;autres patients&#xa0;?</translation>
    </message>
    <message>
        <source>Restraint</source>
        <translation>Contention</translation>
    </message>
    <message>
        <source>Are mechanical, physical or chemical restraints used only as a last resort, for the shortest time, on a doctor&apos;s order, with continuous direct supervision?</source>
        <translation>La contention mécanique, physique ou chimique n&apos;est-elle utilisée qu&apos;en dernier recours, pour la durée la plus courte possible, sur prescription médicale, avec une surveillance directe et continue&#xa0;?</translation>
    </message>
    <message>
        <source>Look at beds fitted with straps, seclusion rooms and &apos;as needed&apos; medication orders; compare with the restraint register.</source>
        <translation>Examinez les lits équipés de sangles, les chambres d&apos;isolement et les prescriptions «&#xa0;si besoin&#xa0;»&#xa0;; comparez avec le registre de contention.</translation>
    </message>
    <message>
        <source>Seclusion</source>
        <translation>Mise en chambre d&apos;isolement</translation>
    </message>
    <message>
        <source>Is every episode of seclusion or restraint recorded in a dedicated register, with start, end, reason, the authorising doctor and observations?</source>
        <translation>Chaque mesure d&apos;isolement ou de contention est-elle consignée dans un registre dédié, avec le début, la fin, le motif, le médecin qui l&apos;a décidée et les observations&#xa0;?</translation>
    </message>
    <message>
        <source>How many restraint or seclusion episodes were recorded in the last three months?</source>
        <translation>Combien de mesures de contention ou d&apos;isolement ont été consignées au cours des trois derniers mois&#xa0;?</translation>
    </message>
    <message>
        <source>Are restraints ever applied in view of other patients, or used as punishment or for staff convenience?</source>
        <translation>La contention est-elle parfois appliquée à la vue d&apos;autres patients, ou utilisée comme sanction ou pour la commodité du personnel&#xa0;?</translation>
    </message>
    <message>
        <source>Treatment without consent</source>
        <translation>Traitement sans consentement</translation>
    </message>
    <message>
        <source>Is treatment, including electroconvulsive therapy, given without the patient&apos;s free and informed consent?</source>
        <translation>Des traitements, y compris l&apos;électroconvulsivothérapie, sont-ils administrés sans le consentement libre et éclairé du patient&#xa0;?</translation>
    </message>
    <message>
        <source>Protection from violence</source>
        <translation>Protection contre la violence</translation>
    </message>
    <message>
        <source>Are patients protected from violence and sexual abuse by other patients, including on mixed wards?</source>
        <translation>Les patients sont-ils protégés contre les violences et les abus sexuels de la part d&apos;autres patients, y compris dans les unités mixtes&#xa0;?</translation>
    </message>
    <message>
        <source>Does every involuntary patient have a lawful placement decision, with reasons, reviewed by a court or independent body at regular intervals?</source>
        <translation>Chaque patient hospitalisé sans consentement fait-il l&apos;objet d&apos;une décision d&apos;admission légale et motivée, réexaminée à intervalles réguliers par un juge ou un organe indépendant&#xa0;?</translation>
    </message>
    <message>
        <source>Read a sample of files; note placements extended without a hearing.</source>
        <translation>Lisez un échantillon de dossiers&#xa0;; relevez les mesures prolongées sans audience.</translation>
    </message>
    <message>
        <source>De facto detention</source>
        <translation>Privation de liberté de fait</translation>
    </message>
    <message>
        <source>Are patients recorded as voluntary in fact prevented from leaving (locked doors, threats of involuntary placement)?</source>
        <translation>Des patients enregistrés en soins libres sont-ils en réalité empêchés de sortir (portes fermées à clé, menaces d&apos;hospitalisation sans consentement)&#xa0;?</translation>
    </message>
    <message>
        <source>Are patients told their rights, the reasons for their placement and how to appeal, in an accessible form?</source>
        <translation>Les patients sont-ils informés de leurs droits, des motifs de leur hospitalisation et des voies de recours, sous une forme accessible&#xa0;?</translation>
    </message>
    <message>
        <source>Legal capacity and support</source>
        <translation>Capacité juridique et accompagnement</translation>
    </message>
    <message>
        <source>Do patients have access to a lawyer and to independent advocacy or support in making decisions?</source>
        <translation>Les patients ont-ils accès à un avocat et à une assistance indépendante ou à un accompagnement dans la prise de décision&#xa0;?</translation>
    </message>
    <message>
        <source>Is there a confidential complaints procedure that reaches a body outside the hospital?</source>
        <translation>Existe-t-il une procédure de plainte confidentielle permettant de saisir un organe extérieur à l&apos;hôpital&#xa0;?</translation>
    </message>
    <message>
        <source>Are the admission, restraint and incident registers complete and consistent with patients&apos; files?</source>
        <translation>Les registres des admissions, de la contention et des incidents sont-ils complets et concordants avec les dossiers des patients&#xa0;?</translation>
    </message>
    <message>
        <source>Are children accommodated separately from adult patients?</source>
        <translation>Les mineurs sont-ils hébergés séparément des patients adultes&#xa0;?</translation>
    </message>
    <message>
        <source>Therapeutic environment</source>
        <translation>Environnement thérapeutique</translation>
    </message>
    <message>
        <source>Do wards offer a positive therapeutic environment: enough living space, light, ventilation, decoration and privacy?</source>
        <translation>Les unités offrent-elles un environnement thérapeutique favorable&#xa0;: espace de vie suffisant, lumière, aération, décoration et intimité&#xa0;?</translation>
    </message>
    <message>
        <source>Personal space</source>
        <translation>Espace personnel</translation>
    </message>
    <message>
        <source>Do patients have lockable space for their belongings, and can they wear their own clothes?</source>
        <translation>Les patients disposent-ils d&apos;un espace fermant à clé pour leurs effets personnels, et peuvent-ils porter leurs propres vêtements&#xa0;?</translation>
    </message>
    <message>
        <source>Are toilets and showers clean, private and accessible to patients with reduced mobility?</source>
        <translation>Les toilettes et les douches sont-elles propres, préservent-elles l&apos;intimité et sont-elles accessibles aux patients à mobilité réduite&#xa0;?</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Alimentation</translation>
    </message>
    <message>
        <source>Is food adequate in quantity and quality, with special diets provided?</source>
        <translation>La nourriture est-elle suffisante en quantité et en qualité, avec des régimes particuliers assurés&#xa0;?</translation>
    </message>
    <message>
        <source>Dormitories</source>
        <translation>Dortoirs</translation>
    </message>
    <message>
        <source>How many patients share the largest dormitory?</source>
        <translation>Combien de patients partagent le plus grand dortoir&#xa0;?</translation>
    </message>
    <message>
        <source>Do all patients, including those on closed wards, have daily access to the open air?</source>
        <translation>Tous les patients, y compris ceux des unités fermées, ont-ils chaque jour accès à l&apos;air libre&#xa0;?</translation>
    </message>
    <message>
        <source>Are therapeutic, recreational and occupational activities offered every day?</source>
        <translation>Des activités thérapeutiques, récréatives et occupationnelles sont-elles proposées chaque jour&#xa0;?</translation>
    </message>
    <message>
        <source>Can patients receive visits, use a telephone and send and receive mail, with any restriction decided individually and recorded?</source>
        <translation>Les patients peuvent-ils recevoir des visites, téléphoner, envoyer et recevoir du courrier, toute restriction étant décidée individuellement et consignée&#xa0;?</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>How many patients are ready to leave but remain because no place in the community is available?</source>
        <translation>Combien de patients sont prêts à sortir mais restent hospitalisés faute de solution d&apos;accueil disponible à l&apos;extérieur&#xa0;?</translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation>Projet de soins</translation>
    </message>
    <message>
        <source>Does each patient have a written individual treatment plan, discussed with them and reviewed regularly?</source>
        <translation>Chaque patient dispose-t-il d&apos;un projet de soins individualisé écrit, discuté avec lui et réexaminé régulièrement&#xa0;?</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>Consentement éclairé</translation>
    </message>
    <message>
        <source>Is free and informed consent sought and recorded before treatment, after information on effects and alternatives?</source>
        <translation>Le consentement libre et éclairé est-il recherché et consigné avant tout traitement, après information sur ses effets et les alternatives&#xa0;?</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Santé somatique</translation>
    </message>
    <message>
        <source>Are patients&apos; physical health needs met (screening, dental care, treatment of chronic illness)?</source>
        <translation>Les besoins des patients en matière de santé somatique sont-ils couverts (dépistage, soins dentaires, traitement des maladies chroniques)&#xa0;?</translation>
    </message>
    <message>
        <source>Is medication prescribed individually, recorded and reviewed, and never used as punishment or for the convenience of others?</source>
        <translation>Les médicaments sont-ils prescrits individuellement, consignés et réévalués, et jamais utilisés comme sanction ou pour la commodité d&apos;autrui&#xa0;?</translation>
    </message>
    <message>
        <source>Are injuries, including those from restraint, examined, recorded and reported?</source>
        <translation>Les lésions, y compris celles causées par la contention, sont-elles examinées, consignées et signalées&#xa0;?</translation>
    </message>
    <message>
        <source>Electroconvulsive therapy</source>
        <translation>Électroconvulsivothérapie</translation>
    </message>
    <message>
        <source>Is electroconvulsive therapy given only in modified form (with anaesthesia and muscle relaxants), with consent, and recorded in a register?</source>
        <translation>L&apos;électroconvulsivothérapie n&apos;est-elle pratiquée que sous forme modifiée (sous anesthésie et avec myorelaxants), avec le consentement du patient, et consignée dans un registre&#xa0;?</translation>
    </message>
    <message>
        <source>How many nursing staff are on duty per ward at night?</source>
        <translation>Combien de personnels soignants sont en service la nuit dans chaque unité&#xa0;?</translation>
    </message>
    <message>
        <source>Have staff been trained in de-escalation, safe restraint and the rights of persons with disabilities?</source>
        <translation>Le personnel a-t-il été formé à la désescalade, aux techniques de contention sans danger et aux droits des personnes handicapées&#xa0;?</translation>
    </message>
    <message>
        <source>Multidisciplinary team</source>
        <translation>Équipe pluridisciplinaire</translation>
    </message>
    <message>
        <source>Is there a multidisciplinary team (psychiatrists, psychologists, occupational therapists, social workers) large enough for the number of patients?</source>
        <translation>Existe-t-il une équipe pluridisciplinaire (psychiatres, psychologues, ergothérapeutes, travailleurs sociaux) suffisamment étoffée au regard du nombre de patients&#xa0;?</translation>
    </message>
    <message>
        <source>Non-clinical staff</source>
        <translation>Personnel non soignant</translation>
    </message>
    <message>
        <source>Are security staff or orderlies without clinical training involved in restraint or patient care?</source>
        <translation>Des agents de sécurité ou des agents de service sans formation clinique participent-ils à la contention ou aux soins des patients&#xa0;?</translation>
    </message>
    <message>
        <source>Social care home: visit</source>
        <translation>Établissement médico-social&#xa0;: visite</translation>
    </message>
    <message>
        <source>Ill-treatment and neglect</source>
        <translation>Mauvais traitements et négligence</translation>
    </message>
    <message>
        <source>Did residents describe being shouted at, mocked, neglected or hit by staff?</source>
        <translation>Des résidents ont-ils déclaré que le personnel leur crie dessus, se moque d&apos;eux, les néglige ou les frappe&#xa0;?</translation>
    </message>
    <message>
        <source>Talk with residents who cannot easily complain, with support for communication where needed.</source>
        <translation>Entretenez-vous avec les résidents qui ont des difficultés à se plaindre, en apportant si nécessaire une aide à la communication.</translation>
    </message>
    <message>
        <source>Are residents tied to beds or chairs, kept in by bed rails against their will, or sedated to manage their behaviour?</source>
        <translation>Des résidents sont-ils attachés à leur lit ou à leur fauteuil, maintenus au lit par des barrières contre leur gré, ou mis sous sédation pour gérer leur comportement&#xa0;?</translation>
    </message>
    <message>
        <source>Are residents locked in their rooms or in &apos;calming&apos; rooms?</source>
        <translation>Des résidents sont-ils enfermés dans leur chambre ou dans des pièces «&#xa0;d&apos;apaisement&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Abuse prevention</source>
        <translation>Prévention de la maltraitance</translation>
    </message>
    <message>
        <source>Is there a policy to prevent, detect and report abuse, neglect and exploitation, including financial abuse, and are incidents investigated?</source>
        <translation>Existe-t-il une politique de prévention, de détection et de signalement de la maltraitance, de la négligence et de l&apos;exploitation, y compris financière, et les incidents font-ils l&apos;objet d&apos;une enquête&#xa0;?</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>Décès</translation>
    </message>
    <message>
        <source>Are deaths of residents reviewed, and are unexpected deaths reported to an independent authority?</source>
        <translation>Les décès de résidents font-ils l&apos;objet d&apos;un examen, et les décès inattendus sont-ils signalés à une autorité indépendante&#xa0;?</translation>
    </message>
    <message>
        <source>Is there a lawful basis, with independent review, for each resident who is not free to leave?</source>
        <translation>Existe-t-il une base légale, avec un contrôle indépendant, pour chaque résident qui n&apos;est pas libre de partir&#xa0;?</translation>
    </message>
    <message>
        <source>Consent to placement</source>
        <translation>Consentement au placement</translation>
    </message>
    <message>
        <source>Did residents consent to living in the home, and do they know they may leave?</source>
        <translation>Les résidents ont-ils consenti à vivre dans l&apos;établissement, et savent-ils qu&apos;ils peuvent le quitter&#xa0;?</translation>
    </message>
    <message>
        <source>Legal capacity</source>
        <translation>Capacité juridique</translation>
    </message>
    <message>
        <source>How many residents are under full guardianship?</source>
        <translation>Combien de résidents sont placés sous tutelle&#xa0;?</translation>
    </message>
    <message>
        <source>Ask whether residents&apos; own will and preferences are sought in decisions about them, and whether supported decision-making exists.</source>
        <translation>Demandez si la volonté et les préférences des résidents sont recherchées dans les décisions qui les concernent, et s&apos;il existe un dispositif de prise de décision accompagnée.</translation>
    </message>
    <message>
        <source>Can residents complain, in a way accessible to them, to someone outside the home?</source>
        <translation>Les résidents peuvent-ils déposer plainte, d&apos;une manière qui leur soit accessible, auprès d&apos;une personne extérieure à l&apos;établissement&#xa0;?</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Are residents given information on their rights and the home&apos;s rules in accessible formats (easy-read, sign language, Braille)?</source>
        <translation>Les résidents reçoivent-ils des informations sur leurs droits et sur le règlement de l&apos;établissement dans des formats accessibles (FALC, langue des signes, braille)&#xa0;?</translation>
    </message>
    <message>
        <source>Money and belongings</source>
        <translation>Argent et effets personnels</translation>
    </message>
    <message>
        <source>Do residents control their own money and belongings, with any management by the home recorded and audited?</source>
        <translation>Les résidents gèrent-ils eux-mêmes leur argent et leurs effets personnels, toute gestion par l&apos;établissement étant consignée et contrôlée&#xa0;?</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Intimité</translation>
    </message>
    <message>
        <source>Is residents&apos; privacy respected: staff knock, residents have their own room or screens, and correspondence and records are confidential?</source>
        <translation>L&apos;intimité des résidents est-elle respectée&#xa0;: le personnel frappe avant d&apos;entrer, les résidents disposent d&apos;une chambre individuelle ou de paravents, et la correspondance et les dossiers sont confidentiels&#xa0;?</translation>
    </message>
    <message>
        <source>Bedrooms</source>
        <translation>Chambres</translation>
    </message>
    <message>
        <source>How many residents share the largest bedroom?</source>
        <translation>Combien de résidents partagent la plus grande chambre&#xa0;?</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>Is the building accessible (ramps, lifts, adapted toilets, handrails) for residents with reduced mobility?</source>
        <translation>Le bâtiment est-il accessible (rampes, ascenseurs, toilettes adaptées, mains courantes) aux résidents à mobilité réduite&#xa0;?</translation>
    </message>
    <message>
        <source>Personal care</source>
        <translation>Soins d&apos;hygiène</translation>
    </message>
    <message>
        <source>Are residents helped to wash and use the toilet with dignity, and are continence products adequate and changed promptly?</source>
        <translation>Les résidents sont-ils aidés à se laver et à aller aux toilettes dans le respect de leur dignité, et les protections pour incontinence sont-elles adaptées et changées rapidement&#xa0;?</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>Alimentation et boissons</translation>
    </message>
    <message>
        <source>Is food adequate and varied, are residents who need help assisted to eat and drink, and is their weight monitored?</source>
        <translation>La nourriture est-elle suffisante et variée, les résidents qui en ont besoin sont-ils aidés à manger et à boire, et leur poids est-il surveillé&#xa0;?</translation>
    </message>
    <message>
        <source>Heating and clothing</source>
        <translation>Chauffage et vêtements</translation>
    </message>
    <message>
        <source>Is the home adequately heated, and do residents wear their own clothes?</source>
        <translation>L&apos;établissement est-il suffisamment chauffé, et les résidents portent-ils leurs propres vêtements&#xa0;?</translation>
    </message>
    <message>
        <source>Going outside</source>
        <translation>Sorties à l&apos;extérieur</translation>
    </message>
    <message>
        <source>Can every resident go outside each day, including those who need help to do so?</source>
        <translation>Chaque résident peut-il sortir à l&apos;extérieur tous les jours, y compris ceux qui ont besoin d&apos;aide pour le faire&#xa0;?</translation>
    </message>
    <message>
        <source>Are meaningful daily activities, education or work offered according to residents&apos; wishes?</source>
        <translation>Des activités quotidiennes porteuses de sens, un enseignement ou un travail sont-ils proposés selon les souhaits des résidents&#xa0;?</translation>
    </message>
    <message>
        <source>Can residents receive visitors at any reasonable time, use a telephone and the internet, and go out into the community?</source>
        <translation>Les résidents peuvent-ils recevoir des visiteurs à toute heure raisonnable, utiliser un téléphone et Internet, et sortir dans la cité&#xa0;?</translation>
    </message>
    <message>
        <source>Choice and routine</source>
        <translation>Choix et rythme de vie</translation>
    </message>
    <message>
        <source>Do residents choose when to get up, go to bed, eat and bathe, rather than follow institutional routines?</source>
        <translation>Les résidents choisissent-ils l&apos;heure de leur lever, de leur coucher, de leurs repas et de leur toilette, plutôt que de suivre des routines institutionnelles&#xa0;?</translation>
    </message>
    <message>
        <source>Community living</source>
        <translation>Vie autonome et inclusion dans la société</translation>
    </message>
    <message>
        <source>Does each resident have an individual plan for moving to community living?</source>
        <translation>Chaque résident dispose-t-il d&apos;un projet individuel de passage à une vie autonome au sein de la société&#xa0;?</translation>
    </message>
    <message>
        <source>Do residents have access to a general practitioner, specialists, dental care and hospital care on the same basis as others?</source>
        <translation>Les résidents ont-ils accès à un médecin généraliste, à des spécialistes, à des soins dentaires et à des soins hospitaliers dans les mêmes conditions que les autres personnes&#xa0;?</translation>
    </message>
    <message>
        <source>Is medication, especially psychotropic and sedative medication, prescribed individually, reviewed regularly and given with consent?</source>
        <translation>Les médicaments, en particulier les psychotropes et les sédatifs, sont-ils prescrits individuellement, réévalués régulièrement et administrés avec le consentement du résident&#xa0;?</translation>
    </message>
    <message>
        <source>Pressure sores and falls</source>
        <translation>Escarres et chutes</translation>
    </message>
    <message>
        <source>Are pressure sores, falls and injuries recorded, treated and analysed to prevent recurrence?</source>
        <translation>Les escarres, les chutes et les blessures sont-elles consignées, traitées et analysées afin d&apos;en prévenir la répétition&#xa0;?</translation>
    </message>
    <message>
        <source>End-of-life care</source>
        <translation>Soins de fin de vie</translation>
    </message>
    <message>
        <source>Is palliative and end-of-life care available, respecting residents&apos; wishes?</source>
        <translation>Des soins palliatifs et de fin de vie sont-ils disponibles, dans le respect des souhaits des résidents&#xa0;?</translation>
    </message>
    <message>
        <source>Is psychological or psychiatric support available to residents who need it?</source>
        <translation>Un soutien psychologique ou psychiatrique est-il disponible pour les résidents qui en ont besoin&#xa0;?</translation>
    </message>
    <message>
        <source>How many residents is each care worker responsible for at night?</source>
        <translation>De combien de résidents chaque soignant a-t-il la charge la nuit&#xa0;?</translation>
    </message>
    <message>
        <source>Have staff been trained in residents&apos; rights, dementia and disability care, and alternatives to restraint?</source>
        <translation>Le personnel a-t-il été formé aux droits des résidents, à l&apos;accompagnement des personnes atteintes de démence ou handicapées, et aux alternatives à la contention&#xa0;?</translation>
    </message>
    <message>
        <source>Recruitment and supervision</source>
        <translation>Recrutement et encadrement</translation>
    </message>
    <message>
        <source>Are staff checked before recruitment, and supervised and supported in their work?</source>
        <translation>Le personnel fait-il l&apos;objet de vérifications avant son recrutement, et est-il encadré et soutenu dans son travail&#xa0;?</translation>
    </message>
    <message>
        <source>Respect</source>
        <translation>Respect</translation>
    </message>
    <message>
        <source>Do staff address residents respectfully, involve them in decisions and respect their privacy?</source>
        <translation>Le personnel s&apos;adresse-t-il aux résidents avec respect, les associe-t-il aux décisions et respecte-t-il leur intimité&#xa0;?</translation>
    </message>
</context>
<context>
    <name>vigil::ConflictLabels</name>
    <message>
        <source>Body</source>
        <translation>Organe</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Identity entry</source>
        <translation>Fiche d&apos;identité</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>Allégation</translation>
    </message>
    <message>
        <source>Reprisal allegation</source>
        <translation>Allégation de représailles</translation>
    </message>
    <message>
        <source>Follow-up step</source>
        <translation>Étape de suivi</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>Modèle de liste de contrôle</translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation>Réponse à la liste de contrôle</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Texte du rapport</translation>
    </message>
    <message>
        <source>Risk notes</source>
        <translation>Notes sur les risques</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>No. %1: %2</source>
        <translation>N° %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>vigil::ConflictListModel</name>
    <message>
        <source>Deleted, and %1 edited</source>
        <translation>Supprimé, et modification de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
</context>
<context>
    <name>vigil::ConflictRepository</name>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>Ce conflit n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This conflict was already resolved.</source>
        <translation>Ce conflit a déjà été résolu.</translation>
    </message>
    <message>
        <source>This conflict cannot be resolved that way.</source>
        <translation>Ce conflit ne peut pas être résolu de cette manière.</translation>
    </message>
    <message>
        <source>The record of this conflict has not fully arrived yet; sync again and then resolve it.</source>
        <translation>L&apos;enregistrement concerné par ce conflit n&apos;est pas encore entièrement arrivé&#xa0;; synchronisez de nouveau, puis résolvez-le.</translation>
    </message>
</context>
<context>
    <name>vigil::ConflictView</name>
    <message>
        <source>Current text</source>
        <translation>Texte actuel</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Autre version</translation>
    </message>
    <message>
        <source>&amp;Keep current</source>
        <translation>&amp;Conserver l&apos;actuel</translation>
    </message>
    <message>
        <source>Keep the current text</source>
        <translation>Conserver le texte actuel</translation>
    </message>
    <message>
        <source>&amp;Use the other version</source>
        <translation>&amp;Utiliser l&apos;autre version</translation>
    </message>
    <message>
        <source>Use the other version</source>
        <translation>Utiliser l&apos;autre version</translation>
    </message>
    <message>
        <source>&amp;Edit a merged text…</source>
        <translation>&amp;Rédiger un texte fusionné…</translation>
    </message>
    <message>
        <source>Edit a merged text from both versions</source>
        <translation>Rédiger un texte fusionné à partir des deux versions</translation>
    </message>
    <message>
        <source>&amp;Keep deleted</source>
        <translation>Laisser &amp;supprimé</translation>
    </message>
    <message>
        <source>Keep the record deleted</source>
        <translation>Laisser l&apos;enregistrement supprimé</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Restore the record with the edit</source>
        <translation>Restaurer l&apos;enregistrement avec la modification</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Texte fusionné</translation>
    </message>
    <message>
        <source>Both versions are below: edit them into one text, then save it.</source>
        <translation>Les deux versions figurent ci-dessous&#xa0;: fusionnez-les en un seul texte, puis enregistrez-le.</translation>
    </message>
    <message>
        <source>&amp;Save merged</source>
        <translation>&amp;Enregistrer la fusion</translation>
    </message>
    <message>
        <source>Save the merged text</source>
        <translation>Enregistrer le texte fusionné</translation>
    </message>
    <message>
        <source>&amp;Discard merge</source>
        <translation>&amp;Abandonner la fusion</translation>
    </message>
    <message>
        <source>Discard the merged text</source>
        <translation>Abandonner le texte fusionné</translation>
    </message>
    <message>
        <source>Choose a conflict in the list to compare its two versions.</source>
        <translation>Choisissez un conflit dans la liste pour comparer ses deux versions.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The record of this conflict has not fully arrived yet; sync again and then resolve it.</source>
        <translation>L&apos;enregistrement concerné par ce conflit n&apos;est pas encore entièrement arrivé&#xa0;; synchronisez de nouveau, puis résolvez-le.</translation>
    </message>
    <message>
        <source>%1 deleted this record while %2 was still editing it.</source>
        <translation>%1 a supprimé cet enregistrement alors que %2 était encore en train de le modifier.</translation>
    </message>
    <message>
        <source>%1 deleted this record while %2 was still editing it; it has been restored since.</source>
        <translation>%1 a supprimé cet enregistrement alors que %2 était encore en train de le modifier&#xa0;; il a été restauré depuis.</translation>
    </message>
    <message>
        <source>%1 and %2 changed this text at the same time. Sync kept one version in the record and the other here; nothing is lost until you choose.</source>
        <translation>%1 et %2 ont modifié ce texte en même temps. La synchronisation a conservé une version dans l&apos;enregistrement et l&apos;autre ici&#xa0;; rien n&apos;est perdu tant que vous n&apos;avez pas choisi.</translation>
    </message>
    <message>
        <source>Now: deleted by %1</source>
        <translation>Actuellement&#xa0;: supprimé par %1</translation>
    </message>
    <message>
        <source>Now in the record</source>
        <translation>Actuellement dans l&apos;enregistrement</translation>
    </message>
    <message>
        <source>The edit made on %1</source>
        <translation>La modification faite sur %1</translation>
    </message>
    <message>
        <source>Current text (last written on %1)</source>
        <translation>Texte actuel (écrit en dernier sur %1)</translation>
    </message>
    <message>
        <source>Other version (written on %1)</source>
        <translation>Autre version (écrite sur %1)</translation>
    </message>
    <message>
        <source>&amp;Keep as it is</source>
        <translation>&amp;Laisser tel quel</translation>
    </message>
</context>
<context>
    <name>vigil::ConflictsPage</name>
    <message>
        <source>Open conflicts</source>
        <translation>Conflits en cours</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Sélectionner toutes les lignes</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>cet appareil</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No open conflicts: every edit made on several devices at once has been settled.</source>
        <translation>Aucun conflit en cours&#xa0;: toutes les modifications faites simultanément sur plusieurs appareils ont été réglées.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). Compare the two versions and choose what the record should say.</source>
        <translation>
            <numerusform>%n conflit en cours. Comparez les deux versions et choisissez ce que l&apos;enregistrement doit contenir.</numerusform>
            <numerusform>%n conflits en cours. Comparez les deux versions et choisissez ce que l&apos;enregistrement doit contenir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settled. Other devices learn of it with the next sync.</source>
        <translation>Réglé. Les autres appareils en seront informés lors de la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>vigil::ConsentSection</name>
    <message>
        <source>Consent — before anything is written</source>
        <translation>Consentement — avant toute prise de notes</translation>
    </message>
    <message>
        <source>&amp;Change consent…</source>
        <translation>&amp;Modifier le consentement…</translation>
    </message>
    <message>
        <source>Change consent</source>
        <translation>Modifier le consentement</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>Retirer le consentement…</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <source>Explain who the team is and what happens with what the person says. Tick only what they agreed to.</source>
        <translation>Expliquez qui est l&apos;équipe et ce qu&apos;il adviendra des propos de la personne. Ne cochez que ce qu&apos;elle a accepté.</translation>
    </message>
    <message>
        <source>A group interview carries no confidentiality, so it allows only aggregate use and anonymous quotes. Hear the person in private to go further.</source>
        <translation>Un entretien collectif n&apos;offre aucune confidentialité&#xa0;; il ne permet donc qu&apos;un usage agrégé et des citations anonymes. Entendez la personne en privé pour aller plus loin.</translation>
    </message>
    <message>
        <source>Consent sought in an adapted way for</source>
        <translation>Consentement recueilli de façon adaptée pour</translation>
    </message>
    <message>
        <source>Not adapted</source>
        <translation>Non adapté</translation>
    </message>
    <message>
        <source>Adapted for:</source>
        <translation>Adapté pour&#xa0;:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>&amp;Consigner le consentement</translation>
    </message>
    <message>
        <source>&amp;Record changed consent</source>
        <translation>&amp;Consigner le consentement modifié</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Consigner le consentement</translation>
    </message>
    <message>
        <source>Record changed consent</source>
        <translation>Consigner le consentement modifié</translation>
    </message>
    <message>
        <source>Agreed to: %1.</source>
        <translation>A accepté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Sought in an adapted way for: %1.</source>
        <translation>Recueilli de façon adaptée pour&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No consent recorded yet: no notes can be written.</source>
        <translation>Aucun consentement consigné&#xa0;: aucune note ne peut être prise.</translation>
    </message>
    <message>
        <source>Consent recorded %1.</source>
        <translation>Consentement consigné le %1.</translation>
    </message>
    <message>
        <source>Consent withdrawn %1.</source>
        <translation>Consentement retiré le %1.</translation>
    </message>
    <message>
        <source>Consent withdrawn.</source>
        <translation>Consentement retiré.</translation>
    </message>
    <message>
        <source>Nothing more can be recorded from this interview; what depended on the consent was withdrawn with it.</source>
        <translation>Plus rien ne peut être consigné à partir de cet entretien&#xa0;; ce qui dépendait du consentement a été retiré avec lui.</translation>
    </message>
    <message>
        <source>Withdraw this person&apos;s consent?</source>
        <translation>Retirer le consentement de cette personne&#xa0;?</translation>
    </message>
    <message>
        <source>The notes become read-only, nothing more can be recorded from this interview, identity entries are deleted and consent to act on allegations is removed. This cannot be undone.</source>
        <translation>Les notes passent en lecture seule, plus rien ne peut être consigné à partir de cet entretien, les fiches d&apos;identité sont supprimées et le consentement à donner suite aux allégations est retiré. Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>vigil::CoordinatorPanel</name>
    <message>
        <source>Select all rows</source>
        <translation>Sélectionner toutes les lignes</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>Empreinte de cet appareil</translation>
    </message>
    <message>
        <source>Read it out when someone who is joining calls you: they compare it with the one their invitation shows.</source>
        <translation>Lisez-la à voix haute lorsqu&apos;une personne qui rejoint l&apos;organisation vous appelle&#xa0;: elle la compare à celle qu&apos;affiche son invitation.</translation>
    </message>
    <message>
        <source>Requests to join</source>
        <translation>Demandes d&apos;adhésion</translation>
    </message>
    <message>
        <source>Call the person on a number you already know and ask them to read out the fingerprint their device shows. Approve only if it matches the one listed here exactly.</source>
        <translation>Appelez la personne à un numéro que vous connaissez déjà et demandez-lui de lire à voix haute l&apos;empreinte qu&apos;affiche son appareil. N&apos;approuvez la demande que si elle correspond exactement à celle indiquée ici.</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <source>Approve the selected request</source>
        <translation>Approuver la demande sélectionnée</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>Re&amp;fuser…</translation>
    </message>
    <message>
        <source>Refuse the selected request</source>
        <translation>Refuser la demande sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Import a request…</source>
        <translation>&amp;Importer une demande…</translation>
    </message>
    <message>
        <source>Import an enrolment request file</source>
        <translation>Importer un fichier de demande d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Devices of the organisation</source>
        <translation>Appareils de l&apos;organisation</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>Revoke the selected device</source>
        <translation>Révoquer l&apos;appareil sélectionné</translation>
    </message>
    <message>
        <source>In&amp;vite…</source>
        <translation>In&amp;viter…</translation>
    </message>
    <message>
        <source>Invite a device</source>
        <translation>Inviter un appareil</translation>
    </message>
    <message>
        <source>A request that came with the last sync was not taken: %1</source>
        <translation>Une demande arrivée lors de la dernière synchronisation n&apos;a pas été prise en compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import an enrolment request</source>
        <translation>Importer une demande d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Vigil enrolment requests (*.vge);;All files (*)</source>
        <translation>Demandes d&apos;enregistrement Vigil (*.vge);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The request from “%1” was received. Call the person and compare the fingerprint before approving it.</source>
        <translation>La demande de «&#xa0;%1&#xa0;» a été reçue. Appelez la personne et comparez l&apos;empreinte avant de l&apos;approuver.</translation>
    </message>
    <message>
        <source>%1 (invited: %2)</source>
        <translation>%1 (invitation&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Approve a device</source>
        <translation>Approuver un appareil</translation>
    </message>
    <message>
        <source>&lt;p&gt;Approve %1 as %2?&lt;/p&gt;&lt;p&gt;Approve only if the person read out exactly these digits:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Approuver %1 en tant que %2&#xa0;?&lt;/p&gt;&lt;p&gt;N&apos;approuvez que si la personne a lu à voix haute exactement ces chiffres&#xa0;:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>If any group differs, refuse the request: someone else may have sent it.</source>
        <translation>Si un seul groupe diffère, refusez la demande&#xa0;: quelqu&apos;un d&apos;autre a pu l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>“%1” is now in the organisation as %2. It receives the device list with your next sync.</source>
        <translation>«&#xa0;%1&#xa0;» fait désormais partie de l&apos;organisation en tant que %2. Il recevra la liste des appareils lors de votre prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Refuse a request</source>
        <translation>Refuser une demande</translation>
    </message>
    <message>
        <source>Refuse the request from “%1”?</source>
        <translation>Refuser la demande de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>The invitation stays valid: the person it was for can still join with it.</source>
        <translation>L&apos;invitation reste valable&#xa0;: la personne à qui elle était destinée peut encore l&apos;utiliser pour rejoindre l&apos;organisation.</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>The request from “%1” was refused.</source>
        <translation>La demande de «&#xa0;%1&#xa0;» a été refusée.</translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation>Révoquer un appareil</translation>
    </message>
    <message>
        <source>Revoke “%1”?</source>
        <translation>Révoquer «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>From now on its bundles are refused by every device that has received the new device list, and nothing more is sent to it. What it sent before stays. This cannot be undone: to take part again, the person needs a new vault and a new invitation.</source>
        <translation>Désormais, ses lots sont refusés par tous les appareils qui ont reçu la nouvelle liste des appareils, et plus rien ne lui est envoyé. Ce qu&apos;il a envoyé auparavant est conservé. Cette action est irréversible&#xa0;: pour participer de nouveau, la personne a besoin d&apos;un nouveau coffre et d&apos;une nouvelle invitation.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>“%1” is revoked. Sync to tell the other devices.</source>
        <translation>«&#xa0;%1&#xa0;» est révoqué. Synchronisez pour en informer les autres appareils.</translation>
    </message>
</context>
<context>
    <name>vigil::CoordinatorSeal</name>
    <message>
        <source>The identity entry is damaged or was tampered with.</source>
        <translation>La fiche d&apos;identité est endommagée ou a été altérée.</translation>
    </message>
    <message>
        <source>The identity entry could not be encrypted for the coordinators.</source>
        <translation>La fiche d&apos;identité n&apos;a pas pu être chiffrée pour les coordinateurs.</translation>
    </message>
    <message>
        <source>The identity entry could not be encrypted.</source>
        <translation>La fiche d&apos;identité n&apos;a pas pu être chiffrée.</translation>
    </message>
    <message>
        <source>This identity entry was sealed for the organisation&apos;s coordinators; it cannot be read on this device.</source>
        <translation>Cette fiche d&apos;identité a été scellée pour les coordinateurs de l&apos;organisation&#xa0;; elle ne peut pas être lue sur cet appareil.</translation>
    </message>
</context>
<context>
    <name>vigil::CoverageItem</name>
    <message>
        <source>A bundle&apos;s list of what it carries is malformed.</source>
        <translation>La liste du contenu d&apos;un lot est mal formée.</translation>
    </message>
</context>
<context>
    <name>vigil::CreateOrganisationDialog</name>
    <message>
        <source>Create an organisation</source>
        <translation>Créer une organisation</translation>
    </message>
    <message>
        <source>Do this once, on the coordinator&apos;s computer at the secretariat. This vault becomes the organisation&apos;s coordinator: it issues invitations, approves and revokes devices, and receives what every device sends. The records already in this vault are kept. A vault cannot leave its organisation afterwards.</source>
        <translation>Faites-le une seule fois, sur l&apos;ordinateur du coordinateur, au secrétariat. Ce coffre devient le coordinateur de l&apos;organisation&#xa0;: il émet les invitations, approuve et révoque les appareils, et reçoit ce que chaque appareil envoie. Les dossiers déjà présents dans ce coffre sont conservés. Un coffre ne peut plus quitter son organisation par la suite.</translation>
    </message>
    <message>
        <source>Members who only need to exchange records with a coordinator should not create an organisation: they join one with the invitation their coordinator gives them.</source>
        <translation>Les membres qui ont seulement besoin d&apos;échanger des dossiers avec un coordinateur ne doivent pas créer d&apos;organisation&#xa0;: ils en rejoignent une avec l&apos;invitation que leur remet leur coordinateur.</translation>
    </message>
    <message>
        <source>Name of the organisation</source>
        <translation>Nom de l&apos;organisation</translation>
    </message>
    <message>
        <source>For example: National Preventive Mechanism</source>
        <translation>Par exemple&#xa0;: Mécanisme national de prévention</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Name of this device</source>
        <translation>Nom de cet appareil</translation>
    </message>
    <message>
        <source>This device&apos;s &amp;name:</source>
        <translation>&amp;Nom de cet appareil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Créer…</translation>
    </message>
    <message>
        <source>Create the organisation</source>
        <translation>Créer l&apos;organisation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Make this vault the coordinator of “%1”?</source>
        <translation>Faire de ce coffre le coordinateur de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>It cannot become a standalone vault again, nor join another organisation.</source>
        <translation>Il ne pourra plus redevenir un coffre autonome, ni rejoindre une autre organisation.</translation>
    </message>
</context>
<context>
    <name>vigil::Database</name>
    <message>
        <source>The disk is full. Free some space; the last change was not saved and nothing else was lost.</source>
        <translation>Le disque est plein. Libérez de l&apos;espace&#xa0;; la dernière modification n&apos;a pas été enregistrée, rien d&apos;autre n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>The vault is on storage Vigil may not write to.</source>
        <translation>Le coffre se trouve sur un support où Vigil n&apos;a pas le droit d&apos;écrire.</translation>
    </message>
    <message>
        <source>The vault&apos;s database could not be opened.</source>
        <translation>La base de données du coffre n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged or has been altered. Restore it from a backup.</source>
        <translation>La base de données du coffre est endommagée ou a été altérée. Restaurez-la à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault is in use by another Vigil window or program.</source>
        <translation>Le coffre est utilisé par une autre fenêtre Vigil ou un autre programme.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the record.</source>
        <translation>La modification enfreint une règle du dossier.</translation>
    </message>
    <message>
        <source>Vigil ran out of memory.</source>
        <translation>Vigil manque de mémoire.</translation>
    </message>
    <message>
        <source>Reading or writing the vault failed.</source>
        <translation>La lecture ou l&apos;écriture du coffre a échoué.</translation>
    </message>
    <message>
        <source>The vault&apos;s database reported an error.</source>
        <translation>La base de données du coffre a signalé une erreur.</translation>
    </message>
</context>
<context>
    <name>vigil::DemoVault</name>
    <message>
        <source>The old demo vault at %1 could not be removed.</source>
        <translation>L&apos;ancien coffre de démonstration situé à %1 n&apos;a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>%1 holds a vault that is not a demo vault; it is left as it is.</source>
        <translation>%1 contient un coffre qui n&apos;est pas un coffre de démonstration&#xa0;; il est laissé tel quel.</translation>
    </message>
    <message>
        <source>Demo — National Preventive Mechanism of Westland (fictional)</source>
        <translation>Démo — Mécanisme national de prévention du Westland (fictif)</translation>
    </message>
</context>
<context>
    <name>vigil::DetailFrame</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the previous page (%1)</source>
        <translation>Retour à la page précédente (%1)</translation>
    </message>
</context>
<context>
    <name>vigil::DeviceIdentity</name>
    <message>
        <source>This vault has no device keys yet.</source>
        <translation>Ce coffre n&apos;a pas encore de clés d&apos;appareil.</translation>
    </message>
    <message>
        <source>This vault&apos;s device keys are damaged.</source>
        <translation>Les clés d&apos;appareil de ce coffre sont endommagées.</translation>
    </message>
</context>
<context>
    <name>vigil::DevicesPage</name>
    <message>
        <source>Organisation and devices</source>
        <translation>Organisation et appareils</translation>
    </message>
    <message>
        <source>This vault is standalone: it belongs to no organisation and exchanges records with no other device.</source>
        <translation>Ce coffre est autonome&#xa0;: il n&apos;appartient à aucune organisation et n&apos;échange de dossiers avec aucun autre appareil.</translation>
    </message>
    <message>
        <source>To work with a team, join your organisation with the invitation file your coordinator gives you in person. Nothing in this vault is lost by joining.</source>
        <translation>Pour travailler en équipe, rejoignez votre organisation avec le fichier d&apos;invitation que votre coordinateur vous remet en main propre. Rejoindre une organisation ne fait rien perdre de ce coffre.</translation>
    </message>
    <message>
        <source>&amp;Join an organisation…</source>
        <translation>&amp;Rejoindre une organisation…</translation>
    </message>
    <message>
        <source>Join an organisation</source>
        <translation>Rejoindre une organisation</translation>
    </message>
    <message>
        <source>Only the coordinator of the secretariat creates the organisation, once, on their own computer; every other device joins it.</source>
        <translation>Seul le coordinateur du secrétariat crée l&apos;organisation, une seule fois, sur son propre ordinateur&#xa0;; tous les autres appareils la rejoignent.</translation>
    </message>
    <message>
        <source>&amp;Create an organisation…</source>
        <translation>&amp;Créer une organisation…</translation>
    </message>
    <message>
        <source>Create an organisation</source>
        <translation>Créer une organisation</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint, for the coordinator to compare by phone:</source>
        <translation>Empreinte de cet appareil, que le coordinateur comparera par téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>Empreinte de cet appareil</translation>
    </message>
    <message>
        <source>&amp;Save a copy of the request…</source>
        <translation>Enregi&amp;strer une copie de la demande…</translation>
    </message>
    <message>
        <source>Save a copy of the enrolment request</source>
        <translation>Enregistrer une copie de la demande d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Organisation “%1”</source>
        <translation>Organisation «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This device belongs to “%1” as %2.</source>
        <translation>Cet appareil appartient à «&#xa0;%1&#xa0;» en tant que %2.</translation>
    </message>
    <message>
        <source>Save a copy of the request</source>
        <translation>Enregistrer une copie de la demande</translation>
    </message>
    <message>
        <source>Vigil enrolment requests (*.vge)</source>
        <translation>Demandes d&apos;enregistrement Vigil (*.vge)</translation>
    </message>
    <message>
        <source>The enrolment request is no longer on this device. Join again with the same invitation to make a new one.</source>
        <translation>La demande d&apos;enregistrement ne se trouve plus sur cet appareil. Rejoignez de nouveau l&apos;organisation avec la même invitation pour en créer une nouvelle.</translation>
    </message>
    <message>
        <source>A copy was saved to %1.</source>
        <translation>Une copie a été enregistrée dans %1.</translation>
    </message>
</context>
<context>
    <name>vigil::EnrolmentModel</name>
    <message>
        <source>(deleted person)</source>
        <translation>(personne supprimée)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
</context>
<context>
    <name>vigil::EnrolmentRequest</name>
    <message>
        <source>This enrolment request is damaged or was changed on the way.</source>
        <translation>Cette demande d&apos;enregistrement est endommagée ou a été modifiée en chemin.</translation>
    </message>
    <message>
        <source>The enrolment request could not be written.</source>
        <translation>La demande d&apos;enregistrement n&apos;a pas pu être écrite.</translation>
    </message>
    <message>
        <source>The enrolment request could not be encrypted.</source>
        <translation>La demande d&apos;enregistrement n&apos;a pas pu être chiffrée.</translation>
    </message>
    <message>
        <source>The enrolment request could not be opened.</source>
        <translation>La demande d&apos;enregistrement n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>This file is not a Vigil enrolment request.</source>
        <translation>Ce fichier n&apos;est pas une demande d&apos;enregistrement Vigil.</translation>
    </message>
    <message>
        <source>This enrolment request was made by a newer version of Vigil. Update Vigil and open it again.</source>
        <translation>Cette demande d&apos;enregistrement a été créée par une version plus récente de Vigil. Mettez Vigil à jour et ouvrez-la de nouveau.</translation>
    </message>
    <message>
        <source>This enrolment request is not addressed to this coordinator, or it is damaged.</source>
        <translation>Cette demande d&apos;enregistrement n&apos;est pas adressée à ce coordinateur, ou elle est endommagée.</translation>
    </message>
    <message>
        <source>The enrolment request could not be checked.</source>
        <translation>La demande d&apos;enregistrement n&apos;a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>This enrolment request does not match the invitation it names: it may be forged. Ask the person to join again with the invitation you gave them.</source>
        <translation>Cette demande d&apos;enregistrement ne correspond pas à l&apos;invitation qu&apos;elle mentionne&#xa0;: elle pourrait être falsifiée. Demandez à la personne de rejoindre de nouveau l&apos;organisation avec l&apos;invitation que vous lui avez remise.</translation>
    </message>
</context>
<context>
    <name>vigil::ErrorLabel</name>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Vigil</source>
        <translation>Vigil</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not kept. Free some space and try again.</source>
        <translation>Le disque est plein&#xa0;; la modification n&apos;a donc pas été conservée. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The vault&apos;s storage cannot be written, so the change was not kept. Check the drive and its permissions.</source>
        <translation>Le support du coffre n&apos;est pas accessible en écriture&#xa0;; la modification n&apos;a donc pas été conservée. Vérifiez le lecteur et ses autorisations.</translation>
    </message>
    <message>
        <source>The vault may be damaged. Lock it, make a copy of the vault folder and check it before making further changes.</source>
        <translation>Le coffre est peut-être endommagé. Verrouillez-le, faites une copie du dossier du coffre et vérifiez-la avant toute autre modification.</translation>
    </message>
</context>
<context>
    <name>vigil::EvidenceLinksWidget</name>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <source>Re&amp;move link</source>
        <translation>&amp;Retirer le lien</translation>
    </message>
    <message>
        <source>Evidence of the finding</source>
        <translation>Preuves à l&apos;appui du constat</translation>
    </message>
    <message>
        <source>Evidence to link</source>
        <translation>Preuve à lier</translation>
    </message>
    <message>
        <source>Link the chosen evidence to the finding</source>
        <translation>Lier la preuve choisie au constat</translation>
    </message>
    <message>
        <source>Remove the selected evidence from the finding</source>
        <translation>Retirer la preuve sélectionnée du constat</translation>
    </message>
    <message>
        <source>(deleted since)</source>
        <translation>(supprimé depuis)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Evidence of a finding: its kind, then its title</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation>Lier une preuve</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Retirer une preuve</translation>
    </message>
</context>
<context>
    <name>vigil::EvidenceLookup</name>
    <message>
        <source>Interview %1</source>
        <translation>Entretien %1</translation>
    </message>
    <message>
        <source>Register check: %1</source>
        <translation>Contrôle de registre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Register check: %1, %2 to %3</source>
        <translation>Contrôle de registre&#xa0;: %1, du %2 au %3</translation>
    </message>
    <message>
        <source>Access %1: %2</source>
        <translation>Incident d&apos;accès (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Checklist question %1</source>
        <translation>Question %1 de la liste de contrôle</translation>
    </message>
    <message>
        <source>Checklist question %1: %2</source>
        <translation>Question %1 de la liste de contrôle&#xa0;: %2</translation>
    </message>
    <message>
        <source>finding_evidence.evidence_id: there is no %1 with this id</source>
        <translation>finding_evidence.evidence_id&#xa0;: aucun élément de type %1 ne porte cet identifiant</translation>
    </message>
    <message>
        <source>finding_evidence.evidence_kind: &apos;%1&apos; is not a kind of evidence</source>
        <translation>finding_evidence.evidence_kind&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un type de preuve</translation>
    </message>
</context>
<context>
    <name>vigil::ExportReportDialog</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format de fichier</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>Texte OpenDocument (ODT)</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Page web (HTML)</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Choisir le fichier à écrire</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>What the publication guard found</source>
        <translation>Ce qu&apos;a relevé le garde-fou de publication</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Close, or cancel the export</source>
        <translation>Fermer, ou annuler l&apos;exportation</translation>
    </message>
    <message>
        <source>Checking the report with the publication guard…</source>
        <translation>Vérification du rapport par le garde-fou de publication…</translation>
    </message>
    <message>
        <source>The report could not be checked: %1</source>
        <translation>Le rapport n&apos;a pas pu être vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>Le rapport a été enregistré sous %1.</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>L&apos;exportation a été annulée. Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The report could not be exported. %1</source>
        <translation>Le rapport n&apos;a pas pu être exporté. %1</translation>
    </message>
</context>
<context>
    <name>vigil::ExportWriter</name>
    <message>
        <source>A bundle could not be written to %1.</source>
        <translation>Un lot n&apos;a pas pu être écrit dans %1.</translation>
    </message>
    <message>
        <source>The changes to send changed while the bundle was written.</source>
        <translation>Les modifications à envoyer ont changé pendant l&apos;écriture du lot.</translation>
    </message>
    <message>
        <source>An attachment file could not be read.</source>
        <translation>Un fichier joint n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>An attachment file changed while the bundle was written.</source>
        <translation>Un fichier joint a changé pendant l&apos;écriture du lot.</translation>
    </message>
</context>
<context>
    <name>vigil::FilteredTableView</name>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtrer %1</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Sélectionner toutes les lignes</translation>
    </message>
</context>
<context>
    <name>vigil::FindingEditor</name>
    <message>
        <source>Finding title</source>
        <translation>Titre du constat</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Sub-category</source>
        <translation>Sous-catégorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Standards cited</source>
        <translation>Normes citées</translation>
    </message>
    <message>
        <source>&amp;Good practice</source>
        <translation>&amp;Bonne pratique</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Bonne pratique</translation>
    </message>
    <message>
        <source>Corroborating sources</source>
        <translation>Sources concordantes</translation>
    </message>
    <message>
        <source>e.g. Mandela Rules 43-45</source>
        <translation>p. ex. règles Nelson Mandela 43 à 45</translation>
    </message>
    <message>
        <source>Leave at the lowest value to count the linked interviews, observations and register checks.</source>
        <translation>Laissez la valeur minimale pour compter les entretiens, observations et contrôles de registre liés.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ub-category:</source>
        <translation>Sous-catég&amp;orie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Facts:</source>
        <translation>&amp;Faits&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Analysis:</source>
        <translation>&amp;Analyse&#xa0;:</translation>
    </message>
    <message>
        <source>Sta&amp;ndards:</source>
        <translation>&amp;Normes&#xa0;:</translation>
    </message>
    <message>
        <source>Sou&amp;rces:</source>
        <translation>&amp;Sources&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>&amp;Preuves&#xa0;:</translation>
    </message>
    <message>
        <source>finding title</source>
        <translation>le titre du constat</translation>
    </message>
    <message>
        <source>sub-category</source>
        <translation>la sous-catégorie</translation>
    </message>
    <message>
        <source>facts</source>
        <translation>les faits</translation>
    </message>
    <message>
        <source>analysis</source>
        <translation>l&apos;analyse</translation>
    </message>
    <message>
        <source>standards</source>
        <translation>les normes</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>les sources</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>Modifier la catégorie</translation>
    </message>
    <message>
        <source>Change severity</source>
        <translation>Modifier la gravité</translation>
    </message>
    <message>
        <source>Change good practice</source>
        <translation>Modifier la bonne pratique</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <extracomment>Shown for corroborating sources not set by hand: the number counted from the evidence</extracomment>
        <translation>Décompte&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>vigil::FindingRepository</name>
    <message>
        <source>finding.sources: must be at least 1 (leave it empty to count the linked evidence)</source>
        <translation>finding.sources&#xa0;: doit être au moins 1 (laissez vide pour compter les preuves liées)</translation>
    </message>
    <message>
        <source>The finding does not exist or was deleted.</source>
        <translation>Le constat n&apos;existe pas ou a été supprimé.</translation>
    </message>
    <message>
        <source>finding_evidence.finding_id: refers to a finding that does not exist or was deleted</source>
        <translation>finding_evidence.finding_id&#xa0;: renvoie à un constat qui n&apos;existe pas ou a été supprimé</translation>
    </message>
    <message>
        <source>finding_evidence.evidence_id: the %1 was deleted</source>
        <translation>finding_evidence.evidence_id&#xa0;: l&apos;élément de type %1 a été supprimé</translation>
    </message>
    <message>
        <source>finding_evidence.evidence_id: the %1 was recorded on another visit than the finding</source>
        <translation>finding_evidence.evidence_id&#xa0;: l&apos;élément de type %1 a été consigné lors d&apos;une autre visite que le constat</translation>
    </message>
    <message>
        <source>This evidence is not linked to the finding.</source>
        <translation>Cette preuve n&apos;est pas liée au constat.</translation>
    </message>
</context>
<context>
    <name>vigil::FindingsPanel</name>
    <message>
        <source>&amp;Delete finding</source>
        <translation>&amp;Supprimer le constat</translation>
    </message>
    <message>
        <source>&amp;New finding</source>
        <translation>&amp;Nouveau constat</translation>
    </message>
    <message>
        <source>Add a finding in the selected category</source>
        <translation>Ajouter un constat dans la catégorie sélectionnée</translation>
    </message>
    <message>
        <source>Delete the selected finding</source>
        <translation>Supprimer le constat sélectionné</translation>
    </message>
    <message>
        <source>Findings by category</source>
        <translation>Constats par catégorie</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>Nouveau constat</translation>
    </message>
    <message>
        <source>Add finding</source>
        <translation>Ajouter un constat</translation>
    </message>
    <message>
        <source>Delete finding</source>
        <translation>Supprimer le constat</translation>
    </message>
    <message>
        <source>Untitled finding</source>
        <translation>Constat sans titre</translation>
    </message>
    <message>
        <source>%1 [%2]%3</source>
        <extracomment>A finding in the tree: title and severity; &quot;good practice&quot; marked</extracomment>
        <translation>%1 [%2]%3</translation>
    </message>
    <message>
        <source> ✓ good practice</source>
        <translation> ✓ bonne pratique</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>vigil::FolderTransport</name>
    <message>
        <source>Folder %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>The sync folder %1 is not available. Connect the USB stick or network drive that holds it and try again.</source>
        <translation>Le dossier de synchronisation %1 n&apos;est pas disponible. Branchez la clé USB ou connectez le lecteur réseau qui le contient, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 is not a folder; choose the folder that holds the sync mailbox.</source>
        <translation>%1 n&apos;est pas un dossier&#xa0;; choisissez le dossier qui contient la boîte aux lettres de synchronisation.</translation>
    </message>
</context>
<context>
    <name>vigil::GuardFindingsView</name>
    <message>
        <source>The publication guard found nothing to take out and nothing to warn about.</source>
        <translation>Le garde-fou de publication n&apos;a rien trouvé à retirer ni à signaler.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): fix each in the builder, or accept it to export the report as it is. Your decision is recorded.</source>
        <translation>
            <numerusform>%n avertissement&#xa0;: corrigez-le dans l&apos;éditeur, ou acceptez-le pour exporter le rapport tel quel. Votre décision est consignée.</numerusform>
            <numerusform>%n avertissements&#xa0;: corrigez chacun d&apos;eux dans l&apos;éditeur, ou acceptez-le pour exporter le rapport tel quel. Votre décision est consignée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are taken out of the exported file: this kind of report may not show them.</source>
        <translation>
            <numerusform>%n élément est retiré du fichier exporté&#xa0;: ce type de rapport ne peut pas l&apos;afficher.</numerusform>
            <numerusform>%n éléments sont retirés du fichier exporté&#xa0;: ce type de rapport ne peut pas les afficher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Taken out: %1</source>
        <translation>Retiré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>Section&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>I accept this</source>
        <translation>J&apos;accepte</translation>
    </message>
    <message>
        <source>Accept the warning: %1</source>
        <translation>Accepter l&apos;avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show in the builder</source>
        <translation>Afficher dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Show the item in the report builder to fix it</source>
        <translation>Afficher l&apos;élément dans l&apos;éditeur de rapport pour le corriger</translation>
    </message>
</context>
<context>
    <name>vigil::IdentityCheckPanel</name>
    <message>
        <source>Check for &amp;names from identity entries…</source>
        <translation>Rechercher les &amp;noms des fiches d&apos;identité…</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Check the report for names from identity entries</source>
        <translation>Rechercher dans le rapport les noms figurant dans les fiches d&apos;identité</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>Phrase secrète du coffre</translation>
    </message>
    <message>
        <source>Check with this passphrase</source>
        <translation>Vérifier avec cette phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Names and numbers from the visit&apos;s identity entries were looked for in this report.</source>
        <translation>Les noms et numéros figurant dans les fiches d&apos;identité de la visite ont été recherchés dans ce rapport.</translation>
    </message>
    <message>
        <source>Names and numbers typed into identity entries were not checked: the report may still contain one.</source>
        <translation>Les noms et numéros saisis dans les fiches d&apos;identité n&apos;ont pas été vérifiés&#xa0;: le rapport peut encore en contenir.</translation>
    </message>
    <message>
        <source>Enter the vault passphrase again to unseal the identity entries for this check. They are wiped from memory right after it.</source>
        <translation>Saisissez de nouveau la phrase secrète du coffre pour lever le scellé des fiches d&apos;identité le temps de cette vérification. Elles sont effacées de la mémoire aussitôt après.</translation>
    </message>
    <message>
        <source>Enter the vault passphrase.</source>
        <translation>Saisissez la phrase secrète du coffre.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Vérification de la phrase secrète…</translation>
    </message>
    <message>
        <source>The passphrase is not correct. No identity entry was read.</source>
        <translation>La phrase secrète est incorrecte. Aucune fiche d&apos;identité n&apos;a été lue.</translation>
    </message>
    <message>
        <source>The names could not be checked: %1</source>
        <translation>Les noms n&apos;ont pas pu être vérifiés&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n identity entry(ies) read and looked for in the report.</source>
        <translation>
            <numerusform>%n fiche d&apos;identité lue, dont le contenu a été recherché dans le rapport.</numerusform>
            <numerusform>%n fiches d&apos;identité lues, dont le contenu a été recherché dans le rapport.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::IdentityDialog</name>
    <message>
        <source>Identity behind %1</source>
        <translation>Identité correspondant à %1</translation>
    </message>
    <message>
        <source>Names and ID numbers are kept sealed. Enter the vault passphrase again to see them: they are shown only while this window is open, and the reading is recorded in the audit log.</source>
        <translation>Les noms et numéros d&apos;identification sont conservés sous scellé. Saisissez de nouveau la phrase secrète du coffre pour les voir&#xa0;: ils ne sont affichés que tant que cette fenêtre est ouverte, et la consultation est inscrite au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>See the identity</source>
        <translation>Voir l&apos;identité</translation>
    </message>
    <message>
        <source>Identity entry</source>
        <translation>Fiche d&apos;identité</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Fiche&#xa0;:</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation>Phrase secrète du coffre</translation>
    </message>
    <message>
        <source>&amp;Show identity</source>
        <translation>&amp;Afficher l&apos;identité</translation>
    </message>
    <message>
        <source>Show identity</source>
        <translation>Afficher l&apos;identité</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Identity (hidden again when this window closes)</source>
        <translation>Identité (masquée de nouveau à la fermeture de cette fenêtre)</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>Nom réel</translation>
    </message>
    <message>
        <source>ID, prison or cell number</source>
        <translation>Numéro d&apos;identification, d&apos;écrou ou de cellule</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>Autres informations</translation>
    </message>
    <message>
        <source>Real name:</source>
        <translation>Nom réel&#xa0;:</translation>
    </message>
    <message>
        <source>ID, prison or cell number:</source>
        <translation>N° d&apos;identification, d&apos;écrou ou de cellule&#xa0;:</translation>
    </message>
    <message>
        <source>Other details:</source>
        <translation>Autres informations&#xa0;:</translation>
    </message>
    <message>
        <source>Record an identity</source>
        <translation>Consigner une identité</translation>
    </message>
    <message>
        <source>Only when the person consented to the use of their name or to the referral of their case.</source>
        <translation>Uniquement si la personne a consenti à l&apos;utilisation de son nom ou à la transmission de son cas.</translation>
    </message>
    <message>
        <source>Real name to record</source>
        <translation>Nom réel à consigner</translation>
    </message>
    <message>
        <source>ID, prison or cell number to record</source>
        <translation>Numéro d&apos;identification, d&apos;écrou ou de cellule à consigner</translation>
    </message>
    <message>
        <source>Other details to record</source>
        <translation>Autres informations à consigner</translation>
    </message>
    <message>
        <source>Seal and &amp;record</source>
        <translation>Sceller et &amp;consigner</translation>
    </message>
    <message>
        <source>Seal and record the identity</source>
        <translation>Sceller et consigner l&apos;identité</translation>
    </message>
    <message>
        <source>Close and hide the identity</source>
        <translation>Fermer et masquer l&apos;identité</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>Consignée le %1</translation>
    </message>
    <message>
        <source>No identity is recorded for this interview</source>
        <translation>Aucune identité n&apos;est consignée pour cet entretien</translation>
    </message>
    <message>
        <source>Enter the vault passphrase.</source>
        <translation>Saisissez la phrase secrète du coffre.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Vérification de la phrase secrète…</translation>
    </message>
    <message>
        <source>The passphrase is not correct. Nothing was shown.</source>
        <translation>La phrase secrète est incorrecte. Rien n&apos;a été affiché.</translation>
    </message>
    <message>
        <source>Enter a name or an ID number to record.</source>
        <translation>Saisissez un nom ou un numéro d&apos;identification à consigner.</translation>
    </message>
</context>
<context>
    <name>vigil::IdentityRepository</name>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>The identity entry is damaged or was tampered with.</source>
        <translation>La fiche d&apos;identité est endommagée ou a été altérée.</translation>
    </message>
    <message>
        <source>The identity entry could not be encrypted.</source>
        <translation>La fiche d&apos;identité n&apos;a pas pu être chiffrée.</translation>
    </message>
    <message>
        <source>The identity entry is empty.</source>
        <translation>La fiche d&apos;identité est vide.</translation>
    </message>
    <message>
        <source>The identity entry does not exist or was deleted.</source>
        <translation>La fiche d&apos;identité n&apos;existe pas ou a été supprimée.</translation>
    </message>
    <message>
        <source>This device does not know the organisation&apos;s coordinators yet, so identity entries cannot be sealed for them. Sync once, then try again.</source>
        <translation>Cet appareil ne connaît pas encore les coordinateurs de l&apos;organisation&#xa0;; les fiches d&apos;identité ne peuvent donc pas être scellées pour eux. Synchronisez une fois, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>vigil::InactiveShield</name>
    <message>
        <source>Content hidden while Vigil is in the background</source>
        <translation>Contenu masqué tant que Vigil est en arrière-plan</translation>
    </message>
    <message>
        <source>Hidden while Vigil is in the background</source>
        <translation>Masqué tant que Vigil est en arrière-plan</translation>
    </message>
</context>
<context>
    <name>vigil::InboxModel</name>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Waiting for an earlier bundle</source>
        <translation>En attente d&apos;un lot antérieur</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En quarantaine</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Appareil inconnu</translation>
    </message>
    <message>
        <source>Unknown device %1</source>
        <extracomment>A sender not in the roster, by the start of its device id</extracomment>
        <translation>Appareil inconnu %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewCommands</name>
    <message>
        <source>New interview</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <source>Edit interview notes</source>
        <translation>Modifier les notes d&apos;entretien</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewDetailsForm</name>
    <message>
        <source>Yes, no one else could hear</source>
        <translation>Oui, personne d&apos;autre ne pouvait entendre</translation>
    </message>
    <message>
        <source>Held without witnesses</source>
        <translation>Entretien mené sans témoins</translation>
    </message>
    <message>
        <source>No, others were present</source>
        <translation>Non, d&apos;autres personnes étaient présentes</translation>
    </message>
    <message>
        <source>Others were present</source>
        <translation>D&apos;autres personnes étaient présentes</translation>
    </message>
    <message>
        <source>Without witnesses:</source>
        <translation>Sans témoins&#xa0;:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unité&#xa0;:</translation>
    </message>
    <message>
        <source>Where in the place</source>
        <translation>Endroit dans le lieu visité</translation>
    </message>
    <message>
        <source>For example: the library, out of sight of staff</source>
        <translation>Par exemple&#xa0;: la bibliothèque, hors de la vue du personnel</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Endroit&#xa0;:</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Interpreter:</source>
        <translation>Interprète&#xa0;:</translation>
    </message>
    <message>
        <source>Who chose the person</source>
        <translation>Qui a choisi la personne</translation>
    </message>
    <message>
        <source>Chosen by:</source>
        <translation>Choisie par&#xa0;:</translation>
    </message>
    <message>
        <source>Risk of reprisal</source>
        <translation>Risque de représailles</translation>
    </message>
    <message>
        <source>Ask whether the person fears consequences.</source>
        <translation>Demandez à la personne si elle craint des conséquences.</translation>
    </message>
    <message>
        <source>Reprisal risk:</source>
        <translation>Risque de représailles&#xa0;:</translation>
    </message>
    <message>
        <source>Check on them at the next visit</source>
        <translation>Prendre de ses nouvelles à la prochaine visite</translation>
    </message>
    <message>
        <source>Follow up at the next visit</source>
        <translation>Assurer un suivi à la prochaine visite</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Suivi&#xa0;:</translation>
    </message>
    <message>
        <source>Disability, LGBTI, minority or indigenous status: only with consent, and only when needed.</source>
        <translation>Handicap, statut LGBTI, appartenance à une minorité ou à un peuple autochtone&#xa0;: uniquement avec le consentement de la personne, et seulement si nécessaire.</translation>
    </message>
    <message>
        <source>Vulnerabilities:</source>
        <translation>Vulnérabilités&#xa0;:</translation>
    </message>
    <message>
        <source>Interviewer the person asked for</source>
        <translation>Intervenant souhaité par la personne</translation>
    </message>
    <message>
        <source>No preference stated</source>
        <translation>Aucune préférence exprimée</translation>
    </message>
    <message>
        <source>Asked to be heard by:</source>
        <translation>Souhaite être entendue par&#xa0;:</translation>
    </message>
    <message>
        <source>Topics, separated by commas</source>
        <translation>Thèmes, séparés par des virgules</translation>
    </message>
    <message>
        <source>For example: use of force, health care, family contact</source>
        <translation>Par exemple&#xa0;: usage de la force, soins de santé, contacts familiaux</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Thèmes&#xa0;:</translation>
    </message>
    <message>
        <source>Edit interview location</source>
        <translation>Modifier l&apos;endroit de l&apos;entretien</translation>
    </message>
    <message>
        <source>Edit interview topics</source>
        <translation>Modifier les thèmes de l&apos;entretien</translation>
    </message>
    <message>
        <source>Change interview unit</source>
        <translation>Modifier l&apos;unité de l&apos;entretien</translation>
    </message>
    <message>
        <source>Change interpreter</source>
        <translation>Modifier l&apos;interprète</translation>
    </message>
    <message>
        <source>Change who chose the interviewee</source>
        <translation>Modifier qui a choisi la personne entendue</translation>
    </message>
    <message>
        <source>Change reprisal risk</source>
        <translation>Modifier le risque de représailles</translation>
    </message>
    <message>
        <source>Change follow-up</source>
        <translation>Modifier le suivi</translation>
    </message>
    <message>
        <source>Change requested interviewer</source>
        <translation>Modifier l&apos;intervenant souhaité</translation>
    </message>
    <message>
        <source>No particular unit</source>
        <translation>Aucune unité particulière</translation>
    </message>
    <message>
        <source>Disability, LGBTI, minority or indigenous status: only when needed.</source>
        <translation>Handicap, statut LGBTI, appartenance à une minorité ou à un peuple autochtone&#xa0;: seulement si nécessaire.</translation>
    </message>
    <message>
        <source>Disability, LGBTI, minority or indigenous status can be recorded once consent is recorded, and only when needed.</source>
        <translation>Le handicap, le statut LGBTI, l&apos;appartenance à une minorité ou à un peuple autochtone peuvent être consignés une fois le consentement consigné, et seulement si nécessaire.</translation>
    </message>
    <message>
        <source>Change vulnerabilities</source>
        <translation>Modifier les vulnérabilités</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewEditor</name>
    <message>
        <source>Select an interview, or start a new one.</source>
        <translation>Sélectionnez un entretien ou commencez-en un nouveau.</translation>
    </message>
    <message>
        <source>&amp;Identity…</source>
        <translation>&amp;Identité…</translation>
    </message>
    <message>
        <source>Real identity (asks for the passphrase)</source>
        <translation>Identité réelle (demande la phrase secrète)</translation>
    </message>
    <message>
        <source>Names and ID numbers are sealed; seeing them asks for the passphrase again.</source>
        <translation>Les noms et numéros d&apos;identification sont sous scellé&#xa0;; pour les voir, la phrase secrète est de nouveau demandée.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation>Notes d&apos;entretien</translation>
    </message>
    <message>
        <source>The interview</source>
        <translation>L&apos;entretien</translation>
    </message>
    <message>
        <source>Pseudonym %1</source>
        <translation>Pseudonyme %1</translation>
    </message>
    <message>
        <source>Notes open once consent is recorded above: nothing the person says is written down before they have agreed how it may be used.</source>
        <translation>Les notes s&apos;ouvrent une fois le consentement consigné ci-dessus&#xa0;: rien de ce que dit la personne n&apos;est écrit avant qu&apos;elle ait accepté la manière dont ses propos pourront être utilisés.</translation>
    </message>
    <message>
        <source>Record consent first.</source>
        <translation>Consignez d&apos;abord le consentement.</translation>
    </message>
    <message>
        <source>Write what the person said, in their words where possible. Saved as you type.</source>
        <translation>Notez ce que la personne a dit, si possible avec ses propres mots. Enregistrement au fil de la saisie.</translation>
    </message>
    <message>
        <source>The person withdrew consent: the notes are read-only and nothing more can be added.</source>
        <translation>La personne a retiré son consentement&#xa0;: les notes sont en lecture seule et plus rien ne peut être ajouté.</translation>
    </message>
    <message numerus="yes">
        <source>%n safeguard warning(s) on this interview, shown next to the fields they concern.</source>
        <translation>
            <numerusform>%n alerte de protection sur cet entretien, affichée à côté du champ concerné.</numerusform>
            <numerusform>%n alertes de protection sur cet entretien, affichées à côté des champs concernés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::InterviewLabels</name>
    <message>
        <source>Individual, in private</source>
        <translation>Individuel, en privé</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Collectif</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>External (family, lawyer, NGO)</source>
        <translation>Externe (famille, avocat, ONG)</translation>
    </message>
    <message>
        <source>No interpreter</source>
        <translation>Pas d&apos;interprète</translation>
    </message>
    <message>
        <source>Professional interpreter</source>
        <translation>Interprète professionnel</translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <source>Fellow detainee</source>
        <translation>Codétenu</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>L&apos;équipe</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Le personnel</translation>
    </message>
    <message>
        <source>The person asked to be heard</source>
        <translation>La personne a demandé à être entendue</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Older person</source>
        <translation>Personne âgée</translation>
    </message>
    <message>
        <source>Foreign national</source>
        <translation>Ressortissant étranger</translation>
    </message>
    <message>
        <source>Person with a disability</source>
        <translation>Personne handicapée</translation>
    </message>
    <message>
        <source>LGBTI person</source>
        <translation>Personne LGBTI</translation>
    </message>
    <message>
        <source>Minority</source>
        <translation>Minorité</translation>
    </message>
    <message>
        <source>Indigenous person</source>
        <translation>Personne autochtone</translation>
    </message>
    <message>
        <source>A woman</source>
        <translation>Une femme</translation>
    </message>
    <message>
        <source>A man</source>
        <translation>Un homme</translation>
    </message>
    <message>
        <source>Another gender</source>
        <translation>Une personne d&apos;un autre genre</translation>
    </message>
    <message>
        <source>A child</source>
        <translation>Un enfant</translation>
    </message>
    <message>
        <source>A person with an intellectual disability</source>
        <translation>Une personne présentant un handicap intellectuel</translation>
    </message>
    <message>
        <source>A person with a psychosocial disability</source>
        <translation>Une personne présentant un handicap psychosocial</translation>
    </message>
    <message>
        <source>Aggregate use only</source>
        <translation>Usage agrégé uniquement</translation>
    </message>
    <message>
        <source>Quote anonymously</source>
        <translation>Citer anonymement</translation>
    </message>
    <message>
        <source>Use the name</source>
        <translation>Utiliser le nom</translation>
    </message>
    <message>
        <source>Share with the authorities</source>
        <translation>Communiquer aux autorités</translation>
    </message>
    <message>
        <source>Refer the case</source>
        <translation>Transmettre le cas</translation>
    </message>
    <message>
        <source>Always given: what was said counts in anonymous totals, never traceable to the person.</source>
        <translation>Toujours accordé&#xa0;: les propos sont comptés dans des totaux anonymes, sans jamais pouvoir être rattachés à la personne.</translation>
    </message>
    <message>
        <source>Their words may be quoted in a report without anything that identifies them.</source>
        <translation>Ses propos peuvent être cités dans un rapport, sans aucun élément permettant de l&apos;identifier.</translation>
    </message>
    <message>
        <source>Their name may be recorded and used, for example in a report or a letter.</source>
        <translation>Son nom peut être consigné et utilisé, par exemple dans un rapport ou un courrier.</translation>
    </message>
    <message>
        <source>Their account may be passed to the authorities responsible for the place.</source>
        <translation>Son récit peut être communiqué aux autorités responsables du lieu.</translation>
    </message>
    <message>
        <source>Their individual case may be referred to a body that can act on it.</source>
        <translation>Son cas individuel peut être transmis à un organe en mesure d&apos;y donner suite.</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewListModel</name>
    <message>
        <source>Not yet recorded</source>
        <translation>Pas encore consigné</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Reprisal risk</source>
        <translation>Risque de représailles</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewRepository</name>
    <message>
        <source>Record whether the interview was held without witnesses (OPCAT Art. 20).</source>
        <translation>Indiquez si l&apos;entretien a été mené sans témoins (OPCAT, art. 20).</translation>
    </message>
    <message>
        <source>The unit does not belong to the place being visited.</source>
        <translation>L&apos;unité n&apos;appartient pas au lieu visité.</translation>
    </message>
    <message>
        <source>The interview does not exist or was deleted.</source>
        <translation>L&apos;entretien n&apos;existe pas ou a été supprimé.</translation>
    </message>
    <message>
        <source>No consent was recorded for this interview, so none can be withdrawn.</source>
        <translation>Aucun consentement n&apos;a été consigné pour cet entretien&#xa0;; il ne peut donc pas être retiré.</translation>
    </message>
    <message>
        <source>Consent was already withdrawn.</source>
        <translation>Le consentement a déjà été retiré.</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewWarnings</name>
    <message>
        <source>The interview does not exist or was deleted.</source>
        <translation>L&apos;entretien n&apos;existe pas ou a été supprimé.</translation>
    </message>
    <message>
        <source>A member of staff interpreted: the person may not have spoken freely, and staff may know what was said.</source>
        <translation>Un membre du personnel a servi d&apos;interprète&#xa0;: la personne n&apos;a peut-être pas parlé librement, et le personnel peut connaître ses propos.</translation>
    </message>
    <message>
        <source>A fellow detainee interpreted: confidentiality depends on them, and both may be exposed to pressure.</source>
        <translation>Un codétenu a servi d&apos;interprète&#xa0;: la confidentialité dépend de lui, et tous deux peuvent être exposés à des pressions.</translation>
    </message>
    <message>
        <source>Staff chose this interviewee: staff know who was heard. Interview people the team chooses as well.</source>
        <translation>Le personnel a choisi cette personne&#xa0;: il sait qui a été entendu. Entendez aussi des personnes choisies par l&apos;équipe.</translation>
    </message>
    <message>
        <source>This private interview was not held without witnesses (OPCAT Art. 20).</source>
        <translation>Cet entretien en privé n&apos;a pas été mené sans témoins (OPCAT, art. 20).</translation>
    </message>
    <message>
        <source>Sensitive topics came up in a group interview, which carries no confidentiality: hear the people concerned in private.</source>
        <translation>Des sujets sensibles ont été abordés lors d&apos;un entretien collectif, qui n&apos;offre aucune confidentialité&#xa0;: entendez en privé les personnes concernées.</translation>
    </message>
    <message>
        <source>The risk of reprisal is high but no follow-up is planned: check on this person at the next visit.</source>
        <translation>Le risque de représailles est élevé mais aucun suivi n&apos;est prévu&#xa0;: prenez des nouvelles de cette personne à la prochaine visite.</translation>
    </message>
    <message>
        <source>Only one person was interviewed in private in %1: staff can tell who spoke. Interview others in the unit as well.</source>
        <translation>Une seule personne a été entendue en privé dans %1&#xa0;: le personnel peut savoir qui a parlé. Entendez aussi d&apos;autres personnes de l&apos;unité.</translation>
    </message>
    <message>
        <source>All interviewees in %1 were chosen by staff.</source>
        <translation>Toutes les personnes entendues dans %1 ont été choisies par le personnel.</translation>
    </message>
</context>
<context>
    <name>vigil::InterviewsPanel</name>
    <message>
        <source>&amp;New interview…</source>
        <translation>&amp;Nouvel entretien…</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <source>Interviews of this visit</source>
        <translation>Entretiens de cette visite</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n private interview(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n entretien en privé</numerusform>
            <numerusform>%1&#xa0;: %n entretiens en privé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n group interview(s)</source>
        <translation>
            <numerusform>, %n entretien collectif</numerusform>
            <numerusform>, %n entretiens collectifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no unit: %n private interview(s)</source>
        <translation>
            <numerusform>sans unité&#xa0;: %n entretien en privé</numerusform>
            <numerusform>sans unité&#xa0;: %n entretiens en privé</numerusform>
        </translation>
    </message>
    <message>
        <source>Interview coverage: the place has no units recorded.</source>
        <translation>Couverture des entretiens&#xa0;: aucune unité n&apos;est consignée pour ce lieu.</translation>
    </message>
    <message>
        <source>Interview coverage by unit — %1</source>
        <translation>Couverture des entretiens par unité — %1</translation>
    </message>
</context>
<context>
    <name>vigil::InvitationFile</name>
    <message>
        <source>This invitation file is damaged or was changed after it was signed.</source>
        <translation>Ce fichier d&apos;invitation est endommagé ou a été modifié après sa signature.</translation>
    </message>
    <message>
        <source>The invitation could not be written.</source>
        <translation>L&apos;invitation n&apos;a pas pu être écrite.</translation>
    </message>
    <message>
        <source>This file is not a Vigil invitation.</source>
        <translation>Ce fichier n&apos;est pas une invitation Vigil.</translation>
    </message>
    <message>
        <source>This invitation was made by a newer version of Vigil. Update Vigil and open it again.</source>
        <translation>Cette invitation a été créée par une version plus récente de Vigil. Mettez Vigil à jour et ouvrez-la de nouveau.</translation>
    </message>
</context>
<context>
    <name>vigil::InviteDialog</name>
    <message>
        <source>invitation</source>
        <translation>invitation</translation>
    </message>
    <message>
        <source>Invite a device</source>
        <translation>Inviter un appareil</translation>
    </message>
    <message>
        <source>The invitation file lets one device ask to join the organisation. Hand it over in person, on a USB stick you give yourself: whoever holds it can ask to join. It can be used once and expires in 14 days.</source>
        <translation>Le fichier d&apos;invitation permet à un appareil de demander à rejoindre l&apos;organisation. Remettez-le en main propre, sur une clé USB que vous donnez vous-même&#xa0;: quiconque le détient peut demander à rejoindre l&apos;organisation. Il n&apos;est utilisable qu&apos;une fois et expire au bout de 14 jours.</translation>
    </message>
    <message>
        <source>Role of the invited device</source>
        <translation>Rôle de l&apos;appareil invité</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Person who will use the device</source>
        <translation>Personne qui utilisera l&apos;appareil</translation>
    </message>
    <message>
        <source>Not linked to a person yet</source>
        <translation>Pas encore lié à une personne</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne&#xa0;:</translation>
    </message>
    <message>
        <source>The device receives the visits whose team names this person.</source>
        <translation>L&apos;appareil reçoit les visites dont l&apos;équipe comprend cette personne.</translation>
    </message>
    <message>
        <source>Who the invitation is for</source>
        <translation>Destinataire de l&apos;invitation</translation>
    </message>
    <message>
        <source>Shown to the person when they open it</source>
        <translation>Affiché à la personne lorsqu&apos;elle l&apos;ouvre</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>P&amp;our&#xa0;:</translation>
    </message>
    <message>
        <source>No mailbox is set up yet, so the invitation names none: files will be exchanged by hand until you set one up in the sync settings and issue new invitations.</source>
        <translation>Aucune boîte aux lettres n&apos;est encore configurée&#xa0;; l&apos;invitation n&apos;en indique donc aucune&#xa0;: les fichiers seront échangés à la main jusqu&apos;à ce que vous en configuriez une dans les paramètres de synchronisation et émettiez de nouvelles invitations.</translation>
    </message>
    <message>
        <source>When the person opens the invitation, they will call you and read out the fingerprint they see. It must be exactly this device&apos;s fingerprint:</source>
        <translation>Lorsque la personne ouvrira l&apos;invitation, elle vous appellera et lira à voix haute l&apos;empreinte qu&apos;elle voit. Ce doit être exactement l&apos;empreinte de cet appareil&#xa0;:</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>Empreinte de cet appareil</translation>
    </message>
    <message>
        <source>&amp;Save the invitation…</source>
        <translation>Enregi&amp;strer l&apos;invitation…</translation>
    </message>
    <message>
        <source>Save the invitation file</source>
        <translation>Enregistrer le fichier d&apos;invitation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>Enregistrer l&apos;invitation</translation>
    </message>
    <message>
        <source>Vigil invitations (*.vgi)</source>
        <translation>Invitations Vigil (*.vgi)</translation>
    </message>
    <message>
        <source>The invitation was saved to %1. Hand it over in person before %2.</source>
        <translation>L&apos;invitation a été enregistrée dans %1. Remettez-la en main propre avant le %2.</translation>
    </message>
</context>
<context>
    <name>vigil::IoError</name>
    <message>
        <source>The disk holding %1 is full. Free some space and try again; nothing was changed.</source>
        <translation>Le disque contenant %1 est plein. Libérez de l&apos;espace et réessayez&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Vigil may not write to %1. Check that the drive is not read-only and that you own the folder.</source>
        <translation>Vigil n&apos;a pas le droit d&apos;écrire dans %1. Vérifiez que le lecteur n&apos;est pas en lecture seule et que le dossier vous appartient.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed.</source>
        <translation>La lecture ou l&apos;écriture de %1 a échoué.</translation>
    </message>
</context>
<context>
    <name>vigil::JoinOrganisationDialog</name>
    <message>
        <source>Shared folder %1</source>
        <translation>Dossier partagé %1</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Serveur %1</translation>
    </message>
    <message>
        <source>Server %1, user %2</source>
        <translation>Serveur %1, utilisateur %2</translation>
    </message>
    <message>
        <source>None yet: exchange files with the coordinator by hand</source>
        <translation>Aucune pour l&apos;instant&#xa0;: échangez les fichiers à la main avec le coordinateur</translation>
    </message>
    <message>
        <source>Join an organisation</source>
        <translation>Rejoindre une organisation</translation>
    </message>
    <message>
        <source>This vault already belongs to the organisation “%1”.</source>
        <translation>Ce coffre appartient déjà à l&apos;organisation «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Open the invitation file your coordinator handed you. Nothing in this vault is lost by joining: your places, visits and notes stay as they are, and once the coordinator has approved this device they are shared with the organisation as your role allows.</source>
        <translation>Ouvrez le fichier d&apos;invitation que votre coordinateur vous a remis. Rejoindre une organisation ne fait rien perdre de ce coffre&#xa0;: vos lieux, visites et notes restent tels quels et, une fois cet appareil approuvé par le coordinateur, ils sont partagés avec l&apos;organisation dans la mesure où votre rôle le permet.</translation>
    </message>
    <message>
        <source>Invitation file</source>
        <translation>Fichier d&apos;invitation</translation>
    </message>
    <message>
        <source>Invitation file (.vgi)</source>
        <translation>Fichier d&apos;invitation (.vgi)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the invitation file</source>
        <translation>Choisir le fichier d&apos;invitation</translation>
    </message>
    <message>
        <source>&amp;Invitation:</source>
        <translation>&amp;Invitation&#xa0;:</translation>
    </message>
    <message>
        <source>The invitation</source>
        <translation>L&apos;invitation</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Pour&#xa0;:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valable jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>Mailbox:</source>
        <translation>Boîte aux lettres&#xa0;:</translation>
    </message>
    <message>
        <source>Call the coordinator on a number you already know and compare these digits with the ones on their screen. Join only if every group matches exactly: otherwise the file did not come from your coordinator.</source>
        <translation>Appelez le coordinateur à un numéro que vous connaissez déjà et comparez ces chiffres avec ceux affichés sur son écran. Ne rejoignez l&apos;organisation que si chaque groupe correspond exactement&#xa0;: sinon, le fichier ne provient pas de votre coordinateur.</translation>
    </message>
    <message>
        <source>Coordinator&apos;s fingerprint</source>
        <translation>Empreinte du coordinateur</translation>
    </message>
    <message>
        <source>Name of this device</source>
        <translation>Nom de cet appareil</translation>
    </message>
    <message>
        <source>For example: Amina&apos;s laptop</source>
        <translation>Par exemple&#xa0;: ordinateur portable d&apos;Amina</translation>
    </message>
    <message>
        <source>This device&apos;s &amp;name:</source>
        <translation>&amp;Nom de cet appareil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <source>Join the organisation</source>
        <translation>Rejoindre l&apos;organisation</translation>
    </message>
    <message>
        <source>Cancel joining</source>
        <translation>Annuler l&apos;adhésion</translation>
    </message>
    <message>
        <source>&amp;Save a copy of the request…</source>
        <translation>Enregi&amp;strer une copie de la demande…</translation>
    </message>
    <message>
        <source>Save a copy of the enrolment request</source>
        <translation>Enregistrer une copie de la demande d&apos;enregistrement</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint. The coordinator compares it with you by phone before approving this device:</source>
        <translation>Empreinte de cet appareil. Le coordinateur la compare avec vous par téléphone avant d&apos;approuver cet appareil&#xa0;:</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint</source>
        <translation>Empreinte de cet appareil</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Open an invitation</source>
        <translation>Ouvrir une invitation</translation>
    </message>
    <message>
        <source>Vigil invitations (*.vgi);;All files (*)</source>
        <translation>Invitations Vigil (*.vgi);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>This invitation expired on %1. Ask the coordinator for a new one.</source>
        <translation>Cette invitation a expiré le %1. Demandez-en une nouvelle au coordinateur.</translation>
    </message>
    <message>
        <source>The request could not be kept for the next sync (%1). Save a copy and hand it to the coordinator.</source>
        <translation>La demande n&apos;a pas pu être conservée pour la prochaine synchronisation (%1). Enregistrez-en une copie et remettez-la au coordinateur.</translation>
    </message>
    <message>
        <source>The enrolment request goes to the coordinator with the next sync. If you have no shared mailbox yet, save a copy on a USB stick and hand it over.</source>
        <translation>La demande d&apos;enregistrement est transmise au coordinateur lors de la prochaine synchronisation. Si vous n&apos;avez pas encore de boîte aux lettres partagée, enregistrez-en une copie sur une clé USB et remettez-la-lui.</translation>
    </message>
    <message>
        <source>The server&apos;s password is not in the invitation: enter it in the sync settings.</source>
        <translation>Le mot de passe du serveur ne figure pas dans l&apos;invitation&#xa0;: saisissez-le dans les paramètres de synchronisation.</translation>
    </message>
    <message>
        <source>This device has joined “%1” and waits for the coordinator&apos;s approval.</source>
        <translation>Cet appareil a rejoint «&#xa0;%1&#xa0;» et attend l&apos;approbation du coordinateur.</translation>
    </message>
    <message>
        <source>Save a copy of the request</source>
        <translation>Enregistrer une copie de la demande</translation>
    </message>
    <message>
        <source>Vigil enrolment requests (*.vge)</source>
        <translation>Demandes d&apos;enregistrement Vigil (*.vge)</translation>
    </message>
    <message>
        <source>Join the organisation first.</source>
        <translation>Rejoignez d&apos;abord l&apos;organisation.</translation>
    </message>
    <message>
        <source>A copy was saved to %1.</source>
        <translation>Une copie a été enregistrée dans %1.</translation>
    </message>
</context>
<context>
    <name>vigil::Kdf</name>
    <message>
        <source>The key file asks for unsupported key-derivation settings.</source>
        <translation>Le fichier de clé demande des paramètres de dérivation de clé non pris en charge.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the vault key. Close other programs and try again.</source>
        <translation>Mémoire insuffisante pour dériver la clé du coffre. Fermez d&apos;autres programmes et réessayez.</translation>
    </message>
</context>
<context>
    <name>vigil::KeyEnvelope</name>
    <message>
        <source>The vault&apos;s key file is damaged or has been altered. Restore it from a backup.</source>
        <translation>Le fichier de clé du coffre est endommagé ou a été altéré. Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Encrypting the vault key failed.</source>
        <translation>Le chiffrement de la clé du coffre a échoué.</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>La phrase secrète est incorrecte.</translation>
    </message>
    <message>
        <source>The recovery key does not open this vault.</source>
        <translation>La clé de récupération n&apos;ouvre pas ce coffre.</translation>
    </message>
    <message>
        <source>This vault was created by a newer version of Vigil. Update Vigil to open it.</source>
        <translation>Ce coffre a été créé par une version plus récente de Vigil. Mettez Vigil à jour pour l&apos;ouvrir.</translation>
    </message>
</context>
<context>
    <name>vigil::LockScreen</name>
    <message>
        <source>e.g. Northern region visits</source>
        <translation>p. ex. Visites région Nord</translation>
    </message>
    <message>
        <source>Vault name</source>
        <translation>Nom du coffre</translation>
    </message>
    <message>
        <source>Vault &amp;name (optional)</source>
        <translation>&amp;Nom du coffre (facultatif)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Confirmer la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>&amp;Confirmer la phrase secrète</translation>
    </message>
    <message>
        <source>Deriving the keys… this takes a moment.</source>
        <translation>Dérivation des clés… cela prend un instant.</translation>
    </message>
    <message>
        <source>Create a vault</source>
        <translation>Créer un coffre</translation>
    </message>
    <message>
        <source>Unlock the vault</source>
        <translation>Déverrouiller le coffre</translation>
    </message>
    <message>
        <source>Everything you record is encrypted with this passphrase.</source>
        <translation>Tout ce que vous consignez est chiffré avec cette phrase secrète.</translation>
    </message>
    <message>
        <source>Enter the passphrase to open the vault.</source>
        <translation>Saisissez la phrase secrète pour ouvrir le coffre.</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Emplacement&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>C&amp;réer le coffre</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Saisissez une phrase secrète.</translation>
    </message>
    <message>
        <source>This passphrase is too weak. Use a longer one, for example several unrelated words.</source>
        <translation>Cette phrase secrète est trop faible. Choisissez-en une plus longue, par exemple plusieurs mots sans rapport entre eux.</translation>
    </message>
    <message>
        <source>The two passphrases do not match. Type it again.</source>
        <translation>Les deux phrases secrètes ne correspondent pas. Saisissez-la de nouveau.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Saisissez la phrase secrète.</translation>
    </message>
</context>
<context>
    <name>vigil::MailboxName</name>
    <message>
        <source>This is not a valid device id.</source>
        <translation>Ce n&apos;est pas un identifiant d&apos;appareil valide.</translation>
    </message>
    <message>
        <source>This is not a valid name for a sync file.</source>
        <translation>Ce n&apos;est pas un nom valide pour un fichier de synchronisation.</translation>
    </message>
</context>
<context>
    <name>vigil::MainWindow</name>
    <message>
        <source>Time until the vault locks</source>
        <translation>Temps restant avant le verrouillage du coffre</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Coffre</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Close the vault and wipe its keys from memory</source>
        <translation>Fermer le coffre et effacer ses clés de la mémoire</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Vigil</source>
        <translation>À &amp;propos de Vigil</translation>
    </message>
    <message>
        <source>Main menu</source>
        <translation>Menu principal</translation>
    </message>
    <message>
        <source>Locks in %1</source>
        <translation>Verrouillage dans %1</translation>
    </message>
    <message>
        <source>About Vigil</source>
        <translation>À propos de Vigil</translation>
    </message>
    <message>
        <source>Vigil %1</source>
        <translation>Vigil %1</translation>
    </message>
    <message>
        <source>Offline-first, encrypted records for monitoring places of detention (OPCAT).

Built with Qt %1, running on Qt %2.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Dossiers chiffrés, conçus pour fonctionner hors ligne, pour le contrôle des lieux de privation de liberté (OPCAT).

Compilé avec Qt %1, exécuté avec Qt %2.
Sous licence GNU GPL, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;New place…</source>
        <translation>&amp;Nouveau lieu…</translation>
    </message>
    <message>
        <source>Add a place of detention to visit</source>
        <translation>Ajouter un lieu de privation de liberté à visiter</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>V&amp;isit</source>
        <translation>V&amp;isite</translation>
    </message>
    <message>
        <source>Compile &amp;report…</source>
        <translation>Compiler le &amp;rapport…</translation>
    </message>
    <message>
        <source>Open the report builder of the open visit</source>
        <translation>Ouvrir l&apos;éditeur de rapport de la visite ouverte</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>Export the open visit&apos;s report as PDF, ODT or HTML</source>
        <translation>Exporter le rapport de la visite ouverte en PDF, ODT ou HTML</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
</context>
<context>
    <name>vigil::MergeEngine</name>
    <message>
        <source>A received change names a record as being of another kind than it is; nothing was imported.</source>
        <translation>Une modification reçue attribue à un enregistrement un type qui n&apos;est pas le sien&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Two different changes carry the same number from one device; nothing was imported.</source>
        <translation>Deux modifications différentes provenant d&apos;un même appareil portent le même numéro&#xa0;; rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>vigil::Migrations</name>
    <message>
        <source>This vault was written by a newer version of Vigil. Update Vigil to open it.</source>
        <translation>Ce coffre a été écrit par une version plus récente de Vigil. Mettez Vigil à jour pour l&apos;ouvrir.</translation>
    </message>
</context>
<context>
    <name>vigil::Navigator</name>
    <message>
        <source>Open vault</source>
        <translation>Coffre ouvert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Sync inbox</source>
        <translation>Réception de synchronisation</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
</context>
<context>
    <name>vigil::NewInterviewDialog</name>
    <message>
        <source>New interview</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <source>Vigil gives the person a pseudonym. Record consent next, before any notes.</source>
        <translation>Vigil attribue un pseudonyme à la personne. Consignez ensuite le consentement, avant toute note.</translation>
    </message>
    <message>
        <source>Kind of interview</source>
        <translation>Type d&apos;entretien</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Yes, no one else could hear</source>
        <translation>Oui, personne d&apos;autre ne pouvait entendre</translation>
    </message>
    <message>
        <source>Held without witnesses</source>
        <translation>Entretien mené sans témoins</translation>
    </message>
    <message>
        <source>No, others were present</source>
        <translation>Non, d&apos;autres personnes étaient présentes</translation>
    </message>
    <message>
        <source>Others were present</source>
        <translation>D&apos;autres personnes étaient présentes</translation>
    </message>
    <message>
        <source>Without witnesses:</source>
        <translation>Sans témoins&#xa0;:</translation>
    </message>
    <message>
        <source>Who chose the person</source>
        <translation>Qui a choisi la personne</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Chosen by:</source>
        <translation>Choisie par&#xa0;:</translation>
    </message>
    <message>
        <source>Risk of reprisal</source>
        <translation>Risque de représailles</translation>
    </message>
    <message>
        <source>Ask whether the person fears consequences.</source>
        <translation>Demandez à la personne si elle craint des conséquences.</translation>
    </message>
    <message>
        <source>Reprisal risk:</source>
        <translation>Risque de représailles&#xa0;:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>No particular unit</source>
        <translation>Aucune unité particulière</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unité&#xa0;:</translation>
    </message>
    <message>
        <source>Start interview</source>
        <translation>Commencer l&apos;entretien</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>vigil::NewVisitCommand</name>
    <message>
        <source>New visit to %1</source>
        <translation>Nouvelle visite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>vigil::ObservationEditor</name>
    <message>
        <source>Kind of observation</source>
        <translation>Type d&apos;observation</translation>
    </message>
    <message>
        <source>Unit where it was observed</source>
        <translation>Unité où l&apos;observation a été faite</translation>
    </message>
    <message>
        <source>When it was observed</source>
        <translation>Moment de l&apos;observation</translation>
    </message>
    <message>
        <source>Time not recorded</source>
        <translation>Heure non consignée</translation>
    </message>
    <message>
        <source>Observation title</source>
        <translation>Titre de l&apos;observation</translation>
    </message>
    <message>
        <source>What was observed, in a few words</source>
        <translation>Ce qui a été observé, en quelques mots</translation>
    </message>
    <message>
        <source>Observation notes</source>
        <translation>Notes d&apos;observation</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Heure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>observation time</source>
        <translation>l&apos;heure de l&apos;observation</translation>
    </message>
    <message>
        <source>observation title</source>
        <translation>le titre de l&apos;observation</translation>
    </message>
    <message>
        <source>observation notes</source>
        <translation>les notes d&apos;observation</translation>
    </message>
    <message>
        <source>observation kind</source>
        <translation>le type d&apos;observation</translation>
    </message>
    <message>
        <source>observation unit</source>
        <translation>l&apos;unité d&apos;observation</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>No particular unit</source>
        <translation>Aucune unité particulière</translation>
    </message>
</context>
<context>
    <name>vigil::ObservationRepository</name>
    <message>
        <source>observation.unit_id: is not a unit of the visited place</source>
        <translation>observation.unit_id&#xa0;: n&apos;est pas une unité du lieu visité</translation>
    </message>
    <message>
        <source>The observation does not exist or was deleted.</source>
        <translation>L&apos;observation n&apos;existe pas ou a été supprimée.</translation>
    </message>
</context>
<context>
    <name>vigil::ObservationsPanel</name>
    <message>
        <source>&amp;Delete observation</source>
        <translation>&amp;Supprimer l&apos;observation</translation>
    </message>
    <message>
        <source>Add &amp;observation</source>
        <translation>Ajouter une &amp;observation</translation>
    </message>
    <message>
        <source>Add an observation</source>
        <translation>Ajouter une observation</translation>
    </message>
    <message>
        <source>Delete the selected observation</source>
        <translation>Supprimer l&apos;observation sélectionnée</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>Nouvelle observation</translation>
    </message>
    <message>
        <source>Add observation</source>
        <translation>Ajouter une observation</translation>
    </message>
    <message>
        <source>Delete observation</source>
        <translation>Supprimer l&apos;observation</translation>
    </message>
    <message>
        <source>Untitled observation</source>
        <translation>Observation sans titre</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An observation in the list: its kind, then its title</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>vigil::OpItem</name>
    <message>
        <source>A change received from another device is malformed.</source>
        <translation>Une modification reçue d&apos;un autre appareil est mal formée.</translation>
    </message>
</context>
<context>
    <name>vigil::OpValidator</name>
    <message>
        <source>A received change is malformed; nothing was imported.</source>
        <translation>Une modification reçue est mal formée&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>A received change is for a kind of record this version of Vigil does not know (%1); nothing was imported. Update Vigil and import it again.</source>
        <translation>Une modification reçue concerne un type d&apos;enregistrement que cette version de Vigil ne connaît pas (%1)&#xa0;; rien n&apos;a été importé. Mettez Vigil à jour et importez-la de nouveau.</translation>
    </message>
    <message>
        <source>A received change is for a field this version of Vigil does not know (%1.%2); nothing was imported. Update Vigil and import it again.</source>
        <translation>Une modification reçue concerne un champ que cette version de Vigil ne connaît pas (%1.%2)&#xa0;; rien n&apos;a été importé. Mettez Vigil à jour et importez-la de nouveau.</translation>
    </message>
    <message>
        <source>A received change holds an invalid value (%1); nothing was imported.</source>
        <translation>Une modification reçue contient une valeur non valide (%1)&#xa0;; rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>vigil::OrgFiles</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 is too large to be a Vigil organisation file.</source>
        <translation>%1 est trop volumineux pour être un fichier d&apos;organisation Vigil.</translation>
    </message>
    <message>
        <source>The folder for %1 could not be created.</source>
        <translation>Le dossier destiné à %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 n&apos;a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>vigil::OrgLabels</name>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Lead inspector</source>
        <translation>Inspecteur principal</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Contrôleur</translation>
    </message>
    <message>
        <source>Waiting for the coordinator&apos;s approval</source>
        <translation>En attente de l&apos;approbation du coordinateur</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>appareil %1</translation>
    </message>
</context>
<context>
    <name>vigil::Organisation</name>
    <message>
        <source>Only an enrolled coordinator of an organisation can do this.</source>
        <translation>Seul un coordinateur enregistré d&apos;une organisation peut effectuer cette opération.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name must be 1 to 200 characters.</source>
        <translation>Le nom de l&apos;organisation doit comporter de 1 à 200 caractères.</translation>
    </message>
    <message>
        <source>This device&apos;s name must be 1 to 200 characters.</source>
        <translation>Le nom de cet appareil doit comporter de 1 à 200 caractères.</translation>
    </message>
    <message>
        <source>This vault already belongs to the organisation “%1”.</source>
        <translation>Ce coffre appartient déjà à l&apos;organisation «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Choose the role of the invited device: coordinator, lead or monitor.</source>
        <translation>Choisissez le rôle de l&apos;appareil invité&#xa0;: coordinateur, inspecteur principal ou contrôleur.</translation>
    </message>
    <message>
        <source>The person or the label of the invitation is too long.</source>
        <translation>La personne ou le libellé de l&apos;invitation est trop long.</translation>
    </message>
    <message>
        <source>An invitation must be valid for between a moment and a year.</source>
        <translation>Une invitation doit être valable entre un instant et un an.</translation>
    </message>
    <message>
        <source>This enrolment request answers an invitation this vault did not issue.</source>
        <translation>Cette demande d&apos;enregistrement répond à une invitation que ce coffre n&apos;a pas émise.</translation>
    </message>
    <message>
        <source>The enrolment request could not be checked.</source>
        <translation>La demande d&apos;enregistrement n&apos;a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>The invitation of this request has already been used. Issue a new invitation.</source>
        <translation>L&apos;invitation de cette demande a déjà été utilisée. Émettez une nouvelle invitation.</translation>
    </message>
    <message>
        <source>The invitation of this request expired on %1. Issue a new invitation.</source>
        <translation>L&apos;invitation de cette demande a expiré le %1. Émettez une nouvelle invitation.</translation>
    </message>
    <message>
        <source>This enrolment request comes from this device.</source>
        <translation>Cette demande d&apos;enregistrement provient de cet appareil.</translation>
    </message>
    <message>
        <source>This device was revoked; it cannot enrol again with the same keys.</source>
        <translation>Cet appareil a été révoqué&#xa0;; il ne peut pas s&apos;enregistrer de nouveau avec les mêmes clés.</translation>
    </message>
    <message>
        <source>This device is already enrolled.</source>
        <translation>Cet appareil est déjà enregistré.</translation>
    </message>
    <message>
        <source>There is no pending request from this device.</source>
        <translation>Il n&apos;y a aucune demande en attente provenant de cet appareil.</translation>
    </message>
    <message>
        <source>The device could not be added to the roster.</source>
        <translation>L&apos;appareil n&apos;a pas pu être ajouté à la liste des appareils.</translation>
    </message>
    <message>
        <source>A coordinator cannot revoke its own device.</source>
        <translation>Un coordinateur ne peut pas révoquer son propre appareil.</translation>
    </message>
    <message>
        <source>This device is not in the organisation.</source>
        <translation>Cet appareil ne fait pas partie de l&apos;organisation.</translation>
    </message>
    <message>
        <source>This device is already revoked.</source>
        <translation>Cet appareil est déjà révoqué.</translation>
    </message>
    <message>
        <source>This invitation expired on %1. Ask the coordinator for a new one.</source>
        <translation>Cette invitation a expiré le %1. Demandez-en une nouvelle au coordinateur.</translation>
    </message>
    <message>
        <source>This invitation was issued by this vault; open it on the device that is joining.</source>
        <translation>Cette invitation a été émise par ce coffre&#xa0;; ouvrez-la sur l&apos;appareil qui rejoint l&apos;organisation.</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
</context>
<context>
    <name>vigil::PassphraseStrength</name>
    <message>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Robuste</translation>
    </message>
</context>
<context>
    <name>vigil::PersonRepository</name>
    <message>
        <source>The team member does not exist or was deleted.</source>
        <translation>Le membre de l&apos;équipe n&apos;existe pas ou a été supprimé.</translation>
    </message>
</context>
<context>
    <name>vigil::PlaceDetails</name>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>Gestionnaire&#xa0;:</translation>
    </message>
    <message>
        <source>Responsible authority:</source>
        <translation>Autorité responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Occupancy:</source>
        <translation>Occupation&#xa0;:</translation>
    </message>
    <message>
        <source>Risk notes:</source>
        <translation>Notes sur les risques&#xa0;:</translation>
    </message>
    <message>
        <source>%1 held for %2 places</source>
        <translation>%1 personnes pour %2 places</translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation> (%1&#xa0;%)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>%1 places; population not recorded</source>
        <translation>%1 places&#xa0;; effectif non renseigné</translation>
    </message>
    <message>
        <source>Overcrowded: %1</source>
        <translation>Surpopulation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>vigil::PlaceEditorDialog</name>
    <message>
        <source>New place</source>
        <translation>Nouveau lieu</translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation>Nom du lieu</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Type of place</source>
        <translation>Type de lieu</translation>
    </message>
    <message>
        <source>Choose a type…</source>
        <translation>Choisir un type…</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Gestionnaire</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Gestionnaire&#xa0;:</translation>
    </message>
    <message>
        <source>Responsible authority</source>
        <translation>Autorité responsable</translation>
    </message>
    <message>
        <source>Responsible a&amp;uthority:</source>
        <translation>A&amp;utorité responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>A whole number; leave empty if unknown</source>
        <translation>Un nombre entier&#xa0;; laissez vide si inconnu</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>&amp;Effectif&#xa0;:</translation>
    </message>
    <message>
        <source>Risk notes</source>
        <translation>Notes sur les risques</translation>
    </message>
    <message>
        <source>&amp;Risk notes:</source>
        <translation>Notes sur les &amp;risques&#xa0;:</translation>
    </message>
    <message>
        <source>What the place still needs</source>
        <translation>Ce qu&apos;il manque encore pour le lieu</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Create place</source>
        <translation>Créer le lieu</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enter the place&apos;s name and choose its type.</source>
        <translation>Saisissez le nom du lieu et choisissez son type.</translation>
    </message>
    <message>
        <source>Enter the place&apos;s name.</source>
        <translation>Saisissez le nom du lieu.</translation>
    </message>
    <message>
        <source>Choose the type of place.</source>
        <translation>Choisissez le type de lieu.</translation>
    </message>
    <message>
        <source>Capacity must be a whole number, or empty if unknown.</source>
        <translation>La capacité doit être un nombre entier, ou rester vide si elle est inconnue.</translation>
    </message>
    <message>
        <source>Population must be a whole number, or empty if unknown.</source>
        <translation>L&apos;effectif doit être un nombre entier, ou rester vide s&apos;il est inconnu.</translation>
    </message>
    <message>
        <source>The place could not be saved.</source>
        <translation>Le lieu n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>New place %1</source>
        <translation>Nouveau lieu %1</translation>
    </message>
    <message>
        <source>Edit place %1</source>
        <translation>Modifier le lieu %1</translation>
    </message>
</context>
<context>
    <name>vigil::PlaceListModel</name>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Gestionnaire</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Dernière visite</translation>
    </message>
    <message>
        <source>Open recommendations</source>
        <translation>Recommandations en cours</translation>
    </message>
</context>
<context>
    <name>vigil::PlacePage</name>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Sélectionner toutes les lignes</translation>
    </message>
    <message>
        <source>Place sections</source>
        <translation>Sections du lieu</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>&amp;Visites</translation>
    </message>
    <message>
        <source>Open &amp;recommendations</source>
        <translation>&amp;Recommandations en cours</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Unités</translation>
    </message>
    <message>
        <source>Visit history</source>
        <translation>Historique des visites</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>&amp;Nouvelle visite</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nouvelle visite</translation>
    </message>
    <message>
        <source>Plan a visit to this place; it opens at once</source>
        <translation>Planifier une visite de ce lieu&#xa0;; elle s&apos;ouvre immédiatement</translation>
    </message>
    <message>
        <source>Open recommendations</source>
        <translation>Recommandations en cours</translation>
    </message>
    <message>
        <source>E&amp;dit place…</source>
        <translation>&amp;Modifier le lieu…</translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message>
        <source>Change this place&apos;s particulars</source>
        <translation>Modifier les informations de ce lieu</translation>
    </message>
    <message>
        <source>&amp;Add unit…</source>
        <translation>&amp;Ajouter une unité…</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Ajouter une unité</translation>
    </message>
    <message>
        <source>Add a unit, wing or ward to this place</source>
        <translation>Ajouter une unité, une aile ou un service à ce lieu</translation>
    </message>
    <message>
        <source>Re&amp;move unit</source>
        <translation>Re&amp;tirer l&apos;unité</translation>
    </message>
    <message>
        <source>Remove unit</source>
        <translation>Retirer l&apos;unité</translation>
    </message>
    <message>
        <source>Remove the selected unit; Undo brings it back</source>
        <translation>Retirer l&apos;unité sélectionnée&#xa0;; Annuler la rétablit</translation>
    </message>
    <message>
        <source>Remove unit %1</source>
        <translation>Retirer l&apos;unité %1</translation>
    </message>
</context>
<context>
    <name>vigil::PlaceRepository</name>
    <message>
        <source>The place does not exist or was deleted.</source>
        <translation>Le lieu n&apos;existe pas ou a été supprimé.</translation>
    </message>
</context>
<context>
    <name>vigil::PlacesPage</name>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>&amp;New place…</source>
        <translation>&amp;Nouveau lieu…</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>Nouveau lieu</translation>
    </message>
    <message>
        <source>Record a place of detention; it opens once created</source>
        <translation>Ajouter un lieu de privation de liberté&#xa0;; il s&apos;ouvre une fois créé</translation>
    </message>
</context>
<context>
    <name>vigil::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>%1 is the system&apos;s language in its own name, e.g. &quot;français&quot;</extracomment>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Minutes without use before the vault locks</source>
        <translation>Minutes d&apos;inactivité avant le verrouillage du coffre</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>After the number of minutes in the spin box</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Hide the content while another application is active</source>
        <translation>&amp;Masquer le contenu lorsqu&apos;une autre application est active</translation>
    </message>
    <message>
        <source>Hide the content while another application is active</source>
        <translation>Masquer le contenu lorsqu&apos;une autre application est active</translation>
    </message>
    <message>
        <source>Covers the window when you switch away, so its content does not show behind other windows or in the window switcher.</source>
        <translation>Recouvre la fenêtre lorsque vous passez à une autre application, afin que son contenu n&apos;apparaisse ni derrière d&apos;autres fenêtres ni dans le sélecteur de fenêtres.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>&amp;Verrouiller après&#xa0;:</translation>
    </message>
    <message>
        <source>Vigil will speak the chosen language the next time it starts.</source>
        <translation>Vigil utilisera la langue choisie à son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>vigil::PseudonymGenerator</name>
    <message>
        <source>This visit has no pseudonym codes left.</source>
        <translation>Cette visite n&apos;a plus de codes pseudonymes disponibles.</translation>
    </message>
</context>
<context>
    <name>vigil::Quarantine</name>
    <message>
        <source>An earlier bundle from this sender has not arrived yet (out-of-order gap); this one will be imported once it has.</source>
        <translation>Un lot antérieur de cet expéditeur n&apos;est pas encore arrivé (lacune dans l&apos;ordre d&apos;arrivée)&#xa0;; celui-ci sera importé dès que ce sera le cas.</translation>
    </message>
    <message>
        <source>This bundle was already imported; nothing was changed.</source>
        <translation>Ce lot a déjà été importé&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This bundle holds changes that cannot be applied; nothing was imported. Ask the sender to send it again.</source>
        <translation>Ce lot contient des modifications qui ne peuvent pas être appliquées&#xa0;; rien n&apos;a été importé. Demandez à l&apos;expéditeur de le renvoyer.</translation>
    </message>
    <message>
        <source>This bundle holds records from a newer version of Vigil; nothing was imported. Update Vigil and import it again from the quarantine folder.</source>
        <translation>Ce lot contient des dossiers provenant d&apos;une version plus récente de Vigil&#xa0;; rien n&apos;a été importé. Mettez Vigil à jour et importez-le de nouveau depuis le dossier de quarantaine.</translation>
    </message>
    <message>
        <source>This bundle was refused; nothing was imported.</source>
        <translation>Ce lot a été refusé&#xa0;; rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationEditor</name>
    <message>
        <source>Recommendation text</source>
        <translation>Texte de la recommandation</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <source>Findings the recommendation is argued from</source>
        <translation>Constats sur lesquels repose la recommandation</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numéro&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Addressee:</source>
        <translation>&amp;Destinataire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>Éc&amp;héance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Constats&#xa0;:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>recommendation text</source>
        <translation>le texte de la recommandation</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>l&apos;échéance</translation>
    </message>
    <message>
        <source>addressee</source>
        <translation>le destinataire</translation>
    </message>
    <message>
        <source>level</source>
        <translation>le niveau</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>la priorité</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Untitled finding</source>
        <translation>Constat sans titre</translation>
    </message>
    <message>
        <source>Link finding</source>
        <translation>Lier un constat</translation>
    </message>
    <message>
        <source>Unlink finding</source>
        <translation>Délier le constat</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationHistoryPanel</name>
    <message>
        <source>History of the selected recommendation</source>
        <translation>Historique de la recommandation sélectionnée</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Response of the authorities</source>
        <translation>Réponse des autorités</translation>
    </message>
    <message>
        <source>Implementation checked</source>
        <translation>Mise en œuvre vérifiée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Made again</source>
        <translation>Réitérée</translation>
    </message>
    <message>
        <source>Select a recommendation to see its history.</source>
        <translation>Sélectionnez une recommandation pour afficher son historique.</translation>
    </message>
    <message numerus="yes">
        <source>Made on %n visit(s)</source>
        <translation>
            <numerusform>Formulée lors de %n visite</numerusform>
            <numerusform>Formulée lors de %n visites</numerusform>
        </translation>
    </message>
    <message>
        <source>Made on one visit</source>
        <translation>Formulée lors d&apos;une seule visite</translation>
    </message>
    <message>
        <source>Recommendation %1 of the visit</source>
        <translation>Recommandation %1 de la visite</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationLifecycle</name>
    <message>
        <source>recommendation.status: cannot change from %1 to %2</source>
        <translation>recommendation.status&#xa0;: passage impossible de %1 à %2</translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: an implementation check needs the later visit that checked it</source>
        <translation>recommendation_event.visit_id&#xa0;: un contrôle de mise en œuvre nécessite la visite ultérieure qui l&apos;a vérifiée</translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: a reissue needs the later visit that reissues it</source>
        <translation>recommendation_event.visit_id&#xa0;: une réitération nécessite la visite ultérieure qui la réitère</translation>
    </message>
    <message>
        <source>recommendation_event.evidence: an implementation check needs the evidence it rests on</source>
        <translation>recommendation_event.evidence&#xa0;: un contrôle de mise en œuvre nécessite les preuves sur lesquelles il repose</translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: refers to a visit that does not exist or was deleted</source>
        <translation>recommendation_event.visit_id&#xa0;: renvoie à une visite qui n&apos;existe pas ou a été supprimée</translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: the visit was to another place</source>
        <translation>recommendation_event.visit_id&#xa0;: la visite portait sur un autre lieu</translation>
    </message>
    <message>
        <source>recommendation_event.visit_id: must be a later visit than the one the recommendation was made on</source>
        <translation>recommendation_event.visit_id&#xa0;: doit être une visite postérieure à celle au cours de laquelle la recommandation a été formulée</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationListModel</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationQueries</name>
    <message>
        <source>Say specifically what should change, and how it can be measured.</source>
        <translation>Précisez ce qui doit changer et comment le mesurer.</translation>
    </message>
    <message>
        <source>Name who should act on the recommendation: someone who can act on it.</source>
        <translation>Désignez qui doit donner suite à la recommandation&#xa0;: quelqu&apos;un qui a le pouvoir d&apos;agir.</translation>
    </message>
    <message>
        <source>A systemic recommendation needs an addressee who can change the system: the supervising authority, the ministry or the legislature.</source>
        <translation>Une recommandation systémique nécessite un destinataire capable de changer le système&#xa0;: l&apos;autorité de tutelle, le ministère ou le législateur.</translation>
    </message>
    <message>
        <source>Set a deadline, so that implementation can be checked on a later visit.</source>
        <translation>Fixez une échéance, afin que la mise en œuvre puisse être vérifiée lors d&apos;une visite ultérieure.</translation>
    </message>
    <message>
        <source>Link the findings the recommendation is argued from.</source>
        <translation>Liez les constats sur lesquels repose la recommandation.</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationRepository</name>
    <message>
        <source>The recommendation does not exist or was deleted.</source>
        <translation>La recommandation n&apos;existe pas ou a été supprimée.</translation>
    </message>
    <message>
        <source>The visit does not exist or was deleted.</source>
        <translation>La visite n&apos;existe pas ou a été supprimée.</translation>
    </message>
    <message>
        <source>recommendation.status: a %1 recommendation can no longer be changed</source>
        <translation>recommendation.status&#xa0;: une recommandation au statut %1 ne peut plus être modifiée</translation>
    </message>
    <message>
        <source>recommendation.%1: can only be changed while the recommendation is a draft</source>
        <translation>recommendation.%1&#xa0;: ne peut être modifié que tant que la recommandation est un brouillon</translation>
    </message>
    <message>
        <source>recommendation.status: only a draft can be deleted; this one is %1 (close it instead)</source>
        <translation>recommendation.status&#xa0;: seul un brouillon peut être supprimé&#xa0;; celle-ci a le statut %1 (clôturez-la plutôt)</translation>
    </message>
    <message>
        <source>recommendation_finding.finding_id: refers to a finding that does not exist or was deleted</source>
        <translation>recommendation_finding.finding_id&#xa0;: renvoie à un constat qui n&apos;existe pas ou a été supprimé</translation>
    </message>
    <message>
        <source>recommendation_finding.finding_id: the finding was made on another visit than the recommendation</source>
        <translation>recommendation_finding.finding_id&#xa0;: le constat a été établi lors d&apos;une autre visite que la recommandation</translation>
    </message>
    <message>
        <source>The finding is not linked to this recommendation.</source>
        <translation>Le constat n&apos;est pas lié à cette recommandation.</translation>
    </message>
    <message>
        <source>recommendation.repeated_from: refers to a recommendation that does not exist or was deleted</source>
        <translation>recommendation.repeated_from&#xa0;: renvoie à une recommandation qui n&apos;existe pas ou a été supprimée</translation>
    </message>
    <message>
        <source>recommendation.repeated_from: the earlier recommendation was never issued</source>
        <translation>recommendation.repeated_from&#xa0;: la recommandation antérieure n&apos;a jamais été émise</translation>
    </message>
    <message>
        <source>recommendation.repeated_from: the earlier recommendation was made for another place</source>
        <translation>recommendation.repeated_from&#xa0;: la recommandation antérieure concernait un autre lieu</translation>
    </message>
    <message>
        <source>recommendation.repeated_from: must be a recommendation of an earlier visit</source>
        <translation>recommendation.repeated_from&#xa0;: doit être une recommandation d&apos;une visite antérieure</translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationsPage</name>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Words of the recommendation</source>
        <translation>Mots de la recommandation</translation>
    </message>
    <message>
        <source>Follow-up of recommendations</source>
        <translation>Suivi des recommandations</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s)</source>
        <translation>
            <numerusform>%n recommandation</numerusform>
            <numerusform>%n recommandations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::RecommendationsPanel</name>
    <message>
        <source>&amp;Delete draft</source>
        <translation>&amp;Supprimer le brouillon</translation>
    </message>
    <message>
        <source>&amp;New recommendation</source>
        <translation>&amp;Nouvelle recommandation</translation>
    </message>
    <message>
        <source>Add a recommendation</source>
        <translation>Ajouter une recommandation</translation>
    </message>
    <message>
        <source>Delete the selected draft recommendation</source>
        <translation>Supprimer le brouillon de recommandation sélectionné</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Nouvelle recommandation</translation>
    </message>
    <message>
        <source>Add recommendation</source>
        <translation>Ajouter une recommandation</translation>
    </message>
    <message>
        <source>Delete recommendation</source>
        <translation>Supprimer la recommandation</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(pas encore de texte)</translation>
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
        <translation>L&apos;entretien n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Disability, LGBTI, minority or indigenous status can only be recorded once the interviewee&apos;s consent is recorded.</source>
        <translation>Le handicap, le statut LGBTI, l&apos;appartenance à une minorité ou à un peuple autochtone ne peuvent être consignés qu&apos;une fois le consentement de la personne entendue consigné.</translation>
    </message>
    <message>
        <source>Interview pseudonyms are generated by Vigil and cannot be chosen.</source>
        <translation>Les pseudonymes d&apos;entretien sont générés par Vigil et ne peuvent pas être choisis.</translation>
    </message>
    <message>
        <source>Consent can only be withdrawn after it was recorded.</source>
        <translation>Le consentement ne peut être retiré qu&apos;après avoir été consigné.</translation>
    </message>
    <message>
        <source>The visit, kind and pseudonym of an interview cannot be changed.</source>
        <translation>La visite, le type et le pseudonyme d&apos;un entretien ne peuvent pas être modifiés.</translation>
    </message>
    <message>
        <source>A withdrawal of consent cannot be undone.</source>
        <translation>Un retrait de consentement ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>Consent always includes anonymous, aggregate use.</source>
        <translation>Le consentement inclut toujours l&apos;usage anonyme et agrégé.</translation>
    </message>
    <message>
        <source>A group interview carries no confidentiality: it allows only anonymous, aggregate use and anonymous quotes. Hear the person in a private interview to go further.</source>
        <translation>Un entretien collectif n&apos;offre aucune confidentialité&#xa0;: il ne permet que l&apos;usage anonyme et agrégé et les citations anonymes. Entendez la personne lors d&apos;un entretien en privé pour aller plus loin.</translation>
    </message>
    <message>
        <source>A child&apos;s consent must be sought in an adapted way; record how it was adapted.</source>
        <translation>Le consentement d&apos;un enfant doit être recueilli de façon adaptée&#xa0;; consignez la manière dont il a été adapté.</translation>
    </message>
    <message>
        <source>A consent record cannot be changed: record a new consent or withdraw it.</source>
        <translation>Un consentement consigné ne peut pas être modifié&#xa0;: consignez un nouveau consentement ou retirez-le.</translation>
    </message>
    <message>
        <source>Identity entries are restricted to coordinators.</source>
        <translation>Les fiches d&apos;identité sont réservées aux coordinateurs.</translation>
    </message>
    <message>
        <source>Identity entries must be sealed.</source>
        <translation>Les fiches d&apos;identité doivent être scellées.</translation>
    </message>
    <message>
        <source>A name or ID number can only be recorded when the interviewee consented to the use of their name or to the referral of their case.</source>
        <translation>Un nom ou un numéro d&apos;identification ne peut être consigné que si la personne entendue a consenti à l&apos;utilisation de son nom ou à la transmission de son cas.</translation>
    </message>
    <message>
        <source>An identity entry cannot be changed: delete it and write a new one.</source>
        <translation>Une fiche d&apos;identité ne peut pas être modifiée&#xa0;: supprimez-la et rédigez-en une nouvelle.</translation>
    </message>
    <message>
        <source>Delete the identity entries of this interview first.</source>
        <translation>Supprimez d&apos;abord les fiches d&apos;identité de cet entretien.</translation>
    </message>
    <message>
        <source>A consent record is kept as long as its interview.</source>
        <translation>Un consentement consigné est conservé aussi longtemps que son entretien.</translation>
    </message>
    <message>
        <source>Notes cannot be written before the interviewee&apos;s consent is recorded.</source>
        <translation>Aucune note ne peut être prise avant que le consentement de la personne entendue soit consigné.</translation>
    </message>
    <message>
        <source>The interviewee withdrew consent: nothing more can be recorded from this interview.</source>
        <translation>La personne entendue a retiré son consentement&#xa0;: plus rien ne peut être consigné à partir de cet entretien.</translation>
    </message>
    <message>
        <source>Deleted identity entries and consent records cannot be restored.</source>
        <translation>Les fiches d&apos;identité et les consentements supprimés ne peuvent pas être restaurés.</translation>
    </message>
    <message>
        <source>The interview this allegation came from was deleted.</source>
        <translation>L&apos;entretien dont provient cette allégation a été supprimé.</translation>
    </message>
</context>
<context>
    <name>vigil::RecoveryKey</name>
    <message>
        <source>The recovery key contains a character that cannot be part of it. Only letters and digits are used.</source>
        <translation>La clé de récupération contient un caractère qui ne peut pas en faire partie. Seuls des lettres et des chiffres sont utilisés.</translation>
    </message>
    <message>
        <source>A recovery key has %1 groups of %2 characters; this one has %3 characters.</source>
        <translation>Une clé de récupération compte %1 groupes de %2 caractères&#xa0;; celle-ci compte %3 caractères.</translation>
    </message>
    <message>
        <source>Group %1 of the recovery key is mistyped. Check it against the paper copy.</source>
        <translation>Le groupe %1 de la clé de récupération est mal saisi. Comparez-le à la copie papier.</translation>
    </message>
</context>
<context>
    <name>vigil::RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Write down your recovery key</source>
        <translation>Notez votre clé de récupération</translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this key is the only way back into the vault. Write it on paper or print it now, and keep it somewhere safe, away from this computer. It will not be shown again.</source>
        <translation>En cas d&apos;oubli de la phrase secrète, cette clé est le seul moyen de rouvrir le coffre. Notez-la sur papier ou imprimez-la maintenant, et conservez-la en lieu sûr, à l&apos;écart de cet ordinateur. Elle ne sera plus affichée.</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Je l&apos;ai notée</translation>
    </message>
    <message>
        <source>I have written the recovery key down</source>
        <translation>J&apos;ai noté la clé de récupération</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimer la clé de récupération</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Vigil recovery key</source>
        <translation>Clé de récupération Vigil</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Coffre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Imprimée le %1</translation>
    </message>
    <message>
        <source>Anyone holding this key can open the vault. Keep it locked away, apart from the computer. Letters O, I and L may be read as 0, 1 and 1.</source>
        <translation>Toute personne détenant cette clé peut ouvrir le coffre. Conservez-la sous clé, à l&apos;écart de l&apos;ordinateur. Les lettres O, I et L peuvent être lues comme 0, 1 et 1.</translation>
    </message>
</context>
<context>
    <name>vigil::RegisterCheckEditor</name>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Period checked, from</source>
        <translation>Période contrôlée, du</translation>
    </message>
    <message>
        <source>Period checked, to</source>
        <translation>Période contrôlée, au</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Register check notes</source>
        <translation>Notes du contrôle de registre</translation>
    </message>
    <message>
        <source>Anomalies found</source>
        <translation>Anomalies relevées</translation>
    </message>
    <message>
        <source>Anomaly: %1</source>
        <translation>Anomalie&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>&amp;Registre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>start of period</source>
        <translation>le début de la période</translation>
    </message>
    <message>
        <source>end of period</source>
        <translation>la fin de la période</translation>
    </message>
    <message>
        <source>register check notes</source>
        <translation>les notes du contrôle de registre</translation>
    </message>
    <message>
        <source>Change register</source>
        <translation>Modifier le registre</translation>
    </message>
    <message>
        <source>Change anomalies</source>
        <translation>Modifier les anomalies</translation>
    </message>
</context>
<context>
    <name>vigil::RegisterCheckRepository</name>
    <message>
        <source>register_check.period_to: the period ends (%1) before it starts (%2)</source>
        <translation>register_check.period_to&#xa0;: la période se termine (%1) avant de commencer (%2)</translation>
    </message>
    <message>
        <source>The register check does not exist or was deleted.</source>
        <translation>Le contrôle de registre n&apos;existe pas ou a été supprimé.</translation>
    </message>
</context>
<context>
    <name>vigil::RegisterChecksPanel</name>
    <message>
        <source>Delete re&amp;gister check</source>
        <translation>Supprimer le contrôle de re&amp;gistre</translation>
    </message>
    <message>
        <source>Add register c&amp;heck</source>
        <translation>A&amp;jouter un contrôle de registre</translation>
    </message>
    <message>
        <source>Add a register check</source>
        <translation>Ajouter un contrôle de registre</translation>
    </message>
    <message>
        <source>Delete the selected register check</source>
        <translation>Supprimer le contrôle de registre sélectionné</translation>
    </message>
    <message>
        <source>Register checks</source>
        <translation>Contrôles de registre</translation>
    </message>
    <message>
        <source>Add register check</source>
        <translation>Ajouter un contrôle de registre</translation>
    </message>
    <message>
        <source>Delete register check</source>
        <translation>Supprimer le contrôle de registre</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <extracomment>A register and the period checked, e.g. &quot;Segregation, 1/3/24 – 31/3/24&quot;</extracomment>
        <translation>%1, %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source> (%n anomalies)</source>
        <translation>
            <numerusform> (%n anomalie)</numerusform>
            <numerusform> (%n anomalies)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::ReportBuilderPage</name>
    <message>
        <source>Kind of report</source>
        <translation>Type de rapport</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the report as PDF, ODT or HTML</source>
        <translation>Exporter le rapport en PDF, ODT ou HTML</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Mise à jour de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>The preview could not be built.</source>
        <translation>L&apos;aperçu n&apos;a pas pu être produit.</translation>
    </message>
    <message numerus="yes">
        <source>On export, the publication guard takes out %n item(s) this kind of report may not show; the preview leaves them out already.</source>
        <translation>
            <numerusform>À l&apos;exportation, le garde-fou de publication retire %n élément que ce type de rapport ne peut pas afficher&#xa0;; l&apos;aperçu l&apos;omet déjà.</numerusform>
            <numerusform>À l&apos;exportation, le garde-fou de publication retire %n éléments que ce type de rapport ne peut pas afficher&#xa0;; l&apos;aperçu les omet déjà.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to resolve or accept before export.</source>
        <translation>
            <numerusform>%n avertissement à résoudre ou à accepter avant l&apos;exportation.</numerusform>
            <numerusform>%n avertissements à résoudre ou à accepter avant l&apos;exportation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::ReportEditCommands</name>
    <message>
        <source>Internal notes</source>
        <translation>Notes internes</translation>
    </message>
    <message>
        <source>Public summary</source>
        <translation>Résumé public</translation>
    </message>
    <message>
        <source>Report to the authorities</source>
        <translation>Rapport aux autorités</translation>
    </message>
    <message>
        <source>Edit report text</source>
        <translation>Modifier le texte du rapport</translation>
    </message>
    <message>
        <source>Restore the report&apos;s own text</source>
        <translation>Rétablir le texte d&apos;origine du rapport</translation>
    </message>
    <message>
        <source>Include in: %1</source>
        <extracomment>%1 is a kind of report, e.g. &quot;Public summary&quot;</extracomment>
        <translation>Inclure dans&#xa0;: %1</translation>
    </message>
    <message>
        <source>Leave out of: %1</source>
        <translation>Exclure de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Move in the report</source>
        <translation>Déplacer dans le rapport</translation>
    </message>
    <message>
        <source>Add a paragraph to the report</source>
        <translation>Ajouter un paragraphe au rapport</translation>
    </message>
    <message>
        <source>Add a quote to the report</source>
        <translation>Ajouter une citation au rapport</translation>
    </message>
    <message>
        <source>Remove from the report</source>
        <translation>Retirer du rapport</translation>
    </message>
</context>
<context>
    <name>vigil::ReportItemEditor</name>
    <message>
        <source>Restore the &amp;original text</source>
        <translation>Rétablir le texte d&apos;&amp;origine</translation>
    </message>
    <message>
        <source>Text of the selected part of the report</source>
        <translation>Texte de la partie sélectionnée du rapport</translation>
    </message>
    <message>
        <source>Restore the text the report builds from the record</source>
        <translation>Rétablir le texte que le rapport tire du dossier</translation>
    </message>
    <message>
        <source>Choose a part of the report in the outline to edit its text, move it, or untick it to leave it out of this kind of report.</source>
        <translation>Choisissez une partie du rapport dans le plan pour modifier son texte, la déplacer, ou décochez-la pour l&apos;exclure de ce type de rapport.</translation>
    </message>
    <message>
        <source>This section has no text of its own; its parts are below it.</source>
        <translation>Cette section n&apos;a pas de texte propre&#xa0;; ses parties figurent en dessous.</translation>
    </message>
    <message>
        <source>You replaced the text the report builds from the record. Restore it to follow the record again.</source>
        <translation>Vous avez remplacé le texte que le rapport tire du dossier. Rétablissez-le pour suivre de nouveau le dossier.</translation>
    </message>
    <message>
        <source>Edits change the report only; the record stays as it is.</source>
        <translation>Les modifications ne changent que le rapport&#xa0;; le dossier reste tel quel.</translation>
    </message>
    <message>
        <source>An excerpt of an interview. The publication guard checks its consent for each kind of report.</source>
        <translation>Un extrait d&apos;entretien. Le garde-fou de publication vérifie le consentement correspondant pour chaque type de rapport.</translation>
    </message>
    <message>
        <source>A paragraph you added to the report.</source>
        <translation>Un paragraphe que vous avez ajouté au rapport.</translation>
    </message>
    <message>
        <source>Recommendations are edited on the visit&apos;s Recommendations tab.</source>
        <translation>Les recommandations se modifient dans l&apos;onglet Recommandations de la visite.</translation>
    </message>
    <message>
        <source>A photo from the visit&apos;s attachments.</source>
        <translation>Une photo tirée des pièces jointes de la visite.</translation>
    </message>
    <message>
        <source>Tables are made from the record.</source>
        <translation>Les tableaux sont produits à partir du dossier.</translation>
    </message>
</context>
<context>
    <name>vigil::ReportOutlineModel</name>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <translation>«&#xa0;%1&#xa0;» — %2</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
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
        <translation>Ajouter une &amp;citation…</translation>
    </message>
    <message>
        <source>Add &amp;paragraph…</source>
        <translation>Ajouter un &amp;paragraphe…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Outline of the report</source>
        <translation>Plan du rapport</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Add a quote from an interview</source>
        <translation>Ajouter une citation tirée d&apos;un entretien</translation>
    </message>
    <message>
        <source>Add a paragraph of your own</source>
        <translation>Ajouter un paragraphe rédigé par vous</translation>
    </message>
    <message>
        <source>Remove the added quote or paragraph</source>
        <translation>Retirer la citation ou le paragraphe ajouté</translation>
    </message>
</context>
<context>
    <name>vigil::ReportPreview</name>
    <message>
        <source>Preview of the report</source>
        <translation>Aperçu du rapport</translation>
    </message>
</context>
<context>
    <name>vigil::Roster</name>
    <message>
        <source>A device list entry received from the organisation is malformed.</source>
        <translation>Une entrée de la liste des appareils reçue de l&apos;organisation est mal formée.</translation>
    </message>
    <message>
        <source>The device keys could not be used.</source>
        <translation>Les clés de l&apos;appareil n&apos;ont pas pu être utilisées.</translation>
    </message>
    <message>
        <source>A device list entry is signed by a device that is not a coordinator of this organisation.</source>
        <translation>Une entrée de la liste des appareils est signée par un appareil qui n&apos;est pas coordinateur de cette organisation.</translation>
    </message>
    <message>
        <source>A device list entry failed its signature check.</source>
        <translation>La vérification de la signature d&apos;une entrée de la liste des appareils a échoué.</translation>
    </message>
</context>
<context>
    <name>vigil::RosterModel</name>
    <message>
        <source>(deleted person)</source>
        <translation>(personne supprimée)</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Révoqué le %1</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>vigil::SearchPage</name>
    <message>
        <source>Any date</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <source>Search words</source>
        <translation>Mots recherchés</translation>
    </message>
    <message>
        <source>Words to find in findings, interviews, observations…</source>
        <translation>Mots à rechercher dans les constats, entretiens, observations…</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Only this place</source>
        <translation>Ce lieu uniquement</translation>
    </message>
    <message>
        <source>Visits from</source>
        <translation>Visites depuis le</translation>
    </message>
    <message>
        <source>Visits until</source>
        <translation>Visites jusqu&apos;au</translation>
    </message>
    <message>
        <source>Finding category</source>
        <translation>Catégorie de constat</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toute catégorie</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>Include %1</source>
        <translation>Inclure&#xa0;: %1</translation>
    </message>
    <message>
        <source>Any place</source>
        <translation>Tout lieu</translation>
    </message>
    <message>
        <source>Type words to search the findings, recommendations, observations, interviews, register checks and access log.</source>
        <translation>Saisissez des mots pour rechercher dans les constats, recommandations, observations, entretiens, contrôles de registre et le journal d&apos;accès.</translation>
    </message>
    <message>
        <source>Choose at least one kind of record to search.</source>
        <translation>Choisissez au moins un type de dossier à rechercher.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n results; add words or filters to narrow them.</source>
        <translation>
            <numerusform>%n premier résultat&#xa0;; ajoutez des mots ou des filtres pour affiner la recherche.</numerusform>
            <numerusform>Les %n premiers résultats&#xa0;; ajoutez des mots ou des filtres pour affiner la recherche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n résultat.</numerusform>
            <numerusform>%n résultats.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::SearchResultModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Date de la visite</translation>
    </message>
</context>
<context>
    <name>vigil::SearchService</name>
    <message>
        <source>The search could not be run: %1</source>
        <translation>La recherche n&apos;a pas pu être effectuée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>vigil::SecretFile</name>
    <message>
        <source>%1 is empty; it must hold the passphrase on its first line.</source>
        <translation>%1 est vide&#xa0;; il doit contenir la phrase secrète sur sa première ligne.</translation>
    </message>
</context>
<context>
    <name>vigil::SmartHintsWidget</name>
    <message>
        <source>&lt;b&gt;Is it SMART?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Est-elle SMART&#xa0;?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What exactly should change?</source>
        <translation>Qu&apos;est-ce qui doit changer exactement&#xa0;?</translation>
    </message>
    <message>
        <source>Who can act on it?</source>
        <translation>Qui peut y donner suite&#xa0;?</translation>
    </message>
    <message>
        <source>By when?</source>
        <translation>Pour quand&#xa0;?</translation>
    </message>
    <message>
        <source>Which finding supports it?</source>
        <translation>Quel constat l&apos;étaye&#xa0;?</translation>
    </message>
    <message>
        <source>✓ Answered</source>
        <translation>✓ Réponse apportée</translation>
    </message>
</context>
<context>
    <name>vigil::StatisticsCharts</name>
    <message>
        <source>%1: nothing this year</source>
        <translation>%1&#xa0;: rien cette année</translation>
    </message>
    <message>
        <source>Places visited, by type</source>
        <translation>Lieux visités, par type</translation>
    </message>
    <message>
        <source>Findings, by theme</source>
        <translation>Constats, par thème</translation>
    </message>
    <message>
        <source>Recommendations issued: implementation</source>
        <translation>Recommandations émises&#xa0;: mise en œuvre</translation>
    </message>
    <message>
        <source>No recommendation was issued this year</source>
        <translation>Aucune recommandation n&apos;a été émise cette année</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Mises en œuvre</translation>
    </message>
    <message>
        <source>Partly implemented</source>
        <translation>Partiellement mises en œuvre</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Non mises en œuvre</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifiées</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Year of the figures</source>
        <translation>Année des chiffres</translation>
    </message>
    <message>
        <source>Export the year&apos;s figures as CSV</source>
        <translation>Exporter les chiffres de l&apos;année au format CSV</translation>
    </message>
    <message>
        <source>Figures of the year</source>
        <translation>Chiffres de l&apos;année</translation>
    </message>
    <message>
        <source>Charts of the year</source>
        <translation>Graphiques de l&apos;année</translation>
    </message>
    <message>
        <source>Chart of the places visited, by type</source>
        <translation>Graphique des lieux visités, par type</translation>
    </message>
    <message>
        <source>Chart of the findings, by theme</source>
        <translation>Graphique des constats, par thème</translation>
    </message>
    <message>
        <source>Chart of the implementation of recommendations</source>
        <translation>Graphique de la mise en œuvre des recommandations</translation>
    </message>
    <message>
        <source>Places visited</source>
        <translation>Lieux visités</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année&#xa0;:</translation>
    </message>
    <message>
        <source>Annual figures</source>
        <translation>Chiffres annuels</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Décompte en cours…</translation>
    </message>
    <message>
        <source>The figures could not be counted.</source>
        <translation>Les chiffres n&apos;ont pas pu être calculés.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Annual figures %1.csv</source>
        <translation>Chiffres annuels %1.csv</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The figures could not be saved as %1.</source>
        <translation>Les chiffres n&apos;ont pas pu être enregistrés sous %1.</translation>
    </message>
    <message>
        <source>The figures were saved as %1.</source>
        <translation>Les chiffres ont été enregistrés sous %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n visit(s), %L2 of them unannounced; places visited: %L3.</source>
        <translation>
            <numerusform>%1&#xa0;: %n visite&#xa0;; visites inopinées&#xa0;: %L2&#xa0;; lieux visités&#xa0;: %L3.</numerusform>
            <numerusform>%1&#xa0;: %n visites&#xa0;; visites inopinées&#xa0;: %L2&#xa0;; lieux visités&#xa0;: %L3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Force de la phrase secrète</translation>
    </message>
    <message>
        <source>Strength: –</source>
        <translation>Force&#xa0;: –</translation>
    </message>
</context>
<context>
    <name>vigil::SyncActions</name>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>Send and receive the organisation&apos;s changes now</source>
        <translation>Envoyer et recevoir maintenant les modifications de l&apos;organisation</translation>
    </message>
    <message>
        <source>Sync &amp;settings…</source>
        <translation>&amp;Paramètres de synchronisation…</translation>
    </message>
    <message>
        <source>Choose the sync folder or server</source>
        <translation>Choisir le dossier ou le serveur de synchronisation</translation>
    </message>
    <message>
        <source>&amp;Join an organisation…</source>
        <translation>&amp;Rejoindre une organisation…</translation>
    </message>
    <message>
        <source>Join with an invitation file from your coordinator</source>
        <translation>Rejoindre l&apos;organisation avec un fichier d&apos;invitation remis par votre coordinateur</translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>&amp;Appareils…</translation>
    </message>
    <message>
        <source>The organisation, its devices and enrolment requests</source>
        <translation>L&apos;organisation, ses appareils et les demandes d&apos;enregistrement</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <source>Edits made on two devices at once, to settle</source>
        <translation>Modifications faites simultanément sur deux appareils, à régler</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
</context>
<context>
    <name>vigil::SyncController</name>
    <message>
        <source>The sync stopped unexpectedly.</source>
        <translation>La synchronisation s&apos;est arrêtée de manière inattendue.</translation>
    </message>
    <message>
        <source>%1: the enrolment request could not be read.</source>
        <translation>%1&#xa0;: la demande d&apos;enregistrement n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>vigil::SyncInboxPage</name>
    <message>
        <source>Sync inbox</source>
        <translation>Réception de synchronisation</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync se&amp;ttings…</source>
        <translation>&amp;Paramètres de synchronisation…</translation>
    </message>
    <message>
        <source>Sync settings</source>
        <translation>Paramètres de synchronisation</translation>
    </message>
    <message>
        <source>Open &amp;quarantine folder</source>
        <translation>Ouvrir le dossier de &amp;quarantaine</translation>
    </message>
    <message>
        <source>Open the quarantine folder</source>
        <translation>Ouvrir le dossier de quarantaine</translation>
    </message>
    <message>
        <source>Bundles that were refused stay there, still encrypted, with a file saying why.</source>
        <translation>Les lots refusés y restent, toujours chiffrés, accompagnés d&apos;un fichier indiquant le motif du refus.</translation>
    </message>
    <message>
        <source>Bundles received</source>
        <translation>Lots reçus</translation>
    </message>
    <message>
        <source>Nothing has been received yet. Bundles from the other devices of your organisation are listed here after each sync.</source>
        <translation>Rien n&apos;a encore été reçu. Les lots provenant des autres appareils de votre organisation sont listés ici après chaque synchronisation.</translation>
    </message>
    <message>
        <source>This vault is not in an organisation, so it has nobody to sync with. Join one with an invitation from your coordinator.</source>
        <translation>Ce coffre ne fait pas partie d&apos;une organisation&#xa0;; il n&apos;a donc personne avec qui se synchroniser. Rejoignez-en une avec une invitation de votre coordinateur.</translation>
    </message>
    <message>
        <source>Choose a sync folder (a USB stick or a shared drive) or a WebDAV server in the sync settings.</source>
        <translation>Choisissez un dossier de synchronisation (une clé USB ou un lecteur partagé) ou un serveur WebDAV dans les paramètres de synchronisation.</translation>
    </message>
    <message>
        <source>Last sync at %1: %2</source>
        <extracomment>%1 is the time of the last successful sync, %2 what it did</extracomment>
        <translation>Dernière synchronisation à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Next automatic sync at %1.</source>
        <translation>Prochaine synchronisation automatique à %1.</translation>
    </message>
</context>
<context>
    <name>vigil::SyncSession</name>
    <message>
        <source>The vault&apos;s sync folder could not be created.</source>
        <translation>Le dossier de synchronisation du coffre n&apos;a pas pu être créé.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) received</source>
        <translation>
            <numerusform>%n lot reçu</numerusform>
            <numerusform>%n lots reçus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>%n en quarantaine</numerusform>
            <numerusform>%n en quarantaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for an earlier one</source>
        <translation>
            <numerusform>%n en attente d&apos;un lot antérieur</numerusform>
            <numerusform>%n en attente d&apos;un lot antérieur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n envoyé</numerusform>
            <numerusform>%n envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolment request(s)</source>
        <translation>
            <numerusform>%n demande d&apos;enregistrement</numerusform>
            <numerusform>%n demandes d&apos;enregistrement</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync was cancelled.</source>
        <translation>La synchronisation a été annulée.</translation>
    </message>
    <message>
        <source>This vault is not in an organisation yet, so there is nobody to sync with. Join one with an invitation from your coordinator.</source>
        <translation>Ce coffre ne fait pas encore partie d&apos;une organisation&#xa0;; il n&apos;a donc personne avec qui se synchroniser. Rejoignez-en une avec une invitation de votre coordinateur.</translation>
    </message>
    <message>
        <source>Only an enrolled device of an organisation can send bundles.</source>
        <translation>Seul un appareil enregistré d&apos;une organisation peut envoyer des lots.</translation>
    </message>
</context>
<context>
    <name>vigil::SyncSettingsDialog</name>
    <message>
        <source>Sync settings</source>
        <translation>Paramètres de synchronisation</translation>
    </message>
    <message>
        <source>How this device syncs</source>
        <translation>Mode de synchronisation de cet appareil</translation>
    </message>
    <message>
        <source>A folder: USB stick or shared drive</source>
        <translation>Un dossier&#xa0;: clé USB ou lecteur partagé</translation>
    </message>
    <message>
        <source>A WebDAV server: Nextcloud, ownCloud, …</source>
        <translation>Un serveur WebDAV&#xa0;: Nextcloud, ownCloud, …</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Dossier de synchronisation</translation>
    </message>
    <message>
        <source>For example /media/stick/vigil</source>
        <translation>Par exemple /media/stick/vigil</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Choisir le dossier de synchronisation</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>Nom d&apos;utilisateur sur le serveur</translation>
    </message>
    <message>
        <source>Password on the server</source>
        <translation>Mot de passe sur le serveur</translation>
    </message>
    <message>
        <source>Certificate pin</source>
        <translation>Épinglage du certificat</translation>
    </message>
    <message>
        <source>Optional: 64 hexadecimal digits</source>
        <translation>Facultatif&#xa0;: 64 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>For a server with its own certificate: the SHA-256 of its public key, as your coordinator gave it. Sync refuses any other server.</source>
        <translation>Pour un serveur doté de son propre certificat&#xa0;: le SHA-256 de sa clé publique, tel que votre coordinateur vous l&apos;a communiqué. La synchronisation refuse tout autre serveur.</translation>
    </message>
    <message>
        <source>Sync &amp;automatically</source>
        <translation>Synchroniser &amp;automatiquement</translation>
    </message>
    <message>
        <source>Sync automatically</source>
        <translation>Synchroniser automatiquement</translation>
    </message>
    <message>
        <source>&amp;Remove confirmed sensitive content from this laptop</source>
        <translation>&amp;Retirer de cet ordinateur portable le contenu sensible dont la réception est confirmée</translation>
    </message>
    <message>
        <source>Remove confirmed sensitive content from this laptop</source>
        <translation>Retirer de cet ordinateur portable le contenu sensible dont la réception est confirmée</translation>
    </message>
    <message>
        <source>Once the coordinators have confirmed they received everything of a closed visit, remove its interview notes, identity entries and photos from this laptop. Off by default.</source>
        <translation>Une fois que les coordinateurs ont confirmé avoir reçu l&apos;intégralité d&apos;une visite clôturée, retirer de cet ordinateur portable ses notes d&apos;entretien, fiches d&apos;identité et photos. Désactivé par défaut.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Sync through:</source>
        <translation>&amp;Synchroniser via&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Adr&amp;esse du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate p&amp;in:</source>
        <translation>Épinglage du cert&amp;ificat&#xa0;:</translation>
    </message>
    <message>
        <source>Runs every 15 minutes and when the network comes back; a sync folder is used whenever it is plugged in.</source>
        <translation>S&apos;exécute toutes les 15 minutes et au retour du réseau&#xa0;; un dossier de synchronisation est utilisé dès qu&apos;il est branché.</translation>
    </message>
    <message>
        <source>Save the sync settings</source>
        <translation>Enregistrer les paramètres de synchronisation</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Laisser vide pour conserver le mot de passe enregistré</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n file(s) wait in this device&apos;s mailbox.</source>
        <translation>
            <numerusform>Connecté. %n fichier attend dans la boîte aux lettres de cet appareil.</numerusform>
            <numerusform>Connecté. %n fichiers attendent dans la boîte aux lettres de cet appareil.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigil::SyncStatusText</name>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>receiving %1 of %2</source>
        <extracomment>%1 of %2 files received from the mailbox</extracomment>
        <translation>réception de %1 sur %2</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>réception</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>importation</translation>
    </message>
    <message>
        <source>sending %1 of %2</source>
        <extracomment>%1 of %2 devices the bundles are written for</extracomment>
        <translation>envoi de %1 sur %2</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>envoi</translation>
    </message>
    <message>
        <source>Not in an organisation</source>
        <translation>Hors organisation</translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>Synchronisation non configurée</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Syncing… %1</source>
        <extracomment>%1 is the step, e.g. &quot;receiving 2 of 5&quot;</extracomment>
        <translation>Synchronisation… %1</translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n reçu</numerusform>
            <numerusform>%n reçus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>%n en quarantaine</numerusform>
            <numerusform>%n en quarantaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at %1 (%2)</source>
        <extracomment>%1 is the time, %2 what was received, e.g. &quot;3 received, 1 quarantined&quot;</extracomment>
        <translation>Synchronisé à %1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Sync failed at %1: %2</source>
        <extracomment>%1 is the time, %2 the reason in a plain sentence</extracomment>
        <translation>Échec de la synchronisation à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Choose a sync folder or server in Sync &gt; Sync settings.</source>
        <translation>Choisissez un dossier ou un serveur de synchronisation dans Synchronisation &gt; Paramètres de synchronisation.</translation>
    </message>
    <message>
        <source>This vault syncs once it has joined an organisation.</source>
        <translation>Ce coffre se synchronisera une fois qu&apos;il aura rejoint une organisation.</translation>
    </message>
    <message>
        <source>Next automatic sync at %1.</source>
        <translation>Prochaine synchronisation automatique à %1.</translation>
    </message>
    <message>
        <source>Click to open the sync inbox.</source>
        <translation>Cliquez pour ouvrir la réception de synchronisation.</translation>
    </message>
</context>
<context>
    <name>vigil::SyncStatusWidget</name>
    <message>
        <source>Sync status: %1</source>
        <extracomment>Read by screen readers before the sync state, e.g. &quot;Sync status: Synced at 14:32&quot;</extracomment>
        <translation>État de la synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Opens the sync inbox</source>
        <translation>Ouvre la réception de synchronisation</translation>
    </message>
</context>
<context>
    <name>vigil::TeamPanel</name>
    <message>
        <source>&amp;Add to team</source>
        <translation>&amp;Ajouter à l&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Remove from team</source>
        <translation>&amp;Retirer de l&apos;équipe</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Membres de l&apos;équipe</translation>
    </message>
    <message>
        <source>Person to add</source>
        <translation>Personne à ajouter</translation>
    </message>
    <message>
        <source>Role of the person to add</source>
        <translation>Rôle de la personne à ajouter</translation>
    </message>
    <message>
        <source>Add the person to the team</source>
        <translation>Ajouter la personne à l&apos;équipe</translation>
    </message>
    <message>
        <source>Role of the selected member</source>
        <translation>Rôle du membre sélectionné</translation>
    </message>
    <message>
        <source>Remove the selected member from the team</source>
        <translation>Retirer de l&apos;équipe le membre sélectionné</translation>
    </message>
    <message>
        <source>Role on this &amp;visit:</source>
        <translation>Rôle pour cette &amp;visite&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A team member: name, then their role on the visit</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No one is on the team yet.</source>
        <translation>L&apos;équipe ne compte encore personne.</translation>
    </message>
    <message>
        <source>The team has no lead.</source>
        <translation>L&apos;équipe n&apos;a pas de responsable.</translation>
    </message>
    <message>
        <source>Add %1 to the team</source>
        <translation>Ajouter %1 à l&apos;équipe</translation>
    </message>
    <message>
        <source>Remove from the team</source>
        <translation>Retirer de l&apos;équipe</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Modifier le rôle</translation>
    </message>
</context>
<context>
    <name>vigil::TemplateLoader</name>
    <message>
        <source>Checklist template, %1: %2</source>
        <translation>Modèle de liste de contrôle, %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>imbrication de plus de %1 niveaux</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>un booléen (true/false)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>une valeur nulle</translation>
    </message>
    <message>
        <source>is not a field of the format (known: %1)</source>
        <translation>n&apos;est pas un champ du format (champs connus&#xa0;: %1)</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>doit être du texte, et non %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>dépasse %1 caractères</translation>
    </message>
    <message>
        <source>must be a list of text, not %1</source>
        <translation>doit être une liste de textes, et non %1</translation>
    </message>
    <message>
        <source>has more than %1 entries</source>
        <translation>compte plus de %1 entrées</translation>
    </message>
    <message>
        <source>must be 1 to %1 characters</source>
        <translation>doit compter de 1 à %1 caractères</translation>
    </message>
    <message>
        <source>repeats &quot;%1&quot;</source>
        <translation>répète «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>doit être un objet, et non %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>«&#xa0;%1&#xa0;» ne peut contenir que des lettres, des chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by an earlier question</source>
        <translation>«&#xa0;%1&#xa0;» est déjà utilisé par une question précédente</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: yes_no, yes_no_partly, number, text, choice</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de&#xa0;: yes_no, yes_no_partly, number, text, choice</translation>
    </message>
    <message>
        <source>must list at least two choices when answer is &quot;choice&quot;</source>
        <translation>doit proposer au moins deux choix lorsque answer vaut «&#xa0;choice&#xa0;»</translation>
    </message>
    <message>
        <source>is only allowed when answer is &quot;choice&quot;</source>
        <translation>n&apos;est autorisé que lorsque answer vaut «&#xa0;choice&#xa0;»</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>is larger than %1 KiB</source>
        <translation>dépasse %1 Kio</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON non valide (%1)</translation>
    </message>
    <message>
        <source>must hold one JSON object</source>
        <translation>doit contenir un seul objet JSON</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;; this file is something else or needs a newer Vigil</source>
        <translation>doit valoir «&#xa0;%1&#xa0;»&#xa0;; ce fichier est d&apos;un autre type ou nécessite une version plus récente de Vigil</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 1000000, not %1</source>
        <translation>doit être un nombre entier de 1 à 1000000, et non %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may hold only lowercase letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>«&#xa0;%1&#xa0;» ne peut contenir que des lettres minuscules, des chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as &quot;en&quot; or &quot;zh-CN&quot;</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de langue tel que «&#xa0;en&#xa0;» ou «&#xa0;zh-CN&#xa0;»</translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation>doit être une liste, et non %1</translation>
    </message>
    <message>
        <source>must hold 1 to %1 questions, not %2</source>
        <translation>doit contenir de 1 à %1 questions, et non %2</translation>
    </message>
</context>
<context>
    <name>vigil::TrackerFilterBar</name>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Filter by supervising authority</source>
        <translation>Filtrer par autorité de tutelle</translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation>Filtrer par thème</translation>
    </message>
    <message>
        <source>Filter by place type</source>
        <translation>Filtrer par type de lieu</translation>
    </message>
    <message>
        <source>From the year</source>
        <translation>À partir de l&apos;année</translation>
    </message>
    <message>
        <source>To the year</source>
        <translation>Jusqu&apos;à l&apos;année</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Drafts are listed only when chosen here</source>
        <translation>Les brouillons ne sont affichés que s&apos;ils sont choisis ici</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Tout thème</translation>
    </message>
    <message>
        <source>Any type of place</source>
        <translation>Tout type de lieu</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Autorité&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>Place &amp;type:</source>
        <translation>&amp;Type de lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Visits &amp;from:</source>
        <translation>Visites &amp;depuis&#xa0;:</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation>&amp;jusqu&apos;à&#xa0;:</translation>
    </message>
    <message>
        <source>Any authority</source>
        <translation>Toute autorité</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Toute année</translation>
    </message>
</context>
<context>
    <name>vigil::TrackerModel</name>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>How many times it was made before, on earlier visits</source>
        <translation>Nombre de fois où elle a déjà été formulée, lors de visites antérieures</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Repeated</source>
        <translation>Réitérations</translation>
    </message>
</context>
<context>
    <name>vigil::TransportFactory</name>
    <message>
        <source>Sync is not set up on this device: choose a sync folder or a WebDAV server in the sync settings.</source>
        <translation>La synchronisation n&apos;est pas configurée sur cet appareil&#xa0;: choisissez un dossier de synchronisation ou un serveur WebDAV dans les paramètres de synchronisation.</translation>
    </message>
</context>
<context>
    <name>vigil::TransportSettingsStore</name>
    <message>
        <source>Choose the sync folder (a USB stick or a shared drive) by its full path.</source>
        <translation>Choisissez le dossier de synchronisation (une clé USB ou un lecteur partagé) par son chemin complet.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (sync never uses an unencrypted connection).</source>
        <translation>L&apos;adresse du serveur doit commencer par https:// (la synchronisation n&apos;utilise jamais de connexion non chiffrée).</translation>
    </message>
    <message>
        <source>Put the user name in its own field, not in the server address.</source>
        <translation>Indiquez le nom d&apos;utilisateur dans son propre champ, et non dans l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>The certificate pin must be a SHA-256 value (64 hexadecimal digits).</source>
        <translation>L&apos;épinglage du certificat doit être une valeur SHA-256 (64 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>Choose how this device syncs: a folder or a WebDAV server.</source>
        <translation>Choisissez le mode de synchronisation de cet appareil&#xa0;: un dossier ou un serveur WebDAV.</translation>
    </message>
</context>
<context>
    <name>vigil::UnitDialog</name>
    <message>
        <source>Add unit to %1</source>
        <translation>Ajouter une unité à %1</translation>
    </message>
    <message>
        <source>Name of the unit</source>
        <translation>Nom de l&apos;unité</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation>Type d&apos;unité</translation>
    </message>
    <message>
        <source>For example: wing, segregation, health</source>
        <translation>Par exemple&#xa0;: aile, isolement, santé</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>A whole number; leave empty if unknown</source>
        <translation>Un nombre entier&#xa0;; laissez vide si inconnu</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacité&#xa0;:</translation>
    </message>
    <message>
        <source>What the unit still needs</source>
        <translation>Ce qu&apos;il manque encore pour l&apos;unité</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Ajouter l&apos;unité</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name.</source>
        <translation>Saisissez le nom de l&apos;unité.</translation>
    </message>
    <message>
        <source>Capacity must be a whole number, or empty if unknown.</source>
        <translation>La capacité doit être un nombre entier, ou rester vide si elle est inconnue.</translation>
    </message>
    <message>
        <source>The unit could not be added.</source>
        <translation>L&apos;unité n&apos;a pas pu être ajoutée.</translation>
    </message>
    <message>
        <source>Add unit %1</source>
        <translation>Ajouter l&apos;unité %1</translation>
    </message>
</context>
<context>
    <name>vigil::Vault</name>
    <message>
        <source>There is no Vigil vault at %1.</source>
        <translation>Il n&apos;y a pas de coffre Vigil à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>A vault already exists at %1.</source>
        <translation>Un coffre existe déjà à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>%1 is not empty. Choose an empty or new folder for the vault.</source>
        <translation>%1 n&apos;est pas vide. Choisissez un dossier vide ou nouveau pour le coffre.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>La phrase secrète ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The new passphrase must not be empty.</source>
        <translation>La nouvelle phrase secrète ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The vault&apos;s database file is missing. Restore it from a backup.</source>
        <translation>Le fichier de base de données du coffre est absent. Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is empty: the file was truncated or replaced. Restore it from a backup.</source>
        <translation>La base de données du coffre est vide&#xa0;: le fichier a été tronqué ou remplacé. Restaurez-la à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>La phrase secrète est incorrecte.</translation>
    </message>
</context>
<context>
    <name>vigil::VisitEvidence</name>
    <message>
        <source>Interview %1</source>
        <translation>Entretien %1</translation>
    </message>
    <message>
        <source>Observation: %1</source>
        <translation>Observation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Register check: %1</source>
        <translation>Contrôle de registre&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>Evidence: an access event, its kind and its time</extracomment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation>Pièce jointe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checklist %1: %2</source>
        <translation>Liste de contrôle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
</context>
<context>
    <name>vigil::VisitHeader</name>
    <message>
        <source>Unannounced</source>
        <translation>Inopinée</translation>
    </message>
    <message>
        <source>Unannounced visit</source>
        <translation>Visite inopinée</translation>
    </message>
    <message>
        <source>Unknown place</source>
        <translation>Lieu inconnu</translation>
    </message>
    <message>
        <source>Planned %1</source>
        <translation>Prévue&#xa0;: %1</translation>
    </message>
    <message>
        <source>On site %1</source>
        <translation>Sur place&#xa0;: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Passer à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move the visit to %1</source>
        <translation>Faire passer la visite à l&apos;état «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move visit to %1</source>
        <translation>Passer la visite à l&apos;état «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>Annuler la visite</translation>
    </message>
    <message>
        <source>The visit will be closed without taking place. This cannot be undone.
Why is it cancelled?</source>
        <translation>La visite sera clôturée sans avoir eu lieu. Cette action est irréversible.
Pour quelle raison est-elle annulée&#xa0;?</translation>
    </message>
    <message>
        <source>Move the visit from %1 to %2?</source>
        <translation>Faire passer la visite de «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>This step cannot be undone.</source>
        <translation>Cette étape est irréversible.</translation>
    </message>
</context>
<context>
    <name>vigil::VisitLabels</name>
    <message>
        <source>Team lead</source>
        <translation>Responsable d&apos;équipe</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Contrôleur</translation>
    </message>
    <message>
        <source>Medical doctor</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Obstruction</source>
        <translation>Entrave</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Sketch</source>
        <translation>Croquis</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>Extrait de registre</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Custody and admission</source>
        <translation>Garde à vue et admission</translation>
    </message>
    <message>
        <source>Disciplinary</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Use of force and restraint</source>
        <translation>Usage de la force et contention</translation>
    </message>
    <message>
        <source>Segregation</source>
        <translation>Isolement</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médical</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Plaintes et requêtes</translation>
    </message>
    <message>
        <source>Incidents and deaths</source>
        <translation>Incidents et décès</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lacunes</translation>
    </message>
    <message>
        <source>Erasures</source>
        <translation>Ratures</translation>
    </message>
    <message>
        <source>Late entries</source>
        <translation>Inscriptions tardives</translation>
    </message>
    <message>
        <source>Unsigned sanctions</source>
        <translation>Sanctions non signées</translation>
    </message>
    <message>
        <source>Register missing</source>
        <translation>Registre absent</translation>
    </message>
    <message>
        <source>Inconsistent with other sources</source>
        <translation>Incohérent avec d&apos;autres sources</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Place-specific</source>
        <translation>Propre au lieu</translation>
    </message>
    <message>
        <source>Systemic</source>
        <translation>Systémique</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Register check</source>
        <translation>Contrôle de registre</translation>
    </message>
    <message>
        <source>Access event</source>
        <translation>Incident d&apos;accès</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation>Réponse à la liste de contrôle</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En partie</translation>
    </message>
</context>
<context>
    <name>vigil::VisitLifecycle</name>
    <message>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Fieldwork closed</source>
        <translation>Terrain clos</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <source>Internal review</source>
        <translation>Relecture interne</translation>
    </message>
    <message>
        <source>Sent to authorities</source>
        <translation>Transmise aux autorités</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Rapport émis</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>The visit does not exist or was deleted.</source>
        <translation>La visite n&apos;existe pas ou a été supprimée.</translation>
    </message>
    <message>
        <source>A visit cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Une visite ne peut pas passer de «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>vigil::VisitListModel</name>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>Unknown place</source>
        <translation>Lieu inconnu</translation>
    </message>
    <message>
        <source>Unannounced</source>
        <translation>Inopinée</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Annoncée</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Préavis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>vigil::VisitRepository</name>
    <message>
        <source>The planned end is before the planned start.</source>
        <translation>La fin prévue est antérieure au début prévu.</translation>
    </message>
    <message>
        <source>The time the team left is before the time it arrived.</source>
        <translation>L&apos;heure de départ de l&apos;équipe est antérieure à son heure d&apos;arrivée.</translation>
    </message>
    <message>
        <source>The visit does not exist or was deleted.</source>
        <translation>La visite n&apos;existe pas ou a été supprimée.</translation>
    </message>
    <message>
        <source>This person is already on the visit&apos;s team.</source>
        <translation>Cette personne fait déjà partie de l&apos;équipe de la visite.</translation>
    </message>
    <message>
        <source>The visit already has a lead; give the current lead another role first.</source>
        <translation>La visite a déjà un responsable d&apos;équipe&#xa0;; attribuez d&apos;abord un autre rôle au responsable actuel.</translation>
    </message>
</context>
<context>
    <name>vigil::VisitWorkspace</name>
    <message>
        <source>Parts of the visit record</source>
        <translation>Parties du dossier de visite</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Register checks</source>
        <translation>Contrôles de registre</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Journal d&apos;accès</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Observations and registers</source>
        <translation>Observations et registres</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Refusals, delays and obstruction of access</source>
        <translation>Refus, retards et entraves à l&apos;accès</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Compile the visit report: outline, edits and a live preview</source>
        <translation>Compiler le rapport de visite&#xa0;: plan, modifications et aperçu en direct</translation>
    </message>
</context>
<context>
    <name>vigil::VisitsPage</name>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
</context>
<context>
    <name>vigil::VocabularyLabels</name>
    <message>
        <source>Prison</source>
        <translation>Établissement pénitentiaire</translation>
    </message>
    <message>
        <source>Remand centre</source>
        <translation>Établissement de détention provisoire</translation>
    </message>
    <message>
        <source>Police custody</source>
        <translation>Locaux de garde à vue</translation>
    </message>
    <message>
        <source>Court cells</source>
        <translation>Cellules de tribunal</translation>
    </message>
    <message>
        <source>Immigration detention</source>
        <translation>Rétention administrative</translation>
    </message>
    <message>
        <source>Airport transit zone</source>
        <translation>Zone d&apos;attente aéroportuaire</translation>
    </message>
    <message>
        <source>Psychiatric hospital</source>
        <translation>Hôpital psychiatrique</translation>
    </message>
    <message>
        <source>Social care home</source>
        <translation>Établissement médico-social</translation>
    </message>
    <message>
        <source>Juvenile centre</source>
        <translation>Centre pour mineurs</translation>
    </message>
    <message>
        <source>Military detention</source>
        <translation>Détention militaire</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>In-depth</source>
        <translation>Approfondie</translation>
    </message>
    <message>
        <source>Ad hoc</source>
        <translation>Ad hoc</translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Fieldwork closed</source>
        <translation>Terrain clos</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <source>Internal review</source>
        <translation>Relecture interne</translation>
    </message>
    <message>
        <source>Sent to authorities</source>
        <translation>Transmise aux autorités</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>Partiellement acceptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Non mise en œuvre</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Partly implemented</source>
        <translation>Partiellement mise en œuvre</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Reissued</source>
        <translation>Réitérée</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Facility management</source>
        <translation>Direction de l&apos;établissement</translation>
    </message>
    <message>
        <source>Supervising authority</source>
        <translation>Autorité de tutelle</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Ministère</translation>
    </message>
    <message>
        <source>Legislature</source>
        <translation>Législateur</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Protection measures</source>
        <translation>Mesures de protection</translation>
    </message>
    <message>
        <source>Material conditions</source>
        <translation>Conditions matérielles</translation>
    </message>
    <message>
        <source>Regime and activities</source>
        <translation>Régime et activités</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Soins de santé</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Register check</source>
        <translation>Contrôle de registre</translation>
    </message>
    <message>
        <source>Access event</source>
        <translation>Incident d&apos;accès</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Register checks</source>
        <translation>Contrôles de registre</translation>
    </message>
    <message>
        <source>Access events</source>
        <translation>Incidents d&apos;accès</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>visit type</comment>
        <translation>De suivi</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>visit state</comment>
        <translation>Rapport émis</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>visit state</comment>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>visit state</comment>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>recommendation status</comment>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>recommendation status</comment>
        <translation>Clôturée</translation>
    </message>
</context>
<context>
    <name>vigil::WebDavError</name>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>Le serveur a refusé le nom d&apos;utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>The sync server is out of space. Ask whoever runs it to free some; nothing was lost.</source>
        <translation>Le serveur de synchronisation manque d&apos;espace. Demandez à la personne qui l&apos;administre d&apos;en libérer&#xa0;; rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>The sync server does not accept files this large.</source>
        <translation>Le serveur de synchronisation n&apos;accepte pas de fichiers aussi volumineux.</translation>
    </message>
    <message>
        <source>The file or folder is not on the sync server. Check the server address.</source>
        <translation>Le fichier ou le dossier ne se trouve pas sur le serveur de synchronisation. Vérifiez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>The sync server reported an error (HTTP %1). Vigil will try again later.</source>
        <translation>Le serveur de synchronisation a signalé une erreur (HTTP %1). Vigil réessaiera plus tard.</translation>
    </message>
    <message>
        <source>The sync server sent Vigil elsewhere (HTTP %1). Check the server address.</source>
        <translation>Le serveur de synchronisation a redirigé Vigil ailleurs (HTTP %1). Vérifiez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>The sync server refused the request (HTTP %1).</source>
        <translation>Le serveur de synchronisation a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>The sync server cannot be reached. Check the network connection and the server address.</source>
        <translation>Le serveur de synchronisation est injoignable. Vérifiez la connexion réseau et l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>The connection to the sync server was interrupted. Nothing was lost; Vigil will try again.</source>
        <translation>La connexion au serveur de synchronisation a été interrompue. Rien n&apos;a été perdu&#xa0;; Vigil réessaiera.</translation>
    </message>
    <message numerus="yes">
        <source>The sync server did not answer for %n second(s). Vigil will try again later.</source>
        <translation>
            <numerusform>Le serveur de synchronisation n&apos;a pas répondu pendant %n seconde. Vigil réessaiera plus tard.</numerusform>
            <numerusform>Le serveur de synchronisation n&apos;a pas répondu pendant %n secondes. Vigil réessaiera plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync server&apos;s certificate cannot be trusted, so nothing was sent. Someone may be intercepting the connection, or the server is misconfigured; tell your coordinator.</source>
        <translation>Le certificat du serveur de synchronisation n&apos;est pas digne de confiance&#xa0;; rien n&apos;a donc été envoyé. Quelqu&apos;un intercepte peut-être la connexion, ou le serveur est mal configuré&#xa0;; prévenez votre coordinateur.</translation>
    </message>
    <message>
        <source>The sync server&apos;s certificate is not the one your organisation registered, so nothing was sent. Someone may be intercepting the connection; tell your coordinator.</source>
        <translation>Le certificat du serveur de synchronisation n&apos;est pas celui que votre organisation a enregistré&#xa0;; rien n&apos;a donc été envoyé. Quelqu&apos;un intercepte peut-être la connexion&#xa0;; prévenez votre coordinateur.</translation>
    </message>
    <message>
        <source>The sync server sent a reply Vigil does not understand. Check the server address.</source>
        <translation>Le serveur de synchronisation a envoyé une réponse que Vigil ne comprend pas. Vérifiez l&apos;adresse du serveur.</translation>
    </message>
</context>
<context>
    <name>vigil::WebDavTransport</name>
    <message>
        <source>The sync server address must start with https://.</source>
        <translation>L&apos;adresse du serveur de synchronisation doit commencer par https://.</translation>
    </message>
    <message>
        <source>Put the user name in its own field, not in the server address.</source>
        <translation>Indiquez le nom d&apos;utilisateur dans son propre champ, et non dans l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>The sync server address must not contain &quot;?&quot; or &quot;#&quot;.</source>
        <translation>L&apos;adresse du serveur de synchronisation ne doit contenir ni «&#xa0;?&#xa0;» ni «&#xa0;#&#xa0;».</translation>
    </message>
    <message>
        <source>The user name for the sync server must not contain a colon.</source>
        <translation>Le nom d&apos;utilisateur du serveur de synchronisation ne doit pas contenir de deux-points.</translation>
    </message>
    <message>
        <source>The certificate pin must be a SHA-256 digest of 32 bytes.</source>
        <translation>L&apos;épinglage du certificat doit être une empreinte SHA-256 de 32 octets.</translation>
    </message>
    <message>
        <source>WebDAV server %1</source>
        <translation>Serveur WebDAV %1</translation>
    </message>
</context>
<context>
    <name>vigil::Workspace</name>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>an unknown place</source>
        <translation>un lieu inconnu</translation>
    </message>
    <message>
        <source>Visit to %1</source>
        <translation>Visite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Visit to %1, %2</source>
        <translation>Visite&#xa0;: %1, %2</translation>
    </message>
</context>
<context>
    <name>vigil::WriteTx</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n characters</source>
        <translation>
            <numerusform>dépasse %n caractère</numerusform>
            <numerusform>dépasse %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>doit être au moins égal à %1</translation>
    </message>
    <message>
        <source>must be a time after 1970</source>
        <translation>doit être une date postérieure à 1970</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>doit valoir oui ou non</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de&#xa0;: %2</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>doit être une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>must be the id of a record</source>
        <translation>doit être l&apos;identifiant d&apos;un enregistrement</translation>
    </message>
    <message>
        <source>must be binary data</source>
        <translation>doit être constitué de données binaires</translation>
    </message>
    <message>
        <source>has an unknown type</source>
        <translation>est d&apos;un type inconnu</translation>
    </message>
    <message>
        <source>%1.%2: refers to a %3 that does not exist or was deleted</source>
        <translation>%1.%2&#xa0;: renvoie à un élément de type %3 qui n&apos;existe pas ou a été supprimé</translation>
    </message>
    <message>
        <source>%1.%2: is required</source>
        <translation>%1.%2&#xa0;: est obligatoire</translation>
    </message>
    <message>
        <source>The %1 being changed does not exist or was deleted.</source>
        <translation>L&apos;élément de type %1 à modifier n&apos;existe pas ou a été supprimé.</translation>
    </message>
    <message>
        <source>The %1 being deleted does not exist or was already deleted.</source>
        <translation>L&apos;élément de type %1 à supprimer n&apos;existe pas ou a déjà été supprimé.</translation>
    </message>
    <message>
        <source>The %1 being restored does not exist or was not deleted.</source>
        <translation>L&apos;élément de type %1 à restaurer n&apos;existe pas ou n&apos;a pas été supprimé.</translation>
    </message>
</context>
<context>
    <name>vigil::attachmentjobs</name>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>The attachment is not an image that can be shown.</source>
        <translation>La pièce jointe n&apos;est pas une image affichable.</translation>
    </message>
</context>
<context>
    <name>vigil::cli::CliText</name>
    <message>
        <source>Passphrase: </source>
        <translation>Phrase secrète : </translation>
    </message>
    <message>
        <source>warning: this passphrase is weak; a longer one made of several unrelated words is much harder to guess.</source>
        <translation>avertissement : cette phrase secrète est faible ; une phrase plus longue, composée de plusieurs mots sans rapport entre eux, est bien plus difficile à deviner.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase secrète : </translation>
    </message>
    <message>
        <source>This passphrase is too weak (%1). Use several unrelated words.</source>
        <translation>Cette phrase secrète est trop faible (%1). Utilisez plusieurs mots sans rapport entre eux.</translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Confirmez la nouvelle phrase secrète : </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>There is no Vigil vault at %1.</source>
        <translation>Il n&apos;y a pas de coffre Vigil à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>Clé de récupération : %1</translation>
    </message>
    <message>
        <source>Write the recovery key on paper and keep it apart from this computer, or give it to your coordinator. It is shown only once; with it, a forgotten passphrase can be replaced.</source>
        <translation>Notez la clé de récupération sur papier et conservez-la à l&apos;écart de cet ordinateur, ou remettez-la à votre coordinateur. Elle n&apos;est affichée qu&apos;une seule fois ; grâce à elle, une phrase secrète oubliée peut être remplacée.</translation>
    </message>
    <message>
        <source>Created a vault at %1.</source>
        <translation>Coffre créé à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>Created a demo vault with fictional data at %1.</source>
        <translation>Coffre de démonstration avec des données fictives créé à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>Fictional records: %1 places, %2 visits, %3 interviews, %4 findings, %5 recommendations.</source>
        <translation>Dossiers fictifs : %1 lieux, %2 visites, %3 entretiens, %4 constats, %5 recommandations.</translation>
    </message>
    <message>
        <source>Passphrase: %1</source>
        <translation>Phrase secrète : %1</translation>
    </message>
    <message>
        <source>Vault:            %1</source>
        <translation>Coffre :              %1</translation>
    </message>
    <message>
        <source>Name:             %1</source>
        <translation>Nom :                 %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Vault id:         %1</source>
        <translation>ID du coffre :        %1</translation>
    </message>
    <message>
        <source>Created:          %1</source>
        <translation>Créé le :             %1</translation>
    </message>
    <message>
        <source>Schema version:   %1</source>
        <translation>Version du schéma :   %1</translation>
    </message>
    <message>
        <source>Database size:    %1</source>
        <translation>Taille de la base :   %1</translation>
    </message>
    <message>
        <source>SQLCipher:        %1</source>
        <translation>SQLCipher :           %1</translation>
    </message>
    <message>
        <source>Key derivation:   Argon2id, %1 passes, %2 MiB</source>
        <translation>Dérivation de clé :   Argon2id, %1 passes, %2 Mio</translation>
    </message>
    <message>
        <source>The vault is damaged or has been altered:</source>
        <translation>Le coffre est endommagé ou a été altéré :</translation>
    </message>
    <message>
        <source>The audit log has been altered:</source>
        <translation>Le journal d&apos;audit a été altéré :</translation>
    </message>
    <message numerus="yes">
        <source>The vault is intact: every page decrypts and authenticates, the database is consistent, and the audit chain of %n event(s) verifies.</source>
        <translation>
            <numerusform>Le coffre est intact : chaque page se déchiffre et s&apos;authentifie, la base de données est cohérente et la chaîne d&apos;audit de %n événement est vérifiée.</numerusform>
            <numerusform>Le coffre est intact : chaque page se déchiffre et s&apos;authentifie, la base de données est cohérente et la chaîne d&apos;audit de %n événements est vérifiée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase was changed. The old passphrase no longer opens the vault.</source>
        <translation>La phrase secrète a été changée. L&apos;ancienne phrase secrète n&apos;ouvre plus le coffre.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Clé de récupération : </translation>
    </message>
    <message>
        <source>The vault is open again and has a new passphrase. The recovery key stays the same.</source>
        <translation>Le coffre est de nouveau ouvert et a une nouvelle phrase secrète. La clé de récupération reste la même.</translation>
    </message>
    <message>
        <source>This key decrypts the whole database. In the sqlcipher shell: PRAGMA key = &quot;x&apos;&lt;key&gt;&apos;&quot;; then query as usual. Do not store it.</source>
        <translation>Cette clé déchiffre toute la base de données. Dans le shell sqlcipher : PRAGMA key = &quot;x&apos;&lt;key&gt;&apos;&quot;; puis interrogez la base comme d&apos;habitude. Ne la conservez pas.</translation>
    </message>
    <message>
        <source>search needs a QUERY.</source>
        <translation>search nécessite une REQUÊTE.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation>Les dates s&apos;écrivent AAAA-MM-JJ.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n résultat.</numerusform>
            <numerusform>%n résultats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos; for %2.</source>
        <translation>Argument inattendu « %1 » pour %2.</translation>
    </message>
    <message>
        <source>Try &apos;vigil-cli --help&apos;.</source>
        <translation>Essayez « vigil-cli --help ».</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>--kdf-opslimit must be 1 to 64 and --kdf-memlimit-mib 8 to 4096.</source>
        <translation>--kdf-opslimit doit être compris entre 1 et 64 et --kdf-memlimit-mib entre 8 et 4096.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>No terminal to ask for the passphrase; use --passphrase-file FILE.</source>
        <translation>Aucun terminal pour demander la phrase secrète ; utilisez --passphrase-file FICHIER.</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Le rapport n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>There is no visit %1. &apos;vigil-cli report --list-visits&apos; shows the visits and their IDs.</source>
        <translation>Il n&apos;y a pas de visite %1. « vigil-cli report --list-visits » affiche les visites et leurs ID.</translation>
    </message>
    <message>
        <source>report needs --visit ID (&apos;vigil-cli report --list-visits&apos; shows the visits and their IDs).</source>
        <translation>report nécessite --visit ID (« vigil-cli report --list-visits » affiche les visites et leurs ID).</translation>
    </message>
    <message>
        <source>--kind is internal (confidential notes), authorities (the report to the authorities) or public (the public summary).</source>
        <translation>--kind vaut internal (notes confidentielles), authorities (le rapport aux autorités) ou public (le résumé public).</translation>
    </message>
    <message>
        <source>report needs --out FILE, the file to write.</source>
        <translation>report nécessite --out FICHIER, le fichier à écrire.</translation>
    </message>
    <message>
        <source>Say --format pdf, odt or html: the name %1 does not tell.</source>
        <translation>Indiquez --format pdf, odt ou html : le nom %1 ne permet pas de le déterminer.</translation>
    </message>
    <message>
        <source>--format is pdf, odt or html.</source>
        <translation>--format vaut pdf, odt ou html.</translation>
    </message>
    <message>
        <source>Vigil writes reports in these languages: %1.</source>
        <translation>Vigil rédige des rapports dans les langues suivantes : %1.</translation>
    </message>
    <message numerus="yes">
        <source>The publication guard takes out %n item(s) this kind of report may not show:</source>
        <translation>
            <numerusform>Le garde-fou de publication retire %n élément que ce type de rapport ne peut pas afficher :</numerusform>
            <numerusform>Le garde-fou de publication retire %n éléments que ce type de rapport ne peut pas afficher :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The publication guard has %n warning(s); no file was written.</source>
        <translation>
            <numerusform>Le garde-fou de publication a émis %n avertissement ; aucun fichier n&apos;a été écrit.</numerusform>
            <numerusform>Le garde-fou de publication a émis %n avertissements ; aucun fichier n&apos;a été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n warning(s) of the publication guard (recorded in the audit log):</source>
        <translation>
            <numerusform>%n avertissement du garde-fou de publication accepté (consigné dans le journal d&apos;audit) :</numerusform>
            <numerusform>%n avertissements du garde-fou de publication acceptés (consignés dans le journal d&apos;audit) :</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Fichier écrit : %1.</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(sans date)</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2  %3 — %4, %5, %n recommendation(s)</source>
        <translation>
            <numerusform>%1  %2  %3 — %4, %5, %n recommandation</numerusform>
            <numerusform>%1  %2  %3 — %4, %5, %n recommandations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s).</source>
        <translation>
            <numerusform>%n visite.</numerusform>
            <numerusform>%n visites.</numerusform>
        </translation>
    </message>
    <message>
        <source>stats needs --year YYYY (or --year FROM-TO).</source>
        <translation>stats nécessite --year AAAA (ou --year DÉBUT-FIN).</translation>
    </message>
    <message>
        <source>--year takes a year such as 2024, or a range of up to %1 years such as 2020-2024.</source>
        <translation>--year attend une année telle que 2024, ou une plage de %1 années au plus telle que 2020-2024.</translation>
    </message>
    <message>
        <source>stats writes --format csv only.</source>
        <translation>stats ne prend en charge que --format csv.</translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>--accept-warnings needs the digest of the warnings to accept, as --accept-warnings=DIGEST: run the report without it, check the warnings it lists, and pass the digest it prints. A new or changed warning gives a new digest, so a script cannot accept warnings nobody has seen.</source>
        <translation>--accept-warnings nécessite l&apos;empreinte des avertissements à accepter, sous la forme --accept-warnings=EMPREINTE : lancez le rapport sans cette option, examinez les avertissements qu&apos;il liste et transmettez l&apos;empreinte qu&apos;il affiche. Un avertissement nouveau ou modifié donne une nouvelle empreinte : un script ne peut donc pas accepter des avertissements que personne n&apos;a vus.</translation>
    </message>
    <message>
        <source>text holding a name or number of an identity entry</source>
        <translation>texte contenant un nom ou un numéro d&apos;une fiche d&apos;identité</translation>
    </message>
    <message>
        <source>a quote the interviewee&apos;s consent does not allow</source>
        <translation>une citation que le consentement de la personne entendue n&apos;autorise pas</translation>
    </message>
    <message>
        <source>a quote whose interviewee withdrew consent</source>
        <translation>une citation dont l&apos;auteur, une personne entendue, a retiré son consentement</translation>
    </message>
    <message>
        <source>a quote from an interviewee at high risk of reprisals</source>
        <translation>une citation d&apos;une personne entendue exposée à un risque élevé de représailles</translation>
    </message>
    <message>
        <source>a sentence or quote that may single out one person</source>
        <translation>une phrase ou une citation susceptible de désigner une personne en particulier</translation>
    </message>
    <message>
        <source>an interview code that links the report to the interview record</source>
        <translation>un code d&apos;entretien qui permet de relier le rapport au dossier de l&apos;entretien</translation>
    </message>
    <message>
        <source>see Vigil&apos;s report builder</source>
        <translation>voir l&apos;éditeur de rapport de Vigil</translation>
    </message>
    <message>
        <source>%1 (%2): %3 [%4]</source>
        <translation>%1 (%2) : %3 [%4]</translation>
    </message>
    <message numerus="yes">
        <source>The publication guard&apos;s %n warning(s) are not those of the digest %1; no file was written.</source>
        <translation>
            <numerusform>Le garde-fou de publication a émis %n avertissement qui ne correspond pas à l&apos;empreinte %1 ; aucun fichier n&apos;a été écrit.</numerusform>
            <numerusform>Le garde-fou de publication a émis %n avertissements qui ne correspondent pas à l&apos;empreinte %1 ; aucun fichier n&apos;a été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sentences are not printed; Vigil&apos;s report builder shows them, or --show-sentences at a terminal.</source>
        <translation>Les phrases ne sont pas affichées ; l&apos;éditeur de rapport de Vigil les montre, de même que --show-sentences dans un terminal.</translation>
    </message>
    <message>
        <source>Digest of these warnings: %1</source>
        <translation>Empreinte de ces avertissements : %1</translation>
    </message>
    <message>
        <source>Change the text in Vigil&apos;s report builder, or accept exactly these warnings with --accept-warnings=%1 (the decision is recorded in the audit log).</source>
        <translation>Modifiez le texte dans l&apos;éditeur de rapport de Vigil, ou acceptez exactement ces avertissements avec --accept-warnings=%1 (la décision est consignée dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <source>bundle needs export or import.</source>
        <translation>bundle nécessite export ou import.</translation>
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
        <translation>Utilisation : vigil-cli [OPTIONS] COMMANDE [ARGUMENTS]

La ligne de commande de Vigil : le même coffre chiffré que la fenêtre de Vigil.

Commandes :
  init        créer un nouveau coffre (affiche une seule fois la clé de récupération)
  demo        créer un coffre rempli de données de démonstration fictives
  info        afficher l&apos;identité du coffre, son format et ses paramètres de dérivation de clé
  verify      vérifier le chiffrement de chaque page, la base de données et la chaîne d&apos;audit
  passwd      changer la phrase secrète (les données ne sont pas rechiffrées)
  recover     définir une nouvelle phrase secrète à l&apos;aide de la clé de récupération
  db-key      afficher la clé SQLCipher, pour ouvrir vigil.db dans le shell sqlcipher
  search REQUÊTE  recherche en texte intégral dans les notes, constats, recommandations et observations
  stats       les chiffres annuels d&apos;une année, ou de plusieurs, au format CSV
  report      le rapport d&apos;une visite en PDF, ODT ou HTML, via le garde-fou de publication
  org ACTION  l&apos;organisation : show, create, transport, invite, join, receive, devices, approve, refuse, revoke (voir ci-dessous)
  sync        un cycle de synchronisation : réception, importation, envoi (via le dossier ou le serveur WebDAV configuré, ou --folder DOSSIER)
  bundle export --out DOSSIER | bundle import FICHIER... des lots pour chaque pair dans un dossier de boîte aux lettres, ou importer des fichiers de lots

Options :
  --vault DOSSIER            le dossier du coffre (par défaut : %1)
  --passphrase-file FICHIER  lire la phrase secrète sur la première ligne de
                             FICHIER
  --new-passphrase-file FICHIER
                             la nouvelle phrase secrète, pour init, passwd et
                             recover
  --recovery-key-file FICHIER
                             la clé de récupération, pour recover
  --name NOM                 le nom d&apos;affichage du coffre, pour init et demo
  --force                    demo : remplacer un coffre de démonstration
                             existant
  --place ID                 search : uniquement les visites de ce lieu
  --from DATE, --to DATE     search : visites à partir de / jusqu&apos;à cette date
                             (AAAA-MM-JJ)
  --category CODE            search : uniquement les constats de cette catégorie
  --year AAAA[-AAAA]         stats : l&apos;année, ou une série d&apos;années (une colonne
                             par année)
  --format csv               stats : le format de sortie (csv par défaut)
  --out FICHIER              stats : écrire dans FICHIER (avec une marque
                             d&apos;ordre d&apos;octets UTF-8) au lieu de la sortie
                             standard
  --list-visits              report : lister les visites (ID, date, lieu, nombre
                             de recommandations), de la plus récente à la plus
                             ancienne ; --place ID restreint la liste
  --visit ID                 report : la visite dont le rapport est à exporter
  --kind TYPE                report : internal (notes confidentielles),
                             authorities (le rapport aux autorités) ou public
                             (résumé public)
  --format pdf|odt|html      report : le format du fichier (par défaut : d&apos;après
                             l&apos;extension du fichier de --out)
  --out FICHIER              report : le fichier à écrire, en entier ou pas du
                             tout
  --language LANGUE          report : ar, en, es, fr, ru ou zh_CN (par défaut :
                             la langue de travail de la visite)
  --accept-warnings=EMPREINTE
                             report : accepter les avertissements du garde-fou
                             de publication dont une exécution bloquée a
                             affiché l&apos;empreinte (consignés dans le journal
                             d&apos;audit) et écrire le fichier
  --show-sentences           report : afficher aussi la phrase à l&apos;origine de
                             chaque avertissement, uniquement si la sortie
                             d&apos;erreur standard est un terminal
  --role RÔLE                org invite : coordinator, lead ou monitor
  --person ID                org invite : la fiche de la personne qui utilisera
                             l&apos;appareil invité
  --label TEXTE              org invite : le destinataire de l&apos;invitation
  --folder DOSSIER           org transport, sync : le dossier de la boîte aux
                             lettres
  --webdav URL               org transport : la boîte aux lettres sur un serveur
                             WebDAV (https)
  --user NOM, --password-file FICHIER
                             org transport : le compte WebDAV (le mot de passe
                             est conservé dans le coffre chiffré)
  --pin HEX                  org transport : SHA-256 de la clé publique du
                             serveur
  --kdf-opslimit N           nombre de passes d&apos;Argon2id (3 par défaut)
  --kdf-memlimit-mib N       mémoire d&apos;Argon2id en Mio (256 par défaut)
  --verbose                  afficher les détails techniques des erreurs
  -h, --help                 afficher cette aide
  --version                  afficher la version

Sans --passphrase-file, les phrases secrètes sont lues depuis le terminal, sans
écho.

Un rapport à partir du coffre de démonstration :
  vigil-cli demo                       (affiche la phrase secrète)
  vigil-cli --vault %2 report --list-visits
  vigil-cli --vault %2 report --visit ID \
            --kind authorities --out report.pdf
Rejoindre une organisation :
  coordinateur : vigil-cli org create --name &quot;MNP&quot;
                 vigil-cli org transport --webdav https://cloud.example.org/vigil/ \
                           --user npm-sync --password-file pw.txt
                 vigil-cli org invite --role monitor --label &quot;Amina&quot; --out amina.vgi
  contrôleur :   vigil-cli org join amina.vgi --name &quot;Portable d&apos;Amina&quot;
                 vigil-cli sync           (transmet la demande d&apos;enregistrement)
  coordinateur : vigil-cli sync           (la reçoit, affiche son empreinte)
                 vigil-cli org approve DEVICE   (après comparaison des empreintes
                                                 par téléphone)

Le garde-fou de publication retire toujours ce qu&apos;un type de rapport ne peut pas
montrer, et le signale. S&apos;il émet des avertissements (quelqu&apos;un pourrait être
reconnu), rien n&apos;est écrit, la commande se termine avec le code 8 et affiche
l&apos;empreinte des avertissements : corrigez le texte dans l&apos;éditeur de rapport de
Vigil, ou acceptez exactement ces avertissements avec
--accept-warnings=EMPREINTE (des avertissements nouveaux ou modifiés donnent une
nouvelle empreinte et bloquent de nouveau l&apos;exportation).

Codes de sortie :
  0 succès               1 autre erreur         2 erreur d&apos;utilisation
  3 phrase secrète ou clé de récupération erronée
  4 échec du contrôle d&apos;intégrité (coffre endommagé ou altéré)
  5 coffre introuvable   6 erreur de stockage (lecture seule, disque plein, E/S)
  7 existe déjà          8 rapport non écrit : le garde-fou émet des
                           avertissements (et --accept-warnings désigne
                           d&apos;autres avertissements)
</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 is too large to be a Vigil organisation file.</source>
        <translation>%1 est trop volumineux pour être un fichier d&apos;organisation Vigil.</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinateur</translation>
    </message>
    <message>
        <source>lead inspector</source>
        <translation>inspecteur principal</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>contrôleur</translation>
    </message>
    <message>
        <source>This device: %1</source>
        <translation>Cet appareil : %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Empreinte : %1</translation>
    </message>
    <message>
        <source>Not in an organisation (standalone vault).</source>
        <translation>Hors organisation (coffre autonome).</translation>
    </message>
    <message>
        <source>Organisation: %1 (%2)</source>
        <translation>Organisation : %1 (%2)</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rôle : %1</translation>
    </message>
    <message>
        <source>Enrolled.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Waiting for the coordinator&apos;s approval.</source>
        <translation>En attente de l&apos;approbation du coordinateur.</translation>
    </message>
    <message>
        <source>Give either --folder DIR or --webdav URL.</source>
        <translation>Indiquez soit --folder DOSSIER, soit --webdav URL.</translation>
    </message>
    <message>
        <source>--pin takes the SHA-256 of the server&apos;s public key, 64 hexadecimal digits.</source>
        <translation>--pin prend le SHA-256 de la clé publique du serveur, soit 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>org invite needs --role and --out FILE.vgi.</source>
        <translation>org invite nécessite --role et --out FICHIER.vgi.</translation>
    </message>
    <message>
        <source>Invitation written to %1. Hand it over in person or on a USB stick; it can be used once, within 14 days.</source>
        <translation>Invitation écrite dans %1. Remettez-la en main propre ou sur une clé USB ; elle n&apos;est utilisable qu&apos;une fois, dans un délai de 14 jours.</translation>
    </message>
    <message>
        <source>org join needs the invitation file.</source>
        <translation>org join nécessite le fichier d&apos;invitation.</translation>
    </message>
    <message>
        <source>Joined %1 as %2, waiting for approval.</source>
        <translation>%1 rejoint en tant que %2, en attente d&apos;approbation.</translation>
    </message>
    <message>
        <source>Coordinator&apos;s fingerprint: %1</source>
        <translation>Empreinte du coordinateur : %1</translation>
    </message>
    <message>
        <source>This device&apos;s fingerprint: %1</source>
        <translation>Empreinte de cet appareil : %1</translation>
    </message>
    <message>
        <source>Your next sync sends the request to the coordinator. Then read both fingerprints to each other by phone: they must match exactly.</source>
        <translation>Votre prochaine synchronisation envoie la demande au coordinateur. Lisez-vous ensuite mutuellement les deux empreintes par téléphone : elles doivent correspondre exactement.</translation>
    </message>
    <message>
        <source>Your next sync sends the request to the coordinator (or carry %1 to them). Then read both fingerprints to each other by phone: they must match exactly.</source>
        <translation>Votre prochaine synchronisation envoie la demande au coordinateur (ou apportez-lui %1). Lisez-vous ensuite mutuellement les deux empreintes par téléphone : elles doivent correspondre exactement.</translation>
    </message>
    <message>
        <source>org receive needs the enrolment request file.</source>
        <translation>org receive nécessite le fichier de demande d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Request from %1 (%2, invited as %3).</source>
        <translation>Demande de %1 (%2, invité en tant que %3).</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Appareil : %1</translation>
    </message>
    <message>
        <source>Compare the fingerprint by phone with the one shown on the device, then: vigil-cli org approve %1</source>
        <translation>Comparez par téléphone l&apos;empreinte avec celle affichée sur l&apos;appareil, puis : vigil-cli org approve %1</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>révoqué le %1</translation>
    </message>
    <message>
        <source>%1  waiting for approval  %2  %3</source>
        <translation>%1  en attente d&apos;approbation  %2  %3</translation>
    </message>
    <message>
        <source>org %1 needs the device id.</source>
        <translation>org %1 nécessite l&apos;identifiant de l&apos;appareil.</translation>
    </message>
    <message>
        <source>%1 is now in the organisation as %2. It receives the device list with your next sync.</source>
        <translation>%1 fait désormais partie de l&apos;organisation en tant que %2. Il recevra la liste des appareils lors de votre prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The request was refused.</source>
        <translation>La demande a été refusée.</translation>
    </message>
    <message>
        <source>The device is revoked: its bundles are refused from now on, and nothing more is sent to it.</source>
        <translation>L&apos;appareil est révoqué : ses lots sont désormais refusés, et plus rien ne lui est envoyé.</translation>
    </message>
    <message>
        <source>org needs one of: %1.</source>
        <translation>org nécessite l&apos;une des actions suivantes : %1.</translation>
    </message>
    <message>
        <source>org create needs --name, the organisation&apos;s name.</source>
        <translation>org create nécessite --name, le nom de l&apos;organisation.</translation>
    </message>
    <message numerus="yes">
        <source>%1: imported (%n change(s)).</source>
        <translation>
            <numerusform>%1 : importé (%n modification).</numerusform>
            <numerusform>%1 : importé (%n modifications).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already imported, nothing changed.</source>
        <translation>%1 : déjà importé, rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1: waits for an earlier bundle from the same device.</source>
        <translation>%1 : en attente d&apos;un lot antérieur du même appareil.</translation>
    </message>
    <message>
        <source>%1: refused and moved to the quarantine folder. %2</source>
        <translation>%1 : refusé et déplacé dans le dossier de quarantaine. %2</translation>
    </message>
    <message>
        <source>Enrolment request from %1 (%2). Fingerprint: %3. Compare it by phone, then: vigil-cli org approve %4</source>
        <translation>Demande d&apos;enregistrement de %1 (%2). Empreinte : %3. Comparez-la par téléphone, puis : vigil-cli org approve %4</translation>
    </message>
    <message>
        <source>An enrolment request was refused: %1</source>
        <translation>Une demande d&apos;enregistrement a été refusée : %1</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>Synchronisation avec %1…</translation>
    </message>
    <message>
        <source>Your enrolment request was delivered to the coordinator.</source>
        <translation>Votre demande d&apos;enregistrement a été remise au coordinateur.</translation>
    </message>
    <message>
        <source>Attachment %1 is too large to travel in a bundle; it stays on this device.</source>
        <translation>La pièce jointe %1 est trop volumineuse pour être transmise dans un lot ; elle reste sur cet appareil.</translation>
    </message>
    <message numerus="yes">
        <source>Retention: the sensitive content of %n closed visit(s) was removed from this device.</source>
        <translation>
            <numerusform>Conservation : le contenu sensible de %n visite clôturée a été retiré de cet appareil.</numerusform>
            <numerusform>Conservation : le contenu sensible de %n visites clôturées a été retiré de cet appareil.</numerusform>
        </translation>
    </message>
    <message>
        <source>bundle export needs --out DIR, the mailbox folder (for example on a USB stick).</source>
        <translation>bundle export nécessite --out DOSSIER, le dossier de la boîte aux lettres (par exemple sur une clé USB).</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) written to %1.</source>
        <translation>
            <numerusform>%n lot écrit dans %1.</numerusform>
            <numerusform>%n lots écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>bundle import needs one or more files.</source>
        <translation>bundle import nécessite un ou plusieurs fichiers.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) were refused.</source>
        <translation>
            <numerusform>%n lot a été refusé.</numerusform>
            <numerusform>%n lots ont été refusés.</numerusform>
        </translation>
    </message>
    <message>
        <source>This device was revoked by the coordinator: it no longer syncs.</source>
        <translation>Cet appareil a été révoqué par le coordinateur&#xa0;: il ne se synchronise plus.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
</context>
<context>
    <name>vigil::report::AnnexSections</name>
    <message>
        <source>Annexes</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Photographies</translation>
    </message>
    <message>
        <source>Photo %1: %2</source>
        <translation>Photo %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Registers examined</source>
        <translation>Registres examinés</translation>
    </message>
    <message>
        <source>Registers examined during the visit</source>
        <translation>Registres examinés pendant la visite</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Period examined</source>
        <translation>Période examinée</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Anomalies</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucune relevée</translation>
    </message>
</context>
<context>
    <name>vigil::report::AnnualStatistics</name>
    <message>
        <source>Choose from one to %1 years between 1 and 9998.</source>
        <translation>Choisissez d&apos;une à %1 années comprises entre 1 et 9998.</translation>
    </message>
</context>
<context>
    <name>vigil::report::FindingSections</name>
    <message>
        <source>Standards: %1</source>
        <translation>Normes&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Severity: %1. Corroborated by %n source(s).</source>
        <translation>
            <numerusform>Gravité&#xa0;: %1. Corroboré par %n source.</numerusform>
            <numerusform>Gravité&#xa0;: %1. Corroboré par %n sources.</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation>Bonnes pratiques</translation>
    </message>
    <message>
        <source>The team made no findings on this visit.</source>
        <translation>L&apos;équipe n&apos;a formulé aucun constat lors de cette visite.</translation>
    </message>
</context>
<context>
    <name>vigil::report::GuardText</name>
    <message>
        <source>the only woman;the only women;the only female;the only girl;the only boy;the only man;the only foreign national;the only foreigner;the only non-national;the only child;the only minor;the only juvenile;the only detainee;the only prisoner;the only patient;the only resident;the only person;the only one;only one woman;only one foreign national;only one child;sole woman;sole foreign national;sole detainee;sole</source>
        <comment>phrases of a report that single out one person, separated by semicolons; translate them and add the forms your language uses (genders, cases)</comment>
        <translation>la seule femme;les seules femmes;la seule fille;le seul garçon;le seul homme;le seul ressortissant étranger;la seule ressortissante étrangère;la seule personne étrangère;le seul étranger;la seule étrangère;le seul non-ressortissant;la seule non-ressortissante;le seul enfant;la seule enfant;le seul mineur;la seule mineure;le seul détenu;la seule détenue;la seule personne détenue;le seul prisonnier;la seule prisonnière;le seul patient;la seule patiente;le seul résident;la seule résidente;la seule personne;le seul à;la seule à;une seule femme;un seul homme;un seul ressortissant étranger;une seule ressortissante étrangère;un seul étranger;une seule étrangère;un seul enfant;un seul mineur;une seule mineure;un seul détenu;une seule détenue;seule femme;seul homme;seul ressortissant étranger;seule ressortissante étrangère;seul étranger;seule étrangère;seul enfant;seul mineur;seule mineure;seul détenu;seule détenue;seul prisonnier;seule prisonnière;unique femme;unique étranger;unique étrangère;unique enfant;unique détenu;unique détenue</translation>
    </message>
</context>
<context>
    <name>vigil::report::HtmlRenderer</name>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Type of place</source>
        <translation>Type de lieu</translation>
    </message>
    <message>
        <source>Authority responsible</source>
        <translation>Autorité responsable</translation>
    </message>
    <message>
        <source>Dates of the visit</source>
        <translation>Dates de la visite</translation>
    </message>
    <message>
        <source>Type of visit</source>
        <translation>Type de visite</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Préavis</translation>
    </message>
    <message>
        <source>Unannounced visit</source>
        <translation>Visite inopinée</translation>
    </message>
    <message>
        <source>Announced visit</source>
        <translation>Visite annoncée</translation>
    </message>
    <message>
        <source>Addressed to: %1</source>
        <translation>Destinataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priorité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Échéance&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>vigil::report::ImageMetadata</name>
    <message>
        <source>The photo is damaged or not a JPEG or PNG image.</source>
        <translation>La photo est endommagée ou n&apos;est pas une image JPEG ou PNG.</translation>
    </message>
</context>
<context>
    <name>vigil::report::MethodologySection</name>
    <message>
        <source>Methodology</source>
        <translation>Méthodologie</translation>
    </message>
    <message>
        <source>Objectives of the visit: %1</source>
        <translation>Objectifs de la visite&#xa0;: %1</translation>
    </message>
    <message>
        <source>The team visited the following parts of the place: %1.</source>
        <translation>L&apos;équipe a visité les parties suivantes du lieu&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>It recorded %n observation(s) on site.</source>
        <translation>
            <numerusform>Elle a consigné %n observation sur place.</numerusform>
            <numerusform>Elle a consigné %n observations sur place.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The team held %n interview(s): %1.</source>
        <translation>
            <numerusform>L&apos;équipe a mené %n entretien&#xa0;: %1.</numerusform>
            <numerusform>L&apos;équipe a mené %n entretiens&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private interview(s) could not be held without witnesses.</source>
        <translation>
            <numerusform>%n entretien en privé n&apos;a pas pu se dérouler sans témoins.</numerusform>
            <numerusform>%n entretiens en privé n&apos;ont pas pu se dérouler sans témoins.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team held no interviews.</source>
        <translation>L&apos;équipe n&apos;a mené aucun entretien.</translation>
    </message>
    <message>
        <source>It examined the following registers: %1.</source>
        <translation>Elle a examiné les registres suivants&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The team had access to every place and person it asked to see, without delay.</source>
        <translation>L&apos;équipe a eu accès sans délai à tous les lieux et à toutes les personnes qu&apos;elle a demandé à voir.</translation>
    </message>
    <message numerus="yes">
        <source>The team&apos;s access was refused, delayed or obstructed %n time(s).</source>
        <translation>
            <numerusform>L&apos;accès de l&apos;équipe a été refusé, retardé ou entravé à %n reprise.</numerusform>
            <numerusform>L&apos;accès de l&apos;équipe a été refusé, retardé ou entravé à %n reprises.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refusals, delays and obstructions of access</source>
        <translation>Refus, retards et entraves à l&apos;accès</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
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
        <translation>Agent&#xa0;: %1</translation>
    </message>
    <message>
        <source>time not recorded</source>
        <translation>heure non consignée</translation>
    </message>
</context>
<context>
    <name>vigil::report::OdtRenderer</name>
    <message>
        <source>The ODT document could not be written.</source>
        <translation>Le document ODT n&apos;a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>vigil::report::PdfRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>Le PDF n&apos;a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>vigil::report::PublicationGuard</name>
    <message>
        <source>Cover page</source>
        <translation>Page de couverture</translation>
    </message>
    <message>
        <source>This text holds identity data of an interviewee (a name or number of an identity entry). It was taken out.</source>
        <translation>Ce texte contient des données d&apos;identité d&apos;une personne entendue (un nom ou un numéro figurant dans une fiche d&apos;identité). Il a été retiré.</translation>
    </message>
    <message>
        <source>The interview code %1 links the report to the interview record.</source>
        <translation>Le code d&apos;entretien %1 permet de relier le rapport au dossier de l&apos;entretien.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may single out one person.</source>
        <translation>«&#xa0;%1&#xa0;» peut désigner une personne en particulier.</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>le lieu</translation>
    </message>
    <message>
        <source>The quoted person is the only %1 among the people interviewed in %2: the quote may identify them.</source>
        <translation>La personne citée est la seule à relever de la catégorie «&#xa0;%1&#xa0;» parmi les personnes entendues dans %2&#xa0;: la citation pourrait permettre de l&apos;identifier.</translation>
    </message>
</context>
<context>
    <name>vigil::report::QuoteConsent</name>
    <message>
        <source>The interviewee withdrew consent: the quote was taken out.</source>
        <translation>La personne entendue a retiré son consentement&#xa0;: la citation a été retirée.</translation>
    </message>
    <message>
        <source>The interviewee did not agree to be quoted: the quote was taken out.</source>
        <translation>La personne entendue n&apos;a pas accepté d&apos;être citée&#xa0;: la citation a été retirée.</translation>
    </message>
    <message>
        <source>The interviewee is at high risk of reprisals: the quote was taken out of the public summary.</source>
        <translation>La personne entendue court un risque élevé de représailles&#xa0;: la citation a été retirée du résumé public.</translation>
    </message>
    <message>
        <source>The interviewee is at high risk of reprisals, and the authorities may recognise who said this.</source>
        <translation>La personne entendue court un risque élevé de représailles, et les autorités pourraient reconnaître l&apos;auteur de ces propos.</translation>
    </message>
</context>
<context>
    <name>vigil::report::RecommendationSections</name>
    <message>
        <source>Repeats recommendation %1 of the visit of %2</source>
        <translation>Réitère la recommandation %1 de la visite du %2</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>The team made no recommendations on this visit.</source>
        <translation>L&apos;équipe n&apos;a formulé aucune recommandation lors de cette visite.</translation>
    </message>
    <message>
        <source>Follow-up of earlier recommendations</source>
        <translation>Suivi des recommandations antérieures</translation>
    </message>
    <message>
        <source>No earlier recommendation to this place awaits implementation.</source>
        <translation>Aucune recommandation antérieure adressée à ce lieu n&apos;est en attente de mise en œuvre.</translation>
    </message>
    <message>
        <source>Recommendations of earlier visits and their status</source>
        <translation>Recommandations des visites antérieures et leur statut</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>vigil::report::ReportBuilder</name>
    <message>
        <source>Internal notes on the visit to %1</source>
        <translation>Notes internes de visite — %1</translation>
    </message>
    <message>
        <source>Visit to %1: public summary</source>
        <translation>Résumé public de la visite — %1</translation>
    </message>
    <message>
        <source>Report on the visit to %1</source>
        <translation>Rapport de visite — %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>The monitoring team</source>
        <translation>L&apos;équipe de contrôle</translation>
    </message>
    <message>
        <source>%1 visited %2 (%3).</source>
        <translation>%1 a visité %2 (%3).</translation>
    </message>
    <message>
        <source>%1 visited %2 (%3) on %4.</source>
        <translation>%1 a visité %2 (%3)&#xa0;; dates de la visite&#xa0;: %4.</translation>
    </message>
    <message>
        <source>The visit was unannounced.</source>
        <translation>La visite était inopinée.</translation>
    </message>
    <message>
        <source>The visit was announced in advance.</source>
        <translation>La visite avait été annoncée à l&apos;avance.</translation>
    </message>
    <message numerus="yes">
        <source>The team made %n finding(s).</source>
        <translation>
            <numerusform>L&apos;équipe a formulé %n constat.</numerusform>
            <numerusform>L&apos;équipe a formulé %n constats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This report makes %n recommendation(s).</source>
        <translation>
            <numerusform>Le présent rapport formule %n recommandation.</numerusform>
            <numerusform>Le présent rapport formule %n recommandations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confidential — internal notes of the monitoring body</source>
        <translation>Confidentiel — notes internes de l&apos;organe de contrôle</translation>
    </message>
    <message>
        <source>Confidential — internal notes of %1</source>
        <translation>Confidentiel — notes internes de %1</translation>
    </message>
</context>
<context>
    <name>vigil::report::ReportEditRepository</name>
    <message>
        <source>The report has no such part.</source>
        <translation>Le rapport ne comporte pas cette partie.</translation>
    </message>
    <message>
        <source>The quote or paragraph does not exist or was deleted.</source>
        <translation>La citation ou le paragraphe n&apos;existe pas ou a été supprimé.</translation>
    </message>
    <message>
        <source>A recommendation&apos;s text is changed in the recommendation itself, so that the report and the follow-up say the same.</source>
        <translation>Le texte d&apos;une recommandation se modifie dans la recommandation elle-même, afin que le rapport et le suivi disent la même chose.</translation>
    </message>
    <message>
        <source>A quote or paragraph cannot be empty; remove it instead.</source>
        <translation>Une citation ou un paragraphe ne peut pas être vide&#xa0;; retirez-le plutôt.</translation>
    </message>
    <message>
        <source>Type or paste the words to quote.</source>
        <translation>Saisissez ou collez les mots à citer.</translation>
    </message>
    <message>
        <source>Quotes come from the interviews of the report&apos;s own visit.</source>
        <translation>Les citations proviennent des entretiens de la visite sur laquelle porte le rapport.</translation>
    </message>
    <message>
        <source>The interviewee withdrew consent: nothing said in this interview can be quoted.</source>
        <translation>La personne entendue a retiré son consentement&#xa0;: rien de ce qui a été dit lors de cet entretien ne peut être cité.</translation>
    </message>
    <message>
        <source>The interviewee did not agree to be quoted.</source>
        <translation>La personne entendue n&apos;a pas accepté d&apos;être citée.</translation>
    </message>
    <message>
        <source>A paragraph cannot be empty.</source>
        <translation>Un paragraphe ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The report edit does not exist or was deleted.</source>
        <translation>La modification du rapport n&apos;existe pas ou a été supprimée.</translation>
    </message>
</context>
<context>
    <name>vigil::report::ReportFile</name>
    <message>
        <source>No file name was given for the report.</source>
        <translation>Aucun nom de fichier n&apos;a été indiqué pour le rapport.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name for the report.</source>
        <translation>%1 est un dossier&#xa0;; choisissez un nom de fichier pour le rapport.</translation>
    </message>
</context>
<context>
    <name>vigil::report::ReportLabels</name>
    <message>
        <source>Custody and admission register</source>
        <translation>Registre de garde à vue et d&apos;admission</translation>
    </message>
    <message>
        <source>Disciplinary register</source>
        <translation>Registre disciplinaire</translation>
    </message>
    <message>
        <source>Use of force and restraint register</source>
        <translation>Registre de l&apos;usage de la force et des moyens de contention</translation>
    </message>
    <message>
        <source>Segregation register</source>
        <translation>Registre d&apos;isolement</translation>
    </message>
    <message>
        <source>Medical register</source>
        <translation>Registre médical</translation>
    </message>
    <message>
        <source>Complaints register</source>
        <translation>Registre des plaintes et requêtes</translation>
    </message>
    <message>
        <source>Register of incidents and deaths</source>
        <translation>Registre des incidents et des décès</translation>
    </message>
    <message>
        <source>gaps</source>
        <translation>lacunes</translation>
    </message>
    <message>
        <source>erasures</source>
        <translation>ratures</translation>
    </message>
    <message>
        <source>late entries</source>
        <translation>inscriptions tardives</translation>
    </message>
    <message>
        <source>unsigned sanctions</source>
        <translation>sanctions non signées</translation>
    </message>
    <message>
        <source>register missing</source>
        <translation>registre absent</translation>
    </message>
    <message>
        <source>inconsistent with other sources</source>
        <translation>incohérences avec d&apos;autres sources</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <source>Access delayed</source>
        <translation>Accès retardé</translation>
    </message>
    <message>
        <source>Work obstructed</source>
        <translation>Travail entravé</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Chef de délégation</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Contrôleurs</translation>
    </message>
    <message>
        <source>Medical experts</source>
        <translation>Experts médicaux</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>Interprètes</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>Coordinateurs</translation>
    </message>
    <message>
        <source>Detainee, private interview</source>
        <translation>Personne détenue, entretien en privé</translation>
    </message>
    <message>
        <source>Group interview</source>
        <translation>Entretien collectif</translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>External source</source>
        <translation>Source externe</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>femme</translation>
    </message>
    <message>
        <source>child</source>
        <translation>enfant</translation>
    </message>
    <message>
        <source>person with a disability</source>
        <translation>personne handicapée</translation>
    </message>
    <message>
        <source>LGBTI person</source>
        <translation>personne LGBTI</translation>
    </message>
    <message>
        <source>member of a minority</source>
        <translation>membre d&apos;une minorité</translation>
    </message>
    <message>
        <source>indigenous person</source>
        <translation>personne autochtone</translation>
    </message>
    <message>
        <source>foreign national</source>
        <translation>ressortissant étranger</translation>
    </message>
    <message>
        <source>older person</source>
        <translation>personne âgée</translation>
    </message>
    <message numerus="yes">
        <source>%n private interview(s) with detainees</source>
        <translation>
            <numerusform>%n entretien en privé avec une personne détenue</numerusform>
            <numerusform>%n entretiens en privé avec des personnes détenues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group interview(s)</source>
        <translation>
            <numerusform>%n entretien collectif</numerusform>
            <numerusform>%n entretiens collectifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) with staff</source>
        <translation>
            <numerusform>%n entretien avec le personnel</numerusform>
            <numerusform>%n entretiens avec le personnel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) with the management</source>
        <translation>
            <numerusform>%n entretien avec la direction</numerusform>
            <numerusform>%n entretiens avec la direction</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) with external sources</source>
        <translation>
            <numerusform>%n entretien avec une source externe</numerusform>
            <numerusform>%n entretiens avec des sources externes</numerusform>
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
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Places visited, by type</source>
        <translation>Lieux visités, par type</translation>
    </message>
    <message>
        <source>Places on record, by type</source>
        <translation>Lieux répertoriés, par type</translation>
    </message>
    <message>
        <source>Visits, by type</source>
        <translation>Visites, par type</translation>
    </message>
    <message>
        <source>Findings, by theme</source>
        <translation>Constats, par thème</translation>
    </message>
    <message>
        <source>Good practices, by theme</source>
        <translation>Bonnes pratiques, par thème</translation>
    </message>
    <message>
        <source>Interviews, by kind</source>
        <translation>Entretiens, par type</translation>
    </message>
    <message>
        <source>Obstruction of access, by kind</source>
        <translation>Entraves à l&apos;accès, par type</translation>
    </message>
    <message>
        <source>Recommendations issued and their follow-up</source>
        <translation>Recommandations émises et leur suivi</translation>
    </message>
    <message>
        <source>Recommendations, by current status</source>
        <translation>Recommandations, par statut actuel</translation>
    </message>
    <message>
        <source>Individual, in private</source>
        <translation>Individuel, en privé</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Collectif</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>External (family, lawyer, NGO)</source>
        <translation>Externe (famille, avocat, ONG)</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Obstruction</source>
        <translation>Entrave</translation>
    </message>
    <message>
        <source>Places visited</source>
        <translation>Lieux visités</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Unannounced visits</source>
        <translation>Visites inopinées</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Good practices</source>
        <translation>Bonnes pratiques</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Recommendations issued</source>
        <translation>Recommandations émises</translation>
    </message>
    <message>
        <source>Reprisal cases</source>
        <translation>Cas de représailles</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émises</translation>
    </message>
    <message>
        <source>Accepted by the authority</source>
        <translation>Acceptées par l&apos;autorité</translation>
    </message>
    <message>
        <source>Partly accepted by the authority</source>
        <translation>Partiellement acceptées par l&apos;autorité</translation>
    </message>
    <message>
        <source>Rejected by the authority</source>
        <translation>Rejetées par l&apos;autorité</translation>
    </message>
    <message>
        <source>No response recorded</source>
        <translation>Aucune réponse consignée</translation>
    </message>
    <message>
        <source>Accepted fully or partly (%)</source>
        <translation>Acceptées totalement ou partiellement (%)</translation>
    </message>
    <message>
        <source>Implemented fully</source>
        <translation>Entièrement mises en œuvre</translation>
    </message>
    <message>
        <source>Implemented partly</source>
        <translation>Partiellement mises en œuvre</translation>
    </message>
    <message>
        <source>Implementation in progress</source>
        <translation>Mise en œuvre en cours</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Non mises en œuvre</translation>
    </message>
    <message>
        <source>Implementation not checked yet</source>
        <translation>Mise en œuvre pas encore vérifiée</translation>
    </message>
    <message>
        <source>Implemented fully (%)</source>
        <translation>Entièrement mises en œuvre (%)</translation>
    </message>
    <message>
        <source>Implemented partly (%)</source>
        <translation>Partiellement mises en œuvre (%)</translation>
    </message>
</context>
<context>
    <name>vigil::report::TextDocumentBuilder</name>
    <message>
        <source>Responsible authority: %1</source>
        <translation>Autorité responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dates of the visit: %1</source>
        <translation>Dates de la visite&#xa0;: %1</translation>
    </message>
    <message>
        <source>unannounced</source>
        <translation>inopinée</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>annoncée</translation>
    </message>
    <message>
        <source>Unannounced visit</source>
        <translation>Visite inopinée</translation>
    </message>
    <message>
        <source>Announced visit</source>
        <translation>Visite annoncée</translation>
    </message>
    <message>
        <source>Type of visit: %1 (%2)</source>
        <translation>Type de visite&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Visit team</source>
        <translation>Équipe de visite</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>role: names</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Addressee: %1</source>
        <translation>Destinataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priorité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Échéance&#xa0;: %1</translation>
    </message>
    <message>
        <source>(A picture that could not be read.)</source>
        <translation>(Image illisible.)</translation>
    </message>
    <message>
        <source>Rendering the report was cancelled.</source>
        <translation>La mise en forme du rapport a été annulée.</translation>
    </message>
</context>
<context>
    <name>vigil::reportjobs</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;exportation a été annulée.</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Le rapport n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>The work was cancelled.</source>
        <translation>L&apos;opération a été annulée.</translation>
    </message>
    <message>
        <source>The report changed since it was checked. Nothing was written: look at what the publication guard finds now.</source>
        <translation>Le rapport a changé depuis sa vérification. Rien n&apos;a été écrit&#xa0;: examinez ce que relève maintenant le garde-fou de publication.</translation>
    </message>
</context>
<context>
    <name>vigil::syncjobs</name>
    <message>
        <source>Sync is not set up yet. Choose a sync folder or server in Sync settings.</source>
        <translation>La synchronisation n&apos;est pas encore configurée. Choisissez un dossier ou un serveur de synchronisation dans les paramètres de synchronisation.</translation>
    </message>
</context>
</TS>
